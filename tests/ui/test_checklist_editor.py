"""The checklist editor on the Checklists screen: criteria added, edited, moved and deleted
through undoable commands (and keys), versioning of a template checks use, and templates
imported from and exported to Excel in a worker thread."""

from __future__ import annotations

from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from cxdesk import checklists
from cxdesk.template_workbook import template_records
from ui import messages
from ui.dialogs.criterion import CriterionDialog
from ui.views.checklist_editing import ready_templates

TABLES = ["templates", "criteria", "criterion_choices", "maps", "stages", "touchpoints"]


@pytest.fixture
def view(window, qtbot):
    window.show()
    qtbot.waitExposed(window)
    return window.show_view("checklists")


def counts(ws) -> dict[str, int]:
    return {t: ws.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}


def texts(ws, template_id: str) -> list[str]:
    return [c.text for c in checklists.load_checklist(ws, template_id).criteria()]


def select(view, template_id: str, criterion_id: str | None = None) -> None:
    view.tree.setCurrentIndex(view._find(template_id, criterion_id))


def criterion_id(ws, template_id: str, text: str) -> str:
    return next(c.id for c in checklists.load_checklist(ws, template_id).criteria()
                if c.text == text)


@pytest.fixture
def fresh(view, built_path) -> str:
    """A new template (no checks use it) with criteria a, b, c in one section."""
    ws = view.context.ws
    assert view.editor.new_template({"name": "Calls", "language": "en", "map_id": None})
    template_id = next(t.id for t in checklists.list_templates(ws, built_path.engagement_id)
                       if t.name == "Calls")
    assert view.model.node(view.tree.currentIndex()).item.id == template_id
    for text in ("a", "b", "c"):
        assert view.editor.add({"text": text, "section": "Phone"})
    return template_id


def test_added_criteria_land_after_the_selection_and_undo_redo_keeps_their_ids(view, fresh):
    ws, stack = view.context.ws, view.context.undo_stack
    assert texts(ws, fresh) == ["a", "b", "c"]
    select(view, fresh, criterion_id(ws, fresh, "a"))
    assert view.editor.add({"text": "after a", "critical": True})
    added = view.model.node(view.tree.currentIndex()).item
    assert added.text == "after a" and added.section == "Phone" and added.critical
    assert texts(ws, fresh) == ["a", "after a", "b", "c"]
    stack.undo()
    assert texts(ws, fresh) == ["a", "b", "c"]
    stack.redo()
    assert texts(ws, fresh) == ["a", "after a", "b", "c"]
    assert criterion_id(ws, fresh, "after a") == added.id


def test_editing_every_kind_of_field_and_undo(view, fresh):
    ws, stack = view.context.ws, view.context.undo_stack
    select(view, fresh, criterion_id(ws, fresh, "b"))
    assert view.editor.edit({"text": "Waiting time", "answer_type": "number", "unit": "min",
                             "threshold": 3, "direction": "lower_is_better", "weight": 2,
                             "required_checks": 3, "photo": "required", "channel": "offline"})
    (crit,) = [c for c in checklists.load_checklist(ws, fresh).criteria()
               if c.text == "Waiting time"]
    assert (crit.unit, crit.threshold, crit.direction, crit.weight, crit.required_checks,
            crit.photo) == ("min", 3, "lower_is_better", 2, 3, "required")
    assert view.model.node(view.tree.currentIndex()).item.id == crit.id
    assert view.editor.edit({"answer_type": "choice",
                             "choices": [("fast", 1), ("slow", 0.5), ("never", 0)]})
    (crit,) = [c for c in checklists.load_checklist(ws, fresh).criteria()
               if c.text == "Waiting time"]
    assert [(c.label, c.points) for c in crit.choices] == [("fast", 1), ("slow", 0.5),
                                                          ("never", 0)]
    stack.undo()
    stack.undo()
    assert texts(ws, fresh) == ["a", "b", "c"]
    stack.redo()
    assert "Waiting time" in texts(ws, fresh)


def test_a_refused_edit_says_why_and_pushes_nothing(view, fresh):
    ws, stack = view.context.ws, view.context.undo_stack
    select(view, fresh, criterion_id(ws, fresh, "b"))
    before = stack.count()
    assert not view.editor.edit({"answer_type": "number"})  # no threshold
    assert stack.count() == before
    assert messages.shown[-1][0] == "error" and "threshold" in messages.shown[-1][1]


def test_keys_move_and_delete_the_selected_criterion(view, fresh, qtbot):
    ws, stack = view.context.ws, view.context.undo_stack
    select(view, fresh, criterion_id(ws, fresh, "c"))
    view.tree.setFocus()
    qtbot.keyClick(view.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert texts(ws, fresh) == ["a", "c", "b"]
    qtbot.keyClick(view.tree, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert texts(ws, fresh) == ["c", "a", "b"]
    assert not view.editor.move(-1)  # already first
    qtbot.keyClick(view.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert texts(ws, fresh) == ["a", "c", "b"]
    assert view.model.node(view.tree.currentIndex()).item.text == "c"
    qtbot.keyClick(view.tree, Qt.Key.Key_Delete)
    assert texts(ws, fresh) == ["a", "b"]
    stack.undo()
    assert texts(ws, fresh) == ["a", "c", "b"]
    stack.undo()
    stack.undo()
    stack.undo()
    assert texts(ws, fresh) == ["a", "b", "c"]
    for _ in range(4):
        stack.redo()
    assert texts(ws, fresh) == ["a", "b"]


def test_an_edit_to_a_template_checks_use_makes_a_new_version_and_says_so(view, built_path):
    ws, stack = view.context.ws, view.context.undo_stack
    (v1,) = checklists.list_templates(ws, built_path.engagement_id)
    first = criterion_id(ws, v1.id, "Criterion 0")
    select(view, v1.id, first)
    assert view.editor.edit({"text": "Greeted within 30 seconds"})
    current = view.model.node(view.tree.currentIndex()).item
    assert current.text == "Greeted within 30 seconds" and current.template_id != v1.id
    assert "version 1" in view.notice.text() and "version 2" in view.notice.text()
    assert view.notice.isVisible()
    assert checklists.get_template(ws, current.template_id).version == 2
    assert checklists.get_template(ws, v1.id).status == "superseded"
    assert texts(ws, v1.id)[0] == "Criterion 0"  # the checks' version is unchanged
    assert "v2" in view.header.subtitle.text() or "v2" in view.model.data(view.model.index(0, 0))
    # the next edit goes to version 2 without another version
    assert view.editor.add({"text": "Offered a drink"})
    assert len(checklists.list_templates(ws, built_path.engagement_id)) == 2
    stack.undo()
    stack.undo()
    assert [t.id for t in checklists.list_templates(ws, built_path.engagement_id)] == [v1.id]
    assert checklists.get_template(ws, v1.id).status == "current"
    stack.redo()
    stack.redo()
    assert texts(ws, current.template_id)[0] == "Greeted within 30 seconds"
    assert "Offered a drink" in texts(ws, current.template_id)


def test_a_superseded_version_cannot_be_edited(view, built_path):
    ws = view.context.ws
    (v1,) = checklists.list_templates(ws, built_path.engagement_id)
    select(view, v1.id, criterion_id(ws, v1.id, "Criterion 1"))
    assert view.editor.delete()
    select(view, v1.id, criterion_id(ws, v1.id, "Criterion 0"))
    view.editor.update_actions()
    assert not view.editor.actions["delete"].isEnabled()
    assert not view.editor.delete()


# -- import and export ---------------------------------------------------------------------------
def _run(view, qtbot, start) -> None:  # noqa: ANN001
    with qtbot.waitSignal(view.editor.files_done, timeout=20000):
        assert start()


def test_importing_a_ready_template_shows_it(view, qtbot, built_path):
    ws = view.context.ws
    kind, path = next(t for t in ready_templates("en") if t[0] == "appearance")
    _run(view, qtbot, lambda: view.editor.import_file(path))
    node = view.model.node(view.tree.currentIndex())
    assert node.kind == "template" and node.item.id != ""
    assert len(texts(ws, node.item.id)) > 5
    assert "Imported" in view.notice.text()
    view.context.undo_stack.undo()  # an import is taken back in one step
    assert all(t.id != node.item.id
               for t in checklists.list_templates(ws, built_path.engagement_id))


def test_a_bad_file_shows_every_problem_and_changes_nothing(view, qtbot, tmp_path):
    ws = view.context.ws
    _, good = next(t for t in ready_templates("en") if t[0] == "showroom")
    workbook = load_workbook(good)
    sheet = workbook["criteria"]
    heads = {c.value: c.column for c in sheet[1]}
    sheet.cell(2, heads["weight"], "heavy")
    sheet.cell(3, heads["answer"], "maybe")
    bad = tmp_path / "bad.xlsx"
    workbook.save(bad)
    before = counts(ws)
    _run(view, qtbot, lambda: view.editor.import_file(bad))
    assert counts(ws) == before
    dialog = view.editor.problems_dialog
    assert dialog is not None and dialog.table.rowCount() >= 2
    rows = [[dialog.table.item(r, c).text() for c in range(4)]
            for r in range(dialog.table.rowCount())]
    assert rows[0][:2] == ["criteria", "2"] and "weight" in rows[0][2]
    assert any(r[1] == "3" and "answer" in r[2] for r in rows)
    assert "not imported" in view.notice.text()


def test_export_writes_a_file_that_imports_back_equal(view, qtbot, tmp_path, built_path):
    ws = view.context.ws
    (v1,) = checklists.list_templates(ws, built_path.engagement_id)
    select(view, v1.id)
    target = tmp_path / "visit"
    _run(view, qtbot, lambda: view.editor.export_file(target))
    assert (tmp_path / "visit.xlsx").exists()
    _run(view, qtbot, lambda: view.editor.import_file(tmp_path / "visit.xlsx"))
    again = view.model.node(view.tree.currentIndex()).item.id
    assert again != v1.id
    assert template_records(ws, again).criteria == template_records(ws, v1.id).criteria


# -- the form ------------------------------------------------------------------------------------
def test_the_criterion_form_gives_every_field(qtbot, built_path, window):
    from cxdesk.journey import list_maps, load_map

    ws = window.context.ws
    journey = load_map(ws, list_maps(ws, built_path.engagement_id)[0].id)
    dialog = CriterionDialog(journey, place={"stage_id": journey.stages[1].id,
                                             "touchpoint_id": built_path.touchpoint_ids[1]})
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("Waiting time at the reception")
    dialog.should_be.setPlainText("under 3 minutes")
    dialog.answer.setCurrentIndex(dialog.answer.findData("number"))
    dialog.unit.setText("min")
    dialog.threshold.setText("3,5")
    dialog.critical.setChecked(True)
    values = dialog.values()
    assert values["touchpoint_id"] == built_path.touchpoint_ids[1]
    assert values["stage_id"] == journey.stages[1].id
    assert (values["answer_type"], values["unit"], values["threshold"]) == ("number", "min", 3.5)
    assert values["direction"] == "lower_is_better" and values["critical"] is True
    dialog.answer.setCurrentIndex(dialog.answer.findData("choice"))
    assert dialog.values()["choices"] == [("good", 1.0), ("bad", 0.0)]
    dialog.text.setPlainText("")
    dialog.accept()
    assert dialog.problem.isVisibleTo(dialog) and "text" in dialog.problem.text()


def test_ready_templates_follow_the_language():
    assert {kind for kind, _ in ready_templates("ru")} == {"showroom", "appearance",
                                                           "employees"}
    assert all(path.stem.endswith("_ru") for _, path in ready_templates("ru"))
    assert all(isinstance(path, Path) for _, path in ready_templates("en"))
