"""Customer journey maps, read as plain records: stages left to right, touchpoints inside them,
the flows between touchpoints and the barriers at each.

This is the document the map canvas projects. It is read-only for now; the records are plain
dataclasses (no presentation data) so that an evented, editable model can grow from them.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from cxdesk.engagements import Subject, list_subjects
from cxdesk.errors import NotFound
from cxdesk.scoring import Score, load_answers, touchpoint_scores
from cxdesk.workspace import Workspace

MAP_KINDS = ("as_is", "redesign", "new")
EMOTION_MIN, EMOTION_MAX = -2, 2


@dataclass(frozen=True)
class MapSummary:
    """One line of the engagement's list of maps."""

    id: str
    name: str
    kind: str  # as_is | redesign | new
    segment_id: str | None
    segment: str  # the segment's name, "" when the map has none
    stages: int
    touchpoints: int
    position: int = 0


@dataclass(frozen=True)
class Stage:
    id: str
    name: str
    description: str = ""
    position: int = 0


@dataclass(frozen=True)
class Lane:
    id: str
    name: str
    position: int = 0


@dataclass(frozen=True)
class Touchpoint:
    id: str
    stage_id: str
    name: str
    description: str = ""
    channel: str = "offline"  # online | offline
    interaction: str = "person"  # person | product
    department: str = ""
    has_standard: bool = False
    standard_text: str = ""
    emotion: int | None = None  # −2…+2
    position: int = 0
    lane_id: str | None = None
    x: float | None = None
    y: float | None = None


@dataclass(frozen=True)
class Flow:
    id: str
    source_id: str
    target_id: str
    kind: str = "sent"  # sent (the client is sent on) | self (goes by themselves)
    label: str = ""


@dataclass(frozen=True)
class Barrier:
    id: str
    touchpoint_id: str
    description: str
    kind: str = "other"  # technical | staff_action | staff_inaction | other
    severity: int = 2  # 1…3


@dataclass
class JourneyMap:
    """A map with its parts. Stages are in position order; touchpoints in journey order
    (stage position, then their own position)."""

    id: str
    engagement_id: str
    name: str
    kind: str
    segment_id: str | None = None
    segment: str = ""
    based_on_id: str | None = None
    stages: list[Stage] = field(default_factory=list)
    lanes: list[Lane] = field(default_factory=list)
    touchpoints: list[Touchpoint] = field(default_factory=list)
    flows: list[Flow] = field(default_factory=list)
    barriers: list[Barrier] = field(default_factory=list)

    def touchpoints_of(self, stage_id: str) -> list[Touchpoint]:
        return [t for t in self.touchpoints if t.stage_id == stage_id]

    def barriers_of(self, touchpoint_id: str) -> list[Barrier]:
        return [b for b in self.barriers if b.touchpoint_id == touchpoint_id]

    def touchpoint(self, touchpoint_id: str) -> Touchpoint:
        for t in self.touchpoints:
            if t.id == touchpoint_id:
                return t
        raise NotFound("touchpoint", touchpoint_id)


def list_maps(ws: Workspace, engagement_id: str) -> list[MapSummary]:
    rows = ws.rows(
        """SELECT m.id, m.name, m.kind, m.segment_id, coalesce(s.name, '') AS segment,
                  m.position,
                  (SELECT count(*) FROM stages st WHERE st.map_id = m.id) AS stages,
                  (SELECT count(*) FROM touchpoints t JOIN stages st ON st.id = t.stage_id
                   WHERE st.map_id = m.id) AS touchpoints
           FROM maps m LEFT JOIN segments s ON s.id = m.segment_id
           WHERE m.engagement_id = ? ORDER BY m.position, m.name""",
        (engagement_id,),
    )
    return [MapSummary(id=r["id"], name=r["name"], kind=r["kind"], segment_id=r["segment_id"],
                       segment=r["segment"], stages=r["stages"], touchpoints=r["touchpoints"],
                       position=r["position"]) for r in rows]


def load_map(ws: Workspace, map_id: str) -> JourneyMap:
    head = ws.row(
        """SELECT m.*, coalesce(s.name, '') AS segment FROM maps m
           LEFT JOIN segments s ON s.id = m.segment_id WHERE m.id = ?""",
        (map_id,),
    )
    if head is None:
        raise NotFound("journey map", map_id)
    journey = JourneyMap(id=head["id"], engagement_id=head["engagement_id"], name=head["name"],
                         kind=head["kind"], segment_id=head["segment_id"],
                         segment=head["segment"], based_on_id=head["based_on_id"])
    journey.stages = [
        Stage(r["id"], r["name"], r["description"], r["position"])
        for r in ws.rows("SELECT * FROM stages WHERE map_id = ? ORDER BY position, name",
                         (map_id,))
    ]
    journey.lanes = [
        Lane(r["id"], r["name"], r["position"])
        for r in ws.rows("SELECT * FROM lanes WHERE map_id = ? ORDER BY position, name",
                         (map_id,))
    ]
    journey.touchpoints = [
        Touchpoint(id=r["id"], stage_id=r["stage_id"], name=r["name"],
                   description=r["description"], channel=r["channel"],
                   interaction=r["interaction"], department=r["department"],
                   has_standard=bool(r["has_standard"]), standard_text=r["standard_text"],
                   emotion=r["emotion"], position=r["position"], lane_id=r["lane_id"],
                   x=r["x"], y=r["y"])
        for r in ws.rows(
            """SELECT t.* FROM touchpoints t JOIN stages s ON s.id = t.stage_id
               WHERE s.map_id = ? ORDER BY s.position, t.position, t.name""",
            (map_id,),
        )
    ]
    journey.flows = [
        Flow(r["id"], r["source_id"], r["target_id"], r["kind"], r["label"])
        for r in ws.rows("SELECT * FROM flows WHERE map_id = ? ORDER BY created_at, id",
                         (map_id,))
    ]
    journey.barriers = [
        Barrier(r["id"], r["touchpoint_id"], r["description"], r["kind"], r["severity"])
        for r in ws.rows(
            """SELECT b.* FROM barriers b JOIN touchpoints t ON t.id = b.touchpoint_id
               JOIN stages s ON s.id = t.stage_id
               WHERE s.map_id = ? ORDER BY b.severity DESC, b.created_at""",
            (map_id,),
        )
    ]
    return journey


@dataclass(frozen=True)
class ScoreComparison:
    """Touchpoint scores of the own company and of the first competitor, side by side."""

    own: Subject | None
    rival: Subject | None
    scores: dict[tuple[str, str], Score]  # (touchpoint id, subject id) -> score

    def pair(self, touchpoint_id: str) -> tuple[Score | None, Score | None]:
        own = self.scores.get((touchpoint_id, self.own.id)) if self.own else None
        rival = self.scores.get((touchpoint_id, self.rival.id)) if self.rival else None
        return own, rival

    @property
    def empty(self) -> bool:
        return not self.scores


def score_comparison(ws: Workspace, engagement_id: str) -> ScoreComparison:
    """The own company (or the first subject when none is marked own) against the first
    competitor, with every touchpoint score of the engagement."""
    subjects = list_subjects(ws, engagement_id)
    own = next((s for s in subjects if s.own), None)
    others = [s for s in subjects if s is not own]
    if own is None and others:
        own, others = others[0], others[1:]
    rival = others[0] if others else None
    return ScoreComparison(own, rival, touchpoint_scores(load_answers(ws, engagement_id)))


@dataclass(frozen=True)
class TouchpointPlace:
    """Where a touchpoint sits: its map and stage, for grouping it in tables."""

    touchpoint_id: str
    name: str
    position: int
    stage_id: str
    stage: str
    stage_position: int
    map_id: str
    map_name: str
    map_position: int

    @property
    def order(self) -> tuple[int, str, int, int, str]:
        return (self.map_position, self.map_id, self.stage_position, self.position, self.name)


def touchpoint_places(ws: Workspace, engagement_id: str) -> dict[str, TouchpointPlace]:
    """Every touchpoint of the engagement's maps with its stage and map."""
    rows = ws.rows(
        """SELECT t.id, t.name, t.position, s.id AS stage_id, s.name AS stage,
                  s.position AS stage_position, m.id AS map_id, m.name AS map_name,
                  m.position AS map_position
           FROM touchpoints t JOIN stages s ON s.id = t.stage_id JOIN maps m ON m.id = s.map_id
           WHERE m.engagement_id = ?""",
        (engagement_id,),
    )
    return {r["id"]: TouchpointPlace(r["id"], r["name"], r["position"], r["stage_id"],
                                     r["stage"], r["stage_position"], r["map_id"],
                                     r["map_name"], r["map_position"]) for r in rows}
