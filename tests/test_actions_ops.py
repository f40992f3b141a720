"""The action plan: create, change and delete actions, traced to findings and problems;
overdue ones come first."""

from __future__ import annotations

import datetime as dt

import pytest

from cxdesk import action_ops, problems, records
from cxdesk.actions import list_actions, overdue_count
from cxdesk.errors import InvalidValue


def test_actions_are_traced_to_findings_and_problems(ws, built) -> None:
    eid = built.engagement_id
    finding = ws.scalar("SELECT id FROM findings WHERE title = 'No greeting at reception'")
    problem = problems.create_problem(ws, eid, title="No greeting standard")
    ident = action_ops.create_action(ws, eid, title="Write a greeting standard", owner="HR",
                                     due_date="2026-12-01", priority="high",
                                     finding_ids=[finding], problem_ids=[problem])
    row = next(a for a in list_actions(ws, eid) if a.id == ident)
    assert (row.findings, row.problems) == (("No greeting at reception",),
                                            ("No greeting standard",))
    assert problems.list_problems(ws, eid)[0].actions == 1
    before = action_ops.set_links(ws, ident, problem_ids=[problem])
    assert before == ((finding,), (problem,))
    assert action_ops.links(ws, ident) == ((), (problem,))
    action_ops.set_links(ws, ident, finding_ids=before[0], problem_ids=before[1])
    assert action_ops.links(ws, ident) == ((finding,), (problem,))


def test_overdue_actions_come_first(ws, built) -> None:
    eid = built.engagement_id
    action_ops.create_action(ws, eid, title="Late one", due_date="2026-11-01")
    action_ops.create_action(ws, eid, title="Later", due_date="2026-12-20")
    today = dt.date(2026, 11, 22)
    rows = list_actions(ws, eid, today)
    overdue = [a.title for a in rows if a.overdue(today)]
    assert [a.title for a in rows[:len(overdue)]] == overdue
    assert "Late one" in overdue and "Later" not in overdue
    assert overdue_count(rows, today) == len(overdue)
    assert not rows[-1].is_open  # done ones last


def test_done_records_completion_and_undo_brings_the_values_back(ws, built) -> None:
    eid = built.engagement_id
    ident = action_ops.create_action(ws, eid, title="Fix signage", due_date="2026-11-01")
    before = action_ops.update_action(ws, ident, status="done")
    row = records.get(ws, "actions", ident)
    assert row["completed_at"] == dt.date.today().isoformat()
    assert not next(a for a in list_actions(ws, eid) if a.id == ident).overdue()
    action_ops.update_action(ws, ident, **before)
    assert records.get(ws, "actions", ident)["completed_at"] is None
    with pytest.raises(InvalidValue):
        action_ops.update_action(ws, ident, priority="urgent")
    with pytest.raises(InvalidValue):
        action_ops.create_action(ws, eid, title=" ")
    removal = action_ops.delete_action(ws, ident)
    records.restore(ws, removal)
    assert records.get(ws, "actions", ident)["title"] == "Fix signage"
