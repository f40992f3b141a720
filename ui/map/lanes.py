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
class FlowArrow(_Item):
    """An arrow from one card to another: solid when the client is sent on, dashed when they
    go by themselves."""

    def __init__(self, flow: Flow, source: TouchpointCard, target: TouchpointCard) -> None:
        super().__init__()
        self.flow_id = flow.id
        self.kind = flow.kind
        self.label = flow.label
        self.source = source
        self.target = target
        self.setZValue(5)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self._path, self._head = self._route()
        self.set_flow(flow)

    def set_flow(self, flow: Flow) -> None:
        self.kind, self.label = flow.kind, flow.label
        self.setToolTip(flow.label)
        self.update()

    def reroute(self) -> None:
        """The cards moved: follow them."""
        self.prepareGeometryChange()
        self._path, self._head = self._route()

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
        tip = path.pointAtPercent(1.0)
        size = 8.0
        back = QPointF(tip.x() - direction.x() * size, tip.y() - direction.y() * size)
        normal = QPointF(-direction.y() * size * 0.55, direction.x() * size * 0.55)
        head = QPolygonF([tip, back + normal, back - normal])
        return path, head

    def path(self) -> QPainterPath:
        return QPainterPath(self._path)

    def shape(self) -> QPainterPath:
        stroker = QPainterPathStroker()
        stroker.setWidth(8)
        outline = stroker.createStroke(self._path)
        outline.addPolygon(self._head)
        return outline

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().united(self._head.boundingRect()).adjusted(-4, -4, 4, 4)

    def paint(self, painter: QPainter, option, widget: QWidget | None = None) -> None:
        pal = self.palette()
        colour = blend(pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base),
                       0.35)
        # zoomed out, a thousand antialiased curves cost more than they show
        painter.setRenderHint(QPainter.RenderHint.Antialiasing,
                              painter.worldTransform().m11() >= 0.75)
        if self.isSelected():
            colour = pal.color(QPalette.ColorRole.Highlight)
        pen = QPen(colour, 2.6 if self.isSelected() else 1.6)
        if self.kind == "self":
            pen.setStyle(Qt.PenStyle.DashLine)
            pen.setDashPattern([4, 3])
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawPolygon(self._head)


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


