"""The engagement's setting: its own fields, the subjects (own company and competitors), their
locations and the client segments. Every edit is an undoable command (ui.commands)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from cxdesk import engagements
from cxdesk.engagements import Engagement
from cxdesk.overview import subject_check_counts
from ui import commands, messages, style
from ui import context as topics
from ui.dialogs.forms import (
    LocationDialog,
    OptionalDateEdit,
    SegmentDialog,
    SubjectDialog,
    language_labels,
    location_kind_labels,
)
from ui.views.base import View
from ui.widgets.cards import Card, EmptyState, muted_label
from ui.widgets.records_table import Column, RecordsSection


class SetupView(View):
    name = "engagement"
    topics = frozenset({topics.ENGAGEMENT, topics.SUBJECTS, topics.LOCATIONS, topics.SEGMENTS,
                        topics.CHECKS})

    def __init__(self, context, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(context, parent)
        self.engagement: Engagement | None = None
        self.check_counts: dict[str, int] = {}
        self.subject_names: list[tuple[str | None, str]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(scroll)
        content = QWidget()
        content.setObjectName("SetupContent")
        content.setStyleSheet(f"#SetupContent {{ background: {style.surface().name()}; }}")
        scroll.setWidget(content)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 22, 28, 28)
        layout.setSpacing(16)
        heading = QLabel(self.tr("Engagement setup"))
        heading.setFont(style.scaled_font(self, 1.75, weight=QFont.Weight.Bold))
        layout.addWidget(heading)
        self.empty = EmptyState(self.tr("No engagement yet"), self.tr(
            "Create one with Engagement → New engagement…, then set up its subjects, "
            "locations and segments here."))
        layout.addWidget(self.empty)
        self.sections = QWidget()
        sections = QVBoxLayout(self.sections)
        sections.setContentsMargins(0, 0, 0, 0)
        sections.setSpacing(16)
        sections.addWidget(self._build_form())
        row = QHBoxLayout()
        row.setSpacing(16)
        self.subjects = RecordsSection(
            self.tr("Own company and competitors"),
            [Column(self.tr("Name"), "name", stretch=True),
             Column(self.tr("Own company"), "own", kind="check"),
             Column(self.tr("Checks"), kind="info",
                    display=lambda s: str(self.check_counts.get(s.id, 0)))],
            (self.tr("Add…"), self.tr("Edit…"), self.tr("Remove")),
            self.tr("Add the own company (the client) and its key competitors."))
        self.segments = RecordsSection(
            self.tr("Client segments"),
            [Column(self.tr("Name"), "name"),
             Column(self.tr("Description"), "description", stretch=True)],
            (self.tr("Add…"), self.tr("Edit…"), self.tr("Remove")),
            self.tr("Segments are the groups of clients whose journeys are studied."))
        row.addWidget(self.subjects, 1)
        row.addWidget(self.segments, 1)
        sections.addLayout(row)
        kinds = location_kind_labels()
        self.locations = RecordsSection(
            self.tr("Locations"),
            [Column(self.tr("Name"), "name", stretch=True),
             Column(self.tr("Subject"), "subject_id", kind="choice",
                    choices=lambda: self.subject_names),
             Column(self.tr("Kind"), "kind", kind="choice", choices=lambda: list(kinds.items())),
             Column(self.tr("Address"), "address", stretch=True),
             Column(self.tr("Latitude"), "latitude", kind="number", limit=90),
             Column(self.tr("Longitude"), "longitude", kind="number", limit=180)],
            (self.tr("Add…"), self.tr("Edit…"), self.tr("Remove")),
            self.tr("Showrooms, shops, websites and phone lines where checks are made."))
        sections.addWidget(self.locations)
        layout.addWidget(self.sections)
        layout.addStretch(1)
        for kind, section in (("subject", self.subjects), ("location", self.locations),
                              ("segment", self.segments)):
            section.model.edited.connect(
                lambda ident, changes, kind=kind: self.update(kind, ident, changes),
                Qt.ConnectionType.QueuedConnection)
            section.add_button.clicked.connect(lambda _=False, k=kind: self._add_dialog(k))
            section.edit_button.clicked.connect(lambda _=False, k=kind: self._edit_dialog(k))
            section.remove_button.clicked.connect(lambda _=False, k=kind: self._remove_selected(k))

    def title(self) -> str:
        return self.tr("Engagement")

    # -- the engagement's own fields ------------------------------------------------------
    def _build_form(self) -> Card:
        card = Card(self.tr("About the engagement"))
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(6)
        self.name_edit = QLineEdit()
        self.client_edit = QLineEdit()
        self.consultant_edit = QLineEdit()
        self.start_edit = OptionalDateEdit()
        self.end_edit = OptionalDateEdit()
        self.language_combo = QComboBox()
        for code, label in language_labels().items():
            self.language_combo.addItem(label, code)
        fields = [
            (self.tr("Name"), self.name_edit, 0, 0, 3),
            (self.tr("Client"), self.client_edit, 2, 0, 1),
            (self.tr("Consultant"), self.consultant_edit, 2, 1, 1),
            (self.tr("Report language"), self.language_combo, 2, 2, 1),
            (self.tr("Fieldwork from"), self.start_edit, 4, 0, 1),
            (self.tr("Fieldwork until"), self.end_edit, 4, 1, 1),
        ]
        for label, widget, row, column, span in fields:
            grid.addWidget(muted_label(label), row, column, 1, span)
            grid.addWidget(widget, row + 1, column, 1, span)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        card.body.addLayout(grid)
        for edit, field in ((self.name_edit, "name"), (self.client_edit, "client"),
                            (self.consultant_edit, "consultant")):
            edit.editingFinished.connect(
                lambda edit=edit, field=field: self.set_field(field, edit.text().strip()))
        for edit, field in ((self.start_edit, "period_start"), (self.end_edit, "period_end")):
            edit.editingFinished.connect(
                lambda edit=edit, field=field: self.set_field(field, edit.iso()))
            edit.calendarWidget().clicked.connect(
                lambda _date, edit=edit, field=field: self.set_field(field, edit.iso()))
        self.language_combo.activated.connect(
            lambda _i: self.set_field("language", self.language_combo.currentData()))
        return card

    def set_field(self, field: str, value: Any) -> bool:
        """Change one field of the engagement (an undoable command); False if refused."""
        if self.engagement is None or getattr(self.engagement, field) == value:
            return False
        done = commands.execute(commands.UpdateCommand(
            self.context, "engagement", self.engagement.id, {field: value},
            self.tr("Edit engagement")), self)
        if not done:
            self.refresh()  # show the value that is stored
        return done

    # -- refreshing -------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.context
        self.engagement = None
        if ctx.ws is not None and ctx.engagement_id:
            self.engagement = engagements.get_engagement(ctx.ws, ctx.engagement_id)
        self.empty.setVisible(self.engagement is None)
        self.sections.setVisible(self.engagement is not None)
        if self.engagement is None:
            for section in (self.subjects, self.locations, self.segments):
                section.set_rows([])
            return
        ws, eid = ctx.ws, self.engagement.id
        e = self.engagement
        for edit, value in ((self.name_edit, e.name), (self.client_edit, e.client),
                            (self.consultant_edit, e.consultant)):
            if edit.text() != value:
                edit.setText(value)
        self.start_edit.set_iso(e.period_start)
        self.end_edit.set_iso(e.period_end)
        self.language_combo.setCurrentIndex(max(0, self.language_combo.findData(e.language)))
        subjects = engagements.list_subjects(ws, eid)
        self.check_counts = subject_check_counts(ws, eid)
        self.subject_names = [(None, "—")] + [(s.id, s.name) for s in subjects]
        self.subjects.set_rows(subjects)
        self.locations.set_rows(engagements.list_locations(ws, eid))
        self.segments.set_rows(engagements.list_segments(ws, eid))

    # -- operations (what the buttons and in-place edits call) ------------------------------
    def _texts(self, kind: str) -> dict[str, str]:
        return {
            "subject": {"add": self.tr("Add subject"), "edit": self.tr("Edit subject"),
                        "remove": self.tr("Remove subject")},
            "location": {"add": self.tr("Add location"), "edit": self.tr("Edit location"),
                         "remove": self.tr("Remove location")},
            "segment": {"add": self.tr("Add segment"), "edit": self.tr("Edit segment"),
                        "remove": self.tr("Remove segment")},
        }[kind]

    def add(self, kind: str, values: dict[str, Any]) -> bool:
        if self.engagement is None:
            return False
        return commands.execute(commands.AddCommand(
            self.context, kind, self.engagement.id, values, self._texts(kind)["add"]), self)

    def update(self, kind: str, ident: str, changes: dict[str, Any]) -> bool:
        done = commands.execute(commands.UpdateCommand(
            self.context, kind, ident, changes, self._texts(kind)["edit"]), self)
        if not done:
            self.refresh()
        return done

    def remove(self, kind: str, ident: str) -> bool:
        return commands.execute(commands.RemoveCommand(
            self.context, kind, ident, self._texts(kind)["remove"]), self)

    # -- dialogs --------------------------------------------------------------------------
    def _section(self, kind: str) -> RecordsSection:
        return {"subject": self.subjects, "location": self.locations,
                "segment": self.segments}[kind]

    def _dialog(self, kind: str, title: str):  # noqa: ANN202
        if kind == "subject":
            return SubjectDialog(self, title)
        if kind == "location":
            return LocationDialog([(i, n) for i, n in self.subject_names if i], self, title)
        return SegmentDialog(self, title)

    def _add_dialog(self, kind: str) -> None:
        dialog = self._dialog(kind, self._texts(kind)["add"])
        if dialog.exec():
            self.add(kind, dialog.values())

    def _edit_dialog(self, kind: str) -> None:
        record = self._section(kind).selected()
        if record is None:
            return
        dialog = self._dialog(kind, self._texts(kind)["edit"])
        dialog.set_values(record._asdict())  # a NamedTuple: no vars()
        if dialog.exec():
            changes = {k: v for k, v in dialog.values().items() if getattr(record, k) != v}
            if changes:
                self.update(kind, record.id, changes)

    def _remove_selected(self, kind: str) -> None:
        record = self._section(kind).selected()
        if record is None:
            return
        checks = self.check_counts.get(record.id, 0) if kind == "subject" else 0
        if checks and not messages.confirm(self, self._texts(kind)["remove"], self.tr(
                "Remove «%1» with its %n check(s) and their answers? You can undo this "
                "(Edit → Undo).", "", checks).replace("%1", record.name), default=False):
            return
        self.remove(kind, record.id)
