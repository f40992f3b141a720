"""The voice of the customer, incidents, problems, employees and trainings for the reports.
Part of ``cxdesk.reports.queries`` (which re-exports every name here): import from there."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from cxdesk.feedback import FeedbackSummary, Response, load_feedback, summarise
from cxdesk.nps import Nps, nps
from cxdesk.reports.query_filters import _filters, _keep
from cxdesk.workspace import Workspace


# -- voice of the customer ---------------------------------------------------------------------
@dataclass(frozen=True)
class NpsRow:
    subject_id: str | None  # None: responses given for no subject
    subject: str
    own: bool
    nps: Nps | None
    ces_mean: float | None
    ces_n: int


@dataclass(frozen=True)
class FeedbackReport:
    summary: FeedbackSummary  # the headline (own company) figures and every response
    per_subject: list[NpsRow]
    responses: list[Response]  # filtered by subject
    tags: list[tuple[str, str, int]]  # (tag, polarity, responses tagged), most used first


def subject_summary(summary: FeedbackSummary, subject_id: str) -> FeedbackSummary:
    """The engagement's feedback narrowed to one subject's responses: its headline figures
    (NPS, CES, distribution, warnings) are those responses' alone (responses given for no
    subject are left out), and only the samples they come from are kept."""
    responses = [r for r in summary.responses if r.subject_id == subject_id]
    used = {r.sample_id for r in responses}
    return summarise(responses, [x for x in summary.samples if x.id in used], responses)


def feedback_report(ws: Workspace, engagement_id: str, *,
                    subject_ids: Sequence[str] | None = None,
                    of_subject: str | None = None) -> FeedbackReport:
    """NPS (with n and margin) and CES (mean of 1–7, 7 = very easy) per subject, the
    headline of ``cxdesk.feedback``, the responses and the liked/disliked tag counts.

    ``of_subject``: only that subject's responses, the headline and tag counts included (a
    location's report: responses carry no location, so its subject's are the nearest)."""
    summary = load_feedback(ws, engagement_id)
    if of_subject is not None:
        summary = subject_summary(summary, of_subject)
        subject_ids = [of_subject]
    responses = [r for r in summary.responses if _keep(r.subject_id, subject_ids)]
    groups: dict[str | None, list[Response]] = {}
    for r in responses:
        groups.setdefault(r.subject_id, []).append(r)
    order = {r["id"]: (i, r["name"], bool(r["own"])) for i, r in enumerate(ws.rows(
        "SELECT id, name, own FROM subjects WHERE engagement_id = ? ORDER BY own DESC, position",
        (engagement_id,)))}
    per_subject = []
    for subject_id in sorted(groups, key=lambda s: order.get(s, (len(order), "", False))[0]
                             if s is not None else -1):
        group = groups[subject_id]
        efforts = [r.ces for r in group if r.ces is not None]
        _, name, own = order.get(subject_id, (0, "", False)) if subject_id else (0, "", False)
        per_subject.append(NpsRow(subject_id, name, own, nps(r.score for r in group),
                                  sum(efforts) / len(efforts) if efforts else None,
                                  len(efforts)))
    tags = [(r["name"], r["polarity"], r["n"]) for r in ws.rows(
        """SELECT t.name, t.polarity, count(ft.feedback_id) AS n FROM tags t
           LEFT JOIN feedback_tags ft ON ft.tag_id = t.id
           WHERE t.engagement_id = ? GROUP BY t.id ORDER BY n DESC, t.name""",
        (engagement_id,))]
    if of_subject is not None:
        mentions = Counter(name for r in responses for name in r.tags)
        tags = sorted(((name, polarity, mentions[name]) for name, polarity, _ in tags
                       if mentions[name]), key=lambda tag: (-tag[2], tag[0]))
    return FeedbackReport(summary, per_subject, responses, tags)


# -- incidents, problems, employees, trainings -------------------------------------------------
def incident_rows(ws: Workspace, engagement_id: str, *, subject_ids: Sequence[str] | None = None,
                  location_id: str | None = None) -> list[dict]:
    """Complaints with subject, location, touchpoint, problem names and days to close."""
    where, params = _filters(None, location_id, location="i.location_id")
    rows = ws.rows(
        f"""SELECT i.*, coalesce(s.name, '') AS subject, coalesce(l.name, '') AS location,
                   coalesce(tp.name, '') AS touchpoint, coalesce(p.title, '') AS problem,
                   CASE WHEN i.closed_at IS NOT NULL AND i.occurred_on IS NOT NULL
                        THEN julianday(substr(i.closed_at, 1, 10))
                             - julianday(substr(i.occurred_on, 1, 10)) END AS days_to_close
            FROM incidents i LEFT JOIN subjects s ON s.id = i.subject_id
            LEFT JOIN locations l ON l.id = i.location_id
            LEFT JOIN touchpoints tp ON tp.id = i.touchpoint_id
            LEFT JOIN problems p ON p.id = i.problem_id
            WHERE i.engagement_id = ?{where}
            ORDER BY i.occurred_on IS NULL, i.occurred_on DESC, i.created_at DESC""",
        (engagement_id, *params))
    return [dict(r) for r in rows if _keep(r["subject_id"], subject_ids)]


def problem_rows(ws: Workspace, engagement_id: str) -> list[dict]:
    """Root causes with how many incidents and failure findings they group, across how many
    locations and subjects."""
    return [dict(r) for r in ws.rows(
        """SELECT p.id, p.title, p.description, p.status,
                  (SELECT count(*) FROM incidents i WHERE i.problem_id = p.id) AS incidents,
                  (SELECT count(*) FROM findings f WHERE f.problem_id = p.id) AS findings,
                  (SELECT count(DISTINCT loc) FROM (
                      SELECT i.location_id AS loc FROM incidents i
                      WHERE i.problem_id = p.id AND i.location_id IS NOT NULL
                      UNION SELECT c.location_id FROM findings f
                      JOIN finding_sources fs ON fs.finding_id = f.id
                      JOIN checks c ON c.id = fs.check_id
                      WHERE f.problem_id = p.id AND c.location_id IS NOT NULL)) AS locations,
                  (SELECT count(DISTINCT subj) FROM (
                      SELECT i.subject_id AS subj FROM incidents i
                      WHERE i.problem_id = p.id AND i.subject_id IS NOT NULL
                      UNION SELECT f.subject_id FROM findings f
                      WHERE f.problem_id = p.id AND f.subject_id IS NOT NULL)) AS subjects
           FROM problems p WHERE p.engagement_id = ?
           ORDER BY p.status = 'solved', incidents + findings DESC, p.title""",
        (engagement_id,))]


#: Areas of an employee assessment, in report order.
ASSESSMENT_AREAS = ("product_knowledge", "standards_knowledge", "customer_orientation",
                    "engagement")


def employee_rows(ws: Workspace, engagement_id: str, *,
                  subject_ids: Sequence[str] | None = None,
                  location_id: str | None = None) -> list[dict]:
    """Employees (by code; name where recorded) with their mean result per assessment area as a
    0…1 share (key = the area), the number of trainings and the last training's date."""
    where, params = _filters(None, location_id, location="e.location_id")
    areas = ", ".join(
        f"""(SELECT avg(x.score / x.max_score) FROM employee_assessments x
             WHERE x.employee_id = e.id AND x.area = '{a}') AS {a}""" for a in ASSESSMENT_AREAS)
    rows = ws.rows(
        f"""SELECT e.id, e.code, e.name, e.role, e.subject_id, coalesce(s.name, '') AS subject,
                   coalesce(l.name, '') AS location, {areas},
                   (SELECT count(*) FROM training_participants tp WHERE tp.employee_id = e.id)
                       AS trainings,
                   (SELECT max(t.held_on) FROM training_participants tp
                    JOIN trainings t ON t.id = tp.training_id WHERE tp.employee_id = e.id)
                       AS last_training
            FROM employees e LEFT JOIN subjects s ON s.id = e.subject_id
            LEFT JOIN locations l ON l.id = e.location_id
            WHERE e.engagement_id = ?{where}
            ORDER BY s.own DESC, s.position, e.code""", (engagement_id, *params))
    return [dict(r) for r in rows if _keep(r["subject_id"], subject_ids)]


def training_rows(ws: Workspace, engagement_id: str) -> list[dict]:
    """The training register: date, topic, trainer, participants; newest first."""
    return [dict(r) for r in ws.rows(
        """SELECT t.id, t.held_on, t.topic, t.trainer,
                  (SELECT count(*) FROM training_participants p WHERE p.training_id = t.id)
                      AS participants
           FROM trainings t WHERE t.engagement_id = ?
           ORDER BY t.held_on IS NULL, t.held_on DESC, t.topic""", (engagement_id,))]
