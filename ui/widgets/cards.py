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
    QScrollArea,
    QSizePolicy,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ui import style


class SurfaceScrollArea(QScrollArea):
    """A scroll area over the background behind cards (ui.style.surface), which it paints:
    the content needs no background, nor a palette that each card and label would take."""

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name (viewport)
        painter = QPainter(self.viewport())
        painter.fillRect(event.rect(), style.surface())
        painter.end()


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


def _pill_colours(colour: QColor, solid: bool) -> tuple[QColor, QColor]:
    """Text and background of a pill in ``colour``."""
    if solid:
        return QColor("#ffffff"), colour
    fg = colour if not style.is_dark() else colour.lighter(135)
    return fg, style.tint(colour, 0.16)


class Pill(QLabel):
    """A short coloured label: a kind of finding, a tag, a score."""

    def __init__(self, text: str, colour: QColor, parent: QWidget | None = None, *,
                 solid: bool = False, minimum_width: int = 0) -> None:
        super().__init__(text, parent)
        fg, self._background = _pill_colours(colour, solid)
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
        title = _text_size(self._title_font, self._title).height()
        return title, _text_size(self._detail_font, self._detail).height() if self._detail else 0

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

# -- rows painted in one widget --------------------------------------------------------------
# A list of short rows (a pill, a name, a figure…) drawn by one widget instead of a label per
# cell: the same geometry as labels in a QHBoxLayout would get, at a fraction of the cost of
# creating, polishing and laying out a hundred small widgets.

_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def _text_size(font: QFont, text: str) -> QSize:
    """The size a QLabel gives one line of ``text`` (measured as QLabel measures it)."""
    return QFontMetrics(font).boundingRect(0, 0, 2000, 2000, int(Qt.AlignmentFlag.AlignLeft),
                                           text).size()


class TextCell:
    """One line of text, as wide as it is, centred in the height of its row (``top``: at the
    top of its row, in its own height)."""

    __slots__ = ("text", "font", "colour", "top", "width", "height")

    def __init__(self, text: str, font: QFont, colour: QColor, *, top: bool = False) -> None:
        self.text, self.font, self.colour, self.top = text, font, colour, top
        size = _text_size(font, text)
        self.width, self.height = size.width(), size.height()

    def paint(self, painter: QPainter, rect: QRect) -> None:
        if self.top:
            rect = QRect(rect.x(), rect.y(), rect.width(), self.height)
        painter.setFont(self.font)
        painter.setPen(self.colour)
        painter.drawText(rect, int(_LEFT), self.text)


class PillCell:
    """A short label on a rounded background, at the top of its row (see Pill)."""

    __slots__ = ("text", "font", "fg", "bg", "width", "height")

    def __init__(self, text: str, colour: QColor, font: QFont, *, solid: bool = False,
                 minimum_width: int = 0, fixed_width: int | None = None) -> None:
        size = _text_size(font, text)
        self.text, self.font = text, font
        self.fg, self.bg = _pill_colours(colour, solid)
        natural = max(size.width() + 16, minimum_width)
        self.width = fixed_width if fixed_width is not None else natural
        self.height = size.height() + 2

    def paint(self, painter: QPainter, rect: QRect) -> None:
        box = QRect(rect.x(), rect.y(), rect.width(), self.height)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.bg)
        painter.drawRoundedRect(QRectF(box), 5, 5)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        painter.setFont(self.font)
        painter.setPen(self.fg)
        painter.drawText(box.adjusted(8, 1, -8, -1), int(Qt.AlignmentFlag.AlignCenter), self.text)


class LinesCell:
    """A title over a muted detail line, both cut with "…" to the width the row leaves (see
    TwoLines); the full texts are tooltips."""

    __slots__ = ("title", "detail", "title_font", "detail_font", "detail_colour",
                 "title_height", "detail_height", "width", "height")

    def __init__(self, title: str, detail: str, font: QFont) -> None:
        self.title, self.detail = title, detail
        self.title_font = font
        self.detail_font = QFont(font)
        if font.pointSizeF() > 0:
            self.detail_font.setPointSizeF(font.pointSizeF() * 0.92)
        self.detail_colour = style.muted()
        self.title_height = _text_size(font, title).height()
        self.detail_height = _text_size(self.detail_font, detail).height() if detail else 0
        self.width = 40  # the least it takes; it gets what the row leaves
        self.height = self.title_height + (1 + self.detail_height if detail else 0)

    def rects(self, rect: QRect) -> tuple[QRect, QRect]:
        if not self.detail:
            return rect, QRect()
        title = self.title_height + max(0, rect.height() - self.height) // 2
        return (QRect(rect.x(), rect.y(), rect.width(), title),
                QRect(rect.x(), rect.y() + title + 1, rect.width(), rect.height() - title - 1))

    def paint(self, painter: QPainter, rect: QRect, colour: QColor) -> None:
        title_rect, detail_rect = self.rects(rect)
        lines = [(self.title, self.title_font, colour, title_rect)]
        if self.detail:
            lines.append((self.detail, self.detail_font, self.detail_colour, detail_rect))
        for text, font, pen, box in lines:
            painter.setFont(font)
            painter.setPen(pen)
            painter.drawText(box, int(_LEFT), QFontMetrics(font).elidedText(
                text, Qt.TextElideMode.ElideRight, box.width()))


#: In a row's cells: the spare width goes here (QHBoxLayout.addStretch).
STRETCH = None


class RowList(QWidget):
    """Rows of cells (TextCell, PillCell, LinesCell, STRETCH), ``spacing`` apart within a row
    and 8 px apart from each other. A LinesCell or STRETCH takes the width a row has to spare;
    text fills the height of its row, pills keep theirs at its top."""

    def __init__(self, rows: list[list], spacing: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._spacing = spacing
        self._heights = [max(c.height for c in row if c is not STRETCH) for row in rows]
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)

    def _width(self, row: list, *, least: bool) -> int:
        cells = [c for c in row if c is not STRETCH]
        return (sum(c.width if least or not isinstance(c, LinesCell) else
                    _text_size(c.title_font, c.title).width() for c in cells)
                + self._spacing * (len(cells) - 1))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = max((self._width(row, least=False) for row in self._rows), default=0)
        return QSize(width, self.minimumSizeHint().height())

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = max((self._width(row, least=True) for row in self._rows), default=0)
        return QSize(width, sum(self._heights) + 8 * max(0, len(self._rows) - 1))

    def _cells(self) -> list[tuple[object, QRect]]:
        """Every cell with the rectangle it gets."""
        placed = []
        y = 0
        for row, height in zip(self._rows, self._heights, strict=True):
            spare = self.width() - self._width(row, least=True)
            elastic = [c for c in row if c is STRETCH or isinstance(c, LinesCell)]
            x = 0
            previous = False
            for cell in row:
                if cell is STRETCH:
                    x += spare // len(elastic)
                    continue
                if previous:
                    x += self._spacing
                width = cell.width + (spare // len(elastic) if cell in elastic else 0)
                placed.append((cell, QRect(x, y, width, height)))
                x += width
                previous = True
            y += height + 8
        return placed

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self)
        text = self.palette().color(self.foregroundRole())
        for cell, rect in self._cells():
            if isinstance(cell, LinesCell):
                cell.paint(painter, rect, text)
            else:
                cell.paint(painter, rect)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            for cell, rect in self._cells():
                if isinstance(cell, LinesCell) and rect.contains(event.pos()):
                    _, detail_rect = cell.rects(rect)
                    on_detail = bool(cell.detail) and event.pos().y() >= detail_rect.top()
                    QToolTip.showText(event.globalPos(),
                                      cell.detail if on_detail else cell.title, self)
                    return True
            QToolTip.hideText()
            event.ignore()
            return True
        return super().event(event)
