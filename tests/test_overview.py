"""The engagement at a glance (cxdesk/overview.py), over a small engagement with known scores."""

from __future__ import annotations

import datetime as dt

import pytest

from cxdesk import engagements, records
from cxdesk.errors import NotFound
from cxdesk.overview import counts, overview

TODAY = dt.date(2026, 11, 22)


def test_subjects_come_own_first_with_their_overall_score_and_n(ws, built):
    view = overview(ws, built.engagement_id, today=TODAY)
    names = [(s.name, s.own) for s in view.subjects]
    assert names == [("North Motors", True), ("Competitor A", False), ("Competitor B", False)]
    own, comp_a, comp_b = view.subjects
    assert own.score.value == pytest.approx(50.0)
    assert own.score.n == 2 and own.checks == 2
    assert own.score.critical_failures == 2
    assert comp_a.score.value == pytest.approx(100.0)
    assert comp_b.score is None and comp_b.checks == 0


def test_weakest_touchpoints_are_the_own_company_lowest_first(ws, built):
    view = overview(ws, built.engagement_id, today=TODAY)
    assert view.weakest_of_own
    assert [(w.name, w.stage, round(w.value), w.n) for w in view.weakest] == [
        ("Sales manager", "Purchase", 0, 2),
        ("Reception", "Purchase", 50, 2),
        ("Website", "Search", 100, 2),
    ]
    assert view.weakest[0].critical_failures == 2


def test_weakest_touchpoints_fall_back_to_all_subjects_without_an_own_company(ws, built):
    engagements.update_subject(ws, built.own_id, own=False)
    view = overview(ws, built.engagement_id, today=TODAY)
    assert not view.weakest_of_own
    manager = view.weakest[0]
    assert manager.name == "Sales manager" and manager.n == 3
    assert manager.value == pytest.approx(100 / 3)


def test_coverage_counts_done_against_required(ws, built):
    view = overview(ws, built.engagement_id, today=TODAY)
    assert (view.coverage_done, view.coverage_required) == (9, 18)
    assert view.coverage_share == pytest.approx(0.5)
    assert view.checks == 3


def test_newest_findings_first_with_their_subject(ws, built):
    view = overview(ws, built.engagement_id, today=TODAY)
    assert [(f.kind, f.title, f.subject) for f in view.findings] == [
        ("best_practice_wow", "Coffee while you wait", "Competitor A"),
        ("failure", "No greeting at reception", "North Motors"),
    ]
    assert view.findings_total == 2
    assert view.kinds == {"failure": 1, "best_practice_wow": 1}


def test_open_actions_by_due_date_and_overdue_against_today(ws, built):
    view = overview(ws, built.engagement_id, today=TODAY)
    assert [(a.title, a.overdue) for a in view.actions] == [
        ("Train receptionists", True), ("Fix the website form", False)]
    assert view.open_actions_total == 2
    assert view.overdue_actions_total == 1


def test_an_empty_engagement_has_an_empty_overview(ws):
    eng = engagements.create_engagement(ws, name="Empty")
    view = overview(ws, eng.id)
    assert view.subjects == [] and view.weakest == [] and view.findings == []
    assert view.actions == [] and view.coverage_share is None and view.checks == 0


def test_an_unknown_engagement_is_not_found(ws):
    with pytest.raises(NotFound):
        overview(ws, "00000000-0000-0000-0000-000000000000")


def test_sidebar_counts(ws, built):
    figures = counts(ws, built.engagement_id)
    assert figures.subjects == 3 and figures.maps == 1 and figures.templates == 1
    assert figures.checks == 3 and figures.evidence == 1 and figures.findings == 2
    assert figures.feedback == 3 and figures.open_actions == 2
    assert figures.coverage_share == pytest.approx(0.5)


def test_sidebar_counts_follow_a_removal_and_its_undo(ws, built):
    removal = engagements.remove_subject(ws, built.own_id)
    assert counts(ws, built.engagement_id).checks == 1
    records.restore(ws, removal)
    assert counts(ws, built.engagement_id).checks == 3


def test_subject_check_counts(ws, built):
    from cxdesk.overview import subject_check_counts

    assert subject_check_counts(ws, built.engagement_id) == {
        built.own_id: 2, built.competitor_ids[0]: 1}


def test_sidebar_counts_of_assignments_incidents_and_employees(ws, built):
    e = built.engagement_id
    subject = engagements.list_subjects(ws, e)[0].id
    before = counts(ws, e)
    with ws.transaction():
        records.insert(ws, "assignments", {"engagement_id": e, "subject_id": subject,
                                           "method": "visit", "shopper": "ТП-1"})
        records.insert(ws, "assignments", {"engagement_id": e, "subject_id": subject,
                                           "method": "call", "status": "done"})
        records.insert(ws, "incidents", {"engagement_id": e, "description": "Нагрубили"})
        records.insert(ws, "incidents", {"engagement_id": e, "description": "Старое",
                                         "status": "closed"})
        records.insert(ws, "employees", {"engagement_id": e, "code": "LEN-01"})
    figures = counts(ws, e)
    assert figures.planned_assignments == before.planned_assignments + 1
    assert figures.open_incidents == before.open_incidents + 1
    assert figures.employees == before.employees + 1
