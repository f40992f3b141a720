"""The filters every report query takes: some companies, one location."""

from __future__ import annotations

from collections.abc import Sequence


def _filters(subject_ids: Sequence[str] | None, location_id: str | None, *,
             subject: str = "c.subject_id", location: str = "c.location_id") -> tuple[str, list]:
    sql, params = "", []
    if subject_ids is not None:
        sql += f" AND {subject} IN ({','.join('?' * len(subject_ids))})" if subject_ids \
            else " AND 0"
        params += list(subject_ids)
    if location_id is not None:
        sql += f" AND {location} = ?"
        params.append(location_id)
    return sql, params


def _keep(subject_id: str | None, subject_ids: Sequence[str] | None) -> bool:
    return subject_ids is None or subject_id is None or subject_id in subject_ids
