"""What the read-only screens share: tones (good/warn/bad) picked for the current palette so
that dark mode stays legible, a screen header, an empty state that says what to do next, a
pill delegate, and the formatting of dates, scores and sizes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.rounding import format_fixed
from ui.formatting import date_format, date_text

GOOD, WARN, BAD, INFO, NEUTRAL, ACCENT = "good", "warn", "bad", "info", "neutral", "accent"

# (on a light background, on a dark background)
_TONES = {
    GOOD: ("#1b7a3a", "#74d394"),
    WARN: ("#9a5b00", "#f2bd55"),
    BAD: ("#c62828", "#ff8a80"),
    INFO: ("#1f5fbf", "#8ab8ff"),
    ACCENT: ("#6a3fb5", "#c3a6ff"),
}

# bright hues for soft backgrounds, blended into the base colour
_FILLS = {GOOD: "#34a853", WARN: "#f2a900", BAD: "#ea4335", INFO: "#4285f4", ACCENT: "#8e5cd9"}

# the tone of an item (one of the constants above) for delegates
TONE_ROLE = Qt.ItemDataRole.UserRole + 100
# a second line of text, or any extra payload a delegate draws
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 101
# the value a column sorts by
SORT_ROLE = Qt.ItemDataRole.UserRole + 102

# the invisible root index, for default arguments
ROOT = QModelIndex()


class HeaderRow:
    """The header row of a model (mixed into a Qt model): ``headers`` as the texts; override
    ``header_tip`` and ``header_alignment`` for a column's tooltip and alignment."""

    headers: list[str]

    def header_tip(self, section: int) -> str | None:
        return None

    def header_alignment(self, section: int) -> int | None:
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tip(section)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.header_alignment(section)
        return None


class HeaderedTableModel(HeaderRow, QAbstractTableModel):
    """A flat table of ``items()`` under translated ``headers``: the counting and the header
    row every list screen needs; subclasses give ``data``."""

    def __init__(self, parent: Any, headers: list[str]) -> None:
        super().__init__(parent)
        self.headers = headers
        self.rows: list[Any] = []

    def items(self) -> Sequence[Any]:
        return self.rows

    def rowCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.items())

    def columnCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.headers)


# scores at or above these are green / amber; below, red
SCORE_GOOD, SCORE_WARN = 80.0, 60.0


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def blend(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved by ``t`` (0…1) towards ``b``."""
    return QColor.fromRgbF(a.redF() + (b.redF() - a.redF()) * t,
                           a.greenF() + (b.greenF() - a.greenF()) * t,
                           a.blueF() + (b.blueF() - a.blueF()) * t)


def tone_color(tone: str | None, palette: QPalette) -> QColor:
    """The text colour of a tone, readable on the palette's base."""
    if tone in _TONES:
        light, dark = _TONES[tone]
        return QColor(dark if is_dark(palette) else light)
    return palette.color(QPalette.ColorRole.PlaceholderText)


def tone_solid(tone: str | None, palette: QPalette) -> QColor:
    """A bright hue of a tone for bars, dots and stripes (legible on light and dark)."""
    if tone in _FILLS:
        return QColor(_FILLS[tone])
    return blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text),
                 0.35)


def tone_fill(tone: str | None, palette: QPalette, strength: float = 0.16) -> QColor:
    """A soft background of a tone: the tone blended into the palette's base."""
    base = palette.color(QPalette.ColorRole.Base)
    if tone not in _TONES:
        return blend(base, palette.color(QPalette.ColorRole.Text), 0.07)
    return blend(base, QColor(_FILLS[tone]), strength * (1.5 if is_dark(palette) else 1.0))


def muted_color(palette: QPalette) -> QColor:
    return blend(palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.Base),
                 0.42)


def line_color(palette: QPalette) -> QColor:
    return blend(palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text),
                 0.16)


def score_tone(value: float | None) -> str:
    if value is None:
        return NEUTRAL
    if value >= SCORE_GOOD:
        return GOOD
    return WARN if value >= SCORE_WARN else BAD


def fmt_score(value: float | None) -> str:
    return "–" if value is None else format_fixed(value)


def _moment(iso: str) -> QDateTime | None:
    text = iso.replace("Z", "").replace(" ", "T")
    moment = QDateTime.fromString(text[:19], "yyyy-MM-ddTHH:mm:ss")
    if not moment.isValid():
        moment = QDateTime.fromString(text[:16], "yyyy-MM-ddTHH:mm")
    return moment if moment.isValid() else None


def fmt_datetime(iso: str | None) -> str:
    """A check's or a photo's time: the interface language's date and 24-hour time."""
    if not iso:
        return ""
    moment = _moment(iso)
    if moment is None:
        return date_text(iso) or iso
    return QLocale().toString(moment, f"{date_format()}  HH:mm")


def fmt_time(iso: str | None) -> str:
    """Only the 24-hour time of ``iso`` ("" when it has none)."""
    moment = _moment(iso) if iso else None
    return QLocale().toString(moment, "HH:mm") if moment is not None else ""


def fmt_date(iso: str | None) -> str:
    return date_text(iso) or (iso or "")


def fmt_number(value: float | None) -> str:
    """A weight, points or a threshold as the interface language writes it: 1.5 in English,
    1,5 in Russian; whole numbers without a fraction."""
    if value is None:
        return ""
    if value == int(value):
        return QLocale().toString(int(value))
    return QLocale().toString(float(value), "g", 6)


def fmt_size(size: int) -> str:
    """A file size in the interface language: "512 B", "1.5 MB"; "512 Б", "1,5 МБ"."""
    units = [QCoreApplication.translate("Units", "B", "bytes"),
             QCoreApplication.translate("Units", "KB", "kilobytes"),
             QCoreApplication.translate("Units", "MB", "megabytes"),
             QCoreApplication.translate("Units", "GB", "gigabytes")]
    value = float(size)
    for i, unit in enumerate(units):
        if value < 1024 or i == len(units) - 1:
            number = QLocale().toString(size) if i == 0 else QLocale().toString(value, "f", 1)
            return f"{number} {unit}"
        value /= 1024
    return f"{size} {units[0]}"


def scaled_font(base: QFont, delta: float = 0, bold: bool = False) -> QFont:
    font = QFont(base)
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() + delta)
    font.setBold(bold)
    return font


# -- painting -------------------------------------------------------------------------------
def paint_pill(painter: QPainter, rect: QRectF, text: str, tone: str | None,
               palette: QPalette, font: QFont | None = None, *,
               align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft) -> QRectF:
    """A rounded label, sized to its text inside ``rect``; returns where it was drawn."""
    font = font or painter.font()
    metrics = QFontMetrics(font)
    width = min(rect.width(), metrics.horizontalAdvance(text) + 16)
    height = min(rect.height(), metrics.height() + 6)
    x = rect.left()
    if align & Qt.AlignmentFlag.AlignRight:
        x = rect.right() - width
    elif align & Qt.AlignmentFlag.AlignHCenter:
        x = rect.center().x() - width / 2
    pill = QRectF(x, rect.center().y() - height / 2, width, height)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tone_fill(tone, palette, 0.2))
    painter.drawRoundedRect(pill, height / 2, height / 2)
    painter.setFont(font)
    painter.setPen(tone_color(tone, palette) if tone else palette.color(QPalette.ColorRole.Text))
    painter.drawText(pill, Qt.AlignmentFlag.AlignCenter,
                     metrics.elidedText(text, Qt.TextElideMode.ElideRight, int(width) - 10))
    painter.restore()
    return pill


class PillDelegate(QStyledItemDelegate):
    """Draws a cell's text as a coloured pill, its tone taken from ``TONE_ROLE``."""

    def __init__(self, parent=None, *, align=Qt.AlignmentFlag.AlignLeft) -> None:
        super().__init__(parent)
        self.align = align

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        text = index.data(Qt.ItemDataRole.DisplayRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if not text:
            return
        font = scaled_font(option.font, -0.5, bold=True)
        paint_pill(painter, QRectF(option.rect).adjusted(6, 3, -6, -3), str(text),
                   index.data(TONE_ROLE), option.palette, font, align=self.align)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + 24, max(hint.height(), QFontMetrics(option.font).height() + 12))


class TwoLineDelegate(QStyledItemDelegate):
    """The cell's text and, under it in a muted colour, its ``DETAIL_ROLE``; both elided to
    the cell's width (the full texts belong in the tooltip). Rows need two lines of height."""

    PAD = 6

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, detail = opt.text, str(index.data(DETAIL_ROLE) or "")
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        plain = QFont(option.font)  # the detail line: not bold even when the text is
        first, second = QFontMetrics(opt.font), QFontMetrics(plain)
        rect = QRectF(option.rect).adjusted(self.PAD, 0, -self.PAD, 0)
        height = first.height() + (second.height() if detail else 0)
        top = rect.center().y() - height / 2
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.save()
        painter.setFont(opt.font)
        painter.setPen(opt.palette.color(QPalette.ColorRole.HighlightedText if selected
                                         else QPalette.ColorRole.Text))
        painter.drawText(QRectF(rect.left(), top, rect.width(), first.height()), align,
                         first.elidedText(text, Qt.TextElideMode.ElideRight, int(rect.width())))
        if detail:
            painter.setFont(plain)
            if not selected:
                painter.setPen(muted_color(option.palette))
            painter.drawText(QRectF(rect.left(), top + first.height(), rect.width(),
                                    second.height()), align,
                             second.elidedText(detail, Qt.TextElideMode.ElideRight,
                                               int(rect.width())))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        detail = str(index.data(DETAIL_ROLE) or "")
        first, second = QFontMetrics(opt.font), QFontMetrics(option.font)
        width = max(first.horizontalAdvance(opt.text), second.horizontalAdvance(detail))
        return QSize(width + 2 * self.PAD + 4, first.height() + second.height() + 10)


def refilter(proxy: QSortFilterProxyModel, change: Callable[[], None]) -> None:
    """Apply ``change`` to a proxy's filter settings and refilter (Qt ≥ 6.9 wants it framed
    by begin/endFilterChange; older versions have only invalidateFilter)."""
    if hasattr(proxy, "beginFilterChange"):
        proxy.beginFilterChange()
        change()
        proxy.endFilterChange(QSortFilterProxyModel.Direction.Rows)
    else:  # pragma: no cover - Qt < 6.9
        change()
        proxy.invalidateFilter()


class RoomyDelegate(QStyledItemDelegate):
    """The default painting with a little more air between rows."""

    def __init__(self, parent=None, padding: int = 8) -> None:
        super().__init__(parent)
        self.padding = padding

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        return QSize(hint.width() + self.padding * 2, hint.height() + self.padding)


# -- widgets --------------------------------------------------------------------------------
class Header(QWidget):
    """A screen's title and a muted line under it, with room on the right for controls."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 8)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        self.title = QLabel()
        self.title.setObjectName("viewTitle")
        self.title.setFont(scaled_font(self.font(), 6, bold=True))
        self.subtitle = QLabel()
        self.subtitle.setObjectName("viewSubtitle")
        self.subtitle.setWordWrap(True)
        set_muted(self.subtitle)
        texts.addWidget(self.title)
        texts.addWidget(self.subtitle)
        layout.addLayout(texts, 1)
        self.tools = QHBoxLayout()
        self.tools.setSpacing(8)
        layout.addLayout(self.tools)

    def set_text(self, title: str, subtitle: str = "") -> None:
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))


class EmptyState(QWidget):
    """Centered: a large glyph, what is missing, and what to do about it."""

    def __init__(self, glyph: str = "○", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        column = QWidget()
        column.setMaximumWidth(540)
        column.setMinimumWidth(360)
        inner = QVBoxLayout(column)
        inner.setSpacing(8)
        self.glyph = QLabel(glyph)
        self.glyph.setFont(scaled_font(self.font(), 22))
        set_muted(self.glyph)
        self.headline = QLabel()
        self.headline.setFont(scaled_font(self.font(), 3, bold=True))
        self.headline.setWordWrap(True)
        self.body = QLabel()
        self.body.setFont(scaled_font(self.font(), 0.5))
        self.body.setWordWrap(True)
        set_muted(self.body)
        for label in (self.glyph, self.headline, self.body):
            label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            inner.addWidget(label)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(column, 3)
        row.addStretch(1)
        outer = QVBoxLayout(self)
        outer.addStretch(2)
        outer.addLayout(row)
        outer.addStretch(3)

    def set_text(self, headline: str, body: str = "", glyph: str | None = None) -> None:
        self.headline.setText(headline)
        self.body.setText(body)
        self.body.setVisible(bool(body))
        if glyph is not None:
            self.glyph.setText(glyph)

    def text(self) -> str:
        return f"{self.headline.text()} {self.body.text()}".strip()


class Page(QStackedWidget):
    """A screen's body: the content, or the empty state in its place."""

    def __init__(self, content: QWidget, glyph: str = "○",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty = EmptyState(glyph)
        self.content = content
        self.addWidget(content)
        self.addWidget(self.empty)

    def show_content(self) -> None:
        self.setCurrentWidget(self.content)

    def show_empty(self, headline: str, body: str = "", glyph: str | None = None) -> None:
        self.empty.set_text(headline, body, glyph)
        self.setCurrentWidget(self.empty)

    @property
    def is_empty(self) -> bool:
        return self.currentWidget() is self.empty


def flat_headers(view: QWidget) -> None:
    """Plain, hairline-separated header sections instead of bevelled buttons."""
    pal = view.palette()
    line = line_color(pal).name()
    base = pal.color(QPalette.ColorRole.Base).name()
    muted = muted_color(pal).name()
    view.setStyleSheet(
        f"QHeaderView::section {{ background: {base}; color: {muted}; border: none;"
        f" border-bottom: 1px solid {line}; padding: 6px 6px; font-weight: bold; }}"
        f" QTableCornerButton::section {{ background: {base}; border: none; }}")


def set_muted(label: QWidget) -> None:
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, muted_color(palette))
    label.setPalette(palette)


def hline() -> QFrame:
    line = QFrame()
    line.setFrameShape(QFrame.Shape.HLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    palette = line.palette()
    palette.setColor(QPalette.ColorRole.WindowText, line_color(palette))
    line.setPalette(palette)
    return line


def section_label(text: str = "") -> QLabel:
    """A small caps-like heading above a group of fields."""
    label = QLabel(text.upper() if text else "")
    label.setFont(scaled_font(label.font(), -1, bold=True))
    set_muted(label)
    return label


def vbox(widget: QWidget, margins: tuple[int, int, int, int] = (0, 0, 0, 0),
         spacing: int = 0) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(*margins)
    layout.setSpacing(spacing)
    return layout
