"""The journey map's connecting and summary items: flow arrows between cards, lane labels in
the gutter, and the emotion curve. Like the cards, they only display."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPalette,
    QPen,
    QPolygonF,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QWidget

from cxdesk.journey import Flow
from ui.map.items import CARD_GAP, CARD_H, TouchpointCard, _font, _Item
from ui.views.kit import BAD, GOOD, NEUTRAL, blend, line_color, muted_color, tone_color

# -- flows --------------------------------------------------------------------------------
FLOW_WIDTH, FLOW_SELECTED_WIDTH, FLOW_HOVER_WIDTH = 1.6, 2.6, 2.2
FLOW_DASH = (4.0, 3.0)  # in widths of FLOW_WIDTH
# level of detail: an arrow narrower than this on screen is drawn as a 1 px antialiased
# hairline (Qt's fast cosmetic stroker: ten times cheaper than filling a 1.3 px outline, and
# indistinguishable at that size)
HAIRLINE_BELOW_PX = 1.5


def flow_colour(pal: QPalette) -> QColor:
    return blend(pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base), 0.35)


def flow_pen(colour: QColor, kind: str, width: float = FLOW_WIDTH, zoom: float = 1.0) -> QPen:
    """A flow's pen: solid when the client is sent on, dashed when they go by themselves. The
    dashes keep their length in scene units whatever the width, so a wider (selected) arrow
    drawn over the layer's covers its dashes exactly. At ``zoom`` where the line would be
    thinner than HAIRLINE_BELOW_PX, a cosmetic 1 px hairline with the same dashes."""
    hairline = width * zoom < HAIRLINE_BELOW_PX
    unit = 1.0 / zoom if hairline else width  # the dash pattern counts in pen widths
    pen = QPen(colour, 1.0 if hairline else width)
    pen.setCosmetic(hairline)
    if kind == "self":
        pen.setStyle(Qt.PenStyle.DashLine)
        pen.setDashPattern([d * FLOW_WIDTH / unit for d in FLOW_DASH])
    return pen


class FlowArrow(_Item):
    """An arrow from one card to another: solid when the client is sent on, dashed when they
    go by themselves.

    The arrow is what is hit, hovered, selected and deleted; the drawing of all arrows at rest
    is the scene's ``FlowLayer`` (one paint for a thousand flows). An arrow paints itself only
    while selected or hovered, on top of the layer; otherwise it has no contents, so the scene
    skips it when painting."""

    def __init__(self, flow: Flow, source: TouchpointCard, target: TouchpointCard,
                 layer: FlowLayer | None = None) -> None:
        super().__init__()
        self.flow_id = flow.id
        self.kind = flow.kind
        self.label = flow.label
        self.source = source
        self.target = target
        self.layer = layer
        self._hover = False
        self._shape: QPainterPath | None = None
        self.setZValue(5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents)
        self.setAcceptHoverEvents(True)
        self._path, self._head = self._route()
        self.set_flow(flow)

    def set_flow(self, flow: Flow) -> None:
        changed = flow.kind != self.kind
        self.kind, self.label = flow.kind, flow.label
        self.setToolTip(flow.label)
        if changed and self.layer is not None:
            self.layer.invalidate()
        self.update()

    def reroute(self) -> bool:
        """The cards moved: follow them. True when the arrow's route changed."""
        path, head = self._route()
        if path == self._path and head == self._head:
            return False
        self.prepareGeometryChange()
        self._path, self._head, self._shape = path, head, None
        return True

    # -- painting only while lifted off the layer -----------------------------------------
    def _lift(self) -> None:
        lifted = self._hover or self.isSelected()
        if lifted == (not self.flags() & QGraphicsItem.GraphicsItemFlag.ItemHasNoContents):
            return
        if lifted:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, False)
            self.update()
        else:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
            if self.scene() is not None:  # repaint what the lifted arrow covered
                self.scene().update(self.sceneBoundingRect())

    def itemChange(self, change, value):  # noqa: ANN001, ANN201
        if change == QGraphicsItem.GraphicsItemChange.ItemSelectedHasChanged:
            self._lift()
        return super().itemChange(change, value)

    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self._lift()

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self._lift()

    def _route(self) -> tuple[QPainterPath, QPolygonF]:
        s, t = self.source, self.target
        sx, tx = s.pos().x(), t.pos().x()
        path = QPainterPath()
        if abs(sx - tx) < 1:  # the same stage: down (or up) the column
            if t.pos().y() > s.pos().y():
                if t.pos().y() - s.pos().y() <= CARD_H + CARD_GAP + 1:
                    a, b = s.anchor("bottom"), t.anchor("top")
                    path.moveTo(a)
                    path.lineTo(b)
                    direction = QPointF(0, 1)
                else:  # skip over the cards between: bow out to the right
                    a, b = s.anchor("right"), t.anchor("right")
                    path.moveTo(a)
                    path.cubicTo(a + QPointF(28, 0), b + QPointF(28, 0), b)
                    direction = QPointF(-1, 0)
            else:
                a, b = s.anchor("left"), t.anchor("left")
                path.moveTo(a)
                path.cubicTo(a - QPointF(26, 0), b - QPointF(26, 0), b)
                direction = QPointF(1, 0)
        elif tx > sx:
            a, b = s.anchor("right"), t.anchor("left")
            dx = max(24.0, (b.x() - a.x()) / 2)
            path.moveTo(a)
            path.cubicTo(a + QPointF(dx, 0), b - QPointF(dx, 0), b)
            direction = QPointF(1, 0)
        else:  # back to an earlier stage: loop under the source and over the target
            a, b = s.anchor("bottom"), t.anchor("bottom")
            dy = CARD_GAP * 0.9
            path.moveTo(a)
            path.cubicTo(a + QPointF(0, dy), b + QPointF(0, dy), b)
            direction = QPointF(0, -1)
        tip = b
        size = 8.0
        back = QPointF(tip.x() - direction.x() * size, tip.y() - direction.y() * size)
        normal = QPointF(-direction.y() * size * 0.55, direction.x() * size * 0.55)
        head = QPolygonF([tip, back + normal, back - normal])
        return path, head

    def path(self) -> QPainterPath:
        return QPainterPath(self._path)

    def head(self) -> QPolygonF:
        return QPolygonF(self._head)

    def shape(self) -> QPainterPath:
        # hit-tested on every mouse move (hover) and click: made once per route
        if self._shape is None:
            stroker = QPainterPathStroker()
            stroker.setWidth(8)
            outline = stroker.createStroke(self._path)
            outline.addPolygon(self._head)
            self._shape = outline
        return self._shape

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().united(self._head.boundingRect()).adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option, widget: QWidget | None = None) -> None:
        pal = self.palette()
        selected = self.isSelected()
        if not (selected or self._hover):
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = pal.color(QPalette.ColorRole.Highlight)
        painter.setPen(flow_pen(colour, self.kind,
                                FLOW_SELECTED_WIDTH if selected else FLOW_HOVER_WIDTH,
                                _zoom(painter)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)


class FlowLayer(_Item):
    """Every flow arrow of the map at rest, in one item and one paint: the routes are gathered
    when flows or cards move (not every frame); a frame strokes only the arrows crossing the
    viewport, with two pens, and fills all their heads as one path. A thousand arrows as a
    thousand items cost two frames; as one layer, a fraction of one. (One path of all routes
    is no good: antialiased, Qt fills it as one huge outline, seconds per frame; and a device
    cache re-renders in full on every pan at fractional zooms.) The layer is never hit: the
    ``FlowArrow`` items are, and draw over it when selected or hovered."""

    def __init__(self) -> None:
        super().__init__()
        self._arrows: dict[str, FlowArrow] = {}
        # (bounds, route, head) of the solid arrows, then of the dashed ones
        self._routes: tuple[list, list] | None = None
        self._rect = QRectF()
        self.setZValue(4)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        # exposedRect is then the viewport's part of the layer, not all of it
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)

    def set_arrows(self, arrows: dict[str, FlowArrow]) -> None:
        """Draw these arrows (the scene's own dict: the layer reads it when it rebuilds)."""
        self._arrows = arrows
        self.invalidate()

    def invalidate(self) -> None:
        """The flows or their routes changed: gather them again before the next paint."""
        self.prepareGeometryChange()
        self._routes = None
        self.update()

    def _build(self) -> tuple[list, list]:
        if self._routes is None:
            solid: list[tuple[QRectF, QPainterPath, QPolygonF]] = []
            dashed: list[tuple[QRectF, QPainterPath, QPolygonF]] = []
            rect = QRectF()
            for arrow in self._arrows.values():
                bounds = arrow.boundingRect()
                (dashed if arrow.kind == "self" else solid).append(
                    (bounds, arrow._path, arrow._head))
                rect = rect.united(bounds)
            self._routes, self._rect = (solid, dashed), rect
        return self._routes

    def boundingRect(self) -> QRectF:
        self._build()
        return QRectF(self._rect)

    def shape(self) -> QPainterPath:
        return QPainterPath()  # never hit: clicks and hovers go to the arrows and cards

    def paint(self, painter: QPainter, option, widget: QWidget | None = None) -> None:
        exposed = option.exposedRect  # the viewport's part of the map: cull the rest
        colour = flow_colour(self.palette())
        # on screen, level of detail; in an export (no widget), the full stroke at any scale
        zoom = _zoom(painter) if widget is not None else float("inf")
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        heads = QPainterPath()
        heads.setFillRule(Qt.FillRule.WindingFill)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for kind, routes in zip(("sent", "self"), self._build(), strict=True):
            painter.setPen(flow_pen(colour, kind, zoom=zoom))
            for bounds, route, head in routes:
                if bounds.intersects(exposed):
                    painter.drawPath(route)
                    heads.addPolygon(head)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPath(heads)


def _zoom(painter: QPainter) -> float:
    """Device pixels per scene unit (the view's zoom; an export's scale)."""
    t = painter.worldTransform()
    return max(1e-3, (abs(t.m11() * t.m22() - t.m12() * t.m21())) ** 0.5)


# -- lanes --------------------------------------------------------------------------------
class LaneLabel(_Item):
    def __init__(self, title: str, rect: QRectF, detail: str = "", top: bool = True,
                 span: float = 0) -> None:
        super().__init__()
        self.span = max(span, rect.right())
        self.title = title
        self.detail = detail
        self.rect = rect
        self.top_border = top
        self.setZValue(-5)

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-1, -1, self.span - self.rect.right() + 1, 1)

    def paint(self, painter: QPainter, option, widget: QWidget | None = None) -> None:
        pal = self.palette()
        painter.setPen(QPen(line_color(pal), 1))
        if self.top_border:
            painter.drawLine(self.rect.topLeft(), QPointF(self.span, self.rect.top()))
        painter.setPen(muted_color(pal))
        painter.setFont(_font(painter.font(), -0.5, bold=True))
        inner = self.rect.adjusted(12, 10, -10, -8)
        wrap = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
        painter.drawText(inner, self.title.upper(), wrap)
        if self.detail:
            painter.setFont(_font(painter.font(), -2.5))
            painter.drawText(inner.adjusted(0, 36, 0, 0), self.detail, wrap)


class EmotionCurve(_Item):
    """The client's emotion at each touchpoint (−2…+2) as a smooth line through points."""

    def __init__(self, rect: QRectF, points: list[tuple[float, int | None, int, str]]) -> None:
        super().__init__()
        self.rect = rect  # the plotting area (lane minus margins)
        self.points = points  # (x, emotion or None, number, name)
        self.setZValue(2)

    def set_points(self, rect: QRectF, points: list[tuple[float, int | None, int, str]]) -> None:
        self.prepareGeometryChange()
        self.rect, self.points = rect, points
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.adjusted(-20, -20, 20, 24)

    def y_of(self, emotion: float) -> float:
        return self.rect.center().y() - emotion / 2 * (self.rect.height() / 2)

    def paint(self, painter: QPainter, option, widget: QWidget | None = None) -> None:
        pal = self.palette()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        grid = QPen(line_color(pal), 1, Qt.PenStyle.DotLine)
        painter.setPen(grid)
        for level in (-2, -1, 1, 2):
            y = self.y_of(level)
            painter.drawLine(QPointF(self.rect.left(), y), QPointF(self.rect.right(), y))
        painter.setPen(QPen(blend(line_color(pal), pal.color(QPalette.ColorRole.Text), 0.3), 1))
        zero = self.y_of(0)
        painter.drawLine(QPointF(self.rect.left(), zero), QPointF(self.rect.right(), zero))
        known = [(x, e, n) for x, e, n, _ in self.points if e is not None]
        if len(known) >= 2:
            pts = [QPointF(x, self.y_of(e)) for x, e, _ in known]
            path = QPainterPath(pts[0])
            for i in range(len(pts) - 1):  # Catmull-Rom through the points, as cubic Béziers
                p0 = pts[i - 1] if i > 0 else pts[i]
                p1, p2 = pts[i], pts[i + 1]
                p3 = pts[i + 2] if i + 2 < len(pts) else p2
                c1 = p1 + (p2 - p0) / 6
                c2 = p2 - (p3 - p1) / 6
                path.cubicTo(c1, c2, p2)
            fill = QPainterPath(path)
            fill.lineTo(pts[-1].x(), zero)
            fill.lineTo(pts[0].x(), zero)
            fill.closeSubpath()
            painter.setPen(Qt.PenStyle.NoPen)
            accent = pal.color(QPalette.ColorRole.Highlight)
            painter.setBrush(QColor(accent.red(), accent.green(), accent.blue(), 28))
            painter.drawPath(fill)
            painter.setPen(QPen(accent, 2.4))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(path)
        small = _font(painter.font(), -2.5, bold=True)
        for x, emotion, number, _name in self.points:
            if emotion is None:
                painter.setPen(QPen(muted_color(pal), 1, Qt.PenStyle.DashLine))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawEllipse(QPointF(x, zero), 4, 4)
                y = zero
            else:
                tone = GOOD if emotion > 0 else BAD if emotion < 0 else NEUTRAL
                y = self.y_of(emotion)
                painter.setPen(QPen(pal.color(QPalette.ColorRole.Base), 2))
                painter.setBrush(tone_color(tone, pal) if tone != NEUTRAL
                                 else pal.color(QPalette.ColorRole.Text))
                painter.drawEllipse(QPointF(x, y), 6, 6)
            painter.setFont(small)
            painter.setPen(muted_color(pal))
            label_y = self.rect.bottom() + 4
            painter.drawText(QRectF(x - 14, label_y, 28, 14), Qt.AlignmentFlag.AlignCenter,
                             str(number))


