"""Whole journey maps: a new map from a template (the method's five stages, empty, or B2B with
stakeholder lanes), "duplicate as redesign", removal. Each is one transaction; removal returns
the undo data of :mod:`cxdesk.records`."""

from __future__ import annotations

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.journey import MAP_KINDS, load_map
from cxdesk.records import Removal
from cxdesk.workspace import Workspace, new_id

TEMPLATES = ("default", "empty", "b2b")

# the five default stages of the method (DOMAIN.md §2), in the engagement's language
DEFAULT_STAGES = {
    "ru": ["Осознание потребности", "Поиск и оценка альтернатив", "Покупка",
           "Пользовательский опыт", "Повторные взаимодействия"],
    "en": ["Need awareness", "Search and evaluation of alternatives", "Purchase",
           "Usage experience", "Repeat interactions"],
}
B2B_LANES = {
    "ru": ["Закупки", "Финансы", "Конечные пользователи"],
    "en": ["Procurement", "Finance", "End users"],
}


def create_map(ws: Workspace, engagement_id: str, *, name: str, template: str = "default",
               kind: str = "as_is", segment_id: str | None = None,
               language: str | None = None) -> str:
    """A new map of the engagement, after its other maps; returns its id. ``template``:
    ``default`` (five stages), ``empty``, or ``b2b`` (five stages and lanes for procurement,
    finance and end users). Stage and lane names follow ``language`` (default: the
    engagement's)."""
    name = (name or "").strip()
    if not name:
        raise InvalidValue("a map needs a name")
    if template not in TEMPLATES:
        raise InvalidValue(f"template must be one of {', '.join(TEMPLATES)}, not {template!r}")
    if kind not in MAP_KINDS:
        raise InvalidValue(f"kind must be one of {', '.join(MAP_KINDS)}, not {kind!r}")
    records.get(ws, "engagements", engagement_id, "engagement")
    if language is None:
        language = ws.scalar("SELECT language FROM engagements WHERE id = ?", (engagement_id,))
    language = language if language in DEFAULT_STAGES else "en"
    position = ws.scalar("SELECT coalesce(max(position) + 1, 0) FROM maps WHERE engagement_id = ?",
                         (engagement_id,))
    with ws.transaction():
        map_id = records.insert(ws, "maps", {"engagement_id": engagement_id, "name": name,
                                             "kind": kind, "segment_id": segment_id,
                                             "position": position})
        if template in ("default", "b2b"):
            for i, stage in enumerate(DEFAULT_STAGES[language]):
                records.insert(ws, "stages", {"map_id": map_id, "name": stage, "position": i})
        if template == "b2b":
            for i, lane in enumerate(B2B_LANES[language]):
                records.insert(ws, "lanes", {"map_id": map_id, "name": lane, "position": i})
    return map_id


def duplicate_map(ws: Workspace, map_id: str, *, name: str | None = None,
                  kind: str = "redesign") -> str:
    """A copy of a map (stages, lanes, touchpoints, barriers, flows; new ids) marked as based
    on it, by default as its redesign; returns the copy's id."""
    if kind not in MAP_KINDS:
        raise InvalidValue(f"kind must be one of {', '.join(MAP_KINDS)}, not {kind!r}")
    journey = load_map(ws, map_id)
    position = ws.scalar("SELECT coalesce(max(position) + 1, 0) FROM maps WHERE engagement_id = ?",
                         (journey.engagement_id,))
    ids: dict[str, str] = {}

    def fresh(old: str) -> str:
        ids[old] = new_id()
        return ids[old]

    with ws.transaction():
        copy_id = records.insert(ws, "maps", {
            "engagement_id": journey.engagement_id, "segment_id": journey.segment_id,
            "based_on_id": journey.id, "name": (name or journey.name).strip() or journey.name,
            "kind": kind, "position": position})
        for s in journey.stages:
            records.insert(ws, "stages", {"id": fresh(s.id), "map_id": copy_id, "name": s.name,
                                          "description": s.description, "position": s.position})
        for la in journey.lanes:
            records.insert(ws, "lanes", {"id": fresh(la.id), "map_id": copy_id, "name": la.name,
                                         "position": la.position})
        for t in journey.touchpoints:
            records.insert(ws, "touchpoints", {
                "id": fresh(t.id), "stage_id": ids[t.stage_id],
                "lane_id": ids.get(t.lane_id) if t.lane_id else None, "name": t.name,
                "description": t.description, "channel": t.channel,
                "interaction": t.interaction, "department": t.department,
                "has_standard": int(t.has_standard), "standard_text": t.standard_text,
                "emotion": t.emotion, "position": t.position, "x": t.x, "y": t.y})
        for b in journey.barriers:
            records.insert(ws, "barriers", {"touchpoint_id": ids[b.touchpoint_id],
                                            "description": b.description, "kind": b.kind,
                                            "severity": b.severity})
        for f in journey.flows:
            records.insert(ws, "flows", {"map_id": copy_id, "source_id": ids[f.source_id],
                                         "target_id": ids[f.target_id], "kind": f.kind,
                                         "label": f.label})
    return copy_id


def remove_map(ws: Workspace, map_id: str) -> Removal:
    """Delete a map with everything on it; the Removal restores it."""
    return records.remove(ws, "maps", map_id, "journey map")
