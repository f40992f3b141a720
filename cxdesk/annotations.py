"""Annotations and redactions drawn over a photo: stored as vector shapes (JSON in
``photos.annotations``) and baked into the photo's print and thumbnail copies, which reports
and the GUI use. The original blob is never touched, so every shape can be moved or removed
later and the copies rebuilt from the original.

A shape is ``{"kind", "x1", "y1", "x2", "y2", "color", "width", "text"}``: the corners as
fractions 0…1 of the upright image, the colour ``#rrggbb``, the line width as a fraction of
the image's long side. Redactions (``blur``, ``pixelate``) destroy the pixels of their region
in the copies: a report can never show what they cover.
"""

from __future__ import annotations

import io
import json
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from cxdesk import records
from cxdesk.errors import InvalidValue, NotFound
from cxdesk.photo_decode import (  # the import's own steps: the copies are made the same way
    _UPRIGHT,
    PRINT_QUALITY,
    PRINT_SIZE,
    THUMB_QUALITY,
    THUMB_SIZE,
    Derivative,
    _fit,
    _jpeg,
    _open,
    _plain_mode,
    _to_srgb,
)
from cxdesk.workspace import Workspace

KINDS = ("arrow", "rect", "ellipse", "text", "blur", "pixelate")
REDACTIONS = ("blur", "pixelate")
DEFAULT_COLOR = "#e53935"
DEFAULT_WIDTH = 0.006
FONT_PATH = Path(__file__).resolve().parent.parent / "resources" / "fonts" / "DejaVuSans.ttf"
_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
_MAX_TEXT = 500


@dataclass(frozen=True)
class AnnotationState:
    """What a photo's annotations and copies were: enough to put them back exactly."""

    shapes: list[dict[str, Any]]
    derivatives: tuple[Derivative, ...]


# -- shapes ----------------------------------------------------------------------------------
def _fraction(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    value = float(value)
    return min(1.0, max(0.0, value)) if math.isfinite(value) else None


def clean_shape(raw: Any) -> dict[str, Any] | None:
    """A valid, normalised shape, or None for anything that is not one."""
    if not isinstance(raw, dict) or raw.get("kind") not in KINDS:
        return None
    corners = [_fraction(raw.get(k)) for k in ("x1", "y1", "x2", "y2")]
    if any(c is None for c in corners):
        return None
    color = raw.get("color", DEFAULT_COLOR)
    width = raw.get("width", DEFAULT_WIDTH)
    if not isinstance(width, int | float) or isinstance(width, bool) or not math.isfinite(width):
        width = DEFAULT_WIDTH
    text = raw.get("text", "")
    shape = {
        "kind": raw["kind"],
        "x1": corners[0], "y1": corners[1], "x2": corners[2], "y2": corners[3],
        "color": color.lower() if isinstance(color, str) and _COLOR.match(color)
        else DEFAULT_COLOR,
        "width": min(0.1, max(0.001, float(width))),
        "text": text[:_MAX_TEXT] if isinstance(text, str) else "",
    }
    if shape["kind"] == "text" and not shape["text"].strip():
        return None
    return shape


def clean_shapes(raw: Any) -> list[dict[str, Any]]:
    """The valid shapes of a list (or of its JSON text); bad entries are dropped, never fatal."""
    if isinstance(raw, str | bytes):
        try:
            raw = json.loads(raw or "[]")
        except ValueError:
            return []
    if not isinstance(raw, list):
        return []
    return [s for s in map(clean_shape, raw) if s is not None]


def is_redacted(shapes: Iterable[dict[str, Any]]) -> bool:
    return any(s.get("kind") in REDACTIONS for s in shapes)


# -- baking ----------------------------------------------------------------------------------
@lru_cache(maxsize=16)
def _font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(str(FONT_PATH), size)
    except OSError:  # pragma: no cover - the font ships with the app
        return ImageFont.load_default()


def _box(shape: dict[str, Any], size: tuple[int, int]) -> tuple[int, int, int, int]:
    w, h = size
    left, right = sorted((shape["x1"] * w, shape["x2"] * w))
    top, bottom = sorted((shape["y1"] * h, shape["y2"] * h))
    return (max(0, math.floor(left)), max(0, math.floor(top)),
            min(w, math.ceil(right)), min(h, math.ceil(bottom)))


def _redact(image: Image.Image, shape: dict[str, Any]) -> None:
    box = _box(shape, image.size)
    bw, bh = box[2] - box[0], box[3] - box[1]
    if bw < 1 or bh < 1:
        return
    region = image.crop(box)
    if shape["kind"] == "blur":
        # blur, shrink to a few pixels and blur again: no detail survives, whatever the size
        radius = max(8.0, max(bw, bh) / 6)
        small = region.filter(ImageFilter.GaussianBlur(radius)).resize(
            (max(1, bw // 24), max(1, bh // 24)), Image.Resampling.BILINEAR)
        region = small.resize((bw, bh), Image.Resampling.BILINEAR).filter(
            ImageFilter.GaussianBlur(radius / 2))
    else:
        cell = max(8, round(max(image.size) / 60))
        small = region.resize((max(1, round(bw / cell)), max(1, round(bh / cell))),
                              Image.Resampling.BOX)
        region = small.resize((bw, bh), Image.Resampling.NEAREST)
    image.paste(region, box[:2])


def _arrow(draw: ImageDraw.ImageDraw, shape: dict[str, Any], size: tuple[int, int],
           line: int) -> None:
    w, h = size
    x1, y1, x2, y2 = shape["x1"] * w, shape["y1"] * h, shape["x2"] * w, shape["y2"] * h
    length = math.hypot(x2 - x1, y2 - y1)
    if length < 1:
        return
    head = min(length * 0.6, max(10.0, line * 4.5))
    ux, uy = (x2 - x1) / length, (y2 - y1) / length
    base_x, base_y = x2 - ux * head, y2 - uy * head
    draw.line([(x1, y1), (base_x, base_y)], fill=shape["color"], width=line)
    half = head * 0.55
    draw.polygon([(x2, y2), (base_x - uy * half, base_y + ux * half),
                  (base_x + uy * half, base_y - ux * half)], fill=shape["color"])


def bake(image: Image.Image, shapes: Iterable[dict[str, Any]]) -> Image.Image:
    """A copy of an upright RGB image with the shapes drawn in (redactions first)."""
    out = image.convert("RGB") if image.mode != "RGB" else image.copy()
    shapes = clean_shapes(list(shapes))
    for shape in shapes:
        if shape["kind"] in REDACTIONS:
            _redact(out, shape)
    draw = ImageDraw.Draw(out)
    long_side = max(out.size)
    for shape in shapes:
        kind = shape["kind"]
        line = max(1, round(shape["width"] * long_side))
        box = _box(shape, out.size)
        if kind == "arrow":
            _arrow(draw, shape, out.size, line)
        elif kind == "rect" and box[2] > box[0] and box[3] > box[1]:
            draw.rectangle(box, outline=shape["color"], width=line)
        elif kind == "ellipse" and box[2] > box[0] and box[3] > box[1]:
            draw.ellipse(box, outline=shape["color"], width=line)
        elif kind == "text":
            size = max(10, round(text_height(shape) * long_side))
            draw.multiline_text((box[0], box[1]), shape["text"], fill=shape["color"],
                                font=_font(size), stroke_width=max(1, size // 14),
                                stroke_fill="#ffffff" if _dark(shape["color"]) else "#000000")
    return out


def text_height(shape: dict[str, Any]) -> float:
    """The text's letter size as a fraction of the long side (from its line width)."""
    return max(0.018, shape["width"] * 6)


def _dark(color: str) -> bool:
    r, g, b = (int(color[i:i + 2], 16) for i in (1, 3, 5))
    return 0.299 * r + 0.587 * g + 0.114 * b < 140


# -- copies of a photo -----------------------------------------------------------------------
def upright_print(original: bytes) -> Image.Image:
    """The original decoded as its print copy is made, before any shape: upright sRGB RGB,
    long side at most the print size. Raises InvalidValue for data that is no photo."""
    im = _open(original)
    try:
        orientation = im.getexif().get(0x0112)
    except Exception:  # noqa: BLE001 - unreadable EXIF: as stored, like the import does
        orientation = None
    icc = im.info.get("icc_profile")
    target = _fit(im.size, PRINT_SIZE)
    if im.format in ("JPEG", "MPO"):
        im.draft("RGB", target)
    im.load()
    plain = _plain_mode(im)
    if plain.size != target:
        plain = plain.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if orientation in _UPRIGHT:
        plain = plain.transpose(_UPRIGHT[orientation])
    return _to_srgb(plain, icc)


def render_derivatives(original: bytes, shapes: Iterable[dict[str, Any]]) -> tuple[
        Derivative, ...]:
    """The thumbnail and print copies of a photo with its shapes baked in (pure, no workspace:
    safe to run in a worker thread)."""
    return derivatives_of(upright_print(original), shapes)


def derivatives_of(upright: Image.Image, shapes: Iterable[dict[str, Any]]) -> tuple[
        Derivative, ...]:
    """The copies of an image from :func:`upright_print`, with the shapes baked in."""
    printed = bake(upright, shapes)
    thumb = printed.resize(_fit(printed.size, THUMB_SIZE), Image.Resampling.LANCZOS,
                           reducing_gap=2.0)
    return (Derivative("thumb", *thumb.size, _jpeg(thumb, THUMB_QUALITY)),
            Derivative("print", *printed.size, _jpeg(printed, PRINT_QUALITY)))


def original_bytes(ws: Workspace, photo_id: str) -> bytes:
    data = ws.scalar("SELECT b.data FROM photos p JOIN blobs b ON b.sha256 = p.sha256"
                     " WHERE p.id = ?", (photo_id,))
    if data is None:
        raise NotFound("photo", photo_id)
    return bytes(data)


def get_annotations(ws: Workspace, photo_id: str) -> list[dict[str, Any]]:
    """A photo's valid shapes (bad stored entries are skipped)."""
    return clean_shapes(records.get(ws, "photos", photo_id, "photo")["annotations"])


def annotation_state(ws: Workspace, photo_id: str) -> AnnotationState:
    """The shapes and copies as they are now (to undo a change)."""
    shapes = get_annotations(ws, photo_id)
    rows = ws.rows("SELECT kind, width, height, data FROM photo_derivatives WHERE photo_id = ?"
                   " ORDER BY kind DESC", (photo_id,))
    return AnnotationState(shapes, tuple(Derivative(r["kind"], r["width"], r["height"],
                                                    bytes(r["data"])) for r in rows))


def write_annotations(ws: Workspace, photo_id: str, shapes: list[dict[str, Any]],
                      derivatives: Iterable[Derivative]) -> None:
    """Store shapes and the copies made for them, in one transaction."""
    records.get(ws, "photos", photo_id, "photo")
    with ws.transaction() as conn:
        records.update(ws, "photos", photo_id, {"annotations": json.dumps(shapes)})
        for d in derivatives:
            if d.kind not in ("thumb", "print"):
                raise InvalidValue(f"unknown kind of photo copy: {d.kind!r}")
            updated = conn.execute(
                "UPDATE photo_derivatives SET width = ?, height = ?, data = ?, mime = ?"
                " WHERE photo_id = ? AND kind = ?",
                (d.width, d.height, d.data, "image/jpeg", photo_id, d.kind)).rowcount
            if not updated:
                records.insert(ws, "photo_derivatives", {
                    "photo_id": photo_id, "kind": d.kind, "mime": "image/jpeg",
                    "width": d.width, "height": d.height, "data": d.data})


def restore_annotations(ws: Workspace, photo_id: str, state: AnnotationState) -> None:
    """Put back shapes and copies exactly as :func:`annotation_state` read them."""
    write_annotations(ws, photo_id, state.shapes, state.derivatives)


def set_annotations(ws: Workspace, photo_id: str, shapes: Any) -> AnnotationState:
    """Replace a photo's shapes and rebuild its copies from the original with them baked in.

    Returns the previous state (for :func:`restore_annotations`). The original is unchanged.
    """
    cleaned = clean_shapes(shapes)
    previous = annotation_state(ws, photo_id)
    derivatives = render_derivatives(original_bytes(ws, photo_id), cleaned)
    write_annotations(ws, photo_id, cleaned, derivatives)
    return previous


def image_bytes(image: Image.Image, fmt: str = "PNG") -> bytes:
    """An image encoded (for display by a GUI that cannot take a Pillow image)."""
    out = io.BytesIO()
    image.save(out, fmt)
    return out.getvalue()
