"""The PDF report's appendix: methodology (fieldwork dates, checks per company and method,
coverage against what was required) and the evidence index with each file's SHA-256 and
capture time."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Spacer, Table, TableStyle

from cxdesk.reports.pdf_photos import photo_flags
from cxdesk.reports.pdf_sections import Context
from cxdesk.reports.pdf_style import (
    ACCENT,
    CONTENT_W,
    FONT,
    data_table,
    esc,
    heading,
    markup,
    p,
)
from cxdesk.rounding import share_done

METHODS = ("visit", "call", "request", "test_purchase", "call_listening", "web_check")


def methodology(ctx: Context) -> list[Flowable]:
    t, s, data = ctx.t, ctx.styles, ctx.data
    header = data.header
    out = heading(t("appendix") + ": " + t("methodology"), s)
    out.append(p(t("methodology_text"), s.body))
    facts = [(t("period"), t.period(header.engagement.period_start, header.engagement.period_end)),
             (t("first_check"), t.datetime(header.first_check)),
             (t("last_check"), t.datetime(header.last_check)),
             (t("checks"), str(header.checks))]
    out.append(data_table([[p(k, s.cell_bold), p(v or "–", s.cell)] for k, v in facts],
                          [50 * mm, CONTENT_W - 50 * mm], header_rows=0))
    used = [m for m in METHODS if any(m in per for per in data.methods.values())]
    if header.subjects:
        out += [markup(esc(t("checks")), s.h3), _checks_table(ctx, used)]
    if header.location is not None:
        out.append(p(t("coverage_of_location"), s.small))
    gaps = [c for c in data.coverage if c.done < c.required]
    if gaps:
        rows = [[p(t("stage"), s.head), p(t("touchpoint"), s.head), p(t("subject"), s.head),
                 p(t("checks"), s.head_right), p(t("required"), s.head_right)]]
        for c in gaps[:60]:
            rows.append([p(c.stage, s.cell), p(c.touchpoint, s.cell), p(c.subject, s.cell),
                         p(c.done, s.cell_right), p(c.required, s.cell_right)])
        if len(gaps) > 60:
            rows.append([p(t("more_rows", len(gaps) - 60), s.cell), "", "", "", ""])
        out += [CondPageBreak(40 * mm), p(t("coverage_gaps"), s.h3),
                data_table(rows, [38 * mm, 54 * mm, 42 * mm, 19 * mm, CONTENT_W - 153 * mm])]
    return out


def _checks_table(ctx: Context, used: list[str]) -> Table:
    """Methods down, companies across: checks per method, all checks, coverage."""
    t, s, data = ctx.t, ctx.styles, ctx.data
    subjects = data.header.subjects
    name_w = 50 * mm
    col = (CONTENT_W - name_w) / len(subjects)
    rows = [[p(t("method"), s.head)] + [p(x.name, s.head_right) for x in subjects]]
    for method in used:
        rows.append([p(t(method), s.cell)] + [
            p(data.methods.get(x.id, {}).get(method, 0), s.cell_right) for x in subjects])
    rows.append([p(t("checks"), s.cell_bold)]
                + [markup(f"<b>{x.checks}</b>", s.cell_right) for x in subjects])
    cover = []
    for x in subjects:
        cells = [c for c in data.coverage if c.subject_id == x.id]
        done = sum(min(c.done, c.required) for c in cells)
        required = sum(c.required for c in cells)
        share = t.percent(share_done(done / required)) if required else "–"
        cover.append(p(f"{done}/{required} · {share}", s.cell_right))
    rows.append([p(t("coverage"), s.cell_bold)] + cover)
    table = data_table(rows, [name_w] + [col] * len(subjects))
    table.setStyle(TableStyle([("LINEABOVE", (0, len(rows) - 2), (-1, len(rows) - 2), 0.8,
                                ACCENT)]))
    return table


def evidence_index(ctx: Context) -> list[Flowable]:
    t, s, data = ctx.t, ctx.styles, ctx.data
    out = heading(t("appendix") + ": " + t("evidence_index"), s)
    if not data.photos:
        return out + [p(t("nothing_recorded"), s.body)]
    out += [p(t("sha_note"), s.small), Spacer(1, 2 * mm)]
    rows = [[p("#", s.head), p(t("file") + " / " + t("sha256"), s.head),
             p(t("capture_time"), s.head), p(t("subject") + " / " + t("location"), s.head),
             p(t("flags"), s.head)]]
    for i, photo in enumerate(data.photos, start=1):
        sha = f"<font name='{FONT}' size='6'>{photo.sha256[:32]}<br/>{photo.sha256[32:]}</font>"
        rows.append([
            p(i, s.cell), markup(f"{esc(photo.file_name or photo.photo_id)}<br/>{sha}", s.cell),
            p(t.datetime(photo.captured_at) or "–", s.cell),
            p(" · ".join(v for v in (photo.subject, photo.location) if v), s.cell),
            markup("<font color='#a15c00'>" + esc(", ".join(photo_flags(photo, t)))
                   + "</font>", s.cell),
        ])
    out.append(data_table(rows, [9 * mm, 62 * mm, 26 * mm, 45 * mm, CONTENT_W - 142 * mm]))
    return out
