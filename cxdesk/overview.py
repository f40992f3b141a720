"""The engagement at a glance: what the Overview screen and the sidebar's counts show.

Read-only queries, kept cheap (a handful of indexed statements) because they run after every
edit while the window is open.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from typing import NamedTuple

from cxdesk import scoring
from cxdesk.coverage import Coverage, coverage
from cxdesk.engagements import Engagement, get_engagement
from cxdesk.scoring import Score
from cxdesk.workspace import Workspace

OPEN_ACTION_STATUSES = ("open", "in_progress")


class SubjectSummary(NamedTuple):
    """A subject (the own company or a competitor) with its overall score."""

    id: str
    name: str
    own: bool
    score: Score | None  # None: no scored answer yet
    checks: int  # checks of the subject, answered or not


class WeakTouchpoint(NamedTuple):
    touchpoint_id: str
    name: str
    stage: str
    value: float
    n: int
    critical_failures: int


class FindingSummary(NamedTuple):
    id: str
    kind: str
    title: str
    subject: str  # the subject's name, "" when the finding names none
    created_at: str


class ActionSummary(NamedTuple):
    id: str
    title: str
    owner: str
    due_date: str | None
    status: str
    overdue: bool


class Counts(NamedTuple):
    """The live figures beside each screen's name in the sidebar."""

    subjects: int = 0
    maps: int = 0
    templates: int = 0
    checks: int = 0
    coverage_share: float | None = None
    evidence: int = 0
    findings: int = 0
    feedback: int = 0
    open_actions: int = 0
    overdue_actions: int = 0
    planned_assignments: int = 0
    open_incidents: int = 0
    employees: int = 0


class Overview(NamedTuple):
    engagement: Engagement
    subjects: list[SubjectSummary]
    checks: int
    coverage_done: int
    coverage_required: int
    #: the lowest touchpoint scores of the own company (of all subjects when there is none)
    weakest: list[WeakTouchpoint]
    weakest_of_own: bool
    findings: list[FindingSummary]
    findings_total: int
    actions: list[ActionSummary]
    open_actions_total: int
    kinds: dict[str, int]  # findings by kind
    overdue_actions_total: int = 0
    photos: int = 0
    counts: Counts = Counts()  # what the sidebar shows

    @property
    def coverage_share(self) -> float | None:
        return self.coverage_done / self.coverage_required if self.coverage_required else None


def _today(today: dt.date | None) -> str:
    return (today or dt.date.today()).isoformat()


def overview(ws: Workspace, engagement_id: str, *, today: dt.date | None = None,
             limit: int = 5, engagement: Engagement | None = None) -> Overview:
    """Everything the Overview screen (and the sidebar's counts) show about one engagement.
    ``engagement``, when the caller has it already, saves looking it up."""
    if engagement is None or engagement.id != engagement_id:
        engagement = get_engagement(ws, engagement_id)
    subject_rows = ws.rows(
        """SELECT s.id, s.name, s.own,
                  (SELECT count(*) FROM checks c WHERE c.subject_id = s.id) AS checks,
                  (SELECT count(*) FROM checks c
                   WHERE c.subject_id = s.id AND c.engagement_id = s.engagement_id
                     AND EXISTS (SELECT 1 FROM answers a WHERE a.check_id = c.id)) AS answered
           FROM subjects s WHERE s.engagement_id = ? ORDER BY s.own DESC, s.position, s.name""",
        (engagement_id,),
    )
    # Every score below, and the coverage done, from one pass over the answers.
    tallies = scoring.tallies(ws, engagement_id) if subject_rows else {}
    subjects = [
        SubjectSummary(r["id"], r["name"], bool(r["own"]), _subject_score(tallies, r), r["checks"])
        for r in subject_rows
    ]
    own = next((s.id for s in subjects if s.own), None)
    weakest = _weakest(ws, tallies, own, limit)
    cov = coverage(ws, engagement_id, subject_ids=[s.id for s in subjects], done={
        (touchpoint, subject): tally.checks
        for (subject, touchpoint), tally in tallies.items() if touchpoint is not None})
    today_iso = _today(today)
    figures = _figures(ws, engagement_id, cov, today_iso)
    findings = [
        FindingSummary(r["id"], r["kind"], r["title"], r["subject"] or "", r["created_at"])
        for r in ws.rows(
            """SELECT f.id, f.kind, f.title, s.name AS subject, f.created_at
               FROM findings f LEFT JOIN subjects s ON s.id = f.subject_id
               WHERE f.engagement_id = ? ORDER BY f.created_at DESC, f.title LIMIT ?""",
            (engagement_id, limit),
        )
    ] if figures.findings else []
    kinds = {
        r["kind"]: r["n"]
        for r in ws.rows("SELECT kind, count(*) AS n FROM findings WHERE engagement_id = ?"
                         " GROUP BY kind", (engagement_id,))
    } if figures.findings else {}
    open_marks = ",".join("?" for _ in OPEN_ACTION_STATUSES)
    actions = [
        ActionSummary(r["id"], r["title"], r["owner"], r["due_date"], r["status"],
                      bool(r["due_date"]) and r["due_date"][:10] < today_iso)
        for r in ws.rows(
            f"""SELECT id, title, owner, due_date, status FROM actions
                WHERE engagement_id = ? AND status IN ({open_marks})
                ORDER BY due_date IS NULL, due_date, title LIMIT ?""",
            (engagement_id, *OPEN_ACTION_STATUSES, limit),
        )
    ] if figures.open_actions else []
    return Overview(
        engagement=engagement,
        subjects=subjects,
        checks=sum(s.checks for s in subjects),
        coverage_done=cov.done,
        coverage_required=cov.required,
        weakest=weakest,
        weakest_of_own=own is not None,
        findings=findings,
        findings_total=sum(kinds.values()),
        actions=actions,
        open_actions_total=figures.open_actions,
        overdue_actions_total=figures.overdue_actions,
        photos=figures.evidence,
        kinds=kinds,
        counts=figures,
    )


def _subject_score(tallies: dict[tuple[str, str | None], scoring.Tally],
                   row: sqlite3.Row) -> Score | None:
    """The subject's overall score: its tallies over all touchpoints, behind it the checks
    that have answers (a check answers for several touchpoints)."""
    if not row["answered"]:
        return None
    return scoring.score_of((t for (subject, _), t in tallies.items() if subject == row["id"]),
                            n=row["answered"])


def _weakest(ws: Workspace, tallies: dict[tuple[str, str | None], scoring.Tally],
             own: str | None, limit: int) -> list[WeakTouchpoint]:
    """The own company's lowest touchpoint scores (of all subjects' answers without one)."""
    by_touchpoint: dict[str, list[scoring.Tally]] = {}
    for (subject, touchpoint), tally in tallies.items():
        if touchpoint is not None and (own is None or subject == own):
            by_touchpoint.setdefault(touchpoint, []).append(tally)
    scores = {tp: scoring.score_of(groups) for tp, groups in by_touchpoint.items()}
    scored = sorted(
        ((tp, s) for tp, s in scores.items() if s.value is not None),
        key=lambda item: (item[1].value, -item[1].n),
    )[:limit]
    if not scored:
        return []
    ids = [tp for tp, _ in scored]
    marks = ",".join("?" for _ in ids)
    names = {
        r["id"]: (r["name"], r["stage"])
        for r in ws.rows(
            f"""SELECT t.id, t.name, s.name AS stage FROM touchpoints t
                JOIN stages s ON s.id = t.stage_id WHERE t.id IN ({marks})""", ids)
    }
    return [
        WeakTouchpoint(tp, *names.get(tp, ("?", "")), value=s.value, n=s.n,  # type: ignore[arg-type]
                       critical_failures=s.critical_failures)
        for tp, s in scored
    ]


def _figures(ws: Workspace, engagement_id: str, cov: Coverage, today_iso: str) -> Counts:
    """The counts of an engagement in one statement, with the share of its coverage."""
    row = ws.row(
        f"""SELECT
              (SELECT count(*) FROM subjects WHERE engagement_id = :e) AS subjects,
              (SELECT count(*) FROM maps WHERE engagement_id = :e) AS maps,
              (SELECT count(*) FROM templates WHERE engagement_id = :e AND status = 'current')
                  AS templates,
              (SELECT count(*) FROM checks WHERE engagement_id = :e) AS checks,
              (SELECT count(DISTINCT photo_id) FROM evidence_links WHERE engagement_id = :e)
                  AS evidence,
              (SELECT count(*) FROM findings WHERE engagement_id = :e) AS findings,
              (SELECT count(*) FROM feedback WHERE engagement_id = :e) AS feedback,
              (SELECT count(*) FROM actions WHERE engagement_id = :e
                  AND status IN {OPEN_ACTION_STATUSES!r}) AS open_actions,
              (SELECT count(*) FROM actions WHERE engagement_id = :e
                  AND status IN {OPEN_ACTION_STATUSES!r}
                  AND due_date IS NOT NULL AND substr(due_date, 1, 10) < :today)
                  AS overdue_actions,
              (SELECT count(*) FROM assignments WHERE engagement_id = :e
                  AND status = 'planned') AS planned_assignments,
              (SELECT count(*) FROM incidents WHERE engagement_id = :e
                  AND status <> 'closed') AS open_incidents,
              (SELECT count(*) FROM employees WHERE engagement_id = :e) AS employees""",
        {"e": engagement_id, "today": today_iso},
    )
    return Counts(
        subjects=row["subjects"], maps=row["maps"], templates=row["templates"],
        checks=row["checks"], coverage_share=cov.share, evidence=row["evidence"],
        findings=row["findings"], feedback=row["feedback"], open_actions=row["open_actions"],
        overdue_actions=row["overdue_actions"],
        planned_assignments=row["planned_assignments"], open_incidents=row["open_incidents"],
        employees=row["employees"],
    )


def counts(ws: Workspace, engagement_id: str, *, today: dt.date | None = None) -> Counts:
    """The sidebar's figures for one engagement."""
    return _figures(ws, engagement_id, coverage(ws, engagement_id), _today(today))


def subject_check_counts(ws: Workspace, engagement_id: str) -> dict[str, int]:
    """How many checks each subject of the engagement has (what removing it would take)."""
    return {
        r["subject_id"]: r["n"]
        for r in ws.rows("SELECT subject_id, count(*) AS n FROM checks WHERE engagement_id = ?"
                         " GROUP BY subject_id", (engagement_id,))
    }
