"""What the PDF report shows, read once before layout: the shared report queries
(``cxdesk.reports.queries``) plus the few only the PDF needs (the photos of each finding, the
appearance criteria, checks per subject and method, the journey maps, the conclusions)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field

from cxdesk.comparison import stored_threshold
from cxdesk.employees import CONCLUSION_AREAS
from cxdesk.engagements import get_engagement, get_location
from cxdesk.errors import NotFound
from cxdesk.findings import FindingRow
from cxdesk.follow_ups import LoopStats, list_follow_ups, loop_stats
from cxdesk.gallery import GalleryPhoto, list_gallery
from cxdesk.reports import queries as q
from cxdesk.scoring import FAIL_BELOW, SCORE_SQL
from cxdesk.workspace import Workspace

BEST_PRACTICE_KINDS = ("strength", "best_practice_comfort", "best_practice_wow")
PROBLEM_KINDS = ("failure", "weak_spot")
#: A checklist section whose name contains one of these is the appearance section.
APPEARANCE_WORDS = ("appearance", "внешн")


@dataclass(frozen=True)
class AppearanceRow:
    criterion: str
    section: str
    scores: dict[str, tuple[float | None, int]]  # subject id -> (share met 0…1, checks)


@dataclass
class ReportData:
    header: q.ReportHeader
    table: q.ScoreTable
    subject_ids: list[str]
    location_id: str | None
    threshold: float
    failures: list[q.CriterionFailure] = field(default_factory=list)
    findings: list[FindingRow] = field(default_factory=list)
    finding_photos: dict[str, list[tuple[GalleryPhoto, str]]] = field(default_factory=dict)
    photos: list[GalleryPhoto] = field(default_factory=list)  # the evidence index
    failed_photo_ids: set[str] = field(default_factory=set)  # behind a failed answer
    appearance: list[AppearanceRow] = field(default_factory=list)
    feedback: q.FeedbackReport | None = None
    loop: LoopStats | None = None  # follow-ups of low scores (closed loop)
    incidents: list[dict] = field(default_factory=list)
    problems: list[dict] = field(default_factory=list)
    employees: list[dict] = field(default_factory=list)
    trainings: list[dict] = field(default_factory=list)
    conclusions: list[tuple[str, str]] = field(default_factory=list)
    actions: list[q.ActionReportRow] = field(default_factory=list)
    coverage: list[q.CoverageRow] = field(default_factory=list)
    methods: dict[str, dict[str, int]] = field(default_factory=dict)  # subject -> method -> n
    maps: list[tuple[str, str]] = field(default_factory=list)  # (id, name)
    #: Whose feedback the voice section shows: "engagement" (every response), "subject" (a
    #: location's report: its subject's responses, which carry no location) or "none" (a
    #: location of no subject: no figure can honestly be given for it).
    voice_scope: str = "engagement"
    today: dt.date = field(default_factory=dt.date.today)

    @property
    def subjects(self) -> list[q.ReportSubject]:
        return self.header.subjects


def _finding_photos(ws: Workspace, engagement_id: str, gallery: dict[str, GalleryPhoto],
                    finding_ids: set[str]) -> dict[str, list[tuple[GalleryPhoto, str]]]:
    photos: dict[str, list[tuple[GalleryPhoto, str]]] = {}
    for r in ws.rows("""SELECT finding_id, photo_id, caption FROM evidence_links
                        WHERE engagement_id = ? AND finding_id IS NOT NULL
                        ORDER BY position, created_at""", (engagement_id,)):
        photo = gallery.get(r["photo_id"])
        if photo is None or r["finding_id"] not in finding_ids:
            continue
        listed = photos.setdefault(r["finding_id"], [])
        if all(p.photo_id != photo.photo_id for p, _ in listed):
            listed.append((photo, r["caption"] or photo.caption))
    return photos


def _appearance(ws: Workspace, engagement_id: str, subject_ids: Sequence[str],
                location_id: str | None) -> list[AppearanceRow]:
    where = " OR ".join("lower(cr.section) LIKE ?" for _ in APPEARANCE_WORDS)
    params: list = [f"%{w}%" for w in APPEARANCE_WORDS]
    location = ""
    if location_id is not None:
        location = " AND c.location_id = ?"
        params.append(location_id)
    rows = ws.rows(
        f"""WITH best AS (SELECT criterion_id, max(points) AS points FROM criterion_choices
                          GROUP BY criterion_id)
            SELECT cr.text, cr.section, c.subject_id, min(cr.position) AS pos,
                   avg(CASE WHEN score IS NULL THEN NULL WHEN score >= {FAIL_BELOW} THEN 1.0
                            ELSE 0.0 END) AS share,
                   count(DISTINCT CASE WHEN score IS NOT NULL THEN c.id END) AS n
            FROM (SELECT a.check_id, a.criterion_id, {SCORE_SQL} AS score
                  FROM answers a JOIN criteria cr ON cr.id = a.criterion_id
                  LEFT JOIN criterion_choices ch ON ch.id = a.choice_id
                  LEFT JOIN best b ON b.criterion_id = a.criterion_id) x
            JOIN checks c ON c.id = x.check_id
            JOIN criteria cr ON cr.id = x.criterion_id
            WHERE c.engagement_id = ? AND ({where}){location}
            GROUP BY cr.text, cr.section, c.subject_id ORDER BY pos, cr.text""",
        (engagement_id, *params))
    by: dict[tuple[str, str], AppearanceRow] = {}
    for r in rows:
        if r["subject_id"] not in subject_ids:
            continue
        row = by.setdefault((r["section"], r["text"]),
                            AppearanceRow(r["text"], r["section"], {}))
        row.scores[r["subject_id"]] = (r["share"], r["n"])
    return list(by.values())


def _failed_photo_ids(ws: Workspace, engagement_id: str) -> set[str]:
    """Photos linked to an answer that failed (scored below 0.5) in its check."""
    return {r[0] for r in ws.conn.execute(
        f"""WITH best AS (SELECT criterion_id, max(points) AS points FROM criterion_choices
                          GROUP BY criterion_id)
            SELECT DISTINCT l.photo_id FROM evidence_links l
            JOIN answers a ON a.check_id = l.check_id AND a.criterion_id = l.criterion_id
            JOIN criteria cr ON cr.id = a.criterion_id
            LEFT JOIN criterion_choices ch ON ch.id = a.choice_id
            LEFT JOIN best b ON b.criterion_id = a.criterion_id
            WHERE l.engagement_id = ? AND ({SCORE_SQL}) < ?""", (engagement_id, FAIL_BELOW))}


def _methods(ws: Workspace, engagement_id: str, location_id: str | None
             ) -> dict[str, dict[str, int]]:
    sql = """SELECT subject_id, method, count(*) AS n FROM checks WHERE engagement_id = ?"""
    params: list = [engagement_id]
    if location_id is not None:
        sql += " AND location_id = ?"
        params.append(location_id)
    methods: dict[str, dict[str, int]] = {}
    for r in ws.rows(sql + " GROUP BY subject_id, method ORDER BY method", params):
        methods.setdefault(r["subject_id"], {})[r["method"]] = r["n"]
    return methods


def _in_scope_actions(actions: list[q.ActionReportRow], findings: list[FindingRow],
                      problems: set[str]) -> list[q.ActionReportRow]:
    titles = {f.title for f in findings}
    return [a for a in actions
            if (not a.action.findings and not a.action.problems)
            or titles.intersection(a.action.findings) or problems.intersection(a.action.problems)]


def load_report_data(ws: Workspace, engagement_id: str, *,
                     subject_ids: Sequence[str] | None = None, location_id: str | None = None,
                     today: dt.date | None = None) -> ReportData:
    """Everything the report shows (NotFound for an unknown engagement or location)."""
    location = None
    if location_id is not None:
        get_engagement(ws, engagement_id)
        location = get_location(ws, location_id)
        if location.engagement_id != engagement_id:
            raise NotFound("location of this engagement", location_id)
        if subject_ids is None and location.subject_id:
            subject_ids = [location.subject_id]
    header = q.report_header(ws, engagement_id, subject_ids=subject_ids,
                             location_id=location_id)
    ids = [s.id for s in header.subjects]
    filters = {"subject_ids": ids, "location_id": location_id}
    data = ReportData(header=header, table=q.score_table(ws, engagement_id, **filters),
                      subject_ids=ids, location_id=location_id,
                      threshold=stored_threshold(ws, engagement_id),
                      today=today or dt.date.today())
    if header.own is not None:
        data.failures = q.top_failures(ws, engagement_id, header.own.id, limit=6,
                                       location_id=location_id)
    data.findings = q.finding_rows(ws, engagement_id, **filters)
    gallery = {p.photo_id: p for p in list_gallery(ws, engagement_id)}
    data.finding_photos = _finding_photos(ws, engagement_id, gallery,
                                          {f.id for f in data.findings})
    data.photos = q.evidence_rows(ws, engagement_id, **filters)
    data.failed_photo_ids = _failed_photo_ids(ws, engagement_id)
    data.appearance = _appearance(ws, engagement_id, ids, location_id)
    follow_ups = list_follow_ups(ws, engagement_id)
    if location is None:
        data.feedback = q.feedback_report(ws, engagement_id, subject_ids=ids)
    elif location.subject_id:
        data.voice_scope = "subject"
        data.feedback = q.feedback_report(ws, engagement_id, of_subject=location.subject_id)
        kept = {r.id for r in data.feedback.responses}
        follow_ups = [f for f in follow_ups if f.feedback_id in kept]
    else:
        data.voice_scope, follow_ups = "none", []
    data.loop = loop_stats(follow_ups) if follow_ups else None
    data.incidents = q.incident_rows(ws, engagement_id, **filters)
    problem_ids = ({i["problem_id"] for i in data.incidents if i["problem_id"]}
                   | {f.problem for f in data.findings if f.problem})
    data.problems = [p for p in q.problem_rows(ws, engagement_id)
                     if location_id is None or p["id"] in problem_ids or p["title"] in problem_ids]
    data.employees = q.employee_rows(ws, engagement_id, **filters)
    data.trainings = q.training_rows(ws, engagement_id)
    order = {area: i for i, area in enumerate(CONCLUSION_AREAS)}
    data.conclusions = sorted(((r["area"], r["text"]) for r in ws.rows(
        "SELECT area, text FROM conclusions WHERE engagement_id = ? ORDER BY created_at",
        (engagement_id,)) if r["text"]), key=lambda c: order.get(c[0], len(order)))
    actions = q.action_rows(ws, engagement_id, today=data.today)
    data.actions = actions if location_id is None else _in_scope_actions(
        actions, data.findings, {p["title"] for p in data.problems})
    data.coverage = q.coverage_rows(ws, engagement_id, subject_ids=ids, location_id=location_id)
    data.methods = _methods(ws, engagement_id, location_id)
    data.maps = [(r["id"], r["name"]) for r in ws.rows(
        "SELECT id, name FROM maps WHERE engagement_id = ? ORDER BY position, created_at",
        (engagement_id,))]
    return data
