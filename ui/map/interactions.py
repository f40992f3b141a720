"""Mouse gestures on the journey-map scene, one class each (Orange's document/interactions.py).
A gesture moves only display items while it lasts and ends in a request signal of the scene;
the map view turns that into an undo command, and the model's events put the items right.

Rubber-band selection and panning belong to the view (``ui/map/view.py``).
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QPainterPath, QPalette, QPen
from PySide6.QtWidgets import QGraphicsPathItem, QGraphicsSceneMouseEvent

from ui.map.items import CARD_H, TouchpointCard


class DragCards:
    """Drag the selected cards; on release they snap into the stage column (and lane) under
    the mouse, as one move of all of them (one undo step)."""

    THRESHOLD = 4.0

    def __init__(self, scene, start: QPointF) -> None:  # noqa: ANN001 - JourneyScene
        self.scene = scene
        self.start = start
        self.active = False
        self.cards: list[TouchpointCard] = []
        self.origins: dict[str, QPointF] = {}

    def move(self, pos: QPointF) -> None:
        delta = pos - self.start
        if not self.active:
            if abs(delta.x()) + abs(delta.y()) < self.THRESHOLD:
                return
            ids = self.scene.selected_ids()[0]
            self.cards = [self.scene.cards[i] for i in ids]
            if not self.cards:
                return
            self.active = True
            self.origins = {c.touchpoint_id: c.pos() for c in self.cards}
            self.scene.dragging = set(self.origins)
            for card in self.cards:
                card.setZValue(50)
                card.setCursor(Qt.CursorShape.ClosedHandCursor)
        for card in self.cards:
            card.setPos(self.origins[card.touchpoint_id] + delta)

    def release(self, pos: QPointF) -> None:
        if not self.active:
            return
        ids = [c.touchpoint_id for c in self.cards]
        # where the first dragged card's middle is, not where the mouse grabbed it
        first = self.cards[0]
        anchor = QPointF(pos.x(), first.pos().y() + CARD_H / 2)
        place = self.scene.place_at(anchor, exclude=set(ids))
        self.scene.dragging = set()
        for card in self.cards:
            card.setZValue(10)
            card.setCursor(Qt.CursorShape.OpenHandCursor)
        if place is not None:
            self.scene.move_requested.emit(ids, *place)
        self.scene.layout()  # snap into place (or back, when nothing moved)


class ConnectFlow:
    """Drag from a card's handle to another card: the client goes from the first to the
    second. A dashed line follows the mouse meanwhile."""

    def __init__(self, scene, source: TouchpointCard) -> None:  # noqa: ANN001
        self.scene = scene
        self.source = source
        self.line = QGraphicsPathItem()
        pen = QPen(scene.palette().color(QPalette.ColorRole.Highlight), 2,
                   Qt.PenStyle.DashLine)
        self.line.setPen(pen)
        self.line.setZValue(100)
        scene.addItem(self.line)
        self.target: TouchpointCard | None = None

    def move(self, pos: QPointF) -> None:
        start = self.source.anchor("right")
        path = QPainterPath(start)
        path.cubicTo(start + QPointF(40, 0), pos - QPointF(40, 0), pos)
        self.line.setPath(path)
        target = self.scene.card_at(pos)
        target = target if target is not self.source else None
        if target is not self.target:
            if self.target is not None:
                self.target.setSelected(False)
            self.target = target
            if target is not None:
                target.setSelected(True)

    def release(self, pos: QPointF) -> None:
        self.scene.removeItem(self.line)
        target = self.scene.card_at(pos)
        if target is not None and target is not self.source:
            self.scene.connect_requested.emit(self.source.touchpoint_id, target.touchpoint_id)


def start_gesture(scene, event: QGraphicsSceneMouseEvent) -> bool:  # noqa: ANN001
    """Begin the gesture a left-button press on a card starts; True when one began and the
    press is taken."""
    if event.button() != Qt.MouseButton.LeftButton:
        return False
    card = scene.card_at(event.scenePos())
    if card is None:
        return False
    if card.handle_rect().contains(card.mapFromScene(event.scenePos())):
        scene.interaction = ConnectFlow(scene, card)
        return True
    # selection as usual (Ctrl toggles); then the press may become a drag of the selection
    if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
        card.setSelected(not card.isSelected())
    elif not card.isSelected():
        scene.clearSelection()
        card.setSelected(True)
    scene.setFocusItem(card)
    scene.interaction = DragCards(scene, event.scenePos())
    return True
