"""The parts of the Feedback screen that show responses: the 0–10 distribution chart and the
table model of the responses (score pill, CES, touchpoint, subject, comment, tags, follow-up)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QWidget

from cxdesk.feedback import Response
from ui.dialogs.feedback_forms import follow_up_status_labels
from ui.views.base import View
from ui.views.kit import (
    BAD,
    GOOD,
    SORT_ROLE,
    TONE_ROLE,
    WARN,
    HeaderedTableModel,
    fmt_date,
    line_color,
    muted_color,
    scaled_font,
    tone_solid,
)

GROUP_TONES = {"promoter": GOOD, "passive": WARN, "detractor": BAD}
FOLLOW_UP_TONES = {"open": BAD, "contacted": WARN, "closed": GOOD}


def score_group_tone(score: int) -> str:
    return GOOD if score >= 9 else WARN if score >= 7 else BAD


def nps_tone(value: float) -> str:
    return GOOD if value >= 30 else WARN if value >= 0 else BAD


class Distribution(QWidget):
    """Eleven bars, 0 to 10: detractors red, passives amber, promoters green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = [0] * 11
        self.setMinimumHeight(150)

    def set_counts(self, counts: list[int]) -> None:
        self.counts = list(counts)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 170)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        font = scaled_font(self.font(), -1)
        metrics = QFontMetrics(font)
        label_h = metrics.height() + 6
        area = QRectF(self.rect()).adjusted(8, label_h + 4, -8, -label_h - 4)
        top = max(self.counts) or 1
        slot = area.width() / 11
        painter.setPen(line_color(pal))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for score, count in enumerate(self.counts):
            tone = score_group_tone(score)
            x = area.left() + score * slot
            height = area.height() * count / top
            bar = QRectF(x + slot * 0.15, area.bottom() - height, slot * 0.7, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tone_solid(tone, pal))
            if count:
                painter.drawRoundedRect(bar, 3, 3)
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.Text) if count else muted_color(pal))
            if count:
                painter.drawText(QRectF(x, bar.top() - label_h, slot, label_h),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 str(count))
            painter.setPen(muted_color(pal))
            painter.drawText(QRectF(x, area.bottom() + 4, slot, label_h),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             str(score))
        painter.end()


class ResponsesModel(HeaderedTableModel):
    DATE, SCORE, CES, TOUCHPOINT, SUBJECT, COMMENT, TAGS, FOLLOW_UP = range(8)

    def __init__(self, view: View) -> None:
        super().__init__(view, [
            QCoreApplication.translate("FeedbackView", "Date"),
            QCoreApplication.translate("FeedbackView", "Score"),
            QCoreApplication.translate("FeedbackView", "CES"),
            QCoreApplication.translate("FeedbackView", "Touchpoint"),
            QCoreApplication.translate("FeedbackView", "Subject"),
            QCoreApplication.translate("FeedbackView", "Comment"),
            QCoreApplication.translate("FeedbackView", "Tags"),
            QCoreApplication.translate("FeedbackView", "Follow-up")])
        self.view = view
        self.responses: list[Response] = []
        self._order: tuple[int, Qt.SortOrder] = (self.DATE, Qt.SortOrder.DescendingOrder)

    def items(self) -> list[Response]:
        return self.responses

    def set_responses(self, responses: list[Response]) -> None:
        self.beginResetModel()
        self.responses = self._sorted(responses)
        self.endResetModel()

    def _sorted(self, responses: list[Response]) -> list[Response]:
        column, order = self._order
        if not 0 <= column < len(self.headers):
            return list(responses)
        return sorted(responses, key=lambda r: self._sort_key(r, column),
                      reverse=order == Qt.SortOrder.DescendingOrder)

    def _sort_key(self, r: Response, col: int) -> tuple[int, object]:
        value = self.data_of(r, col, SORT_ROLE)
        return (0, value) if isinstance(value, (int, float)) else (1, str(value))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in Python, at once: a proxy asking ``data`` n·log n times takes
        seconds on 100 000 responses. Selected rows follow their responses."""
        self._order = (column, order)
        self.layoutAboutToBeChanged.emit()
        before = self.persistentIndexList()
        kept = [(self.responses[i.row()].id, i.column()) for i in before]
        self.responses = self._sorted(self.responses)
        where = {r.id: n for n, r in enumerate(self.responses)}
        self.changePersistentIndexList(before, [self.index(where[ident], col)
                                                for ident, col in kept])
        self.layoutChanged.emit()

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole
                and section == self.CES):
            return QCoreApplication.translate("FeedbackView", "Customer effort score (1–7)")
        return super().headerData(section, orientation, role)

    def _display(self, r: Response, col: int) -> str:
        if col == self.DATE:
            return fmt_date(r.responded_on)
        if col == self.SCORE:
            return str(r.score)
        if col == self.CES:
            return "" if r.ces is None else str(r.ces)
        if col == self.TOUCHPOINT:
            return r.touchpoint
        if col == self.SUBJECT:
            return r.subject
        if col == self.COMMENT:
            return r.comment
        if col == self.TAGS:
            return ", ".join(r.tags)
        return follow_up_status_labels().get(r.follow_up or "", "")

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        return self.data_of(self.responses[index.row()], index.column(), role)

    def data_of(self, r: Response, col: int, role: int):  # noqa: ANN201 - as data()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(r, col)
        if role == SORT_ROLE:  # asked n·log n times when sorting: only the column's own value
            if col == self.DATE:
                return r.responded_on or ""
            if col == self.SCORE:
                return r.score
            if col == self.CES:
                return -1 if r.ces is None else r.ces
            return self._display(r, col) or ""
        if role == TONE_ROLE and col == self.SCORE:
            return GROUP_TONES[r.group]
        if role == TONE_ROLE and col == self.FOLLOW_UP:
            return FOLLOW_UP_TONES.get(r.follow_up or "")
        if role == Qt.ItemDataRole.UserRole:
            return r.id
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COMMENT and r.comment:
                return r.comment
            if col == self.SCORE:
                return {"promoter": QCoreApplication.translate("FeedbackView", "Promoter (9–10)"),
                        "passive": QCoreApplication.translate("FeedbackView", "Passive (7–8)"),
                        "detractor": QCoreApplication.translate("FeedbackView", "Detractor (0–6)")}[r.group]
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.DATE, self.CES,
                                                              self.SUBJECT):
            return muted_color(self.view.palette())
        if role == Qt.ItemDataRole.FontRole and col == self.SUBJECT and r.own:
            font = QFont(self.view.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SCORE, self.CES):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None
