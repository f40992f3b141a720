"""Scores for the reports: per company overall, per stage, per touchpoint and per check in one
query, filtered by company and location, and a company's most failed criteria. Part of
``cxdesk.reports.queries`` (which re-exports every name here): import from there."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from cxdesk.reports.query_filters import _filters
from cxdesk.scoring import FAIL_BELOW, SCORE_SQL, Score
from cxdesk.workspace import Workspace

# -- scores ------------------------------------------------------------------------------------
_TALLY = """count(DISTINCT check_key), sum(weight * score),
            sum(CASE WHEN score IS NOT NULL THEN weight END), count(score),
            count(CASE WHEN critical AND score < :fail THEN 1 END)"""


def _score_rows(ws: Workspace, engagement_id: str, subject_ids: Sequence[str] | None,
                location_id: str | None) -> list[tuple]:
    where, params = _filters(subject_ids, location_id)
    named = {f"p{i}": p for i, p in enumerate(params)}
    for i in range(len(params)):
        where = where.replace("?", f":p{i}", 1)
    sql = f"""
    WITH best AS (SELECT criterion_id, max(points) AS points FROM criterion_choices
                  GROUP BY criterion_id),
    scored AS MATERIALIZED (
        SELECT c.id AS check_key, c.subject_id, cr.touchpoint_id,
               coalesce(cr.stage_id, t.stage_id) AS stage_id, cr.weight, cr.critical,
               {SCORE_SQL} AS score
        FROM checks c
        JOIN answers a ON a.check_id = c.id
        JOIN criteria cr ON cr.id = a.criterion_id
        LEFT JOIN touchpoints t ON t.id = cr.touchpoint_id
        LEFT JOIN criterion_choices ch ON ch.id = a.choice_id
        LEFT JOIN best b ON b.criterion_id = a.criterion_id
        WHERE c.engagement_id = :engagement{where})
    SELECT 'subject', subject_id, NULL, {_TALLY} FROM scored GROUP BY subject_id
    UNION ALL
    SELECT 'stage', subject_id, stage_id, {_TALLY} FROM scored
    WHERE stage_id IS NOT NULL GROUP BY stage_id, subject_id
    UNION ALL
    SELECT 'touchpoint', subject_id, touchpoint_id, {_TALLY} FROM scored
    WHERE touchpoint_id IS NOT NULL GROUP BY touchpoint_id, subject_id
    UNION ALL
    SELECT 'check', subject_id, check_key, {_TALLY} FROM scored GROUP BY check_key"""
    return ws.conn.execute(sql, {"engagement": engagement_id, "fail": FAIL_BELOW,
                                 **named}).fetchall()


def _score(checks: int, weighted: float | None, weights: float | None, answers: int,
           critical: int) -> Score:
    return Score(value=(100 * weighted / weights) if weights else None, n=checks,
                 answers=answers, critical_failures=critical)


@dataclass(frozen=True)
class ScoreRow:
    """A stage or a touchpoint with each subject's score (absent: no answers there)."""

    level: str  # 'stage' or 'touchpoint'
    id: str
    name: str
    stage_id: str
    stage: str
    map: str
    scores: dict[str, Score] = field(default_factory=dict)  # by subject id

    def difference(self, own_id: str, competitor_id: str) -> float | None:
        """own − competitor in points, None when either has no value."""
        own, other = self.scores.get(own_id), self.scores.get(competitor_id)
        if own is None or other is None or own.value is None or other.value is None:
            return None
        return own.value - other.value


@dataclass(frozen=True)
class ScoreTable:
    subjects: dict[str, Score]  # by subject id
    stages: list[ScoreRow]  # in journey order
    touchpoints: list[ScoreRow]  # in journey order
    checks: dict[str, Score] = field(default_factory=dict)  # by check id


def score_table(ws: Workspace, engagement_id: str, *, subject_ids: Sequence[str] | None = None,
                location_id: str | None = None) -> ScoreTable:
    """Scores per subject, per stage and per touchpoint (each per subject) and per check, in
    one query."""
    subjects: dict[str, Score] = {}
    checks: dict[str, Score] = {}
    by: dict[str, dict[str, dict[str, Score]]] = {"stage": {}, "touchpoint": {}}
    for level, subject, key, *tally in _score_rows(ws, engagement_id, subject_ids, location_id):
        if level == "subject":
            subjects[subject] = _score(*tally)
        elif level == "check":
            checks[key] = _score(*tally)
        else:
            by[level].setdefault(key, {})[subject] = _score(*tally)
    layout = ws.rows(
        """SELECT st.id AS stage_id, st.name AS stage, m.name AS map, tp.id AS tp_id,
                  tp.name AS tp
           FROM stages st JOIN maps m ON m.id = st.map_id
           LEFT JOIN touchpoints tp ON tp.stage_id = st.id
           WHERE m.engagement_id = ?
           ORDER BY m.position, m.created_at, st.position, st.created_at, tp.position,
                    tp.created_at""", (engagement_id,))
    stages: list[ScoreRow] = []
    touchpoints: list[ScoreRow] = []
    seen: set[str] = set()
    for r in layout:
        if r["stage_id"] not in seen:
            seen.add(r["stage_id"])
            if r["stage_id"] in by["stage"]:
                stages.append(ScoreRow("stage", r["stage_id"], r["stage"], r["stage_id"],
                                       r["stage"], r["map"], by["stage"][r["stage_id"]]))
        if r["tp_id"] and r["tp_id"] in by["touchpoint"]:
            touchpoints.append(ScoreRow("touchpoint", r["tp_id"], r["tp"], r["stage_id"],
                                        r["stage"], r["map"], by["touchpoint"][r["tp_id"]]))
    return ScoreTable(subjects, stages, touchpoints, checks)


def subject_scores(ws: Workspace, engagement_id: str, **filters) -> dict[str, Score]:
    return score_table(ws, engagement_id, **filters).subjects


def stage_scores(ws: Workspace, engagement_id: str, **filters) -> list[ScoreRow]:
    return score_table(ws, engagement_id, **filters).stages


def touchpoint_scores(ws: Workspace, engagement_id: str, **filters) -> list[ScoreRow]:
    return score_table(ws, engagement_id, **filters).touchpoints


@dataclass(frozen=True)
class CriterionFailure:
    criterion_id: str
    criterion: str
    stage: str
    touchpoint: str
    critical: bool
    failed: int  # answers scoring below 0.5
    scored: int  # scored answers

    @property
    def rate(self) -> float:
        return self.failed / self.scored if self.scored else 0.0


def top_failures(ws: Workspace, engagement_id: str, subject_id: str, *, limit: int = 10,
                 location_id: str | None = None) -> list[CriterionFailure]:
    """The criteria a subject fails most often (highest failure rate, then most failures)."""
    where, params = _filters(None, location_id)
    rows = ws.rows(
        f"""WITH best AS (SELECT criterion_id, max(points) AS points FROM criterion_choices
                          GROUP BY criterion_id)
            SELECT cr.id, cr.text, coalesce(st.name, '') AS stage,
                   coalesce(tp.name, '') AS touchpoint, cr.critical,
                   count(CASE WHEN score < {FAIL_BELOW} THEN 1 END) AS failed,
                   count(score) AS scored
            FROM (SELECT a.criterion_id, {SCORE_SQL} AS score
                  FROM checks c JOIN answers a ON a.check_id = c.id
                  JOIN criteria cr ON cr.id = a.criterion_id
                  LEFT JOIN criterion_choices ch ON ch.id = a.choice_id
                  LEFT JOIN best b ON b.criterion_id = a.criterion_id
                  WHERE c.engagement_id = ? AND c.subject_id = ?{where}) x
            JOIN criteria cr ON cr.id = x.criterion_id
            LEFT JOIN touchpoints tp ON tp.id = cr.touchpoint_id
            LEFT JOIN stages st ON st.id = coalesce(cr.stage_id, tp.stage_id)
            GROUP BY cr.id HAVING failed > 0
            ORDER BY 1.0 * failed / scored DESC, failed DESC, cr.critical DESC, cr.text
            LIMIT ?""", (engagement_id, subject_id, *params, limit))
    return [CriterionFailure(r["id"], r["text"], r["stage"], r["touchpoint"],
                             bool(r["critical"]), r["failed"], r["scored"]) for r in rows]


def score_rows_per_check(ws: Workspace, engagement_id: str,
                         subject_ids: Sequence[str] | None = None,
                         location_id: str | None = None) -> dict[str, Score]:
    where, params = _filters(subject_ids, location_id)
    rows = ws.conn.execute(
        f"""WITH best AS (SELECT criterion_id, max(points) AS points FROM criterion_choices
                          GROUP BY criterion_id)
            SELECT check_id, 1, sum(weight * score),
                   sum(CASE WHEN score IS NOT NULL THEN weight END), count(score),
                   count(CASE WHEN critical AND score < {FAIL_BELOW} THEN 1 END)
            FROM (SELECT c.id AS check_id, cr.weight, cr.critical, {SCORE_SQL} AS score
                  FROM checks c JOIN answers a ON a.check_id = c.id
                  JOIN criteria cr ON cr.id = a.criterion_id
                  LEFT JOIN criterion_choices ch ON ch.id = a.choice_id
                  LEFT JOIN best b ON b.criterion_id = a.criterion_id
                  WHERE c.engagement_id = ?{where})
            GROUP BY check_id""", (engagement_id, *params))
    return {check: _score(*rest) for check, *rest in rows}
