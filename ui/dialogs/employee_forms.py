"""Forms of the Employees screen: an employee (a code is enough), an assessment result, a
training with its participants. ``values()`` is in the shape ``cxdesk.employees`` takes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from cxdesk.employees import ASSESSMENT_AREAS
from ui.dialogs.feedback_forms import Choices, choose, combo
from ui.dialogs.forms import OptionalDateEdit, _FormDialog


def area_labels() -> dict[str, str]:
    return {
        "product_knowledge": QCoreApplication.translate("Employees", "Product knowledge"),
        "standards_knowledge": QCoreApplication.translate("Employees", "Standards knowledge"),
        "customer_orientation": QCoreApplication.translate("Employees", "Customer orientation"),
        "engagement": QCoreApplication.translate("Employees", "Engagement (survey)"),
        "hiring": QCoreApplication.translate("Employees", "Hiring"),
        "training": QCoreApplication.translate("Employees", "Training"),
        "kpi_motivation": QCoreApplication.translate("Employees", "KPI and motivation"),
        "working_conditions": QCoreApplication.translate("Employees", "Working conditions"),
    }


class EmployeeDialog(_FormDialog):
    def __init__(self, subjects: Choices, locations: Choices, parent: QWidget | None = None,
                 *, existing: Any = None) -> None:
        super().__init__(self.tr("Edit employee") if existing else self.tr("New employee"),
                         parent)
        self.code = QLineEdit(self)
        self.code.setPlaceholderText(self.tr("e.g. LEN-SM-02 (a code keeps people anonymous)"))
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("optional"))
        self.role = QLineEdit(self)
        none = self.tr("—")
        self.subject = combo(self, subjects, none)
        self.location = combo(self, locations, none)
        for label, widget in ((self.tr("Code"), self.code), (self.tr("Name"), self.name),
                              (self.tr("Role"), self.role), (self.tr("Subject"), self.subject),
                              (self.tr("Location"), self.location)):
            self.form.addRow(label, widget)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        self.code.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        if existing is not None:
            self.code.setText(existing.code)
            self.name.setText(existing.name)
            self.role.setText(existing.role)
            choose(self.subject, existing.subject_id)
            choose(self.location, existing.location_id)
        else:
            ok.setEnabled(False)

    def values(self) -> dict[str, Any]:
        return {"code": self.code.text().strip(), "name": self.name.text().strip(),
                "role": self.role.text().strip(), "subject_id": self.subject.currentData(),
                "location_id": self.location.currentData()}


class AssessmentDialog(_FormDialog):
    def __init__(self, employees: Choices, parent: QWidget | None = None, *,
                 employee_id: str | None = None) -> None:
        super().__init__(self.tr("Add result"), parent)
        self.employee = combo(self, employees)
        choose(self.employee, employee_id)
        labels = area_labels()
        self.area = combo(self, [(a, labels[a]) for a in ASSESSMENT_AREAS])
        self.score = QDoubleSpinBox(self)
        self.score.setRange(0, 1000)
        self.score.setDecimals(1)
        self.max_score = QDoubleSpinBox(self)
        self.max_score.setRange(0.1, 1000)
        self.max_score.setDecimals(1)
        self.max_score.setValue(10)
        self.score.setValue(7)
        self.assessed_on = OptionalDateEdit(self)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        for label, widget in ((self.tr("Employee"), self.employee), (self.tr("Area"), self.area),
                              (self.tr("Score"), self.score),
                              (self.tr("Out of"), self.max_score),
                              (self.tr("Date"), self.assessed_on),
                              (self.tr("Notes"), self.notes)):
            self.form.addRow(label, widget)

    def values(self) -> dict[str, Any]:
        return {"employee_id": self.employee.currentData(), "area": self.area.currentData(),
                "score": self.score.value(), "max_score": self.max_score.value(),
                "assessed_on": self.assessed_on.iso(),
                "notes": self.notes.toPlainText().strip()}


class TrainingDialog(_FormDialog):
    def __init__(self, employees: Choices, parent: QWidget | None = None, *,
                 existing: Any = None) -> None:
        super().__init__(self.tr("Edit training") if existing else self.tr("New training"),
                         parent)
        self.held_on = OptionalDateEdit(self)
        self.topic = QLineEdit(self)
        self.trainer = QLineEdit(self)
        self.participants = QListWidget(self)
        self.participants.setMinimumHeight(140)
        chosen = set(existing.participant_ids) if existing is not None else set()
        for ident, label in employees:
            item = QListWidgetItem(label, self.participants)
            item.setData(Qt.ItemDataRole.UserRole, ident)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ident in chosen
                               else Qt.CheckState.Unchecked)
        for label, widget in ((self.tr("Date"), self.held_on), (self.tr("Topic"), self.topic),
                              (self.tr("Trainer"), self.trainer),
                              (self.tr("Participants"), self.participants)):
            self.form.addRow(label, widget)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        self.topic.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        if existing is not None:
            self.held_on.set_iso(existing.held_on)
            self.topic.setText(existing.topic)
            self.trainer.setText(existing.trainer)
        else:
            ok.setEnabled(False)

    def set_checked(self, ids: set[str]) -> None:
        for row in range(self.participants.count()):
            item = self.participants.item(row)
            item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole)
                               in ids else Qt.CheckState.Unchecked)

    def values(self) -> dict[str, Any]:
        ids = [self.participants.item(r).data(Qt.ItemDataRole.UserRole)
               for r in range(self.participants.count())
               if self.participants.item(r).checkState() == Qt.CheckState.Checked]
        return {"held_on": self.held_on.iso(), "topic": self.topic.text().strip(),
                "trainer": self.trainer.text().strip(), "participant_ids": ids}


class CheckResultsDialog(_FormDialog):
    """Choose an employee and a check made with the employee assessment template."""

    def __init__(self, employees: Choices, checks: Choices, parent: QWidget | None = None, *,
                 employee_id: str | None = None) -> None:
        super().__init__(self.tr("Results from a check"), parent)
        self.employee = combo(self, employees)
        choose(self.employee, employee_id)
        self.check = combo(self, checks)
        self.form.addRow(self.tr("Employee"), self.employee)
        self.form.addRow(self.tr("Check"), self.check)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        ok.setEnabled(bool(checks) and bool(employees))

    def values(self) -> dict[str, Any]:
        return {"employee_id": self.employee.currentData(), "check_id": self.check.currentData()}
