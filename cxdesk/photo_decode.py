"""Reading a photo file: validation with a clear reason for every refusal, EXIF metadata
(capture time, camera, GPS), and the upright, EXIF-free sRGB derivatives (thumbnail and print
copy). Pure: no workspace, picklable results, so it runs in worker processes
(:mod:`cxdesk.photo_worker`, for :mod:`cxdesk.evidence_import`).

Refused, each with its reason: an empty file, a file over the size limit, bytes that are not an
image, a truncated or damaged image, a format other than JPEG, PNG, WebP or HEIC/HEIF (GIF, TIFF,
BMP…), and an image over :data:`MAX_PIXELS` (a decompression bomb: its size is read from the
header, before any pixel is decoded). Unreadable EXIF never refuses a good image.
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
from importlib.util import find_spec
from pathlib import Path
from typing import Any

from PIL import Image, ImageCms

from cxdesk.errors import InvalidValue

#: Pillow format name -> the MIME type stored. MPO is how Pillow names many phone JPEGs.
PHOTO_FORMATS: dict[str, str] = {
    "JPEG": "image/jpeg", "MPO": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp",
}
#: HEIC/HEIF (iPhones) through pillow-heif, registered with Pillow on first use: importing it
#: costs start-up time the app does not need until a photo is read.
HEIC_SUPPORTED = find_spec("pillow_heif") is not None
if HEIC_SUPPORTED:
    PHOTO_FORMATS["HEIF"] = "image/heic"
_heif_registered = False


def _register_heif() -> None:
    global _heif_registered
    if HEIC_SUPPORTED and not _heif_registered:
        from pillow_heif import register_heif_opener

        register_heif_opener()
        _heif_registered = True


DERIVATIVE_KINDS = ("thumb", "print")
THUMB_SIZE = 320
PRINT_SIZE = 1600
#: Filters: after a JPEG's draft() decode the print copy is at most 2× smaller, where Hamming
#: looks like Lanczos at about half the cost; larger reductions first shrink by a whole factor
#: (reducing_gap). bench/photos.py found Lanczos resizing to be half a photo's import time.
PRINT_RESAMPLE = Image.Resampling.HAMMING
THUMB_RESAMPLE = Image.Resampling.BICUBIC
REDUCING_GAP = 2.0
THUMB_QUALITY = 80
PRINT_QUALITY = 85
#: Largest image accepted, in pixels (100 MP: a phone shoots 12–48 MP). JPEGs may be twice as
#: large: they are decoded scaled down. The size is read from the header, before decoding.
MAX_PIXELS: int = 100_000_000
#: Largest file accepted by default, in bytes.
SIZE_LIMIT: int = 50 * 2**20

# EXIF tags used here
_ORIENTATION, _MAKE, _MODEL = 0x0112, 0x010F, 0x0110
_EXIF_IFD, _GPS_IFD = 0x8769, 0x8825
_DATETIME_ORIGINAL, _DATETIME_DIGITIZED = 0x9003, 0x9004
_DATETIME = 0x0132  # IFD0's: all that older cameras and some editors write
#: orientation tag -> the transpose that makes the stored pixels upright (as ImageOps does)
_UPRIGHT = {
    2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_270, 7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_90,
}
_EXIF_TIME = re.compile(r"^\s*(\d{4})[:\-](\d{2})[:\-](\d{2})[ T](\d{2}):(\d{2}):(\d{2})")
#: what Pillow and its plugins raise for damaged data (pillow-heif: RuntimeError from libheif)
_DAMAGED = (OSError, SyntaxError, ValueError, EOFError, IndexError, struct.error, zlib.error,
            RuntimeError)


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
    name = re.split(r"[\\/]", file_name or "")[-1]
    # a name in no UTF-8 (a cp866 zip unpacked on Linux) arrives with surrogates, which
    # SQLite cannot store: its undecodable bytes become U+FFFD
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


base_name = _base_name


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


def _other_kind(data: bytes) -> str | None:
    """What a file that is not a raster image seems to be, for a clearer refusal."""
    head = data[:64].lstrip()
    if head.startswith(b"%PDF-"):
        return "a PDF document"
    if head[:3] == b"ID3" or head[:4] == b"OggS" or (head[:4] == b"RIFF" and
                                                     head[8:12] == b"WAVE"):
        return "a sound recording"
    if head.startswith(b"<svg") or (head.startswith(b"<?xml") and b"<svg" in data[:1024]):
        return "an SVG drawing"
    return None


def _open(data: bytes) -> Image.Image:
    _register_heif()
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            warnings.simplefilter("ignore", UserWarning)  # "Corrupt EXIF data": not a refusal
            im = Image.open(io.BytesIO(data))
    except Image.DecompressionBombError:
        size = _sniff_size(data)
        if size is None:
            raise InvalidValue("image too large") from None
        raise _too_large(*size) from None
    except Image.UnidentifiedImageError:
        what = _other_kind(data)
        raise InvalidValue(f"not an image ({what})" if what else "not an image") from None
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


_NO_METADATA: dict[str, Any] = {"orientation": None, "captured_at": None, "camera": "",
                                "gps_lat": None, "gps_lon": None}


def _metadata(im: Image.Image) -> dict[str, Any]:
    """Capture time, camera, GPS and orientation; nothing when the EXIF cannot be read."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "Corrupt EXIF data": said by returning nothing
            return _read_metadata(im)
    except (*_DAMAGED, KeyError, TypeError, AttributeError, OverflowError):
        return dict(_NO_METADATA)  # broken EXIF is no reason to refuse a good photo


def _read_metadata(im: Image.Image) -> dict[str, Any]:
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
    captured = (exif_ifd.get(_DATETIME_ORIGINAL) or exif_ifd.get(_DATETIME_DIGITIZED)
                or exif.get(_DATETIME))
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
    im.info = {}  # no EXIF, XMP, ICC profile or comment of the original rides along
    out = io.BytesIO()
    im.save(out, "JPEG", quality=quality, optimize=False)
    return out.getvalue()


def _derivatives(im: Image.Image, orientation: int | None) -> tuple[Derivative, ...]:
    icc = im.info.get("icc_profile")
    target = _fit(im.size, PRINT_SIZE)
    if im.format in ("JPEG", "MPO"):
        im.draft("RGB", target)  # decode at 1/2…1/8 scale when the print size allows it
    im.load()
    im = _plain_mode(im)
    if im.size != target:
        im = im.resize(target, PRINT_RESAMPLE, reducing_gap=REDUCING_GAP)
    if orientation in _UPRIGHT:
        im = im.transpose(_UPRIGHT[orientation])
    printed = _to_srgb(im, icc)
    thumb = printed.resize(_fit(printed.size, THUMB_SIZE), THUMB_RESAMPLE,
                           reducing_gap=REDUCING_GAP)
    return (
        Derivative("thumb", *thumb.size, _jpeg(thumb, THUMB_QUALITY)),
        Derivative("print", *printed.size, _jpeg(printed, PRINT_QUALITY)),
    )


def megabytes(size: int) -> str:
    """A file size for a message: "52.4 MB", "0.25 MB"; never a misleading "0 MB"."""
    value = size / 2**20
    if value >= 0.1 or value == 0:
        return f"{value:.1f}".rstrip("0").rstrip(".") + " MB"
    return f"{max(1, round(size / 2**10))} KB"


def check_size(size: int, size_limit: int | None) -> None:
    """Refuse an empty file or one over the limit (InvalidValue)."""
    if size == 0:
        raise InvalidValue("empty file")
    if size_limit is not None and size > size_limit:
        shown, limit = megabytes(size), megabytes(size_limit)
        if shown == limit:  # just over the limit: the rounded sizes would read the same
            shown, limit = f"{size} bytes", f"{size_limit} bytes"
        raise InvalidValue(f"file too large: {shown} (the limit is {limit})")


def read_file(path: str | Path, size_limit: int | None = SIZE_LIMIT) -> bytes:
    """A file's bytes, refused when missing, empty or over the limit (before reading it)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise InvalidValue("a folder, not a file")
        check_size(size, size_limit)
        data = path.read_bytes()
    except FileNotFoundError:
        raise InvalidValue("no such file") from None
    except PermissionError:
        raise InvalidValue("cannot be read (permission denied)") from None
    except IsADirectoryError:
        raise InvalidValue("a folder, not a file") from None
    check_size(len(data), size_limit)  # it may have changed since stat()
    return data


def prepare_photo(data: bytes, *, file_name: str, size_limit: int | None = None,
                  sha256: str | None = None) -> PreparedPhoto:
    """Validate a raster photo and compute what is stored for it. Raises InvalidValue.

    ``sha256`` is the bytes' hash when the caller has it already."""
    check_size(len(data), size_limit)
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
        data=data, sha256=sha256 or hashlib.sha256(data).hexdigest(), mime=mime,
        file_name=_base_name(file_name), width=width, height=height,
        derivatives=derivatives, **meta,
    )


def prepare_photo_file(path: str | Path, *, size_limit: int | None = SIZE_LIMIT) -> PreparedPhoto:
    """Read and prepare a photo file."""
    return prepare_photo(read_file(path, size_limit), file_name=Path(path).name)
