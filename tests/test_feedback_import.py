"""`feedback import` from CSV (UTF-8, UTF-8 with BOM, Windows-1251 with semicolons) and xlsx:
names matched to the engagement, re-import adds nothing, and a bad file imports nothing."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from openpyxl import Workbook

from cxdesk.feedback import load_feedback
from cxdesk.feedback_import import FeedbackFileError, import_feedback


def count(ws, built) -> int:
    return ws.scalar("SELECT count(*) FROM feedback WHERE engagement_id = ?",
                     (built.engagement_id,))


def samples(ws) -> int:
    return ws.scalar("SELECT count(*) FROM feedback_samples")


def test_utf8_comma_csv_is_imported_with_names_matched(ws, built, tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.write_text("Score,Date,Comment,Touchpoint,Subject,Segment,Channel,CES\n"
                    "10,2026-10-01,Great coffee,website,North Motors,Private buyers,sms,7\n"
                    "3,05.10.2026,Waited long,Reception,,,,2\n", encoding="utf-8")
    before = count(ws, built)
    result = import_feedback(ws, built.engagement_id, path, sampling="random", invited=40)
    assert (result.added, result.skipped, result.warnings) == (2, 0, [])
    assert count(ws, built) == before + 2
    row = ws.row("SELECT * FROM feedback WHERE comment = 'Great coffee'")
    assert (row["score"], row["responded_on"], row["ces"], row["channel"]) == (
        10, "2026-10-01", 7, "sms")
    assert (row["touchpoint_id"], row["subject_id"], row["segment_id"]) == (
        built.touchpoint_ids[0], built.own_id, built.segment_id)
    second = ws.row("SELECT * FROM feedback WHERE comment = 'Waited long'")
    assert second["responded_on"] == "2026-10-05" and second["subject_id"] is None
    sample = ws.row("SELECT * FROM feedback_samples WHERE id = ?", (result.sample_id,))
    assert (sample["name"], sample["sampling"], sample["invited"]) == ("survey.csv", "random", 40)
    assert len(sample["source_sha256"]) == 64


def test_utf8_bom_csv_reads_its_first_header(ws, built, tmp_path: Path) -> None:
    path = tmp_path / "bom.csv"
    path.write_bytes("\ufeffscore,comment\n9,Отлично\n".encode())
    assert import_feedback(ws, built.engagement_id, path).added == 1
    assert ws.scalar("SELECT comment FROM feedback WHERE score = 9 AND comment = 'Отлично'")


def test_windows_1251_semicolon_csv_with_russian_headers(ws, built, tmp_path: Path) -> None:
    path = tmp_path / "выгрузка.csv"
    text = ("Оценка;Дата;Комментарий;Точка контакта;Компания;Сегмент;Канал;CES\r\n"
            "6;17.11.2026;Долго ждал, кофе не предложили;Reception;North Motors;;Планшет;3\r\n"
            "10;18.11.2026;Всё отлично; ;;;;\r\n")
    path.write_bytes(text.encode("cp1251"))
    result = import_feedback(ws, built.engagement_id, path)
    assert result.added == 2
    row = ws.row("SELECT * FROM feedback WHERE score = 6 AND channel = 'Планшет'")
    assert row["comment"] == "Долго ждал, кофе не предложили"
    assert row["responded_on"] == "2026-11-17" and row["ces"] == 3
    assert row["touchpoint_id"] == built.touchpoint_ids[1]


def test_xlsx_with_date_cells_is_imported(ws, built, tmp_path: Path) -> None:
    path = tmp_path / "survey.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["оценка", "дата", "комментарий", "субъект"])
    sheet.append([8, dt.datetime(2026, 11, 2), "Нормально", "Competitor A"])
    sheet.append([10.0, "03.11.2026", "Супер", None])
    book.save(path)
    assert import_feedback(ws, built.engagement_id, path).added == 2
    row = ws.row("SELECT * FROM feedback WHERE comment = 'Нормально'")
    assert (row["score"], row["responded_on"], row["subject_id"]) == (
        8, "2026-11-02", built.competitor_ids[0])


def test_importing_the_same_file_again_adds_nothing_but_keeps_identical_rows(
        ws, built, tmp_path: Path) -> None:
    path = tmp_path / "dup.csv"
    path.write_text("score,comment\n5,Same\n5,Same\n9,Other\n", encoding="utf-8")
    before, before_samples = count(ws, built), samples(ws)
    first = import_feedback(ws, built.engagement_id, path)
    assert (first.added, first.skipped) == (3, 0)
    again = import_feedback(ws, built.engagement_id, path)
    assert (again.added, again.skipped) == (0, 3)
    assert count(ws, built) == before + 3 and samples(ws) == before_samples + 1


def test_unknown_names_warn_once_each_and_the_response_is_kept(ws, built, tmp_path) -> None:
    path = tmp_path / "unknown.csv"
    path.write_text("score,subject,touchpoint\n7,Mystery Co,Kiosk\n8,Mystery Co,\n",
                    encoding="utf-8")
    lines: list[str] = []
    result = import_feedback(ws, built.engagement_id, path, warn=lines.append)
    assert result.added == 2 and len(lines) == 2
    assert "row 2, column subject: unknown subject 'Mystery Co'" in lines[0]
    assert "unknown touchpoint 'Kiosk'" in lines[1] and str(path) in lines[1]
    assert ws.scalar("SELECT count(*) FROM feedback WHERE score IN (7, 8)"
                     " AND subject_id IS NULL") >= 2


@pytest.mark.parametrize(("content", "expected"), [
    ("score,comment\n9,ok\n11,too much\n", "row 3, column score: the score must be a whole "
                                           "number from 0 to 10, not '11'"),
    ("score,comment\n9,ok\n,empty\n", "row 3, column score: the score is empty"),
    ("score,comment\nten,text\n", "row 2, column score: the score must be a whole number"),
    ("comment,date\nfine,2026-10-01\n", "row 1: no score column"),
    ("score,date\n9,31.02.2026\n", "row 2, column date: not a date"),
    ("score,ces\n9,8\n", "row 2, column ces: the CES must be a whole number from 1 to 7"),
])
def test_a_bad_file_names_file_and_row_and_imports_nothing(
        ws, built, tmp_path: Path, content: str, expected: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    before, before_samples = count(ws, built), samples(ws)
    with pytest.raises(FeedbackFileError) as caught:
        import_feedback(ws, built.engagement_id, path)
    assert any(expected in line and str(path) in line for line in caught.value.lines())
    assert count(ws, built) == before and samples(ws) == before_samples


@pytest.mark.parametrize(("name", "data", "expected"), [
    ("missing.csv", None, "cannot read the file"),
    ("broken.xlsx", b"PK\x03\x04 not really a zip", "not a readable xlsx workbook"),
    ("binary.csv", b"\x00\x01\x02score", "not a text CSV file"),
    ("notes.pdf", b"%PDF-1.4", "unsupported file type"),
])
def test_an_unreadable_file_is_refused_and_nothing_imported(
        ws, built, tmp_path: Path, name: str, data: bytes | None, expected: str) -> None:
    path = tmp_path / name
    if data is not None:
        path.write_bytes(data)
    before = count(ws, built)
    with pytest.raises(FeedbackFileError) as caught:
        import_feedback(ws, built.engagement_id, path)
    assert expected in str(caught.value) and name in str(caught.value)
    assert count(ws, built) == before


def test_imported_responses_feed_the_nps(ws, built, tmp_path: Path) -> None:
    path = tmp_path / "nps.csv"
    path.write_text("score\n" + "\n".join(["10"] * 5 + ["3"] * 5), encoding="utf-8")
    import_feedback(ws, built.engagement_id, path, sampling="self_selected")
    summary = load_feedback(ws, built.engagement_id)
    assert "self_selected" in summary.warnings


# -- files as real tools and Russian Excel write them -------------------------------------------
def test_a_title_row_before_the_header_is_skipped_and_rows_keep_the_file_numbers(
        ws, built, tmp_path: Path) -> None:
    path = tmp_path / "выгрузка.csv"
    lines = ["Отчёт NPS за март 2026;;;", "Оценка;Дата;Комментарий;Лишняя колонка",
             '10,0;15.03.2026;"Всё отлично; спасибо";x', ";;;", ";;;"]
    path.write_bytes("\r\n".join(lines).encode("cp1251"))
    result = import_feedback(ws, built.engagement_id, path)
    assert result.added == 1
    row = ws.row("SELECT * FROM feedback WHERE comment = 'Всё отлично; спасибо'")
    assert (row["score"], row["responded_on"]) == (10, "2026-03-15")
    bad = tmp_path / "bad.csv"
    bad.write_bytes("\r\n".join([*lines[:3], "11;16.03.2026;ой;"]).encode("cp1251"))
    before = count(ws, built)
    with pytest.raises(FeedbackFileError) as caught:
        import_feedback(ws, built.engagement_id, bad)
    assert caught.value.lines() == [f"{bad}: row 4, column Оценка: the score must be a whole "
                                    f"number from 0 to 10, not '11'"]
    assert count(ws, built) == before


def test_a_multiline_comment_keeps_spreadsheet_row_numbers(ws, built, tmp_path: Path) -> None:
    path = tmp_path / "multiline.csv"
    path.write_bytes('Оценка;Комментарий;Дата\r\n6;"Долго ждал,\r\nкофе не предложили";'
                     '01.03.2026\r\n9;ok;32.03.2026\r\n'.encode("cp1251"))
    with pytest.raises(FeedbackFileError) as caught:
        import_feedback(ws, built.engagement_id, path)
    assert "row 3, column Дата: not a date" in str(caught.value)


@pytest.mark.parametrize(("name", "data"), [
    ("sep.csv", "sep=;\r\nscore;comment\r\n9;Sep line, as Excel writes it\r\n".encode("cp1251")),
    ("unicode.csv", "score\tcomment\r\n9\tТекст в UTF-16\r\n".encode("utf-16")),
    ("quoted.csv", b'"sep=,"\n"score","comment"\n"9","quoted, with a comma"\n'),
    ("mac.csv", b"score;comment\r9;old Mac line ends\r"),
    ("commas.csv", "Оценка;Комментарий\r\n9;Хорошо, быстро, вежливо, чисто, уютно\r\n"
     .encode("cp1251")),  # more commas than semicolons: the header decides
])
def test_excel_hint_lines_utf16_and_odd_line_ends_are_read(
        ws, built, tmp_path: Path, name: str, data: bytes) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    result = import_feedback(ws, built.engagement_id, path)
    assert (result.added, result.skipped) == (1, 0)
    row = ws.row("SELECT score, comment FROM feedback WHERE sample_id = ?", (result.sample_id,))
    assert row["score"] == 9 and "\t" not in row["comment"] and ";" not in row["comment"]


def test_russian_excel_dates_scores_and_annotated_headers(ws, built, tmp_path: Path) -> None:
    path = tmp_path / "даты.csv"
    path.write_bytes(("Оценка (0–10);Дата:;CES*;Комментарий\r\n"
                      "10,0;16.03.26;5,0;two-digit year\r\n"
                      "7;45366;;Excel date serial\r\n"
                      "8;2026-03-17T10:15:00Z;;ISO with a zone\r\n"
                      "9;17.03.2026 14:30;;date with a time\r\n").encode("cp1251"))
    assert import_feedback(ws, built.engagement_id, path).added == 4
    got = dict(ws.rows("SELECT comment, responded_on FROM feedback WHERE comment IN"
                       " ('two-digit year', 'Excel date serial', 'ISO with a zone',"
                       " 'date with a time')"))
    assert got == {"two-digit year": "2026-03-16", "Excel date serial": "2024-03-15",
                   "ISO with a zone": "2026-03-17", "date with a time": "2026-03-17"}
    assert ws.scalar("SELECT ces FROM feedback WHERE comment = 'two-digit year'") == 5


def test_xlsx_data_on_a_later_sheet_below_a_title(ws, built, tmp_path: Path) -> None:
    path = tmp_path / "анкета.xlsx"
    book = Workbook()
    book.active.title = "Инструкция"
    book.active.append(["Заполните лист «Ответы»"])
    sheet = book.create_sheet("Ответы")
    sheet.append(["Выгрузка из анкеты"])
    sheet.append([])
    sheet.append(["Оценка", "Дата", "Комментарий", "Примечание"])
    sheet.append([10.0, 45366, "serial date cell 😀", "x"])
    sheet.append([3, dt.datetime(2026, 3, 1, 12, 0), "datetime cell", None])
    sheet.append([None, None, None, None])
    book.save(path)
    assert import_feedback(ws, built.engagement_id, path).added == 2
    assert ws.scalar("SELECT responded_on FROM feedback WHERE comment LIKE 'serial%'") \
        == "2024-03-15"
    sheet.append(["11", "01.03.2026", "too high", None])
    book.save(path)
    before = count(ws, built)
    with pytest.raises(FeedbackFileError) as caught:
        import_feedback(ws, built.engagement_id, path)
    assert caught.value.lines() == [f"{path}: sheet 'Ответы', row 7, column Оценка: the score "
                                    f"must be a whole number from 0 to 10, not '11'"]
    assert count(ws, built) == before


def test_an_xlsx_with_a_damaged_sheet_is_refused_cleanly(ws, built, tmp_path: Path) -> None:
    import zipfile

    good = tmp_path / "good.xlsx"
    book = Workbook()
    book.active.append(["score"])
    book.active.append([9])
    book.save(good)
    damaged = tmp_path / "damaged.xlsx"
    with zipfile.ZipFile(good) as src, zipfile.ZipFile(damaged, "w") as out:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename.startswith("xl/worksheets/sheet"):
                data = data[: len(data) // 2]  # cut mid-XML
            out.writestr(item, data)
    before = count(ws, built)
    with pytest.raises(FeedbackFileError) as caught:
        import_feedback(ws, built.engagement_id, damaged)
    assert str(caught.value).startswith(f"{damaged}: not a readable xlsx workbook")
    assert count(ws, built) == before


def test_a_very_long_comment_is_kept_whole(ws, built, tmp_path: Path) -> None:
    path = tmp_path / "letter.csv"
    letter = "Очень длинное письмо клиента. " * 6000  # ~180 000 characters
    path.write_text(f'score,comment\n2,"{letter}"\n', encoding="utf-8")
    assert import_feedback(ws, built.engagement_id, path).added == 1
    assert ws.scalar("SELECT length(comment) FROM feedback WHERE score = 2 AND comment LIKE"
                     " 'Очень длинное%'") == len(letter.strip())


def test_undoing_an_import_is_all_or_nothing(ws, built, tmp_path: Path, monkeypatch) -> None:
    from cxdesk import records
    from cxdesk.feedback_import import undo_import

    path = tmp_path / "undo.csv"
    path.write_text("score,comment\n9,first\n3,second\n", encoding="utf-8")
    result = import_feedback(ws, built.engagement_id, path)
    assert result.new_sample  # removed after the responses: the step that fails below
    real_remove = records.remove

    def failing_remove(*args, **kwargs):
        raise RuntimeError("disk trouble")

    monkeypatch.setattr(records, "remove", failing_remove)
    with pytest.raises(RuntimeError):
        undo_import(ws, result)
    assert ws.scalar("SELECT count(*) FROM feedback WHERE id IN (?, ?)", result.ids) == 2
    monkeypatch.setattr(records, "remove", real_remove)
    undo_import(ws, result)
    assert ws.scalar("SELECT count(*) FROM feedback WHERE id IN (?, ?)", result.ids) == 0


def test_undo_and_redo_of_a_large_import_restore_every_row_and_its_tags(
        ws, built, tmp_path: Path) -> None:
    from cxdesk import records
    from cxdesk.feedback_import import undo_import

    path = tmp_path / "large.csv"
    path.write_text("score,comment\n" + "".join(f"{i % 11},comment {i}\n" for i in range(1200)),
                    encoding="utf-8")
    result = import_feedback(ws, built.engagement_id, path)
    tag = records.insert(ws, "tags", {"engagement_id": built.engagement_id, "name": "slow"})
    link = records.insert(ws, "feedback_tags", {"feedback_id": result.ids[700], "tag_id": tag})
    before = sorted(tuple(r) for r in ws.rows("SELECT id, score, comment FROM feedback"))
    removals = undo_import(ws, result)
    assert ws.scalar("SELECT count(*) FROM feedback WHERE engagement_id = ?",
                     (built.engagement_id,)) == len(before) - 1200
    assert ws.scalar("SELECT count(*) FROM feedback_tags") == 0
    for removal in reversed(removals):
        records.restore(ws, removal)
    assert sorted(tuple(r) for r in ws.rows("SELECT id, score, comment FROM feedback")) == before
    assert ws.scalar("SELECT feedback_id FROM feedback_tags WHERE id = ?", (link,)) == \
        result.ids[700]


def test_unknown_name_warnings_name_the_sheet_and_the_column_as_the_file_does(
        ws, built, tmp_path: Path) -> None:
    path = tmp_path / "names.xlsx"
    book = Workbook()
    book.active.title = "Ответы"
    book.active.append(["Оценка", "Компания"])
    book.active.append([7, "Неизвестная"])
    book.save(path)
    lines: list[str] = []
    assert import_feedback(ws, built.engagement_id, path, warn=lines.append).added == 1
    assert lines == [f"{path}: sheet 'Ответы', row 2, column Компания: unknown subject "
                     f"'Неизвестная'; the response is kept unattached"]


def test_fewer_invited_than_responses_is_refused(ws, built, tmp_path: Path) -> None:
    path = tmp_path / "rate.csv"
    path.write_text("score\n9\n8\n3\n", encoding="utf-8")
    before = count(ws, built)
    with pytest.raises(FeedbackFileError) as caught:
        import_feedback(ws, built.engagement_id, path, invited=2)
    assert caught.value.lines() == [f"{path}: 3 responses but only 2 clients invited; the "
                                    f"number invited counts everyone asked, so it cannot be "
                                    f"smaller"]
    assert count(ws, built) == before
    assert import_feedback(ws, built.engagement_id, path, invited=3).added == 3


def test_an_xlsx_with_a_far_stray_cell_is_read_quickly(ws, built, tmp_path: Path) -> None:
    path = tmp_path / "stray.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append(["score", "comment"])
    sheet.append([9, "ok"])
    sheet["XFD1048576"] = "x"  # declares A1:XFD1048576: read as is, 16 billion cells
    book.save(path)
    result = import_feedback(ws, built.engagement_id, path)
    assert (result.added, result.skipped) == (1, 0)


def test_an_xlsx_zip_bomb_is_refused_before_it_is_parsed(ws, built, tmp_path: Path,
                                                          monkeypatch) -> None:
    import zipfile

    from cxdesk import feedback_read

    monkeypatch.setattr(feedback_read, "MAX_UNPACKED_BYTES", 3 * 2**20)
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b" " * (4 * 2**20))
    before = count(ws, built)
    with pytest.raises(FeedbackFileError, match="unpacks to more than 3 MB"):
        import_feedback(ws, built.engagement_id, path)
    assert count(ws, built) == before
