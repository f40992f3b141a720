"""Recordings and documents as evidence: kind and type from the bytes, originals kept."""

from __future__ import annotations

import hashlib
import io
import struct
import wave

import pytest
from photo_samples import counts, engagement_with_check, jpeg, write

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.evidence_other import add_evidence_files, sniff, store_other_evidence
from cxdesk.workspace import Workspace


def wav(frames: int = 800) -> bytes:
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(struct.pack(f"<{frames}h", *(i % 30000 for i in range(frames))))
    return out.getvalue()


MP3 = b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x64" + bytes(400)
MP3_NO_TAG = b"\xff\xfb\x90\x64" + bytes(400)
OGG = b"OggS\x00\x02" + bytes(100)
M4A = b"\x00\x00\x00\x20ftypM4A \x00\x00\x02\x00M4A isommp42" + bytes(64)
PDF = b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n"


@pytest.mark.parametrize("data, expected", [
    (MP3, ("audio", "audio/mpeg")), (MP3_NO_TAG, ("audio", "audio/mpeg")),
    (OGG, ("audio", "audio/ogg")), (M4A, ("audio", "audio/mp4")),
    (wav(), ("audio", "audio/wav")), (PDF, ("document", "application/pdf")),
    (jpeg(), ("photo", "image/jpeg")),
], ids=["mp3", "mp3-untagged", "ogg", "m4a", "wav", "pdf", "jpeg"])
def test_kind_and_type_come_from_the_first_bytes(data, expected):
    assert sniff(data) == expected


@pytest.mark.parametrize("data, reason", [
    (b"<html><body>receipt</body></html>", "not a supported evidence file"),
    (b"PK\x03\x04" + bytes(100), "not a supported evidence file"),
    (PDF[:30], "truncated PDF"),
])
def test_other_files_are_refused(data, reason):
    with pytest.raises(InvalidValue, match=reason):
        sniff(data)


def test_a_recording_is_stored_once_unchanged(ws):
    data = wav()
    item, created = store_other_evidence(ws, data, file_name="calls/звонок 1.mp3")
    again, created_again = store_other_evidence(ws, data, file_name="copy.wav")
    assert (created, created_again, again) == (True, False, item)
    row = records.get(ws, "photos", item)
    assert (row["kind"], row["mime"], row["file_name"]) == ("audio", "audio/wav", "звонок 1.mp3")
    assert row["sha256"] == hashlib.sha256(data).hexdigest() and row["width"] is None
    assert bytes(ws.scalar("SELECT data FROM blobs WHERE sha256 = ?", (row["sha256"],))) == data
    assert ws.scalar("SELECT count(*) FROM photo_derivatives") == 0


def test_evidence_files_attach_to_a_check_with_rejections_named(workspace_path, tmp_path):
    with Workspace.open(workspace_path) as ws:
        ids = engagement_with_check(ws)
    files = [write(tmp_path, "call.mp3", MP3), write(tmp_path, "receipt.pdf", PDF),
             write(tmp_path, "wrong-name.mp3", PDF + b" "),  # a PDF whatever its name says
             write(tmp_path, "screen.png.jpg", jpeg(seed=5)),
             write(tmp_path, "page.html", b"<html></html>"), write(tmp_path, "empty.ogg", b""),
             write(tmp_path, "big.wav", wav(60_000))]
    report = add_evidence_files(workspace_path, files, engagement_id=ids["engagement"],
                                check_id=ids["check"], finding_id=ids["finding"],
                                size_limit=100_000)
    assert [p.name for p, _, _ in report.stored] == ["call.mp3", "receipt.pdf",
                                                     "wrong-name.mp3", "screen.png.jpg"]
    reasons = {p.name: r for p, r in report.rejected}
    assert reasons["page.html"].startswith("not a supported evidence file")
    assert reasons["empty.ogg"] == "empty file"
    assert reasons["big.wav"].startswith("file too large")
    with Workspace.open(workspace_path) as ws:
        kinds = dict(ws.rows("SELECT file_name, kind || ' ' || mime FROM photos"))
        assert kinds == {"call.mp3": "audio audio/mpeg", "receipt.pdf": "document application/pdf",
                         "wrong-name.mp3": "document application/pdf",
                         "screen.png.jpg": "photo image/jpeg"}
        assert counts(ws) == (4, 4, 2, 4)  # only the photo has a thumbnail and a print copy
        assert ws.scalar("SELECT count(*) FROM evidence_links WHERE check_id = ? AND"
                         " finding_id = ?", (ids["check"], ids["finding"])) == 4
