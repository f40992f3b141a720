"""Incidents: one customer's dissatisfaction (a complaint) — diagnose it, decide whether it is
justified, offer compensation, close it fast. Named operations (create, change, delete, each
returning what undo needs) and the list with the time each took to close."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.records import Removal
from cxdesk.voice_common import check_refs, iso_date, only_fields, text
from cxdesk.workspace import Workspace

STATUSES = ("open", "in_progress", "closed")
FIELDS = ("subject_id", "location_id", "touchpoint_id", "problem_id", "occurred_on", "channel",
          "description", "diagnosis", "justified", "compensation_kind", "compensation_amount",
          "status", "closed_at")
_REFS = {"subject_id": "subjects", "location_id": "locations", "touchpoint_id": "touchpoints",
         "problem_id": "problems"}


@dataclass(frozen=True)
class IncidentRow:
    id: str
    description: str
    occurred_on: str | None = None
    channel: str = ""
    diagnosis: str = ""
    justified: bool | None = None
    compensation_kind: str = ""
    compensation_amount: float | None = None
    status: str = "open"
    closed_at: str | None = None
    subject_id: str | None = None
    subject: str = ""
    location_id: str | None = None
    location: str = ""
    touchpoint_id: str | None = None
    touchpoint: str = ""
    problem_id: str | None = None
    problem: str = ""

    @property
    def days_to_close(self) -> int | None:
        """Days from the incident to its closing; None while open or undated."""
        if not self.occurred_on or not self.closed_at:
            return None
        try:
            return (dt.date.fromisoformat(self.closed_at[:10])
                    - dt.date.fromisoformat(self.occurred_on[:10])).days
        except ValueError:
            return None

    def days_open(self, today: dt.date | None = None) -> int | None:
        if self.status == "closed" or not self.occurred_on:
            return None
        try:
            since = dt.date.fromisoformat(self.occurred_on[:10])
        except ValueError:  # a date written elsewhere (a merged bundle) that is not ISO
            return None
        return ((today or dt.date.today()) - since).days


@dataclass(frozen=True)
class IncidentStats:
    total: int
    open: int
    justified: int
    unjustified: int
    mean_days_to_close: float | None
    compensation_total: float


def _validated(ws: Workspace, engagement_id: str, values: dict[str, Any],
               before: dict[str, Any] | None = None) -> dict[str, Any]:
    only_fields(values, FIELDS, "an incident")
    out = dict(values)
    if "description" in out:
        out["description"] = text(out["description"])
        if not out["description"]:
            raise InvalidValue("an incident needs a description of what happened")
    for key in ("channel", "diagnosis", "compensation_kind"):
        if key in out:
            out[key] = text(out[key])
    if "justified" in out and out["justified"] is not None:
        out["justified"] = int(bool(out["justified"]))
    if out.get("compensation_amount") is not None:
        try:
            out["compensation_amount"] = float(out["compensation_amount"])
        except (TypeError, ValueError):
            raise InvalidValue("the compensation amount is a number") from None
        if out["compensation_amount"] < 0:
            raise InvalidValue("the compensation amount cannot be negative")
    for key, what in (("occurred_on", "incident date"), ("closed_at", "closing date")):
        if key in out:
            out[key] = iso_date(out[key], what)
    if "status" in out:
        if out["status"] not in STATUSES:
            raise InvalidValue(f"an incident is open, in_progress or closed, not {out['status']!r}")
        was_closed = before is not None and before["status"] == "closed"
        if out["status"] == "closed" and not out.get("closed_at") and not (
                was_closed and before and before["closed_at"]):
            out["closed_at"] = dt.date.today().isoformat()
        elif out["status"] != "closed":
            out["closed_at"] = None
    check_refs(ws, engagement_id, out, _REFS)
    occurred = out.get("occurred_on", before["occurred_on"] if before else None)
    closed = out.get("closed_at", before["closed_at"] if before else None)
    dates_changed = "occurred_on" in out or "closed_at" in out
    if dates_changed and occurred and closed and closed[:10] < occurred[:10]:
        raise InvalidValue(f"the closing date {closed[:10]} is before the incident date "
                           f"{occurred[:10]}")
    return out


def create_incident(ws: Workspace, engagement_id: str, *, description: str,
                    **values: Any) -> str:
    """Record a complaint (fields: see FIELDS); returns its id (``delete_incident`` undoes).
    Closing it without a closing date records today."""
    records.get(ws, "engagements", engagement_id, "engagement")
    out = _validated(ws, engagement_id, {"description": description, "status": "open", **values})
    with ws.transaction():
        return records.insert(ws, "incidents", {"engagement_id": engagement_id, **out})


def update_incident(ws: Workspace, incident_id: str, **changes: Any) -> dict[str, Any]:
    """Change an incident; returns the previous values of every column changed."""
    before = records.get(ws, "incidents", incident_id, "incident")
    out = _validated(ws, before["engagement_id"], changes, before)
    with ws.transaction():
        return records.update(ws, "incidents", incident_id, out)


def delete_incident(ws: Workspace, incident_id: str) -> Removal:
    return records.remove(ws, "incidents", incident_id, "incident")


def list_incidents(ws: Workspace, engagement_id: str, *,
                   problem_id: str | None = None) -> list[IncidentRow]:
    """Open and in-progress incidents first, each group newest first."""
    where, params = "i.engagement_id = ?", [engagement_id]
    if problem_id is not None:
        where += " AND i.problem_id = ?"
        params.append(problem_id)
    return [IncidentRow(
        id=r["id"], description=r["description"], occurred_on=r["occurred_on"],
        channel=r["channel"], diagnosis=r["diagnosis"],
        justified=None if r["justified"] is None else bool(r["justified"]),
        compensation_kind=r["compensation_kind"], compensation_amount=r["compensation_amount"],
        status=r["status"], closed_at=r["closed_at"], subject_id=r["subject_id"],
        subject=r["subject"], location_id=r["location_id"], location=r["location"],
        touchpoint_id=r["touchpoint_id"], touchpoint=r["touchpoint"],
        problem_id=r["problem_id"], problem=r["problem"],
    ) for r in ws.rows(
        f"""SELECT i.*, coalesce(s.name, '') AS subject, coalesce(l.name, '') AS location,
                   coalesce(t.name, '') AS touchpoint, coalesce(p.title, '') AS problem
            FROM incidents i LEFT JOIN subjects s ON s.id = i.subject_id
            LEFT JOIN locations l ON l.id = i.location_id
            LEFT JOIN touchpoints t ON t.id = i.touchpoint_id
            LEFT JOIN problems p ON p.id = i.problem_id
            WHERE {where}
            ORDER BY i.status = 'closed', i.occurred_on IS NULL, i.occurred_on DESC,
                     i.created_at DESC""", params)]


def incident_stats(rows: list[IncidentRow]) -> IncidentStats:
    days = [d for r in rows if (d := r.days_to_close) is not None]
    return IncidentStats(
        total=len(rows), open=sum(1 for r in rows if r.status != "closed"),
        justified=sum(1 for r in rows if r.justified is True),
        unjustified=sum(1 for r in rows if r.justified is False),
        mean_days_to_close=sum(days) / len(days) if days else None,
        compensation_total=sum(r.compensation_amount or 0.0 for r in rows))
