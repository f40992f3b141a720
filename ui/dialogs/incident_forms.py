"""Forms of the Incidents screen: an incident (complaint) and a problem (root cause).
``values()`` is in the shape ``cxdesk.incidents`` / ``cxdesk.problems`` take."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDoubleSpinBox, QLineEdit, QPlainTextEdit, QWidget

from ui.dialogs.feedback_forms import Choices, choose, combo
from ui.dialogs.forms import OptionalDateEdit, _FormDialog


def incident_status_labels() -> dict[str, str]:
    return {"open": QCoreApplication.translate("Incidents", "Open"),
            "in_progress": QCoreApplication.translate("Incidents", "In progress"),
            "closed": QCoreApplication.translate("Incidents", "Closed")}


def problem_status_labels() -> dict[str, str]:
    return {"open": QCoreApplication.translate("Incidents", "Open"),
            "in_progress": QCoreApplication.translate("Incidents", "Being removed"),
            "solved": QCoreApplication.translate("Incidents", "Solved")}


def justified_labels() -> dict[Any, str]:
    return {None: QCoreApplication.translate("Incidents", "Not decided"),
            True: QCoreApplication.translate("Incidents", "Justified"),
            False: QCoreApplication.translate("Incidents", "Not justified")}


def _text_box(parent: QWidget, lines: int) -> QPlainTextEdit:
    box = QPlainTextEdit(parent)
    box.setTabChangesFocus(True)
    box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
    return box


class IncidentDialog(_FormDialog):
    def __init__(self, subjects: Choices, locations: Choices, touchpoints: Choices,
                 problems: Choices, parent: QWidget | None = None, *,
                 existing: Any = None) -> None:
        super().__init__(self.tr("Edit incident") if existing else self.tr("New incident"),
                         parent)
        self.setMinimumWidth(520)
        none = self.tr("—")
        self.occurred_on = OptionalDateEdit(self)
        self.channel = QLineEdit(self)
        self.channel.setPlaceholderText(self.tr("e.g. phone, letter, complaints book, review"))
        self.subject = combo(self, subjects, none)
        self.location = combo(self, locations, none)
        self.touchpoint = combo(self, touchpoints, none)
        self.description = _text_box(self, 3)
        self.diagnosis = _text_box(self, 2)
        self.justified = combo(self, list(justified_labels().items()))
        self.compensation_kind = QLineEdit(self)
        self.compensation_kind.setPlaceholderText(self.tr("e.g. discount, refund, free service"))
        self.amount = QDoubleSpinBox(self)
        self.amount.setRange(0, 1e9)
        self.amount.setDecimals(2)
        self.amount.setSpecialValueText("—")
        self.status = combo(self, list(incident_status_labels().items()))
        self.closed_at = OptionalDateEdit(self)
        self.problem = combo(self, problems, none)
        for label, widget in (
                (self.tr("Date"), self.occurred_on), (self.tr("Channel"), self.channel),
                (self.tr("Subject"), self.subject), (self.tr("Location"), self.location),
                (self.tr("Touchpoint"), self.touchpoint),
                (self.tr("What happened"), self.description),
                (self.tr("Diagnosis"), self.diagnosis), (self.tr("Justified"), self.justified),
                (self.tr("Compensation"), self.compensation_kind),
                (self.tr("Amount"), self.amount), (self.tr("Status"), self.status),
                (self.tr("Closed on"), self.closed_at), (self.tr("Problem (root cause)"),
                                                         self.problem)):
            self.form.addRow(label, widget)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        self.description.textChanged.connect(
            lambda: ok.setEnabled(bool(self.description.toPlainText().strip())))
        if existing is not None:
            self._set(existing)
        else:
            ok.setEnabled(False)

    def _set(self, i: Any) -> None:
        self.occurred_on.set_iso(i.occurred_on)
        self.channel.setText(i.channel)
        for box, value in ((self.subject, i.subject_id), (self.location, i.location_id),
                           (self.touchpoint, i.touchpoint_id), (self.justified, i.justified),
                           (self.status, i.status), (self.problem, i.problem_id)):
            choose(box, value)
        self.description.setPlainText(i.description)
        self.diagnosis.setPlainText(i.diagnosis)
        self.compensation_kind.setText(i.compensation_kind)
        self.amount.setValue(i.compensation_amount or 0)
        self.closed_at.set_iso(i.closed_at)

    def values(self) -> dict[str, Any]:
        return {
            "occurred_on": self.occurred_on.iso(), "channel": self.channel.text().strip(),
            "subject_id": self.subject.currentData(), "location_id": self.location.currentData(),
            "touchpoint_id": self.touchpoint.currentData(),
            "description": self.description.toPlainText().strip(),
            "diagnosis": self.diagnosis.toPlainText().strip(),
            "justified": self.justified.currentData(),
            "compensation_kind": self.compensation_kind.text().strip(),
            "compensation_amount": self.amount.value() or None,
            "status": self.status.currentData(), "closed_at": self.closed_at.iso(),
            "problem_id": self.problem.currentData(),
        }


class ProblemDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None, *, existing: Any = None) -> None:
        super().__init__(self.tr("Edit problem") if existing else self.tr("New problem"), parent)
        self.title_edit = QLineEdit(self)
        self.title_edit.setPlaceholderText(self.tr("e.g. Too few operators at peak hours"))
        self.description = _text_box(self, 3)
        self.status = combo(self, list(problem_status_labels().items()))
        self.form.addRow(self.tr("Root cause"), self.title_edit)
        self.form.addRow(self.tr("Description"), self.description)
        self.form.addRow(self.tr("Status"), self.status)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        self.title_edit.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        if existing is not None:
            self.title_edit.setText(existing.title)
            self.description.setPlainText(existing.description)
            choose(self.status, existing.status)
        else:
            ok.setEnabled(False)

    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text().strip(),
                "description": self.description.toPlainText().strip(),
                "status": self.status.currentData()}
