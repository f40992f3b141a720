"""The closed loop: a detractor's response becomes a follow-up (call back or write, by a target
time), and the time to first contact is measured — from the response's date when it is known,
else from when the follow-up was opened."""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import dataclass
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.records import Removal
from cxdesk.voice_common import hours_between, only_fields, parse_when, text
from cxdesk.workspace import Workspace

CONTACT_PREFERENCES = ("phone", "email")
STATUSES = ("open", "contacted", "closed")
DEFAULT_TARGET_HOURS = 48
FIELDS = ("contact_preference", "target_at", "first_contact_at", "outcome", "status")


def now_utc() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _stamp(when: dt.datetime) -> str:
    return when.strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass(frozen=True)
class FollowUpRow:
    id: str
    feedback_id: str
    score: int
    comment: str
    responded_on: str | None
    contact_preference: str
    opened_at: str  # when the follow-up was made
    target_at: str | None
    first_contact_at: str | None
    outcome: str
    status: str

    @property
    def hours_to_first_contact(self) -> float | None:
        """From the response's date (else the opening) to the first contact, in hours."""
        return hours_between(self.responded_on or self.opened_at, self.first_contact_at)

    def late(self, now: dt.datetime | None = None) -> bool:
        """Past its target time without a first contact, or first contacted after it."""
        target = parse_when(self.target_at)
        if target is None:
            return False
        contact = parse_when(self.first_contact_at)
        if contact is not None:
            return contact > target
        return (now or dt.datetime.now(dt.UTC).replace(tzinfo=None)) > target


@dataclass(frozen=True)
class LoopStats:
    follow_ups: int
    contacted: int
    median_hours: float | None  # to first contact
    within_target: int  # contacted by the target time


def create_follow_up(ws: Workspace, feedback_id: str, *, contact_preference: str = "phone",
                     target_hours: float = DEFAULT_TARGET_HOURS,
                     opened_at: str | None = None) -> str:
    """Open a follow-up of a response: contact the client by ``contact_preference`` within
    ``target_hours`` of now. Only one open follow-up per response. Returns its id."""
    records.get(ws, "feedback", feedback_id, "response")
    if contact_preference not in CONTACT_PREFERENCES:
        raise InvalidValue(f"the contact preference is phone or email, not {contact_preference!r}")
    if target_hours <= 0:
        raise InvalidValue("the target time must be in the future")
    if ws.scalar("SELECT 1 FROM follow_ups WHERE feedback_id = ? AND status != 'closed'",
                 (feedback_id,)):
        raise InvalidValue("this response has an open follow-up already")
    opened = parse_when(opened_at) or dt.datetime.now(dt.UTC).replace(tzinfo=None)
    values = {"feedback_id": feedback_id, "contact_preference": contact_preference,
              "target_at": _stamp(opened + dt.timedelta(hours=target_hours)), "status": "open"}
    if opened_at:  # an opening recorded after the fact (or a test's fixed clock)
        values["created_at"] = opened.strftime("%Y-%m-%dT%H:%M:%S.000Z")
    with ws.transaction():
        return records.insert(ws, "follow_ups", values)


def update_follow_up(ws: Workspace, follow_up_id: str, **changes: Any) -> dict[str, Any]:
    """Change a follow-up; returns the previous values. Moving it to ``contacted`` or
    ``closed`` without a first contact time records now as the first contact."""
    only_fields(changes, FIELDS, "a follow-up")
    row = records.get(ws, "follow_ups", follow_up_id, "follow-up")
    out = dict(changes)
    if "contact_preference" in out and out["contact_preference"] not in CONTACT_PREFERENCES:
        raise InvalidValue("the contact preference is phone or email")
    if "status" in out and out["status"] not in STATUSES:
        raise InvalidValue(f"a follow-up is open, contacted or closed, not {out['status']!r}")
    if "outcome" in out:
        out["outcome"] = text(out["outcome"])
    for key in ("target_at", "first_contact_at"):
        if key in out:
            out[key] = out[key] or None
            if out[key] is not None and parse_when(out[key]) is None:
                raise InvalidValue(f"the {key.replace('_', ' ')} is not a date and time")
    if out.get("status") in ("contacted", "closed") and "first_contact_at" not in out \
            and not row["first_contact_at"]:
        out["first_contact_at"] = now_utc()
    with ws.transaction():
        return records.update(ws, "follow_ups", follow_up_id, out)


def delete_follow_up(ws: Workspace, follow_up_id: str) -> Removal:
    return records.remove(ws, "follow_ups", follow_up_id, "follow-up")


def list_follow_ups(ws: Workspace, engagement_id: str) -> list[FollowUpRow]:
    """Open ones first (by target time), then contacted, then closed."""
    return [FollowUpRow(
        r["id"], r["feedback_id"], r["score"], r["comment"], r["responded_on"],
        r["contact_preference"], r["created_at"], r["target_at"], r["first_contact_at"],
        r["outcome"], r["status"]) for r in ws.rows(
        """SELECT u.*, f.score, f.comment, f.responded_on FROM follow_ups u
           JOIN feedback f ON f.id = u.feedback_id WHERE f.engagement_id = ?
           ORDER BY CASE u.status WHEN 'open' THEN 0 WHEN 'contacted' THEN 1 ELSE 2 END,
                    u.target_at, u.created_at""", (engagement_id,))]


def loop_stats(rows: list[FollowUpRow]) -> LoopStats:
    hours = [h for r in rows if (h := r.hours_to_first_contact) is not None]
    return LoopStats(
        follow_ups=len(rows), contacted=sum(1 for r in rows if r.first_contact_at),
        median_hours=statistics.median(hours) if hours else None,
        within_target=sum(1 for r in rows if r.first_contact_at and not r.late()))
