"""The read side of the reports: everything the Excel workbook and the PDF report show, as plain
data, language-neutral (labels and formats are the writers' business).

Every function takes the engagement id and, where it makes sense, ``subject_ids`` (None: every
subject; else only those, in the engagement's order) and ``location_id`` (None: every location;
else only the checks, findings sources, photos and incidents of that location — the per-location
PDF). Scores follow ``cxdesk.scoring`` (0…100, n = checks behind the figure). Dates stay ISO
texts as stored; writers parse them.

Stable API (the PDF report imports it; the score and voice/people halves live in
``queries_scores`` and ``queries_people`` and are re-exported here): ``report_header``,
``score_table`` (with ``subject_scores``, ``stage_scores``, ``touchpoint_scores``),
``coverage_rows``, ``check_rows``, ``answer_rows`` (a generator),
``top_failures``, ``finding_rows``, ``best_practice_rows``, ``action_rows``, ``evidence_rows``,
``feedback_report``, ``incident_rows``, ``problem_rows``, ``employee_rows``, ``training_rows``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import NamedTuple

from cxdesk.actions import ActionRow, list_actions
from cxdesk.coverage import coverage
from cxdesk.engagements import Engagement, get_engagement
from cxdesk.findings import FindingRow, list_findings
from cxdesk.gallery import GalleryPhoto, list_gallery
from cxdesk.reports.queries_scores import (
    CriterionFailure,
    ScoreRow,
    ScoreTable,
    score_rows_per_check,
    score_table,
    stage_scores,
    subject_scores,
    top_failures,
    touchpoint_scores,
)
from cxdesk.reports.query_filters import _filters, _keep
from cxdesk.scoring import SCORE_SQL, Score
from cxdesk.workspace import Workspace

BEST_PRACTICE_KINDS = ("best_practice_comfort", "best_practice_wow")


# -- who and when ------------------------------------------------------------------------------
@dataclass(frozen=True)
class ReportSubject:
    id: str
    name: str
    own: bool
    checks: int = 0  # checks of the subject (within the location filter)
    answers: int = 0


@dataclass(frozen=True)
class ReportLocation:
    id: str
    name: str
    subject_id: str | None
    address: str = ""


@dataclass(frozen=True)
class ReportHeader:
    engagement: Engagement
    subjects: list[ReportSubject]  # own first, then by position
    locations: list[ReportLocation]
    location: ReportLocation | None = None  # the one location a per-location report is about
    first_check: str | None = None  # ISO start of the earliest check
    last_check: str | None = None
    checks: int = 0
    answers: int = 0

    @property
    def own(self) -> ReportSubject | None:
        return next((s for s in self.subjects if s.own), None)

    @property
    def competitors(self) -> list[ReportSubject]:
        return [s for s in self.subjects if not s.own]


def report_header(ws: Workspace, engagement_id: str, *, subject_ids: Sequence[str] | None = None,
                  location_id: str | None = None) -> ReportHeader:
    """The engagement (NotFound for an unknown id), its subjects with their checks and answers,
    its locations and the dates of the fieldwork."""
    engagement = get_engagement(ws, engagement_id)
    where, params = _filters(None, location_id)
    counts = {r["subject_id"]: (r["checks"], r["answers"]) for r in ws.rows(
        f"""SELECT c.subject_id, count(DISTINCT c.id) AS checks, count(a.id) AS answers
            FROM checks c LEFT JOIN answers a ON a.check_id = c.id
            WHERE c.engagement_id = ?{where} GROUP BY c.subject_id""",
        (engagement_id, *params))}
    wanted = set(subject_ids) if subject_ids is not None else None
    subjects = [ReportSubject(r["id"], r["name"], bool(r["own"]), *counts.get(r["id"], (0, 0)))
                for r in ws.rows("SELECT id, name, own FROM subjects WHERE engagement_id = ?"
                                 " ORDER BY own DESC, position, name", (engagement_id,))
                if wanted is None or r["id"] in wanted]
    locations = [ReportLocation(r["id"], r["name"], r["subject_id"], r["address"])
                 for r in ws.rows("SELECT id, name, subject_id, address FROM locations"
                                  " WHERE engagement_id = ? ORDER BY name", (engagement_id,))]
    where, params = _filters(subject_ids, location_id)
    span = ws.row(f"""SELECT min(c.started_at) AS first, max(c.started_at) AS last
                      FROM checks c WHERE c.engagement_id = ?{where}""",
                  (engagement_id, *params))
    return ReportHeader(
        engagement=engagement, subjects=subjects, locations=locations,
        location=next((loc for loc in locations if loc.id == location_id), None),
        first_check=span["first"] if span else None, last_check=span["last"] if span else None,
        checks=sum(s.checks for s in subjects), answers=sum(s.answers for s in subjects))


# -- coverage ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class CoverageRow:
    stage: str
    touchpoint: str
    subject_id: str
    subject: str
    done: int
    required: int

    @property
    def share(self) -> float:
        return min(self.done, self.required) / self.required if self.required else 1.0


def coverage_rows(ws: Workspace, engagement_id: str, *,
                  subject_ids: Sequence[str] | None = None,
                  location_id: str | None = None) -> list[CoverageRow]:
    """Checks done against required per touchpoint × subject, in journey order. With
    ``location_id``, only the checks done at that location count; the requirement stays the
    subject's (it is set per touchpoint and company, not per location)."""
    subjects = {r["id"]: r["name"] for r in ws.rows(
        "SELECT id, name FROM subjects WHERE engagement_id = ? ORDER BY own DESC, position",
        (engagement_id,)) if subject_ids is None or r["id"] in subject_ids}
    cells = coverage(ws, engagement_id, subject_ids=list(subjects),
                     location_id=location_id).cells
    names = {r["id"]: (r["stage"], r["name"], r["sort"]) for r in ws.rows(
        """SELECT tp.id, tp.name, st.name AS stage,
                  printf('%06d%06d%06d', m.position, st.position, tp.position) AS sort
           FROM touchpoints tp JOIN stages st ON st.id = tp.stage_id
           JOIN maps m ON m.id = st.map_id WHERE m.engagement_id = ?""", (engagement_id,))}
    order = list(subjects)
    rows = [CoverageRow(names.get(c.touchpoint_id, ("", "", ""))[0],
                        names.get(c.touchpoint_id, ("", "", ""))[1], c.subject_id,
                        subjects[c.subject_id], c.done, c.required) for c in cells]
    sort = {c.touchpoint_id: names.get(c.touchpoint_id, ("", "", ""))[2] for c in cells}
    keyed = sorted(zip(cells, rows, strict=True),
                   key=lambda cr: (sort[cr[0].touchpoint_id], order.index(cr[0].subject_id)))
    return [r for _, r in keyed]


# -- checks and answers ------------------------------------------------------------------------
@dataclass(frozen=True)
class CheckRow:
    id: str
    subject: str
    own: bool
    location: str
    method: str
    started_at: str | None
    finished_at: str | None
    auditor: str
    scenario: str
    status: str
    answers: int
    score: Score | None
    notes: str = ""


def check_rows(ws: Workspace, engagement_id: str, *, subject_ids: Sequence[str] | None = None,
               location_id: str | None = None,
               scores: dict[str, Score] | None = None) -> list[CheckRow]:
    """Every check with its score, by subject then date. ``scores``: the checks' scores when
    the caller has them already (``ScoreTable.checks`` of the same filters)."""
    table = scores if scores is not None else score_rows_per_check(
        ws, engagement_id, subject_ids, location_id)
    where, params = _filters(subject_ids, location_id)
    return [CheckRow(
        r["id"], r["subject"], bool(r["own"]), r["location"], r["method"], r["started_at"],
        r["finished_at"], r["auditor"], r["scenario"], r["status"], r["answers"],
        table.get(r["id"]), r["notes"],
    ) for r in ws.rows(
        f"""SELECT c.*, s.name AS subject, s.own, coalesce(l.name, '') AS location,
                   (SELECT count(*) FROM answers a WHERE a.check_id = c.id) AS answers
            FROM checks c JOIN subjects s ON s.id = c.subject_id
            LEFT JOIN locations l ON l.id = c.location_id
            WHERE c.engagement_id = ?{where}
            ORDER BY s.own DESC, s.position, c.started_at IS NULL, c.started_at, c.created_at""",
        (engagement_id, *params))]


class AnswerRow(NamedTuple):
    check_id: str
    subject: str
    own: bool
    location: str
    started_at: str | None  # the check's start, ISO
    method: str
    stage: str
    touchpoint: str
    section: str
    criterion: str
    answer_type: str
    value_number: float | None
    value_text: str | None
    choice: str | None  # the chosen choice's label
    score: float | None  # 0…100, None when not scored
    not_applicable: bool
    critical: bool
    comment: str


def answer_rows(ws: Workspace, engagement_id: str, *, subject_ids: Sequence[str] | None = None,
                location_id: str | None = None) -> Iterator[AnswerRow]:
    """One row per given answer, streamed from the database (memory flat), by subject, check
    date, check and criterion order."""
    where, params = _filters(subject_ids, location_id)
    cursor = ws.conn.cursor()
    cursor.row_factory = None  # plain tuples, made into AnswerRow below
    cursor.execute(
        f"""WITH best AS (SELECT criterion_id, max(points) AS points FROM criterion_choices
                          GROUP BY criterion_id)
            SELECT c.id, s.name, s.own, coalesce(l.name, ''), c.started_at, c.method,
                   coalesce(st.name, ''), coalesce(tp.name, ''), cr.section, cr.text,
                   cr.answer_type, a.value_number, a.value_text, ch.label,
                   100.0 * ({SCORE_SQL}), a.not_applicable, cr.critical, a.comment
            FROM answers a
            JOIN checks c ON c.id = a.check_id
            JOIN subjects s ON s.id = c.subject_id
            JOIN criteria cr ON cr.id = a.criterion_id
            LEFT JOIN locations l ON l.id = c.location_id
            LEFT JOIN touchpoints tp ON tp.id = cr.touchpoint_id
            LEFT JOIN stages st ON st.id = coalesce(cr.stage_id, tp.stage_id)
            LEFT JOIN criterion_choices ch ON ch.id = a.choice_id
            LEFT JOIN best b ON b.criterion_id = a.criterion_id
            WHERE c.engagement_id = ?{where}
            ORDER BY s.own DESC, s.position, c.started_at, c.id, cr.position""",
        (engagement_id, *params))
    try:
        for row in cursor:
            yield AnswerRow._make(row)
    finally:
        cursor.close()


# -- findings, best practices, actions ---------------------------------------------------------
def finding_rows(ws: Workspace, engagement_id: str, *, subject_ids: Sequence[str] | None = None,
                 location_id: str | None = None, kinds: Sequence[str] | None = None
                 ) -> list[FindingRow]:
    """Findings in report order (``cxdesk.findings``); with a location, those whose source
    checks or photos' checks are at that location."""
    found = [f for f in list_findings(ws, engagement_id)
             if _keep(f.subject_id, subject_ids) and (kinds is None or f.kind in kinds)]
    if location_id is not None:
        here = {r[0] for r in ws.conn.execute(
            """SELECT fs.finding_id FROM finding_sources fs JOIN checks c ON c.id = fs.check_id
               WHERE c.location_id = ?
               UNION SELECT e.finding_id FROM evidence_links e JOIN checks c ON c.id = e.check_id
               WHERE c.location_id = ? AND e.finding_id IS NOT NULL""",
            (location_id, location_id))}
        found = [f for f in found if f.id in here]
    return found


def best_practice_rows(ws: Workspace, engagement_id: str, **filters) -> list[FindingRow]:
    return finding_rows(ws, engagement_id, kinds=BEST_PRACTICE_KINDS, **filters)


@dataclass(frozen=True)
class ActionReportRow:
    action: ActionRow
    overdue: bool


def action_rows(ws: Workspace, engagement_id: str, *,
                today: dt.date | None = None) -> list[ActionReportRow]:
    """The action plan (open first, by due date), overdue ones flagged."""
    return [ActionReportRow(a, a.overdue(today)) for a in list_actions(ws, engagement_id)]


# -- evidence ----------------------------------------------------------------------------------
def evidence_rows(ws: Workspace, engagement_id: str, *, subject_ids: Sequence[str] | None = None,
                  location_id: str | None = None, in_findings_only: bool = False
                  ) -> list[GalleryPhoto]:
    """The evidence index: every image linked to the engagement once, with its flags
    (annotated, redacted, in a finding, capture time outside its check's, no capture time)."""
    photos = [p for p in list_gallery(ws, engagement_id) if _keep(p.subject_id, subject_ids)]
    if location_id is not None:
        photos = [p for p in photos if p.location_id == location_id]
    if in_findings_only:
        photos = [p for p in photos if p.in_finding]
    return photos


from cxdesk.reports.queries_people import (  # noqa: E402  (the second half of this API)
    ASSESSMENT_AREAS,
    FeedbackReport,
    NpsRow,
    employee_rows,
    feedback_report,
    incident_rows,
    problem_rows,
    training_rows,
)

__all__ = [
    "ASSESSMENT_AREAS", "BEST_PRACTICE_KINDS", "ActionReportRow", "AnswerRow", "CheckRow",
    "CoverageRow", "CriterionFailure", "FeedbackReport", "NpsRow", "ReportHeader",
    "ReportLocation", "ReportSubject", "ScoreRow", "ScoreTable", "action_rows", "answer_rows",
    "best_practice_rows", "check_rows", "coverage_rows", "employee_rows", "evidence_rows",
    "feedback_report", "finding_rows", "incident_rows", "problem_rows", "report_header",
    "score_rows_per_check", "score_table", "stage_scores", "subject_scores", "top_failures",
    "touchpoint_scores", "training_rows",
]
