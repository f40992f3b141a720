"""The form of an action of the plan: title, description, owner, due date, priority, status,
and the findings and problems it addresses."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QLineEdit, QListWidget, QListWidgetItem, QPlainTextEdit, QWidget

from cxdesk.actions import PRIORITIES, STATUSES
from ui.dialogs.feedback_forms import Choices, choose, combo
from ui.dialogs.forms import OptionalDateEdit, _FormDialog


def priority_labels() -> dict[str, str]:
    return {"high": QCoreApplication.translate("ActionsView", "High"),
            "medium": QCoreApplication.translate("ActionsView", "Medium"),
            "low": QCoreApplication.translate("ActionsView", "Low")}


def status_labels() -> dict[str, str]:
    return {"open": QCoreApplication.translate("ActionsView", "Open"),
            "in_progress": QCoreApplication.translate("ActionsView", "In progress"),
            "done": QCoreApplication.translate("ActionsView", "Done"),
            "cancelled": QCoreApplication.translate("ActionsView", "Cancelled")}


def _checklist(parent: QWidget, items: Choices, chosen: set[str]) -> QListWidget:
    box = QListWidget(parent)
    box.setMinimumHeight(90)
    for ident, label in items:
        item = QListWidgetItem(label, box)
        item.setData(Qt.ItemDataRole.UserRole, ident)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if ident in chosen else Qt.CheckState.Unchecked)
    return box


def checked(box: QListWidget) -> list[str]:
    return [box.item(r).data(Qt.ItemDataRole.UserRole) for r in range(box.count())
            if box.item(r).checkState() == Qt.CheckState.Checked]


def set_checked(box: QListWidget, ids: set[str]) -> None:
    for r in range(box.count()):
        item = box.item(r)
        item.setCheckState(Qt.CheckState.Checked if item.data(Qt.ItemDataRole.UserRole) in ids
                           else Qt.CheckState.Unchecked)


class ActionDialog(_FormDialog):
    def __init__(self, findings: Choices, problems: Choices, parent: QWidget | None = None, *,
                 existing: Any = None) -> None:
        super().__init__(self.tr("Edit action") if existing else self.tr("New action"), parent)
        self.setMinimumWidth(560)
        self.title_edit = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.owner = QLineEdit(self)
        self.owner.setPlaceholderText(self.tr("Who is responsible"))
        self.due = OptionalDateEdit(self)
        priorities, statuses = priority_labels(), status_labels()
        self.priority = combo(self, [(p, priorities[p]) for p in PRIORITIES])
        self.status = combo(self, [(s, statuses[s]) for s in STATUSES])
        found = set(existing.finding_ids) if existing else set()
        raised = set(existing.problem_ids) if existing else set()
        self.findings = _checklist(self, findings, found)
        self.problems = _checklist(self, problems, raised)
        for label, widget in ((self.tr("Action"), self.title_edit),
                              (self.tr("Description"), self.description),
                              (self.tr("Owner"), self.owner), (self.tr("Due"), self.due),
                              (self.tr("Priority"), self.priority),
                              (self.tr("Status"), self.status),
                              (self.tr("Addresses findings"), self.findings),
                              (self.tr("Addresses problems"), self.problems)):
            self.form.addRow(label, widget)
        ok = self.buttons.button(self.buttons.StandardButton.Ok)
        self.title_edit.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        if existing is not None:
            self.title_edit.setText(existing.title)
            self.description.setPlainText(existing.description)
            self.owner.setText(existing.owner)
            self.due.set_iso(existing.due_date)
            choose(self.priority, existing.priority)
            choose(self.status, existing.status)
        else:
            choose(self.priority, "medium")
            ok.setEnabled(False)

    def values(self) -> dict[str, Any]:
        return {"title": self.title_edit.text().strip(),
                "description": self.description.toPlainText().strip(),
                "owner": self.owner.text().strip(), "due_date": self.due.iso(),
                "priority": self.priority.currentData(), "status": self.status.currentData(),
                "finding_ids": checked(self.findings), "problem_ids": checked(self.problems)}
