"""Incidents and problems (DOMAIN.md §9): each complaint with its diagnosis, whether it is
justified, the compensation offered, its status and how long it took to close; and the
problems — root causes grouping incidents and failure findings — with where they show."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QPushButton, QTabWidget, QWidget

from cxdesk import incidents, problems
from cxdesk.engagements import list_locations, list_subjects
from cxdesk.finding_ops import touchpoint_choices
from cxdesk.incidents import IncidentRow
from cxdesk.problems import ProblemRow
from ui import messages
from ui.commands import execute
from ui.context import ACTIONS, FINDINGS, LOCATIONS, MAPS, SUBJECTS
from ui.dialogs.incident_forms import (
    IncidentDialog,
    ProblemDialog,
    incident_status_labels,
    justified_labels,
    problem_status_labels,
)
from ui.formatting import decimal_text
from ui.views.base import View
from ui.views.kit import BAD, GOOD, INFO, NEUTRAL, WARN, Header, Page, fmt_date, fmt_number, vbox
from ui.views.voice_kit import Column, RowsTable, button_row, until_done
from ui.voice_commands import INCIDENTS, CreateCommand, DeleteCommand, EditCommand

INCIDENT_TONES = {"open": BAD, "in_progress": WARN, "closed": GOOD}
PROBLEM_TONES = {"open": BAD, "in_progress": WARN, "solved": GOOD}






class IncidentsView(View):
    name = "incidents"
    topics = frozenset({INCIDENTS, FINDINGS, ACTIONS, SUBJECTS, LOCATIONS, MAPS})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.today: dt.date | None = None  # tests pin the date
        self.header = Header()
        statuses, justified = incident_status_labels(), justified_labels()
        self.incidents = RowsTable([
            Column(QCoreApplication.translate("IncidentsView", "Date"), lambda i: fmt_date(i.occurred_on),
                   sort=lambda i: i.occurred_on or ""),
            Column(QCoreApplication.translate("IncidentsView", "Location"), lambda i: i.location or i.subject,
                   tip=lambda i: " · ".join(x for x in (i.subject, i.location, i.channel)
                                            if x) or None),
            Column(QCoreApplication.translate("IncidentsView", "Touchpoint"), lambda i: i.touchpoint),
            Column(QCoreApplication.translate("IncidentsView", "What happened"), lambda i: i.description, stretch=True,
                   tip=self._incident_tip),
            Column(QCoreApplication.translate("IncidentsView", "Justified"), lambda i: justified[i.justified],
                   tone=lambda i: {True: BAD, False: NEUTRAL}.get(i.justified, INFO)),
            Column(QCoreApplication.translate("IncidentsView", "Compensation"), self._compensation,
                   sort=lambda i: i.compensation_amount or 0),
            Column(QCoreApplication.translate("IncidentsView", "Status"), lambda i: statuses.get(i.status, i.status),
                   tone=lambda i: INCIDENT_TONES.get(i.status)),
            Column(QCoreApplication.translate("IncidentsView", "Time to close"), self._time_to_close, sort=self._days_sort,
                   tip=lambda i: QCoreApplication.translate("IncidentsView", "From the incident's date to its closing")),
        ])
        self.new_incident_button = QPushButton(QCoreApplication.translate("IncidentsView", "New incident…"))
        self.edit_incident_button = QPushButton(QCoreApplication.translate("IncidentsView", "Edit…"))
        self.delete_incident_button = QPushButton(QCoreApplication.translate("IncidentsView", "Delete"))
        self.new_incident_button.clicked.connect(self.new_incident)
        self.edit_incident_button.clicked.connect(self.edit_incident)
        self.delete_incident_button.clicked.connect(self.delete_incident)
        incidents_tab = QWidget()
        layout = vbox(incidents_tab)
        layout.addLayout(button_row(self.edit_incident_button, self.delete_incident_button))
        layout.addWidget(self.incidents, 1)

        pstatuses = problem_status_labels()
        self.problems = RowsTable([
            Column(QCoreApplication.translate("IncidentsView", "Problem (root cause)"), lambda p: p.title, stretch=True,
                   tip=lambda p: p.description or None),
            Column(QCoreApplication.translate("IncidentsView", "Status"), lambda p: pstatuses.get(p.status, p.status),
                   tone=lambda p: PROBLEM_TONES.get(p.status)),
            Column(QCoreApplication.translate("IncidentsView", "Incidents"), lambda p: str(p.incidents), sort=lambda p: p.incidents,
                   center=True),
            Column(QCoreApplication.translate("IncidentsView", "Findings"), lambda p: str(p.findings), sort=lambda p: p.findings,
                   center=True),
            Column(QCoreApplication.translate("IncidentsView", "Locations"), lambda p: str(len(p.locations)),
                   sort=lambda p: len(p.locations), center=True,
                   tip=lambda p: "\n".join(p.locations) or None),
            Column(QCoreApplication.translate("IncidentsView", "Subjects"), lambda p: str(len(p.subjects)),
                   sort=lambda p: len(p.subjects), center=True,
                   tip=lambda p: "\n".join(p.subjects) or None),
            Column(QCoreApplication.translate("IncidentsView", "Actions"), lambda p: str(p.actions), sort=lambda p: p.actions,
                   center=True, tone=lambda p: None if p.actions or p.status == "solved"
                   else WARN),
        ])
        self.new_problem_button = QPushButton(QCoreApplication.translate("IncidentsView", "New problem…"))
        self.edit_problem_button = QPushButton(QCoreApplication.translate("IncidentsView", "Edit…"))
        self.delete_problem_button = QPushButton(QCoreApplication.translate("IncidentsView", "Delete"))
        self.new_problem_button.clicked.connect(self.new_problem)
        self.edit_problem_button.clicked.connect(self.edit_problem)
        self.delete_problem_button.clicked.connect(self.delete_problem)
        problems_tab = QWidget()
        layout = vbox(problems_tab)
        layout.addLayout(button_row(self.edit_problem_button, self.delete_problem_button))
        layout.addWidget(self.problems, 1)

        self.header.tools.addWidget(self.new_incident_button)
        self.header.tools.addWidget(self.new_problem_button)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(incidents_tab, QCoreApplication.translate("IncidentsView", "Incidents"))
        self.tabs.addTab(problems_tab, QCoreApplication.translate("IncidentsView", "Problems"))
        self.page = Page(self.tabs, "⚑")
        outer = vbox(self)
        outer.addWidget(self.header)
        outer.addWidget(self.page, 1)
        for table in (self.incidents, self.problems):
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.incident_rows: list[IncidentRow] = []
        self.problem_rows: list[ProblemRow] = []
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Incidents and problems")

    # -- cells ------------------------------------------------------------------------------
    def _compensation(self, i: IncidentRow) -> str:
        amount = "" if i.compensation_amount is None else fmt_number(i.compensation_amount)
        return " · ".join(x for x in (i.compensation_kind, amount) if x)

    def _days(self, n: int) -> str:
        return self.tr("%n day(s)", "", n)

    def _time_to_close(self, i: IncidentRow) -> str:
        if i.days_to_close is not None:
            return self._days(i.days_to_close)
        open_for = i.days_open(self.today)
        return QCoreApplication.translate("IncidentsView", "open %1").replace("%1", self._days(open_for)) if open_for is not None else "—"

    def _days_sort(self, i: IncidentRow) -> int:
        if i.days_to_close is not None:
            return i.days_to_close
        return 1000 + (i.days_open(self.today) or 0)

    def _incident_tip(self, i: IncidentRow) -> str:
        parts = [i.description]
        if i.channel:
            parts.append(QCoreApplication.translate("IncidentsView", "Channel: %1").replace("%1", i.channel))
        if i.diagnosis:
            parts.append(QCoreApplication.translate("IncidentsView", "Diagnosis: %1").replace("%1", i.diagnosis))
        if i.problem:
            parts.append(QCoreApplication.translate("IncidentsView", "Problem: %1").replace("%1", i.problem))
        return "\n\n".join(parts)

    # -- refresh ----------------------------------------------------------------------------
    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        if ws is None or not eid:
            self.incidents.set_rows([])
            self.problems.set_rows([])
            self.page.show_empty(QCoreApplication.translate("IncidentsView", "No engagement open"),
                                 QCoreApplication.translate("IncidentsView", "Choose an engagement to see its incidents and problems."))
            return
        self.incident_rows = incidents.list_incidents(ws, eid)
        self.problem_rows = problems.list_problems(ws, eid)
        self.incidents.set_rows(self.incident_rows, widest=125)
        self.problems.set_rows(self.problem_rows, widest=280)
        self._update_buttons()
        if not self.incident_rows and not self.problem_rows:
            self.page.show_empty(
                QCoreApplication.translate("IncidentsView", "No incidents yet"),
                QCoreApplication.translate("IncidentsView", "Record each customer complaint with New incident…: what happened, the "
                   "diagnosis, whether it is justified, the compensation offered, and when it "
                   "was closed. Group incidents and failure findings under New problem… — the "
                   "root cause to remove."))
            return
        self.page.show_content()
        stats = incidents.incident_stats(self.incident_rows)
        parts = [self.tr("%n incident(s)", "", stats.total), self.tr("%n open", "", stats.open)]
        if stats.mean_days_to_close is not None:
            parts.append(QCoreApplication.translate("IncidentsView", "closed in %1 days on average").replace(
                "%1", decimal_text(stats.mean_days_to_close)))
        if stats.compensation_total:
            parts.append(QCoreApplication.translate("IncidentsView", "compensation %1").replace("%1",
                                                       fmt_number(stats.compensation_total)))
        parts.append(self.tr("%n problem(s)", "", len(self.problem_rows)))
        self.header.set_text(self.title(), " · ".join(parts))
        self._update_buttons()

    def _update_buttons(self, *_: object) -> None:
        has = self.context.ws is not None and bool(self.context.engagement_id)
        self.new_incident_button.setEnabled(has)
        self.new_problem_button.setEnabled(has)
        for button in (self.edit_incident_button, self.delete_incident_button):
            button.setEnabled(self.incidents.current() is not None)
        for button in (self.edit_problem_button, self.delete_problem_button):
            button.setEnabled(self.problems.current() is not None)

    # -- incidents --------------------------------------------------------------------------
    def incident_dialog(self, existing: IncidentRow | None = None) -> IncidentDialog:
        ws, eid = self.context.ws, self.context.engagement_id
        return IncidentDialog(
            [(s.id, s.name) for s in list_subjects(ws, eid)],
            [(x.id, x.name) for x in list_locations(ws, eid)], touchpoint_choices(ws, eid),
            [(p.id, p.title) for p in problems.list_problems(ws, eid)], self, existing=existing)

    def new_incident(self) -> None:
        until_done(self.incident_dialog(), self.add_incident)

    def add_incident(self, values: dict[str, Any]) -> bool:
        ws, eid = self.context.ws, self.context.engagement_id
        command = CreateCommand(self.context, "incident", QCoreApplication.translate("IncidentsView", "New incident"),
                                lambda: incidents.create_incident(ws, eid, **values),
                                incidents.delete_incident)
        if not execute(command, self):
            return False
        self.tabs.setCurrentIndex(0)
        self.incidents.select_id(command.ident)
        return True

    def edit_incident(self) -> None:
        row = self.incidents.current()
        if row is None:
            return
        until_done(self.incident_dialog(row), lambda v: self.change_incident(row.id, v))

    def change_incident(self, ident: str, values: dict[str, Any]) -> bool:
        return execute(EditCommand(self.context, "incident", QCoreApplication.translate("IncidentsView", "Edit incident"),
                                   incidents.update_incident, ident, values), self)

    def delete_incident(self) -> None:
        row = self.incidents.current()
        if row is None or not messages.confirm(
                self, QCoreApplication.translate("IncidentsView", "Delete incident"), QCoreApplication.translate("IncidentsView", "Delete this incident? Undo brings it back.")):
            return
        execute(DeleteCommand(self.context, "incident", QCoreApplication.translate("IncidentsView", "Delete incident"),
                              incidents.delete_incident, row.id), self)

    # -- problems ---------------------------------------------------------------------------
    def new_problem(self) -> None:
        until_done(ProblemDialog(self), self.add_problem)

    def add_problem(self, values: dict[str, Any]) -> bool:
        ws, eid = self.context.ws, self.context.engagement_id
        command = CreateCommand(self.context, "problem", QCoreApplication.translate("IncidentsView", "New problem"),
                                lambda: problems.create_problem(ws, eid, **values),
                                problems.delete_problem)
        if not execute(command, self):
            return False
        self.tabs.setCurrentIndex(1)
        self.problems.select_id(command.ident)
        return True

    def edit_problem(self) -> None:
        row = self.problems.current()
        if row is None:
            return
        until_done(ProblemDialog(self, existing=row), lambda v: execute(EditCommand(
            self.context, "problem", QCoreApplication.translate("IncidentsView", "Edit problem"), problems.update_problem, row.id, v),
            self))

    def delete_problem(self) -> None:
        row = self.problems.current()
        if row is None or not messages.confirm(
                self, QCoreApplication.translate("IncidentsView", "Delete problem"),
                QCoreApplication.translate("IncidentsView", "Delete the problem “%1”? Its incidents and findings stay, unlinked; undo "
                   "links them again.").replace("%1", row.title)):
            return
        execute(DeleteCommand(self.context, "problem", QCoreApplication.translate("IncidentsView", "Delete problem"),
                              problems.delete_problem, row.id), self)
