"""Overview: the engagement at a glance — who is audited and how they score, how far the
fieldwork is, the weakest touchpoints, the newest findings and the open actions."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from cxdesk.overview import Overview, SubjectSummary
from cxdesk.rounding import format_fixed, share_done
from ui import context as topics
from ui import style
from ui.formatting import date_text, period_text
from ui.views.base import View
from ui.widgets.cards import (
    STRETCH,
    Card,
    EmptyState,
    LinesCell,
    Meter,
    Pill,
    PillCell,
    RowList,
    SurfaceScrollArea,
    TextCell,
    coloured_label,
    muted_label,
)

CARDS_PER_ROW = 4


def score_text(value: float | None) -> str:
    return "—" if value is None else format_fixed(value)


class OverviewView(View):
    name = "overview"
    topics = topics.EVERYTHING

    def __init__(self, context, parent: QWidget | None = None) -> None:  # noqa: ANN001
        super().__init__(context, parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll = SurfaceScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll)
        self.data: Overview | None = None
        self.content: QWidget | None = None

    def title(self) -> str:
        return self.tr("Overview")

    # -- building -------------------------------------------------------------------------
    def refresh(self) -> None:
        ctx = self.context
        self.data = ctx.overview()
        if ctx.ws is None:  # opening a workspace: nothing to say yet, only the surface
            old = self.scroll.takeWidget()
            self.content = None
            if old is not None:
                old.deleteLater()
            return
        content = QWidget()
        content.setObjectName("OverviewContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(28, 22, 28, 28)
        layout.setSpacing(16)
        if self.data is None:
            self._no_engagement(layout)
        else:
            self._build(layout, self.data)
        layout.addStretch(1)
        old = self.scroll.takeWidget()
        self.scroll.setWidget(content)
        content.setAutoFillBackground(False)  # setWidget turns it on: the scroll area paints
        self.content = content
        if old is not None:
            old.deleteLater()

    def _build(self, layout: QVBoxLayout, data: Overview) -> None:
        layout.addLayout(self._header(data))
        layout.addWidget(self._subjects(data))
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self._coverage(data), 2)
        row.addWidget(self._weakest(data), 3)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self._findings(data), 1)
        row.addWidget(self._actions(data), 1)
        layout.addLayout(row)

    def _header(self, data: Overview) -> QHBoxLayout:
        engagement = data.engagement
        row = QHBoxLayout()
        row.setSpacing(24)
        left = QVBoxLayout()
        left.setSpacing(4)
        name = QLabel(engagement.name)
        name.setObjectName("EngagementName")
        name.setFont(style.scaled_font(self, 1.75, weight=QFont.Weight.Bold))
        name.setWordWrap(True)
        left.addWidget(name)
        facts = []
        if engagement.client:
            facts.append(self.tr("Client: %1").replace("%1", engagement.client))
        period = period_text(engagement.period_start, engagement.period_end)
        if period:
            facts.append(period)
        if engagement.consultant:
            facts.append(self.tr("Consultant: %1").replace("%1", engagement.consultant))
        if facts:
            left.addWidget(muted_label("   ·   ".join(facts), factor=1.05))
        row.addLayout(left, 1)
        for number, label in (
            (data.checks, self.tr("Checks")),
            (data.photos, self.tr("Photos")),
            (data.findings_total, self.tr("Findings")),
            (data.open_actions_total, self.tr("Open actions")),
        ):
            row.addLayout(self._figure(number, label))
        return row

    def _figure(self, number: int, label: str) -> QVBoxLayout:
        box = QVBoxLayout()
        box.setSpacing(0)
        value = QLabel(str(number))
        value.setFont(style.scaled_font(self, 1.6, weight=QFont.Weight.DemiBold))
        value.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.addWidget(value)
        caption = muted_label(label, factor=0.92)
        caption.setAlignment(Qt.AlignmentFlag.AlignRight)
        box.addWidget(caption)
        return box

    def _subjects(self, data: Overview) -> QWidget:
        holder = QWidget()
        grid = QGridLayout(holder)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setSpacing(16)
        if not data.subjects:
            card = Card(self.tr("Own company and competitors"))
            card.add(EmptyState(
                self.tr("No subjects yet"),
                self.tr("Add the own company and its key competitors on the Engagement screen.")))
            grid.addWidget(card, 0, 0)
            return holder
        for i, subject in enumerate(data.subjects):
            grid.addWidget(self._subject_card(subject), i // CARDS_PER_ROW, i % CARDS_PER_ROW)
        for column in range(min(len(data.subjects), CARDS_PER_ROW)):
            grid.setColumnStretch(column, 1)
        return holder

    def _subject_card(self, subject: SubjectSummary) -> Card:
        card = Card(highlight=style.accent() if subject.own else None)
        card.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        head = QHBoxLayout()
        name = QLabel(subject.name)
        name.setFont(style.scaled_font(self, 1.05, weight=QFont.Weight.DemiBold))
        name.setWordWrap(True)
        head.addWidget(name, 1)
        if subject.own:
            head.addWidget(Pill(self.tr("Own company"), style.accent(), solid=True),
                           0, Qt.AlignmentFlag.AlignTop)
        else:
            head.addWidget(Pill(self.tr("Competitor"), style.GREY), 0, Qt.AlignmentFlag.AlignTop)
        card.body.addLayout(head)
        score = subject.score
        value = score.value if score else None
        colour = style.score_colour(value)
        figure = QHBoxLayout()
        figure.setSpacing(6)
        figure.addWidget(coloured_label(score_text(value), colour, factor=2.6, bold=True),
                         0, Qt.AlignmentFlag.AlignBottom)
        if value is not None:
            out_of = muted_label("/ 100", factor=0.95)
            figure.addWidget(out_of, 0, Qt.AlignmentFlag.AlignBottom)
        figure.addStretch(1)
        if score and score.critical_failures:
            warning = coloured_label(
                "⚠ " + self.tr("%n critical failure(s)", "", score.critical_failures),
                style.RED, factor=0.92, bold=True)
            warning.setToolTip(self.tr("Failed critical criteria"))
            figure.addWidget(warning, 0, Qt.AlignmentFlag.AlignBottom)
        card.body.addLayout(figure)
        card.add(Meter((value or 0) / 100, colour, height=6))
        if score is not None and score.n:
            caption = self.tr("n = %n check(s)", "", score.n)
        elif subject.checks:
            caption = self.tr("%n check(s), nothing scored yet", "", subject.checks)
        else:
            caption = self.tr("No checks yet")
        card.add(muted_label(caption, factor=0.92))
        return card

    def _coverage(self, data: Overview) -> Card:
        card = Card(self.tr("Fieldwork coverage"))
        if not data.coverage_required:
            card.add(EmptyState(
                self.tr("Nothing required yet"),
                self.tr("Set the required number of checks in a checklist (Checklists) to "
                        "follow the fieldwork here.")))
            card.body.addStretch(1)
            return card
        share = data.coverage_share or 0.0
        colour = style.score_colour(share * 100)
        figure = QHBoxLayout()
        figure.addWidget(coloured_label(f"{format_fixed(share_done(share) * 100)} %", colour, factor=2.3,
                                        bold=True), 0, Qt.AlignmentFlag.AlignBottom)
        figure.addStretch(1)
        card.body.addLayout(figure)
        card.add(Meter(share, colour, height=10))
        card.add(muted_label(
            self.tr("%1 of %2 required checks done").replace("%1", str(data.coverage_done))
            .replace("%2", str(data.coverage_required))))
        missing = data.coverage_required - data.coverage_done
        if missing:
            card.add(muted_label(self.tr("%n check(s) still to do", "", missing)))
        else:
            card.add(coloured_label(self.tr("The fieldwork is complete"), style.GREEN))
        card.body.addStretch(1)
        return card

    def _weakest(self, data: Overview) -> Card:
        subtitle = self.tr("own company") if data.weakest_of_own else self.tr("all subjects")
        card = Card(self.tr("Weakest touchpoints"), subtitle)
        if not data.weakest:
            card.add(EmptyState(self.tr("No checks yet"),
                                self.tr("Run a check from Checks: the touchpoints that score "
                                        "lowest will show here.")))
            card.body.addStretch(1)
            return card
        pill_font = style.scaled_font(self, 0.86, weight=QFont.Weight.DemiBold)
        name_font = style.scaled_font(self, 1.0, weight=QFont.Weight.DemiBold)
        bold = style.scaled_font(self, 1.0, bold=True)
        muted = style.muted()
        rows = []
        for item in data.weakest:
            row = [PillCell(score_text(item.value), style.score_colour(item.value), pill_font,
                            solid=True, minimum_width=40),
                   TextCell(item.name, name_font, self.palette().color(QPalette.ColorRole.WindowText)),
                   TextCell(item.stage, self.font(), muted),
                   STRETCH]
            if item.critical_failures:
                row.append(TextCell("⚠ " + str(item.critical_failures), bold, style.RED))
            row.append(TextCell(self.tr("n = %1").replace("%1", str(item.n)), self.font(), muted))
            rows.append(row)
        card.add(RowList(rows, spacing=10))
        card.body.addStretch(1)
        return card

    def kind_labels(self) -> dict[str, str]:
        return {
            "failure": self.tr("Failure"),
            "weak_spot": self.tr("Weak spot"),
            "strength": self.tr("Strength"),
            "best_practice_comfort": self.tr("Comfort"),
            "best_practice_wow": self.tr("Wow"),
        }

    def _findings(self, data: Overview) -> Card:
        card = Card(self.tr("Newest findings"),
                    self.tr("%n in all", "", data.findings_total) if data.findings_total else "")
        if not data.findings:
            card.add(EmptyState(self.tr("No findings yet"),
                                self.tr("Record failures, strengths and best practices in "
                                        "Findings.")))
            card.body.addStretch(1)
            return card
        labels = self.kind_labels()
        pill_font = style.scaled_font(self, 0.86, weight=QFont.Weight.DemiBold)
        metrics = QFontMetrics(pill_font)
        width = max(metrics.horizontalAdvance(t) for t in labels.values()) + 20
        card.add(RowList([
            [PillCell(labels.get(finding.kind, finding.kind),
                      style.FINDING_COLOURS.get(finding.kind, style.GREY), pill_font,
                      fixed_width=width),
             LinesCell(finding.title, finding.subject, self.font())]
            for finding in data.findings], spacing=12))
        card.body.addStretch(1)
        return card

    def _actions(self, data: Overview) -> Card:
        subtitle = ""
        if data.open_actions_total:
            subtitle = self.tr("%n open", "", data.open_actions_total)
        card = Card(self.tr("Open actions"), subtitle)
        if not data.actions:
            card.add(EmptyState(self.tr("No open actions"),
                                self.tr("Plan what to change, with an owner and a due date, "
                                        "in Actions.")))
            card.body.addStretch(1)
            return card
        pill_font = style.scaled_font(self, 0.86, weight=QFont.Weight.DemiBold)
        rows = []
        for action in data.actions:
            row = [LinesCell(action.title, action.owner, self.font())]
            if action.due_date:
                due = date_text(action.due_date)
                if action.overdue:
                    row.append(PillCell(self.tr("overdue · %1").replace("%1", due), style.RED,
                                        pill_font))
                else:
                    row.append(TextCell(due, self.font(), style.muted(), top=True))
            rows.append(row)
        card.add(RowList(rows, spacing=12))
        card.body.addStretch(1)
        return card

    def _no_engagement(self, layout: QVBoxLayout) -> None:
        layout.addStretch(1)
        card = Card()
        card.setMaximumWidth(560)
        headline = QLabel(self.tr("No engagement yet"))
        headline.setFont(style.scaled_font(self, 1.5, weight=QFont.Weight.Bold))
        card.add(headline)
        hint = muted_label(self.tr(
            "An engagement is one audit of one client: its own company and competitors, "
            "journey maps, checklists, checks, findings and actions. Create one "
            "(Engagement → New engagement…) or open the sample engagement "
            "(File → Open the sample engagement…)."))
        hint.setWordWrap(True)
        card.add(hint)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for action_name, text in (("add_sample", self.tr("Open the sample engagement")),
                                  ("new_engagement", self.tr("New engagement…"))):
            action = getattr(getattr(self.window(), "menus", None), action_name, None)
            button = QPushButton(text)
            button.setEnabled(action is not None and self.context.ws is not None)
            if action is not None:
                button.clicked.connect(action.trigger)
            buttons.addWidget(button)
        card.body.addLayout(buttons)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(card, 2)
        row.addStretch(1)
        layout.addLayout(row)
