"""Exporting originals: unchanged bytes, meaningful Windows-safe names, an index Excel opens."""

from __future__ import annotations

import csv
import hashlib

import pytest
from photo_samples import engagement_with_check, jpeg, phone_exif

from cxdesk import evidence, records
from cxdesk.errors import InvalidValue
from cxdesk.evidence_export import export_originals, safe_part
from cxdesk.evidence_other import store_other_evidence
from cxdesk.workspace import new_id


@pytest.mark.parametrize("text, expected", [
    ("Шоурум: Ленинский/2", "Шоурум Ленинский 2"),
    ('a<b>c"d|e?f*g\\h', "a b c d e f g h"),
    ("  trailing dots...  ", "trailing dots"),
    ("снятие_на_кассе", "снятие на кассе"),
    ("CON", "CON-"),
    ("Встреча\tв\nсалоне", "Встреча в салоне"),
    (None, ""),
])
def test_name_parts_are_safe_on_windows_and_keep_cyrillic(text, expected):
    assert safe_part(text) == expected


def test_a_long_part_is_cut():
    assert len(safe_part("Очень " * 30)) <= 40


@pytest.fixture
def exported(ws, tmp_path):
    ids = engagement_with_check(ws)
    with ws.transaction():
        touchpoint_map = records.insert(ws, "maps", {"engagement_id": ids["engagement"],
                                                     "name": "Карта"})
        stage = records.insert(ws, "stages", {"map_id": touchpoint_map, "name": "Визит"})
        touchpoint = records.insert(ws, "touchpoints", {"stage_id": stage,
                                                        "name": "Встреча в салоне"})
        records.update(ws, "criteria", ids["criterion"], {"touchpoint_id": touchpoint})
    datas = [jpeg(exif=phone_exif(), seed=1), jpeg(exif=phone_exif(taken=None), seed=2)]
    for i, data in enumerate(datas):
        photo_id, _ = evidence.store_photo(ws, data, file_name=f"IMG_{i}.JPG")
        evidence.link_photo(ws, photo_id, engagement_id=ids["engagement"], check_id=ids["check"],
                            criterion_id=ids["criterion"], caption=f"Фото {i}")
    audio = b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(300)
    audio_id, _ = store_other_evidence(ws, audio, file_name="call.mp3")
    evidence.link_photo(ws, audio_id, engagement_id=ids["engagement"], finding_id=ids["finding"])
    out = tmp_path / "export"
    return ids, datas + [audio], export_originals(ws, ids["engagement"], out), out


def test_originals_are_written_unchanged_under_meaningful_names(exported):
    _, datas, result, out = exported
    names = sorted(f.path.name for f in result.files)
    assert names == [
        "Север Моторс_1.mp3",
        "Север Моторс_Шоурум Ленинский 2_2026-10-14_Встреча в салоне_1.jpg",
        "Север Моторс_Шоурум Ленинский 2_2026-10-14_Встреча в салоне_2.jpg",
    ]
    assert sorted(p.read_bytes() for p in out.iterdir() if p.name != "index.csv") == \
        sorted(datas)


def test_the_index_lists_hashes_links_and_flags_for_russian_excel(exported):
    ids, _, result, out = exported
    raw = (out / "index.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel reads UTF-8, not cp1251
    with (out / "index.csv").open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f, delimiter=";"))
    assert len(rows) == 3
    by_file = {r["file"]: r for r in rows}
    for item in result.files:
        row = by_file[item.path.name]
        assert row["sha256"] == hashlib.sha256(item.path.read_bytes()).hexdigest()
    photos = [r for r in rows if r["kind"] == "photo"]
    assert {r["original_name"] for r in photos} == {"IMG_0.JPG", "IMG_1.JPG"}
    assert {r["flags"] for r in photos} == {"", "no_capture_time"}
    assert all(r["criteria"] == "Чистота пола" and r["check_ids"] == ids["check"]
               for r in photos)
    audio = next(r for r in rows if r["kind"] == "audio")
    assert audio["findings"] == "Грязный пол" and audio["mime"] == "audio/mpeg"


def test_nothing_in_the_folder_is_overwritten(ws, exported):
    ids, _, first, out = exported
    before = {p: p.read_bytes() for p in out.iterdir()}
    second = export_originals(ws, ids["engagement"], out)
    assert {p: p.read_bytes() for p in before} == before
    assert second.index.name == "index_2.csv"
    assert not {f.path for f in second.files} & {f.path for f in first.files}


def test_export_of_one_check_or_a_selection(ws, exported, tmp_path):
    ids, _, first, _ = exported
    of_check = export_originals(ws, ids["engagement"], tmp_path / "c", check_id=ids["check"])
    assert len(of_check.files) == 2
    chosen = export_originals(ws, ids["engagement"], tmp_path / "s",
                              photo_ids=[first.files[0].photo_id])
    assert [f.photo_id for f in chosen.files] == [first.files[0].photo_id]
    with pytest.raises(Exception, match="no check"):
        export_originals(ws, ids["engagement"], tmp_path / "x", check_id=new_id())
    (tmp_path / "file").write_text("x")
    with pytest.raises(InvalidValue, match="not a folder"):
        export_originals(ws, ids["engagement"], tmp_path / "file")


def test_long_cyrillic_names_stay_within_255_bytes(ws, tmp_path):
    # three 40-letter Cyrillic parts made a 259-byte name, which Linux refuses to create
    ids = engagement_with_check(ws)
    long = "Обществосограниченнойответственностью" * 2
    with ws.transaction():
        check = records.get(ws, "checks", ids["check"], "check")
        records.update(ws, "subjects", check["subject_id"], {"name": long})
        records.update(ws, "locations", check["location_id"], {"name": "Шоурум" + long})
        journey = records.insert(ws, "maps", {"engagement_id": ids["engagement"], "name": "К"})
        stage = records.insert(ws, "stages", {"map_id": journey, "name": "Визит"})
        touchpoint = records.insert(ws, "touchpoints", {"stage_id": stage, "name": long})
        records.update(ws, "criteria", ids["criterion"], {"touchpoint_id": touchpoint})
    for seed in range(12):
        photo_id, _ = evidence.store_photo(ws, jpeg(color=(20 * seed, 90, 40),
                                                    exif=phone_exif()),
                                           file_name=f"IMG_{seed}.HEIC")
        evidence.link_photo(ws, photo_id, engagement_id=ids["engagement"],
                            check_id=ids["check"], criterion_id=ids["criterion"])
    result = export_originals(ws, ids["engagement"], tmp_path / "out")
    assert len(result.files) == 12
    assert max(len(f.path.name.encode()) for f in result.files) <= 200
    assert all(f.path.name.startswith("Обществосограниченнойответстве_") for f in result.files)


def test_the_index_never_hands_excel_a_formula(ws, tmp_path):
    ids = engagement_with_check(ws)
    with ws.transaction():
        check = records.get(ws, "checks", ids["check"], "check")
        records.update(ws, "subjects", check["subject_id"], {"name": "=cmd|' /C calc'!A0"})
    photo_id, _ = evidence.store_photo(ws, jpeg(exif=phone_exif()),
                                       file_name='=HYPERLINK("x")+1.jpg')
    evidence.link_photo(ws, photo_id, engagement_id=ids["engagement"], check_id=ids["check"],
                        caption="-1 дверь грязная")
    result = export_originals(ws, ids["engagement"], tmp_path / "out")
    assert not result.files[0].path.name.startswith(("=", "-", "+", "@"))
    with result.index.open(encoding="utf-8-sig", newline="") as f:
        row = next(csv.DictReader(f, delimiter=";"))
    assert row["original_name"] == "'=HYPERLINK(\"x\")+1.jpg"
    assert row["subject"] == "'=cmd|' /C calc'!A0"
    assert row["captions"] == "'-1 дверь грязная"
    assert row["file"] == result.files[0].path.name


def test_the_index_warns_that_an_original_shows_what_reports_redact(ws, tmp_path):
    ids = engagement_with_check(ws)
    photo_id, _ = evidence.store_photo(ws, jpeg(exif=phone_exif(), seed=7), file_name="face.jpg")
    evidence.link_photo(ws, photo_id, engagement_id=ids["engagement"], check_id=ids["check"])
    ws.conn.execute("UPDATE photos SET annotations = ? WHERE id = ?",
                    ('[{"kind": "blur", "x1": 0.1, "y1": 0.1, "x2": 0.4, "y2": 0.4}]', photo_id))
    export_originals(ws, ids["engagement"], tmp_path / "out")
    with (tmp_path / "out" / "index.csv").open(encoding="utf-8-sig", newline="") as f:
        (row,) = list(csv.DictReader(f, delimiter=";"))
    assert "redacted_in_reports_not_here" in row["flags"].split()
