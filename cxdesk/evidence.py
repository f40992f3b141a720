"""Photo evidence: originals kept byte for byte, content-addressed by SHA-256 and stored once,
with an upright, EXIF-free thumbnail and print-size copy beside them; links tie a photo to an
engagement and, optionally, to a check, a criterion and a finding.

Storing is split in two so that the CPU work can run in other processes: :func:`prepare_photo`
(in :mod:`cxdesk.photo_decode`, re-exported here) validates and decodes the bytes and builds the
derivatives (pure, no workspace), and :func:`store_prepared` writes the result in one
transaction. :func:`store_photo` does both. Importing many files: :mod:`cxdesk.evidence_import`;
recordings and documents: :mod:`cxdesk.evidence_other`; flags: :mod:`cxdesk.photo_flags`.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue, NotFound
from cxdesk.photo_decode import (  # re-exported: the public names of photo evidence
    DERIVATIVE_KINDS,
    HEIC_SUPPORTED,
    MAX_PIXELS,
    PHOTO_FORMATS,
    PRINT_SIZE,
    SIZE_LIMIT,
    THUMB_SIZE,
    Derivative,
    PreparedPhoto,
    prepare_photo,
    prepare_photo_file,
)
from cxdesk.workspace import Workspace

__all__ = [
    "DERIVATIVE_KINDS", "HEIC_SUPPORTED", "MAX_PIXELS", "PHOTO_FORMATS", "PRINT_SIZE",
    "SIZE_LIMIT", "THUMB_SIZE", "Derivative", "PreparedPhoto", "link_photo",
    "list_engagement_photos", "photo_derivative", "prepare_photo", "prepare_photo_file",
    "store_photo", "store_prepared", "check_link_targets", "photo_id_by_sha",
]

# -- writing ---------------------------------------------------------------------------------
def photo_id_by_sha(ws: Workspace, sha256: str) -> str | None:
    return ws.scalar("SELECT id FROM photos WHERE sha256 = ?", (sha256,))


def store_prepared(ws: Workspace, photo: PreparedPhoto) -> tuple[str, bool]:
    """Write a prepared photo in one transaction; (id, False) when those bytes are stored."""
    with ws.transaction() as conn:
        existing = photo_id_by_sha(ws, photo.sha256)
        if existing is not None:
            return existing, False
        conn.execute(
            "INSERT OR IGNORE INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
            (photo.sha256, len(photo.data), photo.data),
        )
        photo_id = records.insert(ws, "photos", {
            "sha256": photo.sha256, "kind": "photo", "mime": photo.mime,
            "file_name": photo.file_name, "size": len(photo.data), "width": photo.width,
            "height": photo.height, "orientation": photo.orientation,
            "captured_at": photo.captured_at, "camera": photo.camera,
            "gps_lat": photo.gps_lat, "gps_lon": photo.gps_lon,
        })
        for d in photo.derivatives:
            records.insert(ws, "photo_derivatives", {
                "photo_id": photo_id, "kind": d.kind, "mime": "image/jpeg",
                "width": d.width, "height": d.height, "data": d.data,
            })
    return photo_id, True


def store_photo(ws: Workspace, data: bytes, *, file_name: str) -> tuple[str, bool]:
    """Store a photo (JPEG, PNG, WebP; HEIC with pillow-heif) once; returns (id, created).

    The same bytes stored before give back the existing photo's id and ``False``.
    Bad data raises :class:`InvalidValue` and writes nothing.
    """
    if not data:
        raise InvalidValue("empty file")
    existing = photo_id_by_sha(ws, hashlib.sha256(data).hexdigest())
    if existing is not None:
        return existing, False
    return store_prepared(ws, prepare_photo(data, file_name=file_name))


def _engagement_of(ws: Workspace, sql: str, ident: str, kind: str) -> str:
    found = ws.scalar(sql, (ident,))
    if found is None:
        raise NotFound(kind, ident)
    return found


def check_link_targets(ws: Workspace, *, engagement_id: str, check_id: str | None = None,
                       criterion_id: str | None = None, finding_id: str | None = None) -> None:
    """Refuse (NotFound / InvalidValue) targets that do not exist or belong elsewhere."""
    records.get(ws, "engagements", engagement_id, "engagement")
    # an empty id ("--criterion ''") is an unknown one, not "none": it would break a link
    check = records.get(ws, "checks", check_id, "check") if check_id is not None else None
    if check is not None and check["engagement_id"] != engagement_id:
        raise InvalidValue("the check belongs to another engagement")
    if criterion_id is not None:
        criterion = records.get(ws, "criteria", criterion_id, "criterion")
        if check is not None and criterion["template_id"] != check["template_id"]:
            raise InvalidValue("the criterion is not in the check's checklist")
        owner = _engagement_of(ws, "SELECT engagement_id FROM templates WHERE id = ?",
                               criterion["template_id"], "template")
        if owner != engagement_id:
            raise InvalidValue("the criterion belongs to another engagement")
    if finding_id is not None and _engagement_of(ws, "SELECT engagement_id FROM findings WHERE id = ?",
                                     finding_id, "finding") != engagement_id:
        raise InvalidValue("the finding belongs to another engagement")


def link_photo(ws: Workspace, photo_id: str, *, engagement_id: str, check_id: str | None = None,
               criterion_id: str | None = None, finding_id: str | None = None,
               caption: str = "") -> str:
    """Attach a stored photo as evidence; an identical link (same targets) is reused.

    Reusing a link keeps its caption, unless it had none and one is given now.
    """
    records.get(ws, "photos", photo_id, "photo")
    check_link_targets(ws, engagement_id=engagement_id, check_id=check_id,
                       criterion_id=criterion_id, finding_id=finding_id)
    caption = (caption or "").strip()
    with ws.transaction():
        existing = ws.row(
            "SELECT id, caption FROM evidence_links WHERE photo_id = ? AND engagement_id = ?"
            " AND check_id IS ? AND criterion_id IS ? AND finding_id IS ?",
            (photo_id, engagement_id, check_id, criterion_id, finding_id),
        )
        if existing is not None:
            if caption and not existing["caption"]:
                records.update(ws, "evidence_links", existing["id"], {"caption": caption})
            return existing["id"]
        position = ws.scalar(
            "SELECT coalesce(max(position) + 1, 0) FROM evidence_links"
            " WHERE engagement_id = ? AND check_id IS ?", (engagement_id, check_id),
        )
        return records.insert(ws, "evidence_links", {
            "photo_id": photo_id, "engagement_id": engagement_id, "check_id": check_id,
            "criterion_id": criterion_id, "finding_id": finding_id, "caption": caption,
            "position": position,
        })


# -- reading back ----------------------------------------------------------------------------
def photo_derivative(ws: Workspace, photo_id: str, kind: str) -> bytes:
    """The JPEG bytes of a photo's ``thumb`` or ``print`` copy (upright, without EXIF)."""
    if kind not in DERIVATIVE_KINDS:
        raise InvalidValue(f"unknown kind of photo copy: {kind!r} (thumb or print)")
    data = ws.scalar(
        "SELECT data FROM photo_derivatives WHERE photo_id = ? AND kind = ?", (photo_id, kind)
    )
    if data is None:
        records.get(ws, "photos", photo_id, "photo")
        raise NotFound(f"{kind} copy of photo", photo_id)
    return bytes(data)


_LINKS_SQL = """
SELECT l.photo_id, l.check_id, l.criterion_id, l.finding_id, l.caption, l.position,
       c.method, c.status AS check_status, c.started_at, c.finished_at, c.auditor,
       coalesce(c.subject_id, f.subject_id) AS subject_id, s.name AS subject, s.own,
       s.position AS subject_position, c.location_id, loc.name AS location,
       loc.latitude AS location_lat, loc.longitude AS location_lon,
       cr.text AS criterion, cr.section,
       tp.id AS touchpoint_id, tp.name AS touchpoint,
       coalesce(cr.stage_id, tp.stage_id) AS stage_id, st.name AS stage,
       f.title AS finding, f.kind AS finding_kind,
       p.sha256, p.kind, p.mime, p.file_name, p.size, p.width, p.height, p.orientation,
       p.captured_at, p.camera, p.gps_lat, p.gps_lon, p.annotations
FROM evidence_links l
JOIN photos p ON p.id = l.photo_id
LEFT JOIN checks c ON c.id = l.check_id
LEFT JOIN findings f ON f.id = l.finding_id
LEFT JOIN subjects s ON s.id = coalesce(c.subject_id, f.subject_id)
LEFT JOIN locations loc ON loc.id = c.location_id
LEFT JOIN criteria cr ON cr.id = l.criterion_id
LEFT JOIN touchpoints tp
       ON tp.id = CASE WHEN cr.id IS NULL THEN f.touchpoint_id ELSE cr.touchpoint_id END
LEFT JOIN stages st ON st.id = coalesce(cr.stage_id, tp.stage_id)
WHERE l.engagement_id = ?
ORDER BY s.own DESC, s.position, c.started_at IS NULL, c.started_at, l.position,
         p.captured_at, p.file_name
"""

_PHOTO_FIELDS = ("sha256", "kind", "mime", "file_name", "size", "width", "height", "orientation",
                 "captured_at", "camera", "gps_lat", "gps_lon")
_FIRST_FIELDS = ("check_id", "method", "check_status", "started_at", "finished_at", "auditor",
                 "subject_id", "subject", "location_id", "location", "location_lat",
                 "location_lon", "touchpoint_id",
                 "touchpoint", "stage_id", "stage", "section")


def _redacted(annotations: str | None) -> bool:
    """Whether stored annotation shapes blur or pixelate part of the photo."""
    try:
        shapes = json.loads(annotations or "[]")
    except ValueError:
        return False
    return isinstance(shapes, list) and any(
        isinstance(s, dict) and s.get("kind") in ("blur", "pixelate") for s in shapes)


def list_engagement_photos(ws: Workspace, engagement_id: str) -> list[dict[str, Any]]:
    """The distinct photos linked to an engagement, for a thumbnail grid.

    Each dict has the photo's metadata, the subject/location/check/touchpoint of its first
    link that names them (``None`` otherwise), and the ids and captions of all its links.
    """
    photos: dict[str, dict[str, Any]] = {}
    for row in ws.rows(_LINKS_SQL, (engagement_id,)):
        photo = photos.get(row["photo_id"])
        if photo is None:
            photo = photos[row["photo_id"]] = {
                "id": row["photo_id"], **{k: row[k] for k in _PHOTO_FIELDS},
                "annotated": row["annotations"] not in ("", "[]"),
                "redacted": _redacted(row["annotations"]),
                **dict.fromkeys(_FIRST_FIELDS), "own": None, "caption": "",
                "captions": [], "check_ids": [], "criterion_ids": [], "criteria": [],
                "finding_ids": [], "findings": [],
            }
        for key in _FIRST_FIELDS:
            if photo[key] is None and row[key] is not None:
                photo[key] = row[key]
        if photo["own"] is None and row["own"] is not None:
            photo["own"] = bool(row["own"])
        for many, one, names, name in (("check_ids", "check_id", None, None),
                                       ("criterion_ids", "criterion_id", "criteria", "criterion"),
                                       ("finding_ids", "finding_id", "findings", "finding")):
            if row[one] is not None and row[one] not in photo[many]:
                photo[many].append(row[one])
                if names is not None:
                    photo[names].append(row[name])
        if row["caption"] and row["caption"] not in photo["captions"]:
            photo["captions"].append(row["caption"])
            photo["caption"] = photo["caption"] or row["caption"]
    return list(photos.values())
