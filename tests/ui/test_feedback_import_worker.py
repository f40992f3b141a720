"""Importing a feedback file from the Feedback screen in a worker: the window keeps handling
events while a big file is read and checked, the progress dialog counts and can cancel (and a
cancelled import leaves the workspace as it was), problems name the sheet, row and column, and
the import is one undo step. Figures are not measured here: bench/feedback.py does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
from feedback_screen import engagement_fixture, screen_fixture  # noqa: F401 - fixtures
from openpyxl import Workbook
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton

from cxdesk.workspace import Workspace
from ui import messages
from ui.views.feedback_import import FeedbackImportJob

ROWS = 30_000


@pytest.fixture(scope="module")
def big_csv(tmp_path_factory) -> Path:
    """A Windows-1251, semicolon-separated survey export of ROWS responses."""
    rng = random.Random(5)
    comments = ["Долго ждал", "Отличный кофе", "Навязали страховку", "Всё хорошо", ""]
    lines = ["оценка;дата;комментарий;компания;канал;ces"]
    for i in range(ROWS):
        lines.append(f"{rng.randint(0, 10)};{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}"
                     f".2026;{rng.choice(comments)} {i};North Motors;sms;{rng.randint(1, 7)}")
    path = tmp_path_factory.mktemp("big") / "survey.csv"
    path.write_bytes("\r\n".join(lines).encode("cp1251"))
    return path


def feedback_count(ws: Workspace) -> int:
    return ws.scalar("SELECT count(*) FROM feedback")


def test_a_big_file_is_read_while_the_window_keeps_handling_events(setup, view, big_csv,
                                                                   qtbot) -> None:
    ws, _built = setup
    before, steps = feedback_count(ws), view.context.undo_stack.count()
    ticks: list[bool] = []  # what the event loop did while the worker read
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(job.over))
    seen: list[tuple[int, int, bool]] = []
    job = view.run_import(big_csv, "random", ROWS * 4)
    job.progress.connect(lambda done, total: seen.append((done, total, job.over)))
    timer.start()
    # control is back before anything is written
    assert not job.over and feedback_count(ws) == before
    assert not view.import_button.isEnabled()
    qtbot.waitUntil(lambda: job.over, timeout=60_000)
    timer.stop()
    assert ticks.count(False) >= 1  # the event loop ran while the file was being read
    assert any(total == ROWS and done < total for done, total, _over in seen)
    assert job.result.added == ROWS and feedback_count(ws) == before + ROWS
    assert view.model.rowCount() >= ROWS  # the screen was told (context.notify)
    assert messages.shown[-1] == ("info", f"Added {ROWS}, skipped 0 already imported.")
    # one undo step (undoing it: test_feedback_view.py, on a small file)
    assert view.context.undo_stack.count() == steps + 1
    assert view.context.undo_stack.undoText() == "Import feedback"


def test_cancel_in_the_progress_dialog_imports_nothing(setup, view, big_csv, qtbot) -> None:
    ws, _built = setup
    before, steps = feedback_count(ws), view.context.undo_stack.count()
    samples = ws.scalar("SELECT count(*) FROM feedback_samples")
    job = FeedbackImportJob(view.context, big_csv, parent=view, dialog=True)
    clicked: list[int] = []

    def click_cancel(done: int, _total: int) -> None:  # at the first progress shown
        if not clicked:
            clicked.append(done)
            job.dialog.findChild(QPushButton).click()  # the dialog's Cancel button

    job.progress.connect(click_cancel)
    job.start()
    qtbot.waitUntil(lambda: job.over, timeout=60_000)
    assert clicked  # the dialog was there to be clicked while the file was read
    assert job.cancelled and job.result is None and job.dialog is None
    assert feedback_count(ws) == before
    assert ws.scalar("SELECT count(*) FROM feedback_samples") == samples
    assert view.context.undo_stack.count() == steps
    assert messages.shown[-1] == ("info", "The import was cancelled; nothing was imported.")


def test_cancel_after_the_reading_still_imports_nothing(setup, view, tmp_path, qtbot) -> None:
    ws, _built = setup
    path = tmp_path / "small.csv"
    path.write_text("score;comment\n9;Fine\n", encoding="utf-8")
    before = feedback_count(ws)
    job = view.run_import(path)
    job.worker.wait()  # the worker is done; its result is not yet handled
    job.cancel()
    qtbot.waitUntil(lambda: job.over)
    assert job.cancelled and feedback_count(ws) == before
    assert view.import_button.isEnabled()


def test_a_bad_workbook_names_sheet_row_and_column_and_imports_nothing(setup, view, tmp_path,
                                                                       qtbot) -> None:
    ws, _built = setup
    book = Workbook()
    sheet = book.active
    sheet.title = "Опрос"
    sheet.append(["Оценка", "CES"])
    sheet.append([9, 5])
    sheet.append([11, 9])
    path = tmp_path / "survey.xlsx"
    book.save(path)
    before, steps = feedback_count(ws), view.context.undo_stack.count()
    job = view.run_import(path)
    qtbot.waitUntil(lambda: job.over)
    kind, text = messages.shown[-1]
    assert kind == "error"
    assert text.splitlines() == [
        f"{path}: sheet 'Опрос', row 3, column Оценка: the score must be a whole number "
        "from 0 to 10, not '11'",
        f"{path}: sheet 'Опрос', row 3, column CES: the CES must be a whole number from 1 "
        "to 7, not '9'"]
    assert feedback_count(ws) == before and view.context.undo_stack.count() == steps


def test_unknown_names_are_warned_about_and_too_few_invited_is_refused(setup, view, tmp_path,
                                                                       qtbot) -> None:
    ws, _built = setup
    path = tmp_path / "calls.csv"
    path.write_text("score,subject,comment\n8,Nowhere Ltd,ok\n2,,rude\n", encoding="utf-8")
    before = feedback_count(ws)
    refused = view.run_import(path, "random", 1)  # 2 responses, 1 invited
    qtbot.waitUntil(lambda: refused.over)
    assert refused.result is None and feedback_count(ws) == before
    assert "only 1 clients invited" in messages.shown[-1][1]
    job = view.run_import(path)
    qtbot.waitUntil(lambda: job.over)
    kind, text = messages.shown[-1]
    assert kind == "info" and text.startswith("Added 2, skipped 0 already imported.\n\n")
    assert "row 2, column subject: unknown subject 'Nowhere Ltd'" in text
    assert feedback_count(ws) == before + 2
