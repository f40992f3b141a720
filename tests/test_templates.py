"""Template operations: answer types, criteria edits with undo, and versioning of a template
that checks already use."""

from __future__ import annotations

import pytest

from cxdesk import checklists, templates
from cxdesk.errors import InvalidValue
from cxdesk.workspace import Workspace


# -- answer types ----------------------------------------------------------------------------
@pytest.mark.parametrize("text, kind", [
    ("", "yes_no"), (None, "yes_no"), ("yes_no", "yes_no"), (" Scale_0_10 ", "scale_0_10"),
    ("scale_1_5", "scale_1_5"), ("NUMBER", "number"), ("text", "text"),
])
def test_plain_answer_types_are_read_case_insensitively(text, kind):
    assert templates.parse_answer_type(text) == templates.AnswerSpec(kind)


def test_choice_without_points_puts_the_first_best_equally_spaced_down_to_zero():
    spec = templates.parse_answer_type("choice:a|b|c")
    assert spec.choices == (("a", 1.0), ("b", 0.5), ("c", 0.0))
    assert templates.parse_answer_type("choice:x|y|z|w").choices[1] == ("y", 0.6667)


def test_choice_with_points_accepts_a_decimal_comma():
    spec = templates.parse_answer_type("choice:отлично=1|норма=0,5|плохо=0")
    assert spec == templates.AnswerSpec("choice", (("отлично", 1.0), ("норма", 0.5),
                                                    ("плохо", 0.0)))


@pytest.mark.parametrize("text", [
    "yesno", "choice", "choice:a", "choice:a||b", "choice:a=1|b", "choice:a=x|b=0",
    "choice:a=0|b=0", "choice:a=1|A=0", "choice:a=-1|b=1", "number:min",
])
def test_bad_answer_types_are_refused_with_a_reason(text):
    with pytest.raises(InvalidValue):
        templates.parse_answer_type(text)


def test_format_answer_type_reads_back_the_same():
    spec = templates.parse_answer_type("choice:good=1|so-so=0,25|bad=0")
    text = templates.format_answer_type(spec.answer_type, spec.choices)
    assert text == "choice:good=1|so-so=0.25|bad=0"
    assert templates.parse_answer_type(text) == spec


# -- edits on an unused template --------------------------------------------------------------
@pytest.fixture
def fresh(ws: Workspace, built) -> str:
    return templates.create_template(ws, built.engagement_id, name="Calls", language="en")


def _texts(ws: Workspace, template_id: str) -> list[str]:
    return [r["text"] for r in ws.rows(
        "SELECT text FROM criteria WHERE template_id = ? ORDER BY position", (template_id,))]


def test_add_edit_move_and_delete_criteria_each_undo(ws, fresh):
    a = templates.add_criterion(ws, fresh, {"text": "Greeting"})
    b = templates.add_criterion(ws, fresh, {
        "text": "Waiting time", "answer_type": "number", "unit": "min", "threshold": "5,5",
        "direction": "lower_is_better"})
    c = templates.add_criterion(ws, fresh, {"text": "Tone", "answer_type": "choice",
                                            "choices": [("warm", 1), ("cold", 0)]}, position=0)
    assert not a.made_new_version and a.template_id == fresh
    assert _texts(ws, fresh) == ["Tone", "Greeting", "Waiting time"]
    assert ws.scalar("SELECT threshold FROM criteria WHERE id = ?", (b.criterion_id,)) == 5.5

    edit = templates.update_criterion(ws, a.criterion_id, text="Greeting by name", weight=2)
    assert ws.scalar("SELECT weight FROM criteria WHERE id = ?", (a.criterion_id,)) == 2
    templates.undo(ws, edit)
    row = ws.row("SELECT text, weight FROM criteria WHERE id = ?", (a.criterion_id,))
    assert (row["text"], row["weight"]) == ("Greeting", 1)

    edit = templates.update_criterion(ws, c.criterion_id, choices=[("a", 1), ("b", 0.5),
                                                                    ("c", 0)])
    assert ws.scalar("SELECT count(*) FROM criterion_choices WHERE criterion_id = ?",
                     (c.criterion_id,)) == 3
    templates.undo(ws, edit)
    assert [r["label"] for r in ws.rows(
        "SELECT label FROM criterion_choices WHERE criterion_id = ? ORDER BY position",
        (c.criterion_id,))] == ["warm", "cold"]

    move = templates.move_criterion(ws, b.criterion_id, 0)
    assert _texts(ws, fresh) == ["Waiting time", "Tone", "Greeting"]
    templates.undo(ws, move)
    assert _texts(ws, fresh) == ["Tone", "Greeting", "Waiting time"]

    deletion = templates.delete_criterion(ws, c.criterion_id)
    assert _texts(ws, fresh) == ["Greeting", "Waiting time"]
    templates.undo(ws, deletion)
    assert _texts(ws, fresh) == ["Tone", "Greeting", "Waiting time"]
    assert ws.scalar("SELECT count(*) FROM criterion_choices WHERE criterion_id = ?",
                     (c.criterion_id,)) == 2

    templates.undo(ws, a)
    assert _texts(ws, fresh) == ["Tone", "Waiting time"]


@pytest.mark.parametrize("values", [
    {"text": "  "},
    {"text": "x", "answer_type": "number", "threshold": 5},
    {"text": "x", "answer_type": "number", "direction": "lower_is_better"},
    {"text": "x", "answer_type": "number", "threshold": 5, "direction": "down"},
    {"text": "x", "weight": 0}, {"text": "x", "weight": "heavy"},
    {"text": "x", "required_checks": 1.5}, {"text": "x", "required_checks": 0},
    {"text": "x", "photo": "maybe"}, {"text": "x", "channel": "email"},
    {"text": "x", "answer_type": "choice", "choices": [("only", 1)]},
])
def test_invalid_criteria_are_refused_and_nothing_is_written(ws, fresh, values):
    with pytest.raises(InvalidValue):
        templates.add_criterion(ws, fresh, values)
    assert _texts(ws, fresh) == []


# -- versioning -------------------------------------------------------------------------------
def _criteria_rows(ws: Workspace, template_id: str) -> list[tuple]:
    return [tuple(r) for r in ws.rows(
        "SELECT id, text, weight, critical, position, revision FROM criteria"
        " WHERE template_id = ? ORDER BY position", (template_id,))]


def test_editing_a_used_template_makes_version_2_and_leaves_version_1_to_its_checks(ws, built):
    (v1,) = checklists.list_templates(ws, built.engagement_id)
    before = _criteria_rows(ws, v1.id)
    criterion = before[0][0]
    check_ids = [c for ids in built.check_ids.values() for c in ids]

    edit = templates.update_criterion(ws, criterion, text="Website shows prices", weight=3)

    assert edit.made_new_version and edit.versioned_from == v1.id and edit.template_id != v1.id
    v2 = checklists.get_template(ws, edit.template_id)
    old = checklists.get_template(ws, v1.id)
    assert (v2.version, v2.status, v2.family_id) == (2, "current", v1.family_id)
    assert (old.version, old.status) == (1, "superseded")
    assert ws.scalar("SELECT previous_id FROM templates WHERE id = ?", (v2.id,)) == v1.id
    assert _criteria_rows(ws, v1.id) == before  # untouched, revisions included
    assert {r["template_id"] for r in ws.rows(
        f"SELECT template_id FROM checks WHERE id IN ({','.join('?' * len(check_ids))})",
        check_ids)} == {v1.id}
    after = _criteria_rows(ws, v2.id)
    assert len(after) == len(before) and {r[0] for r in after}.isdisjoint(r[0] for r in before)
    assert after[0][1:3] == ("Website shows prices", 3)
    assert edit.criterion_id == after[0][0]

    # version 2 is not used yet: the next edit changes it in place
    second = templates.add_criterion(ws, v2.id, {"text": "Parking signposted"})
    assert second.template_id == v2.id and not second.made_new_version

    # the superseded version is read-only
    with pytest.raises(InvalidValue):
        templates.add_criterion(ws, v1.id, {"text": "late edit"})
    assert [t["version"] for t in templates.template_family(ws, v2.id)] == [1, 2]


def test_undoing_the_edit_that_made_a_version_takes_the_version_back(ws, built):
    (v1,) = checklists.list_templates(ws, built.engagement_id)
    criterion = _criteria_rows(ws, v1.id)[1][0]
    edit = templates.delete_criterion(ws, criterion)
    assert edit.made_new_version and len(_criteria_rows(ws, edit.template_id)) == 2
    templates.undo(ws, edit)
    assert [t.id for t in checklists.list_templates(ws, built.engagement_id)] == [v1.id]
    assert checklists.get_template(ws, v1.id).status == "current"
    assert len(_criteria_rows(ws, v1.id)) == 3


def test_redo_of_an_edit_that_made_a_version_puts_back_the_same_version(ws, built):
    (v1,) = checklists.list_templates(ws, built.engagement_id)
    criterion = _criteria_rows(ws, v1.id)[0][0]
    edit = templates.update_criterion(ws, criterion, text="Greeted at once")
    rows = _criteria_rows(ws, edit.template_id)
    undone = templates.undo(ws, edit)
    assert undone is not None
    templates.redo(ws, edit, undone)
    assert checklists.get_template(ws, edit.template_id).status == "current"
    assert checklists.get_template(ws, v1.id).status == "superseded"
    assert _criteria_rows(ws, edit.template_id) == rows


def test_redo_of_an_added_criterion_puts_it_back_at_its_place_with_its_id(ws, fresh):
    for text in ("a", "b", "c"):
        templates.add_criterion(ws, fresh, {"text": text})
    edit = templates.add_criterion(ws, fresh, {"text": "between"}, position=1)
    undone = templates.undo(ws, edit)
    assert _texts(ws, fresh) == ["a", "b", "c"]
    templates.redo(ws, edit, undone)
    assert _texts(ws, fresh) == ["a", "between", "b", "c"]
    assert ws.scalar("SELECT text FROM criteria WHERE id = ?", (edit.criterion_id,)) == "between"
