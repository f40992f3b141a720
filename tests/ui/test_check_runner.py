"""The check runner driven as a shopper would: by keyboard only, then a reopen of the
workspace finds every answer; photos dropped onto it are attached; the review buttons."""

from __future__ import annotations

import pytest
from fieldwork_factory import build_field, png_bytes
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from cxdesk import fieldwork
from cxdesk.checks import check_answers
from cxdesk.workspace import Workspace
from ui import messages
from ui.context import AppContext
from ui.views.checks import ChecksView


@pytest.fixture
def setup(workspace_path):
    ws = Workspace.open(workspace_path)
    field = build_field(ws)
    check = fieldwork.create_check(ws, field.engagement_id, subject_id=field.competitor_id,
                                   template_id=field.template_id, method="visit",
                                   location_id=field.location_id, auditor="Ivan",
                                   started_at="2026-11-20T14:30:00")
    yield ws, field, check
    if ws.conn is not None:
        ws.close()


@pytest.fixture
def runner(setup, qtbot):
    ws, field, check = setup
    context = AppContext()
    context.ws = ws
    context.engagement_id = field.engagement_id
    view = ChecksView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.refresh()
    view.show()
    qtbot.waitExposed(view)
    view.run_check(check)
    view.activateWindow()
    return view.runner


def press(qtbot, runner, *keys):
    for key in keys:
        target = QApplication.focusWidget() or runner
        if isinstance(key, str):
            qtbot.keyClicks(target, key)
        else:
            qtbot.keyClick(target, key)


def answers(ws, check):
    return {a.text: a for a in check_answers(ws, check)}


def test_a_whole_check_by_keyboard_is_in_the_workspace_after_a_reopen(
        setup, runner, qtbot, workspace_path):
    ws, field, check = setup
    enter = Qt.Key.Key_Return
    assert runner.row.text == "Greeted within 30 seconds"
    press(qtbot, runner, "1", enter)                          # yes
    press(qtbot, runner, "0", Qt.Key.Key_Tab, "No drink offered", enter)  # no, with a comment
    press(qtbot, runner, "1", "0", enter)                     # 10 on the 0–10 scale
    press(qtbot, runner, "4", enter)                          # 4 on the 1–5 scale
    press(qtbot, runner, "3.5", enter)                        # a number, Enter saves
    press(qtbot, runner, "2", enter)                          # the second choice
    press(qtbot, runner, "N", enter)                          # not applicable
    press(qtbot, runner, "Coffee machine", enter)             # free text
    assert messages.shown == []
    ws.close()
    again = Workspace.open(workspace_path)
    try:
        got = answers(again, check)
        assert got["Greeted within 30 seconds"].value_number == 1
        drink = got["Offered a drink"]
        assert (drink.value_number, drink.comment) == (0, "No drink offered")
        assert got["Politeness"].value_number == 10
        assert got["Asked about needs"].value_number == 4
        assert got["Waiting time"].value_number == 3.5
        assert got["Test drive offered"].choice == "When asked"
        assert got["Showroom clean"].not_applicable
        assert got["Extras noticed" if False else "Extra services noticed"].value_text == \
            "Coffee machine"
        assert fieldwork.completion_problems(again, check) == []
    finally:
        again.close()


def test_each_answer_is_one_undo_step_and_a_quick_10_is_one(setup, runner, qtbot):
    ws, field, check = setup
    press(qtbot, runner, "1", Qt.Key.Key_Return, Qt.Key.Key_Return, "1", "0")
    stack = runner.context.undo_stack
    assert stack.count() == 2
    assert answers(ws, check)["Politeness"].value_number == 10
    stack.undo()
    assert answers(ws, check)["Politeness"].answer_id is None
    stack.undo()
    assert answers(ws, check)["Greeted within 30 seconds"].answer_id is None
    stack.redo()
    assert answers(ws, check)["Greeted within 30 seconds"].value_number == 1


def test_the_running_score_and_the_missing_count_follow_the_answers(setup, runner, qtbot):
    press(qtbot, runner, "1")
    assert runner.score.text().startswith("100")
    assert "7 required answers missing" in runner.missing.text()
    assert not runner.submit_button.isEnabled()
    press(qtbot, runner, "0")
    assert runner.score.text().startswith("0")


def test_dropping_an_image_file_attaches_it_to_the_check_and_criterion(
        setup, runner, tmp_path, qtbot):
    ws, field, check = setup
    photo = tmp_path / "hall.png"
    photo.write_bytes(png_bytes())
    runner.go_to(6)  # "Showroom clean": a photo is required
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    event = QDropEvent(QPoint(400, 400).toPointF(), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    runner.dropEvent(event)  # imported in a worker: wait for it
    qtbot.waitUntil(lambda: fieldwork.check_photos(ws, check) != [] and runner.photo_strip.count())
    [attached] = fieldwork.check_photos(ws, check)
    assert attached.criterion_id == field.criteria["clean"]
    assert runner.photo_strip.count() == 1
    runner.context.undo_stack.undo()
    assert fieldwork.check_photos(ws, check) == []


def test_submit_then_read_only_then_returned_and_editable_again(setup, runner, qtbot,
                                                                 monkeypatch):
    ws, field, check = setup
    press(qtbot, runner, "1", Qt.Key.Key_Return, "0", Qt.Key.Key_Return, "7",
          Qt.Key.Key_Return, "4", Qt.Key.Key_Return, "2", Qt.Key.Key_Return, "1",
          Qt.Key.Key_Return, "1", Qt.Key.Key_Return, "Coffee", Qt.Key.Key_Return)
    assert "1 required photo missing" in runner.missing.text()
    runner.go_to(6)
    runner.attach_files([_png(ws, field, runner)])
    assert runner.submit_button.isEnabled()
    runner.submit_button.click()
    assert fieldwork.get_check(ws, check).status == "submitted"
    assert runner.read_only.isVisible() and runner.approve_button.isVisible()
    runner.go_to(0)
    press(qtbot, runner, "0")
    assert messages.shown and messages.shown[-1][0] == "info"
    assert answers(ws, check)["Greeted within 30 seconds"].value_number == 1
    monkeypatch.setattr(runner, "ask_return_comment", lambda: "Greeting looks wrong")
    runner.return_button.click()
    assert fieldwork.get_check(ws, check).status == "returned"
    assert "Greeting looks wrong" in runner.history.text()
    press(qtbot, runner, "0")
    assert answers(ws, check)["Greeted within 30 seconds"].value_number == 0


def _png(ws, field, runner):
    import tempfile
    from pathlib import Path

    path = Path(tempfile.mkdtemp()) / "clean.png"
    path.write_bytes(png_bytes((10, 200, 10)))
    return path


def test_new_check_dialog_creates_a_check_from_an_assignment(setup, qtbot):
    from ui.dialogs.new_check import NewCheckDialog

    ws, field, _check = setup
    dialog = NewCheckDialog(ws, field.engagement_id)
    qtbot.addWidget(dialog)
    dialog.assignment.setCurrentIndex(1)
    assert dialog.subject.currentData() == field.competitor_id
    assert dialog.auditor.text() == "Ivan" and not dialog.subject.isEnabled()
    ident = fieldwork.create_check_from_assignment(ws, dialog.assignment_id(),
                                                   **dialog.values())
    assert fieldwork.get_check(ws, ident).scenario == "Family car"
