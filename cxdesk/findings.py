"""Findings, read for display: failures, weak spots, strengths and best practices, each with
where it was seen, its root cause and what supports it (photos, source checks)."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesk.workspace import Workspace

#: Kinds in the order a report presents them.
FINDING_KINDS = ("failure", "weak_spot", "strength", "best_practice_comfort", "best_practice_wow")
CATEGORIES = ("staff", "process", "technical", "premises", "communication")


@dataclass(frozen=True)
class FindingRow:
    id: str
    kind: str
    title: str
    description: str = ""
    root_cause: str = ""
    category: str | None = None
    severity: int = 2  # 1 low … 3 high
    subject_id: str | None = None
    subject: str = ""
    own: bool = False
    touchpoint_id: str | None = None
    touchpoint: str = ""
    stage: str = ""
    problem: str = ""
    photos: int = 0
    checks: int = 0
    created_at: str = ""


def list_findings(ws: Workspace, engagement_id: str) -> list[FindingRow]:
    """Findings in report order: by kind, then the most severe and the newest first."""
    order = " ".join(f"WHEN '{k}' THEN {i}" for i, k in enumerate(FINDING_KINDS))
    rows = ws.rows(
        f"""SELECT f.*, coalesce(s.name, '') AS subject, coalesce(s.own, 0) AS own,
                  coalesce(tp.name, '') AS touchpoint, coalesce(st.name, '') AS stage,
                  coalesce(p.title, '') AS problem,
                  (SELECT count(DISTINCT e.photo_id) FROM evidence_links e
                   WHERE e.finding_id = f.id) AS photos,
                  (SELECT count(DISTINCT fs.check_id) FROM finding_sources fs
                   WHERE fs.finding_id = f.id) AS checks
           FROM findings f
           LEFT JOIN subjects s ON s.id = f.subject_id
           LEFT JOIN touchpoints tp ON tp.id = f.touchpoint_id
           LEFT JOIN stages st ON st.id = tp.stage_id
           LEFT JOIN problems p ON p.id = f.problem_id
           WHERE f.engagement_id = ?
           ORDER BY CASE f.kind {order} END, f.severity DESC, f.created_at DESC, f.title""",
        (engagement_id,),
    )
    return [FindingRow(
        id=r["id"], kind=r["kind"], title=r["title"], description=r["description"],
        root_cause=r["root_cause"], category=r["category"], severity=r["severity"],
        subject_id=r["subject_id"], subject=r["subject"], own=bool(r["own"]),
        touchpoint_id=r["touchpoint_id"], touchpoint=r["touchpoint"], stage=r["stage"],
        problem=r["problem"], photos=r["photos"], checks=r["checks"],
        created_at=r["created_at"],
    ) for r in rows]


def findings_by_kind(findings: list[FindingRow]) -> dict[str, list[FindingRow]]:
    """Every kind (in report order) with its findings, empty kinds included."""
    grouped: dict[str, list[FindingRow]] = {k: [] for k in FINDING_KINDS}
    for f in findings:
        grouped.setdefault(f.kind, []).append(f)
    return grouped
