"""Competitor comparison: per stage and touchpoint, the own company's score against each
competitor's, the difference coloured where it reaches the threshold (green: our advantage,
red: our disadvantage), and per competitor the lists of our advantages and disadvantages."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDoubleSpinBox,
    QHeaderView,
    QLabel,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from cxdesk.comparison import ADVANTAGE, DISADVANTAGE, Comparison, Row, comparison
from cxdesk.rounding import format_fixed
from ui.commands import execute
from ui.context import CHECKS, MAPS, SUBJECTS, TEMPLATES
from ui.finding_commands import COMPARISON, ThresholdCommand
from ui.views.base import View
from ui.views.kit import (
    BAD,
    GOOD,
    Header,
    Page,
    flat_headers,
    fmt_score,
    scaled_font,
    score_tone,
    tone_color,
    tone_fill,
    vbox,
)

VERDICT_TONES = {ADVANTAGE: GOOD, DISADVANTAGE: BAD}


def _signed(value: float | None) -> str:
    return "" if value is None else format_fixed(value, sign=True).replace("-", "−")


class ComparisonView(View):
    name = "comparison"
    topics = frozenset({CHECKS, TEMPLATES, SUBJECTS, MAPS, COMPARISON})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        self.threshold_label = QLabel(self.tr("Call out from"))
        self.threshold = QDoubleSpinBox()
        self.threshold.setRange(0, 100)
        self.threshold.setDecimals(0)
        self.threshold.setSingleStep(1)
        self.threshold.setSuffix(self.tr(" points"))
        self.threshold.setToolTip(self.tr("A difference of at least this many points is an "
                                          "advantage or a disadvantage"))
        self.threshold.valueChanged.connect(self._threshold_changed)
        self.header.tools.addWidget(self.threshold_label)
        self.header.tools.addWidget(self.threshold)
        self.table = QTreeWidget()
        self.table.setRootIsDecorated(False)
        self.table.setIndentation(0)
        self.table.setUniformRowHeights(True)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("QTreeWidget::item { padding: 3px 6px; }")
        flat_headers(self.table)
        self.calls = QTreeWidget()
        self.calls.setHeaderHidden(True)
        self.calls.setColumnCount(2)
        self.calls.setIndentation(14)
        self.calls.header().setStretchLastSection(False)
        self.calls.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.calls.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self.table)
        splitter.addWidget(self.calls)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([700, 360])
        splitter.setContentsMargins(16, 0, 16, 12)
        self.page = Page(splitter, "⇄")
        layout = vbox(self)
        layout.addWidget(self.header)
        layout.addWidget(self.page, 1)
        self.data: Comparison | None = None
        self._filling = False

    def title(self) -> str:
        return self.tr("Comparison")

    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        self.threshold.setEnabled(bool(ws is not None and eid))
        if ws is None or not eid:
            self.data = None
            self.page.show_empty(self.tr("No engagement open"),
                                 self.tr("Choose an engagement to compare its subjects."))
            return
        self.data = comparison(ws, eid)
        self._filling = True
        self.threshold.setValue(self.data.threshold)
        self._filling = False
        if self.data.own is None or not self.data.competitors:
            self.page.show_empty(
                self.tr("Nothing to compare yet"),
                self.tr("The comparison sets the own company against its competitors: add "
                        "the own company and at least one competitor to the engagement."))
            return
        if not self.data.rows:
            self.page.show_empty(
                self.tr("No scores yet"),
                self.tr("Scores come from the checks: once checks of the own company and of "
                        "competitors have answers, they are compared here per stage and "
                        "touchpoint."))
            return
        self.page.show_content()
        names = ", ".join(c.name for c in self.data.competitors)
        self.header.set_text(self.title(), self.tr("%1 against %2").replace(
            "%1", self.data.own.name).replace("%2", names))
        self._fill_table()
        self._fill_calls()

    # -- the table ------------------------------------------------------------------------
    def _fill_table(self) -> None:
        data = self.data
        pal = self.palette()
        labels = [self.tr("Stage › touchpoint"), data.own.name]
        for comp in data.competitors:
            labels += [comp.name, "Δ"]
        self.table.clear()
        self.table.setColumnCount(len(labels))
        self.table.setHeaderLabels(labels)
        bold = scaled_font(self.font(), 0, bold=True)
        for row in data.rows:
            cells = [row.name if row.level == "stage" else "    " + row.name,
                     self._score_text(row.own)]
            for comp in data.competitors:
                versus = row.versus[comp.id]
                cells += [self._score_text(versus.score), _signed(versus.difference)]
            item = QTreeWidgetItem(self.table, cells)
            item.setData(0, Qt.ItemDataRole.UserRole, row.id)
            for column in range(1, len(cells)):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight
                                      | Qt.AlignmentFlag.AlignVCenter)
            if row.level == "stage":
                for column in range(len(cells)):
                    item.setFont(column, bold)
            own_value = row.own.value if row.own else None
            item.setForeground(1, QBrush(tone_color(score_tone(own_value), pal)))
            for i, comp in enumerate(data.competitors):
                versus = row.versus[comp.id]
                column = 3 + 2 * i
                tone = VERDICT_TONES.get(versus.verdict)
                if tone:
                    item.setBackground(column, QBrush(tone_fill(tone, pal, 0.22)))
                    item.setForeground(column, QBrush(tone_color(tone, pal)))
                    item.setFont(column, bold)
                    word = (self.tr("our advantage") if versus.verdict == ADVANTAGE
                            else self.tr("our disadvantage"))
                    item.setToolTip(column, word)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, self.table.columnCount()):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _score_text(self, score) -> str:  # noqa: ANN001 - a Score or None
        if score is None or score.value is None:
            return "–"
        return self.tr("%1 (n=%2)").replace("%1", fmt_score(score.value)).replace(
            "%2", str(score.n))

    # -- what is called out -----------------------------------------------------------------
    def _fill_calls(self) -> None:
        data = self.data
        pal = self.palette()
        self.calls.clear()
        heading = scaled_font(self.font(), 1, bold=True)
        for comp in data.competitors:
            top = QTreeWidgetItem(self.calls, [self.tr("Against %1").replace("%1", comp.name),
                                               ""])
            top.setFont(0, heading)
            top.setFirstColumnSpanned(True)
            for verdict, rows, title in (
                    (ADVANTAGE, data.advantages(comp.id), self.tr("Our advantages (%n)", "",
                                                                   len(data.advantages(comp.id)))),
                    (DISADVANTAGE, data.disadvantages(comp.id),
                     self.tr("Our disadvantages (%n)", "", len(data.disadvantages(comp.id))))):
                group = QTreeWidgetItem(top, [title, ""])
                group.setForeground(0, QBrush(tone_color(VERDICT_TONES[verdict], pal)))
                group.setFont(0, scaled_font(self.font(), 0, bold=True))
                if not rows:
                    none = QTreeWidgetItem(group, [self.tr("none"), ""])
                    none.setForeground(0, self.palette().placeholderText())
                for row in rows:
                    self._call_item(group, row, comp.id, verdict)
            top.setExpanded(True)
            for i in range(top.childCount()):
                top.child(i).setExpanded(True)

    def _call_item(self, group: QTreeWidgetItem, row: Row, competitor_id: str,
                   verdict: str) -> None:
        versus = row.versus[competitor_id]
        own = fmt_score(row.own.value if row.own else None)
        item = QTreeWidgetItem(group, [row.label, f"{own} : {fmt_score(versus.value)}  "
                                                  f"{_signed(versus.difference)}"])
        item.setForeground(1, QBrush(tone_color(VERDICT_TONES[verdict], self.palette())))
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if row.level == "stage":
            item.setFont(0, scaled_font(self.font(), 0, bold=True))

    # -- the threshold ------------------------------------------------------------------------
    def _threshold_changed(self, value: float) -> None:
        if self._filling or self.context.ws is None or not self.context.engagement_id:
            return
        execute(ThresholdCommand(self.context, self.context.engagement_id, float(value),
                                 self.tr("Change comparison threshold")), self)
