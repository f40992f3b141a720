"""Engagements and their setting: subjects (the own company and competitors), locations and
client segments. Named operations, each one transaction; removals return what undo needs.
"""

from __future__ import annotations

from typing import Any, NamedTuple, TypeVar

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.records import Removal
from cxdesk.workspace import Workspace

LOCATION_KINDS = ("showroom", "shop", "office", "website", "social", "phone", "other")


class Engagement(NamedTuple):
    id: str
    name: str
    client: str = ""
    consultant: str = ""
    period_start: str | None = None
    period_end: str | None = None
    language: str = "ru"
    notes: str = ""


class Subject(NamedTuple):
    id: str
    engagement_id: str
    name: str
    own: bool = False
    position: int = 0
    notes: str = ""


class Location(NamedTuple):
    id: str
    engagement_id: str
    name: str
    subject_id: str | None = None
    kind: str = "showroom"
    address: str = ""
    latitude: float | None = None
    longitude: float | None = None


class Segment(NamedTuple):
    id: str
    engagement_id: str
    name: str
    description: str = ""


T = TypeVar("T")


def _build(cls: type[T], row: Any) -> T:
    names = set(cls._fields)  # type: ignore[attr-defined]
    values = {k: row[k] for k in row.keys() if k in names}
    if "own" in values:
        values["own"] = bool(values["own"])
    return cls(**values)


def _name(value: str, what: str) -> str:
    value = (value or "").strip()
    if not value:
        raise InvalidValue(f"the {what} needs a name")
    return value


def _check_fields(cls: type, changes: dict[str, Any]) -> None:
    allowed = set(cls._fields) - {"id", "engagement_id"}  # type: ignore[attr-defined]
    unknown = set(changes) - allowed
    if unknown:
        raise InvalidValue(f"cannot change {', '.join(sorted(unknown))} of a {cls.__name__}")
    if "name" in changes:
        changes["name"] = _name(changes["name"], cls.__name__.lower())


# -- engagements --------------------------------------------------------------------------
def list_engagements(ws: Workspace) -> list[Engagement]:
    rows = ws.rows("SELECT * FROM engagements ORDER BY created_at, name")
    return [_build(Engagement, r) for r in rows]


def get_engagement(ws: Workspace, engagement_id: str) -> Engagement:
    return _build(Engagement, records.get(ws, "engagements", engagement_id, "engagement"))


def create_engagement(ws: Workspace, *, name: str, client: str = "", consultant: str = "",
                      period_start: str | None = None, period_end: str | None = None,
                      language: str = "ru", notes: str = "") -> Engagement:
    if language not in ("ru", "en"):
        raise InvalidValue(f"language must be ru or en, not {language!r}")
    with ws.transaction():
        ident = records.insert(ws, "engagements", {
            "name": _name(name, "engagement"), "client": client, "consultant": consultant,
            "period_start": period_start, "period_end": period_end, "language": language,
            "notes": notes,
        })
    return get_engagement(ws, ident)


def update_engagement(ws: Workspace, engagement_id: str, **changes: Any) -> dict[str, Any]:
    """Change fields of an engagement; returns the previous values."""
    _check_fields(Engagement, changes)
    with ws.transaction():
        return records.update(ws, "engagements", engagement_id, changes)


def rename_engagement(ws: Workspace, engagement_id: str, name: str) -> str:
    """Rename; returns the previous name."""
    return update_engagement(ws, engagement_id, name=name)["name"]


def delete_engagement(ws: Workspace, engagement_id: str) -> Removal:
    return records.remove(ws, "engagements", engagement_id, "engagement")


# -- subjects -----------------------------------------------------------------------------
def list_subjects(ws: Workspace, engagement_id: str) -> list[Subject]:
    rows = ws.rows(
        "SELECT * FROM subjects WHERE engagement_id = ? ORDER BY own DESC, position, name",
        (engagement_id,),
    )
    return [_build(Subject, r) for r in rows]


def get_subject(ws: Workspace, subject_id: str) -> Subject:
    return _build(Subject, records.get(ws, "subjects", subject_id, "subject"))


def add_subject(ws: Workspace, engagement_id: str, *, name: str, own: bool = False,
                notes: str = "") -> Subject:
    """Add the own company or a competitor. An engagement has at most one own company."""
    get_engagement(ws, engagement_id)
    with ws.transaction():
        if own:
            _refuse_second_own(ws, engagement_id, None)
        position = ws.scalar(
            "SELECT coalesce(max(position) + 1, 0) FROM subjects WHERE engagement_id = ?",
            (engagement_id,),
        )
        ident = records.insert(ws, "subjects", {
            "engagement_id": engagement_id, "name": _name(name, "subject"),
            "own": int(own), "position": position, "notes": notes,
        })
    return get_subject(ws, ident)


def _refuse_second_own(ws: Workspace, engagement_id: str, subject_id: str | None) -> None:
    other = ws.row(
        "SELECT name FROM subjects WHERE engagement_id = ? AND own = 1 AND id IS NOT ?",
        (engagement_id, subject_id),
    )
    if other is not None:
        raise InvalidValue(f"the engagement already has an own company: {other['name']}")


def update_subject(ws: Workspace, subject_id: str, **changes: Any) -> dict[str, Any]:
    _check_fields(Subject, changes)
    subject = get_subject(ws, subject_id)
    with ws.transaction():
        if changes.get("own"):
            _refuse_second_own(ws, subject.engagement_id, subject_id)
        if "own" in changes:
            changes["own"] = int(bool(changes["own"]))
        before = records.update(ws, "subjects", subject_id, changes)
    if "own" in before:
        before["own"] = bool(before["own"])
    return before


def remove_subject(ws: Workspace, subject_id: str) -> Removal:
    """Remove a subject with its checks, answers and assignments (undo with restore)."""
    return records.remove(ws, "subjects", subject_id, "subject")


# -- locations ----------------------------------------------------------------------------
def list_locations(ws: Workspace, engagement_id: str) -> list[Location]:
    rows = ws.rows(
        "SELECT l.* FROM locations l LEFT JOIN subjects s ON s.id = l.subject_id"
        " WHERE l.engagement_id = ? ORDER BY s.own DESC, s.position, l.name",
        (engagement_id,),
    )
    return [_build(Location, r) for r in rows]


def get_location(ws: Workspace, location_id: str) -> Location:
    return _build(Location, records.get(ws, "locations", location_id, "location"))


def _check_location(ws: Workspace, engagement_id: str, values: dict[str, Any]) -> None:
    if values.get("kind") is not None and values["kind"] not in LOCATION_KINDS:
        raise InvalidValue(f"unknown kind of location: {values['kind']!r}")
    lat, lon = values.get("latitude"), values.get("longitude")
    if lat is not None and not -90 <= float(lat) <= 90:
        raise InvalidValue(f"latitude {lat} is outside -90…90")
    if lon is not None and not -180 <= float(lon) <= 180:
        raise InvalidValue(f"longitude {lon} is outside -180…180")
    subject_id = values.get("subject_id")
    if subject_id is not None and get_subject(ws, subject_id).engagement_id != engagement_id:
        raise InvalidValue("the location's subject belongs to another engagement")


def add_location(ws: Workspace, engagement_id: str, *, name: str, subject_id: str | None = None,
                 kind: str = "showroom", address: str = "", latitude: float | None = None,
                 longitude: float | None = None) -> Location:
    get_engagement(ws, engagement_id)
    values = {"engagement_id": engagement_id, "name": _name(name, "location"),
              "subject_id": subject_id, "kind": kind, "address": address,
              "latitude": latitude, "longitude": longitude}
    _check_location(ws, engagement_id, values)
    with ws.transaction():
        ident = records.insert(ws, "locations", values)
    return get_location(ws, ident)


def update_location(ws: Workspace, location_id: str, **changes: Any) -> dict[str, Any]:
    _check_fields(Location, changes)
    location = get_location(ws, location_id)
    _check_location(ws, location.engagement_id, changes)
    with ws.transaction():
        return records.update(ws, "locations", location_id, changes)


def remove_location(ws: Workspace, location_id: str) -> Removal:
    return records.remove(ws, "locations", location_id, "location")


# -- segments -----------------------------------------------------------------------------
def list_segments(ws: Workspace, engagement_id: str) -> list[Segment]:
    rows = ws.rows(
        "SELECT * FROM segments WHERE engagement_id = ? ORDER BY name", (engagement_id,)
    )
    return [_build(Segment, r) for r in rows]


def get_segment(ws: Workspace, segment_id: str) -> Segment:
    return _build(Segment, records.get(ws, "segments", segment_id, "segment"))


def add_segment(ws: Workspace, engagement_id: str, *, name: str,
                description: str = "") -> Segment:
    get_engagement(ws, engagement_id)
    with ws.transaction():
        ident = records.insert(ws, "segments", {
            "engagement_id": engagement_id, "name": _name(name, "segment"),
            "description": description,
        })
    return get_segment(ws, ident)


def update_segment(ws: Workspace, segment_id: str, **changes: Any) -> dict[str, Any]:
    _check_fields(Segment, changes)
    with ws.transaction():
        return records.update(ws, "segments", segment_id, changes)


def remove_segment(ws: Workspace, segment_id: str) -> Removal:
    return records.remove(ws, "segments", segment_id, "segment")
