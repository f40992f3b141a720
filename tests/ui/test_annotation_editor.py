"""The annotation editor: shapes drawn with the mouse or added, baked into the print copy in
a worker, each change one undo step that puts back the very same copy bytes; redactions shown
as they will be baked and really destroying the pixels; moving, recolouring, deleting."""

from __future__ import annotations

import io

import pytest
from evidence_factory import build_evidence, jpeg
from PIL import Image, ImageStat
from PySide6.QtCore import QPoint, QPointF, Qt

from cxdesk import annotations, evidence
from cxdesk.workspace import Workspace
from ui.annotate.editor import AnnotationEditor
from ui.context import AppContext
from ui.workers import Worker


@pytest.fixture
def setup(workspace_path):
    ws = Workspace.open(workspace_path)
    built = build_evidence(ws)
    noisy, _ = evidence.store_photo(ws, jpeg(size=(1200, 900), noise=True), file_name="n.jpg")
    evidence.link_photo(ws, noisy, engagement_id=built.field.engagement_id,
                        check_id=built.check_id)
    yield ws, built, noisy
    Worker.wait_all()
    ws.close()


@pytest.fixture
def context(setup):
    ws, built, _ = setup
    ctx = AppContext()
    ctx.ws = ws
    ctx.engagement_id = built.field.engagement_id
    return ctx


def open_editor(context, photo_id, qtbot) -> AnnotationEditor:
    editor = AnnotationEditor(context, photo_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def printed(ws, photo_id) -> bytes:
    return evidence.photo_derivative(ws, photo_id, "print")


def pixel(data: bytes, fx: float, fy: float) -> tuple[int, int, int]:
    im = Image.open(io.BytesIO(data)).convert("RGB")
    return im.getpixel((round(fx * (im.width - 1)), round(fy * (im.height - 1))))


def saved(editor: AnnotationEditor, count: int):
    return lambda: editor.saved >= count and not editor.busy


def test_a_rectangle_is_baked_and_undo_restores_the_old_copy_bytes(setup, context, qtbot):
    ws, built, _ = setup
    before_print = printed(ws, built.dated)
    before_thumb = evidence.photo_derivative(ws, built.dated, "thumb")
    original = ws.scalar("SELECT data FROM blobs b JOIN photos p ON p.sha256 = b.sha256"
                         " WHERE p.id = ?", (built.dated,))
    editor = open_editor(context, built.dated, qtbot)
    editor.set_color("#ffff00")
    editor.add_shape({"kind": "rect", "x1": 0.2, "y1": 0.2, "x2": 0.8, "y2": 0.8,
                      "color": "#ffff00", "width": 0.02})
    qtbot.waitUntil(saved(editor, 1), timeout=30000)
    after = printed(ws, built.dated)
    assert after != before_print
    r, g, b = pixel(after, 0.2 + 0.005, 0.5)  # on the frame's left edge: yellow
    assert r > 200 and g > 200 and b < 90
    assert annotations.get_annotations(ws, built.dated)[0]["kind"] == "rect"
    assert context.undo_stack.count() == 1
    context.undo_stack.undo()
    assert printed(ws, built.dated) == before_print  # the very same bytes
    assert evidence.photo_derivative(ws, built.dated, "thumb") == before_thumb
    assert annotations.get_annotations(ws, built.dated) == []
    assert editor.shapes == []  # the editor shows what is stored
    context.undo_stack.redo()
    assert printed(ws, built.dated) == after
    assert len(editor.shapes) == 1
    # the original is never touched
    assert ws.scalar("SELECT data FROM blobs b JOIN photos p ON p.sha256 = b.sha256"
                     " WHERE p.id = ?", (built.dated,)) == original


def test_drawing_an_arrow_with_the_mouse(setup, context, qtbot):
    ws, built, _ = setup
    editor = open_editor(context, built.dated, qtbot)
    editor.set_tool("arrow")
    canvas = editor.canvas
    start = canvas.mapFromScene(QPointF(editor.image_size[0] * 0.1, editor.image_size[1] * 0.5))
    end = canvas.mapFromScene(QPointF(editor.image_size[0] * 0.6, editor.image_size[1] * 0.5))
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(canvas.viewport(), QPoint((start.x() + end.x()) // 2, start.y()))
    qtbot.mouseMove(canvas.viewport(), end)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton, pos=end)
    qtbot.waitUntil(saved(editor, 1), timeout=30000)
    [shape] = annotations.get_annotations(ws, built.dated)
    assert shape["kind"] == "arrow"
    assert shape["x1"] == pytest.approx(0.1, abs=0.02) and shape["x2"] == pytest.approx(
        0.6, abs=0.02)
    r, g, b = pixel(printed(ws, built.dated), 0.3, 0.5)  # on the shaft: the default red
    assert r > 180 and g < 90


def test_redaction_is_previewed_and_destroys_the_pixels(setup, context, qtbot):
    ws, _built, noisy = setup
    editor = open_editor(context, noisy, qtbot)
    clean_preview = editor.background.pixmap().toImage()
    editor.set_tool("blur")
    editor.add_shape({"kind": "blur", "x1": 0.25, "y1": 0.25, "x2": 0.75, "y2": 0.75})
    assert editor.background.pixmap().toImage() != clean_preview  # shown as it will be baked
    qtbot.waitUntil(saved(editor, 1), timeout=30000)
    im = Image.open(io.BytesIO(printed(ws, noisy))).convert("L")
    box = (round(im.width * 0.3), round(im.height * 0.3), round(im.width * 0.7),
           round(im.height * 0.7))
    assert ImageStat.Stat(im.crop(box)).stddev[0] < 12
    assert ImageStat.Stat(im.crop((0, 0, im.width // 5, im.height // 5))).stddev[0] > 35
    from cxdesk.gallery import list_gallery

    photo = next(p for p in list_gallery(ws, context.engagement_id) if p.photo_id == noisy)
    assert photo.redacted and photo.annotated


def test_move_recolour_and_delete_shapes(setup, context, qtbot):
    ws, built, _ = setup
    editor = open_editor(context, built.dated, qtbot)
    editor.add_shape({"kind": "ellipse", "x1": 0.1, "y1": 0.1, "x2": 0.3, "y2": 0.3})
    qtbot.waitUntil(saved(editor, 1), timeout=30000)
    [item] = editor._items()
    item.setPos(editor.image_size[0] * 0.5, 0)  # dragged half the width to the right
    editor.items_moved()
    qtbot.waitUntil(saved(editor, 2), timeout=30000)
    [shape] = annotations.get_annotations(ws, built.dated)
    assert shape["x1"] == pytest.approx(0.6) and shape["y1"] == pytest.approx(0.1)
    [item] = editor._items()
    item.setSelected(True)
    editor.set_color("#00ff00")
    qtbot.waitUntil(saved(editor, 3), timeout=30000)
    assert annotations.get_annotations(ws, built.dated)[0]["color"] == "#00ff00"
    [item] = editor._items()
    item.setSelected(True)
    editor.delete_selected()
    qtbot.waitUntil(saved(editor, 4), timeout=30000)
    assert annotations.get_annotations(ws, built.dated) == []
    assert context.undo_stack.count() == 4
    context.undo_stack.undo()
    assert annotations.get_annotations(ws, built.dated)[0]["color"] == "#00ff00"


def test_text_is_placed_where_clicked(setup, context, qtbot):
    ws, built, _ = setup
    editor = open_editor(context, built.dated, qtbot)
    editor.set_tool("text")
    editor.add_text(QPointF(editor.image_size[0] * 0.5, editor.image_size[1] * 0.5),
                    "Пыль под стойкой")
    qtbot.waitUntil(saved(editor, 1), timeout=30000)
    [shape] = annotations.get_annotations(ws, built.dated)
    assert shape["text"] == "Пыль под стойкой"
    assert shape["x1"] == pytest.approx(0.5) and shape["x2"] > 0.6


def test_quick_changes_while_baking_end_in_the_last_state(setup, context, qtbot):
    ws, built, _ = setup
    editor = open_editor(context, built.dated, qtbot)
    for i in range(3):
        editor.add_shape({"kind": "rect", "x1": 0.1 * i, "y1": 0.1, "x2": 0.1 * i + 0.05,
                          "y2": 0.2})
    qtbot.waitUntil(lambda: not editor.busy and len(
        annotations.get_annotations(ws, built.dated)) == 3, timeout=30000)
    expected = annotations.render_derivatives(annotations.original_bytes(ws, built.dated),
                                              editor.shapes)
    assert printed(ws, built.dated) == next(d.data for d in expected if d.kind == "print")


def test_closing_while_baking_saves_the_shapes_drawn_meanwhile(setup, context, qtbot):
    # closing used to deliver only the bake under way: a shape drawn during it was lost
    ws, built, _ = setup
    editor = open_editor(context, built.dated, qtbot)
    editor.add_shape({"kind": "rect", "x1": 0.1, "y1": 0.1, "x2": 0.3, "y2": 0.3})
    editor.add_shape({"kind": "ellipse", "x1": 0.5, "y1": 0.5, "x2": 0.7, "y2": 0.7})
    assert editor.busy
    editor.done(0)
    assert [s["kind"] for s in annotations.get_annotations(ws, built.dated)] == [
        "rect", "ellipse"]
    assert not editor.busy
