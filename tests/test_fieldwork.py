"""Fieldwork: checks created, answered at once and validated by answer type, photos attached,
completion and the review workflow with its history."""

from __future__ import annotations

import pytest
from fieldwork_factory import build_field, png_bytes

from cxdesk import fieldwork, records
from cxdesk.checks import check_answers
from cxdesk.errors import InvalidValue
from cxdesk.fieldwork import ReadOnlyCheck, ReviewRefused
from cxdesk.workspace import Workspace


@pytest.fixture
def field(ws):
    return build_field(ws)


@pytest.fixture
def check(ws, field):
    return fieldwork.create_check(ws, field.engagement_id, subject_id=field.competitor_id,
                                  template_id=field.template_id, method="visit",
                                  location_id=field.location_id,
                                  started_at="2026-11-20T14:30:00", auditor="Ivan")


def answers_of(ws, check_id):
    return {a.criterion_id: a for a in check_answers(ws, check_id)}


def complete(ws, field, check_id, *, photo=True):
    c = field.criteria
    fieldwork.answer(ws, check_id, c["greeting"], value=1)
    fieldwork.answer(ws, check_id, c["drink"], value=0)
    fieldwork.answer(ws, check_id, c["politeness"], value=8)
    fieldwork.answer(ws, check_id, c["needs"], not_applicable=True)
    fieldwork.answer(ws, check_id, c["wait"], value=3.5)
    fieldwork.answer(ws, check_id, c["offer"], choice_id=field.choices["When asked"])
    fieldwork.answer(ws, check_id, c["clean"], value=1)
    fieldwork.answer(ws, check_id, c["extras"], text="Coffee machine")
    if photo:
        fieldwork.attach_photo(ws, check_id, c["clean"], png_bytes(), file_name="hall.png")


# -- creating ------------------------------------------------------------------------------
def test_a_new_check_is_a_draft_with_its_history_started(ws, field, check):
    row = records.get(ws, "checks", check)
    assert (row["status"], row["method"], row["auditor"]) == ("draft", "visit", "Ivan")
    assert [r.status for r in fieldwork.review_history(ws, check)] == ["draft"]


def test_a_check_uses_the_current_version_of_its_template(ws, field):
    from cxdesk.templates import new_version

    newer = new_version(ws, field.template_id).template_id
    ident = fieldwork.create_check(ws, field.engagement_id, subject_id=field.own_id,
                                   template_id=field.template_id, method="call")
    assert records.get(ws, "checks", ident)["template_id"] == newer


def test_a_check_from_an_assignment_takes_its_plan_and_marks_it_done(ws, field):
    [planned] = fieldwork.planned_assignments(ws, field.engagement_id)
    ident = fieldwork.create_check_from_assignment(ws, planned.id, started_at="2026-11-20T10:00")
    row = records.get(ws, "checks", ident)
    assert (row["subject_id"], row["location_id"], row["auditor"], row["scenario"]) == (
        field.competitor_id, field.location_id, "Ivan", "Family car")
    assert row["assignment_id"] == planned.id
    assert fieldwork.planned_assignments(ws, field.engagement_id) == []


def test_an_unknown_method_is_refused(ws, field):
    with pytest.raises(InvalidValue, match="unknown method"):
        fieldwork.create_check(ws, field.engagement_id, subject_id=field.own_id,
                               template_id=field.template_id, method="telepathy")


def test_editing_and_deleting_a_check_can_be_undone(ws, field, check):
    before = fieldwork.update_check(ws, check, auditor="Olga", scenario="SUV")
    assert records.get(ws, "checks", check)["auditor"] == "Olga"
    fieldwork.update_check(ws, check, **before)
    assert records.get(ws, "checks", check)["auditor"] == "Ivan"
    fieldwork.answer(ws, check, field.criteria["greeting"], value=1)
    removal = fieldwork.delete_check(ws, check)
    assert ws.scalar("SELECT count(*) FROM answers WHERE check_id = ?", (check,)) == 0
    records.restore(ws, removal)
    assert answers_of(ws, check)[field.criteria["greeting"]].value_number == 1


# -- answering -----------------------------------------------------------------------------
def test_an_answer_is_saved_at_once_and_found_after_a_reopen(workspace_path, ws, field, check):
    fieldwork.answer(ws, check, field.criteria["politeness"], value=7, comment="Smiled")
    ws.close()
    again = Workspace.open(workspace_path)
    try:
        got = answers_of(again, check)[field.criteria["politeness"]]
        assert (got.value_number, got.comment) == (7, "Smiled")
    finally:
        again.close()


def test_answering_again_updates_the_one_answer_row_and_keeps_the_comment(ws, field, check):
    c = field.criteria["greeting"]
    fieldwork.answer(ws, check, c, value=1, comment="At once")
    fieldwork.answer(ws, check, c, value=0)
    assert ws.scalar("SELECT count(*) FROM answers WHERE check_id = ?", (check,)) == 1
    got = answers_of(ws, check)[c]
    assert (got.value_number, got.comment) == (0, "At once")
    fieldwork.answer(ws, check, c, not_applicable=True)
    assert answers_of(ws, check)[c].not_applicable


@pytest.mark.parametrize(("key", "good", "bad"), [
    ("greeting", [0, 1, True], [2, -1, 0.5]),
    ("politeness", [0, 10, 7.0], [11, -1, 7.5]),
    ("needs", [1, 5], [0, 6, 2.5]),
    ("wait", [0, 3.25, -2, "4,5"], [float("nan"), "soon"]),
])
def test_numeric_answers_are_validated_by_answer_type(ws, field, check, key, good, bad):
    for value in good:
        fieldwork.answer(ws, check, field.criteria[key], value=value)
    for value in bad:
        with pytest.raises(InvalidValue):
            fieldwork.answer(ws, check, field.criteria[key], value=value)


def test_a_choice_must_be_one_of_the_criterions_options(ws, field, check):
    fieldwork.answer(ws, check, field.criteria["offer"], choice_id=field.choices["No"])
    assert answers_of(ws, check)[field.criteria["offer"]].choice == "No"
    other = records.insert(ws, "criterion_choices", {"criterion_id": field.criteria["greeting"],
                                                     "label": "x", "points": 1})
    with pytest.raises(InvalidValue, match="not one of this criterion"):
        fieldwork.answer(ws, check, field.criteria["offer"], choice_id=other)
    with pytest.raises(InvalidValue, match="choosing"):
        fieldwork.answer(ws, check, field.criteria["offer"], value=1)


def test_a_text_criterion_takes_text_and_one_answer_at_a_time(ws, field, check):
    with pytest.raises(InvalidValue, match="text"):
        fieldwork.answer(ws, check, field.criteria["extras"], value=1)
    with pytest.raises(InvalidValue, match="one answer"):
        fieldwork.answer(ws, check, field.criteria["greeting"], value=1, not_applicable=True)
    fieldwork.answer(ws, check, field.criteria["extras"], text="  Coffee  ")
    assert answers_of(ws, check)[field.criteria["extras"]].value_text == "Coffee"


def test_a_criterion_of_another_checklist_is_refused(ws, field, check):
    other = records.insert(ws, "templates", {"engagement_id": field.engagement_id,
                                             "family_id": "x", "name": "Other"})
    stranger = records.insert(ws, "criteria", {"template_id": other, "text": "x"})
    with pytest.raises(InvalidValue, match="not in the check's checklist"):
        fieldwork.answer(ws, check, stranger, value=1)


def test_clearing_an_answer_keeps_its_comment_and_undo_puts_it_back(ws, field, check):
    c = field.criteria["greeting"]
    edit = fieldwork.answer(ws, check, c, value=1)
    fieldwork.set_comment(ws, check, c, "Was busy")
    cleared = fieldwork.clear_answer(ws, check, c)
    got = answers_of(ws, check)[c]
    assert not got.answered and got.comment == "Was busy"
    fieldwork.put_answer(ws, check, c, cleared.before)
    assert answers_of(ws, check)[c].value_number == 1
    fieldwork.put_answer(ws, check, c, edit.before)  # back to no answer at all
    assert answers_of(ws, check)[c].answer_id is None


def test_the_running_score_follows_the_scoring_rules(ws, field, check):
    c = field.criteria
    fieldwork.answer(ws, check, c["greeting"], value=1)
    fieldwork.answer(ws, check, c["politeness"], value=6)
    fieldwork.answer(ws, check, c["needs"], not_applicable=True)
    score = fieldwork.check_score(ws, check)
    assert score.value == pytest.approx(80.0) and score.answers == 2
    fieldwork.answer(ws, check, c["greeting"], value=0)
    assert fieldwork.check_score(ws, check).flagged


# -- completion ------------------------------------------------------------------------------
def test_completion_lists_missing_answers_and_missing_required_photos(ws, field, check):
    problems = fieldwork.completion_problems(ws, check)
    assert [p.kind for p in problems] == ["answer"] * len(field.criteria)
    complete(ws, field, check, photo=False)
    assert [(p.kind, p.criterion_id) for p in fieldwork.completion_problems(ws, check)] == [
        ("photo", field.criteria["clean"])]
    fieldwork.attach_photo(ws, check, field.criteria["clean"], png_bytes(), file_name="a.png")
    assert fieldwork.completion_problems(ws, check) == []


def test_a_required_photo_is_not_needed_when_the_criterion_is_not_applicable(ws, field, check):
    complete(ws, field, check, photo=False)
    fieldwork.answer(ws, check, field.criteria["clean"], not_applicable=True)
    assert fieldwork.completion_problems(ws, check) == []


def test_the_same_photo_twice_is_one_link(ws, field, check):
    first = fieldwork.attach_photo(ws, check, None, png_bytes(), file_name="a.png")
    second = fieldwork.attach_photo(ws, check, None, png_bytes(), file_name="a.png")
    assert first.link_id == second.link_id and not second.new_link
    assert len(fieldwork.check_photos(ws, check)) == 1
    removal = fieldwork.detach_photo(ws, first.link_id)
    assert fieldwork.check_photos(ws, check) == []
    records.restore(ws, removal)
    assert len(fieldwork.check_photos(ws, check)) == 1


# -- review ----------------------------------------------------------------------------------
def test_an_incomplete_check_cannot_be_submitted(ws, field, check):
    with pytest.raises(ReviewRefused, match="not complete"):
        fieldwork.submit_check(ws, check, by="Ivan")
    assert records.get(ws, "checks", check)["status"] == "draft"


def test_review_workflow_keeps_every_transition_as_history(ws, field, check):
    complete(ws, field, check)
    fieldwork.submit_check(ws, check, by="Ivan")
    fieldwork.return_check(ws, check, reviewer="Anna", comment="Photo of the hall is blurred")
    fieldwork.answer(ws, check, field.criteria["drink"], value=1)  # returned: editable again
    fieldwork.submit_check(ws, check, by="Ivan")
    fieldwork.approve_check(ws, check, reviewer="Anna")
    history = fieldwork.review_history(ws, check)
    assert [(h.status, h.reviewer) for h in history] == [
        ("draft", "Ivan"), ("submitted", "Ivan"), ("returned", "Anna"), ("submitted", "Ivan"),
        ("approved", "Anna")]
    assert history[2].comment == "Photo of the hall is blurred"
    assert records.get(ws, "checks", check)["finished_at"]


@pytest.mark.parametrize("status", ["submitted", "approved"])
def test_a_submitted_or_approved_check_is_read_only(ws, field, check, status):
    complete(ws, field, check)
    fieldwork.submit_check(ws, check)
    if status == "approved":
        fieldwork.approve_check(ws, check, reviewer="Anna")
    c = field.criteria["greeting"]
    with pytest.raises(ReadOnlyCheck, match="read-only"):
        fieldwork.answer(ws, check, c, value=0)
    with pytest.raises(ReadOnlyCheck):
        fieldwork.set_comment(ws, check, c, "late")
    with pytest.raises(ReadOnlyCheck):
        fieldwork.attach_photo(ws, check, c, png_bytes((1, 2, 3)), file_name="b.png")
    with pytest.raises(ReadOnlyCheck):
        fieldwork.update_check(ws, check, auditor="X")
    assert answers_of(ws, check)[c].value_number == 1


def test_wrong_transitions_are_refused(ws, field, check):
    with pytest.raises(ReviewRefused):
        fieldwork.approve_check(ws, check, reviewer="Anna")
    complete(ws, field, check)
    fieldwork.submit_check(ws, check)
    with pytest.raises(ReviewRefused):
        fieldwork.submit_check(ws, check)
    with pytest.raises(InvalidValue, match="say why"):
        fieldwork.return_check(ws, check, reviewer="Anna", comment="  ")
