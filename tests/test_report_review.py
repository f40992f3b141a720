"""Both reports against what a review found: hostile names and texts, output paths that
cannot be written, long tables and charts, labels of every conclusion area."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from pypdf import PdfReader

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.reports.labels import Labels
from cxdesk.reports.pdf import write_location_reports, write_report
from cxdesk.reports.pdf_charts import MAX_CHART_H, score_bar_charts
from cxdesk.reports.xlsx import write_workbook

ROOT = Path(__file__).resolve().parents[1]
TODAY = dt.date(2026, 11, 23)


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


# -- the workbook ------------------------------------------------------------------------------
def test_a_company_name_with_control_characters_heads_its_columns_cleaned(ws, built, tmp_path):
    ws.conn.execute("UPDATE subjects SET name = ? WHERE id = ?",
                    ("=1+1\x07 Своя 🚀\uffff", built.own_id))
    path = write_workbook(ws, built.engagement_id, tmp_path / "book.xlsx", lang="ru",
                          today=TODAY)
    book = openpyxl.load_workbook(path)
    summary = book["Сводка"]
    headings = [c for c in next(summary.iter_rows(min_row=15, max_row=15))]
    assert headings[1].value == "=1+1 Своя 🚀" and headings[1].data_type == "s"
    scores = next(book["Оценки по точкам контакта"].iter_rows(max_row=1, values_only=True))
    assert "=1+1 Своя 🚀: n" in scores


def test_characters_xml_forbids_are_removed_from_cells(ws, built, tmp_path):
    ws.conn.execute("UPDATE answers SET comment = ?", ("до\ufffeпосле\uffff",))
    path = write_workbook(ws, built.engagement_id, tmp_path / "book.xlsx", lang="en",
                          today=TODAY)
    with zipfile.ZipFile(path) as archive:  # every part well-formed XML, as Excel needs
        for name in archive.namelist():
            if name.endswith((".xml", ".rels")):
                ElementTree.fromstring(archive.read(name))
    comments = {r[11] for r in openpyxl.load_workbook(path)["Answers"].iter_rows(
        min_row=2, values_only=True)}
    assert comments == {"допосле"}


def test_a_period_that_is_no_date_is_kept_as_typed_in_the_summary(ws, built, tmp_path):
    ws.conn.execute("UPDATE engagements SET period_start = 'осень 2026'")
    path = write_workbook(ws, built.engagement_id, tmp_path / "book.xlsx", lang="ru",
                          today=TODAY)
    facts = dict(r[:2] for r in openpyxl.load_workbook(path)["Сводка"].iter_rows(
        min_row=2, max_row=12, values_only=True))
    assert facts["Период с"] == "осень 2026"
    assert facts["Период по"] == dt.datetime(2026, 12, 31)


# -- where the file goes -----------------------------------------------------------------------
@pytest.mark.parametrize("kind", ["xlsx", "pdf"])
def test_an_output_that_is_a_folder_is_refused_before_any_work(ws, built, tmp_path, kind):
    folder = tmp_path / "out" / f"report.{kind}"
    folder.mkdir(parents=True)
    write = write_workbook if kind == "xlsx" else write_report
    with pytest.raises(InvalidValue, match="is a folder"):
        write(ws, built.engagement_id, folder, lang="en")
    assert list(folder.iterdir()) == [] and list(folder.parent.iterdir()) == [folder]


def test_a_missing_folder_is_made_and_a_file_in_the_way_is_named(ws, built, tmp_path):
    made = write_workbook(ws, built.engagement_id, tmp_path / "new" / "deep" / "book.xlsx")
    assert made.is_file()
    (tmp_path / "plain").write_text("not a folder")
    with pytest.raises(InvalidValue, match="plain is a file, not a folder"):
        write_workbook(ws, built.engagement_id, tmp_path / "plain" / "book.xlsx")
    with pytest.raises(InvalidValue, match="is a file, not a folder"):
        write_location_reports(ws, built.engagement_id, tmp_path / "plain")


def test_cli_names_the_file_asked_for_not_its_temporary_copy(workspace_path, tmp_path):
    from engagement_factory import build_engagement

    from cxdesk.workspace import Workspace

    with Workspace.open(workspace_path) as ws:
        engagement = build_engagement(ws).engagement_id
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CXDESK_WORKSPACE", None)
    for kind in ("xlsx", "pdf"):
        target = tmp_path / "out" / f"taken.{kind}"
        target.mkdir(parents=True)
        result = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "export", kind, "--workspace",
             str(workspace_path), "--engagement", engagement, "-o", str(target)],
            capture_output=True, text=True, env=env, timeout=300)
        assert result.returncode == 1 and result.stdout == ""
        lines = result.stderr.splitlines()
        assert len(lines) == 1 and str(target) in lines[0] and "is a folder" in lines[0]
        assert ".part" not in lines[0] and ".tmp" not in lines[0]
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["taken.pdf", "taken.xlsx"]


# -- the PDF -----------------------------------------------------------------------------------
def test_a_long_word_in_a_narrow_column_does_not_break_the_layout(ws, built, tmp_path):
    with ws.transaction():
        records.insert(ws, "actions", {"engagement_id": built.engagement_id,
                                       "title": "Ш" * 40_000, "owner": "W" * 5_000})
    path = write_report(ws, built.engagement_id, tmp_path / "r.pdf", lang="ru",
                        sections=["actions"])
    assert "ШШШШШШШШ" in text_of(path)


def test_a_stage_with_many_touchpoints_gets_its_chart_in_pieces(ws, built, tmp_path):
    stage = ws.scalar("SELECT stage_id FROM touchpoints WHERE id = ?", (built.touchpoint_ids[1],))
    template = ws.scalar("SELECT id FROM templates")
    checks = [c for ids in built.check_ids.values() for c in ids]
    with ws.transaction():
        for i in range(36):
            tp = records.insert(ws, "touchpoints", {"stage_id": stage, "name": f"Точка {i}",
                                                    "position": 10 + i})
            criterion = records.insert(ws, "criteria", {
                "template_id": template, "touchpoint_id": tp, "text": f"Критерий {i}",
                "position": 10 + i})
            for check in checks:
                records.insert(ws, "answers", {"check_id": check, "criterion_id": criterion,
                                               "value_number": i % 2})
    path = write_report(ws, built.engagement_id, tmp_path / "r.pdf", lang="ru",
                        sections=["results"])
    text = text_of(path)
    assert "Точка 0" in text and "Точка 35" in text


def test_bar_charts_are_cut_to_fit_a_page():
    t = Labels("en")
    names = [f"touchpoint {i}" for i in range(50)]
    series = [(f"company {k}", [float(i) for i in range(50)]) for k in range(5)]
    charts = score_bar_charts(names, series, t)
    assert len(charts) > 1 and all(c.height <= MAX_CHART_H for c in charts)
    shown = [n for c in charts for n in c.contents[0].categoryAxis.categoryNames]
    assert sorted(shown) == sorted(names)
    assert len(score_bar_charts([], [], t)) == 1


def test_every_conclusion_area_has_its_name_in_both_languages(ws, built, tmp_path):
    with ws.transaction():
        for area, text in (("kpi_motivation", "Премия не зависит от NPS"),
                           ("engagement", "Вовлечённость низкая"),
                           ("training", "Обучение раз в год"),
                           ("hiring", "Нанимают без проверки"),
                           ("working_conditions", "Нет комнаты отдыха")):
            records.insert(ws, "conclusions", {"engagement_id": built.engagement_id,
                                               "area": area, "text": text})
    ru = " ".join(text_of(write_report(ws, built.engagement_id, tmp_path / "ru.pdf",
                                       lang="ru", sections=["employees"])).split())
    for word in ("KPI и мотивация.", "Вовлечённость.", "Обучение.", "Подбор персонала.",
                 "Условия работы."):
        assert word in ru
    assert "kpi_motivation" not in ru and "working_conditions" not in ru
    # in the order of the areas, not alphabetical
    assert ru.index("Вовлечённость.") < ru.index("Подбор персонала.") < ru.index(
        "Обучение.") < ru.index("KPI и мотивация.")
    en = " ".join(text_of(write_report(ws, built.engagement_id, tmp_path / "en.pdf",
                                       lang="en", sections=["employees"])).split())
    assert "KPIs and motivation." in en and "Working conditions." in en


def test_per_location_reports_only_for_the_companies_chosen(ws, built, tmp_path):
    from cxdesk import engagements

    engagements.add_location(ws, built.engagement_id, name="Rival showroom",
                             subject_id=built.competitor_ids[0])
    written = write_location_reports(ws, built.engagement_id, tmp_path / "out", lang="en",
                                     sections=["summary"], subject_ids=[built.own_id])
    assert [p.name for p in written] == ["Showroom Lenina.pdf"]


def test_per_location_without_locations_says_so_and_writes_nothing(ws, tmp_path):
    from cxdesk import engagements

    empty = engagements.create_engagement(ws, name="Пустой проект")
    with pytest.raises(InvalidValue, match="'Пустой проект': no location"):
        write_location_reports(ws, empty.id, tmp_path / "out")
    assert not (tmp_path / "out").exists()
