"""Test photos and bad files made in code, and a small engagement with a check to attach them to."""

from __future__ import annotations

import io
import random
import struct
import zlib
from pathlib import Path

from PIL import Image

from cxdesk import engagements, records
from cxdesk.workspace import Workspace, new_id

RED, BLUE, GREEN = (230, 20, 20), (20, 40, 200), (20, 170, 60)


def image(size=(400, 200), color=BLUE, corner=RED) -> Image.Image:
    """A picture whose top-left quarter-corner (as stored) is painted ``corner``."""
    im = Image.new("RGB", size, color)
    im.paste(corner, (0, 0, size[0] // 4, size[1] // 4))
    return im


def encode(im: Image.Image, fmt: str = "JPEG", **params) -> bytes:
    out = io.BytesIO()
    im.save(out, fmt, **params)
    return out.getvalue()


def jpeg(size=(400, 200), color=BLUE, *, exif: Image.Exif | None = None, seed: int | None = None,
         **params) -> bytes:
    im = image(size, color)
    if seed is not None:  # distinct bytes for distinct photos
        im.putpixel((size[0] - 1, size[1] - 1), (seed % 256, seed // 256 % 256, 7))
    if exif is not None:
        params["exif"] = exif.tobytes()
    return encode(im, "JPEG", quality=92, **params)


def phone_exif(orientation: int = 1, *, taken: str | None = "2026:10:14 12:31:05",
               lat: float = 55.6453, lon: float = 37.4788) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = "Apple", "iPhone 13", orientation
    if taken:
        exif[0x8769] = {0x9003: taken}
    exif[0x8825] = {1: "N", 2: (lat, 0.0, 0.0), 3: "E", 4: (lon, 0.0, 0.0)}
    return exif


def png_header_only(width: int, height: int) -> bytes:
    """A PNG that claims a size but has no pixels: a decompression bomb's header."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def bad_files() -> dict[str, tuple[bytes, str]]:
    """File name -> (bytes, the start of the reason it is refused with)."""
    gif = encode(Image.new("RGB", (20, 20)), "GIF")
    return {
        "empty.jpg": (b"", "empty file"),
        "noise.jpg": (random.Random(7).randbytes(4096), "not an image"),
        "receipt.pdf": (b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n", "not an image"),
        "logo.svg": (b'<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>',
                     "not an image"),
        "call.mp3": (b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(2000), "not an image"),
        "cut.jpg": (jpeg((800, 600), seed=99)[:3000], "truncated or damaged image"),
        "cut.png": (encode(image((600, 400)), "PNG")[:1500], "truncated or damaged image"),
        "bomb.png": (png_header_only(40_000, 40_000), "image too large: 40000×40000 pixels"),
        "anim.gif": (gif, "not a supported photo format (GIF)"),
    }


def write(folder: Path, name: str, data: bytes) -> Path:
    path = folder / name
    path.write_bytes(data)
    return path


def engagement_with_check(ws: Workspace, *, started_at: str = "2026-10-14T12:00:00",
                          finished_at: str | None = "2026-10-14T13:00:00",
                          latitude: float | None = 55.6453,
                          longitude: float | None = 37.4788) -> dict[str, str]:
    """An engagement, own subject, a location, a template with one criterion on a touchpoint,
    a check and a finding; their ids by name."""
    engagement = engagements.create_engagement(ws, name="Аудит", client="Клиент").id
    with ws.transaction():
        subject = records.insert(ws, "subjects", {"engagement_id": engagement,
                                                  "name": "Север Моторс", "own": 1})
        location = records.insert(ws, "locations", {
            "engagement_id": engagement, "subject_id": subject, "name": "Шоурум: Ленинский/2",
            "latitude": latitude, "longitude": longitude})
        template = records.insert(ws, "templates", {"engagement_id": engagement,
                                                    "family_id": new_id(), "name": "Чек-лист"})
        criterion = records.insert(ws, "criteria", {"template_id": template,
                                                    "section": "Внешний вид",
                                                    "text": "Чистота пола"})
        check = records.insert(ws, "checks", {
            "engagement_id": engagement, "subject_id": subject, "location_id": location,
            "template_id": template, "method": "visit", "started_at": started_at,
            "finished_at": finished_at})
        finding = records.insert(ws, "findings", {
            "engagement_id": engagement, "subject_id": subject, "kind": "failure",
            "title": "Грязный пол"})
    return {"engagement": engagement, "subject": subject, "location": location,
            "template": template, "criterion": criterion, "check": check, "finding": finding}


def counts(ws: Workspace) -> tuple[int, ...]:
    """(photos, blobs, derivatives, links)."""
    return tuple(ws.scalar(f"SELECT count(*) FROM {t}") for t in
                 ("photos", "blobs", "photo_derivatives", "evidence_links"))
