"""A shape drawn over the photo in the editor: painted as it will be baked (arrows with
heads, frames, ellipses, text), redactions as a dashed frame over the already-blurred
background. Items live in image pixels; shapes are stored as fractions of the image."""

from __future__ import annotations

import math
from typing import Any

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from cxdesk.annotations import REDACTIONS, text_height


def text_font(shape: dict[str, Any], long_side: float) -> QFont:
    font = QFont("DejaVu Sans")
    font.setPixelSize(max(10, round(text_height(shape) * long_side)))
    return font


def text_extent(shape: dict[str, Any], size: tuple[float, float]) -> tuple[float, float]:
    """The text's width and height as fractions of the image (for its x2, y2)."""
    metrics = QFontMetricsF(text_font(shape, max(size)))
    lines = shape.get("text", "").splitlines() or [""]
    width = max(metrics.horizontalAdvance(line) for line in lines)
    return width / size[0], metrics.lineSpacing() * len(lines) / size[1]


class ShapeItem(QGraphicsItem):
    """One shape; ``index`` is its place in the editor's list. Movable when selectable."""

    def __init__(self, shape: dict[str, Any], index: int, size: tuple[float, float]) -> None:
        super().__init__()
        self.shape_data = shape
        self.index = index
        self.size = size
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable, True)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, True)
        self.setCursor(Qt.CursorShape.SizeAllCursor)

    # geometry in image pixels
    def points(self) -> tuple[QPointF, QPointF]:
        w, h = self.size
        s = self.shape_data
        return QPointF(s["x1"] * w, s["y1"] * h), QPointF(s["x2"] * w, s["y2"] * h)

    def line_width(self) -> float:
        return max(1.0, self.shape_data["width"] * max(self.size))

    def rect(self) -> QRectF:
        a, b = self.points()
        return QRectF(a, b).normalized()

    def boundingRect(self) -> QRectF:
        margin = self.line_width() * 4 + 4
        return self.rect().adjusted(-margin, -margin, margin, margin)

    def moved_shape(self) -> dict[str, Any]:
        """The shape where the item was dragged to (clamped into the image)."""
        w, h = self.size
        dx, dy = self.pos().x() / w, self.pos().y() / h
        s = dict(self.shape_data)
        low_x, high_x = min(s["x1"], s["x2"]), max(s["x1"], s["x2"])
        low_y, high_y = min(s["y1"], s["y2"]), max(s["y1"], s["y2"])
        dx = max(-low_x, min(1 - high_x, dx))
        dy = max(-low_y, min(1 - high_y, dy))
        for key in ("x1", "x2"):
            s[key] = s[key] + dx
        for key in ("y1", "y2"):
            s[key] = s[key] + dy
        return s

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        s = self.shape_data
        color = QColor(s["color"])
        width = self.line_width()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        kind = s["kind"]
        if kind in REDACTIONS:
            pen = QPen(QColor("#ffffff"), max(2.0, width / 2), Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect())
            pen.setColor(QColor("#000000"))
            pen.setDashOffset(4)
            painter.setPen(pen)
            painter.drawRect(self.rect())
        elif kind == "arrow":
            self._arrow(painter, color, width)
        elif kind == "rect":
            painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.SquareCap,
                                Qt.PenJoinStyle.MiterJoin))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.rect().adjusted(width / 2, width / 2, -width / 2, -width / 2))
        elif kind == "ellipse":
            painter.setPen(QPen(color, width))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(self.rect().adjusted(width / 2, width / 2, -width / 2,
                                                     -width / 2))
        elif kind == "text":
            font = text_font(s, max(self.size))
            painter.setFont(font)
            top_left = self.rect().topLeft()
            metrics = QFontMetricsF(font)
            outline = QColor("#ffffff" if color.lightness() < 110 else "#000000")
            for i, line in enumerate(s["text"].splitlines()):
                base = top_left + QPointF(0, metrics.ascent() + i * metrics.lineSpacing())
                painter.setPen(outline)
                for ox, oy in ((-1, 0), (1, 0), (0, -1), (0, 1)):
                    painter.drawText(base + QPointF(ox, oy), line)
                painter.setPen(color)
                painter.drawText(base, line)
        if self.isSelected():
            painter.setPen(QPen(QColor("#2979ff"), 1.5, Qt.PenStyle.DashLine))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(self.boundingRect().adjusted(2, 2, -2, -2))

    def _arrow(self, painter: QPainter, color: QColor, width: float) -> None:
        a, b = self.points()
        line = QLineF(a, b)
        length = line.length()
        if length < 1:
            return
        head = min(length * 0.6, max(10.0, width * 4.5))
        ux, uy = (b.x() - a.x()) / length, (b.y() - a.y()) / length
        base = QPointF(b.x() - ux * head, b.y() - uy * head)
        painter.setPen(QPen(color, width, Qt.PenStyle.SolidLine, Qt.PenCapStyle.FlatCap))
        painter.drawLine(QLineF(a, base))
        half = head * 0.55
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(color))
        painter.drawPolygon(QPolygonF([b, QPointF(base.x() - uy * half, base.y() + ux * half),
                                       QPointF(base.x() + uy * half, base.y() - ux * half)]))


def distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())
