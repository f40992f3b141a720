"""Checklist templates, edited: create a template, add, change, reorder and delete criteria —
each edit returning what undo needs — and versioning.

A template that checks already use is never changed under them: the first edit to it makes a
new version (a copy with ``version + 1``, ``previous_id`` pointing back, the same
``family_id``; the old one becomes ``superseded``) and the edit lands there. Every edit says
which template now holds it (:attr:`Edit.template_id`), so the caller can follow it.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

from cxdesk import records
from cxdesk.errors import InvalidValue, NotFound
from cxdesk.records import Removal
from cxdesk.workspace import Workspace, new_id

ANSWER_TYPES = ("yes_no", "scale_0_10", "scale_1_5", "number", "choice", "text")
PHOTO_RULES = ("none", "optional", "required")
CHANNELS = ("online", "offline")
INTERACTIONS = ("person", "product")
DIRECTIONS = ("lower_is_better", "higher_is_better")
LANGUAGES = ("ru", "en")
#: Columns of ``criteria`` a caller may set (ids and bookkeeping are the module's own).
CRITERION_FIELDS = (
    "stage_id", "touchpoint_id", "section", "text", "should_be", "should_not_be", "channel",
    "interaction", "answer_type", "unit", "threshold", "direction", "weight", "critical",
    "required_checks", "photo",
)
MAX_TEXT = 32_767  # Excel's limit for one cell: longer text could not round-trip


# -- answer types ---------------------------------------------------------------------------
@dataclass(frozen=True)
class AnswerSpec:
    """A parsed answer type: the type and, for ``choice``, its (label, points) in order."""

    answer_type: str = "yes_no"
    choices: tuple[tuple[str, float], ...] = ()


def parse_number(value: Any) -> float:
    """A number from a cell or a string: ``1.5``, ``"1,5"`` (decimal comma), ``" 2 "``.
    Raises ValueError for anything else (booleans, NaN, infinities included)."""
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, int | float):
        number = float(value)
    else:
        text = str(value).strip().replace("\u00a0", "").replace(" ", "")
        if re.fullmatch(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?", text) is None:
            raise ValueError(value)
        number = float(text.replace(",", "."))
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def parse_answer_type(text: str | None) -> AnswerSpec:
    """``yes_no`` (the default, also for empty text), ``scale_0_10``, ``scale_1_5``,
    ``number``, ``text``, ``choice:a|b|c`` (first best, points equally spaced from 1 down to
    0) or ``choice:отлично=1|норма=0,5|плохо=0`` (points given; decimal comma accepted)."""
    raw = (text or "").strip()
    if not raw:
        return AnswerSpec()
    head, sep, rest = raw.partition(":")
    kind = head.strip().casefold()
    if not sep:
        if kind in ANSWER_TYPES and kind != "choice":
            return AnswerSpec(kind)
        if kind == "choice":
            raise InvalidValue("a choice needs its options: choice:a|b|c")
        raise InvalidValue(f"unknown answer type {raw!r}; use one of yes_no, scale_0_10, "
                           "scale_1_5, number, text, choice:a|b|c")
    if kind != "choice":
        raise InvalidValue(f"unknown answer type {raw!r}; only choice takes options "
                           "(choice:a|b|c)")
    parts = [p.strip() for p in rest.split("|")]
    if len(parts) < 2 or any(not p for p in parts):
        raise InvalidValue(f"a choice needs two or more non-empty options, as in "
                           f"choice:a|b|c, not {raw!r}")
    with_points = ["=" in p for p in parts]
    if any(with_points) and not all(with_points):
        raise InvalidValue("give points to every option of the choice or to none")
    choices: list[tuple[str, float]] = []
    if all(with_points):
        for part in parts:
            label, _, points_text = part.rpartition("=")
            label = label.strip()
            if not label:
                raise InvalidValue(f"a choice option has no label: {part!r}")
            try:
                points = parse_number(points_text)
            except ValueError:
                raise InvalidValue(f"the points of option {label!r} are not a number: "
                                   f"{points_text.strip()!r}") from None
            choices.append((label, points))
    else:
        steps = len(parts) - 1
        choices = [(label, round(1 - i / steps, 4)) for i, label in enumerate(parts)]
    return AnswerSpec("choice", _checked_choices(choices))


def _checked_choices(choices: Any) -> tuple[tuple[str, float], ...]:
    result = tuple((str(label).strip(), float(points)) for label, points in choices)
    labels = [label.casefold() for label, _ in result]
    if len(result) < 2:
        raise InvalidValue("a choice needs two or more options")
    if any(not label or "|" in label for label, _ in result):
        raise InvalidValue("a choice option needs a label without '|'")
    if len(set(labels)) != len(labels):
        raise InvalidValue("the options of a choice must differ")
    if any(points < 0 or not math.isfinite(points) for _, points in result):
        raise InvalidValue("the points of a choice cannot be negative")
    if max(points for _, points in result) <= 0:
        raise InvalidValue("the best option of a choice needs points above 0")
    return result


def _number_text(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def format_answer_type(answer_type: str, choices: Any = ()) -> str:
    """The text :func:`parse_answer_type` reads back; choices always with their points."""
    if answer_type != "choice":
        return answer_type
    return "choice:" + "|".join(f"{label}={_number_text(points)}" for label, points in choices)


# -- criterion values -----------------------------------------------------------------------
def normalize_criterion(values: dict[str, Any], *, partial: bool = False) -> dict[str, Any]:
    """Check and tidy criterion values; with ``partial`` only those given. ``choices``
    (a list of (label, points)) may come along for a choice. Raises InvalidValue."""
    unknown = set(values) - set(CRITERION_FIELDS) - {"choices"}
    if unknown:
        raise InvalidValue(f"a criterion has no {', '.join(sorted(unknown))}")
    out = dict(values)
    for key in ("text", "section", "should_be", "should_not_be", "unit"):
        if key in out:
            out[key] = clean_text(out[key])
    if (not partial or "text" in out) and not out.get("text"):
        raise InvalidValue("a criterion needs its text: what is checked")
    for key, allowed in (("channel", CHANNELS), ("interaction", INTERACTIONS),
                         ("direction", DIRECTIONS)):
        if key in out:
            out[key] = out[key] or None
            if out[key] is not None and out[key] not in allowed:
                raise InvalidValue(f"{key} must be one of {', '.join(allowed)}, not {out[key]!r}")
    if "answer_type" in out and out["answer_type"] not in ANSWER_TYPES:
        raise InvalidValue(f"unknown answer type {out['answer_type']!r}")
    if "photo" in out and out["photo"] not in PHOTO_RULES:
        raise InvalidValue(f"photo must be one of {', '.join(PHOTO_RULES)}, not {out['photo']!r}")
    if "weight" in out:
        try:
            out["weight"] = parse_number(out["weight"])
        except ValueError:
            raise InvalidValue(f"the weight must be a number, not {out['weight']!r}") from None
        if out["weight"] <= 0:
            raise InvalidValue("the weight must be greater than 0")
    if "required_checks" in out:
        try:
            number = parse_number(out["required_checks"])
        except ValueError:
            number = 0.5
        if not number.is_integer() or number < 1:
            raise InvalidValue("the required number of checks must be a whole number, 1 or more")
        out["required_checks"] = int(number)
    if "critical" in out:
        out["critical"] = int(bool(out["critical"]))
    if out.get("threshold") is not None:
        try:
            out["threshold"] = parse_number(out["threshold"])
        except ValueError:
            raise InvalidValue(f"the threshold must be a number, not {out['threshold']!r}") from None
    if out.get("answer_type") == "number":
        if out.get("threshold") is None:
            raise InvalidValue("a number criterion needs a threshold (its pass limit)")
        if out.get("direction") is None:
            raise InvalidValue("a number criterion needs a direction: lower_is_better or "
                               "higher_is_better")
    if out.get("answer_type") == "choice" or "choices" in out:
        if out.get("answer_type", "choice") != "choice":
            out.pop("choices", None)
        else:
            out["choices"] = _checked_choices(out.get("choices") or ())
    return out


_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f\ufffe\uffff]")


def clean_text(value: Any) -> str:
    """User text as stored: a string, control characters removed, outer spaces trimmed."""
    if value is None:
        return ""
    text = _CONTROL.sub("", str(value).replace("\r\n", "\n").replace("\r", "\n")).strip()
    if len(text) > MAX_TEXT:
        raise InvalidValue(f"a text of {len(text)} characters is longer than {MAX_TEXT}")
    return text


# -- templates ------------------------------------------------------------------------------
def create_template(ws: Workspace, engagement_id: str, *, name: str, language: str = "ru",
                    map_id: str | None = None, description: str = "") -> str:
    """A new, empty template (version 1 of a new family); returns its id."""
    records.get(ws, "engagements", engagement_id, "engagement")
    name = clean_text(name)
    if not name:
        raise InvalidValue("the checklist template needs a name")
    if language not in LANGUAGES:
        raise InvalidValue(f"language must be ru or en, not {language!r}")
    with ws.transaction():
        return records.insert(ws, "templates", {
            "engagement_id": engagement_id, "map_id": map_id, "family_id": new_id(),
            "name": name, "language": language, "description": clean_text(description)})


def is_used(ws: Workspace, template_id: str) -> bool:
    """Whether checks use the template (so that editing it must make a new version)."""
    return ws.scalar("SELECT 1 FROM checks WHERE template_id = ? LIMIT 1", (template_id,)) == 1


@dataclass(frozen=True)
class NewVersion:
    template_id: str
    previous_id: str
    criteria: dict[str, str]  # old criterion id -> its copy's id


def new_version(ws: Workspace, template_id: str) -> NewVersion:
    """Copy a template as its family's next version (criteria and choices with new ids) and
    mark the old one superseded. One transaction."""
    old = records.get(ws, "templates", template_id, "checklist template")
    with ws.transaction():
        latest = ws.scalar("SELECT max(version) FROM templates WHERE family_id = ?",
                           (old["family_id"],))
        copy = {k: old[k] for k in ("engagement_id", "map_id", "family_id", "name", "language",
                                    "description")}
        ident = records.insert(ws, "templates", {
            **copy, "previous_id": template_id, "version": (latest or old["version"]) + 1,
            "status": "current"})
        records.update(ws, "templates", template_id, {"status": "superseded"})
        mapping: dict[str, str] = {}
        for row in ws.rows("SELECT * FROM criteria WHERE template_id = ? ORDER BY position",
                           (template_id,)):
            values = {k: row[k] for k in (*CRITERION_FIELDS, "position")}
            mapping[row["id"]] = records.insert(ws, "criteria", {**values, "template_id": ident})
        for row in ws.rows(
                """SELECT ch.* FROM criterion_choices ch JOIN criteria c ON c.id = ch.criterion_id
                   WHERE c.template_id = ?""", (template_id,)):
            records.insert(ws, "criterion_choices", {
                "criterion_id": mapping[row["criterion_id"]], "label": row["label"],
                "points": row["points"], "position": row["position"]})
    return NewVersion(ident, template_id, mapping)


@dataclass
class Edit:
    """What an edit did, for the caller to follow and for :func:`undo` to take back."""

    template_id: str  # the template that now holds the edit
    criterion_id: str | None  # the criterion added or changed (in ``template_id``)
    kind: str  # add | update | move | delete
    versioned_from: str | None = None  # set when the edit made a new version of this one
    data: Any = None  # what undo needs (previous values, positions, a Removal)
    choices_before: list[dict[str, Any]] | None = None  # None: the choices were not touched

    @property
    def made_new_version(self) -> bool:
        return self.versioned_from is not None


def _editable(ws: Workspace, template_id: str, criterion_id: str | None = None
              ) -> tuple[str, str | None, str | None]:
    """The template (and criterion) an edit must go to: a new version when checks use it."""
    template = records.get(ws, "templates", template_id, "checklist template")
    if template["status"] == "superseded":
        raise InvalidValue(f"version {template['version']} of {template['name']!r} has been "
                           "superseded by a newer version; edit the current one")
    if not is_used(ws, template_id):
        return template_id, criterion_id, None
    version = new_version(ws, template_id)
    return version.template_id, version.criteria.get(criterion_id or ""), template_id


def _criterion(ws: Workspace, criterion_id: str) -> dict[str, Any]:
    return records.get(ws, "criteria", criterion_id, "criterion")


def _positions(ws: Workspace, template_id: str) -> list[str]:
    return [r["id"] for r in ws.rows(
        "SELECT id FROM criteria WHERE template_id = ? ORDER BY position, created_at, id",
        (template_id,))]


def _renumber(ws: Workspace, order: list[str]) -> None:
    for position, ident in enumerate(order):
        ws.conn.execute("UPDATE criteria SET position = ? WHERE id = ? AND position <> ?",
                        (position, ident, position))


def _write_choices(ws: Workspace, criterion_id: str, choices: Any) -> list[dict[str, Any]]:
    """Replace a criterion's choices; returns the rows it had (for undo)."""
    before = [dict(r) for r in ws.rows(
        "SELECT * FROM criterion_choices WHERE criterion_id = ? ORDER BY position",
        (criterion_id,))]
    ws.conn.execute("DELETE FROM criterion_choices WHERE criterion_id = ?", (criterion_id,))
    for position, (label, points) in enumerate(choices or ()):
        records.insert(ws, "criterion_choices", {"criterion_id": criterion_id, "label": label,
                                                 "points": points, "position": position})
    return before


def add_criterion(ws: Workspace, template_id: str, values: dict[str, Any], *,
                  position: int | None = None) -> Edit:
    """Add a criterion (at the end, or before ``position``)."""
    values = normalize_criterion(values)
    choices = values.pop("choices", ())
    with ws.transaction():
        target, _, versioned = _editable(ws, template_id)
        order = _positions(ws, target)
        ident = records.insert(ws, "criteria", {**values, "template_id": target,
                                                "position": len(order)})
        if position is not None:
            order.insert(max(0, min(position, len(order))), ident)
            _renumber(ws, order)
        else:
            order.append(ident)
        _write_choices(ws, ident, choices)
    return Edit(target, ident, "add", versioned, order.index(ident))


def update_criterion(ws: Workspace, criterion_id: str, **changes: Any) -> Edit:
    """Change fields of a criterion (``choices`` too); returns the previous values in
    ``Edit.data``."""
    current = _criterion(ws, criterion_id)
    merged = {k: current[k] for k in CRITERION_FIELDS} | changes
    if "choices" not in changes and merged["answer_type"] == "choice":
        merged["choices"] = [(r["label"], r["points"]) for r in ws.rows(
            "SELECT label, points FROM criterion_choices WHERE criterion_id = ?"
            " ORDER BY position", (criterion_id,))]
    merged = normalize_criterion(merged)
    choices = merged.pop("choices", ())
    with ws.transaction():
        target, target_criterion, versioned = _editable(ws, current["template_id"], criterion_id)
        assert target_criterion is not None
        previous = records.update(ws, "criteria", target_criterion,
                                  {k: merged[k] for k in changes if k != "choices"})
        before: list[dict[str, Any]] | None = None
        if "choices" in changes or "answer_type" in changes:
            before = _write_choices(ws, target_criterion,
                                    choices if merged["answer_type"] == "choice" else ())
    return Edit(target, target_criterion, "update", versioned, previous, before)


def move_criterion(ws: Workspace, criterion_id: str, position: int) -> Edit:
    """Move a criterion to ``position`` (0-based) in its template's order."""
    current = _criterion(ws, criterion_id)
    with ws.transaction():
        target, target_criterion, versioned = _editable(ws, current["template_id"], criterion_id)
        order = _positions(ws, target)
        before = {r["id"]: r["position"] for r in ws.rows(
            "SELECT id, position FROM criteria WHERE template_id = ?", (target,))}
        order.remove(target_criterion)
        order.insert(max(0, min(position, len(order))), target_criterion)
        _renumber(ws, order)
    return Edit(target, target_criterion, "move", versioned, before)


def delete_criterion(ws: Workspace, criterion_id: str) -> Edit:
    """Delete a criterion (and its choices); undo restores it with the same ids."""
    current = _criterion(ws, criterion_id)
    with ws.transaction():
        target, target_criterion, versioned = _editable(ws, current["template_id"], criterion_id)
        assert target_criterion is not None
        removal: Removal = records.remove(ws, "criteria", target_criterion, "criterion")
    return Edit(target, None, "delete", versioned, removal)


def undo(ws: Workspace, edit: Edit) -> Removal | None:
    """Take an edit back. An edit that made a new version takes the whole version back and
    makes the old one current again. Returns what was removed (the new version, or the added
    criterion) for :func:`redo`, else None."""
    undone: Removal | None = None
    with ws.transaction():
        if edit.versioned_from is not None:
            undone = records.remove(ws, "templates", edit.template_id, "checklist template")
            records.update(ws, "templates", edit.versioned_from, {"status": "current"})
        elif edit.kind == "add":
            undone = records.remove(ws, "criteria", edit.criterion_id, "criterion")
            _renumber(ws, _positions(ws, edit.template_id))
        elif edit.kind == "update":
            records.update(ws, "criteria", edit.criterion_id, edit.data)
            if edit.choices_before is not None:
                ws.conn.execute("DELETE FROM criterion_choices WHERE criterion_id = ?",
                                (edit.criterion_id,))
                for row in edit.choices_before:
                    records.insert(ws, "criterion_choices", row)
                    ws.conn.execute("DELETE FROM tombstones WHERE table_name = ? AND row_id = ?",
                                    ("criterion_choices", row["id"]))
        elif edit.kind == "move":
            for ident, position in edit.data.items():
                ws.conn.execute("UPDATE criteria SET position = ? WHERE id = ?",
                                (position, ident))
        elif edit.kind == "delete":
            records.restore(ws, edit.data)
        else:  # pragma: no cover - the kinds above are all there are
            raise ValueError(edit.kind)
    return undone


def redo(ws: Workspace, edit: Edit, undone: Removal) -> None:
    """Do again an edit that :func:`undo` took back by removing rows (a new version, or an
    added criterion), putting back the very same rows (same ids), so that later edits that
    name them still apply. Other edits are redone by making them again."""
    with ws.transaction():
        records.restore(ws, undone)
        if edit.versioned_from is not None:
            records.update(ws, "templates", edit.versioned_from, {"status": "superseded"})
        elif edit.kind == "add":
            order = [i for i in _positions(ws, edit.template_id) if i != edit.criterion_id]
            order.insert(max(0, min(int(edit.data or 0), len(order))), edit.criterion_id)
            _renumber(ws, order)


def template_family(ws: Workspace, template_id: str) -> list[dict[str, Any]]:
    """Every version of the template's family, oldest first."""
    family = ws.scalar("SELECT family_id FROM templates WHERE id = ?", (template_id,))
    if family is None:
        raise NotFound("checklist template", template_id)
    return [dict(r) for r in ws.rows(
        "SELECT id, version, status, previous_id FROM templates WHERE family_id = ?"
        " ORDER BY version", (family,))]
