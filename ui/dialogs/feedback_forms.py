"""Forms of the Feedback screen: a response entered by hand, a follow-up of a detractor, a
tag with its keyword rule, a sample's description, and the import of a feedback file. Each
gives ``values()`` in the shape the core operations take."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from ui.dialogs.forms import OptionalDateEdit, _FormDialog

Choices = list[tuple[str, str]]


def sampling_labels() -> dict[str, str]:
    return {
        "random": QCoreApplication.translate("Feedback", "Random sample"),
        "census": QCoreApplication.translate("Feedback", "Census (everyone asked)"),
        "self_selected": QCoreApplication.translate("Feedback", "Self-selected (clients chose)"),
        "unknown": QCoreApplication.translate("Feedback", "Not known"),
    }


def polarity_labels() -> dict[str, str]:
    return {"liked": QCoreApplication.translate("Feedback", "Liked"),
            "disliked": QCoreApplication.translate("Feedback", "Disliked"),
            "neutral": QCoreApplication.translate("Feedback", "Neutral")}


def follow_up_status_labels() -> dict[str, str]:
    return {"open": QCoreApplication.translate("Feedback", "To contact"),
            "contacted": QCoreApplication.translate("Feedback", "Contacted"),
            "closed": QCoreApplication.translate("Feedback", "Closed")}


def contact_labels() -> dict[str, str]:
    return {"phone": QCoreApplication.translate("Feedback", "Phone"),
            "email": QCoreApplication.translate("Feedback", "E-mail")}


def combo(parent: QWidget, items: Choices, none: str | None = None) -> QComboBox:
    box = QComboBox(parent)
    if none is not None:
        box.addItem(none, None)
    for ident, name in items:
        box.addItem(name, ident)
    return box


def choose(box: QComboBox, value: Any) -> None:
    box.setCurrentIndex(max(0, box.findData(value)))


class ResponseDialog(_FormDialog):
    """A customer's response typed in: score 0–10, CES, comment, date and what it is about."""

    def __init__(self, subjects: Choices, touchpoints: Choices, segments: Choices,
                 samples: Choices, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New response"), parent)
        self.score = QSpinBox(self)
        self.score.setRange(0, 10)
        self.score.setValue(8)
        self.ces = QSpinBox(self)
        self.ces.setRange(0, 7)
        self.ces.setSpecialValueText("—")
        self.ces.setToolTip(self.tr("Customer effort score: 1 = very hard … 7 = very easy"))
        self.comment = QPlainTextEdit(self)
        self.comment.setTabChangesFocus(True)
        self.comment.setFixedHeight(80)
        self.date = OptionalDateEdit(self)
        self.channel = QLineEdit(self)
        self.channel.setPlaceholderText(self.tr("e.g. SMS, tablet, call"))
        none = self.tr("—")
        self.subject = combo(self, subjects, none)
        self.touchpoint = combo(self, touchpoints, none)
        self.segment = combo(self, segments, none)
        self.sample = combo(self, samples, none)
        self.form.addRow(self.tr("Score (0–10)"), self.score)
        self.form.addRow(self.tr("CES (1–7)"), self.ces)
        self.form.addRow(self.tr("Comment"), self.comment)
        self.form.addRow(self.tr("Date"), self.date)
        self.form.addRow(self.tr("Subject"), self.subject)
        self.form.addRow(self.tr("Touchpoint"), self.touchpoint)
        self.form.addRow(self.tr("Segment"), self.segment)
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Sample"), self.sample)

    def values(self) -> dict[str, Any]:
        return {
            "score": self.score.value(), "ces": self.ces.value() or None,
            "comment": self.comment.toPlainText().strip(), "responded_on": self.date.iso(),
            "channel": self.channel.text().strip(), "subject_id": self.subject.currentData(),
            "touchpoint_id": self.touchpoint.currentData(),
            "segment_id": self.segment.currentData(), "sample_id": self.sample.currentData(),
        }


class FollowUpDialog(_FormDialog):
    """A new follow-up (contact preference and target time) or one being worked (first
    contact, outcome, status)."""

    def __init__(self, parent: QWidget | None = None, *, existing: Any = None) -> None:
        super().__init__(self.tr("Follow-up") if existing else self.tr("Create follow-up"),
                         parent)
        self.existing = existing
        self.contact = combo(self, list(contact_labels().items()))
        self.form.addRow(self.tr("Contact by"), self.contact)
        if existing is None:
            self.hours = QSpinBox(self)
            self.hours.setRange(1, 24 * 30)
            self.hours.setValue(48)
            self.hours.setSuffix(self.tr(" h"))
            self.form.addRow(self.tr("Contact within"), self.hours)
            return
        choose(self.contact, existing.contact_preference)
        self.status = combo(self, list(follow_up_status_labels().items()))
        choose(self.status, existing.status)
        self.first_contact = QDateTimeEdit(self)
        self.first_contact.setCalendarPopup(True)
        self.first_contact.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.has_contact = existing.first_contact_at is not None
        from PySide6.QtCore import QDateTime, Qt

        when = QDateTime.fromString(existing.first_contact_at or "", Qt.DateFormat.ISODate)
        self.first_contact.setDateTime(when if when.isValid() else QDateTime.currentDateTime())
        self.outcome = QPlainTextEdit(self)
        self.outcome.setFixedHeight(70)
        self.outcome.setPlainText(existing.outcome)
        self.form.addRow(self.tr("Status"), self.status)
        self.form.addRow(self.tr("First contact"), self.first_contact)
        self.form.addRow(self.tr("Outcome"), self.outcome)

    def values(self) -> dict[str, Any]:
        if self.existing is None:
            return {"contact_preference": self.contact.currentData(),
                    "target_hours": self.hours.value()}
        status = self.status.currentData()
        first = None
        if status != "open" or self.has_contact:
            first = self.first_contact.dateTime().toUTC().toString("yyyy-MM-dd'T'HH:mm:ss'Z'")
        return {"contact_preference": self.contact.currentData(), "status": status,
                "first_contact_at": first, "outcome": self.outcome.toPlainText().strip()}


class TagDialog(_FormDialog):
    def __init__(self, parent: QWidget | None = None, *, existing: Any = None) -> None:
        super().__init__(self.tr("Edit tag") if existing else self.tr("New tag"), parent)
        self.name = QLineEdit(self)
        self.polarity = combo(self, list(polarity_labels().items()))
        self.keywords = QLineEdit(self)
        self.keywords.setPlaceholderText(self.tr("e.g. wait, slow, queue"))
        self.keywords.setToolTip(self.tr("Comma-separated word stems: a comment containing any "
                                         "of them gets the tag when rules are applied."))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("Polarity"), self.polarity)
        self.form.addRow(self.tr("Keywords"), self.keywords)
        if existing is not None:
            self.name.setText(existing.name)
            choose(self.polarity, existing.polarity)
            self.keywords.setText(", ".join(existing.keywords))
        else:
            choose(self.polarity, "disliked")

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "polarity": self.polarity.currentData(),
                "keywords": self.keywords.text()}


class SampleDialog(_FormDialog):
    """How a set of responses was drawn, and how many were invited."""

    def __init__(self, parent: QWidget | None = None, *, existing: Any = None,
                 title: str | None = None) -> None:
        super().__init__(title or self.tr("Sample"), parent)
        self.name = QLineEdit(self)
        self.sampling = combo(self, list(sampling_labels().items()))
        self.invited = QSpinBox(self)
        self.invited.setRange(0, 10_000_000)
        self.invited.setSpecialValueText(self.tr("not known"))
        self.form.addRow(self.tr("Name"), self.name)
        self.form.addRow(self.tr("How it was drawn"), self.sampling)
        self.form.addRow(self.tr("Clients invited"), self.invited)
        if existing is not None:
            self.name.setText(existing.name)
            choose(self.sampling, existing.sampling)
            self.invited.setValue(existing.invited or 0)

    def values(self) -> dict[str, Any]:
        return {"name": self.name.text().strip(), "sampling": self.sampling.currentData(),
                "invited": self.invited.value() or None}


class ImportFeedbackDialog(SampleDialog):
    """Choose a CSV or xlsx file and say how its responses were drawn."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, title=QCoreApplication.translate("Feedback",
                                                                  "Import feedback"))
        self.path = QLineEdit(self)
        self.path.setPlaceholderText(self.tr("A .csv or .xlsx file with a score column"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        self.form.insertRow(0, self.tr("File"), row)
        self.form.removeRow(1)  # the name is the file's
        self.name = QLineEdit(self)  # kept for values(); not shown
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.path.textChanged.connect(lambda text: ok.setEnabled(bool(text.strip())))
        ok.setEnabled(False)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import feedback"), "",
            self.tr("Feedback files (*.csv *.xlsx)"))
        if path:
            self.path.setText(path)

    def values(self) -> dict[str, Any]:
        return {"path": Path(self.path.text().strip()), "sampling": self.sampling.currentData(),
                "invited": self.invited.value() or None}
