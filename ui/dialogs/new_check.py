"""The "New check" form: who is checked (the own company or a competitor), where, how, when,
by whom, in which scenario and against which checklist; or simply an assignment's plan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesk.checklists import list_templates
from cxdesk.checks import METHODS
from cxdesk.engagements import list_locations, list_subjects
from cxdesk.fieldwork import planned_assignments
from cxdesk.workspace import Workspace
from ui.formatting import date_format, date_text
from ui.views.checks import method_name


class NewCheckDialog(QDialog):
    def __init__(self, ws: Workspace, engagement_id: str, parent: QWidget | None = None,
                 *, auditor: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New check"))
        self.setMinimumWidth(460)
        self.subjects = list_subjects(ws, engagement_id)
        self.locations = list_locations(ws, engagement_id)
        self.assignments = planned_assignments(ws, engagement_id)
        self.templates = [t for t in list_templates(ws, engagement_id) if t.status == "current"]

        self.assignment = QComboBox()
        self.assignment.addItem(self.tr("— none: fill in below —"), None)
        for a in self.assignments:
            parts = [a.subject, a.location, method_name(a.method), date_text(a.due_date),
                     a.shopper]
            self.assignment.addItem(" · ".join(p for p in parts if p), a.id)
        self.subject = QComboBox()
        for s in sorted(self.subjects, key=lambda s: (not s.own, s.position, s.name)):
            label = self.tr("%1 (own company)").replace("%1", s.name) if s.own else s.name
            self.subject.addItem(label, s.id)
        self.location = QComboBox()
        self.method = QComboBox()
        for m in METHODS:
            self.method.addItem(method_name(m), m)
        self.when = QDateTimeEdit(QDateTime.currentDateTime())
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat(f"{date_format()} HH:mm")
        self.auditor = QLineEdit(auditor)
        self.auditor.setPlaceholderText(self.tr("Who does the check"))
        self.scenario = QLineEdit()
        self.scenario.setPlaceholderText(self.tr("e.g. a family looking for its first SUV"))
        self.template = QComboBox()
        for t in self.templates:
            self.template.addItem(self.tr("%1 (version %2)").replace("%1", t.name)
                                  .replace("%2", str(t.version)), t.id)
        self.problem = QLabel()
        self.problem.setWordWrap(True)

        form = QFormLayout()
        form.addRow(self.tr("From assignment"), self.assignment)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Location"), self.location)
        form.addRow(self.tr("Method"), self.method)
        form.addRow(self.tr("Date and time"), self.when)
        form.addRow(self.tr("Auditor"), self.auditor)
        form.addRow(self.tr("Scenario"), self.scenario)
        form.addRow(self.tr("Checklist"), self.template)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.subject.currentIndexChanged.connect(self._fill_locations)
        self.assignment.currentIndexChanged.connect(self._from_assignment)
        self._fill_locations()
        self._validate()

    def _fill_locations(self) -> None:
        subject_id = self.subject.currentData()
        self.location.clear()
        self.location.addItem(self.tr("— no location —"), None)
        for loc in self.locations:
            if loc.subject_id in (None, subject_id):
                self.location.addItem(loc.name, loc.id)
        if self.location.count() > 1:
            self.location.setCurrentIndex(1)

    def _from_assignment(self) -> None:
        ident = self.assignment.currentData()
        a = next((a for a in self.assignments if a.id == ident), None)
        for widget in (self.subject, self.location, self.method, self.scenario, self.template):
            widget.setEnabled(a is None)
        if a is None:
            self._validate()
            return
        self.subject.setCurrentIndex(max(0, self.subject.findData(a.subject_id)))
        self.location.setCurrentIndex(max(0, self.location.findData(a.location_id)))
        self.method.setCurrentIndex(max(0, self.method.findData(a.method)))
        self.scenario.setText(a.scenario)
        if a.shopper:
            self.auditor.setText(a.shopper)
        self._validate()

    def _validate(self) -> None:
        problem = ""
        if not self.subjects:
            problem = self.tr("Add the own company and its competitors first (Engagement).")
        elif not self.templates:
            problem = self.tr("Make a checklist first (Checklists).")
        self.problem.setText(problem)
        self.problem.setVisible(bool(problem))
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not problem)

    def assignment_id(self) -> str | None:
        return self.assignment.currentData()

    def values(self) -> dict[str, Any]:
        """For ``fieldwork.create_check``; from an assignment, only the when and the who."""
        started = self.when.dateTime().toString("yyyy-MM-ddTHH:mm:ss")
        if self.assignment_id():
            return {"started_at": started, "auditor": self.auditor.text().strip()}
        return {"subject_id": self.subject.currentData(),
                "location_id": self.location.currentData(),
                "method": self.method.currentData(), "started_at": started,
                "auditor": self.auditor.text().strip(),
                "scenario": self.scenario.text().strip(),
                "template_id": self.template.currentData()}
