"""The read side the reports share (``cxdesk.reports.queries``): the same figures as the
screens, filtered by company and by location."""

from __future__ import annotations

import datetime as dt

import pytest

from cxdesk import engagements, records
from cxdesk.errors import NotFound
from cxdesk.reports import queries
from cxdesk.score_tables import all_scores


def test_scores_match_the_score_tables_of_the_screens(ws, built):
    table = queries.score_table(ws, built.engagement_id)
    expected = all_scores(ws, built.engagement_id)
    assert table.subjects == expected.subjects
    assert [r.name for r in table.stages] == ["Search", "Purchase"]
    for row in table.stages:
        assert row.scores == {s: v for (st, s), v in expected.stages.items() if st == row.id}
    for row in table.touchpoints:
        assert row.scores == {s: v for (tp, s), v in expected.touchpoints.items()
                              if tp == row.id}
    manager = next(r for r in table.touchpoints if r.name == "Sales manager")
    assert manager.difference(built.own_id, built.competitor_ids[0]) == -100
    assert manager.difference(built.own_id, built.competitor_ids[1]) is None
    assert table.checks == expected.checks
    checks = queries.score_rows_per_check(ws, built.engagement_id)
    assert {k: v.value for k, v in checks.items()} == {
        k: v.value for k, v in expected.checks.items()}


def test_a_location_and_companies_narrow_every_figure(ws, built):
    other = engagements.add_location(ws, built.engagement_id, name="Showroom Mira").id
    with ws.transaction():
        ws.conn.execute("UPDATE checks SET location_id = ? WHERE id = ?",
                        (other, built.check_ids[built.own_id][1]))
    here = queries.score_table(ws, built.engagement_id, location_id=other)
    assert list(here.subjects) == [built.own_id] and here.subjects[built.own_id].n == 1
    header = queries.report_header(ws, built.engagement_id, location_id=other)
    assert header.checks == 1 and header.location.name == "Showroom Mira"
    rows = list(queries.answer_rows(ws, built.engagement_id, location_id=other))
    assert len(rows) == 3 and {r.location for r in rows} == {"Showroom Mira"}
    only_a = list(queries.answer_rows(ws, built.engagement_id,
                                      subject_ids=[built.competitor_ids[0]]))
    assert {r.subject for r in only_a} == {"Competitor A"}
    assert list(queries.answer_rows(ws, built.engagement_id, subject_ids=[])) == []


def test_header_checks_failures_actions_and_feedback(ws, built):
    with pytest.raises(NotFound):
        queries.report_header(ws, "nope")
    header = queries.report_header(ws, built.engagement_id)
    assert header.own.name == "North Motors" and len(header.competitors) == 2
    assert header.checks == 3 and header.answers == 9
    (fail, *rest) = queries.top_failures(ws, built.engagement_id, built.own_id)
    assert fail.critical and fail.failed == 2 and fail.rate == 1.0
    assert [f.criterion for f in rest] == ["Criterion 1"]
    actions = queries.action_rows(ws, built.engagement_id, today=dt.date(2026, 11, 23))
    assert [a.action.title for a in actions if a.overdue] == ["Train receptionists"]
    report = queries.feedback_report(ws, built.engagement_id)
    (row,) = report.per_subject
    assert row.subject_id is None and row.nps.n == 3 and row.nps.value == pytest.approx(100 / 3)
    assert [f.title for f in queries.best_practice_rows(ws, built.engagement_id)] == [
        "Coffee while you wait"]
    coverage = queries.coverage_rows(ws, built.engagement_id)
    assert len(coverage) == 9 and coverage[0].touchpoint == "Website"
    assert {(c.subject, c.done, c.required) for c in coverage if c.touchpoint == "Website"} == {
        ("North Motors", 2, 2), ("Competitor A", 1, 2), ("Competitor B", 0, 2)}


def test_people_incidents_and_problems(ws, built):
    eng = built.engagement_id
    with ws.transaction():
        problem = records.insert(ws, "problems", {"engagement_id": eng, "title": "Queues"})
        records.insert(ws, "incidents", {
            "engagement_id": eng, "subject_id": built.own_id, "location_id": built.location_id,
            "problem_id": problem, "description": "Waited 40 minutes",
            "occurred_on": "2026-11-01", "closed_at": "2026-11-04T10:00:00Z",
            "status": "closed"})
        employee = records.insert(ws, "employees", {"engagement_id": eng, "code": "S-01",
                                                    "subject_id": built.own_id})
        records.insert(ws, "employee_assessments", {"employee_id": employee,
                                                    "area": "product_knowledge", "score": 6,
                                                    "max_score": 8})
        training = records.insert(ws, "trainings", {"engagement_id": eng, "topic": "Greeting",
                                                    "held_on": "2026-11-10"})
        records.insert(ws, "training_participants", {"training_id": training,
                                                     "employee_id": employee})
    (incident,) = queries.incident_rows(ws, eng)
    assert incident["days_to_close"] == 3 and incident["problem"] == "Queues"
    (p,) = queries.problem_rows(ws, eng)
    assert (p["incidents"], p["locations"], p["subjects"]) == (1, 1, 1)
    (e,) = queries.employee_rows(ws, eng)
    assert e["product_knowledge"] == 0.75 and e["trainings"] == 1
    assert e["last_training"] == "2026-11-10"
    assert queries.training_rows(ws, eng)[0]["participants"] == 1
    assert queries.employee_rows(ws, eng, subject_ids=[built.competitor_ids[0]]) == []
