"""The form of a finding: kind, category, title, description, root cause, severity, and where
it was seen (subject, touchpoint). ``values()`` is in the shape ``cxdesk.finding_ops`` takes."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesk.findings import CATEGORIES, FINDING_KINDS, FindingRow
from ui.views.findings import category_name, kind_single, severity_name


class FindingDialog(QDialog):
    def __init__(self, subjects: list[tuple[str, str]], touchpoints: list[tuple[str, str]],
                 finding: FindingRow | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit finding") if finding else self.tr("New finding"))
        self.setMinimumWidth(520)
        self.kind = QComboBox(self)
        for kind in FINDING_KINDS:
            self.kind.addItem(kind_single(kind), kind)
        self.category = QComboBox(self)
        self.category.addItem(self.tr("—"), None)
        for category in CATEGORIES:
            self.category.addItem(category_name(category), category)
        self.title_edit = QLineEdit(self)
        self.description = QPlainTextEdit(self)
        self.root_cause = QPlainTextEdit(self)
        for box, lines in ((self.description, 4), (self.root_cause, 2)):
            box.setTabChangesFocus(True)
            box.setFixedHeight(box.fontMetrics().lineSpacing() * lines + 14)
        self.severity = QComboBox(self)
        for level in (3, 2, 1):
            self.severity.addItem(severity_name(level), level)
        self.subject = QComboBox(self)
        self.subject.addItem(self.tr("—"), None)
        for ident, name in subjects:
            self.subject.addItem(name, ident)
        self.touchpoint = QComboBox(self)
        self.touchpoint.addItem(self.tr("—"), None)
        for ident, name in touchpoints:
            self.touchpoint.addItem(name, ident)
        form = QFormLayout()
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Description"), self.description)
        form.addRow(self.tr("Root cause"), self.root_cause)
        form.addRow(self.tr("Category"), self.category)
        form.addRow(self.tr("Severity"), self.severity)
        form.addRow(self.tr("Subject"), self.subject)
        form.addRow(self.tr("Touchpoint"), self.touchpoint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.title_edit.textChanged.connect(
            lambda text: self.ok.setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        if finding is not None:
            self._set(finding)
        else:
            self.severity.setCurrentIndex(1)
            self.ok.setEnabled(False)

    def _set(self, f: FindingRow) -> None:
        for combo, value in ((self.kind, f.kind), (self.category, f.category),
                             (self.severity, f.severity), (self.subject, f.subject_id),
                             (self.touchpoint, f.touchpoint_id)):
            combo.setCurrentIndex(max(0, combo.findData(value)))
        self.title_edit.setText(f.title)
        self.description.setPlainText(f.description)
        self.root_cause.setPlainText(f.root_cause)

    def values(self) -> dict[str, Any]:
        return {
            "kind": self.kind.currentData(), "category": self.category.currentData(),
            "title": self.title_edit.text().strip(),
            "description": self.description.toPlainText().strip(),
            "root_cause": self.root_cause.toPlainText().strip(),
            "severity": self.severity.currentData(), "subject_id": self.subject.currentData(),
            "touchpoint_id": self.touchpoint.currentData(),
        }
