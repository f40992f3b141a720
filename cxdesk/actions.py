"""The action plan, read for display: each action with its owner, due date, status and the
findings (or problems) it addresses."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from cxdesk.workspace import Workspace

PRIORITIES = ("high", "medium", "low")
STATUSES = ("open", "in_progress", "done", "cancelled")
_OPEN = ("open", "in_progress")


@dataclass(frozen=True)
class ActionRow:
    id: str
    title: str
    description: str = ""
    owner: str = ""
    due_date: str | None = None  # ISO date
    priority: str = "medium"
    status: str = "open"
    completed_at: str | None = None
    findings: tuple[str, ...] = ()  # titles of the findings it addresses
    problems: tuple[str, ...] = ()  # titles of the problems it addresses
    finding_ids: tuple[str, ...] = ()
    problem_ids: tuple[str, ...] = ()

    @property
    def is_open(self) -> bool:
        return self.status in _OPEN

    def overdue(self, today: dt.date | None = None) -> bool:
        """Still open after its due date."""
        if not self.is_open or not self.due_date:
            return False
        try:
            due = dt.date.fromisoformat(self.due_date[:10])
        except ValueError:
            return False
        return due < (today or dt.date.today())


def list_actions(ws: Workspace, engagement_id: str,
                 today: dt.date | None = None) -> list[ActionRow]:
    """Overdue actions first, then the other open ones (by due date, undated last), then done
    and cancelled ones."""
    links: dict[str, tuple[list[str], list[str], list[str], list[str]]] = {}
    for r in ws.rows(
        """SELECT l.action_id, f.title AS finding, p.title AS problem, l.finding_id,
                  l.problem_id
           FROM action_links l JOIN actions a ON a.id = l.action_id
           LEFT JOIN findings f ON f.id = l.finding_id
           LEFT JOIN problems p ON p.id = l.problem_id
           WHERE a.engagement_id = ? ORDER BY l.created_at""", (engagement_id,)
    ):
        found, problems, found_ids, problem_ids = links.setdefault(
            r["action_id"], ([], [], [], []))
        if r["finding"]:
            found.append(r["finding"])
            found_ids.append(r["finding_id"])
        if r["problem"]:
            problems.append(r["problem"])
            problem_ids.append(r["problem_id"])
    rows = ws.rows(
        """SELECT * FROM actions WHERE engagement_id = ?
           ORDER BY status NOT IN ('open', 'in_progress'), due_date IS NULL, due_date,
                    CASE priority WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END, title""",
        (engagement_id,),
    )
    empty: tuple[list[str], ...] = ([], [], [], [])
    actions = [ActionRow(
        id=r["id"], title=r["title"], description=r["description"], owner=r["owner"],
        due_date=r["due_date"], priority=r["priority"], status=r["status"],
        completed_at=r["completed_at"],
        findings=tuple(links.get(r["id"], empty)[0]),
        problems=tuple(links.get(r["id"], empty)[1]),
        finding_ids=tuple(links.get(r["id"], empty)[2]),
        problem_ids=tuple(links.get(r["id"], empty)[3]),
    ) for r in rows]
    # stable: the query's order within overdue and the rest
    return sorted(actions, key=lambda a: not a.overdue(today))


def overdue_count(actions: list[ActionRow], today: dt.date | None = None) -> int:
    return sum(1 for a in actions if a.overdue(today))
