"""Cards, badges and meters: the building blocks of the designed screens (Overview). Colours
come from the palette (ui.style), so they read well in light and dark themes. They paint
themselves and colour text through palettes, never through style sheets: a screen of them
is built, laid out and painted without the style-sheet machinery."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui import style


class Card(QFrame):
    """A rounded panel with an optional title and subtitle; ``body`` takes the content."""

    def __init__(self, title: str = "", subtitle: str = "", parent: QWidget | None = None, *,
                 highlight: QColor | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        base = style.palette().color(QPalette.ColorRole.Base)
        self._edge = style.border()
        self._background = base
        self._edge_width = 1
        if highlight is not None:
            self._edge = highlight
            self._background = style.mix(base, highlight, 0.05)
            self._edge_width = 2
        edge = self._edge_width  # the content keeps clear of the edge
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(18 + edge, 14 + edge, 18 + edge, 16 + edge)
        self.layout_.setSpacing(8)
        if title:
            head = QHBoxLayout()
            head.setSpacing(8)
            label = QLabel(title, self)
            label.setFont(style.scaled_font(self, 1.08, weight=QFont.Weight.DemiBold))
            head.addWidget(label)
            if subtitle:
                sub = muted_label(subtitle, self)
                head.addWidget(sub)
            head.addStretch(1)
            self.head = head
            self.layout_.addLayout(head)
        self.body = self.layout_  # the content follows the title, 8 px apart

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.body.addWidget(widget, stretch)
        return widget

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        """A rounded panel: 10 px corners, the edge drawn inside the card's rectangle."""
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        half = self._edge_width / 2
        painter.setPen(QPen(self._edge, self._edge_width))
        painter.setBrush(self._background)
        painter.drawRoundedRect(QRectF(self.rect()).adjusted(half, half, -half, -half),
                                10 - half, 10 - half)
        painter.end()


def set_text_colour(widget: QWidget, colour: QColor) -> None:
    """Draw ``widget``'s text in ``colour`` (its palette's WindowText)."""
    palette = widget.palette()
    palette.setColor(QPalette.ColorRole.WindowText, colour)
    widget.setPalette(palette)


def muted_label(text: str, parent: QWidget | None = None, *, factor: float = 1.0) -> QLabel:
    label = QLabel(text, parent)
    set_text_colour(label, style.muted())
    if factor != 1.0:
        label.setFont(style.scaled_font(label, factor))
    return label


def coloured_label(text: str, colour: QColor, parent: QWidget | None = None, *,
                   factor: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    set_text_colour(label, colour)
    label.setFont(style.scaled_font(label, factor, bold=bold))
    return label


class Pill(QLabel):
    """A short coloured label: a kind of finding, a tag, a score."""

    def __init__(self, text: str, colour: QColor, parent: QWidget | None = None, *,
                 solid: bool = False, minimum_width: int = 0) -> None:
        super().__init__(text, parent)
        if solid:
            fg, bg = QColor("#ffffff"), colour
        else:
            fg = colour if not style.is_dark() else colour.lighter(135)
            bg = style.tint(colour, 0.16)
        self._background = bg
        set_text_colour(self, fg)
        self.setContentsMargins(8, 1, 8, 1)
        font = style.scaled_font(self, 0.86, weight=QFont.Weight.DemiBold)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if minimum_width:
            self.setMinimumWidth(minimum_width)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self._background)
        painter.drawRoundedRect(QRectF(self.rect()), 5, 5)
        painter.end()
        super().paintEvent(event)  # the text, over the rounded background


class Meter(QWidget):
    """A rounded bar filled to ``share`` (0…1) in ``colour``."""

    def __init__(self, share: float | None, colour: QColor, parent: QWidget | None = None, *,
                 height: int = 8) -> None:
        super().__init__(parent)
        self.share = max(0.0, min(1.0, share or 0.0))
        self.colour = colour
        self._height = height
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def sizeHint(self) -> QSize:
        return QSize(120, self._height)

    def minimumSizeHint(self) -> QSize:
        return QSize(40, self._height)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        rect = QRectF(self.rect())
        radius = rect.height() / 2
        text = style.palette().color(QPalette.ColorRole.Text)
        painter.setBrush(style.tint(text, 0.09))
        painter.drawRoundedRect(rect, radius, radius)
        if self.share > 0:
            filled = QRectF(rect.left(), rect.top(), max(rect.height(), rect.width() * self.share),
                            rect.height())
            painter.setBrush(self.colour)
            painter.drawRoundedRect(filled, radius, radius)
        painter.end()


class EmptyState(QWidget):
    """What to do when there is nothing to show yet: a headline and a hint."""

    def __init__(self, headline: str, hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 6)
        layout.setSpacing(4)
        title = QLabel(headline, self)
        title.setWordWrap(True)
        title.setFont(style.scaled_font(self, 1.0, weight=QFont.Weight.DemiBold))
        layout.addWidget(title)
        if hint:
            text = muted_label(hint, self)
            text.setWordWrap(True)
            layout.addWidget(text)


class ElidedLabel(QLabel):
    """One line of text cut with "…" to the width it gets (the full text as tooltip)."""

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self._full = text
        self.setToolTip(text)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def full_text(self) -> str:
        return self._full

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        painter.setFont(self.font())
        painter.setPen(self.palette().color(self.foregroundRole()))
        shown = self.fontMetrics().elidedText(self._full, Qt.TextElideMode.ElideRight,
                                              self.contentsRect().width())
        painter.drawText(self.contentsRect(), int(self.alignment() | Qt.AlignmentFlag.AlignVCenter),
                         shown)
        painter.end()


class TwoLines(QWidget):
    """A title over a muted detail line, each cut with "…" to the width it gets (its full text
    as tooltip): one widget where two labels in a box would take three."""

    def __init__(self, title: str, detail: str, parent: QWidget | None = None, *,
                 bold: bool = False) -> None:
        super().__init__(parent)
        self._title = title
        self._detail = detail
        self._title_font = (style.scaled_font(self, 1.0, weight=QFont.Weight.DemiBold) if bold
                            else QFont(self.font()))
        self._detail_font = style.scaled_font(self, 0.92)
        self._detail_colour = style.muted()
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def texts(self) -> tuple[str, str]:
        return self._title, self._detail

    def _heights(self) -> tuple[int, int]:
        title = QFontMetrics(self._title_font).height()
        return title, QFontMetrics(self._detail_font).height() if self._detail else 0

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        title, detail = self._heights()
        width = QFontMetrics(self._title_font).horizontalAdvance(self._title)
        if self._detail:
            width = max(width, QFontMetrics(self._detail_font).horizontalAdvance(self._detail))
        return QSize(width, title + 1 + detail if detail else title)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(40, self.sizeHint().height())

    def _rects(self) -> tuple[QRect, QRect]:
        """Where each line goes: any extra height is shared, as a box layout would."""
        title, detail = self._heights()
        width = self.width()
        if not self._detail:
            return QRect(0, 0, width, self.height()), QRect()
        extra = max(0, self.height() - title - 1 - detail)
        title += extra // 2
        return QRect(0, 0, width, title), QRect(0, title + 1, width, self.height() - title - 1)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        title_rect, detail_rect = self._rects()
        flags = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        lines = [(self._title, self._title_font, self.palette().color(self.foregroundRole()),
                  title_rect)]
        if self._detail:
            lines.append((self._detail, self._detail_font, self._detail_colour, detail_rect))
        for text, font, colour, rect in lines:
            painter.setFont(font)
            painter.setPen(colour)
            painter.drawText(rect, flags, QFontMetrics(font).elidedText(
                text, Qt.TextElideMode.ElideRight, rect.width()))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            _, detail_rect = self._rects()
            on_detail = bool(self._detail) and event.pos().y() >= detail_rect.top()
            QToolTip.showText(event.globalPos(), self._detail if on_detail else self._title, self)
            return True
        return super().event(event)


def two_lines(title: str, detail: str, parent: QWidget | None = None, *,
              bold: bool = False) -> QWidget:
    """A title over a muted detail line, both elided to the width."""
    return TwoLines(title, detail, parent, bold=bold)
