"""Photo evidence: originals stored once and unchanged, upright EXIF-free derivatives, links."""

from __future__ import annotations

import hashlib
import io
import random
import struct
import zlib

import pytest
from PIL import Image

from cxdesk import engagements, evidence, records
from cxdesk.errors import InvalidValue, NotFound
from cxdesk.workspace import Workspace, new_id

RED, BLUE = (230, 20, 20), (20, 40, 200)


@pytest.fixture
def ws(tmp_path):
    workspace = Workspace.open(tmp_path / "evidence.cxd", create=True)
    yield workspace
    workspace.close()


@pytest.fixture
def engagement(ws):
    return engagements.create_engagement(ws, name="Аудит", client="Клиент").id


def jpeg(size=(400, 200), color=BLUE, *, exif: Image.Exif | None = None, mode="RGB",
         corner=RED) -> bytes:
    """A test photo; its top-left corner (as stored) is painted ``corner``."""
    im = Image.new("RGB", size, color)
    im.paste(corner, (0, 0, size[0] // 4, size[1] // 4))
    if mode != "RGB":
        im = im.convert(mode)
    out = io.BytesIO()
    im.save(out, "JPEG", quality=92, **({"exif": exif.tobytes()} if exif else {}))
    return out.getvalue()


def phone_exif(orientation: int = 1) -> Image.Exif:
    exif = Image.Exif()
    exif[0x010F], exif[0x0110], exif[0x0112] = "Apple", "iPhone 13", orientation
    exif[0x8769] = {0x9003: "2026:10:14 12:31:05"}
    exif[0x8825] = {1: "N", 2: (55.0, 38.0, 43.08), 3: "E", 4: (37.0, 28.0, 43.68)}
    return exif


def counts(ws: Workspace) -> tuple[int, int, int]:
    return tuple(ws.scalar(f"SELECT count(*) FROM {t}")  # type: ignore[return-value]
                 for t in ("photos", "blobs", "photo_derivatives"))


def derivative_image(ws: Workspace, photo_id: str, kind: str) -> Image.Image:
    return Image.open(io.BytesIO(evidence.photo_derivative(ws, photo_id, kind)))


def near(pixel, color, tolerance=40) -> bool:
    return all(abs(a - b) <= tolerance for a, b in zip(pixel, color, strict=False))


def test_storing_the_same_bytes_twice_keeps_one_photo_and_one_blob(ws):
    data = jpeg()
    first, created = evidence.store_photo(ws, data, file_name="IMG_0001.JPG")
    again, created_again = evidence.store_photo(ws, data, file_name="copy.jpg")
    assert (created, created_again) == (True, False)
    assert again == first
    assert counts(ws) == (1, 1, 2)


def test_the_original_is_kept_byte_for_byte_under_its_sha256(ws, tmp_path):
    data = jpeg(exif=phone_exif())
    photo_id, _ = evidence.store_photo(ws, data, file_name="C:\\Users\\ira\\DCIM\\IMG_0002.JPG")
    ws.close()
    with Workspace.open(tmp_path / "evidence.cxd") as reopened:
        photo = records.get(reopened, "photos", photo_id)
        blob = reopened.row("SELECT size, data FROM blobs WHERE sha256 = ?", (photo["sha256"],))
        assert photo["sha256"] == hashlib.sha256(data).hexdigest()
        assert bytes(blob["data"]) == data and blob["size"] == len(data) == photo["size"]
        assert photo["file_name"] == "IMG_0002.JPG"  # the folder path stays on the laptop
        assert photo["mime"] == "image/jpeg"


def test_exif_metadata_is_read_from_a_phone_photo(ws):
    photo_id, _ = evidence.store_photo(ws, jpeg(exif=phone_exif()), file_name="a.jpg")
    photo = records.get(ws, "photos", photo_id)
    assert photo["captured_at"] == "2026-10-14T12:31:05"
    assert photo["camera"] == "Apple iPhone 13"
    assert photo["gps_lat"] == pytest.approx(55.6453, abs=1e-4)
    assert photo["gps_lon"] == pytest.approx(37.4788, abs=1e-4)
    assert photo["orientation"] == 1


def test_orientation_6_photo_gets_upright_derivatives(ws):
    # stored 400×200 with a red top-left corner; orientation 6 means "turn 90° clockwise",
    # so upright it is 200×400 with the red corner at the top right
    photo_id, _ = evidence.store_photo(ws, jpeg((400, 200), exif=phone_exif(6)),
                                       file_name="rotated.jpg")
    photo = records.get(ws, "photos", photo_id)
    assert (photo["width"], photo["height"], photo["orientation"]) == (200, 400, 6)
    printed = derivative_image(ws, photo_id, "print").convert("RGB")
    assert printed.size == (200, 400)
    assert near(printed.getpixel((195, 5)), RED)
    assert near(printed.getpixel((5, 5)), BLUE)
    thumb = derivative_image(ws, photo_id, "thumb").convert("RGB")
    assert thumb.size == (160, 320)
    assert near(thumb.getpixel((155, 5)), RED)
    sizes = ws.rows("SELECT kind, width, height FROM photo_derivatives WHERE photo_id = ?"
                    " ORDER BY kind", (photo_id,))
    assert [tuple(r) for r in sizes] == [("print", 200, 400), ("thumb", 160, 320)]


def test_derivatives_carry_no_exif_and_no_gps(ws):
    photo_id, _ = evidence.store_photo(ws, jpeg(exif=phone_exif(3)), file_name="gps.jpg")
    for kind in evidence.DERIVATIVE_KINDS:
        data = evidence.photo_derivative(ws, photo_id, kind)
        assert b"Exif" not in data and b"GPS" not in data
        image = Image.open(io.BytesIO(data))
        assert image.format == "JPEG" and image.mode == "RGB"
        assert len(image.getexif()) == 0


def test_print_copy_is_at_most_1600_pixels_long(ws):
    photo_id, _ = evidence.store_photo(ws, jpeg((4000, 3000)), file_name="big.jpg")
    assert derivative_image(ws, photo_id, "print").size == (1600, 1200)
    assert derivative_image(ws, photo_id, "thumb").size == (320, 240)


def test_cmyk_jpeg_is_stored_with_rgb_copies(ws):
    photo_id, created = evidence.store_photo(ws, jpeg(mode="CMYK"), file_name="print.jpg")
    assert created
    printed = derivative_image(ws, photo_id, "print")
    assert printed.mode == "RGB"
    assert near(printed.getpixel((300, 150)), BLUE, 60)


def test_transparent_png_is_laid_on_white(ws):
    im = Image.new("RGBA", (300, 200), (0, 0, 0, 0))
    im.paste((200, 0, 0, 255), (0, 0, 100, 100))
    out = io.BytesIO()
    im.save(out, "PNG")
    photo_id, _ = evidence.store_photo(ws, out.getvalue(), file_name="shot.png")
    assert records.get(ws, "photos", photo_id)["mime"] == "image/png"
    printed = derivative_image(ws, photo_id, "print").convert("RGB")
    assert near(printed.getpixel((250, 150)), (255, 255, 255), 10)
    assert near(printed.getpixel((50, 50)), (200, 0, 0))


def _png_header_only(width: int, height: int) -> bytes:
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(
            ">I", zlib.crc32(kind + body))
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")


def _gif() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (20, 20)).save(out, "GIF")
    return out.getvalue()


@pytest.mark.parametrize("data, reason", [
    (b"", "empty file"),
    (random.Random(7).randbytes(4096), "not an image"),
    (b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n", "not an image"),
    (jpeg((800, 600))[:3000], "truncated or damaged image"),
    (_png_header_only(40_000, 40_000), "image too large: 40000×40000 pixels"),
    (_png_header_only(12_000, 10_000), "image too large: 12000×10000 pixels"),
    (_gif(), "not a supported photo format (GIF)"),
], ids=["empty", "random", "pdf", "truncated", "bomb", "too-large", "gif"])
def test_bad_data_is_refused_and_nothing_is_written(ws, data, reason):
    evidence.store_photo(ws, jpeg(), file_name="good.jpg")
    before = counts(ws)
    with pytest.raises(InvalidValue) as refused:
        evidence.store_photo(ws, data, file_name="bad.jpg")
    assert str(refused.value).startswith(reason)
    assert counts(ws) == before


def _check(ws: Workspace, engagement: str) -> tuple[str, str, str]:
    """A subject, a location, a template with one criterion and a check: (check, criterion,
    subject) ids."""
    with ws.transaction():
        subject = records.insert(ws, "subjects", {"engagement_id": engagement,
                                                  "name": "Север Моторс", "own": 1})
        location = records.insert(ws, "locations", {"engagement_id": engagement,
                                                    "subject_id": subject,
                                                    "name": "Шоурум на Ленинском"})
        template = records.insert(ws, "templates", {"engagement_id": engagement,
                                                    "family_id": new_id(), "name": "Чек-лист"})
        criterion = records.insert(ws, "criteria", {"template_id": template,
                                                    "section": "Внешний вид",
                                                    "text": "Чистота пола"})
        check = records.insert(ws, "checks", {
            "engagement_id": engagement, "subject_id": subject, "location_id": location,
            "template_id": template, "method": "visit", "started_at": "2026-10-14T12:00:00"})
    return check, criterion, subject


def test_an_identical_link_is_reused(ws, engagement):
    check, criterion, _ = _check(ws, engagement)
    photo_id, _ = evidence.store_photo(ws, jpeg(), file_name="a.jpg")
    first = evidence.link_photo(ws, photo_id, engagement_id=engagement, check_id=check,
                                criterion_id=criterion)
    again = evidence.link_photo(ws, photo_id, engagement_id=engagement, check_id=check,
                                criterion_id=criterion, caption="Грязный пол")
    other = evidence.link_photo(ws, photo_id, engagement_id=engagement, check_id=check)
    assert again == first and other != first
    assert records.get(ws, "evidence_links", first)["caption"] == "Грязный пол"
    assert ws.scalar("SELECT count(*) FROM evidence_links") == 2


def test_a_link_to_another_engagements_check_is_refused(ws, engagement):
    check, _, _ = _check(ws, engagement)
    other = engagements.create_engagement(ws, name="Другой аудит").id
    photo_id, _ = evidence.store_photo(ws, jpeg(), file_name="a.jpg")
    with pytest.raises(InvalidValue):
        evidence.link_photo(ws, photo_id, engagement_id=other, check_id=check)
    with pytest.raises(NotFound):
        evidence.link_photo(ws, new_id(), engagement_id=engagement)


def test_engagement_photos_are_listed_once_with_their_check(ws, engagement):
    check, criterion, subject = _check(ws, engagement)
    photo_id, _ = evidence.store_photo(ws, jpeg(exif=phone_exif()), file_name="a.jpg")
    evidence.link_photo(ws, photo_id, engagement_id=engagement, check_id=check,
                        criterion_id=criterion, caption="Пол у входа")
    evidence.link_photo(ws, photo_id, engagement_id=engagement, check_id=check)
    listed = evidence.list_engagement_photos(ws, engagement)
    assert len(listed) == 1
    photo = listed[0]
    assert photo["id"] == photo_id and photo["subject_id"] == subject and photo["own"] is True
    assert photo["location"] == "Шоурум на Ленинском" and photo["method"] == "visit"
    assert photo["section"] == "Внешний вид" and photo["criteria"] == ["Чистота пола"]
    assert photo["captions"] == ["Пол у входа"] and photo["check_ids"] == [check]
    assert photo["captured_at"] == "2026-10-14T12:31:05" and photo["gps_lat"] is not None
    assert evidence.list_engagement_photos(ws, engagements.create_engagement(
        ws, name="Пустой").id) == []


def test_derivative_of_unknown_kind_or_photo_is_refused(ws):
    photo_id, _ = evidence.store_photo(ws, jpeg(), file_name="a.jpg")
    with pytest.raises(InvalidValue):
        evidence.photo_derivative(ws, photo_id, "poster")
    with pytest.raises(NotFound):
        evidence.photo_derivative(ws, new_id(), "thumb")


def test_check_finds_tampered_originals_and_missing_copies(ws):
    from cxdesk.integrity import problems

    photo_id, _ = evidence.store_photo(ws, jpeg(exif=phone_exif()), file_name="a.jpg")
    other_id, _ = evidence.store_photo(ws, jpeg((300, 300)), file_name="b.jpg")
    assert problems(ws) == []
    sha = records.get(ws, "photos", photo_id)["sha256"]
    data = bytes(ws.scalar("SELECT data FROM blobs WHERE sha256 = ?", (sha,)))
    tampered = data[:-5] + b"XXXXX"
    with ws.transaction():
        ws.conn.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (tampered, sha))
        ws.conn.execute("DELETE FROM photo_derivatives WHERE photo_id = ? AND kind = 'thumb'",
                        (other_id,))
    assert problems(ws) == [
        f"photo {sha}: stored bytes do not match their SHA-256 (got "
        f"{hashlib.sha256(tampered).hexdigest()})",
        f"photo {other_id}: its thumb copy is missing",
    ]
