"""Flags that question a photo's claim to show the visit: pure functions the gallery, the viewer
and the reports share.

- ``no_capture_time``: the photo carries no capture time (a screenshot, a photo sent through a
  messenger that strips EXIF, an edited copy).
- ``time_far``: taken more than :data:`TIME_TOLERANCE` before the check started or after it
  finished. Twelve hours, because camera clocks keep local time without a zone and checks may be
  entered in another zone: anything closer could be that, anything further is another day — a
  photo from the gallery, not from the visit.
- ``gps_far``: the photo's GPS position is more than :data:`GPS_TOLERANCE_M` metres from the
  check's location, where the location has coordinates. A kilometre allows for phone GPS error
  in a city and for a large site (a dealer's lot, a mall).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping
from typing import Any

from cxdesk.workspace import Workspace

NO_CAPTURE_TIME = "no_capture_time"
TIME_FAR = "time_far"
GPS_FAR = "gps_far"
FLAGS = (NO_CAPTURE_TIME, TIME_FAR, GPS_FAR)

TIME_TOLERANCE = dt.timedelta(hours=12)
GPS_TOLERANCE_M = 1000.0
_EARTH_RADIUS_M = 6_371_008.8


def moment(value: str | None) -> dt.datetime | None:
    """An ISO date-time as a naive wall-clock time (camera clocks carry no zone)."""
    if not value:
        return None
    try:
        parsed = dt.datetime.fromisoformat(value.replace("Z", "+00:00").replace(" ", "T"))
    except ValueError:
        return None
    return parsed.replace(tzinfo=None)


def time_far(captured_at: str | None, started_at: str | None, finished_at: str | None) -> bool:
    """True when the capture time lies outside the check's time window ± the tolerance."""
    taken, begin = moment(captured_at), moment(started_at)
    if taken is None or begin is None:
        return False
    end = max(begin, moment(finished_at) or begin)
    # a check dated but not timed ("2026-10-06") lasts, as far as we know, the whole day
    for value in (started_at, finished_at):
        if value and len(value.strip()) == 10 and moment(value) is not None:
            end = max(end, moment(value) + dt.timedelta(days=1))  # type: ignore[operator]
    return taken < begin - TIME_TOLERANCE or taken > end + TIME_TOLERANCE


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * _EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(a)))


def gps_far(gps_lat: float | None, gps_lon: float | None,
            place_lat: float | None, place_lon: float | None) -> bool:
    """True when both positions are known and further apart than the tolerance."""
    if None in (gps_lat, gps_lon, place_lat, place_lon):
        return False
    return distance_m(gps_lat, gps_lon, place_lat, place_lon) > GPS_TOLERANCE_M  # type: ignore[arg-type]


def capture_flags(*, captured_at: str | None, started_at: str | None = None,
                  finished_at: str | None = None, gps_lat: float | None = None,
                  gps_lon: float | None = None, place_lat: float | None = None,
                  place_lon: float | None = None) -> set[str]:
    """The flags of one photo against its check's time and its location's coordinates."""
    flags = set()
    if not captured_at:
        flags.add(NO_CAPTURE_TIME)
    elif time_far(captured_at, started_at, finished_at):
        flags.add(TIME_FAR)
    if gps_far(gps_lat, gps_lon, place_lat, place_lon):
        flags.add(GPS_FAR)
    return flags


def flags_of(photo: Mapping[str, Any]) -> set[str]:
    """Flags of a photo as :func:`cxdesk.evidence.list_engagement_photos` lists it (its first
    check and location). Recordings and documents carry no EXIF and get none."""
    if photo.get("kind", "photo") != "photo":
        return set()
    return capture_flags(
        captured_at=photo.get("captured_at"), started_at=photo.get("started_at"),
        finished_at=photo.get("finished_at"), gps_lat=photo.get("gps_lat"),
        gps_lon=photo.get("gps_lon"), place_lat=photo.get("location_lat"),
        place_lon=photo.get("location_lon"))


def photo_flags(ws: Workspace, engagement_id: str) -> dict[str, set[str]]:
    """Every photo linked to the engagement -> its flags (an empty set when none)."""
    from cxdesk.evidence import list_engagement_photos

    return {p["id"]: flags_of(p) for p in list_engagement_photos(ws, engagement_id)}
