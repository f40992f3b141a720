"""Findings: failures, weak spots, strengths and best practices, each kind a section of
readable cards (title, where it was seen, root cause, severity, and its support), and beside
them the failed criteria no finding names yet. The cards' model and painting are in
``findings_model``."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk import finding_ops
from cxdesk.engagements import list_subjects
from cxdesk.finding_ops import FailedAnswer
from cxdesk.findings import FINDING_KINDS, FindingRow, list_findings
from ui import messages
from ui.commands import execute
from ui.context import CHECKS, EVIDENCE, FINDINGS, MAPS, SUBJECTS
from ui.evidence_import import dropped_files, start_import
from ui.finding_commands import (
    DeleteFindingCommand,
    EditFindingCommand,
    finding_from_answer,
    new_finding,
)
from ui.views.base import View
from ui.views.findings_model import (  # the names: also imported from here by the dialog
    FINDING_ROLE,
    FindingDelegate,
    FindingsModel,
    category_name,
    kind_name,
    kind_single,
    severity_name,
)
from ui.views.kit import Header, Page, scaled_font, vbox

__all__ = ["FindingsView", "category_name", "kind_name", "kind_single", "severity_name"]


class FailedPanel(QWidget):
    """Failed criteria not yet behind a finding, each offered as one in one click."""

    def __init__(self, view: FindingsView) -> None:
        super().__init__(view)
        self.view = view
        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.font(), 2, bold=True))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.list = QTreeWidget()
        self.list.setHeaderHidden(True)
        self.list.setColumnCount(2)
        self.list.setRootIsDecorated(False)
        self.list.setIndentation(0)
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.list.setStyleSheet("QTreeWidget::item { padding: 5px 4px; }")
        self.list.header().setStretchLastSection(False)
        self.list.header().setSectionResizeMode(0, self.list.header().ResizeMode.Stretch)
        self.list.header().setSectionResizeMode(
            1, self.list.header().ResizeMode.ResizeToContents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 4, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.hint)
        layout.addWidget(self.list, 1)
        self.failed: list[FailedAnswer] = []
        self.buttons: list[QPushButton] = []

    def set_failed(self, failed: list[FailedAnswer]) -> None:
        self.failed = failed
        self.heading.setText(self.tr("Failed criteria (%n)", "", len(failed)))
        self.hint.setText(self.tr("Answers below the pass mark that no finding names yet.")
                          if failed else self.tr("Every failed criterion is behind a finding."))
        self.list.clear()
        self.buttons = []
        for answer in failed:
            where = " › ".join(p for p in (answer.stage, answer.touchpoint or answer.section)
                               if p)
            lines = [("★ " if answer.critical else "") + answer.criterion,
                     " · ".join(p for p in (answer.subject, where) if p)]
            if answer.comment:
                lines.append(f"“{answer.comment}”")
            item = QTreeWidgetItem(self.list, ["\n".join(lines), ""])
            item.setToolTip(0, "\n".join(lines))
            button = QPushButton(self.tr("Make a finding"))
            button.setToolTip(self.tr("Record this failed criterion as a finding"))
            button.clicked.connect(lambda _=False, a=answer.answer_id: self.view.make_from(a))
            holder = QWidget()
            box = QHBoxLayout(holder)
            box.setContentsMargins(4, 2, 4, 2)
            box.addWidget(button)
            self.list.setItemWidget(item, 1, holder)
            self.buttons.append(button)


class FindingsView(View):
    name = "findings"
    topics = frozenset({FINDINGS, CHECKS, EVIDENCE, SUBJECTS, MAPS})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        self.subject_filter = QComboBox()
        self.subject_filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.subject_filter.currentIndexChanged.connect(self._apply)
        self.header.tools.addWidget(self.subject_filter)
        self.new_button = QPushButton(self.tr("New finding…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new_finding)
        self.edit_button.clicked.connect(self.edit_finding)
        self.delete_button.clicked.connect(self.delete_finding)
        for button in (self.new_button, self.edit_button, self.delete_button):
            self.header.tools.addWidget(button)
        self.model = FindingsModel(self)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIndentation(0)
        self.tree.setFrameShape(QTreeView.Shape.NoFrame)
        self.tree.setItemDelegate(FindingDelegate(self))
        self.tree.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setStyleSheet("QTreeView::item:selected { background: transparent; }"
                                " QTreeView::item:hover { background: transparent; }")
        self.tree.doubleClicked.connect(lambda _index: self.edit_finding())
        self.tree.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.page = Page(self.tree, "✦")
        self.failed_panel = FailedPanel(self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.page)
        self.splitter.addWidget(self.failed_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([640, 400])
        layout = vbox(self)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)
        self.findings: list[FindingRow] = []
        self._filling = False
        self.setAcceptDrops(True)
        self.import_job = None  # the last import of dropped files

    def title(self) -> str:
        return self.tr("Findings")

    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        self.subject_filter.setVisible(False)
        self.new_button.setEnabled(bool(ws is not None and eid))
        if ws is None or not eid:
            self.findings = []
            self.model.set_findings([])
            self.failed_panel.set_failed([])
            self.failed_panel.hide()
            self.page.show_empty(self.tr("No engagement open"),
                                 self.tr("Choose an engagement to see its findings."))
            self._update_buttons()
            return
        self.failed_panel.set_failed(finding_ops.failed_answers(ws, eid))
        self.failed_panel.setVisible(bool(self.failed_panel.failed))
        self.findings = list_findings(ws, eid)
        if not self.findings:
            self.model.set_findings([])
            self.page.show_empty(
                self.tr("No findings yet"),
                self.tr("Findings are what the checks revealed: failures and weak spots with "
                        "their root causes, strengths, and best practices seen at competitors. "
                        "Make one of a failed criterion in one click, or add one with "
                        "New finding…"))
            self._update_buttons()
            return
        self.page.show_content()
        selected = self.selected()
        self._fill_filter()
        if selected is not None:
            self.select_finding(selected.id)
        counts = {k: 0 for k in FINDING_KINDS}
        for f in self.findings:
            counts[f.kind] = counts.get(f.kind, 0) + 1
        parts = [f"{kind_name(k)} {n}" for k, n in counts.items() if n]
        self.header.set_text(self.title(), " · ".join(parts))
        self._update_buttons()

    def _fill_filter(self) -> None:
        self._filling = True
        chosen = self.subject_filter.currentData()
        self.subject_filter.clear()
        self.subject_filter.addItem(self.tr("All subjects"), None)
        names: dict[str, str] = {}
        for f in sorted(self.findings, key=lambda f: (not f.own, f.subject)):
            if f.subject_id:
                names.setdefault(f.subject_id, f.subject)
        for ident, name in names.items():
            self.subject_filter.addItem(name, ident)
        self.subject_filter.setCurrentIndex(max(0, self.subject_filter.findData(chosen)))
        self.subject_filter.setVisible(len(names) > 1)
        self._filling = False
        self._apply()

    def _apply(self) -> None:
        if self._filling:
            return
        subject = self.subject_filter.currentData()
        shown = [f for f in self.findings if subject is None or f.subject_id == subject]
        self.model.set_findings(shown)
        self.tree.expandAll()
        self._update_buttons()

    # -- selection ---------------------------------------------------------------------------
    def selected(self) -> FindingRow | None:
        index = self.tree.currentIndex()
        if not index.isValid() or not self.tree.selectionModel().isSelected(index):
            return None
        return index.data(FINDING_ROLE)

    def select_finding(self, finding_id: str) -> bool:
        """Show and select one finding (for links from other screens and the search)."""
        if not any(f.id == finding_id for f in self.model.groups for f in f[1]) and any(
                f.id == finding_id for f in self.findings):
            self.subject_filter.setCurrentIndex(0)
        for g, (_kind, rows) in enumerate(self.model.groups):
            for r, row in enumerate(rows):
                if row.id == finding_id:
                    index = self.model.index(r, 0, self.model.index(g, 0))
                    self.tree.setCurrentIndex(index)
                    self.tree.scrollTo(index)
                    return True
        return False

    # -- files dropped onto a finding become its evidence ---------------------------------------
    def finding_at(self, pos: QPoint) -> FindingRow | None:
        at = self.tree.viewport().mapFrom(self, pos)
        index = self.tree.indexAt(at) if self.tree.viewport().rect().contains(at) else None
        return index.data(FINDING_ROLE) if index is not None and index.isValid() else None

    def dragEnterEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        if dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        if self.finding_at(event.position().toPoint()) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        """Import the files in a worker as evidence of the finding they were dropped on."""
        finding = self.finding_at(event.position().toPoint())
        paths = dropped_files(event.mimeData())
        if finding is None or not paths:
            event.ignore()
            return
        self.import_job = start_import(self.context, paths, self, finding_id=finding.id)
        event.acceptProposedAction()

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    # -- edits ------------------------------------------------------------------------------
    def _dialog(self, finding: FindingRow | None):  # noqa: ANN202 - a FindingDialog
        from ui.dialogs.finding import FindingDialog

        ws, eid = self.context.ws, self.context.engagement_id
        subjects = [(s.id, s.name) for s in list_subjects(ws, eid)]
        return FindingDialog(subjects, finding_ops.touchpoint_choices(ws, eid), finding, self)

    def new_finding(self) -> None:
        if self.context.ws is None or not self.context.engagement_id:
            return
        dialog = self._dialog(None)
        if dialog.exec():
            self.create(dialog.values())

    def create(self, values: dict) -> bool:
        return execute(new_finding(self.context, self.context.engagement_id, values,
                                   self.tr("New finding")), self)

    def edit_finding(self) -> None:
        finding = self.selected()
        if finding is None:
            return
        dialog = self._dialog(finding)
        if dialog.exec():
            self.change(finding.id, dialog.values())

    def change(self, finding_id: str, values: dict) -> bool:
        return execute(EditFindingCommand(self.context, finding_id, values,
                                          self.tr("Edit finding")), self)

    def delete_finding(self) -> None:
        finding = self.selected()
        if finding is None:
            return
        if not messages.confirm(self, self.tr("Delete finding"),
                                self.tr("Delete the finding “%1”? Undo brings it back.")
                                .replace("%1", finding.title)):
            return
        execute(DeleteFindingCommand(self.context, finding.id, self.tr("Delete finding")), self)

    def make_from(self, answer_id: str) -> bool:
        """Make a failure finding of a failed answer (one click in the Failed criteria list)."""
        command = finding_from_answer(self.context, answer_id, self.tr("Make a finding"))
        if not execute(command, self):
            return False
        self.select_finding(command.ident)
        return True
