"""Photo evidence: originals kept byte for byte, content-addressed by SHA-256 and stored once,
with an upright, EXIF-free thumbnail and print-size copy beside them; links tie a photo to an
engagement and, optionally, to a check, a criterion and a finding.

Storing is split in two so that the CPU work can run in other processes: :func:`prepare_photo`
validates and decodes the bytes and builds the derivatives (pure, no workspace), and
:func:`store_prepared` writes the result in one transaction. :func:`store_photo` does both.
"""

from __future__ import annotations

import hashlib
import io
import math
import re
import struct
import warnings
import zlib
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PIL import Image, ImageCms

from cxdesk import records
from cxdesk.errors import InvalidValue, NotFound
from cxdesk.workspace import Workspace

#: Pillow format name -> the MIME type stored. MPO is how Pillow names many phone JPEGs.
PHOTO_FORMATS: dict[str, str] = {
    "JPEG": "image/jpeg", "MPO": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp",
}
try:  # HEIC/HEIF only when the optional pillow-heif is installed
    from pillow_heif import register_heif_opener
except ImportError:  # pragma: no cover - depends on the environment
    HEIC_SUPPORTED = False
else:  # pragma: no cover
    register_heif_opener()
    PHOTO_FORMATS["HEIF"] = "image/heic"
    HEIC_SUPPORTED = True

DERIVATIVE_KINDS = ("thumb", "print")
THUMB_SIZE = 320
PRINT_SIZE = 1600
THUMB_QUALITY = 80
PRINT_QUALITY = 85
#: Largest image accepted, in pixels. JPEGs may be twice as large: they are decoded scaled down.
MAX_PIXELS: int = Image.MAX_IMAGE_PIXELS or 89_478_485

# EXIF tags used here
_ORIENTATION, _MAKE, _MODEL = 0x0112, 0x010F, 0x0110
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_DATETIME_ORIGINAL, _DATETIME_DIGITIZED = 0x9003, 0x9004
#: orientation tag -> the transpose that makes the stored pixels upright (as ImageOps does)
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_90,
}
_EXIF_TIME = re.compile(r"^\s*(\d{4})[:\-](\d{2})[:\-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
_DAMAGED = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error, zlib.error)


@dataclass(frozen=True)
class Derivative:
    kind: str
    width: int
    height: int
    data: bytes


@dataclass(frozen=True)
class PreparedPhoto:
    """Everything stored for one photo, computed without touching a workspace (picklable)."""

    data: bytes
    sha256: str
    mime: str
    file_name: str
    width: int
    height: int
    orientation: int | None
    captured_at: str | None
    camera: str
    gps_lat: float | None
    gps_lon: float | None
    derivatives: tuple[Derivative, ...]


# -- reading and validating ------------------------------------------------------------------
def _base_name(file_name: str) -> str:
    # keep the name only: a local folder path says nothing to the client and may leak a name
    return re.split(r"[\\/]", file_name or "")[-1]


def _too_large(width: int, height: int) -> InvalidValue:
    return InvalidValue(f"image too large: {width}×{height} pixels")


def _sniff_size(data: bytes) -> tuple[int, int] | None:
    """The size of an image Pillow refused to open as a decompression bomb."""
    for fmt in PHOTO_FORMATS:
        factory, accept = Image.OPEN.get(fmt, (None, None))
        if factory is None or (accept is not None and not accept(data[:16])):
            continue
        try:
            return factory(io.BytesIO(data), "").size
        except Exception:  # noqa: BLE001 - any failure just means "unknown size"
            continue
    return None


def _open(data: bytes) -> Image.Image:
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            im = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        size = _sniff_size(data)
        if size is None:
            raise InvalidValue("image too large") from None
        raise _too_large(*size) from None
    except Image.UnidentifiedImageError:
        raise InvalidValue("not an image") from None
    except _DAMAGED:
        raise InvalidValue("truncated or damaged image") from None
    if im.format not in PHOTO_FORMATS:
        wanted = "JPEG, PNG, WebP or HEIC" if HEIC_SUPPORTED else "JPEG, PNG or WebP"
        raise InvalidValue(f"not a supported photo format ({im.format}); {wanted} expected")
    width, height = im.size
    limit = MAX_PIXELS * (2 if im.format in ("JPEG", "MPO") else 1)
    if width * height > limit:
        raise _too_large(width, height)
    if width < 1 or height < 1:
        raise InvalidValue("truncated or damaged image")
    return im


def _text(value: Any) -> str:
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    return str(value or "").replace("\x00", "").strip()


def _exif_time(value: Any) -> str | None:
    match = _EXIF_TIME.match(_text(value))
    if not match:
        return None
    try:
        return datetime(*map(int, match.groups())).strftime("%Y-%m-%dT%H:%M:%S")
    except ValueError:  # "0000:00:00 00:00:00" and other impossible dates
        return None


def _degrees(value: Any, ref: Any, negative: str) -> float | None:
    try:
        parts = [float(v) for v in (value if isinstance(value, tuple | list) else (value,))]
        degrees = sum(p / 60**i for i, p in enumerate(parts[:3]))
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    if not math.isfinite(degrees):
        return None
    return -degrees if _text(ref).upper().startswith(negative) else degrees


def _metadata(im: Image.Image) -> dict[str, Any]:
    try:
        exif = im.getexif()
        exif_ifd = exif.get_ifd(_EXIF_IFD)
        gps = exif.get_ifd(_GPS_IFD)
    except _DAMAGED:  # unreadable EXIF is no reason to refuse the photo
        exif, exif_ifd, gps = Image.Exif(), {}, {}
    orientation = exif.get(_ORIENTATION)
    orientation = orientation if isinstance(orientation, int) and 1 <= orientation <= 8 else None
    make, model = _text(exif.get(_MAKE)), _text(exif.get(_MODEL))
    camera = model if make and model.lower().startswith(make.lower()) else f"{make} {model}"
    lat = _degrees(gps.get(2), gps.get(1), "S") if 2 in gps else None
    lon = _degrees(gps.get(4), gps.get(3), "W") if 4 in gps else None
    if lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
        lat = lon = None
    captured = exif_ifd.get(_DATETIME_ORIGINAL) or exif_ifd.get(_DATETIME_DIGITIZED)
    return {
        "orientation": orientation,
        "captured_at": _exif_time(captured),
        "camera": camera.strip(),
        "gps_lat": None if lat is None else round(lat, 7),
        "gps_lon": None if lon is None else round(lon, 7),
    }


# -- derivatives -----------------------------------------------------------------------------
def _fit(size: tuple[int, int], longest: int) -> tuple[int, int]:
    width, height = size
    scale = min(1.0, longest / max(width, height))
    return max(1, round(width * scale)), max(1, round(height * scale))


_SRGB: Any = None


def _plain_mode(im: Image.Image) -> Image.Image:
    """8-bit RGB, L or CMYK: 16-bit and palette images reduced, alpha laid on white."""
    if im.mode in ("I", "F") or im.mode.startswith("I;16"):
        return im.convert("I").point(lambda v: v * (1 / 256)).convert("L")
    if im.mode in ("1", "P", "PA") or (im.mode in ("L", "RGB") and "transparency" in im.info):
        has_alpha = im.mode == "PA" or "transparency" in im.info
        im = im.convert("RGBA" if has_alpha else "RGB")
    if im.mode in ("RGBA", "LA", "RGBa", "La"):
        rgba = im.convert("RGBA")
        im = Image.new("RGB", rgba.size, "white")
        im.paste(rgba, mask=rgba.getchannel("A"))
    if im.mode not in ("RGB", "L", "CMYK"):
        im = im.convert("RGB")
    return im


def _to_srgb(im: Image.Image, icc: bytes | None) -> Image.Image:
    """RGB in sRGB, through the embedded ICC profile when there is one other than sRGB."""
    global _SRGB
    if icc:
        try:
            source = ImageCms.ImageCmsProfile(io.BytesIO(icc))
            if "srgb" not in (ImageCms.getProfileDescription(source) or "").lower():
                if _SRGB is None:
                    _SRGB = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB"))
                return ImageCms.profileToProfile(im, source, _SRGB, outputMode="RGB")
        except (ImageCms.PyCMSError, OSError, ValueError, TypeError):
            pass  # a broken or mismatched profile: fall back to Pillow's plain conversion
    return im if im.mode == "RGB" else im.convert("RGB")


def _jpeg(im: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    im.save(out, "JPEG", quality=quality, optimize=False)  # no exif=..., so no EXIF, no GPS
    return out.getvalue()


def _derivatives(im: Image.Image, orientation: int | None) -> tuple[Derivative, ...]:
    icc = im.info.get("icc_profile")
    target = _fit(im.size, PRINT_SIZE)
    if im.format in ("JPEG", "MPO"):
        im.draft("RGB", target)  # decode at 1/2…1/8 scale when the print size allows it
    im.load()
    im = _plain_mode(im)
    if im.size != target:
        im = im.resize(target, Image.Resampling.LANCZOS, reducing_gap=3.0)
    if orientation in _UPRIGHT:
        im = im.transpose(_UPRIGHT[orientation])
    printed = _to_srgb(im, icc)
    thumb = printed.resize(_fit(printed.size, THUMB_SIZE), Image.Resampling.LANCZOS,
                           reducing_gap=2.0)
    return (
        Derivative("thumb", *thumb.size, _jpeg(thumb, THUMB_QUALITY)),
        Derivative("print", *printed.size, _jpeg(printed, PRINT_QUALITY)),
    )


def prepare_photo(data: bytes, *, file_name: str) -> PreparedPhoto:
    """Validate a raster photo and compute what is stored for it. Raises InvalidValue."""
    if not data:
        raise InvalidValue("empty file")
    im = _open(data)
    meta = _metadata(im)
    width, height = im.size
    if meta["orientation"] in (5, 6, 7, 8):
        width, height = height, width
    mime = PHOTO_FORMATS[im.format or ""]
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            derivatives = _derivatives(im, meta["orientation"])
    except Image.DecompressionBombError:
        raise _too_large(width, height) from None
    except MemoryError:
        raise _too_large(width, height) from None
    except _DAMAGED:
        raise InvalidValue("truncated or damaged image") from None
    finally:
        im.close()
    return PreparedPhoto(
        data=data, sha256=hashlib.sha256(data).hexdigest(), mime=mime,
        file_name=_base_name(file_name), width=width, height=height,
        derivatives=derivatives, **meta,
    )


# -- writing ---------------------------------------------------------------------------------
def _photo_id_by_sha(ws: Workspace, sha256: str) -> str | None:
    return ws.scalar("SELECT id FROM photos WHERE sha256 = ?", (sha256,))


def store_prepared(ws: Workspace, photo: PreparedPhoto) -> tuple[str, bool]:
    """Write a prepared photo in one transaction; (id, False) when those bytes are stored."""
    with ws.transaction() as conn:
        existing = _photo_id_by_sha(ws, photo.sha256)
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
    existing = _photo_id_by_sha(ws, hashlib.sha256(data).hexdigest())
    if existing is not None:
        return existing, False
    return store_prepared(ws, prepare_photo(data, file_name=file_name))


def _engagement_of(ws: Workspace, sql: str, ident: str, kind: str) -> str:
    found = ws.scalar(sql, (ident,))
    if found is None:
        raise NotFound(kind, ident)
    return found


def link_photo(ws: Workspace, photo_id: str, *, engagement_id: str, check_id: str | None = None,
               criterion_id: str | None = None, finding_id: str | None = None,
               caption: str = "") -> str:
    """Attach a stored photo as evidence; an identical link (same targets) is reused.

    Reusing a link keeps its caption, unless it had none and one is given now.
    """
    records.get(ws, "photos", photo_id, "photo")
    records.get(ws, "engagements", engagement_id, "engagement")
    check = records.get(ws, "checks", check_id, "check") if check_id else None
    if check is not None and check["engagement_id"] != engagement_id:
        raise InvalidValue("the check belongs to another engagement")
    if criterion_id:
        criterion = records.get(ws, "criteria", criterion_id, "criterion")
        if check is not None and criterion["template_id"] != check["template_id"]:
            raise InvalidValue("the criterion is not in the check's checklist")
        owner = _engagement_of(ws, "SELECT engagement_id FROM templates WHERE id = ?",
                               criterion["template_id"], "template")
        if owner != engagement_id:
            raise InvalidValue("the criterion belongs to another engagement")
    if finding_id and _engagement_of(ws, "SELECT engagement_id FROM findings WHERE id = ?",
                                     finding_id, "finding") != engagement_id:
        raise InvalidValue("the finding belongs to another engagement")
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
       cr.text AS criterion, cr.section,
       tp.id AS touchpoint_id, tp.name AS touchpoint,
       coalesce(cr.stage_id, tp.stage_id) AS stage_id, st.name AS stage,
       f.title AS finding, f.kind AS finding_kind,
       p.sha256, p.mime, p.file_name, p.size, p.width, p.height, p.orientation,
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

_PHOTO_FIELDS = ("sha256", "mime", "file_name", "size", "width", "height", "orientation",
                 "captured_at", "camera", "gps_lat", "gps_lon")
_FIRST_FIELDS = ("check_id", "method", "check_status", "started_at", "finished_at", "auditor",
                 "subject_id", "subject", "location_id", "location", "touchpoint_id",
                 "touchpoint", "stage_id", "stage", "section")


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
