"""Named operations on the action plan: create, change and delete an action (each returning
what undo needs) and trace it to the findings and problems it addresses."""

from __future__ import annotations

import datetime as dt
from typing import Any

from cxdesk import records
from cxdesk.actions import PRIORITIES, STATUSES
from cxdesk.errors import InvalidValue
from cxdesk.records import Removal
from cxdesk.voice_common import iso_date, only_fields, text
from cxdesk.workspace import Workspace

FIELDS = ("title", "description", "owner", "due_date", "priority", "status", "completed_at")


def _validated(values: dict[str, Any], before: dict[str, Any] | None = None) -> dict[str, Any]:
    only_fields(values, FIELDS, "an action")
    out = dict(values)
    if "title" in out:
        out["title"] = text(out["title"])
        if not out["title"]:
            raise InvalidValue("an action needs a title")
    for key in ("description", "owner"):
        if key in out:
            out[key] = text(out[key])
    if "due_date" in out:
        out["due_date"] = iso_date(out["due_date"], "due date")
    if "completed_at" in out:
        out["completed_at"] = iso_date(out["completed_at"], "completion date")
    if "priority" in out and out["priority"] not in PRIORITIES:
        raise InvalidValue(f"the priority is high, medium or low, not {out['priority']!r}")
    if "status" in out:
        if out["status"] not in STATUSES:
            raise InvalidValue(f"the status is one of {', '.join(STATUSES)}")
        if out["status"] == "done":
            if not out.get("completed_at") and not (before and before["completed_at"]):
                out["completed_at"] = dt.date.today().isoformat()
        else:
            out["completed_at"] = None
    return out


def create_action(ws: Workspace, engagement_id: str, *, title: str, description: str = "",
                  owner: str = "", due_date: str | None = None, priority: str = "medium",
                  status: str = "open", finding_ids: list[str] | tuple[str, ...] = (),
                  problem_ids: list[str] | tuple[str, ...] = ()) -> str:
    """Add an action, traced to findings and problems; returns its id."""
    records.get(ws, "engagements", engagement_id, "engagement")
    out = _validated({"title": title, "description": description, "owner": owner,
                      "due_date": due_date, "priority": priority, "status": status})
    with ws.transaction():
        action = records.insert(ws, "actions", {"engagement_id": engagement_id, **out})
        set_links(ws, action, finding_ids=finding_ids, problem_ids=problem_ids)
    return action


def update_action(ws: Workspace, action_id: str, **changes: Any) -> dict[str, Any]:
    """Change an action; returns the previous values. Done records today as its completion
    (unless given); any other status clears it."""
    before = records.get(ws, "actions", action_id, "action")
    out = _validated(changes, before)
    with ws.transaction():
        return records.update(ws, "actions", action_id, out)


def delete_action(ws: Workspace, action_id: str) -> Removal:
    return records.remove(ws, "actions", action_id, "action")


def links(ws: Workspace, action_id: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(finding ids, problem ids) the action addresses."""
    rows = ws.rows("SELECT finding_id, problem_id FROM action_links WHERE action_id = ?"
                   " ORDER BY created_at", (action_id,))
    return (tuple(r[0] for r in rows if r[0]), tuple(r[1] for r in rows if r[1]))


def set_links(ws: Workspace, action_id: str, *, finding_ids: list[str] | tuple[str, ...] = (),
              problem_ids: list[str] | tuple[str, ...] = ()) -> tuple[tuple[str, ...],
                                                                     tuple[str, ...]]:
    """Make the action address exactly these findings and problems; returns the previous
    (finding ids, problem ids)."""
    action = records.get(ws, "actions", action_id, "action")
    for table, ids in (("findings", finding_ids), ("problems", problem_ids)):
        for ident in ids:
            if records.get(ws, table, ident, table.rstrip("s"))["engagement_id"] \
                    != action["engagement_id"]:
                raise InvalidValue(f"the {table.rstrip('s')} belongs to another engagement")
    before = links(ws, action_id)
    with ws.transaction():
        for column, old, new in (("finding_id", before[0], finding_ids),
                                 ("problem_id", before[1], problem_ids)):
            for ident in set(old) - set(new):
                ws.conn.execute(f"DELETE FROM action_links WHERE action_id = ? AND {column} = ?",
                                (action_id, ident))
            for ident in dict.fromkeys(new):
                if ident not in old:
                    records.insert(ws, "action_links", {"action_id": action_id, column: ident})
    return before
