"""Cards, badges and meters: the building blocks of the designed screens (Overview). Colours
come from the palette (ui.style), so they read well in light and dark themes."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
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
        edge = style.border()
        background = base
        width = 1
        if highlight is not None:
            edge = highlight
            background = style.mix(base, highlight, 0.05)
            width = 2
        self.setStyleSheet(
            f"#Card {{ background: {background.name()}; border: {width}px solid {edge.name()};"
            f" border-radius: 10px; }}")
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(18, 14, 18, 16)
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
        self.body = QVBoxLayout()
        self.body.setSpacing(8)
        self.layout_.addLayout(self.body)

    def add(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.body.addWidget(widget, stretch)
        return widget


def muted_label(text: str, parent: QWidget | None = None, *, factor: float = 1.0) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(f"color: {style.muted().name()};")
    if factor != 1.0:
        label.setFont(style.scaled_font(label, factor))
    return label


def coloured_label(text: str, colour: QColor, parent: QWidget | None = None, *,
                   factor: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setStyleSheet(f"color: {colour.name()};")
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
        self.setStyleSheet(
            f"QLabel {{ color: {fg.name()}; background: {bg.name()}; border-radius: 5px;"
            f" padding: 1px 8px; }}")
        font = style.scaled_font(self, 0.86, weight=QFont.Weight.DemiBold)
        self.setFont(font)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        if minimum_width:
            self.setMinimumWidth(minimum_width)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)


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


def two_lines(title: str, detail: str, parent: QWidget | None = None, *,
              bold: bool = False) -> QWidget:
    """A title over a muted detail line, both elided to the width."""
    box = QWidget(parent)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(1)
    head = ElidedLabel(title, box)
    if bold:
        head.setFont(style.scaled_font(head, 1.0, weight=QFont.Weight.DemiBold))
    layout.addWidget(head)
    if detail:
        sub = ElidedLabel(detail, box)
        sub.setStyleSheet(f"color: {style.muted().name()};")
        sub.setFont(style.scaled_font(sub, 0.92))
        layout.addWidget(sub)
    box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return box
