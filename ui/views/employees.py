"""Employees (DOMAIN.md §6): the people at the front line by code (names optional), their
results by area, the training register (last training per person, a calendar by month) and
the consultant's conclusions per area."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from cxdesk import employees
from cxdesk.employees import ASSESSMENT_AREAS, CONCLUSION_AREAS, EmployeeRow, TrainingRow
from cxdesk.engagements import list_locations, list_subjects
from ui import messages
from ui.commands import execute
from ui.context import LOCATIONS, SUBJECTS
from ui.dialogs.employee_forms import AssessmentDialog, EmployeeDialog, TrainingDialog, area_labels
from ui.views.base import View
from ui.views.kit import (
    BAD,
    GOOD,
    WARN,
    Header,
    Page,
    fmt_date,
    section_label,
    set_muted,
    vbox,
)
from ui.views.voice_kit import Column, RowsTable, button_row, until_done
from ui.voice_commands import EMPLOYEES, CreateCommand, DeleteCommand, EditCommand, SwapCommand


def _t(text: str) -> str:
    return QCoreApplication.translate("EmployeesView", text)


def result_tone(value: float | None) -> str | None:
    if value is None:
        return None
    return GOOD if value >= 80 else WARN if value >= 60 else BAD


def _pct(value: float | None) -> str:
    return "–" if value is None else f"{value:.0f} %"


def _pill(value: float | None) -> str:
    """A result for a pill column: nothing at all where there is none."""
    return "" if value is None else f"{value:.0f} %"


class EmployeesView(View):
    name = "employees"
    topics = frozenset({EMPLOYEES, SUBJECTS, LOCATIONS})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        areas = area_labels()
        short = {"product_knowledge": _t("Product"), "standards_knowledge": _t("Standards"),
                 "customer_orientation": _t("Customer focus"), "engagement": _t("Engagement")}
        area_columns = [Column(short[a], lambda e, a=a: _pill(e.results.get(a)),
                               sort=lambda e, a=a: e.results.get(a, -1),
                               tone=lambda e, a=a: result_tone(e.results.get(a)),
                               tip=lambda e, a=a: areas[a], width=80)
                        for a in ASSESSMENT_AREAS]
        self.people = RowsTable([
            Column(_t("Code"), lambda e: e.code, bold=lambda e: True),
            Column(_t("Name"), lambda e: e.name),
            Column(_t("Role"), lambda e: e.role),
            Column(_t("Location"), lambda e: e.location, tip=lambda e: e.location or None,
                   stretch=True),
            *area_columns,
            Column(_t("Last training"), lambda e: fmt_date(e.last_training_on) or "—",
                   sort=lambda e: e.last_training_on or "", tip=lambda e: e.last_training or None),
            Column(_t("Trainings"), lambda e: str(e.trainings), sort=lambda e: e.trainings,
                   center=True, width=80),
        ])
        self.new_button = QPushButton(_t("New employee…"))
        self.edit_button = QPushButton(_t("Edit…"))
        self.delete_button = QPushButton(_t("Delete"))
        self.result_button = QPushButton(_t("Add result…"))
        self.check_button = QPushButton(_t("Results from a check…"))
        self.check_button.setToolTip(_t("Score a check made with the employee assessment "
                                        "template, area by area"))
        self.check_button.clicked.connect(self.results_from_check)
        self.new_button.clicked.connect(self.new_employee)
        self.edit_button.clicked.connect(self.edit_employee)
        self.delete_button.clicked.connect(self.delete_employee)
        self.result_button.clicked.connect(self.new_result)
        self.people_hint = QLabel(_t(
            "No employees yet. Add the people at the front line with New employee… (a code is "
            "enough to keep them anonymous), then their results by area — product and "
            "standards knowledge, customer orientation, engagement — and the trainings they "
            "attended with New training…."))
        self.people_hint.setWordWrap(True)
        self.people_hint.setContentsMargins(20, 10, 20, 10)
        set_muted(self.people_hint)
        people_tab = QWidget()
        layout = vbox(people_tab)
        layout.addWidget(self.people_hint)
        layout.addLayout(button_row(self.edit_button, self.delete_button,
                                    self.result_button, self.check_button))
        layout.addWidget(self.people, 1)

        self.areas = RowsTable([
            Column(_t("Area"), lambda r: areas[r.area], stretch=True),
            Column(_t("Mean"), lambda r: _pill(r.mean), sort=lambda r: r.mean or -1,
                   tone=lambda r: result_tone(r.mean)),
            Column(_t("Employees"), lambda r: str(r.employees), center=True,
                   sort=lambda r: r.employees),
            Column(_t("Lowest"), lambda r: _pct(r.lowest), sort=lambda r: r.lowest or -1),
            Column(_t("Highest"), lambda r: _pct(r.highest), sort=lambda r: r.highest or -1),
        ])
        self.results = RowsTable([
            Column(_t("Employee"), lambda a: a.employee),
            Column(_t("Area"), lambda a: areas.get(a.area, a.area)),
            Column(_t("Result"), lambda a: f"{a.score:g} / {a.max_score:g}",
                   sort=lambda a: a.percent, tone=lambda a: result_tone(a.percent)),
            Column(_t("Date"), lambda a: fmt_date(a.assessed_on),
                   sort=lambda a: a.assessed_on or ""),
            Column(_t("Source"), lambda a: _t("check") if a.check_id else a.notes,
                   stretch=True),
        ])
        self.delete_result_button = QPushButton(_t("Delete result"))
        self.delete_result_button.clicked.connect(self.delete_result)
        results_tab = QWidget()
        layout = vbox(results_tab)
        layout.addLayout(button_row(self.delete_result_button))
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        left = QWidget()
        left_layout = vbox(left, (20, 0, 10, 0), 4)
        left_layout.addWidget(section_label(_t("By area")))
        left_layout.addWidget(self.areas, 1)
        right = QWidget()
        right_layout = vbox(right, (10, 0, 20, 0), 4)
        right_layout.addWidget(section_label(_t("Results")))
        right_layout.addWidget(self.results, 1)
        row.addWidget(left, 2)
        row.addWidget(right, 3)
        layout.addLayout(row, 1)

        self.trainings = RowsTable([
            Column(_t("Date"), lambda t: fmt_date(t.held_on), sort=lambda t: t.held_on or ""),
            Column(_t("Topic"), lambda t: t.topic, stretch=True),
            Column(_t("Trainer"), lambda t: t.trainer),
            Column(_t("Participants"), lambda t: str(len(t.participants)),
                   sort=lambda t: len(t.participants), center=True,
                   tip=lambda t: ", ".join(t.participants) or None),
        ])
        self.calendar = QTreeWidget()
        self.calendar.setHeaderHidden(True)
        self.calendar.setRootIsDecorated(False)
        self.new_training_button = QPushButton(_t("New training…"))
        self.edit_training_button = QPushButton(_t("Edit…"))
        self.delete_training_button = QPushButton(_t("Delete"))
        self.new_training_button.clicked.connect(self.new_training)
        self.edit_training_button.clicked.connect(self.edit_training)
        self.delete_training_button.clicked.connect(self.delete_training)
        trainings_tab = QWidget()
        layout = vbox(trainings_tab)
        layout.addLayout(button_row(self.edit_training_button, self.delete_training_button))
        row = QHBoxLayout()
        left = QWidget()
        left_layout = vbox(left, (20, 0, 10, 0), 4)
        left_layout.addWidget(section_label(_t("Register")))
        left_layout.addWidget(self.trainings, 1)
        right = QWidget()
        right_layout = vbox(right, (10, 0, 20, 0), 4)
        right_layout.addWidget(section_label(_t("Calendar")))
        right_layout.addWidget(self.calendar, 1)
        row.addWidget(left, 3)
        row.addWidget(right, 2)
        layout.addLayout(row, 1)

        self.conclusion_areas = QListWidget()
        for area in CONCLUSION_AREAS:
            item = QListWidgetItem(areas[area])
            item.setData(Qt.ItemDataRole.UserRole, area)
            self.conclusion_areas.addItem(item)
        self.conclusion_areas.setMaximumWidth(260)
        self.conclusion_text = QPlainTextEdit()
        self.conclusion_text.setPlaceholderText(
            _t("What the audit concluded about this area: strengths, gaps, what to change."))
        self.save_conclusion_button = QPushButton(_t("Save conclusion"))
        self.save_conclusion_button.clicked.connect(self.save_conclusion)
        self.conclusion_areas.currentRowChanged.connect(lambda _: self._show_conclusion())
        conclusions_tab = QWidget()
        row = QHBoxLayout(conclusions_tab)
        row.setContentsMargins(20, 10, 20, 10)
        row.addWidget(self.conclusion_areas)
        editor = QWidget()
        editor_layout = vbox(editor, spacing=6)
        editor_layout.addWidget(self.conclusion_text, 1)
        hint = QLabel(_t("One conclusion per area; they go into the report."))
        set_muted(hint)
        buttons = QHBoxLayout()
        buttons.addWidget(hint, 1)
        buttons.addWidget(self.save_conclusion_button)
        editor_layout.addLayout(buttons)
        row.addWidget(editor, 1)

        self.header.tools.addWidget(self.new_button)
        self.header.tools.addWidget(self.new_training_button)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(people_tab, _t("Employees"))
        self.tabs.addTab(results_tab, _t("Results by area"))
        self.tabs.addTab(trainings_tab, _t("Trainings"))
        self.tabs.addTab(conclusions_tab, _t("Conclusions"))
        self.page = Page(self.tabs, "☺")
        outer = vbox(self)
        outer.addWidget(self.header)
        outer.addWidget(self.page, 1)
        for table in (self.people, self.results, self.trainings):
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.conclusion_texts: dict[str, str] = {}
        self._conclusion_shown: tuple[str | None, str | None] | None = None  # (engagement, area)
        self.employee_rows: list[EmployeeRow] = []
        self.training_rows: list[TrainingRow] = []
        self.conclusion_areas.setCurrentRow(0)
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Employees")

    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        if ws is None or not eid:
            self.page.show_empty(_t("No engagement open"),
                                 _t("Choose an engagement to see its employees."))
            return
        self.employee_rows = employees.list_employees(ws, eid)
        self.training_rows = employees.list_trainings(ws, eid)
        self.page.show_content()
        self.people_hint.setVisible(not self.employee_rows)
        self.people.set_rows(self.employee_rows, widest=120)
        self.areas.set_rows(employees.area_results(ws, eid))
        self.results.set_rows(employees.list_assessments(ws, eid))
        self.trainings.set_rows(self.training_rows)
        self._fill_calendar(employees.training_calendar(ws, eid))
        self.conclusion_texts = employees.conclusions(ws, eid)
        self._show_conclusion()
        untrained = sum(1 for e in self.employee_rows if not e.trainings)
        parts = [self.tr("%n employee(s)", "", len(self.employee_rows)),
                 self.tr("%n training(s)", "", len(self.training_rows))]
        if untrained:
            parts.append(self.tr("%n never trained", "", untrained))
        self.header.set_text(self.title(), " · ".join(parts))
        self._update_buttons()

    def _fill_calendar(self, months: list[tuple[str, list[TrainingRow]]]) -> None:
        self.calendar.clear()
        for month, rows in months:
            head = QTreeWidgetItem([month or _t("No date")])
            font = head.font(0)
            font.setBold(True)
            head.setFont(0, font)
            self.calendar.addTopLevelItem(head)
            for t in rows:
                who = ", ".join(t.participants)
                child = QTreeWidgetItem([f"{fmt_date(t.held_on)}  {t.topic}"
                                         + (f" — {who}" if who else "")])
                child.setToolTip(0, who)
                head.addChild(child)
            head.setExpanded(True)

    def _show_conclusion(self) -> None:
        """Show the chosen area's conclusion. What is being typed is never dropped: a refresh
        (another edit, undo) leaves it on screen, and moving to another area saves it first
        (one undo step)."""
        item = self.conclusion_areas.currentItem()
        area = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        key = (self.context.engagement_id, area)
        shown, document = self._conclusion_shown, self.conclusion_text.document()
        if document.isModified() and shown is not None and shown[0] == key[0]:
            if shown == key:
                return  # a refresh while typing
            document.setModified(False)
            typed = self.conclusion_text.toPlainText()
            if typed.strip() != self.conclusion_texts.get(shown[1], "").strip():
                self.set_conclusion(shown[1], typed)
        self._conclusion_shown = key
        self.conclusion_text.setPlainText(self.conclusion_texts.get(area, "") if area else "")
        document.setModified(False)

    def _update_buttons(self, *_: object) -> None:
        has = self.context.ws is not None and bool(self.context.engagement_id)
        for button in (self.new_button, self.new_training_button, self.save_conclusion_button):
            button.setEnabled(has)
        chosen = self.people.current() is not None
        for button in (self.edit_button, self.delete_button):
            button.setEnabled(chosen)
        self.result_button.setEnabled(has and bool(self.employee_rows))
        self.check_button.setEnabled(has and bool(self.employee_rows))
        self.delete_result_button.setEnabled(self.results.current() is not None)
        for button in (self.edit_training_button, self.delete_training_button):
            button.setEnabled(self.trainings.current() is not None)

    # -- employees --------------------------------------------------------------------------
    def employee_dialog(self, existing: EmployeeRow | None = None) -> EmployeeDialog:
        ws, eid = self.context.ws, self.context.engagement_id
        return EmployeeDialog([(s.id, s.name) for s in list_subjects(ws, eid)],
                              [(x.id, x.name) for x in list_locations(ws, eid)], self,
                              existing=existing)

    def new_employee(self) -> None:
        until_done(self.employee_dialog(), self.add_employee)

    def add_employee(self, values: dict[str, Any]) -> bool:
        ws, eid = self.context.ws, self.context.engagement_id
        command = CreateCommand(self.context, "employee", _t("New employee"),
                                lambda: employees.add_employee(ws, eid, **values),
                                employees.remove_employee)
        if not execute(command, self):
            return False
        self.people.select_id(command.ident)
        return True

    def edit_employee(self) -> None:
        row = self.people.current()
        if row is None:
            return
        until_done(self.employee_dialog(row), lambda v: execute(EditCommand(
            self.context, "employee", _t("Edit employee"), employees.update_employee, row.id,
            v), self))

    def delete_employee(self) -> None:
        row = self.people.current()
        if row is None or not messages.confirm(
                self, _t("Delete employee"),
                _t("Delete %1 with their results and training records? Undo brings them "
                   "back.").replace("%1", row.code)):
            return
        execute(DeleteCommand(self.context, "employee", _t("Delete employee"),
                              employees.remove_employee, row.id), self)

    # -- results ----------------------------------------------------------------------------
    def new_result(self) -> None:
        chosen = self.people.current()
        dialog = AssessmentDialog([(e.id, e.label) for e in self.employee_rows], self,
                                  employee_id=chosen.id if chosen else None)
        until_done(dialog, self.add_result)

    def add_result(self, values: dict[str, Any]) -> bool:
        ws = self.context.ws
        values = dict(values)
        employee_id = values.pop("employee_id")
        return execute(CreateCommand(
            self.context, "employee", _t("Add result"),
            lambda: employees.add_assessment(ws, employee_id, **values),
            employees.remove_assessment), self)

    def results_from_check(self) -> None:
        from cxdesk.employee_checks import assessment_checks
        from ui.dialogs.employee_forms import CheckResultsDialog

        chosen = self.people.current()
        checks = assessment_checks(self.context.ws, self.context.engagement_id)
        if not checks:
            messages.info(self, _t("Results from a check"),
                          _t("No check uses the employee assessment template yet: add it under "
                             "Checklists (Ready templates), then check the employees."))
            return
        dialog = CheckResultsDialog([(e.id, e.label) for e in self.employee_rows], checks,
                                    self, employee_id=chosen.id if chosen else None)
        if dialog.exec():
            self.add_check_results(**dialog.values())

    def add_check_results(self, employee_id: str, check_id: str) -> bool:
        from cxdesk.employee_checks import results_from_check

        ws = self.context.ws

        def undo(ids: list[str]) -> None:
            with ws.transaction():
                for ident in ids:
                    employees.remove_assessment(ws, ident)

        return execute(SwapCommand(self.context, "employee", _t("Results from a check"),
                                   lambda: results_from_check(ws, employee_id, check_id), undo),
                       self)

    def delete_result(self) -> None:
        row = self.results.current()
        if row is not None:
            execute(DeleteCommand(self.context, "employee", _t("Delete result"),
                                  employees.remove_assessment, row.id), self)

    # -- trainings --------------------------------------------------------------------------
    def training_dialog(self, existing: TrainingRow | None = None) -> TrainingDialog:
        return TrainingDialog([(e.id, e.label) for e in self.employee_rows], self,
                              existing=existing)

    def new_training(self) -> None:
        until_done(self.training_dialog(), self.add_training)

    def add_training(self, values: dict[str, Any]) -> bool:
        ws, eid = self.context.ws, self.context.engagement_id
        command = CreateCommand(self.context, "employee", _t("New training"),
                                lambda: employees.add_training(ws, eid, **values),
                                employees.remove_training)
        if not execute(command, self):
            return False
        self.trainings.select_id(command.ident)
        return True

    def edit_training(self) -> None:
        row = self.trainings.current()
        if row is None:
            return
        until_done(self.training_dialog(row), lambda v: self.change_training(row.id, v))

    def change_training(self, ident: str, values: dict[str, Any]) -> bool:
        ws = self.context.ws
        fields = {k: v for k, v in values.items() if k != "participant_ids"}
        people = values.get("participant_ids", [])

        def do() -> tuple[dict[str, Any], tuple[str, ...]]:
            with ws.transaction():
                before = employees.update_training(ws, ident, **fields)
                return before, employees.set_participants(ws, ident, people)

        def undo(token: tuple[dict[str, Any], tuple[str, ...]]) -> None:
            with ws.transaction():
                employees.update_training(ws, ident, **token[0])
                employees.set_participants(ws, ident, token[1])

        return execute(SwapCommand(self.context, "employee", _t("Edit training"), do, undo),
                       self)

    def delete_training(self) -> None:
        row = self.trainings.current()
        if row is not None:
            execute(DeleteCommand(self.context, "employee", _t("Delete training"),
                                  employees.remove_training, row.id), self)

    # -- conclusions ------------------------------------------------------------------------
    def save_conclusion(self) -> bool:
        item = self.conclusion_areas.currentItem()
        if item is None:
            return False
        document = self.conclusion_text.document()
        document.setModified(False)  # saved: the refresh that follows may show it anew
        if self.set_conclusion(item.data(Qt.ItemDataRole.UserRole),
                               self.conclusion_text.toPlainText()):
            return True
        document.setModified(True)
        return False

    def set_conclusion(self, area: str, text: str) -> bool:
        ws, eid = self.context.ws, self.context.engagement_id
        return execute(SwapCommand(
            self.context, "employee", _t("Conclusion"),
            lambda: employees.set_conclusion(ws, eid, area, text),
            lambda before: employees.set_conclusion(ws, eid, area, before)), self)
