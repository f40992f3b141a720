"""The assignment plan: who does which check — shopper, subject, location, method, scenario,
due date and checklist. Overdue assignments stand out; a field kit carries the plan out."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QWidget,
)

from cxdesk.assignments import METHODS, STATUSES, AssignmentRow, list_assignments, shoppers
from cxdesk.checklists import list_templates
from cxdesk.engagements import list_locations, list_subjects
from ui import messages
from ui.assignment_commands import (
    AddAssignmentCommand,
    DeleteAssignmentCommand,
    UpdateAssignmentCommand,
)
from ui.commands import execute
from ui.context import CHECKS, LOCATIONS, SUBJECTS, TEMPLATES
from ui.views.base import View
from ui.views.checks import method_name
from ui.views.kit import (
    BAD,
    GOOD,
    INFO,
    NEUTRAL,
    SORT_ROLE,
    TONE_ROLE,
    Header,
    HeaderedTableModel,
    Page,
    PillDelegate,
    RoomyDelegate,
    flat_headers,
    fmt_date,
    muted_color,
    tone_color,
    vbox,
)

STATUS_TONES = {"planned": INFO, "done": GOOD, "cancelled": NEUTRAL}


def status_name(status: str) -> str:
    return {"planned": QCoreApplication.translate("AssignmentsView", "Planned"),
            "done": QCoreApplication.translate("AssignmentsView", "Done"),
            "cancelled": QCoreApplication.translate("AssignmentsView", "Cancelled")
            }.get(status, status)


class AssignmentsModel(HeaderedTableModel):
    SHOPPER, SUBJECT, LOCATION, METHOD, DUE, STATUS, TEMPLATE, SCENARIO = range(8)

    def __init__(self, view: View) -> None:
        super().__init__(view, [
            QCoreApplication.translate("AssignmentsView", "Shopper"),
            QCoreApplication.translate("AssignmentsView", "Subject"),
            QCoreApplication.translate("AssignmentsView", "Location"),
            QCoreApplication.translate("AssignmentsView", "Method"),
            QCoreApplication.translate("AssignmentsView", "Due"),
            QCoreApplication.translate("AssignmentsView", "Status"),
            QCoreApplication.translate("AssignmentsView", "Checklist"),
            QCoreApplication.translate("AssignmentsView", "Scenario")])
        self.view = view
        self.rows: list[AssignmentRow] = []
        self.today = dt.date.today()

    def set_rows(self, rows: list[AssignmentRow], today: dt.date) -> None:
        self.beginResetModel()
        self.rows, self.today = rows, today
        self.endResetModel()

    def text(self, a: AssignmentRow, col: int) -> str:
        overdue = a.overdue(self.today)
        return {
            self.SHOPPER: a.shopper or "—", self.SUBJECT: a.subject,
            self.LOCATION: a.location or "—", self.METHOD: method_name(a.method),
            self.SCENARIO: a.scenario,
            self.DUE: f"{fmt_date(a.due_date)}  ⚠" if overdue else fmt_date(a.due_date),
            self.TEMPLATE: a.template or "—", self.STATUS: status_name(a.status),
        }[col]

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a, col = self.rows[index.row()], index.column()
        overdue = a.overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(a, col)
        if role == SORT_ROLE:
            if col == self.DUE:
                return a.due_date or "9999"
            return self.text(a, col).lower()
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        if role == TONE_ROLE and col == self.STATUS:
            return BAD if overdue else STATUS_TONES.get(a.status)
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.DUE and overdue:
                return tone_color(BAD, self.view.palette())
            if a.status != "planned":
                return muted_color(self.view.palette())
        if role == Qt.ItemDataRole.FontRole and col == self.DUE and overdue:
            font = QFont(self.view.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and col == self.DUE and overdue:
            try:  # a due date that came in a bundle is not checked by the schema
                days = (self.today - dt.date.fromisoformat(str(a.due_date)[:10])).days
            except ValueError:
                return None
            return self.view.tr("Overdue by %n day(s)", "", days)
        return None


class AssignmentDialog(QDialog):
    """The fields of one assignment; ``values()`` gives them for the core."""

    def __init__(self, view: AssignmentsView, current: AssignmentRow | None) -> None:
        super().__init__(view)
        ws, eid = view.context.ws, view.context.engagement_id
        assert ws is not None and eid
        self.setWindowTitle(self.tr("Edit assignment") if current else self.tr("New assignment"))
        form = QFormLayout(self)
        self.shopper = QLineEdit(current.shopper if current else "")
        self.shopper.setCompleter(QCompleter(shoppers(ws, eid), self))
        self.subject = QComboBox()
        for s in list_subjects(ws, eid):
            self.subject.addItem(s.name, s.id)
        self.location = QComboBox()
        self.location.addItem(self.tr("(none)"), None)
        for loc in list_locations(ws, eid):
            self.location.addItem(loc.name, loc.id)
        self.method = QComboBox()
        for method in METHODS:
            self.method.addItem(method_name(method), method)
        self.scenario = QLineEdit(current.scenario if current else "")
        self.setMinimumWidth(520)
        self.has_due = QCheckBox()
        self.has_due.setToolTip(self.tr("The assignment has a due date"))
        self.due = QDateEdit()
        self.due.setCalendarPopup(True)
        self.due.setDisplayFormat("yyyy-MM-dd")
        self.template = QComboBox()
        self.template.addItem(self.tr("(none)"), None)
        for t in list_templates(ws, eid):
            self.template.addItem(f"{t.name} v{t.version}", t.id)
        self.status = QComboBox()
        for status in STATUSES:
            self.status.addItem(status_name(status), status)
        due = current.due_date if current else None
        self.has_due.setChecked(bool(due) or current is None)
        self.due.setDate(QDate.fromString(due, "yyyy-MM-dd") if due
                         else QDate.currentDate().addDays(7))
        self.has_due.toggled.connect(self.due.setEnabled)
        self.due.setEnabled(self.has_due.isChecked())
        if current is not None:
            for combo, value in ((self.subject, current.subject_id),
                                 (self.location, current.location_id),
                                 (self.method, current.method),
                                 (self.template, current.template_id),
                                 (self.status, current.status)):
                combo.setCurrentIndex(max(0, combo.findData(value)))
        elif self.template.count() > 1:
            self.template.setCurrentIndex(1)
        due_row = QHBoxLayout()
        due_row.addWidget(self.has_due)
        due_row.addWidget(self.due, 1)
        form.addRow(self.tr("Shopper"), self.shopper)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Scenario"), self.scenario)
        form.addRow(self.tr("Due date"), due_row)
        form.addRow(self.tr("Checklist"), self.template)
        form.addRow(self.tr("Status"), self.status)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def values(self) -> dict[str, Any]:
        return {"shopper": self.shopper.text(), "subject_id": self.subject.currentData(),
                "location_id": self.location.currentData(), "method": self.method.currentData(),
                "scenario": self.scenario.text(),
                "due_date": self.due.date().toString("yyyy-MM-dd")
                if self.has_due.isChecked() else None,
                "template_id": self.template.currentData(), "status": self.status.currentData()}


class AssignmentsView(View):
    name = "assignments"
    topics = frozenset({CHECKS, SUBJECTS, LOCATIONS, TEMPLATES})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        self.add_button = QPushButton(self.tr("New assignment…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        for button in (self.add_button, self.edit_button, self.delete_button):
            self.header.tools.addWidget(button)
        self.add_button.clicked.connect(self.add)
        self.edit_button.clicked.connect(self.edit)
        self.delete_button.clicked.connect(self.delete)
        self.model = AssignmentsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setFrameShape(QTableView.Shape.NoFrame)
        self.table.setItemDelegate(RoomyDelegate(self.table, 6))
        self.table.setItemDelegateForColumn(AssignmentsModel.STATUS, PillDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(QFontMetrics(self.font()).height() + 16)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setStretchLastSection(True)  # the scenario
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.setHighlightSections(False)
        flat_headers(self.table)
        self.table.doubleClicked.connect(lambda _index: self.edit())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.page = Page(self.table, "☰")
        layout = vbox(self)
        layout.addWidget(self.header)
        layout.addWidget(self.page, 1)
        self.today: dt.date | None = None  # tests pin the date; None means the real today

    def title(self) -> str:
        return self.tr("Assignments")

    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        self.add_button.setEnabled(bool(ws is not None and eid))
        if ws is None or not eid:
            self.model.set_rows([], dt.date.today())
            self.page.show_empty(self.tr("No engagement open"),
                                 self.tr("Choose an engagement to plan its assignments."))
            self._update_buttons()
            return
        rows = list_assignments(ws, eid)
        today = self.today or dt.date.today()
        self.model.set_rows(rows, today)
        self._update_buttons()
        if not rows:
            self.page.show_empty(
                self.tr("No assignments yet"),
                self.tr("An assignment says which shopper checks which subject, where, how "
                        "and by when, with which checklist. Plan them with New assignment…, "
                        "then send them out in a field kit from the Exchange screen."))
            return
        self.page.show_content()
        planned = sum(1 for a in rows if a.status == "planned")
        overdue = sum(1 for a in rows if a.overdue(today))
        parts = [self.tr("%n assignment(s)", "", len(rows)), self.tr("%n planned", "", planned)]
        if overdue:
            parts.append(self.tr("%n overdue", "", overdue))
        self.header.set_text(self.title(), " · ".join(parts))
        self.table.resizeColumnsToContents()
        for col in range(AssignmentsModel.SCENARIO):
            most = 200 if col in (AssignmentsModel.LOCATION, AssignmentsModel.TEMPLATE) else 160
            self.table.setColumnWidth(col, min(most, self.table.columnWidth(col)))

    def selected(self) -> AssignmentRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.rows[self.proxy.mapToSource(rows[0]).row()]

    def _update_buttons(self, *_args: object) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.delete_button.setEnabled(chosen)

    def dialog(self, current: AssignmentRow | None) -> AssignmentDialog:
        """The dialog for a new or an existing assignment (tests fill it in)."""
        return AssignmentDialog(self, current)

    def add(self) -> None:
        eid = self.context.engagement_id
        if self.context.ws is None or not eid:
            return
        dialog = self.dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.add_values(dialog.values())

    def add_values(self, values: dict[str, Any]) -> bool:
        return execute(AddAssignmentCommand(self.context, self.context.engagement_id, values,
                                            self.tr("New assignment")), self)

    def edit(self) -> None:
        current = self.selected()
        if current is None:
            return
        dialog = self.dialog(current)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.change(current, dialog.values())

    def change(self, current: AssignmentRow, values: dict[str, Any]) -> bool:
        changed = {k: v for k, v in values.items() if getattr(current, k) != v}
        if not changed:
            return False
        return execute(UpdateAssignmentCommand(self.context, current.id, changed,
                                               self.tr("Edit assignment")), self)

    def delete(self) -> None:
        current = self.selected()
        if current is None:
            return
        if current.checks and not messages.confirm(
                self, self.tr("Delete assignment"),
                self.tr("%n check(s) were made from this assignment; they stay, unlinked. "
                        "Delete it?", "", current.checks)):
            return
        execute(DeleteAssignmentCommand(self.context, current.id,
                                        self.tr("Delete assignment")), self)
