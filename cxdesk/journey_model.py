"""The editable journey map: a document that announces every change (Orange's scheme model,
napari's evented models), with no Qt.

Every operation writes the workspace at once, in one transaction, then updates the in-memory
``JourneyMap`` and emits its events; views (the canvas) subscribe and follow. Operations that
delete return a :class:`~cxdesk.records.Removal`; :meth:`JourneyModel.restore` puts back the
very same rows (same ids), so undo survives a reopen of the workspace.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field, replace
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue, NotFound
from cxdesk.journey import (
    EMOTION_MAX,
    EMOTION_MIN,
    Barrier,
    Flow,
    JourneyMap,
    Lane,
    Stage,
    Touchpoint,
    load_map,
)
from cxdesk.records import Removal
from cxdesk.workspace import Workspace

CHANNELS = ("online", "offline")
INTERACTIONS = ("person", "product")
FLOW_KINDS = ("sent", "self")
BARRIER_KINDS = ("technical", "staff_action", "staff_inaction", "other")
SEVERITIES = (1, 2, 3)

_TOUCHPOINT_FIELDS = {"stage_id", "lane_id", "name", "description", "channel", "interaction",
                      "department", "has_standard", "standard_text", "emotion", "position",
                      "x", "y"}


class Event:
    """A list of callbacks called in order with the event's arguments."""

    def __init__(self) -> None:
        self._callbacks: list[Callable[..., None]] = []

    def connect(self, callback: Callable[..., None]) -> None:
        self._callbacks.append(callback)

    def disconnect(self, callback: Callable[..., None]) -> None:
        if callback in self._callbacks:
            self._callbacks.remove(callback)

    def emit(self, *args: Any) -> None:
        for callback in list(self._callbacks):
            callback(*args)


@dataclass
class Events:
    """What a JourneyModel announces. ``*_added`` and ``*_changed`` carry the new record,
    ``*_removed`` its id; ``stages_reordered`` the ids in their new order; ``reset`` that the
    whole map was reloaded."""

    map_changed: Event = field(default_factory=Event)
    stage_added: Event = field(default_factory=Event)
    stage_changed: Event = field(default_factory=Event)
    stage_removed: Event = field(default_factory=Event)
    stages_reordered: Event = field(default_factory=Event)
    lane_added: Event = field(default_factory=Event)
    lane_changed: Event = field(default_factory=Event)
    lane_removed: Event = field(default_factory=Event)
    touchpoint_added: Event = field(default_factory=Event)
    touchpoint_changed: Event = field(default_factory=Event)
    touchpoint_removed: Event = field(default_factory=Event)
    flow_added: Event = field(default_factory=Event)
    flow_changed: Event = field(default_factory=Event)
    flow_removed: Event = field(default_factory=Event)
    barrier_added: Event = field(default_factory=Event)
    barrier_changed: Event = field(default_factory=Event)
    barrier_removed: Event = field(default_factory=Event)
    reset: Event = field(default_factory=Event)


def _name(value: str, what: str) -> str:
    value = (value or "").strip()
    if not value:
        raise InvalidValue(f"a {what} needs a name")
    return value


def _choice(value: Any, allowed: tuple, what: str) -> Any:
    if value not in allowed:
        raise InvalidValue(f"{what} must be one of {', '.join(map(str, allowed))}, not {value!r}")
    return value


def _touchpoint(row: Any) -> Touchpoint:
    return Touchpoint(id=row["id"], stage_id=row["stage_id"], name=row["name"],
                      description=row["description"], channel=row["channel"],
                      interaction=row["interaction"], department=row["department"],
                      has_standard=bool(row["has_standard"]), standard_text=row["standard_text"],
                      emotion=row["emotion"], position=row["position"], lane_id=row["lane_id"],
                      x=row["x"], y=row["y"])


@dataclass(frozen=True)
class Clip:
    """Touchpoints copied with their barriers and the flows between them: plain data for a
    clipboard (``as_dict``/``from_dict`` round-trip through JSON)."""

    touchpoints: list[dict[str, Any]]
    barriers: list[dict[str, Any]]
    flows: list[dict[str, Any]]

    def as_dict(self) -> dict[str, Any]:
        return {"format": "cxdesk-map-clip", "version": 1, "touchpoints": self.touchpoints,
                "barriers": self.barriers, "flows": self.flows}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Clip:
        if data.get("format") != "cxdesk-map-clip" or data.get("version") != 1:
            raise InvalidValue("not a journey-map clipboard of this version")
        return cls(list(data["touchpoints"]), list(data["barriers"]), list(data["flows"]))


class JourneyModel:
    """One journey map, loaded from and written to the workspace."""

    def __init__(self, ws: Workspace, map_id: str) -> None:
        self.ws = ws
        self.map_id = map_id
        self.events = Events()
        self.journey: JourneyMap = load_map(ws, map_id)

    # -- reading ------------------------------------------------------------------------------
    @property
    def stages(self) -> list[Stage]:
        return list(self.journey.stages)

    @property
    def lanes(self) -> list[Lane]:
        return list(self.journey.lanes)

    @property
    def touchpoints(self) -> list[Touchpoint]:
        return list(self.journey.touchpoints)

    @property
    def flows(self) -> list[Flow]:
        return list(self.journey.flows)

    @property
    def barriers(self) -> list[Barrier]:
        return list(self.journey.barriers)

    def stage(self, stage_id: str) -> Stage:
        found = next((s for s in self.journey.stages if s.id == stage_id), None)
        if found is None:
            raise NotFound("stage", stage_id)
        return found

    def lane(self, lane_id: str) -> Lane:
        found = next((la for la in self.journey.lanes if la.id == lane_id), None)
        if found is None:
            raise NotFound("lane", lane_id)
        return found

    def touchpoint(self, touchpoint_id: str) -> Touchpoint:
        return self.journey.touchpoint(touchpoint_id)

    def flow(self, flow_id: str) -> Flow:
        found = next((f for f in self.journey.flows if f.id == flow_id), None)
        if found is None:
            raise NotFound("flow", flow_id)
        return found

    def barrier(self, barrier_id: str) -> Barrier:
        found = next((b for b in self.journey.barriers if b.id == barrier_id), None)
        if found is None:
            raise NotFound("barrier", barrier_id)
        return found

    def touchpoints_of(self, stage_id: str) -> list[Touchpoint]:
        return self.journey.touchpoints_of(stage_id)

    def reload(self) -> None:
        """Read the map again (after a change made elsewhere) and announce ``reset``."""
        self.journey = load_map(self.ws, self.map_id)
        self.events.reset.emit()

    # -- the map itself -------------------------------------------------------------------
    def update_map(self, **changes: Any) -> dict[str, Any]:
        """Change the map's name or kind; returns the previous values."""
        if "name" in changes:
            changes["name"] = _name(changes["name"], "map")
        if "kind" in changes:
            _choice(changes["kind"], ("as_is", "redesign", "new"), "kind")
        with self.ws.transaction():
            before = records.update(self.ws, "maps", self.map_id, changes)
        self.journey.name = changes.get("name", self.journey.name)
        self.journey.kind = changes.get("kind", self.journey.kind)
        self.events.map_changed.emit()
        return before

    # -- stages ---------------------------------------------------------------------------
    def _renumber_stages(self, order: list[Stage]) -> None:
        for i, stage in enumerate(order):
            if stage.position != i:
                self.ws.conn.execute("UPDATE stages SET position = ? WHERE id = ?",
                                     (i, stage.id))
        self.journey.stages = [replace(s, position=i) for i, s in enumerate(order)]
        self._sort_touchpoints()

    def add_stage(self, name: str, *, index: int | None = None, description: str = "") -> Stage:
        """A new stage at ``index`` (default: the end)."""
        name = _name(name, "stage")
        order = self.stages
        index = len(order) if index is None else max(0, min(index, len(order)))
        with self.ws.transaction():
            ident = records.insert(self.ws, "stages", {"map_id": self.map_id, "name": name,
                                                       "description": description,
                                                       "position": index})
            stage = Stage(ident, name, description, index)
            order.insert(index, stage)
            self._renumber_stages(order)
        self.events.stage_added.emit(self.stage(ident))
        self.events.stages_reordered.emit([s.id for s in self.journey.stages])
        return self.stage(ident)

    def update_stage(self, stage_id: str, **changes: Any) -> dict[str, Any]:
        """Rename a stage or change its description; returns the previous values."""
        if "name" in changes:
            changes["name"] = _name(changes["name"], "stage")
        self.stage(stage_id)
        with self.ws.transaction():
            before = records.update(self.ws, "stages", stage_id,
                                    {k: v for k, v in changes.items()
                                     if k in ("name", "description")})
        self.journey.stages = [replace(s, **changes) if s.id == stage_id else s
                               for s in self.journey.stages]
        self.events.stage_changed.emit(self.stage(stage_id))
        return before

    def rename_stage(self, stage_id: str, name: str) -> str:
        return self.update_stage(stage_id, name=name)["name"]

    def move_stage(self, stage_id: str, index: int) -> int:
        """Move a stage to ``index`` in the left-to-right order; returns its old index."""
        order = self.stages
        stage = self.stage(stage_id)
        old = order.index(stage)
        order.remove(stage)
        order.insert(max(0, min(index, len(order))), stage)
        with self.ws.transaction():
            self._renumber_stages(order)
        self.events.stages_reordered.emit([s.id for s in self.journey.stages])
        return old

    def remove_stage(self, stage_id: str) -> Removal:
        """Delete a stage with its touchpoints, their barriers and flows."""
        self.stage(stage_id)
        return self._remove("stages", stage_id, "stage")

    # -- lanes (B2B stakeholders) -----------------------------------------------------------
    def add_lane(self, name: str, *, index: int | None = None) -> Lane:
        name = _name(name, "lane")
        order = self.lanes
        index = len(order) if index is None else max(0, min(index, len(order)))
        with self.ws.transaction():
            ident = records.insert(self.ws, "lanes", {"map_id": self.map_id, "name": name,
                                                      "position": index})
            order.insert(index, Lane(ident, name, index))
            for i, lane in enumerate(order):
                if lane.position != i:
                    self.ws.conn.execute("UPDATE lanes SET position = ? WHERE id = ?",
                                         (i, lane.id))
        self.journey.lanes = [replace(la, position=i) for i, la in enumerate(order)]
        self.events.lane_added.emit(self.lane(ident))
        return self.lane(ident)

    def rename_lane(self, lane_id: str, name: str) -> str:
        name = _name(name, "lane")
        self.lane(lane_id)
        with self.ws.transaction():
            before = records.update(self.ws, "lanes", lane_id, {"name": name})
        self.journey.lanes = [replace(la, name=name) if la.id == lane_id else la
                              for la in self.journey.lanes]
        self.events.lane_changed.emit(self.lane(lane_id))
        return before["name"]

    def remove_lane(self, lane_id: str) -> Removal:
        """Delete a lane; its touchpoints stay, in no lane."""
        self.lane(lane_id)
        return self._remove("lanes", lane_id, "lane")

    # -- touchpoints ----------------------------------------------------------------------
    def _sort_touchpoints(self) -> None:
        rank = {s.id: s.position for s in self.journey.stages}
        self.journey.touchpoints.sort(key=lambda t: (rank.get(t.stage_id, 0), t.position, t.name))

    def _check_touchpoint(self, values: dict[str, Any]) -> dict[str, Any]:
        unknown = set(values) - _TOUCHPOINT_FIELDS
        if unknown:
            raise InvalidValue(f"a touchpoint has no field {sorted(unknown)[0]!r}")
        if "name" in values:
            values["name"] = _name(values["name"], "touchpoint")
        if "channel" in values:
            _choice(values["channel"], CHANNELS, "channel")
        if "interaction" in values:
            _choice(values["interaction"], INTERACTIONS, "interaction")
        if values.get("emotion") is not None:
            emotion = int(values["emotion"])
            if not EMOTION_MIN <= emotion <= EMOTION_MAX:
                raise InvalidValue(f"emotion runs from {EMOTION_MIN} to {EMOTION_MAX}, "
                                   f"not {emotion}")
            values["emotion"] = emotion
        if "has_standard" in values:
            values["has_standard"] = bool(values["has_standard"])
        if "stage_id" in values:
            self.stage(values["stage_id"])
        if values.get("lane_id") is not None:
            self.lane(values["lane_id"])
        return values

    def _renumber_stage(self, stage_id: str, order: list[Touchpoint]) -> list[str]:
        """Give ``order`` positions 0…n-1 in ``stage_id``; returns the ids whose row changed."""
        changed = []
        for i, tp in enumerate(order):
            if tp.position != i or tp.stage_id != stage_id:
                self.ws.conn.execute(
                    "UPDATE touchpoints SET position = ?, stage_id = ? WHERE id = ?",
                    (i, stage_id, tp.id))
                changed.append(tp.id)
        new = {tp.id: replace(tp, position=i, stage_id=stage_id) for i, tp in enumerate(order)}
        self.journey.touchpoints = [new.get(t.id, t) for t in self.journey.touchpoints]
        return changed

    def add_touchpoint(self, stage_id: str, name: str, *, index: int | None = None,
                       **values: Any) -> Touchpoint:
        """A new touchpoint in ``stage_id`` at ``index`` among its touchpoints (default: last)."""
        values = self._check_touchpoint({"stage_id": stage_id, "name": name, **values})
        siblings = self.touchpoints_of(stage_id)
        index = len(siblings) if index is None else max(0, min(index, len(siblings)))
        with self.ws.transaction():
            ident = records.insert(self.ws, "touchpoints", {**values, "position": index})
            tp = _touchpoint(self.ws.row("SELECT * FROM touchpoints WHERE id = ?", (ident,)))
            self.journey.touchpoints.append(tp)
            siblings.insert(index, tp)
            moved = self._renumber_stage(stage_id, siblings)
        self._sort_touchpoints()
        self.events.touchpoint_added.emit(self.touchpoint(ident))
        for other in moved:
            if other != ident:
                self.events.touchpoint_changed.emit(self.touchpoint(other))
        return self.touchpoint(ident)

    def update_touchpoint(self, touchpoint_id: str, **changes: Any) -> dict[str, Any]:
        """Change fields of a touchpoint (name, description, channel, interaction, department,
        has_standard, standard_text, emotion, lane_id); returns the previous values."""
        tp = self.touchpoint(touchpoint_id)
        changes = self._check_touchpoint(dict(changes))
        with self.ws.transaction():
            before = records.update(self.ws, "touchpoints", touchpoint_id, changes)
        if "has_standard" in before:
            before["has_standard"] = bool(before["has_standard"])
        self.journey.touchpoints = [replace(tp, **changes) if t.id == touchpoint_id else t
                                    for t in self.journey.touchpoints]
        self._sort_touchpoints()
        self.events.touchpoint_changed.emit(self.touchpoint(touchpoint_id))
        return before

    def set_emotion(self, touchpoint_id: str, emotion: int | None) -> int | None:
        return self.update_touchpoint(touchpoint_id, emotion=emotion)["emotion"]

    def place_of(self, touchpoint_id: str) -> tuple[str, int, str | None]:
        """Where a touchpoint sits: its stage, index in the stage, and lane."""
        tp = self.touchpoint(touchpoint_id)
        return tp.stage_id, self.touchpoints_of(tp.stage_id).index(tp), tp.lane_id

    def move_touchpoint(self, touchpoint_id: str, stage_id: str, index: int,
                        lane_id: str | None | type[Ellipsis] = ...) -> tuple[str, int, str | None]:
        """Move a touchpoint to ``index`` of ``stage_id`` (and into ``lane_id`` when given);
        returns its previous place (see :meth:`place_of`)."""
        before = self.place_of(touchpoint_id)
        self.stage(stage_id)
        if lane_id is not ... and lane_id is not None:
            self.lane(lane_id)
        tp = self.touchpoint(touchpoint_id)
        old_siblings = [t for t in self.touchpoints_of(tp.stage_id) if t.id != touchpoint_id]
        siblings = [t for t in self.touchpoints_of(stage_id) if t.id != touchpoint_id]
        siblings.insert(max(0, min(index, len(siblings))), tp)
        with self.ws.transaction():
            changed = set(self._renumber_stage(stage_id, siblings))
            if tp.stage_id != stage_id:
                changed |= set(self._renumber_stage(tp.stage_id, old_siblings))
            if lane_id is not ... and lane_id != tp.lane_id:
                self.ws.conn.execute("UPDATE touchpoints SET lane_id = ? WHERE id = ?",
                                     (lane_id, touchpoint_id))
                self.journey.touchpoints = [replace(t, lane_id=lane_id)
                                            if t.id == touchpoint_id else t
                                            for t in self.journey.touchpoints]
                changed.add(touchpoint_id)
        self._sort_touchpoints()
        for ident in [t.id for t in self.journey.touchpoints if t.id in changed]:
            self.events.touchpoint_changed.emit(self.touchpoint(ident))
        return before

    def move_touchpoints(self, touchpoint_ids: list[str], stage_id: str, before_id: str | None,
                         lane_id: str | None | type[Ellipsis] = ...
                         ) -> list[tuple[str, tuple[str, int, str | None]]]:
        """Move several touchpoints, in the given order, into ``stage_id`` just before
        ``before_id`` (a touchpoint that stays there; None: at the end). Returns each one's
        previous place, in the order moved: undo moves them back in reverse order."""
        befores = []
        previous: str | None = None
        for ident in touchpoint_ids:
            order = [t.id for t in self.touchpoints_of(stage_id) if t.id != ident]
            if previous is not None:
                index = order.index(previous) + 1
            elif before_id is not None and before_id in order:
                index = order.index(before_id)
            else:
                index = len(order)
            befores.append((ident, self.move_touchpoint(ident, stage_id, index, lane_id)))
            previous = ident
        return befores

    def remove_touchpoint(self, touchpoint_id: str) -> Removal:
        """Delete a touchpoint with its barriers and the flows to and from it."""
        self.touchpoint(touchpoint_id)
        return self._remove("touchpoints", touchpoint_id, "touchpoint")

    # -- flows ----------------------------------------------------------------------------
    def add_flow(self, source_id: str, target_id: str, *, kind: str = "sent",
                 label: str = "") -> Flow:
        """The client goes from ``source_id`` to ``target_id``: sent on, or by themselves."""
        self.touchpoint(source_id)
        self.touchpoint(target_id)
        _choice(kind, FLOW_KINDS, "flow kind")
        if source_id == target_id:
            raise InvalidValue("a flow leads from one touchpoint to another, not to itself")
        if any(f.source_id == source_id and f.target_id == target_id
               for f in self.journey.flows):
            raise InvalidValue("these touchpoints are already connected")
        with self.ws.transaction():
            ident = records.insert(self.ws, "flows", {"map_id": self.map_id,
                                                      "source_id": source_id,
                                                      "target_id": target_id, "kind": kind,
                                                      "label": label})
        flow = Flow(ident, source_id, target_id, kind, label)
        self.journey.flows.append(flow)
        self.events.flow_added.emit(flow)
        return flow

    def update_flow(self, flow_id: str, **changes: Any) -> dict[str, Any]:
        self.flow(flow_id)
        changes = {k: v for k, v in changes.items() if k in ("kind", "label")}
        if "kind" in changes:
            _choice(changes["kind"], FLOW_KINDS, "flow kind")
        with self.ws.transaction():
            before = records.update(self.ws, "flows", flow_id, changes)
        self.journey.flows = [replace(f, **changes) if f.id == flow_id else f
                              for f in self.journey.flows]
        self.events.flow_changed.emit(self.flow(flow_id))
        return before

    def remove_flow(self, flow_id: str) -> Removal:
        self.flow(flow_id)
        return self._remove("flows", flow_id, "flow")

    # -- barriers -------------------------------------------------------------------------
    def _check_barrier(self, values: dict[str, Any]) -> dict[str, Any]:
        if "description" in values:
            values["description"] = _name(values["description"], "barrier")
        if "kind" in values:
            _choice(values["kind"], BARRIER_KINDS, "barrier type")
        if "severity" in values:
            values["severity"] = _choice(int(values["severity"]), SEVERITIES, "severity")
        return values

    def add_barrier(self, touchpoint_id: str, description: str, *, kind: str = "other",
                    severity: int = 2) -> Barrier:
        """A reason the client may be lost at this touchpoint."""
        self.touchpoint(touchpoint_id)
        values = self._check_barrier({"description": description, "kind": kind,
                                      "severity": severity})
        with self.ws.transaction():
            ident = records.insert(self.ws, "barriers",
                                   {"touchpoint_id": touchpoint_id, **values})
        barrier = Barrier(ident, touchpoint_id, values["description"], kind, values["severity"])
        self.journey.barriers.append(barrier)
        self.events.barrier_added.emit(barrier)
        return barrier

    def update_barrier(self, barrier_id: str, **changes: Any) -> dict[str, Any]:
        self.barrier(barrier_id)
        changes = self._check_barrier({k: v for k, v in changes.items()
                                       if k in ("description", "kind", "severity")})
        with self.ws.transaction():
            before = records.update(self.ws, "barriers", barrier_id, changes)
        self.journey.barriers = [replace(b, **changes) if b.id == barrier_id else b
                                 for b in self.journey.barriers]
        self.events.barrier_changed.emit(self.barrier(barrier_id))
        return before

    def remove_barrier(self, barrier_id: str) -> Removal:
        self.barrier(barrier_id)
        return self._remove("barriers", barrier_id, "barrier")

    # -- copy and paste -------------------------------------------------------------------
    def copy(self, touchpoint_ids: list[str]) -> Clip:
        """The touchpoints (in journey order), their barriers and the flows among them."""
        chosen = set(touchpoint_ids)
        tps = [t for t in self.journey.touchpoints if t.id in chosen]
        return Clip([asdict(t) for t in tps],
                    [asdict(b) for b in self.journey.barriers if b.touchpoint_id in chosen],
                    [asdict(f) for f in self.journey.flows
                     if f.source_id in chosen and f.target_id in chosen])

    def paste(self, clip: Clip, *, stage_id: str | None = None) -> list[str]:
        """Copies of the clip's touchpoints (new ids), each after its original in its stage,
        or at the end of ``stage_id`` when given (or when the original stage is gone).
        Returns the new touchpoints' ids."""
        if not self.journey.stages:
            raise InvalidValue("add a stage before pasting touchpoints")
        stage_ids = {s.id for s in self.journey.stages}
        lane_ids = {la.id for la in self.journey.lanes}
        fallback = stage_id or self.journey.stages[-1].id
        new_ids: dict[str, str] = {}
        with self.ws.transaction():
            for data in clip.touchpoints:
                target = stage_id or (data["stage_id"] if data["stage_id"] in stage_ids
                                      else fallback)
                index = None
                if stage_id is None and data["id"] in {t.id for t in self.journey.touchpoints}:
                    index = self.place_of(data["id"])[1] + 1
                values = {k: v for k, v in data.items()
                          if k in _TOUCHPOINT_FIELDS - {"stage_id", "position", "name"}}
                if values.get("lane_id") not in lane_ids:
                    values["lane_id"] = None
                tp = self.add_touchpoint(target, data["name"], index=index, **values)
                new_ids[data["id"]] = tp.id
            for data in clip.barriers:
                if data["touchpoint_id"] in new_ids:
                    self.add_barrier(new_ids[data["touchpoint_id"]], data["description"],
                                     kind=data["kind"], severity=data["severity"])
            for data in clip.flows:
                if data["source_id"] in new_ids and data["target_id"] in new_ids:
                    self.add_flow(new_ids[data["source_id"]], new_ids[data["target_id"]],
                                  kind=data["kind"], label=data["label"])
        return list(new_ids.values())

    # -- removal and its undo -------------------------------------------------------------
    def _remove(self, table: str, ident: str, kind: str) -> Removal:
        removal = records.remove(self.ws, table, ident, kind)
        self._forget(removal)
        return removal

    def remove(self, kind: str, ident: str) -> Removal:
        """Remove a stage, lane, touchpoint, flow or barrier by kind name."""
        return {"stage": self.remove_stage, "lane": self.remove_lane,
                "touchpoint": self.remove_touchpoint, "flow": self.remove_flow,
                "barrier": self.remove_barrier}[kind](ident)

    def _forget(self, removal: Removal) -> None:
        gone = {(t, r["id"]) for t, r in removal.rows}
        j = self.journey
        flows = [f.id for f in j.flows if ("flows", f.id) in gone]
        barriers = [b.id for b in j.barriers if ("barriers", b.id) in gone]
        tps = [t.id for t in j.touchpoints if ("touchpoints", t.id) in gone]
        stages = [s.id for s in j.stages if ("stages", s.id) in gone]
        lanes = [la.id for la in j.lanes if ("lanes", la.id) in gone]
        j.flows = [f for f in j.flows if f.id not in set(flows)]
        j.barriers = [b for b in j.barriers if b.id not in set(barriers)]
        j.touchpoints = [t for t in j.touchpoints if t.id not in set(tps)]
        j.stages = [s for s in j.stages if s.id not in set(stages)]
        j.lanes = [la for la in j.lanes if la.id not in set(lanes)]
        relaned = [n[1] for n in removal.nulled if n[0] == "touchpoints" and n[2] == "lane_id"]
        j.touchpoints = [replace(t, lane_id=None) if t.id in relaned else t
                         for t in j.touchpoints]
        for ident in flows:
            self.events.flow_removed.emit(ident)
        for ident in barriers:
            self.events.barrier_removed.emit(ident)
        for ident in tps:
            self.events.touchpoint_removed.emit(ident)
        for ident in stages:
            self.events.stage_removed.emit(ident)
        for ident in lanes:
            self.events.lane_removed.emit(ident)
        for ident in relaned:
            if any(t.id == ident for t in j.touchpoints):
                self.events.touchpoint_changed.emit(self.touchpoint(ident))

    def restore(self, removal: Removal) -> None:
        """Undo a removal: the same rows with the same ids, announced as added again."""
        records.restore(self.ws, removal)
        j = self.journey
        by_table: dict[str, list[dict[str, Any]]] = {}
        for table, row in removal.rows:
            by_table.setdefault(table, []).append(row)
        for row in by_table.get("stages", []):
            j.stages.append(Stage(row["id"], row["name"], row["description"], row["position"]))
        j.stages.sort(key=lambda s: (s.position, s.name))
        for row in by_table.get("lanes", []):
            j.lanes.append(Lane(row["id"], row["name"], row["position"]))
        j.lanes.sort(key=lambda la: (la.position, la.name))
        for row in by_table.get("touchpoints", []):
            j.touchpoints.append(_touchpoint(row))
        self._sort_touchpoints()
        for row in by_table.get("barriers", []):
            j.barriers.append(Barrier(row["id"], row["touchpoint_id"], row["description"],
                                      row["kind"], row["severity"]))
        for row in by_table.get("flows", []):
            j.flows.append(Flow(row["id"], row["source_id"], row["target_id"], row["kind"],
                                row["label"]))
        relaned = {n[1]: n[3] for n in removal.nulled
                   if n[0] == "touchpoints" and n[2] == "lane_id"}
        j.touchpoints = [replace(t, lane_id=relaned[t.id]) if t.id in relaned else t
                         for t in j.touchpoints]
        events = self.events
        for row in by_table.get("stages", []):
            events.stage_added.emit(self.stage(row["id"]))
        if "stages" in by_table:
            events.stages_reordered.emit([s.id for s in j.stages])
        for row in by_table.get("lanes", []):
            events.lane_added.emit(self.lane(row["id"]))
        for row in by_table.get("touchpoints", []):
            events.touchpoint_added.emit(self.touchpoint(row["id"]))
        for row in by_table.get("barriers", []):
            events.barrier_added.emit(self.barrier(row["id"]))
        for row in by_table.get("flows", []):
            events.flow_added.emit(self.flow(row["id"]))
        for ident in relaned:
            if any(t.id == ident for t in j.touchpoints):
                events.touchpoint_changed.emit(self.touchpoint(ident))
