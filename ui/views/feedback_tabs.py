"""The tabs of the Feedback screen under the headline: the NPS/CES breakdown (by subject,
touchpoint, segment, channel, month or quarter) with its warnings, the liked/disliked tags with
their keyword rules, the follow-ups of detractors (time to first contact), and the samples."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QWidget

from cxdesk import feedback_ops, follow_ups, records, tags
from cxdesk.feedback import FeedbackSummary, Figure
from cxdesk.follow_ups import FollowUpRow
from cxdesk.rounding import format_fixed
from cxdesk.tags import TagRow
from ui.commands import execute
from ui.dialogs.feedback_forms import (
    FollowUpDialog,
    SampleDialog,
    TagDialog,
    contact_labels,
    follow_up_status_labels,
    polarity_labels,
    sampling_labels,
)
from ui.formatting import decimal_text
from ui.views.kit import BAD, GOOD, WARN, fmt_datetime, section_label, set_muted, vbox
from ui.views.voice_kit import Column, RowsTable, button_row, fmt_hours
from ui.voice_commands import CreateCommand, DeleteCommand, EditCommand, SwapCommand

if TYPE_CHECKING:
    from ui.views.feedback import FeedbackView




def warning_short(code: str) -> str:
    return {"small_sample": QCoreApplication.translate("FeedbackTabs", "n < 30"), "wide_margin": QCoreApplication.translate("FeedbackTabs", "± over 10"),
            "low_response_rate": QCoreApplication.translate("FeedbackTabs", "response rate < 20 %"),
            "self_selected": QCoreApplication.translate("FeedbackTabs", "self-selected"),
            "unknown_sampling": QCoreApplication.translate("FeedbackTabs", "sampling unknown")}.get(code, code)


def breakdown_names() -> dict[str, str]:
    return {"subject": QCoreApplication.translate("FeedbackTabs", "Subject"), "touchpoint": QCoreApplication.translate("FeedbackTabs", "Touchpoint"), "segment": QCoreApplication.translate("FeedbackTabs", "Segment"),
            "channel": QCoreApplication.translate("FeedbackTabs", "Channel"), "month": QCoreApplication.translate("FeedbackTabs", "Month"), "quarter": QCoreApplication.translate("FeedbackTabs", "Quarter")}


def nps_tone(value: float) -> str:
    return GOOD if value >= 30 else WARN if value >= 0 else BAD


class BreakdownTab(QWidget):
    def __init__(self, view: FeedbackView) -> None:
        super().__init__(view)
        self.view = view
        self.by = QComboBox(self)
        for key, name in breakdown_names().items():
            self.by.addItem(name, key)
        self.by.setCurrentIndex(self.by.findData("touchpoint"))
        self.by.currentIndexChanged.connect(lambda _: self._fill())
        self.table = RowsTable([
            Column(QCoreApplication.translate("FeedbackTabs", "Group"), lambda f: f.label or QCoreApplication.translate("FeedbackTabs", "(not given)"), stretch=True),
            Column(QCoreApplication.translate("FeedbackTabs", "n"), lambda f: str(f.n), sort=lambda f: f.n, center=True),
            Column(QCoreApplication.translate("FeedbackTabs", "NPS"), lambda f: format_fixed(f.nps.value, sign=True) if f.nps else "–",
                   sort=lambda f: f.nps.value if f.nps else -999,
                   tone=lambda f: nps_tone(f.nps.value) if f.nps else None),
            Column(QCoreApplication.translate("FeedbackTabs", "± margin"), lambda f: f"± {format_fixed(f.nps.margin)}" if f.nps else "",
                   sort=lambda f: f.nps.margin if f.nps else 0, center=True),
            Column(QCoreApplication.translate("FeedbackTabs", "CES"), lambda f: decimal_text(f.ces.mean) if f.ces else "–",
                   sort=lambda f: f.ces.mean if f.ces else 0, center=True),
            Column(QCoreApplication.translate("FeedbackTabs", "% easy"), lambda f: f"{format_fixed(f.ces.easy)} %" if f.ces else "",
                   sort=lambda f: f.ces.easy if f.ces else -1, center=True),
            Column(QCoreApplication.translate("FeedbackTabs", "Read with care"), lambda f: ", ".join(warning_short(w) for w in f.warnings),
                   tone=lambda f: WARN if f.warnings else None),
        ], self)
        row = QHBoxLayout()
        row.setContentsMargins(20, 6, 20, 6)
        row.setSpacing(8)
        row.addWidget(QLabel(QCoreApplication.translate("FeedbackTabs", "By"), self))
        row.addWidget(self.by)
        note = QLabel(QCoreApplication.translate("FeedbackTabs", "Own company, competitors and unattributed responses, each group on "
                         "its own; NPS = % 9–10 − % 0–6."), self)
        set_muted(note)
        row.addWidget(note, 1)
        layout = vbox(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.summary: FeedbackSummary | None = None

    def refresh(self, summary: FeedbackSummary) -> None:
        self.summary = summary
        self._fill()

    def _fill(self) -> None:
        self.figures: list[Figure] = self.summary.breakdown(self.by.currentData()) \
            if self.summary else []
        self.table.set_rows(self.figures)


class TagsTab(QWidget):
    """Liked | disliked (| neutral) tag tables with counts, and the rule and tag editing."""

    def __init__(self, view: FeedbackView) -> None:
        super().__init__(view)
        self.view = view

        def columns() -> list[Column]:
            return [Column(QCoreApplication.translate("FeedbackTabs", "Tag"), lambda t: t.name, bold=lambda t: t.count > 0),
                    Column(QCoreApplication.translate("FeedbackTabs", "Responses"), lambda t: str(t.count), sort=lambda t: t.count,
                           center=True),
                    Column(QCoreApplication.translate("FeedbackTabs", "Detractors"), lambda t: str(t.detractors),
                           sort=lambda t: t.detractors, center=True),
                    Column(QCoreApplication.translate("FeedbackTabs", "Keywords"), lambda t: ", ".join(t.keywords),
                           tip=lambda t: ", ".join(t.keywords), stretch=True)]

        self.tables = {p: RowsTable(columns(), self) for p in ("liked", "disliked", "neutral")}
        self.current_table = self.tables["disliked"]
        boxes = QHBoxLayout()
        boxes.setContentsMargins(20, 0, 20, 0)
        self.boxes: dict[str, QWidget] = {}
        for polarity, table in self.tables.items():
            box = QWidget(self)
            inner = vbox(box, spacing=4)
            inner.addWidget(section_label(polarity_labels()[polarity]))
            inner.addWidget(table, 1)
            boxes.addWidget(box, 1)
            self.boxes[polarity] = box
            table.selectionModel().selectionChanged.connect(
                lambda *_, t=table: self._chose(t))
        self.new_button = QPushButton(QCoreApplication.translate("FeedbackTabs", "New tag…"), self)
        self.edit_button = QPushButton(QCoreApplication.translate("FeedbackTabs", "Edit tag…"), self)
        self.delete_button = QPushButton(QCoreApplication.translate("FeedbackTabs", "Delete tag"), self)
        self.apply_button = QPushButton(QCoreApplication.translate("FeedbackTabs", "Apply keyword rules"), self)
        self.apply_button.setToolTip(QCoreApplication.translate("FeedbackTabs", "Tag every comment containing a tag's keywords; "
                                        "manual tags stay"))
        self.new_button.clicked.connect(self.new_tag)
        self.edit_button.clicked.connect(self.edit_tag)
        self.delete_button.clicked.connect(self.delete_tag)
        self.apply_button.clicked.connect(self.apply_rules)
        layout = vbox(self)
        layout.addLayout(button_row(self.new_button, self.edit_button, self.delete_button,
                                    self.apply_button))
        layout.addLayout(boxes, 1)

    def refresh(self, summary: FeedbackSummary) -> None:
        del summary
        table = tags.liked_disliked(self.view.context.ws, self.view.context.engagement_id)
        for polarity, rows in table.items():
            self.tables[polarity].set_rows(rows)
        self.boxes["neutral"].setVisible(bool(table["neutral"]))

    def _chose(self, table: RowsTable) -> None:
        if table.current() is None:
            return
        self.current_table = table
        for other in self.tables.values():
            if other is not table:
                other.clearSelection()

    def selected(self) -> TagRow | None:
        return self.current_table.current()

    def new_tag(self) -> None:
        dialog = TagDialog(self)
        if dialog.exec():
            self.add(dialog.values())

    def add(self, values: dict[str, Any]) -> bool:
        ctx = self.view.context
        eid = ctx.engagement_id
        return execute(CreateCommand(ctx, "tag", QCoreApplication.translate("FeedbackTabs", "New tag"),
                                     lambda: tags.add_tag(ctx.ws, eid, **values),
                                     tags.delete_tag), self)

    def edit_tag(self) -> None:
        tag = self.selected()
        if tag is None:
            return
        dialog = TagDialog(self, existing=tag)
        if dialog.exec():
            execute(EditCommand(self.view.context, "tag", QCoreApplication.translate("FeedbackTabs", "Edit tag"), tags.update_tag,
                                tag.id, dialog.values()), self)

    def delete_tag(self) -> None:
        tag = self.selected()
        if tag is not None:
            execute(DeleteCommand(self.view.context, "tag", QCoreApplication.translate("FeedbackTabs", "Delete tag"), tags.delete_tag,
                                  tag.id), self)

    def apply_rules(self) -> bool:
        ctx = self.view.context
        eid = ctx.engagement_id
        return execute(SwapCommand(ctx, "tag", QCoreApplication.translate("FeedbackTabs", "Apply keyword rules"),
                                   lambda: tags.apply_rules(ctx.ws, eid),
                                   lambda change: tags.revert_rules(ctx.ws, change)), self)


class FollowUpsTab(QWidget):
    def __init__(self, view: FeedbackView) -> None:
        super().__init__(view)
        self.view = view
        statuses, contacts = follow_up_status_labels(), contact_labels()
        tones = {"open": BAD, "contacted": WARN, "closed": GOOD}
        self.table = RowsTable([
            Column(QCoreApplication.translate("FeedbackTabs", "Score"), lambda u: str(u.score), sort=lambda u: u.score,
                   tone=lambda u: BAD if u.score <= 6 else WARN if u.score <= 8 else GOOD),
            Column(QCoreApplication.translate("FeedbackTabs", "Comment"), lambda u: u.comment, tip=lambda u: u.comment or None,
                   stretch=True),
            Column(QCoreApplication.translate("FeedbackTabs", "Contact by"), lambda u: contacts.get(u.contact_preference, "")),
            Column(QCoreApplication.translate("FeedbackTabs", "Target"), lambda u: fmt_datetime(u.target_at),
                   sort=lambda u: u.target_at or ""),
            Column(QCoreApplication.translate("FeedbackTabs", "First contact"), lambda u: fmt_datetime(u.first_contact_at) or "—",
                   sort=lambda u: u.first_contact_at or ""),
            Column(QCoreApplication.translate("FeedbackTabs", "Time to contact"), lambda u: fmt_hours(u.hours_to_first_contact),
                   sort=lambda u: u.hours_to_first_contact or 0,
                   tip=lambda u: QCoreApplication.translate("FeedbackTabs", "From the response's date to the first contact")),
            Column(QCoreApplication.translate("FeedbackTabs", "Status"), lambda u: statuses.get(u.status, u.status),
                   tone=lambda u: BAD if u.late() and u.status == "open"
                   else tones.get(u.status)),
            Column(QCoreApplication.translate("FeedbackTabs", "Outcome"), lambda u: u.outcome, tip=lambda u: u.outcome or None),
        ], self)
        self.stats = QLabel(self)
        set_muted(self.stats)
        self.edit_button = QPushButton(QCoreApplication.translate("FeedbackTabs", "Record contact…"), self)
        self.delete_button = QPushButton(QCoreApplication.translate("FeedbackTabs", "Delete follow-up"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        row = button_row(self.edit_button, self.delete_button)
        row.addWidget(self.stats)
        layout = vbox(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)
        self.rows: list[FollowUpRow] = []

    def refresh(self, summary: FeedbackSummary) -> None:
        del summary
        ctx = self.view.context
        self.rows = follow_ups.list_follow_ups(ctx.ws, ctx.engagement_id)
        self.table.set_rows(self.rows)
        stats = follow_ups.loop_stats(self.rows)
        if not self.rows:
            self.stats.setText(QCoreApplication.translate("FeedbackTabs", "No follow-ups yet: choose a detractor's response and "
                                  "Create follow-up."))
            return
        text = QCoreApplication.translate("FeedbackTabs", "%1 follow-ups · %2 contacted · %3 within the target time") \
            .replace("%1", str(stats.follow_ups)).replace("%2", str(stats.contacted)) \
            .replace("%3", str(stats.within_target))
        if stats.median_hours is not None:
            text += " · " + QCoreApplication.translate("FeedbackTabs", "median time to first contact %1").replace(
                "%1", fmt_hours(stats.median_hours))
        self.stats.setText(text)

    def edit_selected(self) -> None:
        row = self.table.current()
        if row is None:
            return
        dialog = FollowUpDialog(self, existing=row)
        if dialog.exec():
            self.change(row.id, dialog.values())

    def change(self, ident: str, values: dict[str, Any]) -> bool:
        return execute(EditCommand(self.view.context, "follow_up", QCoreApplication.translate("FeedbackTabs", "Record contact"),
                                   follow_ups.update_follow_up, ident, values), self)

    def delete_selected(self) -> None:
        row = self.table.current()
        if row is not None:
            execute(DeleteCommand(self.view.context, "follow_up", QCoreApplication.translate("FeedbackTabs", "Delete follow-up"),
                                  follow_ups.delete_follow_up, row.id), self)


class SamplesTab(QWidget):
    def __init__(self, view: FeedbackView) -> None:
        super().__init__(view)
        self.view = view
        kinds = sampling_labels()
        self.table = RowsTable([
            Column(QCoreApplication.translate("FeedbackTabs", "Sample"), lambda s: s.name, stretch=True),
            Column(QCoreApplication.translate("FeedbackTabs", "How it was drawn"), lambda s: kinds.get(s.sampling, s.sampling),
                   tone=lambda s: WARN if s.sampling in ("self_selected", "unknown") else GOOD),
            Column(QCoreApplication.translate("FeedbackTabs", "Invited"), lambda s: "—" if s.invited is None else str(s.invited),
                   sort=lambda s: s.invited or 0, center=True),
            Column(QCoreApplication.translate("FeedbackTabs", "Responses"), lambda s: str(s.responses), sort=lambda s: s.responses,
                   center=True),
            Column(QCoreApplication.translate("FeedbackTabs", "Response rate"),
                   lambda s: "—" if s.response_rate is None else f"{format_fixed(100 * s.response_rate)} %",
                   sort=lambda s: s.response_rate or 0,
                   tone=lambda s: None if s.response_rate is None
                   else WARN if s.response_rate < 0.2 else GOOD),
        ], self)
        self.new_button = QPushButton(QCoreApplication.translate("FeedbackTabs", "New sample…"), self)
        self.new_button.clicked.connect(self.new_sample)
        self.edit_button = QPushButton(QCoreApplication.translate("FeedbackTabs", "Edit sample…"), self)
        self.edit_button.clicked.connect(self.edit_selected)
        note = QLabel(QCoreApplication.translate("FeedbackTabs", "Only a random or near-complete sample supports an NPS: record how "
                         "each was drawn and how many clients were invited."), self)
        note.setWordWrap(True)
        set_muted(note)
        row = button_row(self.new_button, self.edit_button)
        row.addWidget(note, 1)
        layout = vbox(self)
        layout.addLayout(row)
        layout.addWidget(self.table, 1)

    def refresh(self, summary: FeedbackSummary) -> None:
        self.table.set_rows(summary.samples)

    def new_sample(self) -> None:
        dialog = SampleDialog(self, title=QCoreApplication.translate("FeedbackTabs", "New sample"))
        if dialog.exec():
            self.add(dialog.values())

    def add(self, values: dict[str, Any]) -> bool:
        ctx = self.view.context
        eid = ctx.engagement_id
        return execute(CreateCommand(ctx, "feedback", QCoreApplication.translate("FeedbackTabs", "New sample"),
                                     lambda: feedback_ops.add_sample(ctx.ws, eid, **values),
                                     lambda ws, ident: records.remove(ws, "feedback_samples",
                                                                      ident, "sample")), self)

    def edit_selected(self) -> None:
        sample = self.table.current()
        if sample is None:
            return
        dialog = SampleDialog(self, existing=sample)
        if dialog.exec():
            execute(EditCommand(self.view.context, "feedback", QCoreApplication.translate("FeedbackTabs", "Edit sample"),
                                feedback_ops.update_sample, sample.id, dialog.values()), self)


