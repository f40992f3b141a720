"""The live map: what each touchpoint card shows once checks exist — the score of a chosen
subject (and, in compare mode, of a competitor) and the checks done against required."""

from __future__ import annotations

from dataclasses import dataclass

from cxdesk.coverage import coverage
from cxdesk.scoring import Score, load_answers, touchpoint_scores
from cxdesk.workspace import Workspace


@dataclass(frozen=True)
class CardScore:
    """One subject at one touchpoint."""

    score: Score | None  # None: no scored answer yet
    done: int  # checks of the subject that answered a criterion of the touchpoint
    required: int  # 0 when no criterion of a current checklist checks the touchpoint


@dataclass(frozen=True)
class MapScores:
    """Per touchpoint: the chosen subject's CardScore and the competitor's (compare mode)."""

    subject_id: str | None
    rival_id: str | None
    cards: dict[str, tuple[CardScore, CardScore | None]]

    def of(self, touchpoint_id: str) -> tuple[CardScore, CardScore | None] | None:
        return self.cards.get(touchpoint_id)

    @property
    def empty(self) -> bool:
        """True when there is nothing to show: no criterion checks any touchpoint."""
        return not self.cards


def map_scores(ws: Workspace, engagement_id: str, subject_id: str | None,
               rival_id: str | None = None) -> MapScores:
    """Scores and coverage of ``subject_id`` (and ``rival_id``) at every touchpoint that a
    current checklist checks. Empty when there are no checklists: nothing is made up."""
    if subject_id is None:
        return MapScores(None, None, {})
    wanted = [s for s in (subject_id, rival_id) if s]
    scores = touchpoint_scores(load_answers(ws, engagement_id))
    cells = coverage(ws, engagement_id, subject_ids=wanted).cells
    done = {(c.touchpoint_id, c.subject_id): (c.done, c.required) for c in cells}
    touchpoints = {c.touchpoint_id for c in cells} | {t for t, _ in scores}
    cards: dict[str, tuple[CardScore, CardScore | None]] = {}

    def card(tp: str, subject: str) -> CardScore:
        d, r = done.get((tp, subject), (0, 0))
        return CardScore(scores.get((tp, subject)), d, r)

    for tp in touchpoints:
        cards[tp] = (card(tp, subject_id), card(tp, rival_id) if rival_id else None)
    return MapScores(subject_id, rival_id, cards)
