"""Voice of the customer: the NPS and CES with their sample size and margin (and a plain
warning when the sample cannot carry the figure), the 0–10 distribution, the responses (typed
in or imported), and tabs for the breakdowns, the liked/disliked tags, the follow-ups of
detractors and the samples (ui/views/feedback_tabs.py)."""

from __future__ import annotations

from PySide6.QtCore import (
    QIdentityProxyModel,
    QLocale,
    Qt,
)
from PySide6.QtGui import QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from cxdesk import feedback_ops, follow_ups, records, tags
from cxdesk.ces import EASY_FROM
from cxdesk.engagements import list_segments, list_subjects
from cxdesk.feedback import (
    LOW_RESPONSE_RATE,
    SMALL_SAMPLE,
    WIDE_MARGIN,
    FeedbackSummary,
    Response,
    load_feedback,
)
from cxdesk.finding_ops import touchpoint_choices
from ui import messages
from ui.commands import execute
from ui.context import FEEDBACK, MAPS, SEGMENTS, SUBJECTS
from ui.views.base import View
from ui.views.feedback_responses import (  # noqa: F401 - some re-exported
    FOLLOW_UP_TONES,
    GROUP_TONES,
    Distribution,
    ResponsesModel,
    nps_tone,
    score_group_tone,
)
from ui.views.kit import (
    BAD,
    GOOD,
    WARN,
    Header,
    Page,
    PillDelegate,
    RoomyDelegate,
    flat_headers,
    muted_color,
    scaled_font,
    tone_color,
    tone_fill,
    vbox,
)
from ui.views.voice_kit import until_done
from ui.voice_commands import (
    CreateCommand,
    DeleteCommand,
    ImportFeedbackCommand,
    SwapCommand,
)


def card_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text.upper(), parent)
    label.setFont(scaled_font(parent.font(), -1, bold=True))
    return label


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
        # headline: the NPS card, the CES card, the distribution
        self.nps_value = QLabel()
        self.nps_value.setFont(scaled_font(self.font(), 20, bold=True))
        self.nps_caption = QLabel()
        self.nps_caption.setWordWrap(True)
        self.breakdown = QLabel()
        self.breakdown.setTextFormat(Qt.TextFormat.RichText)
        self.ces_value = QLabel()
        self.ces_value.setFont(scaled_font(self.font(), 20, bold=True))
        self.ces_caption = QLabel()
        self.ces_caption.setWordWrap(True)
        self.ces_formula = QLabel(self.tr("Mean of 1–7 answers (7 = very easy); easy = "
                                          "share of answers %1–7").replace("%1", str(EASY_FROM)))
        self.ces_formula.setWordWrap(True)
        self.ces_formula.setFont(scaled_font(self.font(), -1))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setContentsMargins(10, 6, 10, 6)
        self.note.setAutoFillBackground(True)
        nps_title = card_title(self.tr("Net Promoter Score"), self)
        ces_title = card_title(self.tr("Customer effort (CES)"), self)
        chart_title = card_title(self.tr("Scores 0–10"), self)
        self._muted_labels = [nps_title, ces_title, chart_title, self.nps_caption,
                              self.ces_caption, self.ces_formula]
        nps_box = QWidget()
        nps_layout = vbox(nps_box, spacing=2)
        for w in (nps_title, self.nps_value, self.nps_caption, self.breakdown):
            nps_layout.addWidget(w)
        nps_layout.addStretch(1)
        nps_box.setFixedWidth(330)
        ces_box = QWidget()
        ces_layout = vbox(ces_box, spacing=2)
        for w in (ces_title, self.ces_value, self.ces_caption, self.ces_formula):
            ces_layout.addWidget(w)
        ces_layout.addStretch(1)
        ces_box.setFixedWidth(200)
        self.distribution = Distribution()
        self.distribution.setMinimumHeight(120)
        chart = QVBoxLayout()
        chart.addWidget(chart_title)
        chart.addWidget(self.distribution, 1)
        top = QHBoxLayout()
        top.setContentsMargins(20, 0, 20, 4)
        top.setSpacing(24)
        top.addWidget(nps_box)
        top.addWidget(ces_box)
        top.addLayout(chart, 1)
        headline = QWidget()
        headline.setMaximumHeight(170)
        headline_layout = vbox(headline)
        headline_layout.addLayout(top)
        note_row = QHBoxLayout()
        note_row.setContentsMargins(20, 0, 20, 6)
        note_row.addWidget(self.note)

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
        layout_body.addWidget(headline)
        layout_body.addLayout(note_row)
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
        for button in (self.import_button, self.new_button):
            button.setEnabled(ws is not None and bool(eid))
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
        self._headline(summary)
        for tab in (self.breakdown_tab, self.tags_tab, self.follow_ups_tab, self.samples_tab):
            tab.refresh(summary)
        self._update_buttons()

    # -- the headline -----------------------------------------------------------------------
    def _headline(self, s: FeedbackSummary) -> None:
        pal = self.palette()
        muted = muted_color(pal)
        for label in self._muted_labels:
            p = label.palette()
            p.setColor(QPalette.ColorRole.WindowText, muted)
            label.setPalette(p)
        self.distribution.set_counts(s.distribution)
        if s.nps is None:
            self.nps_value.setText("–")
            self.nps_caption.setText(self.tr("No responses for the own company yet."))
            self.breakdown.clear()
        else:
            n = s.nps
            value_palette = self.nps_value.palette()
            value_palette.setColor(QPalette.ColorRole.WindowText,
                                   tone_color(nps_tone(n.value), pal))
            self.nps_value.setPalette(value_palette)
            self.nps_value.setText(f"{n.value:+.0f}")
            self.nps_caption.setText(self.tr("n = %1 · ± %2 points (95 % confidence)")
                                     .replace("%1", str(n.n))
                                     .replace("%2", f"{n.margin:.0f}"))
            parts = []
            for count, tone, name in ((n.promoters, GOOD, self.tr("promoters")),
                                      (n.passives, WARN, self.tr("passives")),
                                      (n.detractors, BAD, self.tr("detractors"))):
                parts.append(f"<span style='color:{tone_color(tone, pal).name()}'><b>"
                             f"{100 * count / n.n:.0f} %</b></span> {name}")
            self.breakdown.setText(" &nbsp; ".join(parts))
        if s.ces is None:
            self.ces_value.setText("–")
            self.ces_caption.setText(self.tr("No CES answers yet."))
        else:
            self.ces_value.setText(QLocale().toString(s.ces.mean, "f", 1))
            self.ces_caption.setText(self.tr("%1 % easy · n = %2")
                                     .replace("%1", f"{s.ces.easy:.0f}")
                                     .replace("%2", str(s.ces.n)))
        notes = self.quality_notes(s)
        self.note.setVisible(bool(notes))
        if notes:
            note_palette = self.note.palette()
            note_palette.setColor(QPalette.ColorRole.Window, tone_fill(WARN, pal, 0.18))
            note_palette.setColor(QPalette.ColorRole.WindowText,
                                  pal.color(QPalette.ColorRole.Text))
            self.note.setPalette(note_palette)
            colour = tone_color(WARN, pal).name()
            care = self.tr("Read this figure with care.")
            self.note.setText(f"<b style='color:{colour}'>⚠ {care}</b> " + " ".join(notes))

    def quality_notes(self, s: FeedbackSummary) -> list[str]:
        """One sentence per warning of the headline figure."""
        notes = []
        for code in s.warnings:
            if code == "small_sample":
                notes.append(self.tr("Only %1 responses (fewer than %2).")
                             .replace("%1", str(s.nps.n)).replace("%2", str(SMALL_SAMPLE)))
            elif code == "wide_margin":
                notes.append(self.tr("The margin of error is ±%1 points (over ±%2): the NPS "
                                     "may move that much from one survey to the next.")
                             .replace("%1", f"{s.nps.margin:.0f}")
                             .replace("%2", f"{WIDE_MARGIN:.0f}"))
            elif code == "low_response_rate":
                notes.append(self.tr("Response rate %1 % (under %2 %): those who answered "
                                     "chose to.")
                             .replace("%1", f"{100 * (s.response_rate or 0):.0f}")
                             .replace("%2", f"{100 * LOW_RESPONSE_RATE:.0f}"))
            elif code == "self_selected":
                notes.append(self.tr("Part of the sample is self-selected: clients chose "
                                     "whether to answer, so the unhappy and the delighted are "
                                     "over-represented."))
            elif code == "unknown_sampling":
                notes.append(self.tr("How the sample was drawn is not recorded; only a random "
                                     "or near-complete sample supports the figure."))
        return notes

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

    # -- import -----------------------------------------------------------------------------
    def import_file(self) -> None:
        if self.context.ws is None or not self.context.engagement_id:
            return
        from ui.dialogs.feedback_forms import ImportFeedbackDialog

        dialog = ImportFeedbackDialog(self)
        if dialog.exec():
            self.run_import(**dialog.values())

    def run_import(self, path, sampling: str = "unknown", invited: int | None = None) -> bool:
        command = ImportFeedbackCommand(self.context, self.tr("Import feedback"),
                                        self.context.engagement_id, path, sampling, invited)
        if not execute(command, self):
            return False
        result = command.result
        text = self.tr("Added %1, skipped %2 already imported.") \
            .replace("%1", str(result.added)).replace("%2", str(result.skipped))
        if result.warnings:
            text += "\n\n" + "\n".join(result.warnings[:10])
        messages.info(self, self.tr("Import feedback"), text)
        return True
