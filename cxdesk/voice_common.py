"""Small checks shared by the voice-of-the-customer, incident, employee and action operations:
known fields only, references that belong to the same engagement, dates as ISO text."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.workspace import Workspace

#: Tables whose rows carry ``engagement_id`` directly.
_DIRECT = {"subjects", "locations", "segments", "problems", "findings", "incidents", "actions",
           "feedback", "feedback_samples", "tags", "employees", "trainings", "checks"}


def only_fields(values: dict[str, Any], allowed: tuple[str, ...], what: str) -> None:
    unknown = set(values) - set(allowed)
    if unknown:
        raise InvalidValue(f"not a field of {what}: {', '.join(sorted(unknown))}")


def engagement_of(ws: Workspace, table: str, ident: str) -> str:
    """The engagement a row belongs to (touchpoints through their map)."""
    if table == "touchpoints":
        owner = ws.scalar(
            """SELECT m.engagement_id FROM touchpoints t JOIN stages s ON s.id = t.stage_id
               JOIN maps m ON m.id = s.map_id WHERE t.id = ?""", (ident,))
        if owner is None:
            records.get(ws, "touchpoints", ident, "touchpoint")
        return owner
    if table not in _DIRECT:
        raise ValueError(f"no engagement column on {table}")
    return records.get(ws, table, ident, table.rstrip("s"))["engagement_id"]


def check_refs(ws: Workspace, engagement_id: str, values: dict[str, Any],
               refs: dict[str, str]) -> None:
    """Each ``column: table`` reference in ``values`` (when set) names a row of the same
    engagement; empty strings become None."""
    for column, table in refs.items():
        if column not in values:
            continue
        values[column] = values[column] or None
        if values[column] is not None and engagement_of(ws, table, values[column]) != engagement_id:
            raise InvalidValue(f"the {table.rstrip('s')} belongs to another engagement")


def iso_date(value: Any, what: str) -> str | None:
    """``None``/"" → None; a date or ``YYYY-MM-DD…`` text → that date's ISO text."""
    if value in (None, ""):
        return None
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10]).isoformat() + text[10:]
    except ValueError:
        raise InvalidValue(f"the {what} is not a date (YYYY-MM-DD): {text!r}") from None


def parse_when(value: str | None) -> dt.datetime | None:
    """A stored date or date-time (ISO, optional ``Z``) as a naive UTC datetime."""
    if not value:
        return None
    text = value.strip().replace("Z", "")
    try:
        when = dt.datetime.fromisoformat(text)
    except ValueError:
        return None
    return when.replace(tzinfo=None)


def hours_between(start: str | None, end: str | None) -> float | None:
    a, b = parse_when(start), parse_when(end)
    if a is None or b is None:
        return None
    return (b - a).total_seconds() / 3600


def text(value: Any) -> str:
    return (value or "").strip()
