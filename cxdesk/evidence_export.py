"""Exporting evidence originals to a folder: the stored bytes unchanged, under meaningful names
``subject_location_date_touchpoint_n.ext`` (safe on Windows, Cyrillic kept), and an
``index.csv`` with each file's SHA-256, capture data, links and flags.

The index is UTF-8 with a byte-order mark and ``;`` between fields, which is how Excel with
Russian regional settings opens a CSV by double-click. Nothing in the folder is overwritten: a
name already taken gets the next number.
"""

from __future__ import annotations

import csv
import hashlib
import os
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.evidence import list_engagement_photos
from cxdesk.photo_flags import flags_of
from cxdesk.workspace import Workspace

EXTENSIONS = {
    "image/jpeg": ".jpg", "image/png": ".png", "image/webp": ".webp", "image/heic": ".heic",
    "audio/mpeg": ".mp3", "audio/mp4": ".m4a", "audio/wav": ".wav", "audio/ogg": ".ogg",
    "application/pdf": ".pdf",
}
INDEX_COLUMNS = ("file", "sha256", "kind", "mime", "size", "original_name", "captured_at",
                 "camera", "gps_lat", "gps_lon", "subject", "location", "touchpoint",
                 "check_ids", "criteria", "findings", "captions", "flags")
_PART_LENGTH = 40
#: A part's length in UTF-8 bytes: Linux and macOS allow 255 bytes a name, and a Cyrillic
#: letter takes two (three parts of 40 letters made names too long to write).
_PART_BYTES = 60
#: What starts a formula in Excel: such text gets a leading apostrophe in the index, so a
#: caption or a file name like "=HYPERLINK(…)" is shown, never run.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}


@dataclass(frozen=True)
class ExportedFile:
    path: Path
    photo_id: str
    sha256: str


@dataclass(frozen=True)
class ExportResult:
    files: list[ExportedFile]
    index: Path


def safe_part(text: str | None) -> str:
    """One part of a file name, valid on Windows, macOS and Linux; letters of any script kept."""
    text = unicodedata.normalize("NFC", text or "")
    text = _UNSAFE.sub(" ", text).replace("_", " ")
    text = " ".join(text.split())[:_PART_LENGTH]
    text = text.encode()[:_PART_BYTES].decode("utf-8", "ignore").strip(" .")
    text = text.lstrip("=+-@ ")  # a name Excel's index column would not take for a formula
    return f"{text}-" if text.upper() in _RESERVED else text


def _cell(value: object) -> object:
    """A value for the index; text Excel would take for a formula is kept as text."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def _extension(photo: dict) -> str:
    ext = EXTENSIONS.get(photo["mime"])
    if ext is None:
        ext = Path(photo["file_name"] or "").suffix.lower()
        ext = ext if re.fullmatch(r"\.[a-z0-9]{1,5}", ext) else ".bin"
    return ext


def _stem(photo: dict) -> str:
    when = (photo["captured_at"] or photo["started_at"] or "")[:10]
    parts = [safe_part(p) for p in (photo["subject"], photo["location"], when,
                                    photo["touchpoint"])]
    return "_".join(p for p in parts if p) or "evidence"


def _free(folder: Path, stem: str, ext: str, taken: set[str], start: int = 1) -> Path:
    n = start
    while True:
        name = f"{stem}_{n}{ext}"
        if name.casefold() not in taken and not (folder / name).exists():
            taken.add(name.casefold())
            return folder / name
        n += 1


def _joined(values: Iterable[object]) -> str:
    return " | ".join(str(v) for v in values if v)


def export_originals(ws: Workspace, engagement_id: str, folder: str | os.PathLike[str], *,
                     check_id: str | None = None,
                     photo_ids: Iterable[str] | None = None) -> ExportResult:
    """Write the originals of an engagement's evidence (or those of one check, or a selection)
    and an index into ``folder`` (created when missing); returns what was written."""
    records.get(ws, "engagements", engagement_id, "engagement")
    if check_id is not None:
        check = records.get(ws, "checks", check_id, "check")
        if check["engagement_id"] != engagement_id:
            raise InvalidValue("the check belongs to another engagement")
    wanted = None if photo_ids is None else set(photo_ids)
    photos = [p for p in list_engagement_photos(ws, engagement_id)
              if (check_id is None or check_id in p["check_ids"])
              and (wanted is None or p["id"] in wanted)]
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise InvalidValue(f"{folder}: not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    files, rows = [], []
    for photo in photos:
        data = ws.scalar("SELECT data FROM blobs WHERE sha256 = ?", (photo["sha256"],))
        flags = sorted(flags_of(photo))
        if data is None:
            continue  # `check` names a missing original; there is nothing to export
        sha256 = hashlib.sha256(data).hexdigest()
        if sha256 != photo["sha256"]:
            flags.append("hash_mismatch")
        if photo.get("redacted"):
            # the original shows what the report's copy hides: say so before it is handed on
            flags.append("redacted_in_reports_not_here")
        path = _free(folder, _stem(photo), _extension(photo), taken)
        path.write_bytes(data)
        files.append(ExportedFile(path, photo["id"], sha256))
        rows.append({
            "file": path.name, "sha256": sha256, "kind": photo["kind"], "mime": photo["mime"],
            "size": len(data), "original_name": photo["file_name"],
            "captured_at": photo["captured_at"] or "", "camera": photo["camera"] or "",
            "gps_lat": "" if photo["gps_lat"] is None else photo["gps_lat"],
            "gps_lon": "" if photo["gps_lon"] is None else photo["gps_lon"],
            "subject": photo["subject"] or "", "location": photo["location"] or "",
            "touchpoint": photo["touchpoint"] or "", "check_ids": _joined(photo["check_ids"]),
            "criteria": _joined(photo["criteria"]), "findings": _joined(photo["findings"]),
            "captions": _joined(photo["captions"]), "flags": " ".join(flags),
        })
    index = folder / "index.csv"
    if index.exists():
        index = _free(folder, "index", ".csv", taken, start=2)
    with index.open("w", encoding="utf-8-sig", newline="") as out:
        writer = csv.DictWriter(out, INDEX_COLUMNS, delimiter=";")
        writer.writeheader()
        writer.writerows({key: _cell(value) for key, value in row.items()} for row in rows)
    return ExportResult(files, index)
