"""The items of the journey-map canvas: stage columns with their headers and touchpoint cards.
Items only display: they keep the ids of what they show and what to paint, never business
rules; the scene (``ui/map/scene.py``) creates, updates and places them from the model.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPolygonF,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QWidget

from cxdesk.journey import Touchpoint
from cxdesk.map_scores import CardScore
from ui.views.kit import (
    BAD,
    INFO,
    NEUTRAL,
    WARN,
    blend,
    fmt_score,
    is_dark,
    line_color,
    muted_color,
    score_tone,
    tone_color,
    tone_fill,
    tone_solid,
)

GUTTER = 132  # the lane labels' column on the left
COLUMN_W = 224
CARD_W = 200
CARD_H = 80
HANDLE_R = 7  # the connect handle on a card's right edge
CARD_GAP = 22
HEADER_H = 70
PAD = 10
EMOTION_H = 116
LANE_TOP_GAP = 8


@dataclass(frozen=True)
class LaneTexts:
    """Translated words the scene draws (the scene itself holds no business data)."""

    touchpoints: str = "Touchpoints"
    emotion: str = "Emotion"
    score: str = "Score"
    no_score: str = "no checks yet"
    online: str = "online"
    offline: str = "offline"
    person: str = "with a person"
    product: str = "with the product"
    barriers: str = "Barriers"
    critical: str = "critical criterion failed"


def _font(base: QFont, delta: float = 0, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(max(6.0, (font.pointSizeF() if font.pointSizeF() > 0 else 9) + delta))
    font.setBold(bold)
    return font


class _Item(QGraphicsObject):
    """Base: colours come from the scene's palette, so dark mode follows the window."""

    def palette(self) -> QPalette:
        scene = self.scene()
        return scene.palette() if scene is not None else QPalette()


# -- stage columns ------------------------------------------------------------------------
class StageColumn(_Item):
    """A stage: its header (name and touchpoint count) and its column down the lanes."""

    def __init__(self, stage_id: str) -> None:
        super().__init__()
        self.stage_id = stage_id
        self.name = ""
        self.count_text = ""
        self.rect = QRectF()
        self.header_rect = QRectF()
        self.shaded = False
        self.setZValue(-10)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        # no device cache: a column is as tall as the map, so its cached pixmap (re-rendered
        # whenever a pan lands on a fractional device offset) costs more than the paint, a
        # fill, a line and a header

    def set_stage(self, name: str, count_text: str) -> None:
        self.name, self.count_text = name, count_text
        self.update()

    def place(self, rect: QRectF, header_rect: QRectF, shaded: bool) -> None:
        if rect != self.rect or header_rect != self.header_rect:
            self.prepareGeometryChange()
        self.rect, self.header_rect, self.shaded = rect, header_rect, shaded
        self.update()

    def boundingRect(self) -> QRectF:
        return self.rect.united(self.header_rect).adjusted(-1, -1, 1, 1)

    def shape(self) -> QPainterPath:
        # only the header selects the stage: clicks in the column fall through to the scene
        path = QPainterPath()
        path.addRect(self.header_rect)
        return path

    def paint(self, painter: QPainter, option, widget: QWidget | None = None) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        font = QFont(painter.font())
        if self.shaded:
            painter.fillRect(self.rect, blend(base, text, 0.035))
        painter.setPen(QPen(line_color(pal), 1))
        painter.drawLine(self.rect.topRight(), self.rect.bottomRight())
        header = self.header_rect.adjusted(6, 6, -6, -4)
        selected = self.isSelected()
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Highlight), 2) if selected
                       else Qt.PenStyle.NoPen)
        painter.setBrush(tone_fill(INFO, pal, 0.12))
        painter.drawRoundedRect(header, 8, 8)
        name_font = _font(font, 1, bold=True)
        metrics = QFontMetricsF(name_font)
        painter.setFont(name_font)
        painter.setPen(text)
        inner = header.adjusted(10, 6, -10, -5)
        option_ = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        option_.setWrapMode(QTextOption.WrapMode.WordWrap)
        painter.drawText(QRectF(inner.left(), inner.top(), inner.width(),
                                metrics.lineSpacing() * 2 + 2),
                         _two_lines(self.name, metrics, inner.width()), option_)
        small = _font(font, -2)
        painter.setFont(small)
        painter.setPen(muted_color(pal))
        painter.drawText(inner, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                         self.count_text)


# -- touchpoint cards ---------------------------------------------------------------------
def glyph_globe(painter: QPainter, box: QRectF) -> None:
    painter.drawEllipse(box)
    painter.drawEllipse(box.adjusted(box.width() * 0.28, 0, -box.width() * 0.28, 0))
    painter.drawLine(QPointF(box.left(), box.center().y()), QPointF(box.right(), box.center().y()))


def glyph_building(painter: QPainter, box: QRectF) -> None:
    body = QRectF(box.left() + 1, box.top() + box.height() * 0.38, box.width() - 2,
                  box.height() * 0.62)
    roof = QPolygonF([QPointF(box.left(), body.top()), QPointF(box.center().x(), box.top()),
                      QPointF(box.right(), body.top())])
    painter.drawPolyline(roof)
    painter.drawRect(body)
    door = QRectF(box.center().x() - box.width() * 0.14, body.bottom() - body.height() * 0.55,
                  box.width() * 0.28, body.height() * 0.55)
    painter.drawRect(door)


def glyph_person(painter: QPainter, box: QRectF) -> None:
    r = box.width() * 0.22
    painter.drawEllipse(QPointF(box.center().x(), box.top() + r + 0.5), r, r)
    shoulders = QPainterPath()
    shoulders.moveTo(box.left() + 1, box.bottom())
    shoulders.cubicTo(box.left() + 1, box.center().y() + 1, box.right() - 1,
                      box.center().y() + 1, box.right() - 1, box.bottom())
    painter.drawPath(shoulders)


def glyph_product(painter: QPainter, box: QRectF) -> None:
    # a screen on a stand: a website, a kiosk, the product itself
    screen = QRectF(box.left(), box.top() + 1, box.width(), box.height() * 0.66)
    painter.drawRoundedRect(screen, 1.5, 1.5)
    painter.drawLine(QPointF(box.center().x(), screen.bottom()),
                     QPointF(box.center().x(), box.bottom()))
    painter.drawLine(QPointF(box.left() + box.width() * 0.25, box.bottom()),
                     QPointF(box.right() - box.width() * 0.25, box.bottom()))


class TouchpointCard(_Item):
    """A touchpoint: its number on the journey, name, department, channel and interaction
    glyphs, barrier marker, and — on a live map — the chosen subject's score (and the
    competitor's in compare mode) with the checks done against required."""

    def __init__(self, touchpoint_id: str, texts: LaneTexts) -> None:
        super().__init__()
        self.touchpoint_id = touchpoint_id
        self.texts = texts
        self.name = self.department = ""
        self.channel, self.interaction = "offline", "person"
        self.number = 0
        self.barriers = 0
        self.max_severity = 0
        self.own: CardScore | None = None
        self.rival: CardScore | None = None
        self.compare = False
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsFocusable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setZValue(10)
        # painted once per zoom level, then blitted: panning a big map stays smooth
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self._hover = False

    @property
    def own_score(self):  # noqa: ANN201 - the chosen subject's Score, if any
        return self.own.score if self.own else None

    def set_touchpoint(self, tp: Touchpoint, number: int, barriers: int,
                       max_severity: int) -> None:
        self.name, self.department = tp.name, tp.department
        self.channel, self.interaction = tp.channel, tp.interaction
        self.number, self.barriers, self.max_severity = number, barriers, max_severity
        self.update()

    def set_scores(self, own: CardScore | None, rival: CardScore | None, compare: bool) -> None:
        self.own, self.rival, self.compare = own, rival, compare
        self.update()

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, CARD_W + 4 + HANDLE_R, CARD_H + 4)

    def handle_rect(self) -> QRectF:
        """The connect handle: drag from it to another card to draw a flow."""
        return QRectF(CARD_W - HANDLE_R, CARD_H / 2 - HANDLE_R, HANDLE_R * 2, HANDLE_R * 2)

    def anchor(self, side: str) -> QPointF:
        """A point on the card's edge, in scene coordinates: left, right, top or bottom."""
        local = {"left": QPointF(0, CARD_H / 2), "right": QPointF(CARD_W, CARD_H / 2),
                 "top": QPointF(CARD_W / 2, 0), "bottom": QPointF(CARD_W / 2, CARD_H)}[side]
        return self.mapToScene(local)

    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        self.update()

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        self.update()

    def hoverMoveEvent(self, event) -> None:
        on_handle = self.handle_rect().contains(event.pos())
        self.setCursor(Qt.CursorShape.CrossCursor if on_handle else Qt.CursorShape.OpenHandCursor)

    def paint(self, painter: QPainter, option, widget: QWidget | None = None) -> None:
        pal = self.palette()
        base = pal.color(QPalette.ColorRole.Base)
        text = pal.color(QPalette.ColorRole.Text)
        muted = muted_color(pal)
        font = QFont(painter.font())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        card = QRectF(0, 0, CARD_W, CARD_H)
        # shadow, body, border
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(0, 0, 0, 60 if is_dark(pal) else 22))
        painter.drawRoundedRect(card.translated(0, 2), 8, 8)
        selected = self.isSelected()
        highlight = pal.color(QPalette.ColorRole.Highlight)
        border = highlight if (selected or self._hover) else blend(base, text, 0.22)
        painter.setBrush(blend(base, text, 0.06) if is_dark(pal) else base)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.drawRoundedRect(card, 8, 8)
        # the chosen subject's score as a stripe on the left edge
        tone = score_tone(self.own_score.value if self.own_score else None)
        stripe = QPainterPath()
        stripe.addRoundedRect(QRectF(0.5, 0.5, 12, CARD_H - 1), 7, 7)
        clip = QPainterPath()
        clip.addRect(QRectF(0, 0, 5, CARD_H))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tone_solid(tone, pal) if tone != NEUTRAL else blend(base, text, 0.15))
        painter.drawPath(stripe.intersected(clip))
        # top row: channel and interaction glyphs, department, barriers, number
        painter.setPen(QPen(tone_color(INFO, pal), 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        (glyph_globe if self.channel == "online" else glyph_building)(
            painter, QRectF(13, 7, 13, 13))
        (glyph_product if self.interaction == "product" else glyph_person)(
            painter, QRectF(31, 7, 13, 13))
        right = CARD_W - 8
        badge_font = _font(font, -1.5, bold=True)
        badge_w = max(20.0, QFontMetricsF(badge_font).horizontalAdvance(str(self.number)) + 10)
        badge = QRectF(right - badge_w, 5, badge_w, 17)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(blend(base, text, 0.12))
        painter.drawRoundedRect(badge, 8.5, 8.5)
        painter.setPen(text)
        painter.setFont(badge_font)
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.number))
        right = badge.left() - 4
        if self.barriers:  # the barrier marker
            tone = BAD if self.max_severity >= 3 else WARN
            label = f"⚠ {self.barriers}"
            width = QFontMetricsF(badge_font).horizontalAdvance(label) + 12
            pill = QRectF(right - width, 5, width, 17)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tone_fill(tone, pal, 0.25))
            painter.drawRoundedRect(pill, 8.5, 8.5)
            painter.setPen(tone_color(tone, pal))
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
            right = pill.left() - 4
        if self.department:
            small = _font(font, -2)
            painter.setFont(small)
            painter.setPen(muted)
            left = 50.0
            dept = QFontMetricsF(small).elidedText(self.department, Qt.TextElideMode.ElideRight,
                                                   right - left - 2)
            painter.drawText(QRectF(left, 5, right - left, 17),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, dept)
        # the name: up to two lines, elided after that
        name_font = _font(font, 1, bold=True)
        painter.setFont(name_font)
        painter.setPen(text)
        metrics = QFontMetricsF(name_font)
        name_rect = QRectF(13, 25, CARD_W - 21, 36)
        wrap = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
        painter.drawText(name_rect, _two_lines(self.name, metrics, name_rect.width()), wrap)
        self._paint_scores(painter, pal, font)
        if selected or self._hover:  # the connect handle
            painter.setPen(QPen(base, 1.5))
            painter.setBrush(highlight)
            painter.drawEllipse(self.handle_rect().center(), HANDLE_R - 1.5, HANDLE_R - 1.5)

    def _paint_scores(self, painter: QPainter, pal: QPalette, font: QFont) -> None:
        if self.own is None and self.rival is None:
            return
        chips = [self.own, self.rival] if self.compare else [self.own]
        width = (CARD_W - 21 - 4 * (len(chips) - 1)) / len(chips)
        for i, card in enumerate(chips):
            rect = QRectF(13 + i * (width + 4), CARD_H - 19, width, 15)
            _score_chip(painter, rect, card, pal, font)


def _score_chip(painter: QPainter, rect: QRectF, card: CardScore | None, pal: QPalette,
                font: QFont) -> None:
    """A score (coloured, with n) and the checks done against required."""
    score = card.score if card else None
    value = score.value if score else None
    tone = score_tone(value)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(tone_fill(tone, pal, 0.22))
    painter.drawRoundedRect(rect, 5, 5)
    text = fmt_score(value)
    if score is not None and score.flagged:
        text += " ⚠"
    big = _font(font, -1, bold=True)
    painter.setFont(big)
    painter.setPen(tone_color(tone, pal) if tone != NEUTRAL else muted_color(pal))
    painter.drawText(rect.adjusted(6, 0, 0, 0),
                     Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
    if card is not None and card.required:
        painter.setFont(_font(font, -2.5))
        painter.setPen(muted_color(pal))
        painter.drawText(rect.adjusted(0, 0, -6, 0),
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         f"{card.done}/{card.required}")


def _two_lines(text: str, metrics: QFontMetricsF, width: float) -> str:
    """Break ``text`` at words into at most two lines, eliding the rest of the second."""
    words, first = text.split(), ""
    while words and metrics.horizontalAdvance((first + " " + words[0]).strip()) <= width:
        first = (first + " " + words.pop(0)).strip()
    if not first and words:  # one long word: let elision cut it
        return metrics.elidedText(text, Qt.TextElideMode.ElideRight, width)
    rest = " ".join(words)
    if not rest:
        return first
    return first + "\n" + metrics.elidedText(rest, Qt.TextElideMode.ElideRight, width)


