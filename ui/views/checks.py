"""Checks: every check of the fieldwork in a sortable, filterable table; the chosen check's
answers beside it, grouped by stage and touchpoint. The list's model is in ``checks_model``,
the answers pane in ``check_answers``."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHeaderView,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTreeView,
    QWidget,
)

from cxdesk.checks import CheckRow, check_answers, list_checks
from ui.context import CHECKS, EVIDENCE, LOCATIONS, SUBJECTS, TEMPLATES
from ui.views.base import View
from ui.views.check_answers import AnswersModel, CheckSummary, CommentDelegate
from ui.views.checks_model import (  # method_name: also imported from here by other screens
    CheckFilter,
    ChecksModel,
    method_name,
    status_name,
)
from ui.views.kit import (
    BAD,
    Header,
    Page,
    PillDelegate,
    RoomyDelegate,
    TwoLineDelegate,
    flat_headers,
    fmt_datetime,
    fmt_score,
    muted_color,
    score_tone,
    tone_color,
    vbox,
)

__all__ = ["ChecksView", "method_name"]


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
