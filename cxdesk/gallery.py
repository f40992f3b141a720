"""The evidence gallery, read for display: one entry per photo of an engagement with where it
was taken (subject, location, check, criterion) and its flags."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from cxdesk.errors import NotFound
from cxdesk.evidence import list_engagement_photos, photo_derivative
from cxdesk.photo_flags import GPS_FAR, NO_CAPTURE_TIME, TIME_FAR, TIME_TOLERANCE, flags_of
from cxdesk.workspace import Workspace

__all__ = ["GPS_FAR", "NO_CAPTURE_TIME", "TIME_FAR", "TIME_TOLERANCE", "GalleryPhoto",
           "list_gallery", "photo_image"]

@dataclass(frozen=True)
class GalleryPhoto:
    photo_id: str
    sha256: str
    mime: str
    size: int
    file_name: str = ""
    width: int | None = None
    height: int | None = None
    captured_at: str | None = None
    camera: str = ""
    caption: str = ""
    subject_id: str | None = None
    subject: str = ""
    own: bool = False
    location_id: str | None = None
    location: str = ""
    check_id: str | None = None
    check_started_at: str | None = None
    criterion: str = ""
    touchpoint: str = ""
    annotated: bool = False
    redacted: bool = False
    in_finding: bool = False
    time_mismatch: bool = False
    #: the photo_flags flags: ``no_capture_time``, ``time_far``, ``gps_far``
    flags: frozenset[str] = field(default_factory=frozenset)

    @property
    def missing_time(self) -> bool:
        return not self.captured_at

    @property
    def gps_far(self) -> bool:
        return GPS_FAR in self.flags


def _annotation_flags(raw: str) -> tuple[bool, bool]:
    try:
        shapes = json.loads(raw or "[]")
    except ValueError:
        return False, False
    if not isinstance(shapes, list) or not shapes:
        return False, False
    redacted = any(isinstance(s, dict) and str(s.get("kind", s.get("type", ""))).lower()
                   in ("redact", "redaction", "blur", "pixelate") for s in shapes)
    return True, redacted


def list_gallery(ws: Workspace, engagement_id: str) -> list[GalleryPhoto]:
    """Each image linked to the engagement once (as cxdesk.evidence lists them), with flags."""
    annotations = dict(ws.conn.execute(
        """SELECT DISTINCT p.id, p.annotations FROM photos p
           JOIN evidence_links e ON e.photo_id = p.id WHERE e.engagement_id = ?""",
        (engagement_id,)).fetchall())
    result = []
    for p in list_engagement_photos(ws, engagement_id):
        if not str(p["mime"]).startswith("image/"):
            continue
        annotated, redacted = _annotation_flags(annotations.get(p["id"], "[]"))
        flags = flags_of(p)
        result.append(GalleryPhoto(
            photo_id=p["id"], sha256=p["sha256"], mime=p["mime"], size=p["size"],
            file_name=p["file_name"] or "", width=p["width"], height=p["height"],
            captured_at=p["captured_at"], camera=p["camera"] or "", caption=p["caption"] or "",
            subject_id=p["subject_id"], subject=p["subject"] or "", own=bool(p["own"]),
            location_id=p["location_id"], location=p["location"] or "",
            check_id=p["check_id"], check_started_at=p["started_at"],
            criterion=(p["criteria"] or [""])[0] or "", touchpoint=p["touchpoint"] or "",
            annotated=annotated, redacted=redacted, in_finding=bool(p["finding_ids"]),
            time_mismatch=TIME_FAR in flags, flags=frozenset(flags),
        ))
    return result


def photo_image(ws: Workspace, photo_id: str, kind: str) -> bytes | None:
    """The 'thumb' or 'print' JPEG of a photo, or None when that copy was never made."""
    try:
        return photo_derivative(ws, photo_id, kind)
    except NotFound:
        return None
