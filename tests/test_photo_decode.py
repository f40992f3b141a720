"""Reading photo files: every EXIF orientation upright, HEIC, colour handling, no metadata in the
derivatives, and each kind of bad file refused with its reason."""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import pytest
from photo_samples import BLUE, GREEN, RED, bad_files, encode, image, jpeg, phone_exif
from PIL import Image, ImageCms

from cxdesk import photo_decode, photo_worker
from cxdesk.errors import InvalidValue
from cxdesk.photo_decode import prepare_photo, prepare_photo_file


def near(pixel, color, tolerance=40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, color, strict=False))


def opened(photo, kind: str) -> Image.Image:
    data = next(d.data for d in photo.derivatives if d.kind == kind)
    return Image.open(io.BytesIO(data))


# orientation -> (upright size, corner where the stored top-left (red) corner ends up)
UPRIGHT = {1: ((400, 200), "tl"), 2: ((400, 200), "tr"), 3: ((400, 200), "br"),
           4: ((400, 200), "bl"), 5: ((200, 400), "tl"), 6: ((200, 400), "tr"),
           7: ((200, 400), "br"), 8: ((200, 400), "bl")}


def corner(im: Image.Image, where: str) -> tuple[int, ...]:
    w, h = im.size
    x = 4 if where[1] == "l" else w - 5
    y = 4 if where[0] == "t" else h - 5
    return im.getpixel((x, y))


@pytest.mark.parametrize("orientation", range(1, 9))
def test_every_exif_orientation_gives_an_upright_print_copy_and_thumbnail(orientation):
    photo = prepare_photo(jpeg((400, 200), exif=phone_exif(orientation)), file_name="o.jpg")
    size, red_at = UPRIGHT[orientation]
    assert (photo.width, photo.height, photo.orientation) == (*size, orientation)
    printed = opened(photo, "print").convert("RGB")
    assert printed.size == size
    assert near(corner(printed, red_at), RED)
    for other in {"tl", "tr", "bl", "br"} - {red_at}:
        assert near(corner(printed, other), BLUE)
    thumb = opened(photo, "thumb").convert("RGB")
    assert thumb.size == (size[0] * 320 // 400, size[1] * 320 // 400)
    assert near(corner(thumb, red_at), RED)


def test_derivatives_carry_no_exif_gps_xmp_icc_or_comment():
    xmp = (b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><rdf:Description '
           b'exif:GPSLatitude="55,38.7N"/></rdf:RDF></x:xmpmeta>')
    icc = ImageCms.ImageCmsProfile(ImageCms.createProfile("sRGB")).tobytes()
    data = jpeg(exif=phone_exif(6), icc_profile=icc, comment=b"Leninsky 2, 55.6453 37.4788")
    data = data[:2] + b"\xff\xe1" + (len(xmp) + 31).to_bytes(2, "big") + \
        b"http://ns.adobe.com/xap/1.0/\x00" + xmp + data[2:]
    source = Image.open(io.BytesIO(data))
    assert "xmp" in source.info and "comment" in source.info and source.getexif()
    photo = prepare_photo(data, file_name="gps.jpg")
    assert photo.gps_lat is not None  # kept with the original…
    for kind in ("thumb", "print"):
        derived = opened(photo, kind)
        raw = next(d.data for d in photo.derivatives if d.kind == kind)
        assert len(derived.getexif()) == 0  # …but in no derivative
        assert not {"exif", "xmp", "icc_profile", "comment"} & set(derived.info)
        assert b"GPS" not in raw and b"55.6453" not in raw and b"xmpmeta" not in raw


def test_heic_from_an_iphone_is_read_with_its_metadata_and_upright():
    assert photo_decode.HEIC_SUPPORTED  # pillow-heif is a dependency
    import pillow_heif

    pillow_heif.register_heif_opener()
    data = encode(image((400, 200)), "HEIF", exif=phone_exif(6).tobytes(), quality=90)
    photo = prepare_photo(data, file_name="IMG_0042.HEIC")
    assert photo.mime == "image/heic"
    assert photo.sha256 == hashlib.sha256(data).hexdigest() and photo.data == data
    assert photo.captured_at == "2026-10-14T12:31:05" and photo.camera == "Apple iPhone 13"
    assert photo.gps_lat == pytest.approx(55.6453) and photo.gps_lon == pytest.approx(37.4788)
    printed = opened(photo, "print").convert("RGB")
    assert (photo.width, photo.height) == printed.size == (200, 400)
    assert near(corner(printed, "tr"), RED, 50) and near(corner(printed, "bl"), BLUE, 50)
    assert len(opened(photo, "print").getexif()) == 0


def test_cmyk_jpeg_becomes_srgb():
    cmyk = image((400, 200), color=GREEN).convert("CMYK")
    photo = prepare_photo(encode(cmyk, "JPEG", quality=95), file_name="cmyk.jpg")
    printed = opened(photo, "print")
    assert printed.mode == "RGB"
    assert near(printed.getpixel((300, 150)), GREEN, 60)


@pytest.mark.parametrize("fmt, mime", [("PNG", "image/png"), ("WEBP", "image/webp")])
def test_transparent_png_and_webp_are_flattened_on_white(fmt, mime):
    im = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    im.paste((200, 0, 0, 255), (0, 0, 100, 100))
    photo = prepare_photo(encode(im, fmt, **({"lossless": True} if fmt == "WEBP" else {})),
                          file_name="shot")
    assert photo.mime == mime
    printed = opened(photo, "print").convert("RGB")
    assert near(printed.getpixel((250, 150)), (255, 255, 255), 10)
    assert near(printed.getpixel((50, 50)), (200, 0, 0))


def test_broken_exif_does_not_refuse_a_good_photo():
    good = jpeg()
    junk = b"Exif\x00\x00MM\x00\x2a\x00\x00\x00\x08\x00\xff" + bytes(range(256)) * 2
    data = good[:2] + b"\xff\xe1" + (len(junk) + 2).to_bytes(2, "big") + junk + good[2:]
    photo = prepare_photo(data, file_name="odd.jpg")
    assert photo.captured_at is None and photo.gps_lat is None and photo.orientation is None
    assert opened(photo, "print").size == (400, 200)


def test_an_impossible_capture_date_is_dropped_not_refused():
    photo = prepare_photo(jpeg(exif=phone_exif(taken="0000:00:00 00:00:00")), file_name="a.jpg")
    assert photo.captured_at is None and photo.camera == "Apple iPhone 13"


def test_a_photo_with_only_the_ifd0_date_keeps_it_as_its_capture_time():
    exif = Image.Exif()
    exif[0x0132] = "2026:10:06 11:11:11"  # DateTime: older cameras and editors write only this
    assert prepare_photo(jpeg(exif=exif), file_name="old.jpg").captured_at == (
        "2026-10-06T11:11:11")
    exif.get_ifd(0x8769)[0x9003] = "2026:10:05 10:10:10"  # DateTimeOriginal wins over it
    assert prepare_photo(jpeg(exif=exif), file_name="new.jpg").captured_at == (
        "2026-10-05T10:10:10")


def test_a_large_jpeg_is_decoded_scaled_down_to_the_print_size():
    photo = prepare_photo(jpeg((4032, 3024)), file_name="12mp.jpg")
    assert (photo.width, photo.height) == (4032, 3024)
    assert opened(photo, "print").size == (1600, 1200)
    assert opened(photo, "thumb").size == (320, 240)


@pytest.mark.parametrize("name", sorted(bad_files()))
def test_each_kind_of_bad_file_is_refused_with_its_reason(name):
    data, reason = bad_files()[name]
    with pytest.raises(InvalidValue) as refused:
        prepare_photo(data, file_name=name)
    assert str(refused.value).startswith(reason)


def test_refusals_name_what_the_file_is_when_it_is_known():
    with pytest.raises(InvalidValue, match=r"not an image \(a PDF document\)"):
        prepare_photo(bad_files()["receipt.pdf"][0], file_name="r.pdf")
    with pytest.raises(InvalidValue, match=r"not an image \(a sound recording\)"):
        prepare_photo(bad_files()["call.mp3"][0], file_name="c.mp3")
    with pytest.raises(InvalidValue, match=r"not an image \(an SVG drawing\)"):
        prepare_photo(bad_files()["logo.svg"][0], file_name="l.svg")


def test_files_over_the_size_limit_are_refused_before_reading(tmp_path):
    path = tmp_path / "huge.jpg"
    path.write_bytes(jpeg((1200, 900)))
    size = path.stat().st_size
    # one byte over: the rounded sizes would read the same, so the bytes are given
    with pytest.raises(InvalidValue, match=rf"^file too large: {size} bytes \(the limit is "
                                           rf"{size - 1} bytes\)"):
        prepare_photo_file(path, size_limit=size - 1)
    assert prepare_photo_file(path, size_limit=size).file_name == "huge.jpg"
    with pytest.raises(InvalidValue, match="no such file"):
        prepare_photo_file(tmp_path / "gone.jpg")
    with pytest.raises(InvalidValue, match="folder"):
        prepare_photo_file(tmp_path)


def test_outcome_never_raises_and_carries_the_reason(tmp_path):
    path = tmp_path / "noise.jpg"
    path.write_bytes(bad_files()["noise.jpg"][0])
    outcome = photo_worker.prepare_outcome(3, str(path), None)
    assert (outcome.index, outcome.photo, outcome.reason) == (3, None, "not an image")


def test_size_refusals_never_read_zero_megabytes():
    # `--max-size 0.001` used to say "file too large: 0 MB (the limit is 0 MB)"
    with pytest.raises(InvalidValue, match=r"^file too large: 8 KB \(the limit is 1 KB\)$"):
        photo_decode.check_size(8230, 1048)
    with pytest.raises(InvalidValue, match=r"^file too large: 52.3 MB \(the limit is 50 MB\)$"):
        photo_decode.check_size(54_825_952, 50 * 2**20)
    assert photo_decode.megabytes(0) == "0 MB"


def test_a_heic_libheif_cannot_decode_is_refused_not_raised(tmp_path):
    # a 447-byte HEIC whose HEVC parameters claim a 63×5722 picture: libheif raises
    # RuntimeError ("Security limit exceeded"), which used to escape as a traceback
    data = (Path(__file__).parent / "fixtures" / "photos" / "damaged_sps.heic").read_bytes()
    with pytest.raises(InvalidValue, match="^truncated or damaged image$"):
        prepare_photo(data, file_name="IMG_0001.HEIC")
    path = tmp_path / "IMG_0001.HEIC"
    path.write_bytes(data)
    outcome = photo_worker.prepare_outcome(0, str(path), None)
    assert (outcome.photo, outcome.reason) == (None, "truncated or damaged image")
