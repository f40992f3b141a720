"""Voice of the customer: the NPS and CES with their sample size and margin (and a plain
warning when the sample cannot carry the figure), the 0–10 distribution, the responses (typed
in or imported), and tabs for the breakdowns, the liked/disliked tags, the follow-ups of
detractors and the samples. The headline is ui/views/feedback_headline.py, the tabs
ui/views/feedback_tabs.py, importing a file (in a worker) ui/views/feedback_import.py."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QIdentityProxyModel, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QWidget,
)

from cxdesk import feedback_ops, follow_ups, records, tags
from cxdesk.engagements import list_segments, list_subjects
from cxdesk.feedback import FeedbackSummary, Response, load_feedback
from cxdesk.finding_ops import touchpoint_choices
from ui import messages
from ui.commands import execute
from ui.context import FEEDBACK, MAPS, SEGMENTS, SUBJECTS
from ui.views.base import View
from ui.views.feedback_headline import FeedbackHeadline
from ui.views.feedback_import import FeedbackImportJob, choose_and_import, start_import
from ui.views.feedback_responses import (  # noqa: F401 - some re-exported
    FOLLOW_UP_TONES,
    GROUP_TONES,
    Distribution,
    ResponsesModel,
    nps_tone,
    score_group_tone,
)
from ui.views.kit import (
    Header,
    Page,
    PillDelegate,
    RoomyDelegate,
    flat_headers,
    vbox,
)
from ui.views.voice_kit import until_done
from ui.voice_commands import CreateCommand, DeleteCommand, SwapCommand


class FeedbackView(View):
    name = "feedback"
    topics = frozenset({FEEDBACK, SUBJECTS, MAPS, SEGMENTS})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Import responses from a CSV or xlsx file"))
        self.new_button = QPushButton(self.tr("New response…"))
        self.import_button.clicked.connect(self.import_file)
        self.new_button.clicked.connect(self.new_response)
        self.header.tools.addWidget(self.import_button)
        self.header.tools.addWidget(self.new_button)
        self.headline = FeedbackHeadline(self)
        # the headline's parts, as tests and callers know them
        self.nps_value, self.nps_caption = self.headline.nps_value, self.headline.nps_caption
        self.distribution, self.note = self.headline.distribution, self.headline.note
        self.import_job: FeedbackImportJob | None = None

        # responses
        self.model = ResponsesModel(self)
        self.proxy = QIdentityProxyModel(self)  # the model sorts itself (100 000 responses)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ResponsesModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFrameShape(QTableView.Shape.NoFrame)
        self.table.setItemDelegate(RoomyDelegate(self.table, 6))
        self.table.setItemDelegateForColumn(
            ResponsesModel.SCORE, PillDelegate(self.table, align=Qt.AlignmentFlag.AlignHCenter))
        self.table.setItemDelegateForColumn(ResponsesModel.FOLLOW_UP, PillDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(QFontMetrics(self.font()).height() + 12)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(ResponsesModel.COMMENT, QHeaderView.ResizeMode.Stretch)
        for col in (ResponsesModel.TOUCHPOINT, ResponsesModel.SUBJECT, ResponsesModel.TAGS):
            head.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.setHighlightSections(False)
        head.setResizeContentsPrecision(200)  # fit the columns to a sample, not 1000 rows
        flat_headers(self.table)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.follow_up_button = QPushButton(self.tr("Create follow-up…"))
        self.follow_up_button.setToolTip(self.tr("Call back or write to a detractor, by a "
                                                 "target time"))
        self.follow_up_button.clicked.connect(self.follow_up_selected)
        self.delete_button = QPushButton(self.tr("Delete response"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.tag_button = QPushButton(self.tr("Tags"))
        self.tag_button.setToolTip(self.tr("Tag the response by hand (liked / disliked)"))
        self.tag_menu = QMenu(self.tag_button)
        self.tag_menu.aboutToShow.connect(self._fill_tag_menu)
        self.tag_button.setMenu(self.tag_menu)
        responses_tab = QWidget()
        responses_layout = vbox(responses_tab)
        from ui.views.voice_kit import button_row

        responses_layout.addLayout(button_row(self.follow_up_button, self.tag_button,
                                               self.delete_button))
        responses_layout.addWidget(self.table, 1)

        from ui.views.feedback_tabs import BreakdownTab, FollowUpsTab, SamplesTab, TagsTab

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.breakdown_tab = BreakdownTab(self)
        self.tags_tab = TagsTab(self)
        self.follow_ups_tab = FollowUpsTab(self)
        self.samples_tab = SamplesTab(self)
        self.tabs.addTab(responses_tab, self.tr("Responses"))
        self.tabs.addTab(self.breakdown_tab, self.tr("Breakdown"))
        self.tabs.addTab(self.tags_tab, self.tr("Liked and disliked"))
        self.tabs.addTab(self.follow_ups_tab, self.tr("Follow-ups"))
        self.tabs.addTab(self.samples_tab, self.tr("Samples"))

        body = QWidget()
        layout_body = vbox(body)
        layout_body.addWidget(self.headline)
        layout_body.addWidget(self.tabs, 1)
        self.page = Page(body, "☺")
        layout = vbox(self)
        layout.addWidget(self.header)
        layout.addWidget(self.page, 1)
        self.summary: FeedbackSummary | None = None
        self._update_buttons()

    def title(self) -> str:
        return self.tr("Feedback")

    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        self.new_button.setEnabled(ws is not None and bool(eid))
        self.import_button.setEnabled(ws is not None and bool(eid) and self.import_job is None)
        if ws is None or not eid:
            self.summary = None
            self.model.set_responses([])
            self.page.show_empty(self.tr("No engagement open"),
                                 self.tr("Choose an engagement to see its customer feedback."))
            return
        self.summary = summary = load_feedback(ws, eid)
        chosen = self.selected()
        self.model.set_responses(summary.responses)
        for col, most in ((ResponsesModel.TOUCHPOINT, 210), (ResponsesModel.SUBJECT, 140),
                          (ResponsesModel.TAGS, 170)):
            self.table.resizeColumnToContents(col)
            self.table.setColumnWidth(col, min(most, self.table.columnWidth(col)))
        if chosen is not None:
            self.select_response(chosen.id)
        if not summary.responses:
            self.page.show_empty(
                self.tr("No customer feedback yet"),
                self.tr("Import survey responses (Import…: a CSV or xlsx file with a 0–10 "
                        "score column) or type them in (New response…) to see the NPS, its "
                        "margin of error and what clients say. Say how the sample was drawn: "
                        "only a random or near-complete sample gives a figure worth reporting."))
            return
        self.page.show_content()
        self.header.set_text(self.title(), self.tr("%n response(s)", "", len(summary.responses)))
        self.headline.show_summary(summary)
        for tab in (self.breakdown_tab, self.tags_tab, self.follow_ups_tab, self.samples_tab):
            tab.refresh(summary)
        self._update_buttons()

    # -- responses --------------------------------------------------------------------------
    def selected(self) -> Response | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.responses[self.proxy.mapToSource(rows[0]).row()]

    def select_response(self, ident: str) -> bool:
        for row, r in enumerate(self.model.responses):
            if r.id == ident:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return True
        return False

    def _update_buttons(self, *_: object) -> None:
        r = self.selected()
        self.delete_button.setEnabled(r is not None)
        can_follow = r is not None and r.group == "detractor" and r.follow_up in (None, "closed")
        self.follow_up_button.setEnabled(can_follow)
        self.tag_button.setEnabled(r is not None)

    def _fill_tag_menu(self) -> None:
        self.tag_menu.clear()
        r = self.selected()
        if r is None or self.context.ws is None:
            return
        rows = tags.list_tags(self.context.ws, self.context.engagement_id)
        if not rows:
            self.tag_menu.addAction(self.tr("No tags yet: add them under Liked and disliked")) \
                .setEnabled(False)
        for tag in rows:
            action = self.tag_menu.addAction(tag.name)
            action.setCheckable(True)
            action.setChecked(tag.name in r.tags)
            action.toggled.connect(lambda on, t=tag.id, f=r.id: self.set_tag(f, t, on))

    def set_tag(self, feedback_id: str, tag_id: str, on: bool) -> bool:
        """Tag a response by hand, or take a tag off it (one undo step)."""
        ws = self.context.ws
        if on:
            return execute(SwapCommand(
                self.context, "tag", self.tr("Tag response"),
                lambda: tags.tag_response(ws, feedback_id, tag_id),
                lambda _: tags.untag_response(ws, feedback_id, tag_id)), self)
        return execute(SwapCommand(
            self.context, "tag", self.tr("Untag response"),
            lambda: tags.untag_response(ws, feedback_id, tag_id),
            lambda removal: records.restore(ws, removal)), self)

    def _choices(self) -> dict[str, list[tuple[str, str]]]:
        ws, eid = self.context.ws, self.context.engagement_id
        return {
            "subjects": [(x.id, x.name) for x in list_subjects(ws, eid)],
            "touchpoints": touchpoint_choices(ws, eid),
            "segments": [(x.id, x.name) for x in list_segments(ws, eid)],
            "samples": [(x.id, x.name) for x in (self.summary.samples if self.summary else [])],
        }

    def response_dialog(self):  # noqa: ANN201 - a ResponseDialog
        from ui.dialogs.feedback_forms import ResponseDialog

        c = self._choices()
        return ResponseDialog(c["subjects"], c["touchpoints"], c["segments"], c["samples"], self)

    def new_response(self) -> None:
        if self.context.ws is None or not self.context.engagement_id:
            return
        until_done(self.response_dialog(), self.add_response)

    def add_response(self, values: dict) -> bool:
        eid = self.context.engagement_id
        command = CreateCommand(
            self.context, "feedback", self.tr("New response"),
            lambda: feedback_ops.add_response(self.context.ws, eid, **values),
            feedback_ops.delete_response)
        if not execute(command, self):
            return False
        self.tabs.setCurrentIndex(0)
        self.select_response(command.ident)
        return True

    def delete_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        if not messages.confirm(self, self.tr("Delete response"),
                                self.tr("Delete this response with its tags and follow-up? "
                                        "Undo brings it back.")):
            return
        execute(DeleteCommand(self.context, "feedback", self.tr("Delete response"),
                              feedback_ops.delete_response, r.id), self)

    def follow_up_dialog(self):  # noqa: ANN201 - a FollowUpDialog
        from ui.dialogs.feedback_forms import FollowUpDialog

        return FollowUpDialog(self)

    def follow_up_selected(self) -> None:
        r = self.selected()
        if r is None:
            return
        dialog = self.follow_up_dialog()
        if dialog.exec():
            self.create_follow_up(r.id, dialog.values())

    def create_follow_up(self, feedback_id: str, values: dict) -> bool:
        """Turn a response into a follow-up (one undo step)."""
        command = CreateCommand(
            self.context, "follow_up", self.tr("Create follow-up"),
            lambda: follow_ups.create_follow_up(self.context.ws, feedback_id, **values),
            follow_ups.delete_follow_up)
        return execute(command, self)

    # -- import (ui/views/feedback_import.py) -----------------------------------------------
    def import_file(self) -> None:
        self._watch(choose_and_import(self))

    def run_import(self, path: str | Path, sampling: str = "unknown",
                   invited: int | None = None) -> FeedbackImportJob | None:
        """Import a file in a worker (a progress dialog can cancel); the job's ``done``
        says when the rows are in, as one undo step."""
        return self._watch(start_import(self, path, sampling, invited))

    def _watch(self, job: FeedbackImportJob | None) -> FeedbackImportJob | None:
        if job is not None:
            self.import_job = job
            self.import_button.setEnabled(False)
            job.done.connect(self._import_over)
        return job

    def _import_over(self, _result: object) -> None:
        self.import_job = None
        self.import_button.setEnabled(self.context.ws is not None
                                      and bool(self.context.engagement_id))
