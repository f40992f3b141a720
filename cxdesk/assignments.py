"""Assignments: the plan of who does which check — shopper, subject, location, method,
scenario, due date and checklist template. A field kit carries them to the shoppers."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.records import Removal
from cxdesk.workspace import Workspace

METHODS = ("visit", "call", "request", "test_purchase", "call_listening", "web_check")
STATUSES = ("planned", "done", "cancelled")
FIELDS = ("subject_id", "location_id", "template_id", "method", "shopper", "scenario",
          "due_date", "status")


@dataclass(frozen=True)
class AssignmentRow:
    id: str
    engagement_id: str
    subject_id: str
    subject: str
    location_id: str | None
    location: str
    template_id: str | None
    template: str
    method: str
    shopper: str
    scenario: str
    due_date: str | None
    status: str
    checks: int

    def overdue(self, today: dt.date | None = None) -> bool:
        """Still planned after its due date."""
        if self.status != "planned" or not self.due_date:
            return False
        return self.due_date < (today or dt.date.today()).isoformat()


def _date(value: Any) -> str | None:
    if value in (None, ""):
        return None
    try:
        return dt.date.fromisoformat(str(value)).isoformat()
    except ValueError:
        raise InvalidValue(f"due date {value!r} is not a date (YYYY-MM-DD)") from None


def _validate(ws: Workspace, engagement_id: str, values: dict[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(FIELDS)
    if unknown:
        raise InvalidValue(f"cannot set {', '.join(sorted(unknown))} of an assignment")
    if "method" in values and values["method"] not in METHODS:
        raise InvalidValue(f"method must be one of {', '.join(METHODS)}, not {values['method']!r}")
    if "status" in values and values["status"] not in STATUSES:
        raise InvalidValue(f"status must be one of {', '.join(STATUSES)}, not {values['status']!r}")
    if "due_date" in values:
        values["due_date"] = _date(values["due_date"])
    for key in ("shopper", "scenario"):
        if key in values:
            values[key] = str(values[key] or "").strip()
    for key, table, what in (("subject_id", "subjects", "subject"),
                             ("location_id", "locations", "location"),
                             ("template_id", "templates", "checklist template")):
        if values.get(key) is None:
            if key == "subject_id" and key in values:
                raise InvalidValue("the assignment needs a subject")
            continue
        owner = ws.scalar(f"SELECT engagement_id FROM {table} WHERE id = ?", (values[key],))
        if owner != engagement_id:
            raise InvalidValue(f"the {what} {values[key]} is not part of this engagement")
    return values


def list_assignments(ws: Workspace, engagement_id: str) -> list[AssignmentRow]:
    """All assignments of an engagement, by due date (undated last), then shopper."""
    rows = ws.rows(
        """SELECT a.*, s.name AS subject, coalesce(l.name, '') AS location,
                  coalesce(t.name, '') AS template,
                  (SELECT count(*) FROM checks c WHERE c.assignment_id = a.id) AS checks
           FROM assignments a JOIN subjects s ON s.id = a.subject_id
           LEFT JOIN locations l ON l.id = a.location_id
           LEFT JOIN templates t ON t.id = a.template_id
           WHERE a.engagement_id = ?
           ORDER BY a.due_date IS NULL, a.due_date, a.shopper, s.name, a.id""", (engagement_id,))
    return [AssignmentRow(
        id=r["id"], engagement_id=r["engagement_id"], subject_id=r["subject_id"],
        subject=r["subject"], location_id=r["location_id"], location=r["location"],
        template_id=r["template_id"], template=r["template"], method=r["method"],
        shopper=r["shopper"], scenario=r["scenario"], due_date=r["due_date"],
        status=r["status"], checks=r["checks"]) for r in rows]


def get_assignment(ws: Workspace, assignment_id: str) -> AssignmentRow:
    row = records.get(ws, "assignments", assignment_id, "assignment")
    for found in list_assignments(ws, row["engagement_id"]):
        if found.id == assignment_id:
            return found
    raise AssertionError("unreachable")  # pragma: no cover


def add_assignment(ws: Workspace, engagement_id: str, *, subject_id: str, method: str,
                   location_id: str | None = None, template_id: str | None = None,
                   shopper: str = "", scenario: str = "", due_date: str | None = None,
                   status: str = "planned", ident: str | None = None) -> str:
    """Plan a check; returns the assignment's id (``ident`` re-creates one with its id)."""
    records.get(ws, "engagements", engagement_id, "engagement")
    values = _validate(ws, engagement_id, {
        "subject_id": subject_id, "location_id": location_id, "template_id": template_id,
        "method": method, "shopper": shopper, "scenario": scenario, "due_date": due_date,
        "status": status})
    if ident is not None:
        values["id"] = ident
    with ws.transaction():
        return records.insert(ws, "assignments", {"engagement_id": engagement_id, **values})


def update_assignment(ws: Workspace, assignment_id: str, **changes: Any) -> dict[str, Any]:
    """Change fields of an assignment; returns their previous values (for undo)."""
    row = records.get(ws, "assignments", assignment_id, "assignment")
    changes = _validate(ws, row["engagement_id"], dict(changes))
    with ws.transaction():
        return records.update(ws, "assignments", assignment_id, changes)


def delete_assignment(ws: Workspace, assignment_id: str) -> Removal:
    """Remove an assignment (checks made from it keep existing, unlinked); undo with
    ``records.restore``."""
    return records.remove(ws, "assignments", assignment_id, "assignment")


def shoppers(ws: Workspace, engagement_id: str) -> list[str]:
    """The shoppers named in the engagement's assignments, for completion."""
    return [r[0] for r in ws.rows(
        "SELECT DISTINCT shopper FROM assignments WHERE engagement_id = ? AND shopper <> ''"
        " ORDER BY shopper", (engagement_id,))]
