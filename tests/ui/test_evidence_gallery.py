"""The evidence gallery on a real workspace: filters (subject, flag, criterion, finding,
stage), captions edited in place, linking and unlinking, the viewer's next/previous, import
and export in workers, recordings opened from a temp copy — each edit undoable."""

from __future__ import annotations

import csv
import hashlib
from pathlib import Path

import pytest
from evidence_factory import build_evidence, jpeg, png, write_files
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from cxdesk import evidence_links
from cxdesk.gallery import NO_CAPTURE_TIME
from cxdesk.workspace import Workspace
from ui import messages
from ui.context import AppContext
from ui.views import evidence_dialogs
from ui.views.evidence import EvidenceView
from ui.views.evidence_tiles import PHOTO_ROLE
from ui.workers import Worker


@pytest.fixture
def setup(workspace_path):
    ws = Workspace.open(workspace_path)
    built = build_evidence(ws)
    yield ws, built
    Worker.wait_all()
    ws.close()


@pytest.fixture
def view(setup, qtbot):
    ws, built = setup
    context = AppContext()
    context.ws = ws
    context.engagement_id = built.field.engagement_id
    view = EvidenceView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.refresh()
    view.show()
    qtbot.waitExposed(view)
    context.changed.connect(lambda _topics: view.refresh())
    return view


def shown(view: EvidenceView) -> set[str]:
    return {view.proxy.index(r, 0).data(PHOTO_ROLE).photo_id
            for r in range(view.proxy.rowCount())}


def test_the_gallery_filters_by_subject_flag_criterion_finding_and_stage(setup, view):
    ws, built = setup
    assert shown(view) == {built.dated, built.undated}
    view.set_filter("subject", built.field.competitor_id)  # the check's subject
    assert shown(view) == {built.dated}
    view.set_filter("subject", None)
    view.set_filter("flag", NO_CAPTURE_TIME)  # the PNG carries no capture time
    assert shown(view) == {built.undated}
    view.set_filter("flag", "finding")
    assert shown(view) == {built.undated}
    view.set_filter("flag", None)
    view.set_filter("criterion", built.field.criteria["clean"])
    assert shown(view) == {built.dated}
    view.set_filter("criterion", None)
    view.set_filter("finding", built.finding_id)
    assert shown(view) == {built.undated}
    view.set_filter("finding", None)
    # "Showroom clean" is a general criterion: no stage; the finding has no touchpoint
    assert view.filters["stage"].count() == 1 and not view.filters["stage"].isVisible()
    assert view.filters["criterion"].findText("Showroom clean") > 0
    # a choice survives a refresh
    view.set_filter("subject", built.field.competitor_id)
    view.refresh()
    assert view.subject_filter.currentData() == built.field.competitor_id
    assert shown(view) == {built.dated}


def test_a_photo_linked_to_a_staged_criterion_is_found_by_its_stage(setup, view):
    ws, built = setup
    assert view.link_photo(built.undated, {"check_id": built.check_id,
                                           "criterion_id": built.field.criteria["greeting"]})
    stage = view.filters["stage"]
    assert stage.isVisible() and stage.itemText(1) == "Purchase"
    view.set_filter("stage", stage.itemData(1))
    assert shown(view) == {built.undated}
    view.set_filter("touchpoint", view.filters["touchpoint"].itemData(
        view.filters["touchpoint"].findText("Reception")))
    assert shown(view) == {built.undated}


def test_a_caption_edited_in_place_is_saved_and_undone(setup, view, qtbot):
    ws, built = setup
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, 0).data(PHOTO_ROLE).photo_id == built.undated)
    index = view.proxy.index(row, 0)
    assert view.proxy.setData(index, "Reception desk, no one there", Qt.ItemDataRole.EditRole)
    caption = lambda: ws.scalar(  # noqa: E731
        "SELECT caption FROM evidence_links WHERE photo_id = ?", (built.undated,))
    qtbot.waitUntil(lambda: caption() == "Reception desk, no one there")
    photo = next(p for p in view.model.photos if p.photo_id == built.undated)
    assert photo.caption == "Reception desk, no one there"  # the tile shows it
    view.context.undo_stack.undo()
    assert ws.scalar("SELECT caption FROM evidence_links WHERE photo_id = ?",
                     (built.undated,)) == ""


def test_caption_typed_into_the_tile_editor(setup, view, qtbot):
    ws, built = setup
    index = view.proxy.index(0, 0)
    view.grid.setCurrentIndex(index)
    photo_id = index.data(PHOTO_ROLE).photo_id
    qtbot.keyClick(view.grid, Qt.Key.Key_F2)
    editor = next(w for w in view.grid.findChildren(QLineEdit) if w.isVisible())
    editor.selectAll()
    qtbot.keyClicks(editor, "Dust on the floor")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: {r[0] for r in ws.conn.execute(
        "SELECT caption FROM evidence_links WHERE photo_id = ?", (photo_id,))}
        == {"Dust on the floor"})
    assert any(p.caption == "Dust on the floor" for p in view.model.photos)


def test_link_and_unlink_a_photo_undoably(setup, view):
    ws, built = setup
    links = lambda: {(r["check_id"], r["criterion_id"], r["finding_id"])  # noqa: E731
                     for r in ws.rows("SELECT * FROM evidence_links WHERE photo_id = ?",
                                      (built.dated,))}
    before = links()
    assert view.link_photo(built.dated, {"finding_id": built.finding_id})
    assert (None, None, built.finding_id) in links()
    view.set_filter("finding", built.finding_id)
    assert built.dated in shown(view)
    view.set_filter("finding", None)
    view.context.undo_stack.undo()
    assert links() == before
    view.context.undo_stack.redo()
    assert (None, None, built.finding_id) in links()
    # unlink the check link: the finding link stays
    check_link = ws.scalar("SELECT id FROM evidence_links WHERE photo_id = ? AND check_id = ?",
                           (built.dated, built.check_id))
    assert view.unlink(check_link)
    assert links() == {(None, None, built.finding_id)}
    view.context.undo_stack.undo()
    assert ws.scalar("SELECT id FROM evidence_links WHERE id = ?", (check_link,)) == check_link


def test_unlinking_the_last_link_keeps_the_photo_as_evidence(setup, view):
    ws, built = setup
    link = ws.scalar("SELECT id FROM evidence_links WHERE photo_id = ?", (built.undated,))
    assert view.unlink(link)
    rows = ws.rows("SELECT * FROM evidence_links WHERE photo_id = ?", (built.undated,))
    assert [(r["check_id"], r["criterion_id"], r["finding_id"]) for r in rows] == [
        (None, None, None)]
    assert built.undated in shown(view)  # still in the gallery
    view.context.undo_stack.undo()
    rows = ws.rows("SELECT * FROM evidence_links WHERE photo_id = ?", (built.undated,))
    assert [r["id"] for r in rows] == [link]


def test_the_link_dialog_offers_the_checks_criteria_and_findings(setup, view, qtbot):
    ws, built = setup
    dialog = evidence_dialogs.LinkDialog(ws, built.field.engagement_id, view)
    qtbot.addWidget(dialog)
    assert dialog.check.count() == 1 and dialog.finding.count() == 1
    assert dialog.criterion.count() == 1 + 8  # "(the whole check)" and the criteria
    dialog.criterion.setCurrentIndex(dialog.criterion.findText("Politeness"))
    assert dialog.chosen() == {"check_id": built.check_id,
                               "criterion_id": built.field.criteria["politeness"]}
    dialog.to_finding.setChecked(True)
    assert dialog.chosen() == {"finding_id": built.finding_id}


def test_the_viewer_steps_through_the_shown_photos(setup, view):
    dialog = view.open_viewer(view.proxy.index(0, 0))
    first = dialog.photo.photo_id
    assert not dialog.previous_button.isEnabled() and dialog.next_button.isEnabled()
    dialog.step(1)
    assert dialog.photo.photo_id != first and not dialog.pixmap.isNull()
    assert dialog.counter.text() == "2 / 2"
    zoom = dialog.canvas.zoom
    dialog.canvas.zoom_by(1.25)
    assert dialog.canvas.zoom == pytest.approx(zoom * 1.25)
    dialog.canvas.set_zoom(1.0)
    assert dialog.canvas.zoom == 1.0
    dialog.close()


def test_import_of_a_folder_runs_in_a_worker_and_reports(setup, view, qtbot, tmp_path):
    ws, built = setup
    folder = tmp_path / "phone"
    write_files(folder, 3)
    (folder / "broken.jpg").write_bytes(jpeg()[:300])
    (folder / "again.png").write_bytes(png())  # the undated photo: stored already
    messages.shown.clear()
    job = view.import_paths([folder])
    assert job is not None
    qtbot.waitUntil(lambda: job.report is not None, timeout=60000)
    assert len(job.report.stored) == 4 and len(job.report.rejected) == 1
    assert view.model.rowCount() == 2 + 3  # refreshed once it was over
    kind, text = messages.shown[-1]
    assert kind == "info"
    assert text.startswith("3 new file") and "1 file" in text and "stored already" in text
    assert "broken.jpg" in text
    # one undo takes the new links away
    view.context.undo_stack.undo()
    assert ws.scalar("SELECT count(DISTINCT photo_id) FROM evidence_links") == 2


def test_export_originals_writes_the_files_and_an_index(setup, view, qtbot, tmp_path):
    ws, built = setup
    out = tmp_path / "out"
    worker = view.export_originals(out)
    qtbot.waitUntil(lambda: not worker.is_running() and any(
        k == "info" for k, _ in messages.shown), timeout=30000)
    files = [p for p in out.iterdir() if p.suffix != ".csv"]
    assert len(files) == 2
    stored = {r[0] for r in ws.conn.execute("SELECT sha256 FROM photos")}
    assert {hashlib.sha256(p.read_bytes()).hexdigest() for p in files} == stored
    index = next(out.glob("*.csv"))
    with index.open(encoding="utf-8-sig") as handle:
        assert len(list(csv.reader(handle))) == 3


def test_recordings_are_listed_and_opened_from_a_temp_copy(setup, view, qtbot, tmp_path,
                                                         monkeypatch):
    from cxdesk.evidence_other import add_evidence_files

    ws, built = setup
    wav = tmp_path / "call.wav"
    wav.write_bytes(b"RIFF" + (36).to_bytes(4, "little") + b"WAVEfmt " + bytes(28))
    report = add_evidence_files(ws.path, [wav], engagement_id=built.field.engagement_id,
                                check_id=built.check_id)
    assert report.stored, report.rejected
    view.refresh()
    assert view.others.isVisible() and view.others.count() == 1
    assert "call.wav" in view.others.item(0).text()
    assert view.model.rowCount() == 2  # not among the photos
    opened: list[str] = []
    monkeypatch.setattr(evidence_dialogs.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    view.others.itemActivated.emit(view.others.item(0))
    assert Path(opened[0]).name == "call.wav"
    assert Path(opened[0]).read_bytes() == wav.read_bytes()
    assert Path(opened[0]).parent != wav.parent


def test_links_are_read_per_photo(setup):
    ws, built = setup
    links = evidence_links.photo_links(ws, built.field.engagement_id)
    [dated] = links[built.dated]
    assert dated.criterion == "Showroom clean" and dated.check.startswith("Competitor B")
    [undated] = links[built.undated]
    assert undated.finding == "Dirty floor"


def test_an_annotated_photo_gets_a_fresh_thumbnail_and_badges(setup, view, qtbot):
    from cxdesk import annotations
    from ui.views.evidence_tiles import PIXMAP_ROLE

    ws, built = setup
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, 0).data(PHOTO_ROLE).photo_id == built.dated)
    before = view.proxy.index(row, 0).data(PIXMAP_ROLE).toImage()
    annotations.set_annotations(ws, built.dated, [
        {"kind": "pixelate", "x1": 0, "y1": 0, "x2": 1, "y2": 1},
        {"kind": "rect", "x1": 0.1, "y1": 0.1, "x2": 0.9, "y2": 0.9, "color": "#ffff00",
         "width": 0.05}])
    view.refresh()
    index = next(view.proxy.index(r, 0) for r in range(view.proxy.rowCount())
                 if view.proxy.index(r, 0).data(PHOTO_ROLE).photo_id == built.dated)
    after = index.data(PIXMAP_ROLE).toImage()
    assert after != before
    assert after.pixelColor(after.width() // 10 + 2, after.height() // 2).yellow() > 150
    photo = index.data(PHOTO_ROLE)
    assert photo.annotated and photo.redacted
    view.set_filter("flag", "redacted")
    assert shown(view) == {built.dated}


def test_files_dropped_on_the_gallery_become_evidence_of_the_engagement(setup, view, qtbot,
                                                                       tmp_path):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    ws, built = setup
    [photo] = write_files(tmp_path / "drop", 1)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo))])
    messages.shown.clear()
    view.dropEvent(QDropEvent(QPointF(300, 300), Qt.DropAction.CopyAction, mime,
                              Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    qtbot.waitUntil(lambda: any(k == "info" for k, _ in messages.shown), timeout=60000)
    assert view.model.rowCount() == 3
    row = ws.row("SELECT l.* FROM evidence_links l JOIN photos p ON p.id = l.photo_id"
                 " WHERE p.file_name = 'photo_0.jpg'")
    assert (row["check_id"], row["criterion_id"], row["finding_id"]) == (None, None, None)


def test_a_cancelled_import_keeps_whole_photos_and_says_so(setup, view, qtbot, tmp_path):
    from ui.evidence_import import ImportJob

    ws, built = setup
    files = write_files(tmp_path / "many", 10)
    job = ImportJob(view.context, files, check_id=built.check_id, parent=view, dialog=True)
    assert job.dialog is not None and job.dialog.maximum() == 10
    progress = job._progress

    def cancel_after_two(done: int, total: int) -> None:  # in the worker thread
        progress(done, total)
        if done >= 2:
            job.cancel()

    job._progress = cancel_after_two
    messages.shown.clear()
    job.start()
    qtbot.waitUntil(lambda: job.report is not None, timeout=60000)
    assert job.report.cancelled
    stored = len(job.report.stored)
    assert 2 <= stored < 10
    assert ws.scalar("SELECT count(*) FROM photos WHERE file_name LIKE 'photo_%'") == stored
    assert ws.scalar("SELECT count(*) FROM photo_derivatives d JOIN photos p"
                     " ON p.id = d.photo_id WHERE p.file_name LIKE 'photo_%'") == 2 * stored
    assert "cancelled" in messages.shown[-1][1]
    assert job.dialog is None  # closed


def test_a_document_opens_under_the_extension_of_what_it_is(setup, view, qtbot, tmp_path,
                                                            monkeypatch):
    # a PDF that also holds a web page, named .html: it used to open in the browser
    from cxdesk.evidence_other import add_evidence_files

    ws, built = setup
    page = tmp_path / "receipt.html"
    page.write_bytes(b"%PDF-1.4\n<html><script>alert(1)</script></html>\n%%EOF\n")
    report = add_evidence_files(ws.path, [page], engagement_id=built.field.engagement_id,
                                check_id=built.check_id)
    assert report.stored, report.rejected
    view.refresh()
    opened: list[str] = []
    monkeypatch.setattr(evidence_dialogs.QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    view.others.itemActivated.emit(view.others.item(0))
    assert Path(opened[0]).name == "receipt.pdf"
    assert Path(opened[0]).read_bytes() == page.read_bytes()
