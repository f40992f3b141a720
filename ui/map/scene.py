"""The journey map drawn on a QGraphicsScene: a projection of ``cxdesk.journey.JourneyMap``.

Stages are columns left to right, touchpoints cards stacked inside their stage in journey
order, flows arrows between cards (solid: the client is sent on; dashed: goes by themselves).
Below the cards run two lanes: the emotion curve and, once checks exist, the scores of the own
company against the first competitor. Items only display; the scene keeps a private map from
document ids to items (``cards``, ``arrows``, ``columns``) so that a later editable canvas can
update single items when the document announces a change.
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
    QPainterPathStroker,
    QPalette,
    QPen,
    QPolygonF,
    QTextOption,
)
from PySide6.QtWidgets import QGraphicsItem, QGraphicsObject, QGraphicsScene, QWidget

from cxdesk.journey import Flow, JourneyMap, ScoreComparison, Touchpoint
from cxdesk.scoring import Score
from ui.views.kit import (
    BAD,
    GOOD,
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
CARD_H = 64
CARD_GAP = 22
HEADER_H = 70
PAD = 10
EMOTION_H = 116
SCORE_ROW = 24


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
    def __init__(self, stage_id: str, name: str, count_text: str, rect: QRectF,
                 header_rect: QRectF, shaded: bool) -> None:
        super().__init__()
        self.stage_id = stage_id
        self.name = name
        self.count_text = count_text
        self.rect = rect
        self.header_rect = header_rect
        self.shaded = shaded
        self.setZValue(-10)

    def boundingRect(self) -> QRectF:
        return self.rect.united(self.header_rect).adjusted(-1, -1, 1, 1)

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
        painter.setPen(Qt.PenStyle.NoPen)
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
    glyphs, barrier count, and a stripe in the colour of the own company's score."""

    def __init__(self, touchpoint: Touchpoint, number: int, barriers: int,
                 max_severity: int, own_score: Score | None, texts: LaneTexts) -> None:
        super().__init__()
        self.touchpoint_id = touchpoint.id
        self.name = touchpoint.name
        self.department = touchpoint.department
        self.channel = touchpoint.channel
        self.interaction = touchpoint.interaction
        self.number = number
        self.barriers = barriers
        self.max_severity = max_severity
        self.own_score = own_score
        self.texts = texts
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self._hover = False

    def boundingRect(self) -> QRectF:
        return QRectF(-2, -2, CARD_W + 4, CARD_H + 4)

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
        border = pal.color(QPalette.ColorRole.Highlight) if (selected or self._hover) \
            else blend(base, text, 0.22)
        painter.setBrush(blend(base, text, 0.06) if is_dark(pal) else base)
        painter.setPen(QPen(border, 2 if selected else 1))
        painter.drawRoundedRect(card, 8, 8)
        # the own company's score as a stripe on the left edge
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
        if self.barriers:
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
        name_rect = QRectF(13, 26, CARD_W - 21, CARD_H - 30)
        wrap = QTextOption(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        wrap.setWrapMode(QTextOption.WrapMode.WordWrap)
        painter.drawText(name_rect, _two_lines(self.name, metrics, name_rect.width()), wrap)


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
        self._path, self._head = self._route()
        if flow.label:
            self.setToolTip(flow.label)

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
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(colour, 1.6)
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
            painter.drawText(inner.adjusted(0, 20, 0, 0), self.detail, wrap)


class EmotionCurve(_Item):
    """The client's emotion at each touchpoint (−2…+2) as a smooth line through points."""

    def __init__(self, rect: QRectF, points: list[tuple[float, int | None, int, str]]) -> None:
        super().__init__()
        self.rect = rect  # the plotting area (lane minus margins)
        self.points = points  # (x, emotion or None, number, name)
        self.setZValue(2)

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


class ScoreRow(_Item):
    """One touchpoint's scores: its number, the own company's and the competitor's chips."""

    def __init__(self, number: int, name: str, own: Score | None, rival: Score | None,
                 width: float, has_rival: bool) -> None:
        super().__init__()
        self.number = number
        self.name = name
        self.own = own
        self.rival = rival
        self.width = width
        self.has_rival = has_rival

    def boundingRect(self) -> QRectF:
        return QRectF(0, 0, self.width, SCORE_ROW - 4)

    def _chip(self, painter: QPainter, rect: QRectF, score: Score | None,
              pal: QPalette, font: QFont) -> None:
        tone = score_tone(score.value if score else None)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(tone_fill(tone, pal, 0.22))
        painter.drawRoundedRect(rect, 6, 6)
        value = fmt_score(score.value if score else None)
        if score is not None and score.flagged:
            value += " ⚠"
        big = _font(font, 0.5, bold=True)
        small = _font(font, -2.5)
        painter.setFont(big)
        painter.setPen(tone_color(tone, pal) if tone != NEUTRAL else muted_color(pal))
        n_text = f"n{score.n}" if score is not None and score.value is not None else ""
        big_w = QFontMetricsF(big).horizontalAdvance(value)
        small_w = QFontMetricsF(small).horizontalAdvance(n_text) + (3 if n_text else 0)
        left = rect.center().x() - (big_w + small_w) / 2
        painter.drawText(QRectF(left, rect.top(), big_w + 2, rect.height()),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, value)
        if n_text:
            painter.setFont(small)
            painter.setPen(muted_color(pal))
            painter.drawText(QRectF(left + big_w + 3, rect.top(), small_w + 2,
                                    rect.height() - 3),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, n_text)

    def paint(self, painter: QPainter, option, widget: QWidget | None = None) -> None:
        pal = self.palette()
        font = QFont(painter.font())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        h = SCORE_ROW - 6
        badge = QRectF(0, (h - 18) / 2 + 1, 22, 18)
        base, text = pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(blend(base, text, 0.12))
        painter.drawRoundedRect(badge, 9, 9)
        painter.setPen(text)
        painter.setFont(_font(font, -1.5, bold=True))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, str(self.number))
        chip_w = 54
        right = self.width
        if self.has_rival:
            self._chip(painter, QRectF(right - chip_w, 1, chip_w, h), self.rival, pal, font)
            right -= chip_w + 4
        self._chip(painter, QRectF(right - chip_w, 1, chip_w, h), self.own, pal, font)
        name_w = right - chip_w - 30 - 6
        if name_w > 60:
            painter.setFont(_font(font, -1.5))
            painter.setPen(muted_color(pal))
            name = QFontMetricsF(painter.font()).elidedText(self.name,
                                                            Qt.TextElideMode.ElideRight, name_w)
            painter.drawText(QRectF(28, 0, name_w, h + 2),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, name)


# -- the scene ----------------------------------------------------------------------------
class JourneyScene(QGraphicsScene):
    """Draws one JourneyMap. ``set_map`` rebuilds the projection."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.texts = LaneTexts()
        self.journey: JourneyMap | None = None
        self._cards: dict[str, TouchpointCard] = {}
        self._arrows: dict[str, FlowArrow] = {}
        self._columns: dict[str, StageColumn] = {}
        self.emotion: EmotionCurve | None = None
        self.score_rows: dict[str, ScoreRow] = {}

    # read-only views of the model -> item map
    @property
    def cards(self) -> dict[str, TouchpointCard]:
        return dict(self._cards)

    @property
    def arrows(self) -> dict[str, FlowArrow]:
        return dict(self._arrows)

    @property
    def columns(self) -> dict[str, StageColumn]:
        return dict(self._columns)

    def set_map(self, journey: JourneyMap | None, comparison: ScoreComparison | None = None,
                texts: LaneTexts | None = None, count_text=lambda n: f"{n}") -> None:
        """Project ``journey``. ``count_text(n)`` words the touchpoint count of a stage."""
        if texts is not None:
            self.texts = texts
        self.clear()
        self._cards.clear()
        self._arrows.clear()
        self._columns.clear()
        self.score_rows.clear()
        self.emotion = None
        self.journey = journey
        if journey is None or not journey.stages:
            self.setSceneRect(QRectF(0, 0, 10, 10))
            return
        numbers = {t.id: i + 1 for i, t in enumerate(journey.touchpoints)}
        stacks = [journey.touchpoints_of(s.id) for s in journey.stages]
        deepest = max([len(s) for s in stacks] + [1])
        cards_top = HEADER_H + PAD + 8
        cards_h = deepest * CARD_H + (deepest - 1) * CARD_GAP + PAD * 2
        emotion_top = cards_top + cards_h
        show_scores = comparison is not None and not comparison.empty
        score_top = emotion_top + EMOTION_H
        score_h = (deepest * SCORE_ROW + PAD * 2) if show_scores else 0
        bottom = score_top + score_h
        width = GUTTER + COLUMN_W * len(journey.stages)

        # lanes first: labels in the gutter and their separating lines
        self.addItem(LaneLabel(self.texts.touchpoints,
                               QRectF(0, cards_top - PAD, GUTTER, cards_h), top=False))
        self.addItem(LaneLabel(self.texts.emotion, QRectF(0, emotion_top, GUTTER, EMOTION_H),
                               "+2 … −2", span=width))
        if show_scores:
            names = " | ".join(s.name for s in (comparison.own, comparison.rival) if s)
            self.addItem(LaneLabel(self.texts.score, QRectF(0, score_top, GUTTER, score_h),
                                   names, span=width))

        xs: dict[str, float] = {}
        for i, (stage, stack) in enumerate(zip(journey.stages, stacks, strict=True)):
            left = GUTTER + i * COLUMN_W
            column = StageColumn(stage.id, stage.name, count_text(len(stack)),
                                 QRectF(left, HEADER_H, COLUMN_W, bottom - HEADER_H),
                                 QRectF(left, 0, COLUMN_W, HEADER_H), shaded=i % 2 == 0)
            self.addItem(column)
            self._columns[stage.id] = column
            for j, tp in enumerate(stack):
                barriers = journey.barriers_of(tp.id)
                own = comparison.pair(tp.id)[0] if comparison else None
                card = TouchpointCard(tp, numbers[tp.id], len(barriers),
                                      max((b.severity for b in barriers), default=0), own,
                                      self.texts)
                card.setPos(left + (COLUMN_W - CARD_W) / 2,
                            cards_top + PAD + j * (CARD_H + CARD_GAP))
                card.setToolTip(self._tooltip(tp, barriers))
                self.addItem(card)
                self._cards[tp.id] = card
                # the emotion point of this touchpoint, spread across its stage
                xs[tp.id] = left + 22 + (j + 0.5) * (COLUMN_W - 44) / len(stack)
                if show_scores:
                    own_s, rival_s = comparison.pair(tp.id)
                    row = ScoreRow(numbers[tp.id], tp.name, own_s, rival_s, COLUMN_W - 24,
                                   comparison.rival is not None)
                    row.setPos(left + 12, score_top + PAD + j * SCORE_ROW)
                    row.setToolTip(self._score_tooltip(tp.name, comparison, own_s, rival_s))
                    self.addItem(row)
                    self.score_rows[tp.id] = row
        for flow in journey.flows:
            source, target = self._cards.get(flow.source_id), self._cards.get(flow.target_id)
            if source is None or target is None:
                continue
            arrow = FlowArrow(flow, source, target)
            self.addItem(arrow)
            self._arrows[flow.id] = arrow
        plot = QRectF(GUTTER, emotion_top + 22, width - GUTTER, EMOTION_H - 52)
        self.emotion = EmotionCurve(plot, [(xs[t.id], t.emotion, numbers[t.id], t.name)
                                           for t in journey.touchpoints])
        self.addItem(self.emotion)
        self.setSceneRect(QRectF(0, 0, width, bottom).adjusted(-8, -8, 8, 8))

    def _tooltip(self, tp: Touchpoint, barriers) -> str:
        channel = self.texts.online if tp.channel == "online" else self.texts.offline
        who = self.texts.person if tp.interaction == "person" else self.texts.product
        lines = [f"<b>{_esc(tp.name)}</b>", f"{channel} · {who}"]
        if tp.department:
            lines.append(_esc(tp.department))
        if tp.description:
            lines.append(f"<i>{_esc(tp.description)}</i>")
        if barriers:
            lines.append(f"<br><b>{_esc(self.texts.barriers)}</b>")
            lines.extend(f"⚠ {_esc(b.description)}" for b in barriers)
        return "<br>".join(lines)

    def _score_tooltip(self, name: str, comparison: ScoreComparison, own: Score | None,
                       rival: Score | None) -> str:
        lines = [f"<b>{_esc(name)}</b>"]
        for subject, score in ((comparison.own, own), (comparison.rival, rival)):
            if subject is None:
                continue
            if score is None or score.value is None:
                lines.append(f"{_esc(subject.name)}: – ({_esc(self.texts.no_score)})")
                continue
            line = f"{_esc(subject.name)}: <b>{score.value:.0f}</b> (n = {score.n})"
            if score.flagged:
                line += f" ⚠ {_esc(self.texts.critical)}"
            lines.append(line)
        return "<br>".join(lines)

    def card_at_number(self, number: int) -> TouchpointCard | None:
        return next((c for c in self._cards.values() if c.number == number), None)


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


__all__ = ["JourneyScene", "LaneTexts", "TouchpointCard", "FlowArrow", "StageColumn",
           "EmotionCurve", "ScoreRow"]
