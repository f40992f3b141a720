"""Flags on photos: no capture time, taken far from the check's time, taken far from its place."""

from __future__ import annotations

import pytest
from photo_samples import engagement_with_check, jpeg, phone_exif

from cxdesk import evidence, gallery
from cxdesk.photo_flags import (
    GPS_FAR,
    NO_CAPTURE_TIME,
    TIME_FAR,
    capture_flags,
    distance_m,
    photo_flags,
)

CHECK = {"started_at": "2026-10-14T12:00:00", "finished_at": "2026-10-14T13:00:00"}
SHOWROOM = {"place_lat": 55.6453, "place_lon": 37.4788}


def test_distance_is_in_metres():
    # one hundredth of a degree of latitude is about 1.11 km anywhere
    assert distance_m(55.0, 37.0, 55.01, 37.0) == pytest.approx(1112, abs=5)
    assert distance_m(55.6453, 37.4788, 55.6453, 37.4788) == 0


@pytest.mark.parametrize("taken, expected", [
    (None, {NO_CAPTURE_TIME}),
    ("", {NO_CAPTURE_TIME}),
    ("2026-10-14T12:31:05", set()),
    ("2026-10-14T00:30:00", set()),          # 11.5 h before the start: a camera clock's zone
    ("2026-10-14T23:59:00", set()),          # 11 h after the end
    ("2026-10-13T23:00:00", {TIME_FAR}),     # 13 h before: another day, from the gallery
    ("2026-10-15T02:00:00", {TIME_FAR}),
    ("2025-06-01T12:00:00", {TIME_FAR}),
])
def test_capture_time_flags(taken, expected):
    assert capture_flags(captured_at=taken, **CHECK) == expected


def test_no_time_flag_without_a_check_time_and_no_gps_flag_without_coordinates():
    assert capture_flags(captured_at="2020-01-01T00:00:00") == set()
    assert capture_flags(captured_at="2026-10-14T12:10:00", **CHECK, gps_lat=59.93,
                         gps_lon=30.31) == set()


@pytest.mark.parametrize("lat, lon, expected", [
    (55.6453, 37.4788, set()),
    (55.6500, 37.4788, set()),      # ~520 m: GPS error, a large site
    (55.6600, 37.4788, {GPS_FAR}),  # ~1.6 km
    (59.9343, 30.3351, {GPS_FAR}),  # St Petersburg
])
def test_gps_far_from_the_location(lat, lon, expected):
    assert capture_flags(captured_at="2026-10-14T12:10:00", **CHECK, gps_lat=lat, gps_lon=lon,
                         **SHOWROOM) == expected


def test_photo_flags_of_an_engagement_and_the_gallery_show_them(ws):
    ids = engagement_with_check(ws)
    cases = {
        "ok": jpeg(exif=phone_exif(), seed=1),
        "no_time": jpeg(exif=phone_exif(taken=None), seed=2),
        "old": jpeg(exif=phone_exif(taken="2026:09:01 10:00:00"), seed=3),
        "away": jpeg(exif=phone_exif(lat=59.9343, lon=30.3351), seed=4),
    }
    photo_ids = {}
    for name, data in cases.items():
        photo_ids[name], _ = evidence.store_photo(ws, data, file_name=f"{name}.jpg")
        evidence.link_photo(ws, photo_ids[name], engagement_id=ids["engagement"],
                            check_id=ids["check"])
    flags = photo_flags(ws, ids["engagement"])
    assert flags == {photo_ids["ok"]: set(), photo_ids["no_time"]: {NO_CAPTURE_TIME},
                     photo_ids["old"]: {TIME_FAR}, photo_ids["away"]: {GPS_FAR}}
    shown = {p.photo_id: p for p in gallery.list_gallery(ws, ids["engagement"])}
    assert shown[photo_ids["no_time"]].missing_time
    assert shown[photo_ids["old"]].time_mismatch and not shown[photo_ids["ok"]].time_mismatch
    assert shown[photo_ids["away"]].gps_far and not shown[photo_ids["ok"]].gps_far
    assert shown[photo_ids["away"]].flags == frozenset({GPS_FAR})


@pytest.mark.parametrize("taken, expected", [
    ("2026-10-14T19:30:00", set()),          # the evening of a check dated, not timed
    ("2026-10-15T10:00:00", set()),          # within the tolerance after that day
    ("2026-10-13T11:00:00", {TIME_FAR}),
    ("2026-10-16T01:00:00", {TIME_FAR}),
])
def test_a_check_with_a_date_only_covers_its_whole_day(taken, expected):
    # "2026-10-14" used to mean midnight: an evening photo of that day was flagged
    assert capture_flags(captured_at=taken, started_at="2026-10-14") == expected
    assert capture_flags(captured_at=taken, started_at="2026-10-14",
                         finished_at="2026-10-14") == expected
