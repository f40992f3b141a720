"""Small forms for an engagement and its setting: subjects, locations, segments. Each gives
``values()`` in the shape the ``cxdesk.engagements`` operations take."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from cxdesk.engagements import LOCATION_KINDS
from ui.formatting import date_format, qdate

_EMPTY_DATE = QDate(2000, 1, 1)


def location_kind_labels() -> dict[str, str]:
    labels = {
        "showroom": QCoreApplication.translate("LocationKinds", "Showroom"),
        "shop": QCoreApplication.translate("LocationKinds", "Shop"),
        "office": QCoreApplication.translate("LocationKinds", "Office"),
        "website": QCoreApplication.translate("LocationKinds", "Website"),
        "social": QCoreApplication.translate("LocationKinds", "Social network"),
        "phone": QCoreApplication.translate("LocationKinds", "Phone line"),
        "other": QCoreApplication.translate("LocationKinds", "Other"),
    }
    return {kind: labels.get(kind, kind) for kind in LOCATION_KINDS}


def language_labels() -> dict[str, str]:
    return {
        "ru": QCoreApplication.translate("Languages", "Russian"),
        "en": QCoreApplication.translate("Languages", "English"),
    }


class OptionalDateEdit(QDateEdit):
    """A date that may be unset (shown as "—")."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setMinimumDate(_EMPTY_DATE)
        self.setSpecialValueText("—")
        self.setDisplayFormat(date_format())
        self.set_iso(None)

    def set_iso(self, iso: str | None) -> None:
        date = qdate(iso)
        self.setDate(date or _EMPTY_DATE)
        if date is None:
            self.calendarWidget().setSelectedDate(QDate.currentDate())

    def iso(self) -> str | None:
        date = self.date()
        return None if date == _EMPTY_DATE else date.toString("yyyy-MM-dd")


def coordinate_edit(parent: QWidget, limit: float) -> QLineEdit:
    edit = QLineEdit(parent)
    validator = QDoubleValidator(-limit, limit, 7, edit)
    validator.setNotation(QDoubleValidator.Notation.StandardNotation)
    validator.setLocale(QLocale.c())
    edit.setValidator(validator)
    edit.setPlaceholderText("—")
    return edit


def coordinate(text: str) -> float | None:
    text = text.strip().replace(",", ".")
    return float(text) if text else None


class _FormDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        outer.addLayout(self.form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)


class EngagementDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(title or self.tr("New engagement"), parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Service audit, Q4 2026"))
        self.client = QLineEdit(self)
        self.consultant = QLineEdit(self)
        self.start = OptionalDateEdit(self)
        self.end = OptionalDateEdit(self)
        self.language = QComboBox(self)
        for code, label in language_labels().items():
            self.language.addItem(label, code)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Client"), self.client)
        self.form.addRow(self.tr("Consultant"), self.consultant)
        self.form.addRow(self.tr("Fieldwork from"), self.start)
        self.form.addRow(self.tr("Fieldwork until"), self.end)
        self.form.addRow(self.tr("Report language"), self.language)

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(), "client": self.client.text().strip(),
            "consultant": self.consultant.text().strip(), "period_start": self.start.iso(),
            "period_end": self.end.iso(), "language": self.language.currentData(),
        }


class SubjectDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(title or self.tr("Add subject"), parent)
        self.name = QLineEdit(self)
        self.own = QCheckBox(self.tr("This is the own company (the client)"), self)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(70)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow("", self.own)
        self.form.addRow(self.tr("Notes"), self.notes)

    def set_values(self, values: dict[str, Any]) -> None:
        self.name.setText(values.get("name", ""))
        self.own.setChecked(bool(values.get("own")))
        self.notes.setPlainText(values.get("notes", ""))

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "own": self.own.isChecked(),
                "notes": self.notes.toPlainText().strip()}


class LocationDialog(_FormDialog):
    def __init__(self, subjects: list[tuple[str, str]], parent: QWidget | None = None,
                 title: str | None = None) -> None:
        super().__init__(title or self.tr("Add location"), parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Showroom on Leninsky"))
        self.subject = QComboBox(self)
        self.subject.addItem(self.tr("— none —"), None)
        for ident, name in subjects:
            self.subject.addItem(name, ident)
        self.kind = QComboBox(self)
        for code, label in location_kind_labels().items():
            self.kind.addItem(label, code)
        self.address = QLineEdit(self)
        self.latitude = coordinate_edit(self, 90)
        self.longitude = coordinate_edit(self, 180)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Subject"), self.subject)
        self.form.addRow(self.tr("Kind"), self.kind)
        self.form.addRow(self.tr("Address"), self.address)
        self.form.addRow(self.tr("Latitude"), self.latitude)
        self.form.addRow(self.tr("Longitude"), self.longitude)

    def set_values(self, values: dict[str, Any]) -> None:
        self.name.setText(values.get("name", ""))
        self.subject.setCurrentIndex(max(0, self.subject.findData(values.get("subject_id"))))
        self.kind.setCurrentIndex(max(0, self.kind.findData(values.get("kind", "showroom"))))
        self.address.setText(values.get("address", ""))
        for edit, key in ((self.latitude, "latitude"), (self.longitude, "longitude")):
            value = values.get(key)
            edit.setText("" if value is None else f"{value:g}")

    def values(self) -> dict[str, Any]:
        return {
            "name": self.name.text().strip(), "subject_id": self.subject.currentData(),
            "kind": self.kind.currentData(), "address": self.address.text().strip(),
            "latitude": coordinate(self.latitude.text()),
            "longitude": coordinate(self.longitude.text()),
        }


class SegmentDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None, title: str | None = None) -> None:
        super().__init__(title or self.tr("Add segment"), parent)
        self.name = QLineEdit(self)
        self.name.setPlaceholderText(self.tr("e.g. Families buying their first car"))
        self.description = QPlainTextEdit(self)
        self.description.setFixedHeight(90)
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Description"), self.description)

    def set_values(self, values: dict[str, Any]) -> None:
        self.name.setText(values.get("name", ""))
        self.description.setPlainText(values.get("description", ""))

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(),
                "description": self.description.toPlainText().strip()}
