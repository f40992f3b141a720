"""Findings made of failed criteria in one click (on the Findings screen and in the check
runner), made and deleted by hand with undo; the comparison view calling out advantages and
disadvantages; the toolbar's search box finding things and opening them."""

from __future__ import annotations

import pytest
from fieldwork_factory import build_field
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from cxdesk import fieldwork
from cxdesk.findings import list_findings
from cxdesk.workspace import Workspace
from ui.context import AppContext
from ui.views.comparison import ComparisonView
from ui.views.findings import FindingsView
from ui.views.kit import BAD, GOOD, tone_fill


@pytest.fixture
def setup(workspace_path):
    ws = Workspace.open(workspace_path)
    field = build_field(ws)
    check = fieldwork.create_check(ws, field.engagement_id, subject_id=field.competitor_id,
                                   template_id=field.template_id, method="visit",
                                   location_id=field.location_id, auditor="Ivan",
                                   started_at="2026-11-20T14:30:00")
    fieldwork.answer(ws, check, field.criteria["greeting"], value=0,
                     comment="Talked on the phone")
    fieldwork.answer(ws, check, field.criteria["drink"], value=1)
    yield ws, field, check
    if ws.conn is not None:
        ws.close()


def make_context(ws, engagement_id) -> AppContext:
    context = AppContext()
    context.ws = ws
    context.engagement_id = engagement_id
    return context


def follow(view):
    """Refresh the view on the broadcasts it listens to, as the main window's stack does."""
    view.context.changed.connect(lambda touched: view.topics & touched and view.refresh())
    return view


@pytest.fixture
def findings_view(setup, qtbot):
    ws, field, _check = setup
    view = follow(FindingsView(make_context(ws, field.engagement_id)))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.refresh()
    return view


def test_a_failed_criterion_becomes_a_finding_in_one_click(setup, findings_view, qtbot):
    ws, field, _check = setup
    panel = findings_view.failed_panel
    assert panel.heading.text() == "Failed criterion (1)"
    assert "Greeted within 30 seconds" in panel.list.topLevelItem(0).text(0)
    qtbot.mouseClick(panel.buttons[0], Qt.MouseButton.LeftButton)
    (finding,) = list_findings(ws, field.engagement_id)
    assert (finding.kind, finding.title, finding.description, finding.touchpoint,
            finding.subject) == ("failure", "Greeted within 30 seconds",
                                 "Talked on the phone", "Reception", "Competitor B")
    assert findings_view.selected().id == finding.id
    assert panel.failed == [] and panel.isHidden()
    findings_view.context.undo_stack.undo()
    assert list_findings(ws, field.engagement_id) == []
    assert panel.heading.text() == "Failed criterion (1)"
    findings_view.context.undo_stack.redo()
    assert [f.id for f in list_findings(ws, field.engagement_id)] == [finding.id]


def test_a_finding_made_edited_and_deleted_by_hand_is_undone(setup, findings_view):
    ws, field, _check = setup
    context = findings_view.context
    dialog = findings_view._dialog(None)
    assert not dialog.ok.isEnabled()
    dialog.title_edit.setText("Coffee while you wait")
    dialog.kind.setCurrentIndex(dialog.kind.findData("best_practice_wow"))
    dialog.subject.setCurrentIndex(dialog.subject.findData(field.competitor_id))
    assert findings_view.create(dialog.values())
    (finding,) = list_findings(ws, field.engagement_id)
    assert (finding.kind, finding.subject) == ("best_practice_wow", "Competitor B")
    assert findings_view.select_finding(finding.id)
    assert findings_view.edit_button.isEnabled()
    edit = findings_view._dialog(findings_view.selected())
    assert edit.title_edit.text() == "Coffee while you wait"
    edit.root_cause.setPlainText("A barista at the desk")
    assert findings_view.change(finding.id, edit.values())
    assert list_findings(ws, field.engagement_id)[0].root_cause == "A barista at the desk"
    findings_view.select_finding(finding.id)
    findings_view.delete_finding()
    assert list_findings(ws, field.engagement_id) == []
    context.undo_stack.undo()
    context.undo_stack.undo()
    (back,) = list_findings(ws, field.engagement_id)
    assert (back.id, back.root_cause) == (finding.id, "")


def test_the_check_runner_offers_its_failed_answer_as_a_finding(setup, qtbot):
    from ui.views.checks import ChecksView

    ws, field, check = setup
    view = ChecksView(make_context(ws, field.engagement_id))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.refresh()
    view.show()
    view.run_check(check, field.criteria["drink"])
    runner = view.runner
    assert runner.make_finding.isHidden()  # a passed answer
    runner.open_check(check, field.criteria["greeting"])
    assert not runner.make_finding.isHidden()
    qtbot.mouseClick(runner.make_finding, Qt.MouseButton.LeftButton)
    (finding,) = list_findings(ws, field.engagement_id)
    assert finding.title == "Greeted within 30 seconds"
    assert runner.make_finding.isHidden()  # made already


def test_the_comparison_view_calls_out_advantages_and_disadvantages(setup, qtbot):
    ws, field, check = setup
    own_check = fieldwork.create_check(ws, field.engagement_id, subject_id=field.own_id,
                                       template_id=field.template_id, method="visit")
    fieldwork.answer(ws, own_check, field.criteria["greeting"], value=1)  # we greet, they don't
    fieldwork.answer(ws, own_check, field.criteria["drink"], value=0)  # they offer a drink
    fieldwork.answer(ws, own_check, field.criteria["politeness"], value=8)
    fieldwork.answer(ws, check, field.criteria["politeness"], value=7)
    view = follow(ComparisonView(make_context(ws, field.engagement_id)))
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.refresh()
    rows = {view.table.topLevelItem(i).text(0).strip(): view.table.topLevelItem(i)
            for i in range(view.table.topLevelItemCount())}
    assert list(rows) == ["Purchase", "Reception"]
    # own reception: (1 + 0 + 0.8) / 3 = 60; competitor: (0 + 1 + 0.7) / 3 ≈ 56.7
    assert rows["Reception"].text(1) == "60 (n=1)"
    assert rows["Reception"].text(3) == "+3"
    assert rows["Reception"].background(3).color() != tone_fill(GOOD, view.palette(), 0.22)
    view.threshold.setValue(2)  # now +3 is an advantage, stored as a setting, undoable
    rows = {view.table.topLevelItem(i).text(0).strip(): view.table.topLevelItem(i)
            for i in range(view.table.topLevelItemCount())}
    assert rows["Reception"].background(3).color() == tone_fill(GOOD, view.palette(), 0.22)
    against = view.calls.topLevelItem(0)
    assert against.text(0) == "Against Competitor B"
    assert against.child(0).text(0) == "Our advantages (2)"
    assert against.child(1).text(0) == "Our disadvantages (0)"
    view.context.undo_stack.undo()
    assert view.threshold.value() == 10
    assert view.calls.topLevelItem(0).child(0).text(0) == "Our advantages (0)"
    assert isinstance(tone_fill(BAD, view.palette(), 0.22), QColor)


def test_searching_in_the_toolbar_opens_what_is_found(make_window, workspace_path, qtbot):
    ws = Workspace.open(workspace_path)
    field = build_field(ws)
    check = fieldwork.create_check(ws, field.engagement_id, subject_id=field.competitor_id,
                                   template_id=field.template_id, method="visit")
    fieldwork.answer(ws, check, field.criteria["greeting"], value=0,
                     comment="Receptionist chatting on the phone")
    from cxdesk import finding_ops

    fid = finding_ops.create_finding(ws, field.engagement_id, kind="failure",
                                     title="Нет парковки у шоурума")
    window = make_window(ws, engagement_id=field.engagement_id)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    box = window.menus.search
    qtbot.keyClick(window.stack, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(box.hasFocus, timeout=2000)  # Ctrl+F
    box.insert("парков")  # (QTest types Latin-1 only)
    box.run()
    assert [h.kind for h in box.hits] == ["finding"]
    assert box.popup.isVisible() and "парковки" in box.popup.item(0).text()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.stack.current_name() == "findings"
    assert window.stack.view("findings").selected().id == fid
    box.clear()
    qtbot.keyClicks(box, "chatting")
    box.run()
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert window.stack.current_name() == "checks"
    runner = window.stack.view("checks").runner
    assert runner.check.id == check and runner.row.criterion_id == field.criteria["greeting"]


def test_a_touchpoint_found_is_selected_on_its_map(make_window, workspace_path, qtbot):
    ws = Workspace.open(workspace_path)
    field = build_field(ws)
    window = make_window(ws, engagement_id=field.engagement_id)
    box = window.menus.search
    box.insert("sales")
    (hit,) = box.run()
    assert hit.kind == "touchpoint"
    box.popup.setCurrentRow(0)
    box._open_current()
    assert window.stack.current_name() == "map"
    scene = window.stack.view("map").scene
    assert scene.selected_ids()[0] == [hit.id]
