"""Planning assignments: who does which check, where, how and by when."""

from __future__ import annotations

import datetime as dt

import pytest
from fieldwork_factory import build_field

from cxdesk import fieldwork, records
from cxdesk.assignments import (
    add_assignment,
    delete_assignment,
    get_assignment,
    list_assignments,
    shoppers,
    update_assignment,
)
from cxdesk.errors import InvalidValue
from cxdesk.workspace import Workspace


def test_plan_edit_and_remove_an_assignment(ws: Workspace) -> None:
    f = build_field(ws)
    new = add_assignment(ws, f.engagement_id, subject_id=f.own_id, method="call",
                         template_id=f.template_id, shopper=" Olga ", scenario="Callback",
                         due_date="2026-12-01")
    row = get_assignment(ws, new)
    assert (row.subject, row.method, row.shopper, row.due_date, row.status, row.template) \
        == ("North Motors", "call", "Olga", "2026-12-01", "planned", "Visit")
    # soonest first; the factory's assignment is due on 2026-11-20
    assert [a.id for a in list_assignments(ws, f.engagement_id)] == [f.assignment_id, new]
    before = update_assignment(ws, new, due_date="2026-11-01", shopper="Pavel")
    assert before == {"due_date": "2026-12-01", "shopper": "Olga"}
    assert [a.id for a in list_assignments(ws, f.engagement_id)][0] == new
    assert shoppers(ws, f.engagement_id) == ["Ivan", "Pavel"]
    removal = delete_assignment(ws, new)
    assert [a.id for a in list_assignments(ws, f.engagement_id)] == [f.assignment_id]
    records.restore(ws, removal)
    assert get_assignment(ws, new).shopper == "Pavel"


def test_overdue_means_still_planned_after_the_due_date(ws: Workspace) -> None:
    f = build_field(ws)
    row = get_assignment(ws, f.assignment_id)
    assert row.overdue(dt.date(2026, 11, 21)) and not row.overdue(dt.date(2026, 11, 20))
    fieldwork.create_check_from_assignment(ws, f.assignment_id)
    done = get_assignment(ws, f.assignment_id)
    assert done.status == "done" and done.checks == 1 and not done.overdue(dt.date(2027, 1, 1))


@pytest.mark.parametrize(("changes", "message"), [
    ({"method": "telepathy"}, "method must be one of"),
    ({"due_date": "next week"}, "not a date"),
    ({"status": "lost"}, "status must be one of"),
    ({"subject_id": None}, "needs a subject"),
    ({"location_id": "00000000-0000-0000-0000-000000000000"}, "not part of this engagement"),
    ({"engagement_id": "x"}, "cannot set"),
])
def test_bad_values_are_refused(ws: Workspace, changes: dict, message: str) -> None:
    f = build_field(ws)
    before = dict(records.get(ws, "assignments", f.assignment_id))
    with pytest.raises(InvalidValue, match=message):
        update_assignment(ws, f.assignment_id, **changes)
    assert dict(records.get(ws, "assignments", f.assignment_id)) == before
