"""The PDF report's sections about people: the voice of the customer (NPS, CES, liked/disliked),
incidents and problems, employees and trainings, and the action plan."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from cxdesk.feedback import SMALL_SAMPLE
from cxdesk.nps import Nps
from cxdesk.reports.labels import Labels
from cxdesk.reports.pdf_sections import Context
from cxdesk.reports.pdf_style import (
    ACCENT_LIGHT,
    BAD,
    CONTENT_W,
    LATE_BG,
    data_table,
    esc,
    heading,
    markup,
    p,
)
from cxdesk.rounding import round_half_away

#: Below this share of invited customers answering, the sample is called out.
LOW_RESPONSE_RATE = 0.3


def nps_text(value: Nps | None, t: Labels) -> str:
    if value is None:
        return "<font color='#6b7785'>–</font>"
    sign = "+" if round_half_away(value.value) > 0 else ""  # +0.4 shows as 0, not +0
    return (f"<b>{sign}{esc(t.number(value.value, 0))}</b> "
            f"<font size='6.5' color='#6b7785'>{esc(t('margin', t.number(value.margin, 0)))}"
            f" · n {value.n}</font>")


def sample_warnings(ctx: Context) -> list[str]:
    """What makes the headline figure unreliable, in words for the reader."""
    t, report = ctx.t, ctx.data.feedback
    if report is None:
        return []
    summary, warnings = report.summary, []
    if summary.nps is not None and summary.nps.n < SMALL_SAMPLE:
        warnings.append(t("warn_small", summary.nps.n))
    if summary.self_selected:
        warnings.append(t("warn_self"))
    for sample in summary.samples:
        rate = sample.response_rate
        if rate is not None and rate < LOW_RESPONSE_RATE:
            warnings.append(f"{sample.name}: " + t("warn_rate", t.percent(rate)))
    if summary.unknown_sampling:
        warnings.append(t("warn_unknown"))
    return warnings


def _scope_note(ctx: Context) -> list[Flowable]:
    """A location's report says whose figures these are: responses carry no location."""
    t, data = ctx.t, ctx.data
    if data.voice_scope == "engagement":
        return []
    if data.voice_scope == "none":
        return [markup(esc(t("voice_no_subject")), ctx.styles.warning)]
    location = data.header.location
    owner = location.subject_id if location is not None else None
    name = next((x.name for x in data.subjects if x.id == owner), "")
    return [markup(esc(t("voice_of_subject", name)), ctx.styles.warning)]


def voice(ctx: Context) -> list[Flowable]:
    t, s, report = ctx.t, ctx.styles, ctx.data.feedback
    out = heading(t("voice"), s) + _scope_note(ctx)
    if ctx.data.voice_scope == "none":
        return out
    if report is None or not report.responses:
        return out + [p(t("nothing_recorded"), s.body)]
    summary = report.summary
    head = summary.nps
    figures = [[markup(nps_text(head, t), s.body), markup(
        f"<b>{esc(t.number(summary.ces_mean, 1))}</b> <font size='6.5' color='#6b7785'>/ 7"
        "</font>", s.body)]]
    if head is not None:
        parts = [(t("promoters"), head.promoters), (t("passives"), head.passives),
                 (t("detractors"), head.detractors)]
        figures.append([p(" · ".join(f"{k}: {v} ({t.percent(v / head.n)})" for k, v in parts),
                          s.small), ""])
    box = Table([[p(t("nps"), s.cell_bold), p(t("ces"), s.cell_bold)], *figures],
                colWidths=[CONTENT_W * 0.65, CONTENT_W * 0.35], hAlign="LEFT")
    box.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), ACCENT_LIGHT),
                             ("SPAN", (0, 2), (-1, 2)) if head is not None else
                             ("VALIGN", (0, 0), (-1, -1), "TOP")]))
    out += [box, Spacer(1, 2 * mm)]
    out += [markup("⚠ " + esc(w), s.warning) for w in sample_warnings(ctx)]
    out += [p(t("nps_formula"), s.small), p(t("ces_formula"), s.small)]
    if report.per_subject and ctx.data.voice_scope == "engagement":
        rows = [[p(t("subject"), s.head), p(t("nps"), s.head_right), p(t("ces"), s.head_right)]]
        for r in report.per_subject:
            name = (r.subject or t("no_subject")) + (f" ({t('own')})" if r.own else "")
            ces = (f"{esc(t.number(r.ces_mean, 1))} <font size='6.5' color='#6b7785'>n "
                   f"{r.ces_n}</font>") if r.ces_mean is not None else "–"
            rows.append([p(name, s.cell), markup(nps_text(r.nps, t), s.cell_right),
                         markup(ces, s.cell_right)])
        out.append(KeepTogether([p(t("nps_by_subject"), s.h3),
                                 data_table(rows, [70 * mm, 70 * mm, CONTENT_W - 140 * mm])]))
    if summary.samples:
        rows = [[p(t("sample"), s.head), p(t("sampling"), s.head), p(t("invited"), s.head_right),
                 p(t("responses"), s.head_right), p(t("response_rate"), s.head_right)]]
        for x in summary.samples:
            rows.append([p(x.name, s.cell), p(t(x.sampling), s.cell),
                         p(x.invited if x.invited is not None else "–", s.cell_right),
                         p(x.responses, s.cell_right), p(t.percent(x.response_rate),
                                                         s.cell_right)])
        out.append(KeepTogether([markup(esc(t("sample")), s.h3),
                                 data_table(rows, [60 * mm, 35 * mm, 25 * mm, 25 * mm,
                                                   CONTENT_W - 145 * mm])]))
    out += _tags(ctx)
    loop = ctx.data.loop
    if loop is not None:
        hours = t.number(loop.median_hours, 0) if loop.median_hours is not None else "–"
        out.append(KeepTogether([p(t("closed_loop"), s.h3), p(t(
            "loop_text", loop.follow_ups, loop.contacted, loop.within_target, hours), s.body)]))
    return out


def _tags(ctx: Context) -> list[Flowable]:
    t, s, report = ctx.t, ctx.styles, ctx.data.feedback
    if report is None or not report.tags:
        return []
    columns = []
    for polarity in ("liked", "disliked"):
        rows = [[p(t(polarity), s.head), p(t("mentions"), s.head_right)]]
        rows += [[p(name, s.cell), p(n, s.cell_right)]
                 for name, pol, n in report.tags if pol == polarity]
        columns.append(data_table(rows, [CONTENT_W / 2 - 30 * mm, 22 * mm]))
    pair = Table([columns], colWidths=[CONTENT_W / 2] * 2, hAlign="LEFT")
    pair.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                              ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    return [KeepTogether([markup(esc(t("liked") + " / " + t("disliked")), s.h3), pair])]


def incidents(ctx: Context) -> list[Flowable]:
    t, s, data = ctx.t, ctx.styles, ctx.data
    out = heading(t("incidents"), s)
    if not data.incidents and not data.problems:
        return out + [p(t("nothing_recorded"), s.body)]
    if data.incidents:
        rows = [[p(t("date"), s.head), p(t("description"), s.head), p(t("justified"), s.head),
                 p(t("compensation"), s.head), p(t("status"), s.head)]]
        for i in data.incidents:
            where = " · ".join(esc(v) for v in (i["subject"], i["location"], i["touchpoint"],
                                                i["channel"]) if v)
            text = f"{esc(i['description'])}<br/><font size='6.5' color='#6b7785'>{where}</font>"
            if i["diagnosis"]:
                text += f"<br/><i>{esc(i['diagnosis'])}</i>"
            justified = {1: t("yes"), 0: t("no")}.get(i["justified"], "–")
            comp = i["compensation_kind"] or ""
            if i["compensation_amount"] is not None:
                comp += f" {t.number(i['compensation_amount'], 0)}"
            status = t(i["status"])
            if i["days_to_close"] is not None:
                status += f" ({t.number(i['days_to_close'], 0)} d)"
            rows.append([p(t.date(i["occurred_on"]), s.cell), markup(text, s.cell),
                         p(justified, s.cell), p(comp.strip() or "–", s.cell), p(status, s.cell)])
        out += [markup(esc(t("incident_count")), s.h3),
                data_table(rows, [23 * mm, 76 * mm, 22 * mm, 27 * mm, CONTENT_W - 148 * mm])]
    if data.problems:
        rows = [[p(t("problems"), s.head), p(t("linked_incidents"), s.head_right),
                 p(t("linked_findings"), s.head_right), p(t("status"), s.head)]]
        for x in data.problems:
            text = f"<b>{esc(x['title'])}</b>"
            if x["description"]:
                text += f"<br/>{esc(x['description'])}"
            rows.append([markup(text, s.cell), p(x["incidents"], s.cell_right),
                         p(x["findings"], s.cell_right), p(t(x["status"]), s.cell)])
        out += [markup(esc(t("problems")), s.h3),
                data_table(rows, [96 * mm, 24 * mm, 25 * mm, CONTENT_W - 145 * mm])]
    return out


#: (assessment area, its column's label)
_AREAS = (("product_knowledge", "product_knowledge"),
          ("standards_knowledge", "standards_knowledge"),
          ("customer_orientation", "customer_orientation_short"),
          ("engagement", "engagement_area"))


def employees(ctx: Context) -> list[Flowable]:
    t, s, data = ctx.t, ctx.styles, ctx.data
    out = heading(t("employees"), s)
    if not data.employees and not data.trainings and not data.conclusions:
        return out + [p(t("nothing_recorded"), s.body)]
    if data.employees:
        rows = [[p(t("employee"), s.head)] + [p(t(label), s.head_right) for _, label in _AREAS]
                + [p(t("trainings"), s.head_right)]]
        extra = []
        for r, e in enumerate(data.employees, start=1):
            who = e["code"] + (f" · {e['name']}" if e["name"] else "")
            sub = " · ".join(v for v in (e["role"], e["subject"], e["location"]) if v)
            cells = [markup(f"<b>{esc(who)}</b><br/><font size='6.5' color='#6b7785'>"
                            f"{esc(sub)}</font>", s.cell)]
            for c, (area, _) in enumerate(_AREAS, start=1):
                cells.append(p(t.percent(e[area]), s.cell_right))
                if e[area] is not None and e[area] < 0.6:
                    extra.append(("TEXTCOLOR", (c, r), (c, r), BAD))
            last = t.date(e["last_training"]) if e["last_training"] else "–"
            cells.append(p(f"{e['trainings']} · {last}", s.cell_right))
            rows.append(cells)
        out.append(data_table(rows, [42 * mm] + [26.5 * mm] * 4 + [CONTENT_W - 148 * mm],
                              extra=extra))
    if data.trainings:
        rows = [[p(t("date"), s.head), p(t("topic"), s.head), p(t("trainer"), s.head),
                 p(t("participants"), s.head_right)]]
        rows += [[p(t.date(x["held_on"]), s.cell), p(x["topic"], s.cell), p(x["trainer"], s.cell),
                  p(x["participants"], s.cell_right)] for x in data.trainings]
        out.append(KeepTogether([markup(esc(t("trainings")), s.h3),
                                 data_table(rows, [24 * mm, 78 * mm, 44 * mm,
                                                   CONTENT_W - 146 * mm])]))
    if data.conclusions:
        out.append(markup(esc(t("conclusions")), s.h3))
        for area, text in data.conclusions:
            name = t("engagement_area" if area == "engagement" else area)
            out.append(markup(f"<b>{esc(name)}.</b> {esc(text)}", s.body))
    return out


def actions(ctx: Context) -> list[Flowable]:
    t, s, data = ctx.t, ctx.styles, ctx.data
    out = heading(t("actions"), s)
    if not data.actions:
        return out + [p(t("nothing_recorded"), s.body)]
    open_rows = [a for a in data.actions if a.action.is_open]
    late = [a for a in open_rows if a.overdue]
    if late:
        out.append(markup("⚠ " + esc(t("overdue_note", len(late), len(open_rows))), s.warning))
    rows = [[p(t("action"), s.head), p(t("owner"), s.head), p(t("due"), s.head),
             p(t("priority"), s.head), p(t("status"), s.head)]]
    extra = []
    for r, item in enumerate(data.actions, start=1):
        a = item.action
        text = f"<b>{esc(a.title)}</b>"
        if a.description:
            text += f"<br/>{esc(a.description)}"
        links = list(a.findings) + list(a.problems)
        if links:
            text += (f"<br/><font size='6.5' color='#6b7785'>{esc(t('addresses'))}: "
                     f"{esc('; '.join(links))}</font>")
        due = esc(t.date(a.due_date)) or "–"
        if item.overdue:
            due = f"<font color='#c62828'><b>{due}<br/>{esc(t('overdue'))}</b></font>"
            extra.append(("BACKGROUND", (0, r), (-1, r), LATE_BG))
        rows.append([markup(text, s.cell), p(a.owner, s.cell), markup(due, s.cell),
                     p(t(a.priority), s.cell), p(t(a.status), s.cell)])
    out.append(data_table(rows, [76 * mm, 31 * mm, 24 * mm, 21 * mm, CONTENT_W - 152 * mm],
                          extra=extra))
    return out

