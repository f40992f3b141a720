"""The headline of the Feedback screen: the NPS card with its sample size, margin and
promoter/passive/detractor shares, the CES card, the 0–10 distribution, and a plain warning
when the sample cannot carry the figure."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from cxdesk.ces import EASY_FROM
from cxdesk.feedback import LOW_RESPONSE_RATE, SMALL_SAMPLE, WIDE_MARGIN, FeedbackSummary
from cxdesk.rounding import format_fixed
from ui.views.feedback_responses import Distribution, nps_tone
from ui.views.kit import (
    BAD,
    GOOD,
    WARN,
    muted_color,
    scaled_font,
    tone_color,
    tone_fill,
    vbox,
)


def card_title(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text.upper(), parent)
    label.setFont(scaled_font(parent.font(), -1, bold=True))
    return label


class FeedbackHeadline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
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
        self.ces_formula = QLabel(QCoreApplication.translate(
            "FeedbackView", "Mean of 1–7 answers (7 = very easy); easy = share of answers %1–7")
            .replace("%1", str(EASY_FROM)))
        self.ces_formula.setWordWrap(True)
        self.ces_formula.setFont(scaled_font(self.font(), -1))
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.RichText)
        self.note.setContentsMargins(10, 6, 10, 6)
        self.note.setAutoFillBackground(True)
        nps_title = card_title(
            QCoreApplication.translate("FeedbackView", "Net Promoter Score"), self)
        ces_title = card_title(
            QCoreApplication.translate("FeedbackView", "Customer effort (CES)"), self)
        chart_title = card_title(QCoreApplication.translate("FeedbackView", "Scores 0–10"), self)
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
        cards = QWidget()
        cards.setMaximumHeight(170)
        vbox(cards).addLayout(top)
        note_row = QHBoxLayout()
        note_row.setContentsMargins(20, 0, 20, 6)
        note_row.addWidget(self.note)
        layout = vbox(self)
        layout.addWidget(cards)
        layout.addLayout(note_row)

    def show_summary(self, s: FeedbackSummary) -> None:
        """Show the figures of ``s`` (which has responses)."""
        pal = self.palette()
        muted = muted_color(pal)
        for label in self._muted_labels:
            p = label.palette()
            p.setColor(QPalette.ColorRole.WindowText, muted)
            label.setPalette(p)
        self.distribution.set_counts(s.distribution)
        if s.nps is None:
            self.nps_value.setText("–")
            self.nps_caption.setText(QCoreApplication.translate(
                "FeedbackView", "No responses for the own company yet."))
            self.breakdown.clear()
        else:
            n = s.nps
            value_palette = self.nps_value.palette()
            value_palette.setColor(QPalette.ColorRole.WindowText,
                                   tone_color(nps_tone(n.value), pal))
            self.nps_value.setPalette(value_palette)
            self.nps_value.setText(format_fixed(n.value, sign=True))
            self.nps_caption.setText(QCoreApplication.translate(
                "FeedbackView", "n = %1 · ± %2 points (95 % confidence)")
                .replace("%1", str(n.n)).replace("%2", format_fixed(n.margin)))
            parts = []
            groups = (
                (n.promoters, GOOD, QCoreApplication.translate("FeedbackView", "promoters")),
                (n.passives, WARN, QCoreApplication.translate("FeedbackView", "passives")),
                (n.detractors, BAD, QCoreApplication.translate("FeedbackView", "detractors")))
            for count, tone, name in groups:
                parts.append(f"<span style='color:{tone_color(tone, pal).name()}'><b>"
                             f"{format_fixed(100 * count / n.n)} %</b></span> {name}")
            self.breakdown.setText(" &nbsp; ".join(parts))
        if s.ces is None:
            self.ces_value.setText("–")
            self.ces_caption.setText(
                QCoreApplication.translate("FeedbackView", "No CES answers yet."))
        else:
            self.ces_value.setText(QLocale().toString(s.ces.mean, "f", 1))
            self.ces_caption.setText(
                QCoreApplication.translate("FeedbackView", "%1 % easy · n = %2")
                .replace("%1", format_fixed(s.ces.easy)).replace("%2", str(s.ces.n)))
        notes = self.quality_notes(s)
        self.note.setVisible(bool(notes))
        if notes:
            note_palette = self.note.palette()
            note_palette.setColor(QPalette.ColorRole.Window, tone_fill(WARN, pal, 0.18))
            note_palette.setColor(QPalette.ColorRole.WindowText,
                                  pal.color(QPalette.ColorRole.Text))
            self.note.setPalette(note_palette)
            colour = tone_color(WARN, pal).name()
            care = QCoreApplication.translate("FeedbackView", "Read this figure with care.")
            self.note.setText(f"<b style='color:{colour}'>⚠ {care}</b> " + " ".join(notes))

    def quality_notes(self, s: FeedbackSummary) -> list[str]:
        """One sentence per warning of the headline figure."""
        notes = []
        for code in s.warnings:
            if code == "small_sample":
                notes.append(QCoreApplication.translate(
                    "FeedbackView", "Only %1 responses (fewer than %2).")
                    .replace("%1", str(s.nps.n)).replace("%2", str(SMALL_SAMPLE)))
            elif code == "wide_margin":
                notes.append(QCoreApplication.translate(
                    "FeedbackView", "The margin of error is ±%1 points (over ±%2): the NPS "
                    "may move that much from one survey to the next.")
                    .replace("%1", format_fixed(s.nps.margin))
                    .replace("%2", f"{WIDE_MARGIN:.0f}"))
            elif code == "low_response_rate":
                notes.append(QCoreApplication.translate(
                    "FeedbackView", "Response rate %1 % (under %2 %): those who answered "
                    "chose to.")
                    .replace("%1", format_fixed(100 * (s.response_rate or 0)))
                    .replace("%2", f"{100 * LOW_RESPONSE_RATE:.0f}"))
            elif code == "self_selected":
                notes.append(QCoreApplication.translate(
                    "FeedbackView", "Part of the sample is self-selected: clients chose "
                    "whether to answer, so the unhappy and the delighted are "
                    "over-represented."))
            elif code == "unknown_sampling":
                notes.append(QCoreApplication.translate(
                    "FeedbackView", "How the sample was drawn is not recorded; only a random "
                    "or near-complete sample supports the figure."))
        return notes
