"""The table sheets of the Excel workbook (all but the Summary): one function per section,
each writing its sheet(s) through ``xlsx_cells.Table``."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from cxdesk.feedback import SMALL_SAMPLE
from cxdesk.reports import queries
from cxdesk.reports.xlsx_cells import (
    DATE,
    DATETIME,
    INT,
    NUMBER,
    PERCENT,
    SCORE,
    Column,
    Table,
    parse_moment,
)
from cxdesk.reports.xlsx_fastrows import install as fast_rows
from cxdesk.reports.xlsx_labels import xlsx_label
from cxdesk.workspace import Workspace

#: Answers between two progress reports (and cancellation checks).
ANSWER_BATCH = 2000


@dataclass
class Context:
    """What every sheet writer needs."""

    book: Any  # an openpyxl write-only Workbook
    ws: Workspace
    engagement_id: str
    lang: str
    subject_ids: list[str] | None
    header: queries.ReportHeader
    tick: Callable[[int], None]  # progress: this many more units done (may cancel)
    today: dt.date = field(default_factory=dt.date.today)
    _scores: queries.ScoreTable | None = None

    @property
    def scores(self) -> queries.ScoreTable:
        """Every score of the chosen companies, read once for all the sheets."""
        if self._scores is None:
            self._scores = queries.score_table(self.ws, self.engagement_id,
                                               subject_ids=self.subject_ids)
        return self._scores

    def t(self, key: str, *args: object) -> str:
        text = xlsx_label(key, self.lang)
        return text.format(*args) if args else text

    def table(self, sheet_key: str, columns: list[Column]) -> Table:
        """A new sheet holding one table that starts on its first row."""
        sheet = self.book.create_sheet(sheet_title(self.t(sheet_key)))
        table = Table(sheet, columns, lang=self.lang, marker=self.t("truncated"))
        table.setup_sheet()
        fast_rows(sheet)  # after the widths and frozen panes: they precede the rows
        table.header(1)
        return table

    def yes(self, value: object) -> str:
        return self.t("yes") if value else ""

    def word(self, key: str | None) -> str:
        return self.t(key) if key else ""

    def check_label(self, check_id: str) -> str:
        return check_id[:8]


def sheet_title(text: str) -> str:
    for bad in "[]:*?/\\":
        text = text.replace(bad, " ")
    return text[:31]


def write_scores(ctx: Context) -> None:
    subjects = ctx.header.subjects
    own = ctx.header.own
    competitors = ctx.header.competitors if own else []
    cols = [Column(ctx.t("stage"), width=24), Column(ctx.t("touchpoint"), width=32)]
    for s in subjects:
        cols += [Column(s.name, SCORE, 12), Column(ctx.t("subject_n", s.name), INT, 8)]
    for c in competitors:
        cols.append(Column(ctx.t("subject_diff", own.name, c.name), SCORE, 14))
    table = ctx.table("sheet_scores", cols)
    for row in ctx.scores.touchpoints:
        values: list[Any] = [row.stage, row.name]
        for s in subjects:
            score = row.scores.get(s.id)
            values += [score.value if score else None, score.n if score else None]
        values += [row.difference(own.id, c.id) for c in competitors] if own else []
        table.row(values)
    table.finish()


def write_coverage(ctx: Context) -> None:
    table = ctx.table("sheet_coverage", [
        Column(ctx.t("stage"), width=24), Column(ctx.t("touchpoint"), width=32),
        Column(ctx.t("subject"), width=22), Column(ctx.t("done_checks"), INT, 10),
        Column(ctx.t("required"), INT, 10), Column(ctx.t("coverage"), PERCENT, 10)])
    for r in queries.coverage_rows(ctx.ws, ctx.engagement_id, subject_ids=ctx.subject_ids):
        table.row([r.stage, r.touchpoint, r.subject, r.done, r.required, r.share])
    table.finish()


def write_checks(ctx: Context) -> None:
    table = ctx.table("sheet_checks", [
        Column(ctx.t("check"), width=10), Column(ctx.t("subject"), width=22),
        Column(ctx.t("location"), width=24), Column(ctx.t("method"), width=14),
        Column(ctx.t("started"), DATETIME, 17), Column(ctx.t("finished"), DATETIME, 17),
        Column(ctx.t("auditor"), width=16), Column(ctx.t("scenario"), width=24),
        Column(ctx.t("status"), width=12), Column(ctx.t("answers_n"), INT, 9),
        Column(ctx.t("score"), SCORE, 9), Column(ctx.t("critical_failures"), INT, 10),
        Column(ctx.t("notes"), width=30)])
    for c in queries.check_rows(ctx.ws, ctx.engagement_id, subject_ids=ctx.subject_ids,
                                scores=ctx.scores.checks):
        score = c.score
        table.row([ctx.check_label(c.id), c.subject, c.location, ctx.word(c.method),
                   c.started_at, c.finished_at, c.auditor, c.scenario, ctx.word(c.status),
                   c.answers, score.value if score else None,
                   score.critical_failures if score else None, c.notes])
    table.finish()


def write_answers(ctx: Context) -> None:
    table = ctx.table("sheet_answers", [
        Column(ctx.t("check"), width=10), Column(ctx.t("subject"), width=20),
        Column(ctx.t("location"), width=22), Column(ctx.t("date"), DATE, 11),
        Column(ctx.t("stage"), width=20), Column(ctx.t("touchpoint"), width=24),
        Column(ctx.t("criterion"), width=40), Column(ctx.t("answer"), width=16),
        Column(ctx.t("score"), SCORE, 8), Column(ctx.t("na"), width=6),
        Column(ctx.t("critical"), width=8), Column(ctx.t("comment"), width=40)])
    yes, no, na = ctx.t("yes"), ctx.t("no"), ctx.t("yes")
    dates: dict[str | None, Any] = {}
    done = 0
    for a in queries.answer_rows(ctx.ws, ctx.engagement_id, subject_ids=ctx.subject_ids):
        if a.not_applicable:
            answer: Any = None
        elif a.answer_type == "yes_no":
            answer = None if a.value_number is None else (yes if a.value_number else no)
        elif a.answer_type == "choice":
            answer = a.choice
        elif a.answer_type == "text":
            answer = a.value_text
        else:
            answer = a.value_number if a.value_number is not None else a.value_text
        day = dates.get(a.started_at)
        if day is None and a.started_at:
            day = dates[a.started_at] = parse_moment(a.started_at[:10])
        table.row((a.check_id[:8], a.subject, a.location, day, a.stage, a.touchpoint,
                   a.criterion, answer, a.score, na if a.not_applicable else None,
                   yes if a.critical else None, a.comment))
        done += 1
        if done % ANSWER_BATCH == 0:
            ctx.tick(ANSWER_BATCH)
    ctx.tick(done % ANSWER_BATCH)
    table.finish()


def _finding_columns(ctx: Context) -> list[Column]:
    return [Column(ctx.t("kind"), width=16), Column(ctx.t("severity"), width=10),
            Column(ctx.t("category"), width=14), Column(ctx.t("subject"), width=20),
            Column(ctx.t("stage"), width=20), Column(ctx.t("touchpoint"), width=24),
            Column(ctx.t("title"), width=36), Column(ctx.t("description"), width=48),
            Column(ctx.t("root_cause"), width=30), Column(ctx.t("problem"), width=26),
            Column(ctx.t("photos"), INT, 8), Column(ctx.t("checks"), INT, 8),
            Column(ctx.t("created"), DATE, 11)]


def _write_findings(ctx: Context, sheet_key: str, rows: list) -> None:
    table = ctx.table(sheet_key, _finding_columns(ctx))
    for f in rows:
        table.row([ctx.word(f.kind), ctx.t(f"severity_{f.severity}"), ctx.word(f.category),
                   f.subject, f.stage, f.touchpoint, f.title, f.description, f.root_cause,
                   f.problem, f.photos, f.checks, f.created_at])
    table.finish()


def write_findings(ctx: Context) -> None:
    rows = [f for f in queries.finding_rows(ctx.ws, ctx.engagement_id,
                                            subject_ids=ctx.subject_ids)
            if f.kind not in queries.BEST_PRACTICE_KINDS]
    _write_findings(ctx, "sheet_findings", rows)


def write_best_practices(ctx: Context) -> None:
    _write_findings(ctx, "sheet_best_practices", queries.best_practice_rows(
        ctx.ws, ctx.engagement_id, subject_ids=ctx.subject_ids))


def write_actions(ctx: Context) -> None:
    table = ctx.table("sheet_actions", [
        Column(ctx.t("action"), width=36), Column(ctx.t("description"), width=40),
        Column(ctx.t("owner"), width=18), Column(ctx.t("due"), DATE, 11),
        Column(ctx.t("priority"), width=10), Column(ctx.t("status"), width=12),
        Column(ctx.t("overdue_col"), width=11), Column(ctx.t("completed"), DATE, 11),
        Column(ctx.t("findings_col"), width=36), Column(ctx.t("problems_col"), width=30)])
    for r in queries.action_rows(ctx.ws, ctx.engagement_id, today=ctx.today):
        a = r.action
        table.row([a.title, a.description, a.owner, a.due_date, ctx.word(a.priority),
                   ctx.word(a.status), ctx.t("overdue") if r.overdue else None, a.completed_at,
                   "; ".join(a.findings), "; ".join(a.problems)],
                  flag={0, 3, 6} if r.overdue else None)
    table.finish()


def write_evidence(ctx: Context) -> None:
    table = ctx.table("sheet_evidence", [
        Column(ctx.t("file"), width=24), Column(ctx.t("sha256"), width=66),
        Column(ctx.t("capture_time"), DATETIME, 17), Column(ctx.t("subject"), width=20),
        Column(ctx.t("location"), width=22), Column(ctx.t("check"), width=10),
        Column(ctx.t("touchpoint"), width=24), Column(ctx.t("criterion"), width=32),
        Column(ctx.t("caption"), width=32), Column(ctx.t("size"), INT, 12),
        Column(ctx.t("width"), INT, 8), Column(ctx.t("height"), INT, 8),
        Column(ctx.t("flags"), width=36)])
    for p in queries.evidence_rows(ctx.ws, ctx.engagement_id, subject_ids=ctx.subject_ids):
        flags = [ctx.t(key) for key, on in (
            ("in_finding", p.in_finding), ("flag_annotated", p.annotated),
            ("flag_redacted", p.redacted), ("flag_time_mismatch", p.time_mismatch),
            ("flag_no_time", p.missing_time), ("flag_gps_far", p.gps_far)) if on]
        table.row([p.file_name, p.sha256, p.captured_at, p.subject, p.location,
                   p.check_id[:8] if p.check_id else None, p.touchpoint, p.criterion,
                   p.caption, p.size, p.width, p.height, ", ".join(flags)])
    table.finish()


def write_feedback(ctx: Context) -> None:
    report = queries.feedback_report(ctx.ws, ctx.engagement_id, subject_ids=ctx.subject_ids)
    if not report.responses:
        return
    samples = {s.name: s for s in report.summary.samples}
    table = ctx.table("sheet_nps", [
        Column(ctx.t("subject"), width=24), Column(ctx.t("responses"), INT, 10),
        Column(ctx.t("nps_value"), SCORE, 8), Column(ctx.t("margin_col"), SCORE, 12),
        Column(ctx.t("promoters"), INT, 12), Column(ctx.t("passives"), INT, 12),
        Column(ctx.t("detractors"), INT, 12), Column(ctx.t("ces_mean"), NUMBER, 12),
        Column(ctx.t("ces_n"), INT, 8), Column(ctx.t("warnings"), width=60)])
    for row in report.per_subject:
        n = row.nps
        self_selected = any(r.sampling == "self_selected" for r in report.responses
                            if r.subject_id == row.subject_id)
        warnings = []
        if n is not None and n.n < SMALL_SAMPLE:
            warnings.append(ctx.t("warn_small", n.n))
        if self_selected:
            warnings.append(ctx.t("warn_self"))
        table.row([row.subject or ctx.t("no_subject"), n.n if n else 0,
                   n.value if n else None, n.margin if n else None,
                   n.promoters if n else None, n.passives if n else None,
                   n.detractors if n else None, row.ces_mean, row.ces_n or None,
                   " ".join(warnings)])
    table.finish()
    sheet = table.sheet
    sheet.append([])
    for key in ("nps_formula", "ces_formula"):
        sheet.append([table.text(0, ctx.t(key))])
    if report.tags:
        sheet.append([])
        tags = Table(sheet, [Column(ctx.t("tag")), Column(ctx.t("polarity")),
                             Column(ctx.t("mentions"), INT)],
                     lang=ctx.lang, marker=ctx.t("truncated"))
        tags.header()
        for name, polarity, count in report.tags:
            tags.row([name, ctx.word(polarity), count])
    if report.summary.samples:
        sheet.append([])
        sample = Table(sheet, [Column(ctx.t("sample")), Column(ctx.t("sampling")),
                               Column(ctx.t("invited"), INT), Column(ctx.t("responses"), INT),
                               Column(ctx.t("response_rate"), PERCENT)],
                       lang=ctx.lang, marker=ctx.t("truncated"))
        sample.header()
        for s in report.summary.samples:
            sample.row([s.name, ctx.word(s.sampling), s.invited, s.responses, s.response_rate])
    responses = ctx.table("sheet_responses", [
        Column(ctx.t("date"), DATE, 11), Column(ctx.t("subject"), width=22),
        Column(ctx.t("touchpoint"), width=24), Column(ctx.t("channel"), width=14),
        Column(ctx.t("sample"), width=20), Column(ctx.t("sampling"), width=14),
        Column(ctx.t("score"), INT, 7), Column(ctx.t("group"), width=11),
        Column(ctx.t("ces"), INT, 6), Column(ctx.t("comment"), width=60)])
    for r in report.responses:
        sampling = samples[r.sample].sampling if r.sample in samples else r.sampling
        responses.row([r.responded_on, r.subject, r.touchpoint, r.channel, r.sample,
                       ctx.word(sampling), r.score, ctx.t(r.group), r.ces, r.comment])
    responses.finish()


def write_incidents(ctx: Context) -> None:
    rows = queries.incident_rows(ctx.ws, ctx.engagement_id, subject_ids=ctx.subject_ids)
    if not rows:
        return
    table = ctx.table("sheet_incidents", [
        Column(ctx.t("date"), DATE, 11), Column(ctx.t("subject"), width=20),
        Column(ctx.t("location"), width=22), Column(ctx.t("touchpoint"), width=24),
        Column(ctx.t("channel"), width=12), Column(ctx.t("description"), width=48),
        Column(ctx.t("root_cause"), width=36), Column(ctx.t("justified"), width=10),
        Column(ctx.t("compensation"), width=18), Column(ctx.t("amount"), NUMBER, 11),
        Column(ctx.t("status"), width=11), Column(ctx.t("closed"), DATE, 11),
        Column(ctx.t("days_to_close"), NUMBER, 10), Column(ctx.t("problem"), width=30)])
    for r in rows:
        justified = None if r["justified"] is None else ctx.t("yes" if r["justified"] else "no")
        table.row([r["occurred_on"], r["subject"], r["location"], r["touchpoint"], r["channel"],
                   r["description"], r["diagnosis"], justified, r["compensation_kind"],
                   r["compensation_amount"], ctx.word(r["status"]), r["closed_at"],
                   r["days_to_close"], r["problem"]])
    table.finish()


def write_problems(ctx: Context) -> None:
    rows = queries.problem_rows(ctx.ws, ctx.engagement_id)
    if not rows:
        return
    table = ctx.table("sheet_problems", [
        Column(ctx.t("title"), width=40), Column(ctx.t("description"), width=50),
        Column(ctx.t("status"), width=12), Column(ctx.t("linked_incidents"), INT, 10),
        Column(ctx.t("linked_findings"), INT, 10), Column(ctx.t("locations"), INT, 9),
        Column(ctx.t("subjects"), INT, 9)])
    for r in rows:
        table.row([r["title"], r["description"], ctx.word(r["status"]), r["incidents"],
                   r["findings"], r["locations"], r["subjects"]])
    table.finish()


def write_employees(ctx: Context) -> None:
    rows = queries.employee_rows(ctx.ws, ctx.engagement_id, subject_ids=ctx.subject_ids)
    if not rows:
        return
    areas = [("product_knowledge", "product_knowledge"),
             ("standards_knowledge", "standards_knowledge"),
             ("customer_orientation", "customer_orientation"), ("engagement", "engagement_area")]
    table = ctx.table("sheet_employees", [
        Column(ctx.t("code"), width=12), Column(ctx.t("name"), width=22),
        Column(ctx.t("role"), width=22), Column(ctx.t("subject"), width=20),
        Column(ctx.t("location"), width=22),
        *[Column(ctx.t(key), PERCENT, 14) for _, key in areas],
        Column(ctx.t("trainings"), INT, 9), Column(ctx.t("last_training"), DATE, 12)])
    for r in rows:
        table.row([r["code"], r["name"], r["role"], r["subject"], r["location"],
                   *[r[area] for area, _ in areas], r["trainings"], r["last_training"]])
    table.finish()


def write_trainings(ctx: Context) -> None:
    rows = queries.training_rows(ctx.ws, ctx.engagement_id)
    if not rows:
        return
    table = ctx.table("sheet_trainings", [
        Column(ctx.t("date"), DATE, 11), Column(ctx.t("topic"), width=44),
        Column(ctx.t("trainer"), width=22), Column(ctx.t("participants"), INT, 11)])
    for r in rows:
        table.row([r["held_on"], r["topic"], r["trainer"], r["participants"]])
    table.finish()

