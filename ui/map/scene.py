"""The journey map on a QGraphicsScene: a projection of ``cxdesk.journey_model.JourneyModel``.

Stages are columns left to right; lanes (B2B stakeholders, or one lane of touchpoints) run
across them; cards stack inside their (stage, lane) cell in journey order, so a card always
snaps into a column. Below run the emotion curve and its lane. The scene keeps a private map
from model ids to items and follows the model's events (Orange's canvas scene): it never
changes the model itself. Gestures (``ui/map/interactions.py``) end in *requests* — signals
the map view turns into undo commands.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Signal
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsScene, QGraphicsSceneMouseEvent

from cxdesk.journey import Barrier, Flow, Stage, Touchpoint
from cxdesk.journey_model import JourneyModel
from cxdesk.map_scores import MapScores
from ui.map.items import (
    CARD_GAP,
    CARD_H,
    CARD_W,
    COLUMN_W,
    EMOTION_H,
    GUTTER,
    HEADER_H,
    LANE_TOP_GAP,
    PAD,
    LaneTexts,
    StageColumn,
    TouchpointCard,
)
from ui.map.lanes import EmotionCurve, FlowArrow, FlowLayer, LaneLabel

Place = tuple[str, str | None, str | None]  # stage id, the card to go before (None: end), lane


class JourneyScene(QGraphicsScene):
    """Projects one JourneyModel; ``set_model`` switches models, the events do the rest."""

    add_touchpoint_requested = Signal(str, object, object)  # stage, before id, lane id
    move_requested = Signal(list, str, object, object)  # ids, stage, before id, lane id
    connect_requested = Signal(str, str)  # source, target
    rename_requested = Signal(str, str)  # kind ("touchpoint" | "stage"), id

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.texts = LaneTexts()
        self.count_text: Callable[[int], str] = str
        self.model: JourneyModel | None = None
        self.scores: MapScores | None = None
        self.compare = False
        self.score_caption = ""  # whose scores the cards show, under the first lane's name
        self.interaction = None  # the gesture under way (ui/map/interactions.py)
        self.dragging: set[str] = set()  # cards the layout leaves where the mouse put them
        self._cards: dict[str, TouchpointCard] = {}
        self._arrows: dict[str, FlowArrow] = {}
        self._columns: dict[str, StageColumn] = {}
        self._labels: list[LaneLabel] = []
        self.emotion: EmotionCurve | None = None
        self.flow_layer: FlowLayer | None = None  # draws every arrow at rest in one paint
        self.rows: list[tuple[str | None, float, float]] = []  # lane id, top, height
        self._handler_refs: dict[str, Callable[..., None]] = {}

    # read-only views of the model -> item map
    @property
    def cards(self) -> dict[str, TouchpointCard]:
        return dict(self._cards)

    @property
    def arrows(self) -> dict[str, FlowArrow]:
        return dict(self._arrows)

    @property
    def columns(self) -> dict[str, StageColumn]:
        return dict(self._columns)

    # -- following a model ----------------------------------------------------------------
    def _handlers(self) -> dict[str, Callable[..., None]]:
        return {
            "map_changed": lambda: None, "reset": self.rebuild,
            "stage_added": self._stage_added, "stage_changed": self._stage_changed,
            "stage_removed": self._stage_removed, "stages_reordered": lambda _ids: self.layout(),
            "lane_added": lambda _lane: self.layout(), "lane_changed": lambda _l: self.layout(),
            "lane_removed": lambda _id: self.layout(),
            "touchpoint_added": self._touchpoint_added,
            "touchpoint_changed": self._touchpoint_changed,
            "touchpoint_removed": self._touchpoint_removed,
            "flow_added": self._flow_added, "flow_changed": self._flow_changed,
            "flow_removed": self._flow_removed,
            "barrier_added": self._barrier_changed, "barrier_changed": self._barrier_changed,
            "barrier_removed": lambda _id: self._refresh_cards(),
        }

    def set_model(self, model: JourneyModel | None, texts: LaneTexts | None = None,
                  count_text: Callable[[int], str] | None = None) -> None:
        if texts is not None:
            self.texts = texts
        if count_text is not None:
            self.count_text = count_text
        if self.model is not None:
            for name, handler in self._handler_refs.items():
                getattr(self.model.events, name).disconnect(handler)
        self._handler_refs = self._handlers()  # made once per model, so disconnect finds them
        self.model = model
        if model is not None:
            for name, handler in self._handler_refs.items():
                getattr(model.events, name).connect(handler)
        self.rebuild()

    def rebuild(self) -> None:
        """Throw every item away and project the model afresh."""
        self.interaction = None
        self.dragging = set()
        # take the items out one by one rather than QGraphicsScene.clear(): clear() deletes
        # them in C++ while Python still holds their wrappers, and a later garbage collection
        # then frees them twice (a crash at exit)
        for item in self.items():
            if item.parentItem() is None:
                self.removeItem(item)
        self._cards.clear()
        self._arrows.clear()
        self._columns.clear()
        self._labels = []
        self.emotion = None
        self.flow_layer = None
        model = self.model
        if model is None or not model.journey.stages:
            self.rows = []
            self.setSceneRect(QRectF(0, 0, 10, 10))
            return
        self.flow_layer = FlowLayer()
        self.addItem(self.flow_layer)
        for stage in model.journey.stages:
            self._stage_added(stage, relayout=False)
        for tp in model.journey.touchpoints:
            self._add_card(tp)
        for flow in model.journey.flows:
            self._flow_added(flow, relayout=False)
        self.flow_layer.set_arrows(self._arrows)
        self.emotion = EmotionCurve(QRectF(), [])
        self.addItem(self.emotion)
        self.layout()

    # -- model events ---------------------------------------------------------------------
    def _stage_added(self, stage: Stage, relayout: bool = True) -> None:
        if self.emotion is None and relayout:  # the first stage of an empty map
            self.rebuild()
            return
        column = StageColumn(stage.id)
        self.addItem(column)
        self._columns[stage.id] = column
        if relayout:
            self.layout()

    def _stage_changed(self, stage: Stage) -> None:
        self.layout()

    def _stage_removed(self, stage_id: str) -> None:
        column = self._columns.pop(stage_id, None)
        if column is not None:
            self.removeItem(column)
        if not self._columns:
            self.rebuild()
            return
        self.layout()

    def _add_card(self, tp: Touchpoint) -> TouchpointCard:
        card = TouchpointCard(tp.id, self.texts)
        self.addItem(card)
        self._cards[tp.id] = card
        return card

    def _touchpoint_added(self, tp: Touchpoint) -> None:
        self._add_card(tp)
        self.layout()

    def _touchpoint_changed(self, tp: Touchpoint) -> None:
        self.layout()

    def _touchpoint_removed(self, touchpoint_id: str) -> None:
        for flow_id in [i for i, a in self._arrows.items()
                        if touchpoint_id in (a.source.touchpoint_id, a.target.touchpoint_id)]:
            self.removeItem(self._arrows.pop(flow_id))
            self._flows_changed()
        card = self._cards.pop(touchpoint_id, None)
        if card is not None:
            self.removeItem(card)
        self.layout()

    def _flow_added(self, flow: Flow, relayout: bool = True) -> None:
        source, target = self._cards.get(flow.source_id), self._cards.get(flow.target_id)
        if source is None or target is None:
            return
        arrow = FlowArrow(flow, source, target, self.flow_layer)
        self.addItem(arrow)
        self._arrows[flow.id] = arrow
        if relayout:
            self._flows_changed()

    def _flow_changed(self, flow: Flow) -> None:
        if flow.id in self._arrows:
            self._arrows[flow.id].set_flow(flow)

    def _flow_removed(self, flow_id: str) -> None:
        arrow = self._arrows.pop(flow_id, None)
        if arrow is not None:
            self.removeItem(arrow)
            self._flows_changed()

    def _flows_changed(self) -> None:
        if self.flow_layer is not None:
            self.flow_layer.invalidate()

    def _barrier_changed(self, _barrier: Barrier) -> None:
        self._refresh_cards()

    # -- layout ---------------------------------------------------------------------------
    def row_of(self, tp: Touchpoint) -> str | None:
        ids = [r[0] for r in self.rows]
        return tp.lane_id if tp.lane_id in ids else (ids[0] if ids else None)

    def _refresh_cards(self) -> None:
        """Card contents (names, numbers, barriers, scores, tooltips) from the model."""
        model = self.model
        if model is None:
            return
        barriers: dict[str, list[Barrier]] = {}
        for b in model.journey.barriers:
            barriers.setdefault(b.touchpoint_id, []).append(b)
        for number, tp in enumerate(model.journey.touchpoints, start=1):
            card = self._cards.get(tp.id)
            if card is None:
                continue
            own = barriers.get(tp.id, [])
            card.set_touchpoint(tp, number, len(own), max((b.severity for b in own), default=0))
            card.setToolTip(self._tooltip(tp, own))
            pair = self.scores.of(tp.id) if self.scores is not None else None
            card.set_scores(pair[0] if pair else None, pair[1] if pair else None, self.compare)

    def layout(self) -> None:
        """Place every item from the model's order: stages, lanes, cards, arrows, curve."""
        model = self.model
        if model is None or not model.journey.stages or self.emotion is None:
            return
        journey = model.journey
        row_ids: list[str | None] = [la.id for la in journey.lanes] or [None]
        self.rows = [(r, 0.0, 0.0) for r in row_ids]
        cells: dict[tuple[str, str | None], list[Touchpoint]] = {}
        for tp in journey.touchpoints:
            cells.setdefault((tp.stage_id, self.row_of(tp)), []).append(tp)
        top = HEADER_H + LANE_TOP_GAP
        rows = []
        for r in row_ids:
            deepest = max([len(cells.get((s.id, r), [])) for s in journey.stages] + [1])
            height = deepest * (CARD_H + CARD_GAP) - CARD_GAP + PAD * 2
            rows.append((r, top, height))
            top += height
        self.rows = rows
        emotion_top, bottom = top, top + EMOTION_H
        width = GUTTER + COLUMN_W * len(journey.stages)
        lefts = {s.id: GUTTER + i * COLUMN_W for i, s in enumerate(journey.stages)}
        for i, stage in enumerate(journey.stages):
            column = self._columns[stage.id]
            column.set_stage(stage.name, self.count_text(len(model.touchpoints_of(stage.id))))
            column.place(QRectF(lefts[stage.id], HEADER_H, COLUMN_W, bottom - HEADER_H),
                         QRectF(lefts[stage.id], 0, COLUMN_W, HEADER_H), shaded=i % 2 == 0)
        for (stage_id, r), stack in cells.items():
            row_top = next(t for rid, t, _ in rows if rid == r)
            for j, tp in enumerate(stack):
                card = self._cards.get(tp.id)
                if card is None or tp.id in self.dragging:  # its event is still to come
                    continue
                card.setPos(lefts[stage_id] + (COLUMN_W - CARD_W) / 2,
                                          row_top + PAD + j * (CARD_H + CARD_GAP))
        self._refresh_cards()
        rerouted = [arrow.reroute() for arrow in self._arrows.values()]
        if any(rerouted):
            self._flows_changed()
        # the emotion points, spread across their stage in journey order
        points = []
        for number, tp in enumerate(journey.touchpoints, start=1):
            stack = model.touchpoints_of(tp.stage_id)
            j = stack.index(tp)
            x = lefts[tp.stage_id] + 22 + (j + 0.5) * (COLUMN_W - 44) / len(stack)
            points.append((x, tp.emotion, number, tp.name))
        self.emotion.set_points(QRectF(GUTTER, emotion_top + 22, width - GUTTER, EMOTION_H - 52),
                                points)
        for label in self._labels:
            self.removeItem(label)
        self._labels = []
        names = {la.id: la.name for la in journey.lanes}
        for i, (r, row_top, height) in enumerate(rows):
            caption = self.score_caption if i == 0 and self.scores is not None else ""
            self._labels.append(LaneLabel(names.get(r, self.texts.touchpoints),
                                          QRectF(0, row_top - (LANE_TOP_GAP if i == 0 else 0),
                                                 GUTTER, height), caption, top=i > 0,
                                          span=width))
        self._labels.append(LaneLabel(self.texts.emotion, QRectF(0, emotion_top, GUTTER,
                                                                 EMOTION_H),
                                      "+2 … −2", span=width))
        for label in self._labels:
            self.addItem(label)
        self.setSceneRect(QRectF(0, 0, width, bottom).adjusted(-8, -8, 8, 8))

    # -- scores ---------------------------------------------------------------------------
    def set_scores(self, scores: MapScores | None, compare: bool = False) -> None:
        """Show ``scores`` on the cards (None: none); ``compare`` adds the competitor's."""
        self.scores, self.compare = scores, compare
        self.layout()

    # -- where things are -----------------------------------------------------------------
    def card_at(self, pos: QPointF) -> TouchpointCard | None:
        for item in self.items(pos):
            if isinstance(item, TouchpointCard) and item.touchpoint_id not in self.dragging:
                return item
        return None

    def column_header_at(self, pos: QPointF) -> StageColumn | None:
        item = self.itemAt(pos, QTransform())
        return item if isinstance(item, StageColumn) else None

    def place_at(self, pos: QPointF, exclude: set[str] = frozenset()) -> Place | None:
        """The (stage, card to go before, lane) a card dropped at ``pos`` snaps into."""
        model = self.model
        if model is None or not model.journey.stages or not self.rows:
            return None
        stages = model.journey.stages
        index = int((pos.x() - GUTTER) // COLUMN_W)
        stage = stages[max(0, min(index, len(stages) - 1))]
        row = self.rows[-1][0]
        for r, top, height in self.rows:
            if pos.y() < top + height:
                row = r
                break
        cell = [t for t in model.touchpoints_of(stage.id)
                if self.row_of(t) == row and t.id not in exclude]
        before = next((t.id for t in cell if t.id in self._cards
                       and self._cards[t.id].pos().y() + CARD_H / 2 > pos.y()), None)
        if before is None and cell:  # after the cell's last card, before the next lane's
            order = [t.id for t in model.touchpoints_of(stage.id) if t.id not in exclude]
            after = order.index(cell[-1].id) + 1
            before = order[after] if after < len(order) else None
        return stage.id, before, row

    def selected_ids(self) -> tuple[list[str], list[str], list[str]]:
        """Selected touchpoints (journey order), flows and stages."""
        chosen = set(self.selectedItems())
        order = self.model.journey.touchpoints if self.model else []
        tps = [t.id for t in order if self._cards.get(t.id) in chosen]
        flows = [i for i, a in self._arrows.items() if a in chosen]
        stages = [i for i, c in self._columns.items() if c in chosen]
        return tps, flows, stages

    def select(self, ids: list[str]) -> None:
        """Select these touchpoints, stages or flows only; focus the first card."""
        self.clearSelection()
        items = {**self._cards, **self._columns, **self._arrows}
        for ident in ids:
            if ident in items:
                items[ident].setSelected(True)
        if ids and ids[0] in self._cards:
            self.setFocusItem(self._cards[ids[0]])

    def card_at_number(self, number: int) -> TouchpointCard | None:
        return next((c for c in self._cards.values() if c.number == number), None)

    # -- gestures -------------------------------------------------------------------------
    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        from ui.map.interactions import start_gesture

        if start_gesture(self, event):
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.interaction is not None:
            self.interaction.move(event.scenePos())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self.interaction is not None:
            gesture, self.interaction = self.interaction, None
            gesture.release(event.scenePos())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        pos = event.scenePos()
        card = self.card_at(pos)
        header = self.column_header_at(pos)
        if card is not None:
            self.rename_requested.emit("touchpoint", card.touchpoint_id)
        elif header is not None:
            self.rename_requested.emit("stage", header.stage_id)
        else:
            place = self.place_at(pos)
            if place is not None and pos.y() > HEADER_H:
                self.add_touchpoint_requested.emit(*place)
        event.accept()

    # -- words ----------------------------------------------------------------------------
    def _tooltip(self, tp: Touchpoint, barriers: list[Barrier]) -> str:
        channel = self.texts.online if tp.channel == "online" else self.texts.offline
        who = self.texts.person if tp.interaction == "person" else self.texts.product
        lines = [f"<b>{_esc(tp.name)}</b>", f"{channel} · {who}"]
        if tp.department:
            lines.append(_esc(tp.department))
        if tp.description:
            lines.append(f"<i>{_esc(tp.description)}</i>")
        if barriers:
            lines.append(f"<br><b>{_esc(self.texts.barriers)}</b>")
            lines.extend(f"⚠ {_esc(b.description)}" for b in barriers)
        return "<br>".join(lines)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["JourneyScene", "LaneTexts", "TouchpointCard", "FlowArrow", "FlowLayer",
           "StageColumn", "EmotionCurve", "Place"]
