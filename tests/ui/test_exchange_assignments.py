"""The Assignments screen: the plan in a table, edited through undoable commands, with
overdue assignments standing out."""

from __future__ import annotations

import datetime as dt

from fieldwork_factory import build_field
from PySide6.QtCore import QItemSelectionModel, Qt

from cxdesk.workspace import Workspace
from ui.context import AppContext
from ui.views.assignments import AssignmentsModel, AssignmentsView
from ui.views.kit import BAD, tone_color


def make_view(ws: Workspace, engagement_id: str, qtbot) -> AssignmentsView:  # noqa: ANN001
    context = AppContext()
    context.ws = ws
    context.engagement_id = engagement_id
    view = AssignmentsView(context)
    context.changed.connect(lambda _topics: view.refresh())  # as the window does
    qtbot.addWidget(view)
    view.today = dt.date(2026, 11, 25)
    view.resize(1200, 600)
    view.refresh()
    view.show()
    return view


def select(view: AssignmentsView, row: int) -> None:
    view.table.selectionModel().select(
        view.proxy.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect
        | QItemSelectionModel.SelectionFlag.Rows)


def cell(view: AssignmentsView, row: int, col: int, role=Qt.ItemDataRole.DisplayRole):  # noqa: ANN001
    return view.proxy.index(row, col).data(role)


def test_the_plan_shows_each_assignment_and_overdue_ones_stand_out(ws: Workspace, qtbot) -> None:  # noqa: ANN001
    f = build_field(ws)
    view = make_view(ws, f.engagement_id, qtbot)
    assert view.proxy.rowCount() == 1
    assert [cell(view, 0, c) for c in (AssignmentsModel.SHOPPER, AssignmentsModel.SUBJECT,
                                       AssignmentsModel.LOCATION, AssignmentsModel.SCENARIO)] \
        == ["Ivan", "Competitor B", "Showroom Lenina", "Family car"]
    due = cell(view, 0, AssignmentsModel.DUE)
    assert due.endswith("⚠")  # due on 20 Nov, still planned on 25 Nov
    assert cell(view, 0, AssignmentsModel.DUE, Qt.ItemDataRole.ForegroundRole) \
        == tone_color(BAD, view.palette())
    assert "1 overdue" in view.header.subtitle.text()
    view.today = dt.date(2026, 11, 1)
    view.refresh()
    assert not cell(view, 0, AssignmentsModel.DUE).endswith("⚠")


def test_add_edit_delete_through_undo(ws: Workspace, qtbot) -> None:  # noqa: ANN001
    f = build_field(ws)
    view = make_view(ws, f.engagement_id, qtbot)
    stack = view.context.undo_stack
    assert not view.edit_button.isEnabled()
    # the dialog's fields give what the core takes
    dialog = view.dialog(None)
    dialog.shopper.setText("Olga")
    dialog.subject.setCurrentIndex(dialog.subject.findData(f.own_id))
    dialog.method.setCurrentIndex(dialog.method.findData("call"))
    values = dialog.values()
    assert values["template_id"] == f.template_id and values["due_date"]
    values["due_date"] = "2026-12-01"
    assert view.add_values(values)
    assert view.proxy.rowCount() == 2 and stack.count() == 1
    stack.undo()
    assert view.proxy.rowCount() == 1
    stack.redo()
    assert view.proxy.rowCount() == 2
    select(view, 1)
    current = view.selected()
    assert current.shopper == "Olga" and view.edit_button.isEnabled()
    edit = view.dialog(current)
    assert {k: v for k, v in edit.values().items()} == {
        k: getattr(current, k) for k in edit.values()}
    assert view.change(current, {**edit.values(), "scenario": "Callback request"})
    assert ws.scalar("SELECT scenario FROM assignments WHERE shopper = 'Olga'") \
        == "Callback request"
    stack.undo()
    assert ws.scalar("SELECT scenario FROM assignments WHERE shopper = 'Olga'") == ""
    select(view, 1)
    view.delete()
    assert view.proxy.rowCount() == 1
    stack.undo()
    assert view.proxy.rowCount() == 2


def test_an_engagement_without_assignments_says_what_to_do(ws: Workspace, qtbot) -> None:  # noqa: ANN001
    from cxdesk import engagements

    eng = engagements.create_engagement(ws, name="Empty")
    view = make_view(ws, eng.id, qtbot)
    assert view.page.is_empty and "New assignment" in view.page.empty.text()


def test_a_due_date_not_in_iso_form_shows_without_breaking_the_tooltip(
        ws: Workspace, qtbot) -> None:  # noqa: ANN001
    f = build_field(ws)
    with ws.transaction():  # as a hand-made bundle may bring it: the schema does not check
        ws.conn.execute("UPDATE assignments SET due_date = '20.11.2026' WHERE id = ?",
                        (f.assignment_id,))
    view = make_view(ws, f.engagement_id, qtbot)
    assert view.proxy.rowCount() == 1
    assert cell(view, 0, AssignmentsModel.DUE, Qt.ItemDataRole.ToolTipRole) is None
