"""A workspace on a read-only medium or folder opens read-only: the window says so and why, its
editing actions are off, every attempted edit gets one clear message and changes nothing, and
*Save a copy…* opens a writable copy where editing works."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest
from evidence_factory import build_evidence, write_files
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from cxdesk import engagements, workspace
from cxdesk.workspace import ReadOnlyWorkspace, Workspace
from ui import commands, messages, read_only
from ui.workers import Worker

NAME = "Audit «North Motors», Q4 2026"


def make_read_only(source: Path, folder: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Copy ``source`` into ``folder`` and take away the write permission of both. As root
    permissions are not enforced, so the check the app makes is told the same."""
    folder.mkdir()
    path = folder / source.name
    shutil.copyfile(source, path)
    path.chmod(0o444)
    folder.chmod(0o555)
    real_access = os.access
    monkeypatch.setattr(workspace.os, "access", lambda p, mode, *a, **k: (
        False if mode == os.W_OK and Path(p) in (path, folder) else real_access(p, mode)))
    return path


@pytest.fixture
def locked_folder(tmp_path: Path) -> Iterator[Path]:
    folder = tmp_path / "usb stick"
    yield folder
    if folder.exists():  # give the permissions back, or tmp_path cannot be cleaned
        folder.chmod(stat.S_IRWXU)
        for child in folder.iterdir():
            child.chmod(stat.S_IRUSR | stat.S_IWUSR)


@pytest.fixture
def locked(built_path, workspace_path: Path, locked_folder: Path,
           monkeypatch: pytest.MonkeyPatch) -> Path:
    """A read-only copy of a workspace holding the small engagement."""
    return make_read_only(workspace_path, locked_folder, monkeypatch)


@pytest.fixture
def ro_window(make_window, built_path, locked: Path):  # noqa: ANN001
    return make_window(Workspace.open(locked), engagement_id=built_path.engagement_id)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def refusals() -> list[str]:
    return [text for kind, text in messages.shown if kind == "error"]


def assert_refused_once(path: Path) -> None:
    shown = refusals()
    assert len(shown) == 1, shown
    assert str(path) in shown[0] and "read-only" in shown[0]
    assert "Nothing was changed" in shown[0] and "Save a copy" in shown[0]
    assert "attempt to write" not in shown[0]


def test_the_window_says_read_only_and_why(ro_window, locked: Path) -> None:
    ro_window.show()
    assert ro_window.context.ws.read_only and ro_window.context.read_only
    status = ro_window.status.text()
    assert "Read-only" in status and "no permission to change the file" in status
    assert "All changes saved" not in status
    bar = ro_window.read_only_bar
    assert bar.isVisible()
    assert "Read-only" in bar.label.text() and "no permission" in bar.label.text()
    assert bar.button.text() == "Save a copy…" and bar.button.isEnabled()
    # the engagement is shown all the same
    assert ro_window.windowTitle() == f"CX Desk — {NAME}"


def test_a_writable_workspace_shows_no_bar(window) -> None:
    window.show()
    assert window.read_only_bar is None  # never made for a writable workspace
    assert "All changes saved" in window.status.text()
    assert window.menus.new_engagement.isEnabled() and window.menus.restore.isEnabled()


def test_the_editing_actions_are_off(ro_window) -> None:
    menus = ro_window.menus
    for action in (menus.new_engagement, menus.rename_engagement, menus.delete_engagement,
                   menus.restore, menus.add_sample, menus.undo, menus.redo):
        assert not action.isEnabled(), action.text()
    assert ro_window.menus.save_copy.isEnabled()
    assert menus.open_workspace.isEnabled() and menus.new_workspace.isEnabled()
    assert ro_window.menus.save_copy in menus.file_menu.actions()


def test_an_edit_is_refused_with_one_message_and_changes_nothing(
        ro_window, built_path, locked: Path) -> None:
    before, files = digest(locked), sorted(locked.parent.iterdir())
    assert ro_window.set_engagement_name("Renamed") is False
    assert_refused_once(locked)
    ws = ro_window.context.ws
    assert engagements.get_engagement(ws, built_path.engagement_id).name == NAME
    assert ro_window.context.undo_stack.count() == 0
    assert ro_window.status.text().startswith("Workspace:")
    assert digest(locked) == before and sorted(locked.parent.iterdir()) == files


def test_the_menu_commands_refuse_before_asking_anything(ro_window, built_path,
                                                         locked: Path) -> None:
    messages.confirm_answer = True
    for attempt in (ro_window.delete_engagement, ro_window.rename_engagement,
                    ro_window.new_engagement, ro_window.restore_dialog, ro_window.add_sample):
        messages.shown.clear()
        attempt()
        assert [kind for kind, _ in messages.shown] == ["error"], attempt  # no confirm first
        assert_refused_once(locked)
    assert ro_window.remove_engagement() is False
    assert ro_window.restore_backup(locked) is False
    assert ro_window.context.ws is not None and ro_window.context.ws.read_only
    assert [e.id for e in ro_window.context.engagements()] == [built_path.engagement_id]


def test_a_command_pushed_on_the_undo_stack_or_applied_directly_is_refused(
        ro_window, built_path, locked: Path) -> None:
    ctx = ro_window.context
    command = commands.UpdateCommand(ctx, "engagement", built_path.engagement_id,
                                     {"name": "Pushed"}, "Rename")
    ctx.undo_stack.push(command)  # pushing runs redo: refused before it
    assert ctx.undo_stack.count() == 0
    assert_refused_once(locked)
    # a command applied directly, past every check of the window, is refused by the core
    with pytest.raises(ReadOnlyWorkspace, match="read-only"):
        command.apply()
    assert engagements.get_engagement(ctx.ws, built_path.engagement_id).name == NAME


def test_a_write_in_a_worker_fails_with_the_same_message(ro_window, locked: Path,
                                                         qtbot) -> None:  # noqa: ANN001
    def write() -> None:
        with Workspace.open(locked) as own, own.transaction():
            own.conn.execute("UPDATE engagements SET name = 'From a worker'")

    failures: list[str] = []
    worker = Worker(write)
    worker.failed.connect(failures.append)
    worker.start()
    qtbot.waitUntil(lambda: bool(failures))
    assert str(locked) in failures[0] and "Save a copy" in failures[0]
    assert "attempt to write" not in failures[0]


@pytest.fixture
def ro_evidence(workspace_path: Path, locked_folder: Path,
                monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201
    with Workspace.open(workspace_path) as ws:
        built = build_evidence(ws)
    return make_read_only(workspace_path, locked_folder, monkeypatch), built


def test_photos_dropped_on_a_check_are_refused_and_nothing_is_imported(
        make_window, ro_evidence, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    path, built = ro_evidence
    before = digest(path)
    window = make_window(Workspace.open(path), engagement_id=built.field.engagement_id)
    photos = write_files(tmp_path / "photos", 2)
    window.show()
    checks = window.show_view("checks")
    checks.run_check(built.check_id)
    runner = checks.runner
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in photos])
    pos = QPoint(20, 20)
    runner.dragEnterEvent(QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime,
                                          Qt.MouseButton.LeftButton,
                                          Qt.KeyboardModifier.NoModifier))
    runner.dropEvent(QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    Worker.wait_all()
    qtbot.wait(20)
    assert_refused_once(path)
    assert not any(kind == "info" for kind, _ in messages.shown)  # no import summary
    ws = window.context.ws
    assert ws.scalar("SELECT count(*) FROM photos WHERE file_name LIKE 'photo%'") == 0
    assert window.context.undo_stack.count() == 0
    assert digest(path) == before


def test_an_import_job_started_directly_is_refused(make_window, ro_evidence,
                                                   tmp_path: Path) -> None:
    from ui.evidence_import import ImportJob

    path, built = ro_evidence
    window = make_window(Workspace.open(path), engagement_id=built.field.engagement_id)
    job = ImportJob(window.context, write_files(tmp_path / "more", 1), dialog=False).start()
    assert not job.is_running() and "read-only" in (job.error or "")
    assert_refused_once(path)


def test_save_a_copy_opens_a_writable_copy_where_editing_works(
        ro_window, built_path, locked: Path, tmp_path: Path, qtbot,  # noqa: ANN001
        monkeypatch: pytest.MonkeyPatch) -> None:
    before = digest(locked)
    target = tmp_path / "mine" / "audit copy.cxd"
    target.parent.mkdir()
    asked: list[Path] = []
    monkeypatch.setattr(read_only, "ask_copy_path",
                        lambda parent, source: asked.append(source) or target)
    ro_window.show()
    ro_window.read_only_bar.button.click()
    qtbot.waitUntil(lambda: ro_window.context.ws is not None
                    and Path(ro_window.context.ws.path) == target, timeout=10000)
    assert asked == [locked]
    ws = ro_window.context.ws
    assert not ws.read_only and not ro_window.read_only_bar.isVisible()
    assert "All changes saved" in ro_window.status.text()
    assert ro_window.menus.new_engagement.isEnabled()
    assert ro_window.menus.rename_engagement.isEnabled()
    assert ro_window.read_only_bar.button.isEnabled()
    assert ro_window.set_engagement_name("Edited in the copy")
    assert engagements.get_engagement(ws, built_path.engagement_id).name == \
        "Edited in the copy"
    assert ro_window.menus.undo.isEnabled()
    assert not refusals()
    assert digest(locked) == before  # the original is untouched


def test_a_cancelled_save_a_copy_does_nothing(ro_window, locked: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read_only, "ask_copy_path", lambda parent, source: None)
    assert ro_window.save_copy() is None
    assert ro_window.context.ws.read_only and ro_window.read_only_bar.button.isEnabled()


def test_a_copy_that_cannot_be_written_is_reported(ro_window, locked: Path, tmp_path: Path,
                                                   qtbot) -> None:  # noqa: ANN001
    worker = ro_window.save_copy(tmp_path / "no such folder" / "copy.cxd")
    qtbot.waitUntil(lambda: bool(refusals()))
    assert worker is not None and "does not exist" in refusals()[0]
    assert ro_window.context.ws.read_only and Path(ro_window.context.ws.path) == locked


def test_the_rolling_backup_of_a_read_only_workspace_goes_to_the_data_folder(
        ro_window, locked: Path, qtbot) -> None:  # noqa: ANN001
    from cxdesk import backups

    files = sorted(locked.parent.iterdir())
    results: list[object] = []
    worker = ro_window.start_backup()
    worker.succeeded.connect(results.append)
    worker.failed.connect(results.append)
    qtbot.waitUntil(lambda: bool(results))
    ws_id = ro_window.context.ws.workspace_id
    assert backups.list_backups(ws_id), results
    assert sorted(locked.parent.iterdir()) == files  # nothing written beside it


def test_no_sample_is_offered_for_an_empty_read_only_workspace(
        make_window, workspace_path: Path, locked_folder: Path,
        monkeypatch: pytest.MonkeyPatch) -> None:
    path = make_read_only(workspace_path, locked_folder, monkeypatch)
    window = make_window(Workspace.open(path), interactive=True)
    assert window.offer_sample() is None
    assert window.read_only_bar.isVisibleTo(window)


def test_an_edit_on_the_map_canvas_is_refused_the_same_way(ro_window, built_path,
                                                           locked: Path) -> None:
    from ui.map import commands as map_commands

    ctx = ro_window.context
    command = commands.UpdateCommand(ctx, "engagement", built_path.engagement_id,
                                     {"name": "From the canvas"}, "Rename")
    assert map_commands.push(command, ro_window) is False
    assert ctx.undo_stack.count() == 0
    assert_refused_once(locked)
    assert engagements.get_engagement(ctx.ws, built_path.engagement_id).name == NAME


def test_a_feedback_import_is_refused_before_any_file_is_read(
        ro_window, locked: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from ui.dialogs.feedback_forms import ImportFeedbackDialog
    from ui.views import feedback_import

    survey = tmp_path / "survey.csv"
    survey.write_text("score;comment\n9;fine\n", encoding="utf-8")
    before = digest(locked)
    asked: list[bool] = []
    monkeypatch.setattr(ImportFeedbackDialog, "exec", lambda self: asked.append(True))
    view = ro_window.show_view("feedback")
    assert feedback_import.choose_and_import(view) is None
    assert asked == []  # no file asked for: it could not be imported
    assert feedback_import.start_import(view, survey) is None
    assert not feedback_import.FeedbackImportJob._running
    assert len(refusals()) == 2 and all(str(locked) in text for text in refusals())
    assert digest(locked) == before
