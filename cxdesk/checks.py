"""Checks done in the field, read for display: the list with each check's score, and one
check's answers in checklist order."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesk.errors import NotFound
from cxdesk.scoring import FAIL_BELOW, answer_score, check_scores, load_answers
from cxdesk.workspace import Workspace

METHODS = ("visit", "call", "request", "test_purchase", "call_listening", "web_check")
STATUSES = ("draft", "submitted", "approved", "returned")


@dataclass(frozen=True)
class CheckRow:
    id: str
    subject_id: str
    subject: str
    own: bool
    location_id: str | None
    location: str
    method: str
    status: str
    started_at: str | None
    finished_at: str | None
    auditor: str
    template: str
    scenario: str = ""
    notes: str = ""
    score: float | None = None  # 0…100
    scored_answers: int = 0
    critical_failures: int = 0
    answers: int = 0  # answers given (N/A included)
    criteria: int = 0  # criteria of the check's template
    photos: int = 0


@dataclass(frozen=True)
class AnswerRow:
    """One criterion of a check's template with the answer given (or none yet)."""

    criterion_id: str
    text: str
    stage: str  # "" for criteria of no stage
    group: str  # touchpoint name or general section
    touchpoint_id: str | None
    answer_type: str
    critical: bool
    weight: float
    unit: str = ""
    threshold: float | None = None
    direction: str | None = None
    answer_id: str | None = None  # None: not answered yet
    not_applicable: bool = False
    value_number: float | None = None
    value_text: str | None = None
    choice: str | None = None  # the chosen option's label
    choice_points: float | None = None
    comment: str = ""
    score: float | None = None  # 0…1, None when not scored
    photos: int = 0

    @property
    def answered(self) -> bool:
        return self.answer_id is not None and (
            self.not_applicable or self.value_number is not None
            or bool(self.value_text) or self.choice is not None)

    @property
    def failed(self) -> bool:
        return self.score is not None and self.score < FAIL_BELOW


def list_checks(ws: Workspace, engagement_id: str) -> list[CheckRow]:
    """The engagement's checks, newest first, each with its score."""
    scores = check_scores(load_answers(ws, engagement_id))
    rows = ws.rows(
        """SELECT c.*, s.name AS subject, s.own, coalesce(l.name, '') AS location,
                  t.name AS template,
                  (SELECT count(*) FROM answers a WHERE a.check_id = c.id AND
                     (a.not_applicable = 1 OR a.value_number IS NOT NULL
                      OR a.value_text IS NOT NULL OR a.choice_id IS NOT NULL)) AS answered,
                  (SELECT count(*) FROM criteria cr WHERE cr.template_id = c.template_id)
                     AS criteria,
                  (SELECT count(DISTINCT e.photo_id) FROM evidence_links e
                   WHERE e.check_id = c.id) AS photos
           FROM checks c JOIN subjects s ON s.id = c.subject_id
           LEFT JOIN locations l ON l.id = c.location_id
           JOIN templates t ON t.id = c.template_id
           WHERE c.engagement_id = ?
           ORDER BY c.started_at IS NULL, c.started_at DESC, s.own DESC, s.name""",
        (engagement_id,),
    )
    result = []
    for r in rows:
        score = scores.get(r["id"])
        result.append(CheckRow(
            id=r["id"], subject_id=r["subject_id"], subject=r["subject"], own=bool(r["own"]),
            location_id=r["location_id"], location=r["location"], method=r["method"],
            status=r["status"], started_at=r["started_at"], finished_at=r["finished_at"],
            auditor=r["auditor"], template=r["template"], scenario=r["scenario"],
            notes=r["notes"], score=score.value if score else None,
            scored_answers=score.answers if score else 0,
            critical_failures=score.critical_failures if score else 0,
            answers=r["answered"], criteria=r["criteria"], photos=r["photos"],
        ))
    return result


def check_answers(ws: Workspace, check_id: str) -> list[AnswerRow]:
    """Every criterion of the check's template in checklist order, with the answer given."""
    if ws.row("SELECT 1 FROM checks WHERE id = ?", (check_id,)) is None:
        raise NotFound("check", check_id)
    rows = ws.rows(
        """SELECT cr.id AS criterion_id, cr.text, cr.answer_type, cr.critical, cr.weight,
                  cr.unit, cr.threshold, cr.direction, cr.touchpoint_id, cr.section,
                  coalesce(s.name, '') AS stage, tp.name AS tp_name,
                  a.id AS answer_id, a.not_applicable, a.value_number, a.value_text,
                  a.comment, ch.label AS choice, ch.points,
                  (SELECT max(points) FROM criterion_choices WHERE criterion_id = cr.id) AS best,
                  (SELECT count(DISTINCT e.photo_id) FROM evidence_links e
                   WHERE e.check_id = c.id AND e.criterion_id = cr.id) AS photos
           FROM checks c JOIN criteria cr ON cr.template_id = c.template_id
           LEFT JOIN answers a ON a.check_id = c.id AND a.criterion_id = cr.id
           LEFT JOIN criterion_choices ch ON ch.id = a.choice_id
           LEFT JOIN touchpoints tp ON tp.id = cr.touchpoint_id
           LEFT JOIN stages s ON s.id = coalesce(cr.stage_id, tp.stage_id)
           WHERE c.id = ?
           ORDER BY s.position IS NULL, s.position, tp.position IS NULL, tp.position,
                    cr.section, cr.position, cr.text""",
        (check_id,),
    )
    result = []
    for r in rows:
        na = bool(r["not_applicable"])
        score = None
        if r["answer_id"] is not None:
            score = answer_score(r["answer_type"], value=r["value_number"], not_applicable=na,
                                 threshold=r["threshold"], direction=r["direction"],
                                 points=r["points"], best_points=r["best"])
        result.append(AnswerRow(
            criterion_id=r["criterion_id"], text=r["text"], stage=r["stage"],
            group=r["tp_name"] if r["touchpoint_id"] else r["section"],
            touchpoint_id=r["touchpoint_id"], answer_type=r["answer_type"],
            critical=bool(r["critical"]), weight=r["weight"], unit=r["unit"],
            threshold=r["threshold"], direction=r["direction"], answer_id=r["answer_id"],
            not_applicable=na, value_number=r["value_number"], value_text=r["value_text"],
            choice=r["choice"], choice_points=r["points"], comment=r["comment"] or "",
            score=score, photos=r["photos"],
        ))
    return result
