"""Reading a feedback file apart from writing it (what the GUI's worker does): progress is
reported while a workbook is read and while the rows are checked, a progress callback can stop
the reading, and a file prepared first imports exactly as one imported in one go."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import Workbook

from cxdesk.feedback_import import import_feedback, prepare_file
from cxdesk.feedback_read import PROGRESS_ROWS, Cancelled, FeedbackFileError


def write_xlsx(path: Path, rows: int) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = "Ответы"
    sheet.append(["Оценка", "Дата", "Комментарий"])
    for i in range(rows):
        sheet.append([i % 11, "01.10.2026", f"отзыв {i}"])
    book.save(path)
    return path


def write_csv(path: Path, rows: int) -> Path:
    lines = ["Оценка;Дата;Комментарий"] + [f"{i % 11};01.10.2026;отзыв {i}" for i in range(rows)]
    path.write_bytes("\r\n".join(lines).encode("cp1251"))
    return path


@pytest.mark.parametrize("write", [write_xlsx, write_csv], ids=["xlsx", "csv"])
def test_progress_counts_the_rows_read_then_the_rows_checked(tmp_path: Path, write) -> None:
    # the header makes the file one row longer than its responses
    path = write(tmp_path / f"survey.{'xlsx' if write is write_xlsx else 'csv'}",
                 3 * PROGRESS_ROWS - 1)
    calls: list[tuple[int, int]] = []
    prepared = prepare_file(path, lambda done, total: calls.append((done, total)))
    n = 3 * PROGRESS_ROWS - 1
    assert len(prepared.responses) == len(prepared.fingerprints) == n
    reading = [done for done, total in calls if total == 0]
    checking = [(done, total) for done, total in calls if total]
    assert reading == [PROGRESS_ROWS, 2 * PROGRESS_ROWS, 3 * PROGRESS_ROWS]
    assert checking[0] == (0, n) and checking[-1] == (n, n)
    assert [d for d, _ in checking] == sorted(d for d, _ in checking)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_progress_callback_stops_the_reading(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"survey{suffix}"
    if suffix == ".xlsx":
        write_xlsx(path, 2 * PROGRESS_ROWS)
    else:
        path.write_bytes(("оценка;комментарий\r\n" + "9;хорошо\r\n" * 2000).encode("cp1251"))

    def stop(done: int, total: int) -> None:
        raise Cancelled

    with pytest.raises(Cancelled):  # not turned into "not a readable xlsx workbook"
        prepare_file(path, stop)


def test_a_prepared_file_imports_as_the_file_itself(ws, built, tmp_path: Path) -> None:
    path = tmp_path / "survey.csv"
    path.write_bytes("оценка;комментарий;компания\r\n10;Супер;Nowhere Ltd\r\n3;Долго;\r\n"
                     .encode("cp1251"))
    prepared = prepare_file(path)
    result = import_feedback(ws, built.engagement_id, path, prepared=prepared)
    assert (result.added, result.skipped) == (2, 0)
    assert [w.split(": ", 1)[1] for w in result.warnings] == [
        "row 2, column компания: unknown subject 'Nowhere Ltd'; the response is kept unattached"]
    again = import_feedback(ws, built.engagement_id, path)  # the same fingerprints
    assert (again.added, again.skipped) == (0, 2)
    assert ws.scalar("SELECT count(*) FROM feedback_samples WHERE name = 'survey.csv'") == 1


def test_a_bad_file_is_refused_while_prepared(tmp_path: Path) -> None:
    path = tmp_path / "bad.csv"
    path.write_text("score;date\n12;2026-10-01\n5;someday\n", encoding="utf-8")
    with pytest.raises(FeedbackFileError) as refused:
        prepare_file(path)
    assert refused.value.lines() == [
        f"{path}: row 2, column score: the score must be a whole number from 0 to 10, not '12'",
        f"{path}: row 3, column date: not a date (YYYY-MM-DD or DD.MM.YYYY): 'someday'"]
