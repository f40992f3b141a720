"""Fieldwork: creating checks, answering their criteria, attaching photos and the review
workflow. Named operations over the workspace, each in one short transaction, each returning
what its undo needs.

Review states: ``draft`` → ``submitted`` (only when :func:`completion_problems` is empty) →
``approved``, or ``returned`` with the reviewer's comment; a returned check is edited like a
draft and submitted again. Every transition is a row of ``check_reviews`` (the history). A
submitted or approved check is read-only.

Every criterion of the check's template applies to it: one that does not fit the visit is
answered "not applicable", which keeps it out of the score.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from cxdesk import records
from cxdesk.checks import METHODS, check_answers
from cxdesk.errors import CxDeskError, InvalidValue, NotFound
from cxdesk.evidence import link_photo, store_photo
from cxdesk.records import Removal
from cxdesk.scoring import Score, ScoredAnswer, aggregate
from cxdesk.workspace import Workspace

EDITABLE = ("draft", "returned")
ANSWER_COLUMNS = ("not_applicable", "value_number", "value_text", "choice_id", "comment")
CHECK_FIELDS = ("subject_id", "location_id", "method", "started_at", "finished_at", "auditor",
                "scenario", "notes")
MAX_TEXT = 10_000


class ReadOnlyCheck(CxDeskError):
    """An edit of a check that is submitted or approved (not returned)."""


class ReviewRefused(CxDeskError):
    """A review transition that the check's state (or its missing answers) does not allow."""


# -- checks ----------------------------------------------------------------------------------
def _text(value: Any, what: str) -> str:
    text = "" if value is None else str(value).strip()
    if len(text) > MAX_TEXT:
        raise InvalidValue(f"the {what} is longer than {MAX_TEXT} characters")
    return text


def _check(ws: Workspace, check_id: str) -> dict[str, Any]:
    return records.get(ws, "checks", check_id, "check")


def _editable(ws: Workspace, check_id: str) -> dict[str, Any]:
    check = _check(ws, check_id)
    if check["status"] not in EDITABLE:
        raise ReadOnlyCheck(
            f"the check is {check['status']} and read-only; a reviewer can return it for changes")
    return check


def is_editable(status: str) -> bool:
    return status in EDITABLE


def current_template(ws: Workspace, template_id: str) -> str:
    """The current version of the template's family (the template itself when current)."""
    row = ws.row("SELECT family_id, status FROM templates WHERE id = ?", (template_id,))
    if row is None:
        raise NotFound("checklist template", template_id)
    if row["status"] == "current":
        return template_id
    newest = ws.scalar("SELECT id FROM templates WHERE family_id = ? AND status = 'current'"
                       " ORDER BY version DESC LIMIT 1", (row["family_id"],))
    return newest or template_id


def _validate_check(ws: Workspace, engagement_id: str, values: dict[str, Any]) -> None:
    if "method" in values and values["method"] not in METHODS:
        raise InvalidValue(f"unknown method {values['method']!r} (one of {', '.join(METHODS)})")
    if "subject_id" in values:
        subject = records.get(ws, "subjects", values["subject_id"], "subject")
        if subject["engagement_id"] != engagement_id:
            raise InvalidValue("the subject belongs to another engagement")
    if values.get("location_id"):
        location = records.get(ws, "locations", values["location_id"], "location")
        if location["engagement_id"] != engagement_id:
            raise InvalidValue("the location belongs to another engagement")
    if values.get("template_id"):
        template = records.get(ws, "templates", values["template_id"], "checklist template")
        if template["engagement_id"] != engagement_id:
            raise InvalidValue("the checklist template belongs to another engagement")
    for key in ("auditor", "scenario", "notes"):
        if key in values:
            values[key] = _text(values[key], key)


def create_check(ws: Workspace, engagement_id: str, *, subject_id: str, template_id: str,
                 method: str, location_id: str | None = None, started_at: str | None = None,
                 auditor: str = "", scenario: str = "", notes: str = "",
                 assignment_id: str | None = None) -> str:
    """A new draft check against the current version of the template; returns its id.
    The history starts with its ``draft`` row."""
    records.get(ws, "engagements", engagement_id, "engagement")
    values: dict[str, Any] = {
        "engagement_id": engagement_id, "subject_id": subject_id, "location_id": location_id,
        "template_id": current_template(ws, template_id), "assignment_id": assignment_id,
        "method": method, "started_at": started_at or None, "auditor": auditor,
        "scenario": scenario, "notes": notes, "status": "draft"}
    _validate_check(ws, engagement_id, values)
    with ws.transaction():
        ident = records.insert(ws, "checks", values)
        records.insert(ws, "check_reviews", {"check_id": ident, "status": "draft",
                                             "reviewer": values["auditor"]})
    return ident


def create_check_from_assignment(ws: Workspace, assignment_id: str, *,
                                 started_at: str | None = None,
                                 auditor: str | None = None) -> str:
    """A check of what an assignment planned: its subject, location, method, template,
    shopper and scenario. The assignment is marked done."""
    a = records.get(ws, "assignments", assignment_id, "assignment")
    if not a["template_id"]:
        raise InvalidValue("the assignment names no checklist template")
    with ws.transaction():
        ident = create_check(
            ws, a["engagement_id"], subject_id=a["subject_id"], template_id=a["template_id"],
            method=a["method"], location_id=a["location_id"], started_at=started_at,
            auditor=a["shopper"] if auditor is None else auditor, scenario=a["scenario"],
            assignment_id=assignment_id)
        records.update(ws, "assignments", assignment_id, {"status": "done"})
    return ident


@dataclass(frozen=True)
class Assignment:
    id: str
    subject_id: str
    subject: str
    location_id: str | None
    location: str
    template_id: str | None
    method: str
    shopper: str
    scenario: str
    due_date: str | None


def planned_assignments(ws: Workspace, engagement_id: str) -> list[Assignment]:
    """Assignments still planned, soonest first: what a new check can be started from."""
    rows = ws.rows(
        """SELECT a.*, s.name AS subject, coalesce(l.name, '') AS location
           FROM assignments a JOIN subjects s ON s.id = a.subject_id
           LEFT JOIN locations l ON l.id = a.location_id
           WHERE a.engagement_id = ? AND a.status = 'planned'
           ORDER BY a.due_date IS NULL, a.due_date, s.own DESC, s.name""", (engagement_id,))
    return [Assignment(r["id"], r["subject_id"], r["subject"], r["location_id"], r["location"],
                       r["template_id"], r["method"], r["shopper"], r["scenario"], r["due_date"])
            for r in rows]


@dataclass(frozen=True)
class CheckInfo:
    """One check's who, where, how, when and state, for its runner."""

    id: str
    engagement_id: str
    subject_id: str
    subject: str
    own: bool
    location: str
    method: str
    started_at: str | None
    auditor: str
    scenario: str
    status: str
    template_id: str
    template: str

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE


def get_check(ws: Workspace, check_id: str) -> CheckInfo:
    r = ws.row(
        """SELECT c.*, s.name AS subject, s.own, coalesce(l.name, '') AS location,
                  t.name AS template
           FROM checks c JOIN subjects s ON s.id = c.subject_id
           LEFT JOIN locations l ON l.id = c.location_id
           JOIN templates t ON t.id = c.template_id WHERE c.id = ?""", (check_id,))
    if r is None:
        raise NotFound("check", check_id)
    return CheckInfo(r["id"], r["engagement_id"], r["subject_id"], r["subject"], bool(r["own"]),
                     r["location"], r["method"], r["started_at"], r["auditor"], r["scenario"],
                     r["status"], r["template_id"], r["template"])


def update_check(ws: Workspace, check_id: str, **changes: Any) -> dict[str, Any]:
    """Change a check's who/where/when/how; returns the previous values (for undo)."""
    unknown = set(changes) - set(CHECK_FIELDS)
    if unknown:
        raise InvalidValue(f"a check has no field {sorted(unknown)[0]!r}")
    check = _editable(ws, check_id)
    _validate_check(ws, check["engagement_id"], changes)
    with ws.transaction():
        return records.update(ws, "checks", check_id, changes)


def delete_check(ws: Workspace, check_id: str) -> Removal:
    """Delete a check with its answers, history and photo links; ``records.restore`` undoes."""
    return records.remove(ws, "checks", check_id, "check")


# -- answers ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class AnswerEdit:
    """One change of one criterion's answer row: its state before and after (None: no row)."""

    check_id: str
    criterion_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None


def _answer_row(ws: Workspace, check_id: str, criterion_id: str) -> dict[str, Any] | None:
    row = ws.row("SELECT * FROM answers WHERE check_id = ? AND criterion_id = ?",
                 (check_id, criterion_id))
    return dict(row) if row is not None else None


def _criterion_of(ws: Workspace, check: dict[str, Any], criterion_id: str) -> dict[str, Any]:
    criterion = records.get(ws, "criteria", criterion_id, "criterion")
    if criterion["template_id"] != check["template_id"]:
        raise InvalidValue("the criterion is not in the check's checklist")
    return criterion


def _whole(value: float, low: int, high: int) -> float:
    if value != int(value) or not low <= value <= high:
        raise InvalidValue(f"the answer must be a whole number from {low} to {high}, "
                           f"not {value:g}")
    return float(value)


def _validated(ws: Workspace, criterion: dict[str, Any], *, value: Any, choice_id: str | None,
               text: str | None, not_applicable: bool) -> dict[str, Any]:
    """The answer columns for a valid answer to ``criterion``."""
    blank = {"not_applicable": 0, "value_number": None, "value_text": None, "choice_id": None}
    given = sum(x is not None for x in (value, choice_id, text)) + bool(not_applicable)
    if given != 1:
        raise InvalidValue("give one answer: a value, a choice, a text or not applicable")
    if not_applicable:
        return {**blank, "not_applicable": 1}
    kind = criterion["answer_type"]
    if kind == "choice":
        if choice_id is None:
            raise InvalidValue("this criterion is answered by choosing one of its options")
        owner = ws.scalar("SELECT criterion_id FROM criterion_choices WHERE id = ?", (choice_id,))
        if owner != criterion["id"]:
            raise InvalidValue("the chosen option is not one of this criterion's options")
        return {**blank, "choice_id": choice_id}
    if kind == "text":
        if text is None:
            raise InvalidValue("this criterion is answered with a text")
        cleaned = _text(text, "answer")
        if not cleaned:
            raise InvalidValue("the answer text is empty")
        return {**blank, "value_text": cleaned}
    if value is None or isinstance(value, str) and not value.strip():
        raise InvalidValue("this criterion is answered with a number")
    if isinstance(value, bool):
        value = int(value)
    try:
        number = float(str(value).replace(",", ".").replace("\u00a0", "").replace(" ", "")
                       if isinstance(value, str) else value)
    except (TypeError, ValueError):
        raise InvalidValue(f"{value!r} is not a number") from None
    if not math.isfinite(number):
        raise InvalidValue(f"{value!r} is not a number")
    if kind == "yes_no":
        if number not in (0, 1):
            raise InvalidValue(f"a yes/no answer is 1 (yes) or 0 (no), not {number:g}")
    elif kind == "scale_0_10":
        number = _whole(number, 0, 10)
    elif kind == "scale_1_5":
        number = _whole(number, 1, 5)
    return {**blank, "value_number": float(number)}


def _write(ws: Workspace, check_id: str, criterion_id: str,
           state: dict[str, Any] | None) -> dict[str, Any] | None:
    """Make the answer row of the criterion be ``state`` (None: no row); returns the new row."""
    current = _answer_row(ws, check_id, criterion_id)
    if state is None:
        if current is not None:
            ws.conn.execute("DELETE FROM answers WHERE id = ?", (current["id"],))
        return None
    columns = {k: state[k] for k in ANSWER_COLUMNS if k in state}
    if current is None:
        ident = state.get("id") or None
        values = {"check_id": check_id, "criterion_id": criterion_id, **columns}
        if ident:
            values["id"] = ident
            ws.conn.execute("DELETE FROM tombstones WHERE table_name = 'answers' AND row_id = ?",
                            (ident,))
        records.insert(ws, "answers", values)
    else:
        columns["answered_at"] = state.get("answered_at") or ws.scalar(
            "SELECT strftime('%Y-%m-%dT%H:%M:%fZ','now')")
        records.update(ws, "answers", current["id"], columns)
    return _answer_row(ws, check_id, criterion_id)


def _change(ws: Workspace, check_id: str, criterion_id: str, build) -> AnswerEdit:  # noqa: ANN001
    with ws.transaction():
        check = _editable(ws, check_id)
        criterion = _criterion_of(ws, check, criterion_id)
        before = _answer_row(ws, check_id, criterion_id)
        state = build(criterion, before)
        after = _write(ws, check_id, criterion_id, state)
    return AnswerEdit(check_id, criterion_id, before, after)


def answer(ws: Workspace, check_id: str, criterion_id: str, *, value: Any = None,
           choice_id: str | None = None, text: str | None = None, not_applicable: bool = False,
           comment: str | None = None) -> AnswerEdit:
    """Answer one criterion of a check, saved at once (insert or update its one answer row).

    The value must fit the answer type: yes/no 1 or 0; scales whole numbers 0–10 or 1–5;
    a number any finite number; a choice one of the criterion's options; a text some text.
    ``comment`` None keeps the comment there is.
    """
    def build(criterion: dict[str, Any], before: dict[str, Any] | None) -> dict[str, Any]:
        state = _validated(ws, criterion, value=value, choice_id=choice_id, text=text,
                           not_applicable=not_applicable)
        state["comment"] = (_text(comment, "comment") if comment is not None
                            else (before or {}).get("comment", ""))
        return state
    return _change(ws, check_id, criterion_id, build)


def clear_answer(ws: Workspace, check_id: str, criterion_id: str) -> AnswerEdit:
    """Take back a criterion's answer; its comment, if any, stays."""
    def build(_criterion: dict[str, Any], before: dict[str, Any] | None) -> dict[str, Any] | None:
        if before is None or not before["comment"]:
            return None
        return {"not_applicable": 0, "value_number": None, "value_text": None,
                "choice_id": None, "comment": before["comment"]}
    return _change(ws, check_id, criterion_id, build)


def set_comment(ws: Workspace, check_id: str, criterion_id: str, comment: str) -> AnswerEdit:
    """The comment on one criterion of a check (a criterion not yet answered may have one)."""
    def build(_criterion: dict[str, Any], before: dict[str, Any] | None) -> dict[str, Any] | None:
        text = _text(comment, "comment")
        if before is None:
            return {"comment": text} if text else None
        if not text and not _given(before):
            return None
        return {**{k: before[k] for k in ANSWER_COLUMNS}, "comment": text,
                "answered_at": before["answered_at"]}
    return _change(ws, check_id, criterion_id, build)


def put_answer(ws: Workspace, check_id: str, criterion_id: str,
               state: dict[str, Any] | None) -> None:
    """Put a criterion's answer row back as an :class:`AnswerEdit` recorded it (undo, redo)."""
    _change(ws, check_id, criterion_id, lambda _c, _b: state)


def _given(row: dict[str, Any]) -> bool:
    return bool(row["not_applicable"]) or row["value_number"] is not None \
        or bool(row["value_text"]) or row["choice_id"] is not None


# -- photos ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class AttachedPhoto:
    photo_id: str
    link_id: str
    new_link: bool  # False: the photo was already attached there


def attach_photo(ws: Workspace, check_id: str, criterion_id: str | None, data: bytes, *,
                 file_name: str) -> AttachedPhoto:
    """Store a photo (once, by content) and attach it to the check and criterion."""
    check = _editable(ws, check_id)
    if criterion_id:
        _criterion_of(ws, check, criterion_id)
    with ws.transaction():
        photo_id, _created = store_photo(ws, data, file_name=file_name)
        existing = ws.scalar(
            "SELECT id FROM evidence_links WHERE photo_id = ? AND check_id = ?"
            " AND criterion_id IS ? AND finding_id IS NULL", (photo_id, check_id, criterion_id))
        link_id = link_photo(ws, photo_id, engagement_id=check["engagement_id"],
                             check_id=check_id, criterion_id=criterion_id)
    return AttachedPhoto(photo_id, link_id, existing is None)


def detach_photo(ws: Workspace, link_id: str) -> Removal:
    """Remove one photo link (the photo stays stored); ``records.restore`` undoes."""
    link = records.get(ws, "evidence_links", link_id, "photo link")
    if link["check_id"]:
        _editable(ws, link["check_id"])
    return records.remove(ws, "evidence_links", link_id, "photo link")


@dataclass(frozen=True)
class CheckPhoto:
    link_id: str
    photo_id: str
    criterion_id: str | None
    file_name: str


def check_photos(ws: Workspace, check_id: str) -> list[CheckPhoto]:
    """The photos attached to a check, in the order they were attached."""
    rows = ws.rows(
        """SELECT l.id, l.photo_id, l.criterion_id, p.file_name FROM evidence_links l
           JOIN photos p ON p.id = l.photo_id WHERE l.check_id = ?
           ORDER BY l.position, l.created_at""", (check_id,))
    return [CheckPhoto(r["id"], r["photo_id"], r["criterion_id"], r["file_name"]) for r in rows]


# -- completion and score --------------------------------------------------------------------
@dataclass(frozen=True)
class Problem:
    """What keeps a check from being submitted: ``kind`` is ``answer`` or ``photo``."""

    kind: str
    criterion_id: str
    criterion: str


def completion_problems(ws: Workspace, check_id: str) -> list[Problem]:
    """The required answers missing (every criterion answered or N/A) and the required photos
    missing (criteria with photo 'required', answered, with no photo linked), in checklist
    order."""
    required = {r["id"] for r in ws.rows(
        """SELECT cr.id FROM criteria cr JOIN checks c ON c.template_id = cr.template_id
           WHERE c.id = ? AND cr.photo = 'required'""", (check_id,))}
    problems = []
    for a in check_answers(ws, check_id):
        if not a.answered:
            problems.append(Problem("answer", a.criterion_id, a.text))
        elif a.criterion_id in required and not a.not_applicable and not a.photos:
            problems.append(Problem("photo", a.criterion_id, a.text))
    return problems


def check_score(ws: Workspace, check_id: str) -> Score:
    """The check's running score by the rules of :mod:`cxdesk.scoring`."""
    check = _check(ws, check_id)
    scored = [ScoredAnswer(check_id, check["subject_id"], a.criterion_id, a.touchpoint_id, None,
                           a.group, a.weight, a.critical, a.score)
              for a in check_answers(ws, check_id) if a.answer_id is not None and a.answered]
    return aggregate(scored, lambda a: a.check_id).get(check_id, Score(None, 0, 0))


# -- review ----------------------------------------------------------------------------------
@dataclass(frozen=True)
class Review:
    status: str
    reviewer: str
    comment: str
    at: str  # UTC ISO-8601


def review_history(ws: Workspace, check_id: str) -> list[Review]:
    """Every transition of the check, oldest first."""
    _check(ws, check_id)
    return [Review(r["status"], r["reviewer"], r["comment"], r["created_at"]) for r in ws.rows(
        "SELECT * FROM check_reviews WHERE check_id = ? ORDER BY created_at, rowid",
        (check_id,))]


def _transition(ws: Workspace, check_id: str, status: str, allowed: tuple[str, ...],
                reviewer: str, comment: str) -> None:
    with ws.transaction():
        check = _check(ws, check_id)
        if check["status"] not in allowed:
            raise ReviewRefused(f"a {check['status']} check cannot become {status}")
        changes: dict[str, Any] = {"status": status}
        if status == "submitted" and not check["finished_at"]:
            changes["finished_at"] = ws.scalar("SELECT strftime('%Y-%m-%dT%H:%M:%S','now')")
        records.update(ws, "checks", check_id, changes)
        records.insert(ws, "check_reviews", {
            "check_id": check_id, "status": status, "reviewer": _text(reviewer, "reviewer"),
            "comment": _text(comment, "comment")})


def submit_check(ws: Workspace, check_id: str, *, by: str = "") -> None:
    """Hand a draft (or returned) check in for review; refused while anything is missing."""
    problems = completion_problems(ws, check_id)
    if problems:
        answers = sum(p.kind == "answer" for p in problems)
        photos = len(problems) - answers
        raise ReviewRefused(f"the check is not complete: {answers} answer(s) and {photos} "
                            f"required photo(s) missing")
    _transition(ws, check_id, "submitted", EDITABLE, by, "")


def approve_check(ws: Workspace, check_id: str, *, reviewer: str = "", comment: str = "") -> None:
    _transition(ws, check_id, "approved", ("submitted",), reviewer, comment)


def return_check(ws: Workspace, check_id: str, *, reviewer: str = "", comment: str) -> None:
    """Send a submitted (or approved) check back for changes, saying why."""
    if not _text(comment, "comment"):
        raise InvalidValue("say why the check is returned: the comment is what the auditor fixes")
    _transition(ws, check_id, "returned", ("submitted", "approved"), reviewer, comment)
