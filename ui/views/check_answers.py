"""The answers pane of the Checks screen: a check's answers grouped by stage and touchpoint,
the criterion with its comment, and the summary above them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from cxdesk.checks import AnswerRow
from cxdesk.rounding import format_fixed
from ui.views.base import View
from ui.views.grouped_model import GroupedModel
from ui.views.kit import (
    BAD,
    DETAIL_ROLE,
    fmt_number,
    muted_color,
    scaled_font,
    score_tone,
    tone_color,
    tone_fill,
    vbox,
)


class AnswersModel(GroupedModel):
    """Groups (stage › touchpoint) with their answers beneath."""

    CRITERION, ANSWER, MARK, PHOTOS = range(4)

    def __init__(self, view: View) -> None:
        super().__init__(view, [QCoreApplication.translate("ChecksView", "Criterion"),
                                QCoreApplication.translate("ChecksView", "Answer"),
                                QCoreApplication.translate("ChecksView", "Score"),
                                QCoreApplication.translate("ChecksView", "Photos")])
        self.view = view

    def set_answers(self, answers: list[AnswerRow], *, unanswered: bool = True) -> None:
        """Group the answers; ``unanswered`` False leaves out criteria without an answer."""
        self.beginResetModel()
        self.groups = []
        for answer in answers:
            if not unanswered and not answer.answered:
                continue
            title = " › ".join(p for p in (answer.stage, answer.group) if p) or \
                QCoreApplication.translate("ChecksView", "General")
            if not self.groups or self.groups[-1][0] != title:
                self.groups.append((title, []))
            self.groups[-1][1].append(answer)
        self.endResetModel()

    def answer(self, index: QModelIndex) -> AnswerRow | None:
        return self.item(index)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        col = index.column()
        pal = self.view.palette()
        if index.internalId() == 0:
            title, answers = self.groups[index.row()]
            if role == Qt.ItemDataRole.DisplayRole and col == self.CRITERION:
                failed = sum(a.failed for a in answers)
                return f"{title}   ✗ {failed}" if failed else title
            if role == Qt.ItemDataRole.ToolTipRole and col == self.CRITERION:
                failed = sum(a.failed for a in answers)
                return self.tr("%n failed", "", failed) if failed else title
            if role == Qt.ItemDataRole.FontRole and col == self.CRITERION:
                return scaled_font(self.view.font(), bold=True)
            return None
        answer = self.answer(index)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.CRITERION:
                return f"★ {answer.text}" if answer.critical else answer.text
            if col == self.ANSWER:
                return answer_words(answer)
            if col == self.MARK:
                return mark(answer)
            if col == self.PHOTOS:
                return str(answer.photos) if answer.photos else ""
        if role == DETAIL_ROLE and col == self.CRITERION:
            return answer.comment
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.CRITERION:
                return answer.text + (f"\n\n{answer.comment}" if answer.comment else "")
            if col == self.ANSWER:
                return answer_words(answer)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.MARK:
                if answer.score is None:
                    return muted_color(pal)
                return tone_color(score_tone(answer.score * 100), pal)
            if col == self.ANSWER and not answer.answered:
                return muted_color(pal)
            if col == self.PHOTOS:
                return muted_color(pal)
        if role == Qt.ItemDataRole.BackgroundRole and answer.failed and answer.critical:
            return tone_fill(BAD, pal, 0.08)
        if role == Qt.ItemDataRole.FontRole and col == self.MARK:
            return scaled_font(self.view.font(), bold=True)
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.MARK, self.PHOTOS):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


def mark(answer: AnswerRow) -> str:
    """✓ passed, ✗ failed (★✗ a critical one), a number for a partial score, – N/A, · open."""
    if not answer.answered:
        return "·"
    if answer.not_applicable:
        return "–"
    if answer.score is None:
        return ""
    if answer.failed:
        return "★ ✗" if answer.critical else "✗"
    if answer.score >= 0.999:
        return "✓"
    return format_fixed(answer.score * 100)


def answer_words(answer: AnswerRow) -> str:
    if not answer.answered:
        return QCoreApplication.translate("ChecksView", "not answered")
    if answer.not_applicable:
        return QCoreApplication.translate("ChecksView", "N/A")
    kind, value = answer.answer_type, answer.value_number
    if kind == "yes_no":
        return QCoreApplication.translate("ChecksView", "Yes") if value else QCoreApplication.translate("ChecksView", "No")
    if kind == "scale_0_10":
        return f"{fmt_number(value)} / 10"
    if kind == "scale_1_5":
        return f"{fmt_number(value)} / 5"
    if kind == "number":
        text = f"{fmt_number(value)} {answer.unit}".strip()
        if answer.threshold is not None:
            sign = "≥" if answer.direction == "higher_is_better" else "≤"
            text += f"  ({sign} {fmt_number(answer.threshold)})"
        return text
    if kind == "choice":
        return answer.choice or ""
    return answer.value_text or ""


class CommentDelegate(QStyledItemDelegate):
    """The criterion wrapped on up to two lines, and its comment (``DETAIL_ROLE``) in a muted
    line below. Heights follow the column's width (see ``ChecksView``)."""

    MAX_LINES = 2

    def __init__(self, tree: QTreeView) -> None:
        super().__init__(tree)
        self.tree = tree

    def _width(self, index: QModelIndex) -> int:
        depth = 1 if index.parent().isValid() else 0
        return max(80, self.tree.header().sectionSize(0) - self.tree.indentation() * (depth + 1)
                   - 8)

    def _lines(self, text: str, font: QFont, width: int) -> list[str]:
        metrics = QFontMetrics(font)
        words, lines = text.split(), []
        while words and len(lines) < self.MAX_LINES:
            line = words.pop(0)
            while words and metrics.horizontalAdvance(f"{line} {words[0]}") <= width:
                line = f"{line} {words.pop(0)}"
            lines.append(line)
        if words:
            lines[-1] = metrics.elidedText(f"{lines[-1]} {' '.join(words)}",
                                           Qt.TextElideMode.ElideRight, width)
        return [metrics.elidedText(line, Qt.TextElideMode.ElideRight, width) for line in lines]

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if not index.parent().isValid():  # a group heading
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = QRectF(option.rect.adjusted(4, 4, -4, -4))
        metrics = QFontMetrics(opt.font)
        painter.save()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setFont(opt.font)
        painter.setPen(option.palette.color(QPalette.ColorRole.HighlightedText if selected
                                            else QPalette.ColorRole.Text))
        y = rect.top()
        for line in self._lines(text, opt.font, int(rect.width())):
            painter.drawText(QRectF(rect.left(), y, rect.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, line)
            y += metrics.height()
        comment = index.data(DETAIL_ROLE)
        if comment:
            small = scaled_font(opt.font, -1)
            small.setItalic(True)
            painter.setFont(small)
            if not selected:
                painter.setPen(muted_color(option.palette))
            painter.drawText(QRectF(rect.left(), y + 1, rect.width(),
                                    QFontMetrics(small).height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             QFontMetrics(small).elidedText(f"“{comment}”",
                                                            Qt.TextElideMode.ElideRight,
                                                            int(rect.width())))
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        hint = super().sizeHint(option, index)
        if not index.parent().isValid():
            return QSize(hint.width(), hint.height() + 8)
        metrics = QFontMetrics(option.font)
        lines = len(self._lines(index.data() or "", option.font, self._width(index))) or 1
        height = metrics.height() * lines + 10
        if index.data(DETAIL_ROLE):
            height += QFontMetrics(scaled_font(option.font, -1)).height() + 2
        return QSize(hint.width(), height)


class CheckSummary(QWidget):
    """Above the answers: who was checked, where, how and when, and the score."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = vbox(self, (16, 12, 16, 10), 2)
        self.title = QLabel()
        self.title.setFont(scaled_font(self.font(), 3, bold=True))
        self.title.setWordWrap(True)
        self.meta = QLabel()
        self.meta.setWordWrap(True)
        self.score = QLabel()
        self.score.setTextFormat(Qt.TextFormat.RichText)
        for label in (self.title, self.meta, self.score):
            layout.addWidget(label)
