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
