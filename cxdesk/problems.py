"""Problems: the root causes behind many incidents and failure findings. Systematise them
(group incidents and findings under one), count where they show (locations, subjects), and
track their status until removed."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.records import Removal
from cxdesk.voice_common import only_fields, text
from cxdesk.workspace import Workspace

STATUSES = ("open", "in_progress", "solved")


@dataclass(frozen=True)
class ProblemRow:
    id: str
    title: str
    description: str
    status: str
    incidents: int
    findings: int
    actions: int
    locations: tuple[str, ...]  # names of the locations where it showed
    subjects: tuple[str, ...]  # names of the subjects where it showed

    @property
    def weight(self) -> int:
        return self.incidents + self.findings


def _validated(values: dict[str, Any]) -> dict[str, Any]:
    only_fields(values, ("title", "description", "status"), "a problem")
    out = dict(values)
    if "title" in out:
        out["title"] = text(out["title"])
        if not out["title"]:
            raise InvalidValue("a problem needs a title")
    if "description" in out:
        out["description"] = text(out["description"])
    if "status" in out and out["status"] not in STATUSES:
        raise InvalidValue(f"a problem is open, in_progress or solved, not {out['status']!r}")
    return out


def create_problem(ws: Workspace, engagement_id: str, *, title: str, description: str = "",
                   status: str = "open") -> str:
    records.get(ws, "engagements", engagement_id, "engagement")
    out = _validated({"title": title, "description": description, "status": status})
    with ws.transaction():
        return records.insert(ws, "problems", {"engagement_id": engagement_id, **out})


def update_problem(ws: Workspace, problem_id: str, **changes: Any) -> dict[str, Any]:
    out = _validated(changes)
    with ws.transaction():
        return records.update(ws, "problems", problem_id, out)


def delete_problem(ws: Workspace, problem_id: str) -> Removal:
    """Delete a problem; its incidents and findings stay, unlinked (undo relinks them)."""
    return records.remove(ws, "problems", problem_id, "problem")


def _link(ws: Workspace, table: str, ident: str, problem_id: str | None, kind: str) -> str | None:
    row = records.get(ws, table, ident, kind)
    if problem_id:
        problem = records.get(ws, "problems", problem_id, "problem")
        if problem["engagement_id"] != row["engagement_id"]:
            raise InvalidValue("the problem belongs to another engagement")
    with ws.transaction():
        records.update(ws, table, ident, {"problem_id": problem_id or None})
    return row["problem_id"]


def link_incident(ws: Workspace, incident_id: str, problem_id: str | None) -> str | None:
    """Group an incident under a problem (None unlinks); returns the previous problem."""
    return _link(ws, "incidents", incident_id, problem_id, "incident")


def link_finding(ws: Workspace, finding_id: str, problem_id: str | None) -> str | None:
    """Name a finding's root cause as a problem (None unlinks); returns the previous one."""
    return _link(ws, "findings", finding_id, problem_id, "finding")


def list_problems(ws: Workspace, engagement_id: str) -> list[ProblemRow]:
    """Unsolved first, the most widespread (incidents + findings) first within each status.
    Locations count the incidents' locations and those of the checks behind the findings;
    subjects those of the incidents and the findings."""
    places: dict[str, tuple[set[str], set[str]]] = {}
    for r in ws.rows(
        """SELECT i.problem_id, l.name AS location, s.name AS subject FROM incidents i
           LEFT JOIN locations l ON l.id = i.location_id
           LEFT JOIN subjects s ON s.id = i.subject_id
           WHERE i.engagement_id = ? AND i.problem_id IS NOT NULL
           UNION ALL
           SELECT f.problem_id, l.name, s.name FROM findings f
           LEFT JOIN subjects s ON s.id = f.subject_id
           LEFT JOIN finding_sources fs ON fs.finding_id = f.id
           LEFT JOIN checks c ON c.id = fs.check_id
           LEFT JOIN locations l ON l.id = c.location_id
           WHERE f.engagement_id = ? AND f.problem_id IS NOT NULL""",
        (engagement_id, engagement_id)):
        locations, subjects = places.setdefault(r[0], (set(), set()))
        if r["location"]:
            locations.add(r["location"])
        if r["subject"]:
            subjects.add(r["subject"])
    rows = [ProblemRow(
        r["id"], r["title"], r["description"], r["status"], r["incidents"], r["findings"],
        r["actions"], tuple(sorted(places.get(r["id"], (set(), set()))[0])),
        tuple(sorted(places.get(r["id"], (set(), set()))[1]))) for r in ws.rows(
        """SELECT p.*,
              (SELECT count(*) FROM incidents i WHERE i.problem_id = p.id) AS incidents,
              (SELECT count(*) FROM findings f WHERE f.problem_id = p.id) AS findings,
              (SELECT count(*) FROM action_links a WHERE a.problem_id = p.id) AS actions
           FROM problems p WHERE p.engagement_id = ?""", (engagement_id,))]
    return sorted(rows, key=lambda p: (STATUSES.index(p.status) if p.status in STATUSES else 9,
                                       -p.weight, p.title.lower()))
