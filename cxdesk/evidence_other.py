"""Evidence other than photos: call recordings (mp3, m4a, wav, ogg) and documents (PDF
receipts). The original is stored unchanged under its SHA-256, like a photo, and linked the
same way; what it is comes from its first bytes, never from the file name alone. A screenshot or
photo (JPEG, PNG, WebP, HEIC) given here is stored as a photo, with its thumbnail and print copy.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from pathlib import Path

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.evidence import check_link_targets, link_photo, store_photo
from cxdesk.evidence_import import ImportReport, Progress
from cxdesk.photo_decode import base_name, check_size, read_file
from cxdesk.workspace import Workspace

#: Recordings can be long: an hour's call in mp3 is about 60 MB.
OTHER_SIZE_LIMIT = 200 * 2**20

#: MP4 brands of audio files (an m4a from a phone's recorder or a messenger).
_AUDIO_MP4_BRANDS = {b"M4A ", b"M4B ", b"M4P ", b"mp41", b"mp42", b"isom", b"iso2", b"3gp4",
                     b"3gp5", b"3gp6", b"dash"}
_IMAGE_BRANDS = {b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx", b"mif1", b"msf1"}
SUPPORTED = "recordings (MP3, M4A, WAV, OGG), PDF documents or photos (JPEG, PNG, WebP, HEIC)"


def _is_mp3(data: bytes) -> bool:
    if data[:3] == b"ID3":
        return True
    # an MPEG audio frame header: 11 sync bits, layer III, a valid bitrate and sample rate
    return (len(data) >= 4 and data[0] == 0xFF and (data[1] & 0xE6) == 0xE2
            and (data[2] & 0xF0) not in (0x00, 0xF0) and (data[2] & 0x0C) != 0x0C)


def sniff(data: bytes) -> tuple[str, str]:
    """(kind, MIME type) from the file's first bytes: ``photo``, ``audio`` or ``document``.

    Raises InvalidValue for anything else, and for a PDF cut short (no end-of-file marker).
    """
    head = data[:16]
    if head.startswith(b"%PDF-"):
        if b"%%EOF" not in data[-2048:]:
            raise InvalidValue("truncated PDF (no end-of-file marker)")
        return "document", "application/pdf"
    if head[:4] == b"RIFF" and head[8:12] == b"WAVE":
        return "audio", "audio/wav"
    if head[:4] == b"OggS":
        return "audio", "audio/ogg"
    if head[4:8] == b"ftyp":
        brand = head[8:12]
        if brand in _IMAGE_BRANDS:
            return "photo", "image/heic"
        if brand in _AUDIO_MP4_BRANDS:
            return "audio", "audio/mp4"
    if (head[:3] == b"\xff\xd8\xff" or head.startswith(b"\x89PNG\r\n\x1a\n")
            or (head[:4] == b"RIFF" and head[8:12] == b"WEBP")):
        return "photo", "image/" + ("jpeg" if head[0] == 0xFF else
                                    "png" if head[0] == 0x89 else "webp")
    if _is_mp3(data):
        return "audio", "audio/mpeg"
    raise InvalidValue(f"not a supported evidence file; {SUPPORTED} expected")


def store_other_evidence(ws: Workspace, data: bytes, *, file_name: str,
                         size_limit: int | None = OTHER_SIZE_LIMIT) -> tuple[str, bool]:
    """Store a recording, a document or a photo once; (id, created), like ``store_photo``.

    The same bytes stored before give back the existing id and ``False``. Bad data raises
    InvalidValue and writes nothing.
    """
    check_size(len(data), size_limit)
    kind, mime = sniff(data)
    if kind == "photo":
        return store_photo(ws, data, file_name=file_name)
    sha256 = hashlib.sha256(data).hexdigest()
    with ws.transaction() as conn:
        existing = ws.scalar("SELECT id FROM photos WHERE sha256 = ?", (sha256,))
        if existing is not None:
            return existing, False
        conn.execute("INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
                     (sha256, len(data), data))
        return records.insert(ws, "photos", {
            "sha256": sha256, "kind": kind, "mime": mime, "file_name": base_name(file_name),
            "size": len(data)}), True


def add_evidence_files(ws_path: str | os.PathLike[str],
                       files: Iterable[str | os.PathLike[str]], *, engagement_id: str,
                       check_id: str | None = None, criterion_id: str | None = None,
                       finding_id: str | None = None, caption: str = "",
                       size_limit: int | None = OTHER_SIZE_LIMIT,
                       progress: Progress | None = None,
                       cancelled: Callable[[], bool] | None = None) -> ImportReport:
    """Attach recordings, documents (and photos) to an engagement and optionally a check,
    criterion or finding; each file in its own transaction, each bad one rejected with its
    reason. Opens its own connection (callable from a GUI worker thread)."""
    paths = [Path(f) for f in files]
    report = ImportReport()
    with Workspace.open(ws_path) as ws:
        check_link_targets(ws, engagement_id=engagement_id, check_id=check_id,
                           criterion_id=criterion_id, finding_id=finding_id)
        for done, path in enumerate(paths, 1):
            if cancelled is not None and cancelled():
                report.cancelled = True
                break
            try:
                data = read_file(path, size_limit)
                with ws.transaction():
                    item_id, created = store_other_evidence(ws, data, file_name=path.name,
                                                            size_limit=size_limit)
                    link_photo(ws, item_id, engagement_id=engagement_id, check_id=check_id,
                               criterion_id=criterion_id, finding_id=finding_id,
                               caption=caption)
            except InvalidValue as exc:
                report.rejected.append((path, str(exc)))
            else:
                report.stored.append((path, item_id, created))
            if progress is not None:
                progress(done, len(paths))
    return report
