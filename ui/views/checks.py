"""Checks: every check of the fieldwork in a sortable, filterable table; the chosen check's
answers beside it, grouped by stage and touchpoint."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTreeView,
    QWidget,
)

from cxdesk.checks import AnswerRow, CheckRow, check_answers, list_checks
from ui.context import CHECKS, EVIDENCE, LOCATIONS, SUBJECTS, TEMPLATES
from ui.views.base import View
from ui.views.kit import (
    BAD,
    DETAIL_ROLE,
    GOOD,
    INFO,
    NEUTRAL,
    ROOT,
    SORT_ROLE,
    TONE_ROLE,
    WARN,
    Header,
    Page,
    PillDelegate,
    RoomyDelegate,
    TwoLineDelegate,
    flat_headers,
    fmt_date,
    fmt_datetime,
    fmt_number,
    fmt_score,
    fmt_time,
    muted_color,
    refilter,
    scaled_font,
    score_tone,
    tone_color,
    tone_fill,
    vbox,
)

STATUS_TONES = {"draft": NEUTRAL, "submitted": INFO, "approved": GOOD, "returned": WARN}


def method_name(method: str, *, short: bool = False) -> str:
    """The method of a check; ``short`` for the table's narrow column (where a language needs
    a shorter word than its full name, e.g. Russian «Закупка» for «Контрольная закупка»)."""
    if short:
        shorter = {
            "test_purchase": QCoreApplication.translate("ChecksView", "Test purchase",
                                                        "check method, short for a table"),
            "call_listening": QCoreApplication.translate("ChecksView", "Call listening",
                                                         "check method, short for a table"),
        }.get(method)
        if shorter:
            return shorter
    return {
        "visit": QCoreApplication.translate("ChecksView", "Visit"), "call": QCoreApplication.translate("ChecksView", "Call"), "request": QCoreApplication.translate("ChecksView", "Request"),
        "test_purchase": QCoreApplication.translate("ChecksView", "Test purchase"), "call_listening": QCoreApplication.translate("ChecksView", "Call listening"),
        "web_check": QCoreApplication.translate("ChecksView", "Website check"),
    }.get(method, method)


def status_name(status: str) -> str:
    return {"draft": QCoreApplication.translate("ChecksView", "Draft"), "submitted": QCoreApplication.translate("ChecksView", "Submitted"),
            "approved": QCoreApplication.translate("ChecksView", "Approved"), "returned": QCoreApplication.translate("ChecksView", "Returned")}.get(status, status)


class ChecksModel(QAbstractTableModel):
    """One check a row, on two lines: subject over location, method over auditor, date over
    time (``DETAIL_ROLE`` holds the second line); then the status and the score."""

    SUBJECT, METHOD, WHEN, STATUS, SCORE = range(5)

    def __init__(self, view: View) -> None:
        super().__init__(view)
        self.view = view
        self.checks: list[CheckRow] = []
        self.headers = [QCoreApplication.translate("ChecksView", "Subject"),
                        QCoreApplication.translate("ChecksView", "Method"),
                        QCoreApplication.translate("ChecksView", "Date"),
                        QCoreApplication.translate("ChecksView", "Status"),
                        QCoreApplication.translate("ChecksView", "Score")]
        self.header_tips = [QCoreApplication.translate("ChecksView", "Subject and location"),
                            QCoreApplication.translate("ChecksView", "Method and auditor"),
                            QCoreApplication.translate("ChecksView", "Date and time"), "", ""]

    def set_checks(self, checks: list[CheckRow]) -> None:
        self.beginResetModel()
        self.checks = checks
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.checks)

    def columnCount(self, parent: QModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.header_tips[section] or None
            if role == Qt.ItemDataRole.TextAlignmentRole and section == self.SCORE:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        check, col = self.checks[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(check, col)
        if role == DETAIL_ROLE:
            if col == self.SUBJECT:
                return check.location
            if col == self.METHOD:
                return check.auditor
            if col == self.WHEN:
                return fmt_time(check.started_at)
            return None
        if role == SORT_ROLE:
            if col == self.SCORE:
                return -1.0 if check.score is None else check.score
            if col == self.WHEN:
                return check.started_at or ""
            if col == self.SUBJECT:
                return (0 if check.own else 1, check.subject, check.location)
            if col == self.METHOD:
                return (method_name(check.method), check.auditor)
            return self._text(check, col)
        if role == Qt.ItemDataRole.UserRole:
            return check.id
        if role == TONE_ROLE and col == self.STATUS:
            return STATUS_TONES.get(check.status, NEUTRAL)
        pal = self.view.palette()
        if role == Qt.ItemDataRole.FontRole and (
                (col == self.SUBJECT and check.own) or col == self.SCORE):
            font = QFont(self.view.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.SCORE:
                return tone_color(BAD if check.critical_failures else score_tone(check.score),
                                  pal)
            if col == self.METHOD:
                return muted_color(pal)
        if role == Qt.ItemDataRole.BackgroundRole and check.own:
            return tone_fill(INFO, pal, 0.07)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.SCORE and check.critical_failures:
                return self.tr("%n critical criterion(s) failed", "", check.critical_failures)
            if col == self.SUBJECT:
                lines = [check.subject, check.location]
                if check.own:
                    lines.append(QCoreApplication.translate("ChecksView", "The own company"))
                return "\n".join(line for line in lines if line)
            if col == self.METHOD:
                return "\n".join(t for t in (method_name(check.method), check.auditor) if t)
            if col == self.WHEN:
                return fmt_datetime(check.started_at)
        return None

    def _text(self, check: CheckRow, col: int) -> str:
        if col == self.SUBJECT:
            return check.subject
        if col == self.METHOD:
            return method_name(check.method, short=True)
        if col == self.WHEN:
            return fmt_date(check.started_at)
        if col == self.STATUS:
            return status_name(check.status)
        if col == self.SCORE:
            text = fmt_score(check.score)
            return f"⚠ {text}" if check.critical_failures else text
        return ""


class CheckFilter(QSortFilterProxyModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.subject_id: str | None = None
        self.status: str | None = None
        self.setSortRole(SORT_ROLE)

    def set_filter(self, subject_id: str | None, status: str | None) -> None:
        def change() -> None:
            self.subject_id, self.status = subject_id, status
        refilter(self, change)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        check = self.sourceModel().checks[row]
        return ((self.subject_id is None or check.subject_id == self.subject_id)
                and (self.status is None or check.status == self.status))

    def lessThan(self, left: QModelIndex | QPersistentModelIndex,
                 right: QModelIndex | QPersistentModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


# -- answers ----------------------------------------------------------------------------------
class AnswersModel(QAbstractItemModel):
    """Groups (stage › touchpoint) with their answers beneath. Internal id: group row + 1 for
    answers, 0 for groups."""

    CRITERION, ANSWER, MARK, PHOTOS = range(4)

    def __init__(self, view: View) -> None:
        super().__init__(view)
        self.view = view
        self.groups: list[tuple[str, list[AnswerRow]]] = []
        self.headers = [QCoreApplication.translate("ChecksView", "Criterion"), QCoreApplication.translate("ChecksView", "Answer"), QCoreApplication.translate("ChecksView", "Score"),
                        QCoreApplication.translate("ChecksView", "Photos")]

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
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    def index(self, row: int, column: int, parent: QModelIndex = ROOT) -> QModelIndex:
        if column < 0 or column >= 4:
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if 0 <= row < len(self.groups) \
                else QModelIndex()
        if parent.internalId() == 0 and 0 <= row < len(self.groups[parent.row()][1]):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex = ROOT) -> int:
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: QModelIndex = ROOT) -> int:
        return 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

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
                font = QFont(self.view.font())
                font.setBold(True)
                return font
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
            font = QFont(self.view.font())
            font.setBold(True)
            return font
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
    return f"{answer.score * 100:.0f}"


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


class ChecksView(View):
    name = "checks"
    topics = frozenset({CHECKS, SUBJECTS, LOCATIONS, TEMPLATES, EVIDENCE})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        self.subject_filter = QComboBox()
        self.status_filter = QComboBox()
        for combo in (self.subject_filter, self.status_filter):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            combo.currentIndexChanged.connect(self._filter)
            self.header.tools.addWidget(combo)

        self.model = ChecksModel(self)
        self.proxy = CheckFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ChecksModel.WHEN, Qt.SortOrder.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setFrameShape(QTableView.Shape.NoFrame)
        self.table.setWordWrap(False)
        self.table.setItemDelegateForColumn(ChecksModel.STATUS, PillDelegate(self.table))
        two_lines = TwoLineDelegate(self.table)
        for col in (ChecksModel.SUBJECT, ChecksModel.METHOD, ChecksModel.WHEN):
            self.table.setItemDelegateForColumn(col, two_lines)
        self.table.verticalHeader().setDefaultSectionSize(
            QFontMetrics(self.font()).height() * 2 + 14)
        # the short columns as wide as their contents; subject and location take the rest,
        # elided when the pane is narrow (the tooltip has them in full)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(ChecksModel.SUBJECT, QHeaderView.ResizeMode.Stretch)
        head.setMinimumSectionSize(48)
        head.setHighlightSections(False)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        flat_headers(self.table)
        self.table.selectionModel().currentRowChanged.connect(self._chosen)

        self.answers = AnswersModel(self)
        self.answer_tree = QTreeView()
        self.answer_tree.setModel(self.answers)
        self.answer_tree.setFrameShape(QTreeView.Shape.NoFrame)
        self.answer_tree.setAlternatingRowColors(True)
        self.answer_tree.setItemDelegate(RoomyDelegate(self.answer_tree, 6))
        self.answer_tree.setItemDelegateForColumn(AnswersModel.CRITERION,
                                                  CommentDelegate(self.answer_tree))
        ahead = self.answer_tree.header()
        flat_headers(self.answer_tree)
        ahead.setStretchLastSection(False)
        ahead.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ahead.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        ahead.resizeSection(1, 130)
        # row heights depend on the criterion column's width
        ahead.sectionResized.connect(lambda *_: self.answer_tree.doItemsLayout())
        for col in (2, 3):
            ahead.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)

        self.summary = CheckSummary()
        self.show_unanswered = QCheckBox(self.tr("Show criteria not answered"))
        self.show_unanswered.toggled.connect(lambda _on: self._show_answers(self._current))
        self.summary.layout().addWidget(self.show_unanswered)
        right = QWidget()
        right_layout = vbox(right)
        right_layout.addWidget(self.summary)
        right_layout.addWidget(self.answer_tree, 1)
        self.answers_page = Page(right, "☰")

        self.table.setMinimumWidth(420)
        self.answers_page.setMinimumWidth(340)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.answers_page)
        # about 56 % for the list, 44 % for the answers (at 1280 × 800: ~600 and ~460 px)
        self.splitter.setSizes([560, 440])
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)
        self.page = Page(self.splitter, "✓")
        self.new_button = QPushButton(self.tr("New check…"))
        self.new_button.clicked.connect(self.new_check)
        self.run_button = QPushButton(self.tr("Run check"))
        self.run_button.setToolTip(self.tr("Answer the chosen check, keyboard first (Enter)"))
        self.run_button.clicked.connect(lambda: self.run_check(self._current))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_check)
        for button in (self.run_button, self.delete_button, self.new_button):
            self.header.tools.addWidget(button)
        self.table.doubleClicked.connect(lambda _i: self.run_check(self._current))
        self.table.activated.connect(lambda _i: self.run_check(self._current))
        self.runner = None
        self.stack = QStackedWidget()
        self.stack.addWidget(self.page)
        layout = vbox(self)
        layout.addWidget(self.header)
        layout.addWidget(self.stack, 1)
        self._current: str | None = None
        self._filling = False

    # -- fieldwork --------------------------------------------------------------------------
    def new_check(self) -> None:
        """Ask for a new check's fields, create it (one undo step) and run it."""
        from ui.check_commands import CreateCheckCommand
        from ui.commands import execute
        from ui.dialogs.new_check import NewCheckDialog

        ws, eid = self.context.ws, self.context.engagement_id
        if ws is None or not eid:
            return
        engagement = self.context.engagement()
        dialog = NewCheckDialog(ws, eid, self, auditor=engagement.consultant if engagement else "")
        if dialog.exec() != NewCheckDialog.DialogCode.Accepted:
            return
        command = CreateCheckCommand(self.context, dialog.values(), self.tr("New check"),
                                     assignment_id=dialog.assignment_id())
        if execute(command, self):
            self.run_check(command.ident)

    def run_check(self, check_id: str | None, criterion_id: str | None = None) -> None:
        """Open the check runner over the list (◀ Checks comes back)."""
        if check_id is None or self.context.ws is None:
            return
        if self.runner is None:
            from ui.views.check_runner import CheckRunner

            self.runner = CheckRunner(self.context)
            self.runner.back.connect(self.close_runner)
            self.stack.addWidget(self.runner)
        self._current = check_id
        self.header.hide()
        self.stack.setCurrentWidget(self.runner)
        self.runner.open_check(check_id, criterion_id)

    def close_runner(self) -> None:
        if self.runner is not None:
            self.runner.save_comment()
            self.runner.check = None
        self.header.show()
        self.stack.setCurrentWidget(self.page)
        self.refresh()
        self.table.setFocus()

    def delete_check(self) -> None:
        from ui import messages
        from ui.check_commands import DeleteCheckCommand
        from ui.commands import execute

        check = next((c for c in self.model.checks if c.id == self._current), None)
        if check is None:
            return
        if not messages.confirm(self, self.tr("Delete check"), self.tr(
                "Delete the check of %1 with its answers and photo links? Undo brings it back.")
                .replace("%1", check.subject), default=False):
            return
        execute(DeleteCheckCommand(self.context, check.id, self.tr("Delete check")), self)

    def title(self) -> str:
        return self.tr("Checks")

    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        self._set_filter_visible(False)
        for button in (self.run_button, self.delete_button):
            button.setVisible(False)
        self.new_button.setEnabled(ws is not None and bool(eid))
        if self.runner is not None and self.stack.currentWidget() is self.runner:
            if ws is None or self.runner.check is None or self.runner.check.engagement_id != eid:
                self.runner.check = None
                self.header.show()
                self.stack.setCurrentWidget(self.page)
            else:
                return  # the runner follows the changes itself
        if ws is None or not eid:
            self.model.set_checks([])
            self.page.show_empty(self.tr("No engagement open"),
                                 self.tr("Choose an engagement to see its checks."))
            return
        checks = list_checks(ws, eid)
        self.model.set_checks(checks)
        if not checks:
            self.page.show_empty(
                self.tr("No checks yet"),
                self.tr("Checks are recorded in the field: a visit, a call, a request or a "
                        "test purchase of the own company or a competitor, run against a "
                        "checklist. Start one with New check… (from an assignment or from "
                        "scratch), or import a shopper's results file."))
            return
        self.page.show_content()
        self._set_filter_visible(True)
        for button in (self.run_button, self.delete_button):
            button.setVisible(True)
        self._fill_filters(checks)
        done = sum(1 for c in checks if c.status in ("submitted", "approved"))
        flagged = sum(1 for c in checks if c.critical_failures)
        parts = [self.tr("%n check(s)", "", len(checks)),
                 self.tr("%n submitted or approved", "", done)]
        if flagged:
            parts.append(self.tr("%n with a critical failure", "", flagged))
        self.header.set_text(self.title(), " · ".join(parts))
        ids = [c.id for c in checks]
        target = self._current if self._current in ids else None
        self._select(target)

    def _set_filter_visible(self, visible: bool) -> None:
        self.subject_filter.setVisible(visible)
        self.status_filter.setVisible(visible)

    def _fill_filters(self, checks: list[CheckRow]) -> None:
        self._filling = True
        subject = self.subject_filter.currentData()
        status = self.status_filter.currentData()
        self.subject_filter.clear()
        self.subject_filter.addItem(self.tr("All subjects"), None)
        seen: dict[str, str] = {}
        for c in sorted(checks, key=lambda c: (not c.own, c.subject)):
            seen.setdefault(c.subject_id, c.subject)
        for ident, name in seen.items():
            self.subject_filter.addItem(name, ident)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        for s in ("draft", "submitted", "approved", "returned"):
            if any(c.status == s for c in checks):
                self.status_filter.addItem(status_name(s), s)
        self.subject_filter.setCurrentIndex(max(0, self.subject_filter.findData(subject)))
        self.status_filter.setCurrentIndex(max(0, self.status_filter.findData(status)))
        self._filling = False
        self._filter()

    def _filter(self) -> None:
        if self._filling:
            return
        self.proxy.set_filter(self.subject_filter.currentData(), self.status_filter.currentData())
        if self.proxy.rowCount() and not self.table.selectionModel().hasSelection():
            self._select(None)
        elif not self.proxy.rowCount():
            self._show_answers(None)

    def _select(self, check_id: str | None) -> None:
        row = 0
        if check_id is not None:
            for r in range(self.proxy.rowCount()):
                if self.proxy.index(r, 0).data(Qt.ItemDataRole.UserRole) == check_id:
                    row = r
                    break
        if self.proxy.rowCount():
            self.table.selectRow(row)
            self._show_answers(self.proxy.index(row, 0).data(Qt.ItemDataRole.UserRole))

    def select_check(self, check_id: str) -> None:
        """Show one check (for links from other screens)."""
        self._select(check_id)

    def _chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._show_answers(current.data(Qt.ItemDataRole.UserRole))

    def _show_answers(self, check_id: str | None) -> None:
        self._current = check_id
        ws = self.context.ws
        if check_id is None or ws is None:
            self.answers.set_answers([])
            self.answers_page.show_empty(self.tr("No check chosen"),
                                         self.tr("Choose a check to see its answers."))
            return
        check = next(c for c in self.model.checks if c.id == check_id)
        answers = check_answers(ws, check_id)
        missing = sum(1 for a in answers if not a.answered)
        self.show_unanswered.setText(self.tr("Show criteria not answered (%1)")
                                     .replace("%1", str(missing)))
        self.show_unanswered.setVisible(missing > 0)
        self.answers.set_answers(answers, unanswered=self.show_unanswered.isChecked())
        for row in range(self.answers.rowCount()):
            self.answer_tree.setFirstColumnSpanned(row, QModelIndex(), True)
        self.answer_tree.expandAll()
        self.answers_page.show_content()
        self._describe(check)

    def _describe(self, check: CheckRow) -> None:
        pal = self.palette()
        title = check.subject + (f" · {check.location}" if check.location else "")
        self.summary.title.setText(title)
        meta = [method_name(check.method), fmt_datetime(check.started_at), check.auditor,
                status_name(check.status)]
        self.summary.meta.setText(" · ".join(m for m in meta if m))
        tone = BAD if check.critical_failures else score_tone(check.score)
        colour = tone_color(tone, pal).name()
        muted = muted_color(pal).name()
        score = (f"<span style='font-size:x-large; font-weight:bold; color:{colour}'>"
                 f"{fmt_score(check.score)}</span>")
        extra = self.tr("%1 of %2 answered").replace("%1", str(check.answers)) \
            .replace("%2", str(check.criteria))
        parts = [score, f"<span style='color:{muted}'>&nbsp;&nbsp;{extra}</span>"]
        if check.critical_failures:
            parts.append(f"<span style='color:{tone_color(BAD, pal).name()}'>&nbsp;&nbsp;⚠ "
                         + self.tr("%n critical criterion(s) failed", "",
                                   check.critical_failures) + "</span>")
        if check.photos:
            parts.append(f"<span style='color:{muted}'>&nbsp;&nbsp;·&nbsp;&nbsp;"
                         + self.tr("%n photo(s)", "", check.photos) + "</span>")
        self.summary.score.setText("".join(parts))
