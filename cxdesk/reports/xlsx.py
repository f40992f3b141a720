"""The consultant's Excel workbook of an engagement (``export xlsx``, the Reports view).

``write_workbook`` writes, in openpyxl's write-only mode (rows stream to disk: memory stays
flat however many answers there are), a Summary sheet (the engagement, its period and
companies, the score of each company overall and per stage with n, and a bar chart of them)
and one sheet per table: scores by touchpoint (own against each competitor), coverage, checks,
answers (one typed row each), findings, best practices, actions (overdue ones flagged),
the evidence index, and — where the engagement has them — feedback/NPS, responses, incidents,
problems, employees and trainings. Every table has its header row frozen, an autofilter and
set widths; numbers are numbers, dates dates, shares percentages; user text is always a
literal text cell (see ``xlsx_cells``). The file appears at ``path`` only once complete.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from cxdesk.errors import CxDeskError, InvalidValue
from cxdesk.reports import queries
from cxdesk.reports.labels import LANGUAGES
from cxdesk.reports.output import prepare_target, writing
from cxdesk.workspace import Workspace

#: The workbook's sections in sheet order; the Summary always comes first.
SECTIONS = ("summary", "scores", "coverage", "checks", "answers", "findings", "best_practices",
            "actions", "evidence", "feedback", "incidents", "problems", "employees",
            "trainings")
#: Progress units a section other than the answers counts for.
_SECTION_UNITS = 50

Progress = Callable[[int, int], None]  # (done, total) units


class ExportCancelled(CxDeskError):
    """The user cancelled an export; nothing was written at the output path."""

    def __init__(self) -> None:
        super().__init__("the export was cancelled")


def _writers() -> dict[str, Callable[[Any], None]]:
    from cxdesk.reports import xlsx_sheets as s

    return {"summary": write_summary, "scores": s.write_scores, "coverage": s.write_coverage,
            "checks": s.write_checks, "answers": s.write_answers,
            "findings": s.write_findings, "best_practices": s.write_best_practices,
            "actions": s.write_actions, "evidence": s.write_evidence,
            "feedback": s.write_feedback, "incidents": s.write_incidents,
            "problems": s.write_problems, "employees": s.write_employees,
            "trainings": s.write_trainings}


def _chosen(sections: Sequence[str] | None) -> list[str]:
    if sections is None:
        return list(SECTIONS)
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise InvalidValue(f"unknown workbook section {unknown[0]!r}; one of {', '.join(SECTIONS)}")
    if not sections:
        raise InvalidValue("no section of the workbook chosen")
    return [s for s in SECTIONS if s in sections]


def _subjects(ws: Workspace, engagement_id: str,
              subject_ids: Sequence[str] | None) -> list[str] | None:
    if subject_ids is None:
        return None
    known = {r[0] for r in ws.conn.execute(
        "SELECT id FROM subjects WHERE engagement_id = ?", (engagement_id,))}
    for ident in subject_ids:
        if ident not in known:
            raise InvalidValue(f"no company with id {ident!r} in this engagement")
    return list(subject_ids)


def write_workbook(ws: Workspace, engagement_id: str, path: str | os.PathLike[str], *,
                   lang: str = "ru", subject_ids: Sequence[str] | None = None,
                   sections: Sequence[str] | None = None, progress: Progress | None = None,
                   cancelled: Callable[[], bool] | None = None,
                   today: dt.date | None = None) -> Path:
    """Write the engagement's workbook to ``path`` (.xlsx) and return it. ``subject_ids``
    limits it to some companies, ``sections`` to some of ``SECTIONS``; ``progress(done,
    total)`` is called as it goes and ``cancelled()`` polled (True: stop, raise
    ``ExportCancelled``, leave nothing behind). NotFound for an unknown engagement."""
    from openpyxl import Workbook

    from cxdesk.reports.xlsx_sheets import Context

    if lang not in LANGUAGES:
        raise InvalidValue(f"unknown report language {lang!r} (ru or en)")
    chosen = _chosen(sections)
    header = queries.report_header(ws, engagement_id)  # NotFound first
    subjects = _subjects(ws, engagement_id, subject_ids)
    target = prepare_target(path)
    if subjects is not None:
        header = queries.report_header(ws, engagement_id, subject_ids=subjects)
    total = _SECTION_UNITS * len(chosen) + (header.answers if "answers" in chosen else 0)
    done = 0

    def tick(units: int) -> None:
        nonlocal done
        done = min(total, done + units)
        if progress is not None:
            progress(done, total)
        if cancelled is not None and cancelled():
            raise ExportCancelled()

    book = Workbook(write_only=True)
    ctx = Context(book=book, ws=ws, engagement_id=engagement_id, lang=lang,
                  subject_ids=subjects, header=header, tick=tick,
                  today=today or dt.date.today())
    writers = _writers()
    partial = target.with_name(f".{target.name}.{os.getpid()}.part")
    try:
        tick(0)
        for section in chosen:
            writers[section](ctx)
            tick(_SECTION_UNITS)
        with writing(target):
            book.save(partial)
            os.replace(partial, target)
    except BaseException:
        _discard(book)
        raise
    finally:
        partial.unlink(missing_ok=True)
    if progress is not None:
        progress(total, total)
    return target


def _discard(book: Any) -> None:
    """Close the sheets of an abandoned write-only workbook and remove their temporary files."""
    for sheet in book.worksheets:
        try:
            if not sheet.closed:
                sheet.close()
            sheet._writer.cleanup()
        except Exception:  # noqa: BLE001 - best effort: the export failed already
            pass


def _kv(ctx: Any, sheet: Any, key: str, value: Any, number_format: str | None = None) -> None:
    from openpyxl.cell import WriteOnlyCell

    from cxdesk.reports.xlsx_cells import clean_text

    name = WriteOnlyCell(sheet, value=ctx.t(key))
    name.data_type = "s"
    if isinstance(value, str):
        cell = WriteOnlyCell(sheet, value=clean_text(value, ctx.t("truncated")))
        cell.data_type = "s"
    else:
        cell = WriteOnlyCell(sheet, value=value)
        if number_format:
            cell.number_format = number_format
    sheet.append([name, cell])


def write_summary(ctx: Any) -> None:
    """Key figures of the engagement, then each company's score overall and per stage (with
    n), and a bar chart of the stage scores per company."""
    from openpyxl.chart import BarChart, Reference

    from cxdesk.reports.xlsx_cells import (
        INT,
        SCORE,
        TEXT,
        Column,
        Table,
        parse_moment,
        title_row,
    )
    from cxdesk.reports.xlsx_fastrows import install as fast_rows
    from cxdesk.reports.xlsx_sheets import sheet_title

    header = ctx.header
    subjects = header.subjects
    sheet = ctx.book.create_sheet(sheet_title(ctx.t("sheet_summary")))
    columns = [Column(ctx.t("stage"), TEXT, 34)]
    for s in subjects:
        columns += [Column(s.name, SCORE, 16), Column(ctx.t("subject_n", s.name), INT, 9)]
    scores = Table(sheet, columns, lang=ctx.lang, marker=ctx.t("truncated"))
    scores.setup_sheet(freeze_below=None)
    sheet.column_dimensions["B"].width = max(columns[1].width if len(columns) > 1 else 0, 30)
    facts = Table(sheet, [Column(ctx.t("item"), TEXT, 34), Column(ctx.t("value"), TEXT, 30)],
                  lang=ctx.lang, marker=ctx.t("truncated"))
    sheet.freeze_panes = "A2"
    fast_rows(sheet)
    facts.header(1)
    date_format = "DD.MM.YYYY" if ctx.lang == "ru" else "YYYY-MM-DD"
    eng = header.engagement
    for key, value in (("engagement", eng.name), ("client", eng.client),
                       ("consultant", eng.consultant)):
        _kv(ctx, sheet, key, value)
    for key, value in (("period_start", eng.period_start), ("period_end", eng.period_end),
                       ("first_check", header.first_check), ("last_check", header.last_check)):
        moment = parse_moment(value)
        if moment is None:  # empty, or a text that is no date: shown as it was recorded
            _kv(ctx, sheet, key, value)
            continue
        _kv(ctx, sheet, key, moment.date() if isinstance(moment, dt.datetime) else moment,
            date_format)
    _kv(ctx, sheet, "subjects", ", ".join(
        s.name + (f" ({ctx.t('own')})" if s.own else "") for s in subjects))
    _kv(ctx, sheet, "checks", header.checks)
    _kv(ctx, sheet, "answers", header.answers)
    _kv(ctx, sheet, "generated", ctx.today, date_format)
    facts_rows = 12
    sheet.append([])
    title_row(sheet, ctx.t("scores_table"))
    table_top = facts_rows + 3
    scores.header(table_top)
    table = ctx.scores

    def values(by_subject: dict) -> list[Any]:
        out: list[Any] = []
        for s in subjects:
            score = by_subject.get(s.id)
            out += [score.value if score else None, score.n if score else None]
        return out

    for stage in table.stages:
        scores.row([stage.name, *values(stage.scores)])
    scores.row([ctx.t("all_stages"), *values(table.subjects)])
    scores.finish()
    if table.stages and subjects:
        chart = BarChart()
        chart.type = "col"
        chart.title = ctx.t("chart_title")
        chart.y_axis.title = ctx.t("score")
        chart.y_axis.scaling.min = 0
        chart.y_axis.scaling.max = 100
        chart.x_axis.delete = False  # openpyxl 3.1 hides both axes unless told
        chart.y_axis.delete = False
        chart.legend.position = "b"
        first, last = table_top + 1, table_top + len(table.stages)
        for i in range(len(subjects)):
            column = 2 + 2 * i
            chart.add_data(Reference(sheet, min_col=column, min_row=table_top, max_row=last),
                           titles_from_data=True)
        chart.set_categories(Reference(sheet, min_col=1, min_row=first, max_row=last))
        chart.width, chart.height = 22, 11
        sheet.add_chart(chart, f"A{last + 4}")
