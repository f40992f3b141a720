"""The Feedback screen: entering a response by hand, turning a detractor into a follow-up and
recording the contact, importing a file, tags — each one undo step."""

from __future__ import annotations

import pytest
from feedback_screen import engagement_fixture, screen_fixture  # noqa: F401 - fixtures
from PySide6.QtCore import Qt

from cxdesk import feedback_ops
from ui import messages
from ui.views.feedback import ResponsesModel


def test_entering_a_response_by_hand_updates_the_nps_and_undoes(setup, view) -> None:
    ws, built = setup
    before = view.model.rowCount()
    n_before = view.summary.nps.n
    dialog = view.response_dialog()
    dialog.score.setValue(2)
    dialog.ces.setValue(2)
    dialog.comment.setPlainText("Nobody answered the phone")
    dialog.touchpoint.setCurrentIndex(dialog.touchpoint.findData(built.touchpoint_ids[1]))
    dialog.subject.setCurrentIndex(dialog.subject.findData(built.own_id))
    assert view.add_response(dialog.values())
    assert view.model.rowCount() == before + 1
    chosen = view.selected()
    assert (chosen.score, chosen.comment, chosen.touchpoint) == (
        2, "Nobody answered the phone", "Reception")
    assert view.summary.nps.n == n_before + 1
    assert f"n = {n_before + 1}" in view.nps_caption.text()
    view.context.undo_stack.undo()
    assert view.model.rowCount() == before
    view.context.undo_stack.redo()
    assert view.model.rowCount() == before + 1
    assert ws.scalar("SELECT count(*) FROM feedback WHERE id = ?", (chosen.id,)) == 1


def test_a_detractor_becomes_a_follow_up_and_its_contact_is_recorded(setup, view) -> None:
    ws, built = setup
    ident = feedback_ops.add_response(ws, built.engagement_id, score=1, comment="Rude",
                                      responded_on="2026-11-10")
    view.refresh()
    assert view.select_response(ident)
    assert view.follow_up_button.isEnabled() and view.delete_button.isEnabled()
    dialog = view.follow_up_dialog()
    dialog.contact.setCurrentIndex(dialog.contact.findData("email"))
    dialog.hours.setValue(24)
    assert view.create_follow_up(ident, dialog.values())
    rows = view.follow_ups_tab.rows
    assert [(r.feedback_id, r.contact_preference, r.status) for r in rows] == [
        (ident, "email", "open")]
    assert view.select_response(ident) and not view.follow_up_button.isEnabled()
    row = next(i for i, r in enumerate(view.model.responses) if r.id == ident)
    cell = view.model.index(row, ResponsesModel.FOLLOW_UP)
    assert cell.data(Qt.ItemDataRole.DisplayRole) == "To contact"
    # record the call back: the time to first contact shows
    assert view.follow_ups_tab.change(rows[0].id, {
        "status": "contacted", "first_contact_at": "2026-11-11T12:00:00Z",
        "outcome": "Apologised"})
    row = view.follow_ups_tab.rows[0]
    assert row.hours_to_first_contact == pytest.approx(36.0)
    assert "36 h" in view.follow_ups_tab.table.model_.index(0, 5).data()
    assert "median time to first contact 36 h" in view.follow_ups_tab.stats.text()
    view.context.undo_stack.undo()
    view.context.undo_stack.undo()
    assert view.follow_ups_tab.rows == []
    assert view.select_response(ident) and view.follow_up_button.isEnabled()


def test_a_promoter_offers_no_follow_up(setup, view) -> None:
    ws, built = setup
    ident = feedback_ops.add_response(ws, built.engagement_id, score=10)
    view.refresh()
    view.select_response(ident)
    assert not view.follow_up_button.isEnabled()


def test_importing_a_file_from_the_screen_is_one_undo_step(setup, view, tmp_path,
                                                            qtbot) -> None:
    ws, built = setup
    path = tmp_path / "sms.csv"
    path.write_text("score;comment\n10;Супер\n4;Долго\n", encoding="utf-8")
    before = view.model.rowCount()
    job = view.run_import(path, "random", 20)
    assert job is not None and not view.import_button.isEnabled()  # one import at a time
    qtbot.waitUntil(lambda: job.over)
    assert job.result.added == 2 and view.import_button.isEnabled()
    assert view.model.rowCount() == before + 2
    assert messages.shown[-1] == ("info", "Added 2, skipped 0 already imported.")
    assert [s.response_rate for s in view.summary.samples if s.name == "sms.csv"] == [0.1]
    view.context.undo_stack.undo()
    assert view.model.rowCount() == before
    assert not [s for s in view.summary.samples if s.name == "sms.csv"]
    view.context.undo_stack.redo()
    assert view.model.rowCount() == before + 2
    bad = tmp_path / "bad.csv"
    bad.write_text("score\n12\n", encoding="utf-8")
    undo_steps = view.context.undo_stack.count()
    job = view.run_import(bad)
    qtbot.waitUntil(lambda: job.over)
    assert job.result is None and "row 2, column score" in job.error
    assert messages.shown[-1][0] == "error" and "row 2, column score" in messages.shown[-1][1]
    assert view.context.undo_stack.count() == undo_steps
    assert view.model.rowCount() == before + 2


def test_tags_and_rules_fill_the_liked_and_disliked_tables(setup, view) -> None:
    ws, built = setup
    feedback_ops.add_response(ws, built.engagement_id, score=3, comment="Slow and rude",
                              subject_id=built.own_id)
    view.refresh()
    tab = view.tags_tab
    assert tab.add({"name": "Speed", "polarity": "disliked", "keywords": "slow"})
    assert tab.apply_rules()
    rows = tab.tables["disliked"].model_.rows
    assert [(t.name, t.count) for t in rows] == [("Speed", 1)]
    view.context.undo_stack.undo()
    assert [(t.name, t.count) for t in tab.tables["disliked"].model_.rows] == [("Speed", 0)]
    view.breakdown_tab.by.setCurrentIndex(view.breakdown_tab.by.findData("subject"))
    assert {f.label for f in view.breakdown_tab.figures} == {"North Motors", ""}


def test_a_response_is_tagged_by_hand_and_a_sample_described(setup, view, tmp_path) -> None:
    ws, built = setup
    ident = feedback_ops.add_response(ws, built.engagement_id, score=9, comment="Nice coffee")
    view.refresh()
    assert view.tags_tab.add({"name": "Comfort", "polarity": "liked", "keywords": ""})
    tag = view.tags_tab.tables["liked"].model_.rows[0]
    view.select_response(ident)
    view._fill_tag_menu()
    (action,) = [a for a in view.tag_menu.actions() if a.text() == "Comfort"]
    action.setChecked(True)  # the menu's toggle tags the response
    assert next(r for r in view.model.responses if r.id == ident).tags == ("Comfort",)
    assert view.tags_tab.tables["liked"].model_.rows[0].manual == 1
    assert view.set_tag(ident, tag.id, False)
    assert next(r for r in view.model.responses if r.id == ident).tags == ()
    view.context.undo_stack.undo()
    assert next(r for r in view.model.responses if r.id == ident).tags == ("Comfort",)
    assert view.samples_tab.add({"name": "Call-backs", "sampling": "census", "invited": 50})
    assert [(s.name, s.sampling, s.invited) for s in view.summary.samples
            if s.name == "Call-backs"] == [("Call-backs", "census", 50)]
    from ui.dialogs.feedback_forms import ImportFeedbackDialog

    dialog = ImportFeedbackDialog(view)
    dialog.path.setText(str(tmp_path / "x.csv"))
    dialog.sampling.setCurrentIndex(dialog.sampling.findData("self_selected"))
    assert dialog.values() == {"path": tmp_path / "x.csv", "sampling": "self_selected",
                               "invited": None}


def test_the_follow_up_form_keeps_the_first_contact_time_in_utc(view) -> None:
    from cxdesk.follow_ups import FollowUpRow
    from ui.dialogs.feedback_forms import FollowUpDialog

    row = FollowUpRow("u", "f", 2, "", "2026-11-10", "email", "2026-11-10T00:00:00Z",
                      "2026-11-12T00:00:00Z", "2026-11-11T06:30:00Z", "Called", "contacted")
    dialog = FollowUpDialog(view, existing=row)
    assert dialog.values() == {"contact_preference": "email", "status": "contacted",
                               "first_contact_at": "2026-11-11T06:30:00Z",
                               "outcome": "Called"}
    fresh = FollowUpDialog(view, existing=FollowUpRow(
        "u", "f", 2, "", None, "phone", "2026-11-10T00:00:00Z", None, None, "", "open"))
    assert fresh.values()["first_contact_at"] is None
    fresh.status.setCurrentIndex(fresh.status.findData("contacted"))
    assert fresh.values()["first_contact_at"].endswith("Z")


def test_the_import_dialog_asks_for_a_file_before_ok(view, tmp_path) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from ui.dialogs.feedback_forms import ImportFeedbackDialog

    dialog = ImportFeedbackDialog(view)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no file chosen: nothing to import
    dialog.path.setText(str(tmp_path / "survey.csv"))
    assert ok.isEnabled()
    dialog.path.setText("   ")
    assert not ok.isEnabled()


def test_the_responses_sort_by_any_column_and_the_selection_follows(view) -> None:
    table, model = view.table, view.model
    assert model.rowCount() > 2
    dates = [model.responses[i].responded_on or "" for i in range(model.rowCount())]
    assert dates == sorted(dates, reverse=True)  # newest first by default
    table.selectRow(1)
    chosen = view.selected()
    table.sortByColumn(ResponsesModel.SCORE, Qt.SortOrder.AscendingOrder)
    shown = [table.model().index(r, ResponsesModel.SCORE).data() for r in range(model.rowCount())]
    assert [int(s) for s in shown] == sorted(int(s) for s in shown)
    assert view.selected().id == chosen.id
    table.sortByColumn(ResponsesModel.SCORE, Qt.SortOrder.DescendingOrder)
    shown = [int(table.model().index(r, ResponsesModel.SCORE).data())
             for r in range(model.rowCount())]
    assert shown == sorted(shown, reverse=True) and view.selected().id == chosen.id
    view.refresh()  # a refresh keeps the order chosen
    shown = [int(table.model().index(r, ResponsesModel.SCORE).data())
             for r in range(model.rowCount())]
    assert shown == sorted(shown, reverse=True)
