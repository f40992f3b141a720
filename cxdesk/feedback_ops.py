"""Named operations on customer feedback entered by hand: add, change and delete a response
(each returning what undo needs), and the samples responses belong to."""

from __future__ import annotations

from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue
from cxdesk.records import Removal
from cxdesk.voice_common import check_refs, iso_date, only_fields, text
from cxdesk.workspace import Workspace

FIELDS = ("score", "ces", "comment", "channel", "responded_on", "subject_id", "touchpoint_id",
          "segment_id", "sample_id")
SAMPLINGS = ("random", "census", "self_selected", "unknown")
_REFS = {"subject_id": "subjects", "touchpoint_id": "touchpoints", "segment_id": "segments",
         "sample_id": "feedback_samples"}


def _validated(ws: Workspace, engagement_id: str, values: dict[str, Any]) -> dict[str, Any]:
    only_fields(values, FIELDS, "a response")
    out = dict(values)
    if "score" in out:
        score = out["score"]
        if isinstance(score, bool) or not isinstance(score, int) or not 0 <= score <= 10:
            raise InvalidValue(f"the score is a whole number from 0 to 10, not {score!r}")
    ces = out.get("ces")
    if ces is not None and (isinstance(ces, bool) or not isinstance(ces, int)
                            or not 1 <= ces <= 7):
        raise InvalidValue(f"the CES is a whole number from 1 to 7, not {out['ces']!r}")
    for key in ("comment", "channel"):
        if key in out:
            out[key] = text(out[key])
    if "responded_on" in out:
        out["responded_on"] = iso_date(out["responded_on"], "response date")
    check_refs(ws, engagement_id, out, _REFS)
    return out


def add_response(ws: Workspace, engagement_id: str, *, score: int, ces: int | None = None,
                 comment: str = "", channel: str = "", responded_on: str | None = None,
                 subject_id: str | None = None, touchpoint_id: str | None = None,
                 segment_id: str | None = None, sample_id: str | None = None) -> str:
    """Record one response; returns its id (``delete_response`` undoes)."""
    records.get(ws, "engagements", engagement_id, "engagement")
    values = _validated(ws, engagement_id, {
        "score": score, "ces": ces, "comment": comment, "channel": channel,
        "responded_on": responded_on, "subject_id": subject_id, "touchpoint_id": touchpoint_id,
        "segment_id": segment_id, "sample_id": sample_id})
    with ws.transaction():
        return records.insert(ws, "feedback", {"engagement_id": engagement_id, **values})


def update_response(ws: Workspace, feedback_id: str, **changes: Any) -> dict[str, Any]:
    """Change fields of a response; returns their previous values (pass them back to undo)."""
    row = records.get(ws, "feedback", feedback_id, "response")
    values = _validated(ws, row["engagement_id"], changes)
    with ws.transaction():
        return records.update(ws, "feedback", feedback_id, values)


def delete_response(ws: Workspace, feedback_id: str) -> Removal:
    """Delete a response with its tags and follow-ups; ``records.restore`` undoes."""
    return records.remove(ws, "feedback", feedback_id, "response")


def add_sample(ws: Workspace, engagement_id: str, *, name: str, sampling: str = "unknown",
               invited: int | None = None, source_sha256: str | None = None) -> str:
    """Record how a set of responses was drawn (random, census, self-selected, unknown) and,
    where known, how many clients were invited."""
    records.get(ws, "engagements", engagement_id, "engagement")
    if sampling not in SAMPLINGS:
        raise InvalidValue(f"the sampling is one of {', '.join(SAMPLINGS)}, not {sampling!r}")
    if invited is not None and invited < 0:
        raise InvalidValue("the number invited cannot be negative")
    if not text(name):
        raise InvalidValue("a sample needs a name")
    with ws.transaction():
        return records.insert(ws, "feedback_samples", {
            "engagement_id": engagement_id, "name": text(name), "sampling": sampling,
            "invited": invited, "source_sha256": source_sha256})


def update_sample(ws: Workspace, sample_id: str, **changes: Any) -> dict[str, Any]:
    only_fields(changes, ("name", "sampling", "invited"), "a sample")
    if "sampling" in changes and changes["sampling"] not in SAMPLINGS:
        raise InvalidValue(f"the sampling is one of {', '.join(SAMPLINGS)}")
    if changes.get("invited") is not None and changes["invited"] < 0:
        raise InvalidValue("the number invited cannot be negative")
    with ws.transaction():
        return records.update(ws, "feedback_samples", sample_id, changes)
