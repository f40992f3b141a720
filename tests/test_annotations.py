"""Annotations and redactions: stored as vector shapes, baked into the copies reports use,
the original untouched, and everything put back exactly by an undo."""

from __future__ import annotations

import hashlib
import io
import json
import random

import pytest
from PIL import Image, ImageStat

from cxdesk import annotations, evidence
from cxdesk.workspace import Workspace


@pytest.fixture
def ws(tmp_path):
    workspace = Workspace.open(tmp_path / "annotate.cxd", create=True)
    yield workspace
    workspace.close()


def noisy_jpeg(size=(1200, 800), *, orientation: int | None = None, seed: int = 7) -> bytes:
    """A photo full of fine detail (random 4-px cells): blurring it shows at once."""
    rng = random.Random(seed)
    small = Image.new("RGB", (size[0] // 4, size[1] // 4))
    small.putdata([(rng.randrange(256), rng.randrange(256), rng.randrange(256))
                   for _ in range(small.width * small.height)])
    im = small.resize(size, Image.Resampling.NEAREST)
    out = io.BytesIO()
    kwargs = {}
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        kwargs["exif"] = exif.tobytes()
    im.save(out, "JPEG", quality=95, **kwargs)
    return out.getvalue()


def plain_jpeg(size=(800, 600), color=(40, 90, 200), corner=(230, 20, 20),
               orientation: int | None = None) -> bytes:
    im = Image.new("RGB", size, color)
    im.paste(corner, (0, 0, size[0] // 4, size[1] // 4))
    out = io.BytesIO()
    kwargs = {}
    if orientation:
        exif = Image.Exif()
        exif[0x0112] = orientation
        kwargs["exif"] = exif.tobytes()
    im.save(out, "JPEG", quality=92, **kwargs)
    return out.getvalue()


def derivative(ws: Workspace, photo_id: str, kind: str = "print") -> Image.Image:
    return Image.open(io.BytesIO(evidence.photo_derivative(ws, photo_id, kind))).convert("RGB")


def region(image: Image.Image, box: tuple[float, float, float, float]) -> Image.Image:
    w, h = image.size
    return image.crop((round(box[0] * w), round(box[1] * h), round(box[2] * w),
                       round(box[3] * h)))


def pixels(image: Image.Image) -> list[tuple[int, int, int]]:
    raw = image.convert("RGB").tobytes()
    return [tuple(raw[i:i + 3]) for i in range(0, len(raw), 3)]


def test_bad_shapes_are_ignored_never_fatal():
    raw = [{"kind": "rect", "x1": 0.1, "y1": 0.1, "x2": 0.5, "y2": 0.5},
           {"kind": "laser", "x1": 0, "y1": 0, "x2": 1, "y2": 1},
           {"kind": "arrow", "x1": "a", "y1": 0, "x2": 1, "y2": 1},
           {"kind": "text", "x1": 0, "y1": 0, "x2": 1, "y2": 1, "text": "  "},
           {"kind": "ellipse", "x1": -3, "y1": 0.2, "x2": 9, "y2": 0.4, "color": "red"},
           5, None, "rect"]
    shapes = annotations.clean_shapes(raw)
    assert [s["kind"] for s in shapes] == ["rect", "ellipse"]
    assert shapes[1]["x1"] == 0.0 and shapes[1]["x2"] == 1.0  # clamped into the image
    assert shapes[1]["color"] == annotations.DEFAULT_COLOR
    assert annotations.clean_shapes("not json") == []
    assert annotations.clean_shapes('{"kind": "rect"}') == []


def test_stored_bad_shapes_load_as_the_good_ones(ws):
    photo_id, _ = evidence.store_photo(ws, plain_jpeg(), file_name="a.jpg")
    bad = [{"kind": "rect", "x1": 0.1, "y1": 0.1, "x2": 0.2, "y2": 0.2}, {"kind": 3}, [1, 2]]
    ws.conn.execute("UPDATE photos SET annotations = ? WHERE id = ?", (json.dumps(bad), photo_id))
    assert [s["kind"] for s in annotations.get_annotations(ws, photo_id)] == ["rect"]


def test_a_rectangle_is_baked_into_both_copies_and_the_original_is_untouched(ws):
    data = plain_jpeg()
    photo_id, _ = evidence.store_photo(ws, data, file_name="desk.jpg")
    before = evidence.photo_derivative(ws, photo_id, "print")
    green = {"kind": "rect", "x1": 0.5, "y1": 0.5, "x2": 0.9, "y2": 0.9, "color": "#00ff00",
             "width": 0.02}
    annotations.set_annotations(ws, photo_id, [green])
    printed = derivative(ws, photo_id)
    # the rectangle's left edge is green now; its inside still the photo's blue
    edge = printed.getpixel((round(0.5 * printed.width) + 3, round(0.7 * printed.height)))
    inside = printed.getpixel((round(0.7 * printed.width), round(0.7 * printed.height)))
    assert edge[1] > 200 and edge[0] < 80
    assert inside[2] > 150 and inside[1] < 130
    assert evidence.photo_derivative(ws, photo_id, "print") != before
    thumb = derivative(ws, photo_id, "thumb")
    assert thumb.getpixel((round(0.5 * thumb.width) + 1, round(0.7 * thumb.height)))[1] > 150
    stored = ws.scalar("SELECT data FROM blobs")
    assert hashlib.sha256(stored).hexdigest() == hashlib.sha256(data).hexdigest()
    assert annotations.get_annotations(ws, photo_id)[0]["color"] == "#00ff00"
    assert len(derivative(ws, photo_id).getexif()) == 0


def test_shapes_are_placed_on_the_upright_photo(ws):
    # stored sideways (orientation 6): its red corner is top-right once upright
    photo_id, _ = evidence.store_photo(ws, plain_jpeg((800, 600), orientation=6),
                                       file_name="side.jpg")
    annotations.set_annotations(ws, photo_id, [
        {"kind": "rect", "x1": 0.0, "y1": 0.0, "x2": 0.3, "y2": 0.3, "color": "#00ff00",
         "width": 0.03}])
    printed = derivative(ws, photo_id)
    assert printed.width < printed.height  # upright
    assert printed.getpixel((3, printed.height // 10))[1] > 200  # the green frame at left
    red = printed.getpixel((printed.width - 20, 20))
    assert red[0] > 180 and red[2] < 80  # the corner is where the upright photo has it


@pytest.mark.parametrize("kind", ["blur", "pixelate"])
def test_redaction_destroys_the_pixels_of_its_region(ws, kind):
    data = noisy_jpeg()
    photo_id, _ = evidence.store_photo(ws, data, file_name="badge.jpg")
    clean = derivative(ws, photo_id)
    box = (0.2, 0.25, 0.6, 0.75)
    annotations.set_annotations(ws, photo_id, [
        {"kind": kind, "x1": box[0], "y1": box[1], "x2": box[2], "y2": box[3]}])
    redacted = derivative(ws, photo_id)
    before, after = region(clean, box).convert("L"), region(redacted, box).convert("L")
    assert ImageStat.Stat(before).stddev[0] > 35  # the detail there was
    # the region's fine detail is gone: its pixels differ strongly from the original's, and
    # what is left varies far less (pixelating keeps a coarse mosaic, blurring almost nothing)
    diff = ImageStat.Stat(Image.frombytes("L", before.size, bytes(
        abs(a - b) for a, b in zip(before.tobytes(), after.tobytes(), strict=True))))
    assert diff.mean[0] > 30
    limit = 12 if kind == "blur" else 40
    neighbours = [abs(a - b) for a, b in zip(after.tobytes(), after.tobytes()[1:], strict=False)]
    assert sum(neighbours) / len(neighbours) < limit / 4
    assert ImageStat.Stat(after).stddev[0] < (limit if kind == "blur" else 60)
    # outside the region the photo is as it was
    outside = (0.75, 0.1, 0.95, 0.9)
    assert ImageStat.Stat(region(redacted, outside).convert("L")).stddev[0] > 35
    # the thumbnail is redacted too
    thumb_before = region(derivative(ws, photo_id, "thumb"), box).convert("L")
    assert ImageStat.Stat(thumb_before).stddev[0] < 60


def test_arrows_ellipses_and_text_draw_in_their_colour():
    base = Image.new("RGB", (1000, 500), "white")
    baked = annotations.bake(base, [
        {"kind": "arrow", "x1": 0.1, "y1": 0.5, "x2": 0.4, "y2": 0.5, "color": "#0000ff"},
        {"kind": "ellipse", "x1": 0.5, "y1": 0.1, "x2": 0.7, "y2": 0.9, "color": "#00ff00"},
        {"kind": "text", "x1": 0.75, "y1": 0.4, "x2": 0.95, "y2": 0.6, "color": "#ff0000",
         "text": "Пыль"},
    ])
    assert baked.getpixel((200, 250)) == (0, 0, 255)  # the shaft
    assert baked.getpixel((395, 250))[2] > 200  # the head reaches the tip
    assert base.getpixel((200, 250)) == (255, 255, 255)  # the input is not changed
    reds = sum(1 for p in pixels(region(baked, (0.75, 0.4, 0.95, 0.6)))
               if p[0] > 200 and p[1] < 80)
    assert reds > 50
    greens = sum(1 for p in pixels(baked) if p[1] > 200 and p[0] < 80 and p[2] < 80)
    assert greens > 500


def test_restoring_puts_back_the_exact_copies_and_shapes(ws):
    photo_id, _ = evidence.store_photo(ws, noisy_jpeg((600, 400)), file_name="a.jpg")
    original_print = evidence.photo_derivative(ws, photo_id, "print")
    original_thumb = evidence.photo_derivative(ws, photo_id, "thumb")
    shapes = [{"kind": "pixelate", "x1": 0.1, "y1": 0.1, "x2": 0.5, "y2": 0.5}]
    previous = annotations.set_annotations(ws, photo_id, shapes)
    assert previous.shapes == []
    assert evidence.photo_derivative(ws, photo_id, "print") != original_print
    annotations.restore_annotations(ws, photo_id, previous)
    assert evidence.photo_derivative(ws, photo_id, "print") == original_print
    assert evidence.photo_derivative(ws, photo_id, "thumb") == original_thumb
    assert annotations.get_annotations(ws, photo_id) == []


def test_rebuilding_without_shapes_gives_the_import_copies(ws):
    photo_id, _ = evidence.store_photo(ws, plain_jpeg(orientation=8), file_name="a.jpg")
    imported = derivative(ws, photo_id)
    annotations.set_annotations(ws, photo_id, [])
    rebuilt = derivative(ws, photo_id)
    assert rebuilt.size == imported.size
    assert rebuilt.getpixel((10, rebuilt.height - 10)) == pytest.approx(
        imported.getpixel((10, imported.height - 10)), abs=6)
