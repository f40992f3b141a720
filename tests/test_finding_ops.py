"""Findings: created, edited and deleted with undo data, linked to the checks, answers and
photos behind them; failed criteria offered as findings and made into one in one step."""

from __future__ import annotations

import pytest
from fieldwork_factory import build_field, png_bytes

from cxdesk import fieldwork, finding_ops, records
from cxdesk.errors import InvalidValue
from cxdesk.findings import list_findings
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


def answer_id(ws, check_id, criterion_id):
    return ws.scalar("SELECT id FROM answers WHERE check_id = ? AND criterion_id = ?",
                     (check_id, criterion_id))


def test_a_finding_is_created_edited_and_deleted_with_undo(ws, field):
    fid = finding_ops.create_finding(
        ws, field.engagement_id, kind="weak_spot", title="  Slow reply  ", category="process",
        severity=3, subject_id=field.own_id)
    (row,) = [f for f in list_findings(ws, field.engagement_id) if f.id == fid]
    assert (row.title, row.kind, row.category, row.severity, row.subject) == (
        "Slow reply", "weak_spot", "process", 3, "North Motors")
    before = finding_ops.update_finding(ws, fid, title="Very slow reply", root_cause="No CRM")
    assert before == {"title": "Slow reply", "root_cause": ""}
    finding_ops.update_finding(ws, fid, **before)
    assert records.get(ws, "findings", fid)["title"] == "Slow reply"
    removal = finding_ops.delete_finding(ws, fid)
    assert list_findings(ws, field.engagement_id) == []
    records.restore(ws, removal)
    assert [f.id for f in list_findings(ws, field.engagement_id)] == [fid]


@pytest.mark.parametrize("bad", [{"kind": "opinion"}, {"category": "weather"},
                                 {"title": "  "}, {"severity": 5}])
def test_a_finding_with_a_bad_field_is_refused(ws, field, bad):
    values = {"kind": "failure", "title": "Dirty floor", **bad}
    with pytest.raises(InvalidValue):
        finding_ops.create_finding(ws, field.engagement_id, **values)
    assert list_findings(ws, field.engagement_id) == []


def test_checks_answers_and_photos_are_linked_and_unlinked(ws, field, check):
    fieldwork.answer(ws, check, field.criteria["greeting"], value=0)
    photo = fieldwork.attach_photo(ws, check, None, png_bytes(), file_name="hall.png")
    fid = finding_ops.create_finding(ws, field.engagement_id, kind="failure", title="No hello")
    aid = answer_id(ws, check, field.criteria["greeting"])
    link = finding_ops.link_source(ws, fid, check_id=check, answer_id=aid)
    assert finding_ops.link_source(ws, fid, check_id=check, answer_id=aid) == link
    photo_link = finding_ops.link_finding_photo(ws, fid, photo.photo_id)
    (source,) = finding_ops.finding_sources(ws, fid)
    assert (source.check_id, source.answer_id, source.criterion) == (
        check, aid, "Greeted within 30 seconds")
    assert finding_ops.finding_photo_ids(ws, fid) == [photo.photo_id]
    (row,) = list_findings(ws, field.engagement_id)
    assert (row.checks, row.photos) == (1, 1)
    finding_ops.unlink(ws, link)
    finding_ops.unlink(ws, photo_link)
    assert finding_ops.finding_sources(ws, fid) == []
    assert finding_ops.finding_photo_ids(ws, fid) == []
    # the check's own photo link is not a finding's
    with pytest.raises(InvalidValue):
        finding_ops.unlink(ws, photo.link_id)


def test_failed_answers_are_those_below_the_pass_mark_not_yet_behind_a_finding(ws, field,
                                                                                check):
    c = field.criteria
    fieldwork.answer(ws, check, c["greeting"], value=0, comment="Talked on the phone")
    fieldwork.answer(ws, check, c["drink"], value=1)
    fieldwork.answer(ws, check, c["politeness"], value=4)  # 0.4: failed
    fieldwork.answer(ws, check, c["needs"], value=3)  # 0.5: passed
    fieldwork.answer(ws, check, c["wait"], value=12)  # over 5 min, lower is better: failed
    fieldwork.answer(ws, check, c["offer"], choice_id=field.choices["When asked"])  # 0.5
    fieldwork.answer(ws, check, c["clean"], not_applicable=True)
    failed = finding_ops.failed_answers(ws, field.engagement_id)
    assert [f.criterion_id for f in failed] == [c["greeting"], c["politeness"], c["wait"]]
    first = failed[0]
    assert (first.subject, first.own, first.touchpoint, first.stage, first.comment,
            first.critical, first.score) == ("Competitor B", False, "Reception", "Purchase",
                                             "Talked on the phone", True, 0.0)
    assert [f.criterion_id for f in finding_ops.failed_answers(
        ws, field.engagement_id, check_id=check)] == [c["greeting"], c["politeness"], c["wait"]]


def test_a_failed_answer_becomes_a_prefilled_finding_in_one_step(workspace_path, ws, field,
                                                                  check):
    greeting = field.criteria["greeting"]
    fieldwork.answer(ws, check, greeting, value=0, comment="Talked on the phone")
    photo = fieldwork.attach_photo(ws, check, greeting, png_bytes(), file_name="desk.png")
    aid = answer_id(ws, check, greeting)
    assert not finding_ops.answer_has_finding(ws, aid)
    fid = finding_ops.finding_from_answer(ws, aid)
    ws.close()
    with Workspace.open(workspace_path) as again:
        (row,) = list_findings(again, field.engagement_id)
        assert (row.id, row.kind, row.title, row.description, row.subject, row.touchpoint,
                row.severity, row.checks, row.photos) == (
            fid, "failure", "Greeted within 30 seconds", "Talked on the phone",
            "Competitor B", "Reception", 3, 1, 1)
        assert finding_ops.finding_photo_ids(again, fid) == [photo.photo_id]
        assert finding_ops.answer_has_finding(again, aid)
        assert finding_ops.failed_answers(again, field.engagement_id) == []
        # the check keeps just its own link to the photo
        assert len(fieldwork.check_photos(again, check)) == 1
        removal = finding_ops.delete_finding(again, fid)
        assert [f.answer_id for f in finding_ops.failed_answers(again, field.engagement_id)] \
            == [aid]
        records.restore(again, removal)
        assert finding_ops.finding_photo_ids(again, fid) == [photo.photo_id]


def test_a_touchpoint_of_another_engagement_is_refused(ws, field):
    other = build_field(ws)
    (tp,) = [t for t, _ in finding_ops.touchpoint_choices(ws, other.engagement_id)][:1]
    with pytest.raises(InvalidValue, match="another engagement"):
        finding_ops.create_finding(ws, field.engagement_id, kind="failure", title="x",
                                   touchpoint_id=tp)
