"""Checklist templates in Excel (docs/CLI.md): round trip, Russian headers and values, every
kind of bad cell named with its row and column and nothing written, unreadable files, the
shipped templates, and the `template` commands end to end."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

import openpyxl
import pytest

from cxdesk import checklists, engagements, templates
from cxdesk.errors import InvalidValue, NotFound
from cxdesk.schema import ENTITY_TABLES
from cxdesk.template_workbook import (
    TemplateFileError,
    export_template,
    import_template,
    read_template_workbook,
    template_records,
)
from cxdesk.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]
SHIPPED = sorted((ROOT / "resources" / "templates").glob("*.xlsx"))
EN = ["stage", "touchpoint", "section", "criterion", "should_be", "should_not_be", "channel",
      "interaction", "answer", "unit", "threshold", "direction", "weight", "critical",
      "required_checks", "photo"]


def counts(ws: Workspace) -> dict[str, int]:
    tables = [*ENTITY_TABLES, "tombstones"]
    return {t: ws.scalar(f"SELECT count(*) FROM {t}") for t in tables}


def workbook(path: Path, header: list, rows: list[list], *, settings: list[list] | None = None,
             title: str = "criteria") -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = title
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    if settings is not None:
        extra = book.create_sheet("template")
        for row in settings:
            extra.append(row)
    book.save(path)
    return path


def _rich_template(ws: Workspace, built) -> str:
    template_id = templates.create_template(ws, built.engagement_id, name="Every column",
                                            language="en")
    stage = ws.scalar("SELECT stage_id FROM touchpoints WHERE id = ?", (built.touchpoint_ids[1],))
    for values in [
        {"touchpoint_id": built.touchpoint_ids[0], "text": "Prices on the website",
         "should_be": "Every car priced", "should_not_be": "'Price on request'",
         "channel": "online", "interaction": "product", "weight": 2.5, "critical": True,
         "required_checks": 3, "photo": "required"},
        {"touchpoint_id": built.touchpoint_ids[1], "stage_id": stage, "text": "Time to greet",
         "answer_type": "number", "unit": "s", "threshold": 30, "direction": "lower_is_better",
         "photo": "optional"},
        {"touchpoint_id": built.touchpoint_ids[2], "stage_id": stage, "text": "Presentation",
         "answer_type": "choice", "choices": [("full", 1), ("partial", 0.4), ("none", 0)]},
        {"touchpoint_id": built.touchpoint_ids[2], "stage_id": stage, "text": "Rating",
         "answer_type": "number", "unit": "points", "threshold": 4.5,
         "direction": "higher_is_better"},
        {"section": "Appearance", "text": "=HYPERLINK(\"http://x\")\tclean\x07 floor",
         "answer_type": "scale_1_5", "channel": "offline"},
        {"section": "Employees", "stage_id": stage, "text": "Comment",
         "answer_type": "text", "interaction": "person", "should_be": "x" * 5000},
        {"section": "Employees", "text": "Knows the range", "answer_type": "scale_0_10"},
    ]:
        templates.add_criterion(ws, template_id, values)
    return template_id


# -- round trip -------------------------------------------------------------------------------
def test_export_then_import_gives_the_same_criteria_every_column(ws, built, tmp_path):
    template_id = _rich_template(ws, built)
    path = tmp_path / "every.xlsx"
    export_template(ws, template_id, path)

    book = openpyxl.load_workbook(path)
    sheet = book["criteria"]
    assert [c.value for c in sheet[1]] == EN
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:P8"
    assert sheet.column_dimensions["D"].width >= 40
    assert sheet["M2"].value == 2.5 and sheet["O2"].value == 3 and sheet["K3"].value == 30
    assert sheet["N2"].value == "yes" and sheet["P2"].value == "required"
    (formula_like,) = [c for c in sheet["D"] if c.value.startswith("=HYPERLINK")]
    assert formula_like.data_type == "s" and "\x07" not in formula_like.value
    assert [[c.value for c in r] for r in book["template"].iter_rows()][:2] == [
        ["name", "Every column"], ["language", "en"]]

    imported = import_template(ws, built.engagement_id, path)
    assert imported != template_id
    original, again = template_records(ws, template_id), template_records(ws, imported)
    assert again.criteria == original.criteria and len(again.criteria) == 7
    assert (again.name, again.language, again.map_name) == ("Every column", "en", "As is")
    # matched to the same map: no stage or touchpoint was created
    assert ws.scalar("SELECT count(*) FROM touchpoints") == 3
    assert {c.touchpoint_id for c in checklists.load_checklist(ws, imported).criteria()} == {
        c.touchpoint_id for c in checklists.load_checklist(ws, template_id).criteria()}


def test_a_russian_template_exports_russian_headers_and_values_and_imports_back(ws, tmp_path):
    eng = engagements.create_engagement(ws, name="Аудит", language="ru")
    path = workbook(tmp_path / "ru.xlsx", [
        "Стадия", "Точка контакта", "Раздел", "Критерий", "Как должно быть",
        "Как не должно быть", "Канал", "Взаимодействие", "Тип ответа", "Единица", "Порог",
        "Направление", "Вес", "Критичный", "Необходимое количество проверок", "Фото"], [
        ["Покупка", "Ресепшн", None, "Приветствие", "За 30 секунд", "Клиент ждёт", "Офлайн",
         "ЧЕЛОВЕК", "number", "с", "30", "lower_is_better", "1,5", "Да", "2", "Обязательно"],
        ["  покупка ", " ресепшн", None, "Напиток", None, None, "офлайн", None,
         "choice:отлично=1|норма=0,5|плохо=0", None, None, None, 1, "нет", 1.0, "по желанию"],
        ["Поиск", "Сайт", None, "Цены", None, None, "онлайн", "продукт", None, None, None,
         None, None, "НЕТ", None, "нет"],
        [None, None, "Внешний вид", "Чистота", None, None, None, None, "scale_1_5", None, None,
         None, None, None, None, None],
    ], settings=[["name", "Шоурум"], ["map", "Покупка автомобиля"]])
    template_id = import_template(ws, eng.id, path)

    checklist = checklists.load_checklist(ws, template_id)
    assert checklist.template.language == "ru" and checklist.template.map_name == (
        "Покупка автомобиля")
    greet, drink, prices, clean = sorted(checklist.criteria(), key=lambda c: c.position)
    assert (greet.threshold, greet.weight, greet.critical, greet.required_checks, greet.photo,
            greet.channel, greet.interaction) == (30, 1.5, True, 2, "required", "offline",
                                                  "person")
    assert [(c.label, c.points) for c in drink.choices] == [("отлично", 1), ("норма", 0.5),
                                                           ("плохо", 0)]
    assert drink.touchpoint_id == greet.touchpoint_id  # matched case/space-insensitively
    assert (prices.answer_type, prices.photo, prices.critical) == ("yes_no", "none", False)
    assert clean.section == "Внешний вид" and clean.touchpoint_id is None
    # the engagement had no map: one was made, with the stages and touchpoints
    assert ws.scalar("SELECT count(*) FROM maps") == 1
    assert ws.scalar("SELECT count(*) FROM stages") == 2
    assert ws.scalar("SELECT count(*) FROM touchpoints") == 2

    out = tmp_path / "back.xlsx"
    export_template(ws, template_id, out)
    sheet = openpyxl.load_workbook(out)["criteria"]
    assert sheet["D1"].value == "Критерий" and sheet["O1"].value == (
        "Необходимое количество проверок")
    assert (sheet["G2"].value, sheet["H2"].value, sheet["N2"].value, sheet["P2"].value) == (
        "офлайн", "человек", "да", "обязательно")
    again = import_template(ws, eng.id, out)
    assert template_records(ws, again).criteria == template_records(ws, template_id).criteria
    assert ws.scalar("SELECT count(*) FROM touchpoints") == 2


def test_merged_and_empty_rows_are_skipped_and_formulas_read_as_their_values(ws, built,
                                                                             tmp_path):
    path = tmp_path / "layout.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Stage ", "TOUCHPOINT", "criterion", "weight"])
    sheet.append(["Search", None, None, None])  # a heading band, merged across the row
    sheet.merge_cells("A2:D2")
    sheet.append(["Purchase", "Reception", "Greeting", "=1+1"])
    sheet.append([None, "Sales manager", "Needs discovery", 1])
    sheet.merge_cells("A3:A4")  # the stage written once for both rows
    sheet.append([None, None, None, None])
    sheet.append(["   ", None, "", None])
    sheet.append([None, "Website", "Prices", 1])  # touchpoint found on the map without a stage
    book.save(path)
    # what Excel saves: the formula with its cached value
    with zipfile.ZipFile(path) as z:
        parts = {n: z.read(n) for n in z.namelist()}
    xml = parts["xl/worksheets/sheet1.xml"].decode()
    xml, n = re.subn(r"<f>1\+1</f>(<v\s*/>|<v></v>)?", "<f>1+1</f><v>2</v>", xml)
    assert n == 1
    parts["xl/worksheets/sheet1.xml"] = xml.encode()
    with zipfile.ZipFile(path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)

    parsed = read_template_workbook(path)
    assert [(c.row, c.stage, c.touchpoint, c.text, c.weight) for c in parsed.criteria] == [
        (3, "Purchase", "Reception", "Greeting", 2.0),
        (4, "Purchase", "Sales manager", "Needs discovery", 1.0),
        (7, "", "Website", "Prices", 1.0)]
    before = ws.scalar("SELECT count(*) FROM touchpoints")
    template_id = import_template(ws, built.engagement_id, path)
    assert ws.scalar("SELECT count(*) FROM touchpoints") == before
    assert set(c.touchpoint_id for c in checklists.load_checklist(ws, template_id).criteria()) \
        == set(built.touchpoint_ids)


# -- bad cells -------------------------------------------------------------------------------
def _problems(exc: pytest.ExceptionInfo) -> set[tuple]:
    return {(p.sheet, p.row, p.column, p.header) for p in exc.value.problems}


def test_every_bad_cell_is_named_with_its_row_and_column_and_nothing_is_written(ws, built,
                                                                              tmp_path):
    header = ["Stage", "Touchpoint", "Section", "Criterion", "answer", "threshold", "direction",
              "weight", "critical", "required_checks", "photo", "channel", "interaction"]
    rows = [
        ["Search", "Website", None, "Fine", None, None, None, 1, "yes", 1, "none", "online",
         "product"],                                                             # row 2: fine
        ["Search", "Website", None, None, None, None, None, None, None, None, None, None, None],
        ["Search", "Website", None, "Type", "yes-no", None, None, None, None, None, None, None,
         None],
        ["Search", "Website", None, "Wait", "number", None, "sideways", None, None, None, None,
         None, None],                                                            # row 5
        ["Search", "Website", None, "Wait 2", "number", 5, None, None, None, None, None, None,
         None],
        ["Search", "Website", None, "W", None, None, None, 0, None, None, None, None, None],
        ["Search", "Website", None, "W2", None, None, None, "heavy", None, None, None, None,
         None],                                                                  # row 8
        ["Search", "Website", None, "R", None, None, None, None, None, 1.5, None, None, None],
        ["Search", "Website", None, "R2", None, None, None, None, None, "0", None, None, None],
        ["Search", "Website", None, "C", None, None, None, None, "maybe", None, None, None,
         None],                                                                  # row 11
        ["Search", "Website", None, "P", None, None, None, None, None, None, "sometimes", None,
         None],
        ["Search", "Website", None, "Ch", None, None, None, None, None, None, None, "email",
         "robot"],                                                               # row 13
        ["Search", None, None, "Nowhere", None, "abc", None, None, None, None, None, None,
         None],
        ["Search", "Website", None, "Ch2", "choice:a", None, None, None, None, None, None, None,
         None],                                                                  # row 15
    ]
    path = workbook(tmp_path / "bad.xlsx", header, rows)
    before = counts(ws)
    with pytest.raises(TemplateFileError) as exc:
        import_template(ws, built.engagement_id, path)
    s = "criteria"
    assert _problems(exc) == {
        (s, 3, "D", "Criterion"), (s, 4, "E", "answer"), (s, 5, "F", "threshold"),
        (s, 5, "G", "direction"), (s, 6, "G", "direction"), (s, 7, "H", "weight"),
        (s, 8, "H", "weight"), (s, 9, "J", "required_checks"), (s, 10, "J", "required_checks"),
        (s, 11, "I", "critical"), (s, 12, "K", "photo"), (s, 13, "L", "channel"),
        (s, 13, "M", "interaction"), (s, 14, "B", "Touchpoint"), (s, 14, "F", "threshold"),
        (s, 15, "E", "answer"),
    }
    assert counts(ws) == before
    lines = exc.value.lines()
    assert len(lines) == 16 and all(line.startswith(f"{path}: sheet 'criteria', row ")
                                    for line in lines)
    assert any("row 8, column H 'weight'" in line and "'heavy'" in line for line in lines)


def test_duplicate_headers_and_bad_settings_are_problems(ws, built, tmp_path):
    path = workbook(tmp_path / "headers.xlsx", ["criterion", "Критерий", "colour", "Вес", "section"],
                    [["a", "b", "red", 1, "S"]], settings=[["language", "fr"], ["owner", "me"]])
    with pytest.raises(TemplateFileError) as exc:
        read_template_workbook(path)
    assert _problems(exc) == {("criteria", 1, "B", "Критерий"),
                              ("template", 1, "B", "language"), ("template", 2, "A", None)}
    assert "also column A" in str(exc.value)


def test_columns_outside_the_format_are_read_past_and_named(ws, built, tmp_path):
    path = workbook(tmp_path / "numbered.xlsx", ["№", "Раздел", "Критерий", "Примечание"],
                    [[1, "Внешний вид", "Чистый пол", "см. фото"]])
    parsed = read_template_workbook(path)
    assert [c.text for c in parsed.criteria] == ["Чистый пол"]
    assert len(parsed.ignored) == 2
    assert "column A '№'" in parsed.ignored[0] and "ignored" in parsed.ignored[0]
    heard: list[str] = []
    import_template(ws, built.engagement_id, path, warn=heard.append)
    assert heard == list(parsed.ignored)


def test_a_sheet_without_a_criterion_column_or_without_rows_is_refused(tmp_path):
    with pytest.raises(TemplateFileError, match="no 'criterion'"):
        read_template_workbook(workbook(tmp_path / "a.xlsx", ["stage", "weight"], [["x", 1]]))
    with pytest.raises(TemplateFileError, match="sheet 'criteria': the sheet is empty"):
        read_template_workbook(workbook(tmp_path / "b.xlsx", [], []))
    with pytest.raises(TemplateFileError, match="no criteria below the header"):
        read_template_workbook(workbook(tmp_path / "c.xlsx", ["criterion", "section"], []))


def test_hostile_text_is_cleaned_or_refused_not_crashed_on(tmp_path):
    path = workbook(tmp_path / "hostile.xlsx", ["criterion", "section", "should_be"], [
        ["ok\x7f text  ", "S", "y" * 32_000],
        ["long name", "s" * 400, None],
    ])
    with pytest.raises(TemplateFileError) as exc:
        read_template_workbook(path)
    assert _problems(exc) == {("criteria", 3, "B", "section")}


@pytest.mark.parametrize("content, reason", [
    (None, "there is no such file"),
    (b"", "the file is empty"),
    (b"stage,criterion\nSearch,Prices\n", "not an Excel .xlsx workbook"),
    (b"PK\x03\x04" + b"\x00" * 200, "damaged"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
     "password-protected"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 500, "old Excel 97"),
])
def test_missing_unreadable_and_protected_files_are_one_clear_problem(ws, built, tmp_path,
                                                                      content, reason):
    path = tmp_path / "input.xlsx"
    if content is not None:
        path.write_bytes(content)
    before = counts(ws)
    with pytest.raises(TemplateFileError) as exc:
        import_template(ws, built.engagement_id, path)
    (line,) = exc.value.lines()
    assert line.startswith(str(path)) and reason in line
    assert counts(ws) == before


def test_a_zip_that_is_not_a_workbook_is_damaged(tmp_path):
    path = tmp_path / "notes.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("notes.txt", "hello")
    with pytest.raises(TemplateFileError, match="damaged or not a valid"):
        read_template_workbook(path)


def test_an_unknown_engagement_is_refused_before_the_file_is_read(ws, tmp_path):
    with pytest.raises(NotFound):
        import_template(ws, str(uuid.uuid4()), tmp_path / "none.xlsx")


# -- shipped templates -----------------------------------------------------------------------
def test_the_shipped_templates_are_all_there_in_both_languages():
    names = {p.name for p in SHIPPED}
    assert names == {f"{k}_{lang}.xlsx" for k in ("showroom", "appearance", "employees")
                     for lang in ("ru", "en")}


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.name)
def test_each_shipped_template_imports_cleanly(ws, built, path):
    template_id = import_template(ws, built.engagement_id, path)
    checklist = checklists.load_checklist(ws, template_id)
    criteria = checklist.criteria()
    assert len(criteria) >= 10 and all(c.should_be and c.should_not_be for c in criteria)
    assert checklist.template.language == path.stem[-2:]
    if path.stem.startswith("appearance"):
        assert sum(c.photo == "required" for c in criteria) >= 10
        assert {c.channel for c in criteria} == {"online", "offline"}


def test_the_russian_showroom_checklist_fits_the_demo_map_without_new_touchpoints(ws):
    from cxdesk.demo import build_demo

    engagement_id = build_demo(ws)
    before = ws.scalar("SELECT count(*) FROM touchpoints"), ws.scalar("SELECT count(*) FROM stages")
    template_id = import_template(ws, engagement_id,
                                  ROOT / "resources/templates/showroom_ru.xlsx")
    after = ws.scalar("SELECT count(*) FROM touchpoints"), ws.scalar("SELECT count(*) FROM stages")
    assert after == before
    assert all(c.touchpoint_id for c in checklists.load_checklist(ws, template_id).criteria())


def test_the_shipped_workbooks_are_what_the_script_writes(tmp_path):
    sys.path.insert(0, str(ROOT / "resources" / "templates"))
    try:
        import make_templates
    finally:
        sys.path.pop(0)
    for fresh in make_templates.build(tmp_path):
        shipped = read_template_workbook(ROOT / "resources" / "templates" / fresh.name)
        assert read_template_workbook(fresh).criteria == shipped.criteria, fresh.name


# -- the command line ------------------------------------------------------------------------
def cli(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CXDESK_WORKSPACE", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, timeout=300)


def test_template_commands_end_to_end(workspace_path, tmp_path):
    with Workspace.open(workspace_path) as ws:
        from engagement_factory import build_engagement

        built = build_engagement(ws)
        (original,) = checklists.list_templates(ws, built.engagement_id)
    w = str(workspace_path)

    out = tmp_path / "visit.xlsx"
    result = cli("template", "export", "--workspace", w, "--template", original.id, "-o",
                 str(out))
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    result = cli("template", "import", "--workspace", w, "--engagement", built.engagement_id,
                 str(out))
    assert result.returncode == 0, result.stderr
    new_id = result.stdout.strip()
    assert uuid.UUID(new_id) and result.stdout.count("\n") == 1
    with Workspace.open(workspace_path) as ws:
        assert template_records(ws, new_id).criteria == template_records(
            ws, original.id).criteria
        before = counts(ws)

    bad = workbook(tmp_path / "bad.xlsx", ["criterion", "section", "weight"],
                   [["a", "S", "x"], [None, "S", 1]])
    result = cli("template", "import", "--workspace", w, "--engagement", built.engagement_id,
                 str(bad))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.splitlines() == [
        f"cxdesk: {bad}: sheet 'criteria', row 2, column C 'weight': the weight must be a "
        "number greater than 0, not 'x'",
        f"cxdesk: {bad}: sheet 'criteria', row 3, column A 'criterion': the criterion is "
        "missing (what is checked)",
    ]
    with Workspace.open(workspace_path) as ws:
        assert counts(ws) == before

    for args, code in [
        (("template", "import", "--workspace", w, "--engagement", str(uuid.uuid4()), str(out)),
         1),
        (("template", "import", "--workspace", w, "--engagement", built.engagement_id,
          str(tmp_path / "missing.xlsx")), 1),
        (("template", "export", "--workspace", w, "--template", str(uuid.uuid4()), "-o",
          str(tmp_path / "x.xlsx")), 1),
        (("template", "export", "--workspace", str(tmp_path / "none.cxd"), "--template",
          original.id, "-o", str(tmp_path / "x.xlsx")), 1),
        (("template", "export", "--workspace", w, "--template", original.id, "-o",
          str(tmp_path / "x.csv")), 2),
        (("template", "import", "--workspace", w, str(out)), 2),
    ]:
        result = cli(*args)
        assert result.returncode == code, (args, result.stderr)
        assert result.stdout == "" and result.stderr.strip()
    assert not (tmp_path / "x.xlsx").exists() and not (tmp_path / "x.csv").exists()


def test_a_merged_title_row_above_the_header_is_skipped(ws, built, tmp_path):
    path = tmp_path / "client.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Лист1"
    sheet.append(["Чек-лист проверки шоурума"])
    sheet.merge_cells("A1:D1")
    sheet.append(["Раздел", "Критерий", "Вес", "Критичный"])
    sheet.append(["Внешний вид", "Чистота в зале", "1,5", "да"])
    book.save(path)
    parsed = read_template_workbook(path)
    assert [(c.section, c.text, c.weight, c.critical, c.row) for c in parsed.criteria] == [
        ("Внешний вид", "Чистота в зале", 1.5, True, 3)]


def test_a_stray_far_cell_neither_hangs_nor_counts_as_rows(tmp_path):
    path = tmp_path / "far.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["section", "criterion"])
    sheet.append(["S", "a"])
    sheet["XFD1"] = None  # a formatted, empty cell far away: the sheet is 16,384 columns wide
    sheet["XFD1"].font = openpyxl.styles.Font(bold=True)
    sheet["A1048576"].font = openpyxl.styles.Font(bold=True)
    book.save(path)
    assert [c.text for c in read_template_workbook(path).criteria] == ["a"]
    sheet["XFD1048576"] = "z"  # a value a million rows down: refused, quickly
    book.save(path)
    with pytest.raises(TemplateFileError, match="more than 5000 rows"):
        read_template_workbook(path)


def test_template_export_to_a_missing_folder_or_a_folder_names_the_output(workspace_path,
                                                                         tmp_path):
    with Workspace.open(workspace_path) as ws:
        from engagement_factory import build_engagement

        built = build_engagement(ws)
        (original,) = checklists.list_templates(ws, built.engagement_id)
    folder = tmp_path / "taken.xlsx"
    folder.mkdir()
    for out, reason in [(tmp_path / "нет папки" / "t.xlsx",
                         f"the folder {tmp_path / 'нет папки'} does not exist"),
                        (folder, "is a folder; name the .xlsx file to write")]:
        result = cli("template", "export", "--workspace", str(workspace_path), "--template",
                     original.id, "-o", str(out))
        assert (result.returncode, result.stdout) == (1, "")
        assert result.stderr == f"cxdesk: {out}: {reason}\n"
    assert not any(p.name.startswith(".cxdesk-") for p in tmp_path.rglob("*"))


def test_without_a_criteria_sheet_the_first_sheet_with_a_criterion_header_is_read(tmp_path):
    path = tmp_path / "with notes.xlsx"
    book = openpyxl.Workbook()
    book.active.title = "Инструкция"
    book.active["A1"] = "Заполните лист «Чек-лист»"
    sheet = book.create_sheet("Чек-лист")
    sheet.append(["Раздел", "Критерий"])
    sheet.append(["Внешний вид", "Чисто"])
    book.save(path)
    parsed = read_template_workbook(path)
    assert (parsed.sheet, [c.text for c in parsed.criteria]) == ("Чек-лист", ["Чисто"])


def test_exporting_over_the_workspace_itself_is_refused_and_leaves_it_whole(ws, built):
    (template,) = checklists.list_templates(ws, built.engagement_id)
    before = Path(ws.path).read_bytes()
    with pytest.raises(InvalidValue, match="is the workspace itself"):
        export_template(ws, template.id, ws.path)
    assert Path(ws.path).read_bytes() == before


def test_a_required_count_too_large_to_store_is_a_problem_not_a_crash(ws, built, tmp_path):
    path = workbook(tmp_path / "huge.xlsx", ["section", "criterion", "required_checks"],
                    [["S", "a", "1e20"], ["S", "b", "99999999999999999999"], ["S", "c", 3]])
    before = counts(ws)
    with pytest.raises(TemplateFileError) as caught:
        import_template(ws, built.engagement_id, path)
    assert [(p.row, p.column) for p in caught.value.problems] == [(2, "C"), (3, "C")]
    assert counts(ws) == before


def test_export_keeps_the_row_order_of_the_workbook_it_came_from(ws, built, tmp_path):
    rows = [["Purchase", "Reception", "", "Greeting"],
            ["", "", "Appearance", "Clean floor"],
            ["Purchase", "Sales manager", "", "Needs discovery"],
            ["Purchase", "Reception", "", "Coffee offered"]]
    source = workbook(tmp_path / "in.xlsx", ["stage", "touchpoint", "section", "criterion"],
                      rows)
    template_id = import_template(ws, built.engagement_id, source)
    export_template(ws, template_id, tmp_path / "out.xlsx")
    texts = [c.text for c in read_template_workbook(tmp_path / "out.xlsx").criteria]
    assert texts == ["Greeting", "Clean floor", "Needs discovery", "Coffee offered"]
