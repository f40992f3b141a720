"""Charts of the PDF report (reportlab.graphics, vector): horizontal grouped bars of 0–100
scores, one bar per company, so that long stage and touchpoint names stay readable."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.pdfbase import pdfmetrics

from cxdesk.reports.labels import Labels
from cxdesk.reports.pdf_style import CONTENT_W, FONT, INK, MUTED, RULE, SERIES

LABEL_W = 150.0  # room for the category names on the left
BAR_H = 7.0


def _short(text: str, width: float, size: float) -> str:
    if pdfmetrics.stringWidth(text, FONT, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text + "…"


def score_bars(categories: Sequence[str], series: Sequence[tuple[str, Sequence[float | None]]],
               t: Labels, *, width: float = CONTENT_W) -> Drawing:
    """Bars of each series' score (None: no bar) per category, with value labels and a
    legend. Series are (name, values aligned with categories); the first is the own company."""
    n_cat, n_ser = max(len(categories), 1), max(len(series), 1)
    group_h = n_ser * BAR_H + 8
    legend_h = 16 if len(series) > 1 else 0
    plot_h = n_cat * group_h
    height = plot_h + 22 + legend_h
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_W, 16
    chart.width, chart.height = width - LABEL_W - 24, plot_h
    # reportlab draws the first category at the bottom: reverse so the journey reads top-down
    chart.data = [[(v if v is not None else 0) for v in reversed(values)]
                  for _, values in series] or [[0]]
    chart.categoryAxis.categoryNames = [_short(c, LABEL_W - 10, 7.5) for c in reversed(categories)]
    chart.categoryAxis.labels.fontName = FONT
    chart.categoryAxis.labels.fontSize = 7.5
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -4
    chart.categoryAxis.strokeColor = RULE
    chart.categoryAxis.tickLeft = 0
    chart.valueAxis.valueMin, chart.valueAxis.valueMax, chart.valueAxis.valueStep = 0, 100, 20
    chart.valueAxis.labels.fontName = FONT
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = MUTED
    chart.valueAxis.strokeColor = RULE
    chart.valueAxis.visibleGrid = 1
    chart.valueAxis.gridStrokeColor = RULE
    chart.valueAxis.gridStrokeWidth = 0.3
    chart.barWidth = BAR_H
    chart.groupSpacing = 8
    chart.barSpacing = 0.5
    chart.barLabelFormat = lambda v: t.score(v) if v else ""
    chart.barLabels.fontName = FONT
    chart.barLabels.fontSize = 6.5
    chart.barLabels.fillColor = INK
    chart.barLabels.boxAnchor = "w"
    chart.barLabels.dx = 2
    for i in range(len(chart.data)):
        chart.bars[i].fillColor = SERIES[i % len(SERIES)]
        chart.bars[i].strokeColor = None
    drawing.add(chart)
    if not any(v is not None for _, values in series for v in values):
        drawing.add(String(width / 2, plot_h / 2, t("no_data"), fontName=FONT, fontSize=8,
                           fillColor=MUTED, textAnchor="middle"))
    if len(series) > 1:
        legend = Legend()
        legend.x, legend.y = LABEL_W, height - 4
        legend.fontName, legend.fontSize = FONT, 7.5
        legend.alignment = "right"
        legend.columnMaximum = 1
        legend.dxTextSpace = 4
        legend.dx = legend.dy = 7
        legend.strokeColor = None
        step = (width - LABEL_W) / len(series)
        legend.deltax = step
        legend.colorNamePairs = [(SERIES[i % len(SERIES)], _short(name, step - 16, 7.5))
                                 for i, (name, _) in enumerate(series)]
        drawing.add(legend)
    return drawing


#: The tallest chart drawn in one piece (a page's frame is about 720 pt high).
MAX_CHART_H = 520.0


def score_bar_charts(categories: Sequence[str],
                     series: Sequence[tuple[str, Sequence[float | None]]], t: Labels, *,
                     width: float = CONTENT_W) -> list[Drawing]:
    """``score_bars``, cut into several charts of consecutive categories when one chart would
    be taller than a page (a drawing cannot split across pages)."""
    group_h = max(len(series), 1) * BAR_H + 8
    per = max(1, int((MAX_CHART_H - 40) // group_h))
    return [score_bars(categories[i:i + per], [(name, values[i:i + per])
                                               for name, values in series], t, width=width)
            for i in range(0, max(len(categories), 1), per)]
