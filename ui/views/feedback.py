"""Voice of the customer: the NPS with its sample size and margin (and a plain warning when
the sample cannot carry the figure), the 0–10 distribution, and the responses."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QRectF,
    QSize,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cxdesk.feedback import SMALL_SAMPLE, FeedbackSummary, Response, load_feedback
from ui.context import FEEDBACK, MAPS, SUBJECTS
from ui.views.base import View
from ui.views.kit import (
    BAD,
    GOOD,
    ROOT,
    SORT_ROLE,
    TONE_ROLE,
    WARN,
    Header,
    Page,
    PillDelegate,
    RoomyDelegate,
    flat_headers,
    fmt_date,
    line_color,
    muted_color,
    scaled_font,
    tone_color,
    tone_fill,
    tone_solid,
    vbox,
)

GROUP_TONES = {"promoter": GOOD, "passive": WARN, "detractor": BAD}


def score_group_tone(score: int) -> str:
    return GOOD if score >= 9 else WARN if score >= 7 else BAD


def nps_tone(value: float) -> str:
    return GOOD if value >= 30 else WARN if value >= 0 else BAD


class Distribution(QWidget):
    """Eleven bars, 0 to 10: detractors red, passives amber, promoters green."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counts = [0] * 11
        self.setMinimumHeight(150)

    def set_counts(self, counts: list[int]) -> None:
        self.counts = list(counts)
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(520, 170)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pal = self.palette()
        font = scaled_font(self.font(), -1)
        metrics = QFontMetrics(font)
        label_h = metrics.height() + 6
        area = QRectF(self.rect()).adjusted(8, label_h + 4, -8, -label_h - 4)
        top = max(self.counts) or 1
        slot = area.width() / 11
        painter.setPen(line_color(pal))
        painter.drawLine(area.bottomLeft(), area.bottomRight())
        for score, count in enumerate(self.counts):
            tone = score_group_tone(score)
            x = area.left() + score * slot
            height = area.height() * count / top
            bar = QRectF(x + slot * 0.15, area.bottom() - height, slot * 0.7, height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(tone_solid(tone, pal))
            if count:
                painter.drawRoundedRect(bar, 3, 3)
            painter.setFont(font)
            painter.setPen(pal.color(QPalette.ColorRole.Text) if count else muted_color(pal))
            if count:
                painter.drawText(QRectF(x, bar.top() - label_h, slot, label_h),
                                 Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                                 str(count))
            painter.setPen(muted_color(pal))
            painter.drawText(QRectF(x, area.bottom() + 4, slot, label_h),
                             Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop,
                             str(score))
        painter.end()


class ResponsesModel(QAbstractTableModel):
    DATE, SCORE, CES, TOUCHPOINT, SUBJECT, COMMENT = range(6)

    def __init__(self, view: View) -> None:
        super().__init__(view)
        self.view = view
        self.responses: list[Response] = []
        self.headers = [QCoreApplication.translate("FeedbackView", "Date"), QCoreApplication.translate("FeedbackView", "Score"), QCoreApplication.translate("FeedbackView", "CES"),
                        QCoreApplication.translate("FeedbackView", "Touchpoint"), QCoreApplication.translate("FeedbackView", "Subject"), QCoreApplication.translate("FeedbackView", "Comment")]

    def set_responses(self, responses: list[Response]) -> None:
        self.beginResetModel()
        self.responses = responses
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.responses)

    def columnCount(self, parent: QModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal:
            if role == Qt.ItemDataRole.DisplayRole:
                return self.headers[section]
            if role == Qt.ItemDataRole.ToolTipRole and section == self.CES:
                return QCoreApplication.translate("FeedbackView", "Customer effort score (1–7)")
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        r, col = self.responses[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {self.DATE: fmt_date(r.responded_on), self.SCORE: str(r.score),
                    self.CES: "" if r.ces is None else str(r.ces),
                    self.TOUCHPOINT: r.touchpoint, self.SUBJECT: r.subject,
                    self.COMMENT: r.comment}[col]
        if role == SORT_ROLE:
            return {self.DATE: r.responded_on or "", self.SCORE: r.score,
                    self.CES: -1 if r.ces is None else r.ces}.get(
                col, self.data(index, Qt.ItemDataRole.DisplayRole) or "")
        if role == TONE_ROLE and col == self.SCORE:
            return GROUP_TONES[r.group]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.COMMENT and r.comment:
                return r.comment
            if col == self.SCORE:
                return {"promoter": QCoreApplication.translate("FeedbackView", "Promoter (9–10)"),
                        "passive": QCoreApplication.translate("FeedbackView", "Passive (7–8)"),
                        "detractor": QCoreApplication.translate("FeedbackView", "Detractor (0–6)")}[r.group]
        if role == Qt.ItemDataRole.ForegroundRole and col in (self.DATE, self.CES,
                                                              self.SUBJECT):
            return muted_color(self.view.palette())
        if role == Qt.ItemDataRole.FontRole and col == self.SUBJECT and r.own:
            font = QFont(self.view.font())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (self.SCORE, self.CES):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class FeedbackView(View):
    name = "feedback"
    topics = frozenset({FEEDBACK, SUBJECTS, MAPS})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        # headline: the figure, its reliability, the distribution
        self.nps_value = QLabel()
        self.nps_value.setFont(scaled_font(self.font(), 22, bold=True))
        self.nps_caption = QLabel()
        self.nps_caption.setWordWrap(True)
        self.breakdown = QLabel()
        self.breakdown.setTextFormat(Qt.TextFormat.RichText)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setContentsMargins(10, 8, 10, 8)
        self.note.setAutoFillBackground(True)
        figure = QVBoxLayout()
        figure.setSpacing(4)
        label = QLabel(self.tr("Net Promoter Score").upper())
        label.setFont(scaled_font(self.font(), -1, bold=True))
        self._muted_labels = [label, self.nps_caption]
        figure.addWidget(label)
        figure.addWidget(self.nps_value)
        figure.addWidget(self.nps_caption)
        figure.addWidget(self.breakdown)
        figure.addStretch(1)
        figure_box = QWidget()
        figure_box.setLayout(figure)
        figure_box.setFixedWidth(330)
        self.distribution = Distribution()
        chart = QVBoxLayout()
        chart_title = QLabel(self.tr("Scores 0–10").upper())
        chart_title.setFont(scaled_font(self.font(), -1, bold=True))
        self._muted_labels.append(chart_title)
        chart.addWidget(chart_title)
        chart.addWidget(self.distribution, 1)
        top = QHBoxLayout()
        top.setContentsMargins(20, 4, 20, 8)
        top.setSpacing(28)
        top.addWidget(figure_box)
        top.addLayout(chart, 1)
        headline = QWidget()
        headline_layout = QVBoxLayout(headline)
        headline_layout.setContentsMargins(0, 0, 0, 0)
        headline_layout.addLayout(top)
        note_row = QHBoxLayout()
        note_row.setContentsMargins(20, 0, 20, 10)
        note_row.addWidget(self.note)
        headline_layout.addLayout(note_row)

        self.model = ResponsesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(ResponsesModel.DATE, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFrameShape(QTableView.Shape.NoFrame)
        self.table.setItemDelegate(RoomyDelegate(self.table, 6))
        self.table.setItemDelegateForColumn(
            ResponsesModel.SCORE, PillDelegate(self.table, align=Qt.AlignmentFlag.AlignHCenter))
        self.table.verticalHeader().setDefaultSectionSize(QFontMetrics(self.font()).height() + 12)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(ResponsesModel.COMMENT, QHeaderView.ResizeMode.Stretch)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.setHighlightSections(False)
        flat_headers(self.table)

        body = QWidget()
        layout_body = vbox(body)
        layout_body.addWidget(headline)
        layout_body.addWidget(self.table, 1)
        self.page = Page(body, "☺")
        layout = vbox(self)
        layout.addWidget(self.header)
        layout.addWidget(self.page, 1)
        self.summary: FeedbackSummary | None = None

    def title(self) -> str:
        return self.tr("Feedback")

    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        if ws is None or not eid:
            self.summary = None
            self.model.set_responses([])
            self.page.show_empty(self.tr("No engagement open"),
                                 self.tr("Choose an engagement to see its customer feedback."))
            return
        self.summary = summary = load_feedback(ws, eid)
        self.model.set_responses(summary.responses)
        if not summary.responses:
            self.page.show_empty(
                self.tr("No customer feedback yet"),
                self.tr("Import survey responses (a 0–10 rating with a comment, per touchpoint "
                        "or purchase) to see the NPS, its margin of error and what clients "
                        "say. Say how the sample was drawn: only a random or near-complete "
                        "sample gives a figure worth reporting."))
            return
        self.page.show_content()
        self.header.set_text(self.title(), self.tr("%n response(s)", "", len(summary.responses)))
        self._headline(summary)

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
            caption = self.tr("n = %1 · ± %2 points (95 % confidence)") \
                .replace("%1", str(n.n)).replace("%2", f"{n.margin:.0f}")
            if s.ces_mean is not None:
                caption += " · " + self.tr("CES %1").replace("%1", QLocale().toString(s.ces_mean, "f", 1))
            self.nps_caption.setText(caption)
            parts = []
            for count, tone, name in ((n.promoters, GOOD, self.tr("promoters")),
                                      (n.passives, WARN, self.tr("passives")),
                                      (n.detractors, BAD, self.tr("detractors"))):
                parts.append(f"<span style='color:{tone_color(tone, pal).name()}'><b>"
                             f"{100 * count / n.n:.0f} %</b></span> {name}")
            self.breakdown.setText(" &nbsp; ".join(parts))
        notes = self._quality_notes(s)
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

    def _quality_notes(self, s: FeedbackSummary) -> list[str]:
        notes = []
        if s.small_sample:
            notes.append(self.tr("Only %1 responses (fewer than %2): the NPS may move by the "
                                 "margin shown from one survey to the next.")
                         .replace("%1", str(s.nps.n)).replace("%2", str(SMALL_SAMPLE)))
        if s.self_selected:
            samples = [x for x in s.samples if x.sampling == "self_selected"]
            rates = [f"{x.name}: {x.responses}/{x.invited} ({100 * x.response_rate:.0f} %)"
                     for x in samples if x.response_rate is not None]
            note = self.tr("The sample is self-selected: clients chose whether to answer, so "
                           "the unhappy and the delighted are over-represented.")
            if rates:
                note += " " + self.tr("Response rate: %1.").replace("%1", "; ".join(rates))
            notes.append(note)
        elif s.unknown_sampling:
            notes.append(self.tr("How the sample was drawn is not recorded; only a random or "
                                 "near-complete sample supports the figure."))
        return notes
