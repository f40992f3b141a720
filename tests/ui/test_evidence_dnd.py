"""Files dragged from the file manager onto a check, one of its criteria, or a finding are
imported in a worker and linked there; the window keeps answering while it runs."""

from __future__ import annotations

import pytest
from evidence_factory import build_evidence, jpeg, write_files
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent

from cxdesk.workspace import Workspace
from ui import messages
from ui.context import AppContext
from ui.views.checks import ChecksView
from ui.views.findings import FindingsView
from ui.workers import Worker


@pytest.fixture
def setup(workspace_path):
    ws = Workspace.open(workspace_path)
    built = build_evidence(ws)
    yield ws, built
    Worker.wait_all()
    ws.close()


@pytest.fixture
def context(setup):
    ws, built = setup
    ctx = AppContext()
    ctx.ws = ws
    ctx.engagement_id = built.field.engagement_id
    return ctx


@pytest.fixture
def runner(setup, context, qtbot):
    ws, built = setup
    view = ChecksView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.refresh()
    view.show()
    qtbot.waitExposed(view)
    view.run_check(built.check_id)
    return view.runner


def mime_of(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


def drop(widget, mime: QMimeData, pos: QPoint) -> QDropEvent:
    enter = QDragEnterEvent(pos, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                            Qt.KeyboardModifier.NoModifier)
    widget.dragEnterEvent(enter)
    assert enter.isAccepted()
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    widget.dropEvent(event)
    return event


def links(ws, photo_filter: str = "") -> set[tuple]:
    return {(r["file_name"], r["check_id"], r["criterion_id"], r["finding_id"]) for r in ws.rows(
        "SELECT p.file_name, l.check_id, l.criterion_id, l.finding_id FROM evidence_links l"
        " JOIN photos p ON p.id = l.photo_id WHERE p.file_name LIKE ?", (photo_filter + "%",))}


def finished() -> bool:
    """The import is over: its summary was shown (recorded, under test)."""
    return any(kind == "info" for kind, _ in messages.shown)


def row_point(runner, text: str) -> QPoint:
    item = next(i for i in runner.items if text in i.text(0))
    centre = runner.tree.visualItemRect(item).center()
    return runner.tree.viewport().mapTo(runner, centre)


def test_files_dropped_on_a_criterion_row_are_imported_to_that_criterion(
        setup, runner, qtbot, tmp_path):
    ws, built = setup
    messages.shown.clear()
    files = write_files(tmp_path / "drop", 2)
    event = drop(runner, mime_of(*files), row_point(runner, "Politeness"))
    assert event.isAccepted()
    qtbot.waitUntil(finished, timeout=60000)
    assert links(ws, "photo_") == {(f.name, built.check_id, built.field.criteria["politeness"],
                                    None) for f in files}
    # one undo step takes the dropped photos off the check again
    runner.context.undo_stack.undo()
    assert links(ws, "photo_") == set()
    runner.context.undo_stack.redo()
    assert len(links(ws, "photo_")) == 2


def test_files_dropped_on_the_checklist_outside_a_criterion_go_to_the_whole_check(
        setup, runner, qtbot, tmp_path):
    ws, built = setup
    messages.shown.clear()
    [photo] = write_files(tmp_path / "drop", 1)
    stage = runner.tree.topLevelItem(0)
    pos = runner.tree.viewport().mapTo(runner, runner.tree.visualItemRect(stage).center())
    drop(runner, mime_of(photo), pos)
    qtbot.waitUntil(finished, timeout=60000)
    assert links(ws, "photo_") == {(photo.name, built.check_id, None, None)}


def test_a_bad_file_among_good_ones_is_refused_with_its_reason(setup, runner, qtbot, tmp_path):
    ws, built = setup
    good = write_files(tmp_path / "drop", 1)
    bad = tmp_path / "drop" / "photo_cut.jpg"
    bad.write_bytes(jpeg()[:200])
    messages.shown.clear()
    drop(runner, mime_of(*good, bad), row_point(runner, "Showroom clean"))
    qtbot.waitUntil(finished, timeout=60000)
    assert links(ws, "photo_") == {(good[0].name, built.check_id, built.field.criteria["clean"],
                                    None)}
    text = next(t for k, t in messages.shown if k == "info")
    assert "photo_cut.jpg: truncated or damaged image" in text


def test_files_that_are_no_evidence_are_not_accepted(runner, tmp_path):
    notes = tmp_path / "notes.txt"
    notes.write_text("hello")
    mime = mime_of(notes)  # kept alive: the event only points to it
    enter = QDragEnterEvent(QPoint(400, 400), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    runner.dragEnterEvent(enter)
    assert not enter.isAccepted()


def test_files_dropped_on_a_finding_become_its_evidence(setup, context, qtbot, tmp_path):
    ws, built = setup
    view = FindingsView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.refresh()
    view.show()
    qtbot.waitExposed(view)
    assert view.select_finding(built.finding_id)
    messages.shown.clear()
    rect = view.tree.visualRect(view.tree.currentIndex())
    pos = view.tree.viewport().mapTo(view, rect.center())
    [photo] = write_files(tmp_path / "drop", 1)
    drop(view, mime_of(photo), pos)
    qtbot.waitUntil(finished, timeout=60000)
    assert links(ws, "photo_") == {(photo.name, None, None, built.finding_id)}


def test_the_window_keeps_answering_while_an_import_runs(setup, runner, qtbot, tmp_path):
    """The event loop goes on while the worker imports: a 10 ms timer keeps firing, the
    runner answers keys. (How long the longest stall is, is measured in bench/photos.py.)"""
    ws, built = setup
    files = write_files(tmp_path / "big", 8, size=(2400, 1800), noise=True)
    ticks: list[bool] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(job.report is None))
    job = runner.import_dropped(files, row_point(runner, "Showroom clean"))
    timer.start(10)
    qtbot.waitUntil(lambda: job.report is not None, timeout=120000)
    timer.stop()
    assert len(job.report.stored) == 8
    assert sum(ticks) >= 3  # the timer fired while the import was still running


def test_a_dropped_folder_is_walked_in_the_worker_not_the_window(setup, runner, qtbot,
                                                                 tmp_path, monkeypatch):
    # dragging a folder over the window used to walk it on the GUI thread (at drag-enter and
    # again at the drop): a big photo folder froze the window
    import threading

    from ui import evidence_import

    ws, built = setup
    folder = tmp_path / "DCIM"
    write_files(folder / "Camera", 2)
    walked_on: list[bool] = []
    walk = evidence_import.evidence_files

    def recording_walk(paths):
        walked_on.append(threading.current_thread() is threading.main_thread())
        return walk(paths)

    monkeypatch.setattr(evidence_import, "evidence_files", recording_walk)
    messages.shown.clear()
    mime = mime_of(folder)
    assert evidence_import.dropped_files(mime) == [folder]
    drop(runner, mime, row_point(runner, "Showroom clean"))
    qtbot.waitUntil(finished, timeout=60000)
    assert walked_on == [False]  # once, in the worker
    assert links(ws, "photo_") == {(f"photo_{i}.jpg", built.check_id,
                                    built.field.criteria["clean"], None) for i in range(2)}


def test_a_dropped_folder_without_evidence_says_so(setup, runner, qtbot, tmp_path):
    folder = tmp_path / "Documents"
    folder.mkdir()
    (folder / "notes.txt").write_text("hello")
    messages.shown.clear()
    job = runner.import_dropped([folder], row_point(runner, "Showroom clean"))
    assert job is not None  # the folder is looked into in the worker
    qtbot.waitUntil(finished, timeout=60000)
    assert job.report.stored == [] and job.report.rejected == []
    assert next(t for k, t in messages.shown if k == "info") == (
        "None of these is a photo, a recording or a PDF.")
