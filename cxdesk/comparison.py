"""The own company against each competitor, per stage and per touchpoint of the journey.

``comparison(ws, engagement_id)`` gives, for every stage and touchpoint that any subject has a
score for, the own company's score (value 0…100 and n, the checks behind it) and each
competitor's, with the difference *own − competitor* in points. A difference of at least the
threshold (10 points unless told or stored with ``set_threshold``) either way is called out:
an **advantage** when the own company is ahead, a **disadvantage** when it is behind. A cell
with no score on either side has no difference and calls nothing out.

Scores are those of ``cxdesk.scoring`` (weights, N/A out of the denominator); this module only
arranges them. It is the API the reports use.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from cxdesk.score_tables import all_scores
from cxdesk.scoring import Score
from cxdesk.workspace import Workspace

DEFAULT_THRESHOLD = 10.0
ADVANTAGE = "advantage"
DISADVANTAGE = "disadvantage"


@dataclass(frozen=True)
class Subject:
    id: str
    name: str
    own: bool


@dataclass(frozen=True)
class Versus:
    """One competitor's score in one row, against the own company's."""

    competitor_id: str
    score: Score | None  # None: no answers of the competitor there
    difference: float | None  # own − competitor, in points; None when either has no value
    verdict: str | None  # ADVANTAGE, DISADVANTAGE or None

    @property
    def value(self) -> float | None:
        return self.score.value if self.score else None

    @property
    def n(self) -> int:
        return self.score.n if self.score else 0


@dataclass(frozen=True)
class Row:
    """A stage (``level == 'stage'``) or a touchpoint beneath the stage before it."""

    level: str  # 'stage' or 'touchpoint'
    id: str
    name: str
    stage_id: str
    stage: str
    own: Score | None
    versus: dict[str, Versus]  # by competitor id, in the order of Comparison.competitors

    @property
    def label(self) -> str:
        return self.name if self.level == "stage" else f"{self.stage} › {self.name}"


@dataclass(frozen=True)
class Comparison:
    own: Subject | None
    competitors: list[Subject]
    threshold: float
    rows: list[Row] = field(default_factory=list)

    def advantages(self, competitor_id: str, *, level: str | None = None) -> list[Row]:
        """Rows where the own company is ahead of the competitor by at least the threshold."""
        return self._called(competitor_id, ADVANTAGE, level)

    def disadvantages(self, competitor_id: str, *, level: str | None = None) -> list[Row]:
        """Rows where the own company is behind the competitor by at least the threshold."""
        return self._called(competitor_id, DISADVANTAGE, level)

    def _called(self, competitor_id: str, verdict: str, level: str | None) -> list[Row]:
        rows = [r for r in self.rows if (level is None or r.level == level)
                and r.versus[competitor_id].verdict == verdict]
        # the widest gap first
        return sorted(rows, key=lambda r: -abs(r.versus[competitor_id].difference or 0))


def verdict(difference: float | None, threshold: float) -> str | None:
    """ADVANTAGE, DISADVANTAGE or None for a difference own − competitor."""
    if difference is None or abs(difference) < threshold:
        return None
    return ADVANTAGE if difference > 0 else DISADVANTAGE


def _setting_key(engagement_id: str) -> str:
    return f"comparison.threshold.{engagement_id}"


def stored_threshold(ws: Workspace, engagement_id: str) -> float:
    """The engagement's stored threshold, or the default."""
    raw = ws.scalar("SELECT value FROM settings WHERE key = ?", (_setting_key(engagement_id),))
    try:
        value = float(json.loads(raw)) if raw is not None else DEFAULT_THRESHOLD
    except (TypeError, ValueError):
        return DEFAULT_THRESHOLD
    return value if value >= 0 else DEFAULT_THRESHOLD


def set_threshold(ws: Workspace, engagement_id: str, value: float) -> float:
    """Store the engagement's threshold (points, ≥ 0); returns the previous one (for undo)."""
    if value < 0:
        raise ValueError("the threshold is a number of points, not negative")
    before = stored_threshold(ws, engagement_id)
    with ws.transaction():
        ws.conn.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?)"
            " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (_setting_key(engagement_id), json.dumps(float(value))))
    return before


def comparison(ws: Workspace, engagement_id: str, *,
               threshold: float | None = None) -> Comparison:
    """The own company against each competitor per stage and touchpoint (see the module's
    docstring). ``threshold`` None: the engagement's stored one (10 points by default)."""
    limit = stored_threshold(ws, engagement_id) if threshold is None else threshold
    subjects = [Subject(r["id"], r["name"], bool(r["own"])) for r in ws.rows(
        "SELECT id, name, own FROM subjects WHERE engagement_id = ? ORDER BY own DESC, position,"
        " name", (engagement_id,))]
    own = next((s for s in subjects if s.own), None)
    competitors = [s for s in subjects if not s.own]
    scores = all_scores(ws, engagement_id)
    by_touchpoint, by_stage = scores.touchpoints, scores.stages
    scored_tps = {tp for tp, _ in by_touchpoint}
    scored_stages = {st for st, _ in by_stage}
    layout = ws.rows(
        """SELECT st.id AS stage_id, st.name AS stage, tp.id AS tp_id, tp.name AS tp
           FROM stages st JOIN maps m ON m.id = st.map_id
           LEFT JOIN touchpoints tp ON tp.stage_id = st.id
           WHERE m.engagement_id = ?
           ORDER BY m.position, m.created_at, st.position, st.created_at, tp.position,
                    tp.created_at""", (engagement_id,))

    def row(level: str, ident: str, name: str, stage_id: str, stage: str,
            scores: dict[tuple[str, str], Score]) -> Row:
        own_score = scores.get((ident, own.id)) if own else None
        versus = {}
        for comp in competitors:
            theirs = scores.get((ident, comp.id))
            diff = (own_score.value - theirs.value
                    if own_score and theirs and own_score.value is not None
                    and theirs.value is not None else None)
            versus[comp.id] = Versus(comp.id, theirs, diff, verdict(diff, limit))
        return Row(level, ident, name, stage_id, stage, own_score, versus)

    rows: list[Row] = []
    seen_stages: set[str] = set()
    for r in layout:
        stage_id = r["stage_id"]
        if stage_id not in seen_stages:
            seen_stages.add(stage_id)
            if stage_id in scored_stages:
                rows.append(row("stage", stage_id, r["stage"], stage_id, r["stage"], by_stage))
        if r["tp_id"] and r["tp_id"] in scored_tps:
            rows.append(row("touchpoint", r["tp_id"], r["tp"], stage_id, r["stage"],
                            by_touchpoint))
    return Comparison(own, competitors, limit, rows)
