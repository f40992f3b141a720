"""Every score of an engagement at once — per check, per touchpoint and stage (each per
subject) and per subject — computed by SQLite in one pass over the answers.

The numbers are those of ``cxdesk.scoring`` (the same rules: ``SCORE_SQL`` is ``answer_score``
in SQL; a group's value is the weighted mean × 100, n the checks behind it, N/A and unscored
answers out of the denominator but their checks counted); only faster than loading every answer
into Python, for screens and reports that need all of them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cxdesk.scoring import FAIL_BELOW, SCORE_SQL, Score
from cxdesk.workspace import Workspace


@dataclass(frozen=True)
class Scores:
    checks: dict[str, Score] = field(default_factory=dict)
    touchpoints: dict[tuple[str, str], Score] = field(default_factory=dict)  # (tp, subject)
    stages: dict[tuple[str, str], Score] = field(default_factory=dict)  # (stage, subject)
    subjects: dict[str, Score] = field(default_factory=dict)


_TALLY = """count(DISTINCT check_key), sum(weight * score),
            sum(CASE WHEN score IS NOT NULL THEN weight END), count(score),
            count(CASE WHEN critical AND score < :fail THEN 1 END)"""

# Grouped by rowids (integers sort much faster than UUID texts), mapped back to ids after.
_SQL = f"""
    WITH best AS (SELECT criterion_id, max(points) AS points FROM criterion_choices
                  GROUP BY criterion_id),
    scored AS MATERIALIZED (
        SELECT c.rowid AS check_key, s.rowid AS subject_key, t.rowid AS touchpoint_key,
               coalesce(cs.rowid, ts.rowid) AS stage_key, cr.weight, cr.critical,
               {SCORE_SQL} AS score
        FROM checks c
        JOIN subjects s ON s.id = c.subject_id
        JOIN answers a ON a.check_id = c.id
        JOIN criteria cr ON cr.id = a.criterion_id
        LEFT JOIN touchpoints t ON t.id = cr.touchpoint_id
        LEFT JOIN stages cs ON cs.id = cr.stage_id
        LEFT JOIN stages ts ON ts.id = t.stage_id
        LEFT JOIN criterion_choices ch ON ch.id = a.choice_id
        LEFT JOIN best b ON b.criterion_id = a.criterion_id
        WHERE c.engagement_id = :engagement)
    SELECT 0, check_key, NULL, {_TALLY} FROM scored GROUP BY check_key
    UNION ALL
    SELECT 1, touchpoint_key, subject_key, {_TALLY} FROM scored
    WHERE touchpoint_key IS NOT NULL GROUP BY touchpoint_key, subject_key
    UNION ALL
    SELECT 2, stage_key, subject_key, {_TALLY} FROM scored
    WHERE stage_key IS NOT NULL GROUP BY stage_key, subject_key
    UNION ALL
    SELECT 3, subject_key, NULL, {_TALLY} FROM scored GROUP BY subject_key"""

_IDS = {0: "checks", 1: "touchpoints", 2: "stages", 3: "subjects"}


def all_scores(ws: Workspace, engagement_id: str) -> Scores:
    """The engagement's scores per check, (touchpoint, subject), (stage, subject), subject."""
    rows = ws.conn.execute(_SQL, {"engagement": engagement_id, "fail": FAIL_BELOW}).fetchall()
    keys: dict[int, set[int]] = {0: set(), 1: set(), 2: set(), 3: set()}
    for level, key, subject, *_ in rows:
        keys[level].add(key)
        if subject is not None:
            keys[3].add(subject)
    ids: dict[int, dict[int, str]] = {}
    for level, table in _IDS.items():
        wanted = sorted(keys[level])
        ids[level] = dict(ws.conn.execute(
            f"SELECT rowid, id FROM {table} WHERE rowid IN ({','.join(map(str, wanted))})"
        ).fetchall()) if wanted else {}
    scores = Scores()
    into = (scores.checks, scores.touchpoints, scores.stages, scores.subjects)
    subjects = ids[3]
    for level, key, subject, checks, weighted, weights, answers, critical in rows:
        score = Score(value=(100 * weighted / weights) if weights else None, n=checks,
                      answers=answers, critical_failures=critical)
        ident = ids[level][key]
        into[level][(ident, subjects[subject]) if subject is not None else ident] = score
    return scores
