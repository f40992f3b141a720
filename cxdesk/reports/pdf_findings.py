"""The PDF report's evidence-heavy sections: findings with their photos, best practices,
appearance, and (with ``all_photos``) every photo of the engagement."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from cxdesk.findings import FindingRow
from cxdesk.reports.pdf_data import BEST_PRACTICE_KINDS, PROBLEM_KINDS
from cxdesk.reports.pdf_photos import photo_grid
from cxdesk.reports.pdf_sections import Context
from cxdesk.reports.pdf_style import (
    ACCENT,
    BAD,
    CONTENT_W,
    GOOD,
    WARN,
    data_table,
    esc,
    heading,
    markup,
    p,
)

_KIND_COLOURS = {"failure": BAD, "weak_spot": WARN, "strength": GOOD,
                 "best_practice_comfort": ACCENT, "best_practice_wow": GOOD}


def _finding_block(ctx: Context, finding: FindingRow) -> list[Flowable]:
    t, s = ctx.t, ctx.styles
    colour = _KIND_COLOURS.get(finding.kind, ACCENT).hexval()[2:]
    meta = [f"<font color='#{colour}'><b>{esc(t(finding.kind))}</b></font>"]
    if finding.kind in PROBLEM_KINDS:
        meta.append(f"{esc(t('severity'))}: {esc(t(f'severity_{finding.severity}'))}")
    where = " · ".join(esc(v) for v in (finding.subject, finding.stage, finding.touchpoint) if v)
    if where:
        meta.append(where)
    if finding.category:
        meta.append(esc(t(finding.category)))
    text: list[Flowable] = [p(finding.title, s.h3), markup(" | ".join(meta), s.small)]
    if finding.description:
        text.append(p(finding.description, s.body))
    if finding.root_cause:
        text.append(markup(f"<b>{esc(t('root_cause'))}:</b> {esc(finding.root_cause)}", s.body))
    if finding.problem:
        text.append(markup(f"<b>{esc(t('problem'))}:</b> {esc(finding.problem)}", s.small))
    bar = Table([[part] for part in text], colWidths=[CONTENT_W])  # rows split across pages
    bar.setStyle(TableStyle([("LINEBEFORE", (0, 0), (0, -1), 2.5, _KIND_COLOURS.get(
        finding.kind, ACCENT)), ("LEFTPADDING", (0, 0), (-1, -1), 8),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    block: list[Flowable] = [bar, Spacer(1, 2 * mm)]
    photos = ctx.data.finding_photos.get(finding.id, [])
    if photos:
        grid = photo_grid([ph for ph, _ in photos], ctx.photos, t, s,
                          captions={ph.photo_id: cap for ph, cap in photos}, tick=ctx.tick)
        # the text keeps with its first row of photos
        return [KeepTogether(block + grid[:1]), *grid[1:], Spacer(1, 3 * mm)]
    return [KeepTogether(block), Spacer(1, 3 * mm)]


def findings(ctx: Context) -> list[Flowable]:
    t, s = ctx.t, ctx.styles
    out = heading(t("findings"), s)
    shown = [f for f in ctx.data.findings if f.kind in PROBLEM_KINDS]
    if not shown:
        return out + [p(t("nothing_recorded"), s.body)]
    for kind in PROBLEM_KINDS:
        group = [f for f in shown if f.kind == kind]
        if not group:
            continue
        out += heading(t(kind), s, level=1)
        for finding in group:
            out += _finding_block(ctx, finding)
    return out


def best_practices(ctx: Context) -> list[Flowable]:
    t, s = ctx.t, ctx.styles
    out = heading(t("best_practices"), s)
    shown = [f for f in ctx.data.findings if f.kind in BEST_PRACTICE_KINDS]
    if not shown:
        return out + [p(t("nothing_recorded"), s.body)]
    for kind in reversed(BEST_PRACTICE_KINDS):  # wow, comfort, then strengths
        group = [f for f in shown if f.kind == kind]
        if not group:
            continue
        out += heading(t(kind), s, level=1)
        for finding in group:
            out += _finding_block(ctx, finding)
    return out


def appearance(ctx: Context) -> list[Flowable]:
    t, s, data = ctx.t, ctx.styles, ctx.data
    out = heading(t("appearance"), s)
    premises = [f for f in data.findings if f.category == "premises"
                and f.kind in PROBLEM_KINDS]
    if not data.appearance and not premises:
        return out + [p(t("nothing_recorded"), s.body)]
    if data.appearance:
        subjects = ctx.subjects
        name_w = 80 * mm
        col = (CONTENT_W - name_w) / max(len(subjects), 1)
        rows = [[p(t("criterion"), s.head)] + [p(x.name, s.head_right) for x in subjects]]
        extra = []
        for i, row in enumerate(data.appearance, start=1):
            cells = [p(row.criterion, s.cell)]
            for j, x in enumerate(subjects, start=1):
                share, n = row.scores.get(x.id, (None, 0))
                if share is None:
                    cells.append(markup("<font color='#6b7785'>–</font>", s.cell_right))
                    continue
                cells.append(markup(f"<b>{esc(t.percent(share))}</b> "
                                    f"<font size='6.5' color='#6b7785'>n {n}</font>",
                                    s.cell_right))
                if share < 0.5:
                    extra.append(("TEXTCOLOR", (j, i), (j, i), BAD))
            rows.append(cells)
        out += [p(t("appearance_note"), s.small), Spacer(1, 2 * mm),
                data_table(rows, [name_w] + [col] * len(subjects), extra=extra)]
    if premises:
        out += heading(t("failure"), s, level=1)
        for finding in premises:
            out += _finding_block(ctx, finding)
    return out


def gallery(ctx: Context) -> list[Flowable]:
    """The photos behind failed criteria not shown with a finding already, or (``all_photos``)
    every photo in the report's scope, by subject and check."""
    t, s, data = ctx.t, ctx.styles, ctx.data
    if ctx.all_photos:
        out, photos = heading(t("gallery"), s), data.photos
    else:
        shown = {ph.photo_id for group in data.finding_photos.values() for ph, _ in group}
        photos = [ph for ph in data.photos
                  if ph.photo_id in data.failed_photo_ids and ph.photo_id not in shown]
        if not photos:
            return []
        out = heading(t("evidence_photos"), s)
    if not photos:
        return out + [p(t("nothing_recorded"), s.body)]
    return out + photo_grid(photos, ctx.photos, t, s, box_h=58 * mm, tick=ctx.tick)

