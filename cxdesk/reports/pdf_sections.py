"""The PDF report's opening sections: cover, contents, executive summary, the journey map, results
per stage and touchpoint, and the comparison with competitors."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    NextPageTemplate,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from cxdesk.reports.labels import Labels
from cxdesk.reports.pdf_charts import score_bar_charts
from cxdesk.reports.pdf_data import ReportData
from cxdesk.reports.pdf_photos import PhotoSource
from cxdesk.reports.pdf_style import (
    ACCENT,
    ACCENT_LIGHT,
    BAD,
    CONTENT_W,
    GOOD,
    MUTED,
    RULE,
    Pagination,
    Styles,
    contents,
    data_table,
    esc,
    heading,
    markup,
    p,
)
from cxdesk.reports.queries import ReportSubject, ScoreRow
from cxdesk.rounding import round_half_away
from cxdesk.scoring import Score


@dataclass
class Context:
    """What every section needs while one layout pass runs."""

    data: ReportData
    t: Labels
    styles: Styles
    photos: PhotoSource
    known: Pagination
    map_pngs: dict[str, Path] = field(default_factory=dict)  # map id -> its picture
    logo: Path | None = None
    all_photos: bool = False
    tick: Callable[[], None] = field(default=lambda: None)

    @property
    def subjects(self) -> list[ReportSubject]:
        return self.data.subjects


def score_text(score: Score | None, t: Labels, *, with_n: bool = True) -> str:
    """'78 (n 12)' with a ⚠ count for critical failures; '–' for no data (markup)."""
    if score is None or score.value is None:
        return "<font color='#6b7785'>–</font>"
    text = f"<b>{t.score(score.value)}</b>"
    if with_n:
        text += f" <font size='6.5' color='#6b7785'>n {score.n}</font>"
    if score.critical_failures:
        text += f" <font color='#c62828'>⚠{score.critical_failures}</font>"
    return text


def difference_text(diff: float | None, threshold: float, t: Labels) -> str:
    if diff is None:
        return "<font color='#6b7785'>–</font>"
    sign = "+" if round_half_away(diff) > 0 else ""
    number = f"{sign}{t.number(diff, 0)}"
    if diff >= threshold:
        return f"<font color='#{GOOD.hexval()[2:]}'><b>{number}</b></font>"
    if diff <= -threshold:
        return f"<font color='#{BAD.hexval()[2:]}'><b>{number}</b></font>"
    return number


# -- cover and contents ------------------------------------------------------------------------
def cover(ctx: Context) -> list[Flowable]:
    t, s, header = ctx.t, ctx.styles, ctx.data.header
    eng = header.engagement
    out: list[Flowable] = [NextPageTemplate("page"), Spacer(1, 22 * mm)]
    if ctx.logo is not None:
        logo = Image(str(ctx.logo))
        scale = min(60 * mm / logo.imageWidth, 25 * mm / logo.imageHeight, 1.0)
        logo.drawWidth, logo.drawHeight = logo.imageWidth * scale, logo.imageHeight * scale
        logo.hAlign = "LEFT"
        out += [logo, Spacer(1, 14 * mm)]
    else:
        out.append(Spacer(1, 20 * mm))
    out += [markup(esc(t("report_title")).upper(), s.small), Spacer(1, 3 * mm),
            p(eng.name, s.cover_title), p(t("report_subtitle"), s.cover_sub)]
    rows = [(t("client"), eng.client), (t("engagement"), eng.name),
            (t("period"), t.period(eng.period_start, eng.period_end)),
            (t("consultant"), eng.consultant)]
    if header.location is not None:
        rows.insert(1, (t("location"), header.location.name + (
            f", {header.location.address}" if header.location.address else "")))
    rows.append((t("companies"), ", ".join(
        x.name + (f" ({t('own')})" if x.own else "") for x in header.subjects)))
    rows.append((t("checks"), str(header.checks) if header.checks else ""))
    rows.append((t("prepared_on"), t.date(ctx.data.today)))
    table = Table([[p(k, s.small), p(v, s.body)] for k, v in rows if v],
                  colWidths=[40 * mm, CONTENT_W - 40 * mm], hAlign="LEFT")
    table.setStyle(TableStyle([("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                               ("LINEBELOW", (0, 0), (-1, -1), 0.3, RULE),
                               ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                               ("TOPPADDING", (0, 0), (-1, -1), 5),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
                               ("LEFTPADDING", (0, 0), (0, -1), 0)]))
    out += [Spacer(1, 30 * mm), table, PageBreak()]
    return out


def contents_page(ctx: Context) -> list[Flowable]:
    out: list[Flowable] = [markup(esc(ctx.t("contents")), ctx.styles.h1), Spacer(1, 4 * mm)]
    return out + contents(ctx.known.entries) + [PageBreak()]


# -- executive summary -------------------------------------------------------------------------
def _figure_box(value: str, caption: str, s: Styles, width: float) -> Table:
    box = Table([[markup(value, s.figure)], [p(caption, s.figure_label)]], colWidths=[width])
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                             ("TOPPADDING", (0, 0), (-1, -1), 6),
                             ("BOTTOMPADDING", (0, 0), (-1, -1), 6)]))
    return box


def summary(ctx: Context) -> list[Flowable]:
    t, s, data = ctx.t, ctx.styles, ctx.data
    out = heading(t("summary"), s)
    subjects = ctx.subjects[:4]
    if subjects:
        gap = 4 * mm
        width = (CONTENT_W - gap * (len(subjects) - 1)) / len(subjects)
        boxes: list = []
        for i, subject in enumerate(subjects):
            score = data.table.subjects.get(subject.id)
            value = t.score(score.value) if score and score.value is not None else "–"
            caption = subject.name + (f" ({t('own')})" if subject.own else "")
            if score:
                caption += f"\nn = {score.n}"
            boxes.append(_figure_box(esc(value), caption, s, width))
            if i < len(subjects) - 1:
                boxes.append("")
        widths = []
        for i in range(len(subjects)):
            widths.append(width)
            if i < len(subjects) - 1:
                widths.append(gap)
        row = Table([boxes], colWidths=widths, hAlign="LEFT")
        row.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
        out += [markup(esc(t("overall")), s.h3), row, Spacer(1, 2 * mm),
                p(t("score_note"), s.small)]
    if data.table.stages:
        out += [markup(esc(t("by_stage")), s.h3), stage_table(ctx)]
    if data.failures:
        rows = [[p(t("criterion"), s.head), p(t("stage"), s.head),
                 p(t("failed_share"), s.head_right)]]
        for f in data.failures:
            crit = esc(f.criterion) + (" <font color='#c62828'>⚠</font>" if f.critical else "")
            rows.append([markup(crit, s.cell), p(f.stage or f.touchpoint, s.cell),
                         p(f"{f.failed}/{f.scored} · {t.percent(f.rate)}", s.cell_right)])
        title = f"{t('top_failures')} — {data.header.own.name}" if data.header.own else ""
        out += [KeepTogether([p(title, s.h3),
                              data_table(rows, [95 * mm, 48 * mm, CONTENT_W - 143 * mm])])]
    practices = [f for f in data.findings if f.kind.startswith("best_practice")][:5]
    if practices:
        items = [markup(f"• <b>{esc(f.title)}</b> <font color='#6b7785'>— "
                        f"{esc(f.subject)}{' · ' + esc(f.touchpoint) if f.touchpoint else ''}"
                        "</font>", s.body) for f in practices]
        out += [KeepTogether([markup(esc(t("top_practices")), s.h3), *items])]
    return out


def stage_table(ctx: Context) -> Table:
    t, s, data = ctx.t, ctx.styles, ctx.data
    subjects = ctx.subjects
    name_w = 55 * mm
    col = (CONTENT_W - name_w) / max(len(subjects), 1)
    rows = [[p(t("stage"), s.head)] + [
        p(x.name + (f" ({t('own')})" if x.own else ""), s.head_right) for x in subjects]]
    for stage in data.table.stages:
        rows.append([p(stage.name, s.cell_bold)] + [
            markup(score_text(stage.scores.get(x.id), t), s.cell_right) for x in subjects])
    return data_table(rows, [name_w] + [col] * len(subjects))


# -- the journey map ---------------------------------------------------------------------------
def journey_map(ctx: Context) -> list[Flowable]:
    """Every journey map of the engagement, each under its own heading (in the contents) with
    its picture fitted to the page; a map whose picture could not be drawn says so."""
    t, s = ctx.t, ctx.styles
    out = heading(t("map"), s)
    if not ctx.data.maps:
        return out + [p(t("map_missing"), s.body)]
    for i, (map_id, name) in enumerate(ctx.data.maps):
        out += heading(name, s, level=1, key=f"map-{map_id}")
        note = [Spacer(1, 3 * mm), p(t("score_note"), s.small)] \
            if i == len(ctx.data.maps) - 1 else [Spacer(1, 3 * mm)]
        png = ctx.map_pngs.get(map_id)
        if png is None or not png.exists():
            out.append(KeepTogether([p(t("map_unavailable"), s.body), *note]))
            continue
        picture = Image(str(png))
        scale = min(CONTENT_W / picture.imageWidth, 200 * mm / picture.imageHeight)
        picture.drawWidth = picture.imageWidth * scale
        picture.drawHeight = picture.imageHeight * scale
        out.append(KeepTogether([picture, *note]))
    return out


# -- results per stage and touchpoint ----------------------------------------------------------
def results(ctx: Context) -> list[Flowable]:
    t, s, data = ctx.t, ctx.styles, ctx.data
    out = heading(t("results"), s)
    subjects = ctx.subjects
    if not data.table.stages:
        return out + [p(t("nothing_recorded"), s.body)]
    charts = score_bar_charts(
        [st.name for st in data.table.stages],
        [(x.name, [(st.scores.get(x.id).value if st.scores.get(x.id) else None)
                   for st in data.table.stages]) for x in subjects], t)
    out += [markup(esc(t("by_stage")), s.h3), *charts, Spacer(1, 4 * mm)]
    for stage in data.table.stages:
        points = [tp for tp in data.table.touchpoints if tp.stage_id == stage.id]
        if not points:
            continue
        block: list[Flowable] = [*score_bar_charts([tp.name for tp in points], [
            (x.name, [(tp.scores.get(x.id).value if tp.scores.get(x.id) else None)
                      for tp in points]) for x in subjects], t)]
        name_w = 62 * mm
        col = (CONTENT_W - name_w) / max(len(subjects), 1)
        rows = [[p(t("touchpoint"), s.head)] + [p(x.name, s.head_right) for x in subjects]]
        for tp in points:
            rows.append([p(tp.name, s.cell)] + [
                markup(score_text(tp.scores.get(x.id), t), s.cell_right) for x in subjects])
        block += [Spacer(1, 2 * mm), data_table(rows, [name_w] + [col] * len(subjects)),
                  Spacer(1, 2 * mm)]
        out += heading(stage.name, s, level=1) + [KeepTogether(block)]
    return out


# -- comparison --------------------------------------------------------------------------------
def comparison(ctx: Context) -> list[Flowable]:
    t, s, data = ctx.t, ctx.styles, ctx.data
    out = heading(t("comparison"), s)
    own, rivals = data.header.own, data.header.competitors
    if own is None or not rivals:
        return out + [p(t("nothing_recorded"), s.body)]
    out.append(p(t("threshold_note", t.number(data.threshold, 0)), s.small))
    name_w = 58 * mm
    col = (CONTENT_W - name_w - 22 * mm) / len(rivals)
    head = [p(t("stage") + " / " + t("touchpoint"), s.head),
            p(own.name, s.head_right)] + [p(f"{r.name}\n{t('difference')}", s.head_right)
                                          for r in rivals]
    rows: list[list] = [head]
    bold_rows = []
    for stage in data.table.stages:
        bold_rows.append(len(rows))
        rows.append(_versus_row(stage, own.id, rivals, data.threshold, t, s, s.cell_bold))
        for tp in (x for x in data.table.touchpoints if x.stage_id == stage.id):
            rows.append(_versus_row(tp, own.id, rivals, data.threshold, t, s, s.cell))
    extra = [("BACKGROUND", (0, i), (-1, i), ACCENT_LIGHT) for i in bold_rows]
    out.append(data_table(rows, [name_w, 22 * mm] + [col] * len(rivals), zebra=False,
                          extra=extra))
    out.append(Spacer(1, 2 * mm))
    out.append(markup(f"<font color='#{MUTED.hexval()[2:]}'>"
                      f"<font color='#{GOOD.hexval()[2:]}'>●</font> {esc(t('advantage'))}  "
                      f"<font color='#{BAD.hexval()[2:]}'>●</font> {esc(t('disadvantage'))}"
                      "</font>", s.small))
    return out


def _versus_row(row: ScoreRow, own_id: str, rivals: list[ReportSubject], threshold: float,
                t: Labels, s: Styles, style: ParagraphStyle) -> list[Paragraph]:
    cells = [p(row.name, style), markup(score_text(row.scores.get(own_id), t), s.cell_right)]
    for rival in rivals:
        diff = row.difference(own_id, rival.id)
        cells.append(markup(f"{score_text(row.scores.get(rival.id), t, with_n=False)}"
                            f"  <font size='7'>{difference_text(diff, threshold, t)}</font>",
                            s.cell_right))
    return cells
