"""Editing an engagement's setting through the GUI's undoable commands (Setup screen)."""

from __future__ import annotations

from engagement_factory import snapshot

from cxdesk import engagements
from cxdesk.workspace import Workspace
from ui import messages

CASCADE = ["subjects", "checks", "answers", "assignments", "evidence_links"]


def setup_view(window):
    return window.show_view("engagement")


def test_removing_a_subject_with_checks_is_undone_exactly_across_a_reopen(
        window, built_path, workspace_path):
    ws = window.context.ws
    own = built_path.own_id
    before = snapshot(ws, CASCADE)
    references = ws.rows("SELECT id, subject_id FROM locations UNION ALL "
                         "SELECT id, subject_id FROM findings ORDER BY 1")
    view = setup_view(window)
    assert view.remove("subject", own)
    stack = window.context.undo_stack
    assert stack.count() == 1
    assert ws.scalar("SELECT count(*) FROM checks WHERE subject_id = ?", (own,)) == 0
    assert ws.scalar("SELECT count(*) FROM assignments WHERE subject_id = ?", (own,)) == 0

    stack.undo()
    window.close_workspace()
    reopened = Workspace.open(workspace_path)
    window.set_workspace(reopened, built_path.engagement_id)
    assert snapshot(reopened, CASCADE) == before
    assert reopened.rows("SELECT id, subject_id FROM locations UNION ALL "
                         "SELECT id, subject_id FROM findings ORDER BY 1") == references
    assert reopened.scalar("SELECT count(*) FROM checks WHERE subject_id = ?", (own,)) == 2


def test_redo_removes_the_same_rows_again(window, built_path):
    ws = window.context.ws
    own = built_path.own_id
    check_ids = set(built_path.check_ids[own])
    view = setup_view(window)
    view.remove("subject", own)
    stack = window.context.undo_stack
    stack.undo()
    assert {r[0] for r in ws.rows("SELECT id FROM checks WHERE subject_id = ?", (own,))} \
        == check_ids
    stack.redo()
    assert ws.scalar("SELECT count(*) FROM subjects WHERE id = ?", (own,)) == 0
    assert ws.scalar("SELECT count(*) FROM checks WHERE subject_id = ?", (own,)) == 0
    stack.undo()
    assert ws.scalar("SELECT count(*) FROM checks WHERE subject_id = ?", (own,)) == 2


def test_renaming_the_engagement_is_undoable_and_retitles_the_window(window, built_path):
    ws, eid = window.context.ws, built_path.engagement_id
    old = engagements.get_engagement(ws, eid).name
    assert window.set_engagement_name("Audit 2027")
    assert engagements.get_engagement(ws, eid).name == "Audit 2027"
    assert window.windowTitle() == "CX Desk — Audit 2027"
    assert window.menus.engagement_combo.currentText() == "Audit 2027"
    window.context.undo_stack.undo()
    assert engagements.get_engagement(ws, eid).name == old
    assert window.windowTitle() == f"CX Desk — {old}"
    window.context.undo_stack.redo()
    assert engagements.get_engagement(ws, eid).name == "Audit 2027"


def test_editing_engagement_fields_in_the_form(window, built_path, qtbot):
    ws, eid = window.context.ws, built_path.engagement_id
    view = setup_view(window)
    view.client_edit.setText("  South Motors ")
    view.client_edit.editingFinished.emit()
    assert engagements.get_engagement(ws, eid).client == "South Motors"
    assert view.set_field("period_end", "2027-01-31")
    assert engagements.get_engagement(ws, eid).period_end == "2027-01-31"
    stack = window.context.undo_stack
    stack.undo()
    stack.undo()
    engagement = engagements.get_engagement(ws, eid)
    assert (engagement.client, engagement.period_end) == ("North Motors", "2026-12-31")
    assert view.client_edit.text() == "North Motors"


def test_an_empty_engagement_name_is_refused_and_nothing_is_pushed(window):
    view = setup_view(window)
    assert not view.set_field("name", "")
    assert window.context.undo_stack.count() == 0
    assert messages.shown and messages.shown[-1][0] == "error"
    assert view.name_edit.text() == "Audit «North Motors», Q4 2026"


def test_add_edit_remove_a_location_with_undo(window, built_path):
    ws = window.context.ws
    view = setup_view(window)
    stack = window.context.undo_stack
    assert view.add("location", {"name": "Call centre", "kind": "phone",
                                 "subject_id": built_path.competitor_ids[0]})
    added = [loc for loc in engagements.list_locations(ws, built_path.engagement_id)
             if loc.name == "Call centre"][0]
    assert [r.name for r in view.locations.model.rows].count("Call centre") == 1
    assert view.update("location", added.id, {"latitude": 59.93, "address": "Nevsky 1"})
    assert engagements.get_location(ws, added.id).latitude == 59.93
    stack.undo()
    assert engagements.get_location(ws, added.id).latitude is None
    stack.undo()  # the add
    assert all(loc.id != added.id for loc in engagements.list_locations(ws, built_path.engagement_id))
    stack.redo()  # the same location (same id) comes back
    assert engagements.get_location(ws, added.id).name == "Call centre"
    assert view.remove("location", added.id)
    assert all(r.id != added.id for r in view.locations.model.rows)
    stack.undo()
    assert engagements.get_location(ws, added.id).kind == "phone"


def test_an_invalid_latitude_is_refused(window, built_path):
    view = setup_view(window)
    assert not view.update("location", built_path.location_id, {"latitude": 123.0})
    assert window.context.undo_stack.count() == 0
    assert messages.shown[-1][0] == "error"


def test_add_edit_remove_a_segment_with_undo(window, built_path):
    ws, eid = window.context.ws, built_path.engagement_id
    view = setup_view(window)
    stack = window.context.undo_stack
    assert view.add("segment", {"name": "Fleet buyers", "description": "B2B"})
    segment = [s for s in engagements.list_segments(ws, eid) if s.name == "Fleet buyers"][0]
    assert view.update("segment", segment.id, {"name": "Corporate fleets"})
    assert [r.name for r in view.segments.model.rows] == ["Corporate fleets", "Private buyers"]
    assert view.remove("segment", built_path.segment_id)
    assert [s.name for s in engagements.list_segments(ws, eid)] == ["Corporate fleets"]
    stack.undo()
    stack.undo()
    assert sorted(s.name for s in engagements.list_segments(ws, eid)) == [
        "Fleet buyers", "Private buyers"]
    stack.undo()
    assert [s.name for s in engagements.list_segments(ws, eid)] == ["Private buyers"]


def test_a_second_own_company_is_refused_and_nothing_is_pushed(window, built_path, qtbot):
    ws, eid = window.context.ws, built_path.engagement_id
    view = setup_view(window)
    assert not view.add("subject", {"name": "Another own", "own": True})
    assert not view.update("subject", built_path.competitor_ids[0], {"own": True})
    assert window.context.undo_stack.count() == 0
    assert [kind for kind, _ in messages.shown] == ["error", "error"]
    assert "own company" in messages.shown[0][1]
    assert [s.own for s in engagements.list_subjects(ws, eid)] == [True, False, False]


def test_in_place_edits_become_commands(window, built_path, qtbot):
    from PySide6.QtCore import Qt

    ws = window.context.ws
    view = setup_view(window)
    model = view.subjects.model
    row = [r.id for r in model.rows].index(built_path.competitor_ids[1])
    model.setData(model.index(row, 0), "Competitor C")
    qtbot.waitUntil(lambda: window.context.undo_stack.count() == 1)
    assert engagements.get_subject(ws, built_path.competitor_ids[1]).name == "Competitor C"
    # ticking "own company" on a competitor while there is one: refused, nothing pushed
    row = [r.id for r in model.rows].index(built_path.competitor_ids[0])
    model.setData(model.index(row, 1), Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: bool(messages.shown))
    assert window.context.undo_stack.count() == 1
    locations = view.locations.model
    kind_column = [c.field for c in locations.columns].index("kind")
    locations.setData(locations.index(0, kind_column), "shop")
    qtbot.waitUntil(lambda: window.context.undo_stack.count() == 2)
    assert engagements.get_location(ws, built_path.location_id).kind == "shop"


def test_removing_a_subject_with_checks_asks_first(window, built_path):
    view = setup_view(window)
    view.subjects.select_id(built_path.own_id)
    messages.confirm_answer = False
    view._remove_selected("subject")
    assert window.context.undo_stack.count() == 0
    assert "2 checks" in messages.shown[-1][1]
    messages.confirm_answer = True
    view._remove_selected("subject")
    assert window.context.undo_stack.count() == 1


def test_edit_dialog_shows_the_subject_and_saves_the_change_undoably(window, built_path,
                                                                     monkeypatch):
    from ui.dialogs.forms import SubjectDialog

    ws, own = window.context.ws, built_path.own_id
    old = ws.scalar("SELECT name FROM subjects WHERE id = ?", (own,))
    seen: list[str] = []

    def accept(dialog):
        seen.append(dialog.name.text())  # the dialog opened filled with the subject
        dialog.name.setText("Renamed Motors")
        return True

    monkeypatch.setattr(SubjectDialog, "exec", accept)
    view = setup_view(window)
    view.subjects.select_id(own)
    view._edit_dialog("subject")
    assert seen == [old]
    assert ws.scalar("SELECT name FROM subjects WHERE id = ?", (own,)) == "Renamed Motors"
    window.context.undo_stack.undo()
    assert ws.scalar("SELECT name FROM subjects WHERE id = ?", (own,)) == old
