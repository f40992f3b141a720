"""The Excel workbook (``cxdesk.reports.xlsx``), reloaded with openpyxl as an analyst opens it."""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path

import openpyxl
import pytest

from cxdesk import records
from cxdesk.errors import InvalidValue, NotFound
from cxdesk.reports.xlsx import SECTIONS, ExportCancelled, write_workbook
from cxdesk.score_tables import all_scores

TODAY = dt.date(2026, 11, 23)
LONG = "слово " * 8000  # 48 000 characters


def _write(ws, built, tmp_path: Path, **kwargs) -> openpyxl.Workbook:
    path = write_workbook(ws, built.engagement_id, tmp_path / "book.xlsx", today=TODAY,
                          **{"lang": "en", **kwargs})
    assert path == tmp_path / "book.xlsx"
    return openpyxl.load_workbook(path)


def _rows(sheet) -> list[dict]:
    rows = list(sheet.iter_rows(values_only=True))
    return [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]


def test_every_table_has_its_sheet_frozen_header_filter_and_widths(ws, built, tmp_path):
    book = _write(ws, built, tmp_path)
    assert book.sheetnames[:9] == [
        "Summary", "Scores by touchpoint", "Coverage", "Checks", "Answers", "Findings",
        "Best practices", "Actions", "Evidence index"]
    assert "Feedback NPS" in book.sheetnames and "Responses" in book.sheetnames
    # nothing recorded: no empty sheet for incidents, problems, employees, trainings
    assert not {"Incidents", "Problems", "Employees", "Trainings"} & set(book.sheetnames)
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2", sheet.title
        assert sheet.auto_filter.ref, sheet.title
        assert sheet.column_dimensions["A"].width > 8, sheet.title
    answers = book["Answers"]
    assert answers.auto_filter.ref == "A1:L10"  # 9 answers and the header


def test_numbers_are_numbers_and_dates_are_dates(ws, built, tmp_path):
    ws.conn.execute("UPDATE checks SET started_at = '2026-10-05T11:30:00'")
    book = _write(ws, built, tmp_path)
    answers = _rows(book["Answers"])
    assert len(answers) == 9
    assert all(a["Date"] == dt.datetime(2026, 10, 5) for a in answers)
    assert {a["Score"] for a in answers} == {0, 100}
    assert all(isinstance(a["Score"], (int, float)) for a in answers)
    assert book["Answers"]["D2"].number_format == "YYYY-MM-DD"
    checks = _rows(book["Checks"])
    assert checks[0]["Started"] == dt.datetime(2026, 10, 5, 11, 30)
    coverage = book["Coverage"]
    assert coverage["F2"].number_format == "0.0%" and 0 <= coverage["F2"].value <= 1


def test_summary_holds_scores_with_n_and_a_bar_chart(ws, built, tmp_path):
    book = _write(ws, built, tmp_path)
    sheet = book["Summary"]
    cells = {row[0]: row[1:] for row in sheet.iter_rows(values_only=True) if row[0]}
    assert cells["Engagement"][0] == "Audit «North Motors», Q4 2026"
    assert cells["Period from"][0] == dt.datetime(2026, 10, 1)
    header = cells["Stage"]
    assert header[:4] == ("North Motors", "North Motors: n", "Competitor A", "Competitor A: n")
    expected = all_scores(ws, built.engagement_id).subjects[built.own_id]
    overall = cells["All stages"]
    assert overall[0] == pytest.approx(expected.value) and overall[1] == expected.n == 2
    assert cells["Search"][:2] == (100, 2)  # website met in both own checks
    (chart,) = sheet._charts
    assert len(chart.series) == 3  # one per company


def test_scores_by_touchpoint_set_own_against_each_competitor(ws, built, tmp_path):
    rows = _rows(_write(ws, built, tmp_path)["Scores by touchpoint"])
    manager = next(r for r in rows if r["Touchpoint"] == "Sales manager")
    assert manager["North Motors"] == 0 and manager["Competitor A"] == 100
    assert manager["North Motors − Competitor A"] == -100
    assert manager["North Motors − Competitor B"] is None  # B has no checks


HOSTILE = {
    "formula": "=1+1",
    "phone": "+79161234567",
    "minus": "-5",
    "at": "@SUM(A1)",
    "error": "#N/A",
    "unicode": "Кириллица и эмодзи 🚗✨",
}


def test_hostile_user_text_comes_back_as_literal_text(ws, built, tmp_path):
    with ws.transaction():
        for key, text in HOSTILE.items():
            records.insert(ws, "findings", {"engagement_id": built.engagement_id,
                                            "kind": "failure", "title": text,
                                            "description": key})
        records.insert(ws, "findings", {"engagement_id": built.engagement_id,
                                        "kind": "weak_spot", "title": "bell\x00\x07 rings",
                                        "description": LONG})
        ws.conn.execute("UPDATE answers SET comment = '=HYPERLINK(\"http://x\")'")
    path = write_workbook(ws, built.engagement_id, tmp_path / "h.xlsx", lang="en", today=TODAY)
    with zipfile.ZipFile(path) as archive:  # no formula anywhere in the file
        assert not any(b"<f>" in archive.read(n) or b"<f " in archive.read(n)
                       for n in archive.namelist() if n.startswith("xl/worksheets/"))
    book = openpyxl.load_workbook(path)
    findings = book["Findings"]
    titles = {}
    for row in findings.iter_rows(min_row=2):
        titles[row[7].value] = row[6]
    for key, text in HOSTILE.items():
        assert titles[key].value == text and titles[key].data_type == "s", key
    cut = next(r for r in _rows(findings) if r["Title"] == "bell rings")
    assert cut["Description"].endswith("… [truncated]")
    assert len(cut["Description"]) <= 32767 and cut["Description"].startswith("слово слово")
    comments = {a["Comment"] for a in _rows(book["Answers"])}
    assert comments == {'=HYPERLINK("http://x")'}


def test_text_of_astral_characters_is_cut_within_excels_limit(tmp_path):
    from cxdesk.reports.xlsx_cells import MAX_CELL_TEXT, clean_text

    text = clean_text("🚗" * 40000, "… [cut]")
    assert len(text.encode("utf-16-le")) // 2 <= MAX_CELL_TEXT and text.endswith("… [cut]")
    assert clean_text("a\x00b\x1fc\td", "") == "abc\td"


def test_russian_sheet_names_headings_and_date_formats(ws, built, tmp_path):
    ws.conn.execute("UPDATE checks SET started_at = '2026-10-05T11:30:00'")
    book = _write(ws, built, tmp_path, lang="ru")
    assert book.sheetnames[:5] == ["Сводка", "Оценки по точкам контакта", "Покрытие",
                                   "Проверки", "Ответы"]
    answers = book["Ответы"]
    assert [c.value for c in answers[1]][:4] == ["Проверка", "Компания", "Точка", "Дата"]
    assert answers["D2"].number_format == "DD.MM.YYYY"
    assert {r["Ответ"] for r in _rows(answers)} == {"да", "нет"}
    with ws.transaction():  # a numeric answer stays a number
        ws.conn.execute("UPDATE criteria SET answer_type = 'number'")
    book = _write(ws, built, tmp_path, lang="ru")
    assert {r["Ответ"] for r in _rows(book["Ответы"])} == {0, 1}
    assert "План действий" in book.sheetnames


def test_overdue_actions_are_flagged(ws, built, tmp_path):
    actions = _rows(_write(ws, built, tmp_path)["Actions"])
    by_title = {a["Action"]: a for a in actions}
    assert by_title["Train receptionists"]["Overdue"] == "overdue"
    assert by_title["Fix the website form"]["Overdue"] is None
    assert by_title["Done already"]["Overdue"] is None
    book = openpyxl.load_workbook(tmp_path / "book.xlsx")
    overdue_row = next(r for r in book["Actions"].iter_rows(min_row=2)
                       if r[0].value == "Train receptionists")
    assert overdue_row[0].font.b and overdue_row[0].font.color.rgb.endswith("C00000")
    assert overdue_row[3].value == dt.datetime(2026, 1, 15)


def test_subjects_and_sections_can_be_chosen(ws, built, tmp_path):
    book = _write(ws, built, tmp_path, subject_ids=[built.competitor_ids[0]],
                  sections=["answers", "summary"])
    assert book.sheetnames == ["Summary", "Answers"]
    assert {a["Company"] for a in _rows(book["Answers"])} == {"Competitor A"}
    with pytest.raises(InvalidValue, match="section"):
        write_workbook(ws, built.engagement_id, tmp_path / "x.xlsx", sections=["gossip"])
    with pytest.raises(InvalidValue, match="company"):
        write_workbook(ws, built.engagement_id, tmp_path / "x.xlsx", subject_ids=["nope"])
    with pytest.raises(NotFound):
        write_workbook(ws, "no-such-engagement", tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_progress_runs_to_the_end_and_cancel_leaves_nothing(ws, built, tmp_path):
    seen: list[tuple[int, int]] = []
    write_workbook(ws, built.engagement_id, tmp_path / "a.xlsx", progress=lambda d, t:
                   seen.append((d, t)))
    assert seen[-1][0] == seen[-1][1] and len(seen) > len(SECTIONS)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)
    target = tmp_path / "b.xlsx"
    target.write_bytes(b"the previous report")
    calls = []
    with pytest.raises(ExportCancelled):
        write_workbook(ws, built.engagement_id, target,
                       cancelled=lambda: calls.append(1) or len(calls) > 3)
    assert target.read_bytes() == b"the previous report"
    assert not [p.name for p in tmp_path.iterdir() if p.suffix not in (".xlsx", ".cxd")
                and not p.name.startswith("audit.cxd")]


def test_incidents_problems_employees_and_trainings_have_sheets_when_recorded(
        ws, built, tmp_path):
    eng = built.engagement_id
    with ws.transaction():
        problem = records.insert(ws, "problems", {"engagement_id": eng, "title": "Queues"})
        records.insert(ws, "incidents", {
            "engagement_id": eng, "subject_id": built.own_id, "problem_id": problem,
            "description": "=cmd|' /C calc'!A0", "occurred_on": "2026-11-01",
            "closed_at": "2026-11-04T10:00:00Z", "status": "closed", "justified": 1,
            "compensation_amount": 1500})
        employee = records.insert(ws, "employees", {"engagement_id": eng, "code": "S-01",
                                                    "subject_id": built.own_id})
        records.insert(ws, "employee_assessments", {"employee_id": employee,
                                                    "area": "customer_orientation",
                                                    "score": 3, "max_score": 4})
        records.insert(ws, "trainings", {"engagement_id": eng, "topic": "Greeting",
                                         "held_on": "2026-11-10"})
    book = _write(ws, built, tmp_path)
    assert book.sheetnames[-4:] == ["Incidents", "Problems", "Employees", "Trainings"]
    (incident,) = _rows(book["Incidents"])
    assert incident["Description"] == "=cmd|' /C calc'!A0"
    assert incident["Date"] == dt.datetime(2026, 11, 1) and incident["Days to close"] == 3
    assert incident["Amount"] == 1500 and incident["Justified"] == "yes"
    (employee,) = _rows(book["Employees"])
    assert employee["Customer orientation"] == 0.75 and employee["Code"] == "S-01"
    assert book["Employees"]["H2"].number_format == "0.0%"
    assert _rows(book["Problems"])[0]["Incidents"] == 1
    assert _rows(book["Trainings"])[0]["Topic"] == "Greeting"
