"""Scores of checks, touchpoints, stages and subjects: pure functions over answers.

Rules (also in the README):
- Each answer scores 0…1: yes = 1, no = 0; a 0–10 scale v/10; a 1–5 scale (v−1)/4; a number
  passes (1) or fails (0) against its threshold in its direction; a choice scores its points
  over the best choice's points. Free text and N/A are not scored (N/A leaves the denominator).
- A group's score is the weighted mean of its answers × 100, and carries n: the number of
  checks behind it.
- An answer scoring below 0.5 is a failure; a failed critical criterion flags its check,
  touchpoint, stage and subject (``critical_failures``) without changing the number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Hashable, Iterable
from typing import NamedTuple

from cxdesk.workspace import Workspace

FAIL_BELOW = 0.5


class ScoredAnswer(NamedTuple):
    """One given answer with what scoring needs of its criterion and check."""

    check_id: str
    subject_id: str
    criterion_id: str
    touchpoint_id: str | None
    stage_id: str | None
    section: str
    weight: float
    critical: bool
    score: float | None

    @property
    def failed(self) -> bool:
        return self.score is not None and self.score < FAIL_BELOW


class Score(NamedTuple):
    value: float | None  # 0…100, None when nothing behind it is scored
    n: int  # checks behind the score
    answers: int  # scored answers
    critical_failures: int = 0

    @property
    def flagged(self) -> bool:
        return self.critical_failures > 0


def answer_score(answer_type: str, *, value: float | None, not_applicable: bool = False,
                 threshold: float | None = None, direction: str | None = None,
                 points: float | None = None, best_points: float | None = None) -> float | None:
    """The 0…1 score of one answer, or None when it is not scored."""
    if not_applicable:
        return None
    if answer_type == "choice":
        if points is None or not best_points:
            return None
        return max(0.0, min(1.0, points / best_points))
    if value is None:
        return None
    if answer_type == "yes_no":
        return 1.0 if value else 0.0
    if answer_type == "scale_0_10":
        return max(0.0, min(1.0, value / 10))
    if answer_type == "scale_1_5":
        return max(0.0, min(1.0, (value - 1) / 4))
    if answer_type == "number":
        if threshold is None:
            return None
        if direction == "higher_is_better":
            return 1.0 if value >= threshold else 0.0
        return 1.0 if value <= threshold else 0.0
    return None


def aggregate(answers: Iterable[ScoredAnswer],
              key: Callable[[ScoredAnswer], Hashable | None]) -> dict[Hashable, Score]:
    """Group answers by ``key`` (None drops an answer) and score each group."""
    weighted: dict[Hashable, float] = defaultdict(float)
    weights: dict[Hashable, float] = defaultdict(float)
    checks: dict[Hashable, set[str]] = defaultdict(set)
    scored: dict[Hashable, int] = defaultdict(int)
    critical: dict[Hashable, int] = defaultdict(int)
    for answer in answers:
        group = key(answer)
        if group is None:
            continue
        checks[group].add(answer.check_id)
        if answer.score is None:
            continue
        weighted[group] += answer.weight * answer.score
        weights[group] += answer.weight
        scored[group] += 1
        if answer.critical and answer.failed:
            critical[group] += 1
    return {
        group: Score(
            value=(100 * weighted[group] / weights[group]) if weights[group] else None,
            n=len(checks[group]), answers=scored[group], critical_failures=critical[group],
        )
        for group in checks
    }


def load_answers(ws: Workspace, engagement_id: str) -> list[ScoredAnswer]:
    """Every given answer of the engagement's checks, scored."""
    rows = ws.conn.execute(
        """
        SELECT a.check_id, c.subject_id, a.criterion_id, cr.touchpoint_id,
               coalesce(cr.stage_id, tp.stage_id) AS stage_id, cr.section, cr.weight,
               cr.critical, cr.answer_type, cr.threshold, cr.direction, a.value_number,
               a.not_applicable, ch.points,
               (SELECT max(points) FROM criterion_choices WHERE criterion_id = cr.id) AS best
        FROM answers a
        JOIN checks c ON c.id = a.check_id
        JOIN criteria cr ON cr.id = a.criterion_id
        LEFT JOIN touchpoints tp ON tp.id = cr.touchpoint_id
        LEFT JOIN criterion_choices ch ON ch.id = a.choice_id
        WHERE c.engagement_id = ?
        """,
        (engagement_id,),
    )
    result = []
    for (check_id, subject_id, criterion_id, touchpoint_id, stage_id, section, weight, critical,
         answer_type, threshold, direction, value, na, points, best) in rows:
        score = answer_score(answer_type, value=value, not_applicable=bool(na),
                             threshold=threshold, direction=direction, points=points,
                             best_points=best)
        result.append(ScoredAnswer(check_id, subject_id, criterion_id, touchpoint_id, stage_id,
                                   section, weight, bool(critical), score))
    return result


#: One answer's 0…1 score (NULL when not scored) in SQL, by the rules of ``answer_score``, over
#: ``answers a``, ``criteria cr``, the chosen ``criterion_choices ch`` and ``b.points``, the
#: best points of the criterion's choices.
SCORE_SQL = """CASE
    WHEN a.not_applicable THEN NULL
    WHEN cr.answer_type = 'choice' THEN
        CASE WHEN ch.points IS NULL OR b.points IS NULL OR b.points = 0 THEN NULL
             ELSE max(0.0, min(1.0, ch.points / b.points)) END
    WHEN a.value_number IS NULL THEN NULL
    WHEN cr.answer_type = 'yes_no' THEN (a.value_number <> 0) * 1.0
    WHEN cr.answer_type = 'scale_0_10' THEN max(0.0, min(1.0, a.value_number / 10.0))
    WHEN cr.answer_type = 'scale_1_5' THEN max(0.0, min(1.0, (a.value_number - 1) / 4.0))
    WHEN cr.answer_type = 'number' THEN
        CASE WHEN cr.threshold IS NULL THEN NULL
             WHEN cr.direction = 'higher_is_better' THEN (a.value_number >= cr.threshold) * 1.0
             ELSE (a.value_number <= cr.threshold) * 1.0 END
    END"""

class Tally(NamedTuple):
    """What the score of a group of answers is made of."""

    checks: int  # checks behind the answers
    weighted: float  # the sum of weight × score over the scored answers
    weights: float  # the sum of their weights
    answers: int  # scored answers
    critical_failures: int


def tallies(ws: Workspace, engagement_id: str) -> dict[tuple[str, str | None], Tally]:
    """The answers of the engagement's checks tallied per (subject id, touchpoint id or None),
    by SQLite without loading them: one pass for every score the Overview shows."""
    rows = ws.conn.execute(
        f"""
        WITH best AS (SELECT criterion_id, max(points) AS points FROM criterion_choices
                      GROUP BY criterion_id)
        SELECT subject_id, touchpoint_id, count(DISTINCT check_id),
               coalesce(sum(weight * score), 0.0),
               coalesce(sum(CASE WHEN score IS NOT NULL THEN weight END), 0.0), count(score),
               count(CASE WHEN critical AND score < ? THEN 1 END)
        FROM (SELECT c.subject_id, cr.touchpoint_id, a.check_id, cr.weight, cr.critical,
                     {SCORE_SQL} AS score
              FROM checks c
              JOIN answers a ON a.check_id = c.id
              JOIN criteria cr ON cr.id = a.criterion_id
              LEFT JOIN criterion_choices ch ON ch.id = a.choice_id
              LEFT JOIN best b ON b.criterion_id = a.criterion_id
              WHERE c.engagement_id = ?
              LIMIT -1 OFFSET 0)  -- scored once per answer, not once per use
        GROUP BY subject_id, touchpoint_id
        """,
        (FAIL_BELOW, engagement_id),
    )
    return {(subject, touchpoint): Tally(*rest) for subject, touchpoint, *rest in rows}


def score_of(groups: Iterable[Tally], *, n: int | None = None) -> Score:
    """The score of the answers of some tallies (of different answers), as ``aggregate`` gives
    it. ``n``, the checks behind it, is by default the sum of the tallies' checks: right
    when no check has answers in two of them (tallies of different subjects)."""
    checks = answers = critical = 0
    weighted = weights = 0.0
    for tally in groups:
        checks += tally.checks
        weighted += tally.weighted
        weights += tally.weights
        answers += tally.answers
        critical += tally.critical_failures
    return Score(value=(100 * weighted / weights) if weights else None,
                 n=checks if n is None else n, answers=answers, critical_failures=critical)


def check_scores(answers: Iterable[ScoredAnswer]) -> dict[str, Score]:
    return aggregate(answers, lambda a: a.check_id)  # type: ignore[return-value]


def subject_scores(answers: Iterable[ScoredAnswer]) -> dict[str, Score]:
    return aggregate(answers, lambda a: a.subject_id)  # type: ignore[return-value]


def touchpoint_scores(answers: Iterable[ScoredAnswer]) -> dict[tuple[str, str], Score]:
    """Keyed by (touchpoint id, subject id)."""
    return aggregate(  # type: ignore[return-value]
        answers, lambda a: (a.touchpoint_id, a.subject_id) if a.touchpoint_id else None
    )


def stage_scores(answers: Iterable[ScoredAnswer]) -> dict[tuple[str, str], Score]:
    """Keyed by (stage id, subject id)."""
    return aggregate(  # type: ignore[return-value]
        answers, lambda a: (a.stage_id, a.subject_id) if a.stage_id else None
    )
