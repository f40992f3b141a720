"""Incidents (complaints) and the problems that group them with failure findings."""

from __future__ import annotations

import datetime as dt

import pytest

from cxdesk import engagements, finding_ops, incidents, problems, records
from cxdesk.errors import InvalidValue


def test_an_incident_is_recorded_diagnosed_compensated_and_closed(ws, built) -> None:
    ident = incidents.create_incident(
        ws, built.engagement_id, description="Client waited 40 minutes for the manager",
        occurred_on="2026-11-02", channel="Phone", subject_id=built.own_id,
        location_id=built.location_id, touchpoint_id=built.touchpoint_ids[2])
    row = incidents.list_incidents(ws, built.engagement_id)[0]
    assert (row.status, row.touchpoint, row.location, row.days_to_close) == (
        "open", "Sales manager", "Showroom Lenina", None)
    assert row.days_open(dt.date(2026, 11, 5)) == 3
    before = incidents.update_incident(
        ws, ident, diagnosis="Two managers on leave", justified=True,
        compensation_kind="Free car wash", compensation_amount=1500, status="closed",
        closed_at="2026-11-06")
    row = incidents.list_incidents(ws, built.engagement_id)[0]
    assert (row.justified, row.compensation_amount, row.days_to_close) == (True, 1500.0, 4)
    stats = incidents.incident_stats([row])
    assert (stats.open, stats.justified, stats.mean_days_to_close,
            stats.compensation_total) == (0, 1, 4.0, 1500.0)
    incidents.update_incident(ws, ident, **before)  # undo
    row = incidents.list_incidents(ws, built.engagement_id)[0]
    assert (row.status, row.closed_at, row.justified) == ("open", None, None)


def test_closing_without_a_date_records_today_and_reopening_clears_it(ws, built) -> None:
    ident = incidents.create_incident(ws, built.engagement_id, description="Rude guard")
    incidents.update_incident(ws, ident, status="closed")
    assert records.get(ws, "incidents", ident)["closed_at"] == dt.date.today().isoformat()
    incidents.update_incident(ws, ident, status="in_progress")
    assert records.get(ws, "incidents", ident)["closed_at"] is None


def test_incident_refuses_bad_values_and_foreign_references(ws, built) -> None:
    with pytest.raises(InvalidValue):
        incidents.create_incident(ws, built.engagement_id, description="  ")
    with pytest.raises(InvalidValue):
        incidents.create_incident(ws, built.engagement_id, description="x",
                                  compensation_amount=-5)
    other = engagements.create_engagement(ws, name="Other")
    stranger = engagements.add_subject(ws, other.id, name="Stranger")
    with pytest.raises(InvalidValue):
        incidents.create_incident(ws, built.engagement_id, description="x",
                                  subject_id=stranger.id)


def test_a_problem_groups_incidents_and_findings_and_counts_where_it_shows(ws, built) -> None:
    eid = built.engagement_id
    second = engagements.add_location(ws, eid, name="Showroom Mira", subject_id=built.own_id)
    problem = problems.create_problem(ws, eid, title="Too few managers at peak hours")
    other = problems.create_problem(ws, eid, title="Old price tags")
    for location in (built.location_id, second.id, second.id):
        ident = incidents.create_incident(ws, eid, description="Waited", location_id=location,
                                          subject_id=built.own_id)
        problems.link_incident(ws, ident, problem)
    failure = finding_ops.create_finding(ws, eid, kind="failure", title="Nobody came",
                                         subject_id=built.competitor_ids[0])
    finding_ops.link_source(ws, failure, check_id=built.check_ids[built.competitor_ids[0]][0])
    assert problems.link_finding(ws, failure, problem) is None
    rows = problems.list_problems(ws, eid)
    assert [p.title for p in rows] == ["Too few managers at peak hours", "Old price tags"]
    top = rows[0]
    assert (top.incidents, top.findings, top.weight) == (3, 1, 4)
    assert top.locations == ("Showroom Lenina", "Showroom Mira")
    assert top.subjects == ("Competitor A", "North Motors")
    assert len(incidents.list_incidents(ws, eid, problem_id=problem)) == 3
    # solved problems go last; deleting a problem unlinks and undo relinks
    problems.update_problem(ws, problem, status="solved")
    assert problems.list_problems(ws, eid)[0].id == other
    removal = problems.delete_problem(ws, problem)
    assert ws.scalar("SELECT count(*) FROM incidents WHERE problem_id IS NOT NULL") == 0
    records.restore(ws, removal)
    assert problems.list_problems(ws, eid)[-1].incidents == 3
    with pytest.raises(InvalidValue):
        problems.update_problem(ws, problem, status="gone")


def test_an_incident_cannot_close_before_it_happened(ws, built) -> None:
    ident = incidents.create_incident(ws, built.engagement_id, description="Lost documents",
                                      occurred_on="2026-11-10")
    with pytest.raises(InvalidValue, match="before the incident date"):
        incidents.update_incident(ws, ident, status="closed", closed_at="2026-11-01")
    with pytest.raises(InvalidValue, match="before the incident date"):
        incidents.create_incident(ws, built.engagement_id, description="x", status="closed",
                                  occurred_on="2026-11-10", closed_at="2026-11-09")
    row = records.get(ws, "incidents", ident)
    assert (row["status"], row["closed_at"]) == ("open", None)
    incidents.update_incident(ws, ident, status="closed", closed_at="2026-11-12")
    assert incidents.list_incidents(ws, built.engagement_id)[0].days_to_close == 2


def test_an_incident_date_that_is_not_iso_shows_no_days_open() -> None:
    row = incidents.IncidentRow("i", "x", occurred_on="10.11.2026")
    assert row.days_open(dt.date(2026, 11, 12)) is None and row.days_to_close is None
