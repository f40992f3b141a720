"""Employees (DOMAIN.md §6): the people at the front line by code (names optional), their
results by area, the training register (last training per person, a calendar by month) and
the consultant's conclusions per area."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidgetItem,
    QWidget,
)

from cxdesk import employees
from cxdesk.employees import CONCLUSION_AREAS, EmployeeRow, TrainingRow
from cxdesk.engagements import list_locations, list_subjects
from ui import messages
from ui.commands import execute
from ui.context import LOCATIONS, SUBJECTS
from ui.dialogs.employee_forms import AssessmentDialog, EmployeeDialog, TrainingDialog, area_labels
from ui.views.base import View
from ui.views.employees_tabs import (
    areas_table,
    calendar_tree,
    conclusions_tab,
    people_tab,
    people_table,
    results_table,
    trainings_table,
    two_panes_tab,
)
from ui.views.kit import Header, Page, fmt_date, vbox
from ui.views.voice_kit import button_row, until_done
from ui.voice_commands import EMPLOYEES, CreateCommand, DeleteCommand, EditCommand, SwapCommand


class EmployeesView(View):
    name = "employees"
    topics = frozenset({EMPLOYEES, SUBJECTS, LOCATIONS})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        areas = area_labels()
        self.people = people_table(areas)
        self.new_button = QPushButton(self.tr("New employee…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.result_button = QPushButton(self.tr("Add result…"))
        self.check_button = QPushButton(self.tr("Results from a check…"))
        self.check_button.setToolTip(self.tr("Score a check made with the employee "
                                             "assessment template, area by area"))
        self.check_button.clicked.connect(self.results_from_check)
        self.new_button.clicked.connect(self.new_employee)
        self.edit_button.clicked.connect(self.edit_employee)
        self.delete_button.clicked.connect(self.delete_employee)
        self.result_button.clicked.connect(self.new_result)
        self.people_hint = QLabel(self.tr(
            "No employees yet. Add the people at the front line with New employee… (a code is "
            "enough to keep them anonymous), then their results by area — product and "
            "standards knowledge, customer orientation, engagement — and the trainings they "
            "attended with New training…."))
        tab_people = people_tab(self.people_hint, button_row(
            self.edit_button, self.delete_button, self.result_button, self.check_button),
            self.people)

        self.areas = areas_table(areas)
        self.results = results_table(areas)
        self.delete_result_button = QPushButton(self.tr("Delete result"))
        self.delete_result_button.clicked.connect(self.delete_result)
        results_tab = two_panes_tab(button_row(self.delete_result_button),
                                    self.tr("By area"), self.areas,
                                    self.tr("Results"), self.results, (2, 3))

        self.trainings = trainings_table()
        self.calendar = calendar_tree()
        self.new_training_button = QPushButton(self.tr("New training…"))
        self.edit_training_button = QPushButton(self.tr("Edit…"))
        self.delete_training_button = QPushButton(self.tr("Delete"))
        self.new_training_button.clicked.connect(self.new_training)
        self.edit_training_button.clicked.connect(self.edit_training)
        self.delete_training_button.clicked.connect(self.delete_training)
        trainings_tab = two_panes_tab(
            button_row(self.edit_training_button, self.delete_training_button),
            self.tr("Register"), self.trainings, self.tr("Calendar"), self.calendar, (3, 2))

        self.conclusion_areas = QListWidget()
        for area in CONCLUSION_AREAS:
            item = QListWidgetItem(areas[area])
            item.setData(Qt.ItemDataRole.UserRole, area)
            self.conclusion_areas.addItem(item)
        self.conclusion_areas.setMaximumWidth(260)
        self.conclusion_text = QPlainTextEdit()
        self.conclusion_text.setPlaceholderText(
            self.tr("What the audit concluded about this area: strengths, gaps, what to change."))
        self.save_conclusion_button = QPushButton(self.tr("Save conclusion"))
        self.save_conclusion_button.clicked.connect(self.save_conclusion)
        self.conclusion_areas.currentRowChanged.connect(lambda _: self._show_conclusion())
        conclusions = conclusions_tab(self.conclusion_areas, self.conclusion_text,
                                      self.save_conclusion_button)

        self.header.tools.addWidget(self.new_button)
        self.header.tools.addWidget(self.new_training_button)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(tab_people, self.tr("Employees"))
        self.tabs.addTab(results_tab, self.tr("Results by area"))
        self.tabs.addTab(trainings_tab, self.tr("Trainings"))
        self.tabs.addTab(conclusions, self.tr("Conclusions"))
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
            self.page.show_empty(self.tr("No engagement open"),
                                 self.tr("Choose an engagement to see its employees."))
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
            head = QTreeWidgetItem([month or self.tr("No date")])
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
        command = CreateCommand(self.context, "employee", self.tr("New employee"),
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
            self.context, "employee", self.tr("Edit employee"), employees.update_employee, row.id,
            v), self))

    def delete_employee(self) -> None:
        row = self.people.current()
        if row is None or not messages.confirm(
                self, self.tr("Delete employee"),
                self.tr("Delete %1 with their results and training records? Undo brings "
                        "them back.").replace("%1", row.code)):
            return
        execute(DeleteCommand(self.context, "employee", self.tr("Delete employee"),
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
            self.context, "employee", self.tr("Add result"),
            lambda: employees.add_assessment(ws, employee_id, **values),
            employees.remove_assessment), self)

    def results_from_check(self) -> None:
        from cxdesk.employee_checks import assessment_checks
        from ui.dialogs.employee_forms import CheckResultsDialog

        chosen = self.people.current()
        checks = assessment_checks(self.context.ws, self.context.engagement_id)
        if not checks:
            messages.info(self, self.tr("Results from a check"),
                          self.tr("No check uses the employee assessment template yet: add it "
                                  "under Checklists (Ready templates), then check the "
                                  "employees."))
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

        return execute(SwapCommand(self.context, "employee", self.tr("Results from a check"),
                                   lambda: results_from_check(ws, employee_id, check_id), undo),
                       self)

    def delete_result(self) -> None:
        row = self.results.current()
        if row is not None:
            execute(DeleteCommand(self.context, "employee", self.tr("Delete result"),
                                  employees.remove_assessment, row.id), self)

    # -- trainings --------------------------------------------------------------------------
    def training_dialog(self, existing: TrainingRow | None = None) -> TrainingDialog:
        return TrainingDialog([(e.id, e.label) for e in self.employee_rows], self,
                              existing=existing)

    def new_training(self) -> None:
        until_done(self.training_dialog(), self.add_training)

    def add_training(self, values: dict[str, Any]) -> bool:
        ws, eid = self.context.ws, self.context.engagement_id
        command = CreateCommand(self.context, "employee", self.tr("New training"),
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

        return execute(SwapCommand(self.context, "employee", self.tr("Edit training"), do,
                                   undo), self)

    def delete_training(self) -> None:
        row = self.trainings.current()
        if row is not None:
            execute(DeleteCommand(self.context, "employee", self.tr("Delete training"),
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
            self.context, "employee", self.tr("Conclusion"),
            lambda: employees.set_conclusion(ws, eid, area, text),
            lambda before: employees.set_conclusion(ws, eid, area, before)), self)
