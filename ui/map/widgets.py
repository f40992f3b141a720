"""Parts of the journey-map screen: the list of maps (with its two-line delegate) and the
legend under the canvas."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cxdesk.journey import MapSummary
from ui.map.items import glyph_building, glyph_globe, glyph_person, glyph_product
from ui.views.kit import (
    BAD,
    DETAIL_ROLE,
    GOOD,
    INFO,
    ROOT,
    WARN,
    line_color,
    muted_color,
    scaled_font,
    tone_color,
    tone_fill,
)


class MapListModel(QAbstractListModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.maps: list[MapSummary] = []
        self.kind_names: dict[str, str] = {}
        self.count_text = str

    def set_maps(self, maps: list[MapSummary]) -> None:
        self.beginResetModel()
        self.maps = maps
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.maps)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        summary = self.maps[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return summary.name
        if role == DETAIL_ROLE:
            parts = [self.kind_names.get(summary.kind, summary.kind)]
            if summary.segment:
                parts.append(summary.segment)
            parts.append(self.count_text(summary.touchpoints))
            return " · ".join(parts)
        if role == Qt.ItemDataRole.UserRole:
            return summary.id
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{summary.name}\n{self.data(index, DETAIL_ROLE)}"
        return None


class TwoLineDelegate(QStyledItemDelegate):
    """A bold first line and a muted second line (``DETAIL_ROLE``)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        pal = option.palette
        rect = option.rect.adjusted(12, 6, -10, -6)
        bold = scaled_font(option.font, 0, bold=True)
        painter.save()
        painter.setFont(bold)
        painter.setPen(pal.color(QPalette.ColorRole.HighlightedText if selected
                                 else QPalette.ColorRole.Text))
        line = QFontMetrics(bold).height()
        painter.drawText(rect.adjusted(0, 0, 0, -(rect.height() - line)),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         QFontMetrics(bold).elidedText(index.data() or "",
                                                       Qt.TextElideMode.ElideRight,
                                                       rect.width()))
        small = scaled_font(option.font, -1)
        painter.setFont(small)
        if not selected:
            painter.setPen(muted_color(pal))
        detail = index.data(DETAIL_ROLE) or ""
        painter.drawText(rect.adjusted(0, line + 2, 0, 0),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
                         QFontMetrics(small).elidedText(detail, Qt.TextElideMode.ElideRight,
                                                        rect.width()))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        metrics = QFontMetrics(option.font)
        return QSize(200, metrics.height() * 2 + 18)


class MapLegend(QWidget):
    """What the glyphs, arrows and colours of the map mean."""

    def __init__(self, texts: dict[str, str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.setMinimumHeight(30)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        painter.setPen(QPen(line_color(pal), 1))
        painter.drawLine(0, 0, self.width(), 0)
        font = scaled_font(self.font(), -1)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        x, mid = 14.0, self.height() / 2 + 1
        muted = muted_color(pal)
        # the gap after each label closes up (to 8 px) before a label would be cut off
        keys = ("online", "offline", "person", "product", "sent", "self", "good", "warn", "bad")
        marks = 4 * 19 + 2 * 34 + 3 * 28
        needed = 14 + marks + sum(metrics.horizontalAdvance(self.texts[k]) for k in keys)
        gap = max(8.0, min(18.0, (self.width() - needed - 8) / len(keys)))

        def label(text: str) -> None:
            nonlocal x
            painter.setPen(muted)
            painter.drawText(QRectF(x, 0, metrics.horizontalAdvance(text) + 4, self.height()),
                             Qt.AlignmentFlag.AlignVCenter, text)
            x += metrics.horizontalAdvance(text) + gap

        for glyph, key in ((glyph_globe, "online"), (glyph_building, "offline"),
                           (glyph_person, "person"), (glyph_product, "product")):
            painter.setPen(QPen(tone_color(INFO, pal), 1.3))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            glyph(painter, QRectF(x, mid - 7, 13, 13))
            x += 19
            label(self.texts[key])
        for style, key in ((Qt.PenStyle.SolidLine, "sent"), (Qt.PenStyle.DashLine, "self")):
            pen = QPen(muted, 1.6, style)
            painter.setPen(pen)
            painter.drawLine(QPointF(x, mid), QPointF(x + 24, mid))
            painter.setBrush(muted)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawPolygon([QPointF(x + 28, mid), QPointF(x + 21, mid - 4),
                                 QPointF(x + 21, mid + 4)])
            x += 34
            label(self.texts[key])
        for tone, key in ((GOOD, "good"), (WARN, "warn"), (BAD, "bad")):
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tone_fill(tone, pal, 0.3))
            painter.drawRoundedRect(QRectF(x, mid - 7, 22, 14), 5, 5)
            painter.setBrush(tone_color(tone, pal))
            painter.drawRoundedRect(QRectF(x, mid - 7, 4, 14), 2, 2)
            x += 28
            label(self.texts[key])
        painter.end()


