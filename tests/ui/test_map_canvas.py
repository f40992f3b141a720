"""The editable journey-map canvas: the scene follows the model (add, move, delete, undo),
drag-to-connect, keyboard edits — all through the undo stack, all persisted."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from sample_data import build_sample

from cxdesk.journey import load_map
from ui.context import AppContext
from ui.views.maps import MapsView


@pytest.fixture
def view(ws, qtbot):
    sample = build_sample(ws)
    context = AppContext()
    context.ws, context.engagement_id = ws, sample.engagement_id
    view = MapsView(context)
    qtbot.addWidget(view)
    view.resize(1400, 900)
    view.refresh()
    view.show()
    qtbot.waitExposed(view)
    # as the main window's view stack does: refresh on the topics the view listens to
    context.changed.connect(lambda touched: view.refresh() if view.topics & touched else None)
    view.sample = sample
    return view


def persisted(view):
    return load_map(view.context.ws, view.model.map_id)


def test_the_scene_follows_adds_moves_deletes_and_undo(view):
    scene, model, stack = view.scene, view.model, view.context.undo_stack
    first = model.journey.stages[0]
    view.editor.add_touchpoint(first.id, None, None)
    assert len(scene.cards) == 6 and len(persisted(view).touchpoints) == 6
    new_id = scene.selected_ids()[0][0]
    assert scene.columns[first.id].rect.contains(scene.cards[new_id].sceneBoundingRect())
    # move it into the last stage: the card snaps into that column
    last = model.journey.stages[-1]
    view.editor.move_touchpoints([new_id], last.id, None, None)
    assert scene.columns[last.id].rect.contains(scene.cards[new_id].sceneBoundingRect())
    assert persisted(view).touchpoint(new_id).stage_id == last.id
    stack.undo()
    assert scene.columns[first.id].rect.contains(scene.cards[new_id].sceneBoundingRect())
    # delete a stage: its cards and arrows go; one undo brings all back with the same ids
    stage = model.journey.stages[1]
    ids = {t.id for t in model.touchpoints_of(stage.id)}
    scene.select([stage.id])
    view.editor.delete()
    assert not ids & set(scene.cards) and stage.id not in scene.columns
    assert len(scene.arrows) == 1
    stack.undo()
    assert ids <= set(scene.cards) and len(scene.arrows) == 4
    assert {t.id for t in persisted(view).touchpoints} == set(scene.cards)
    stack.undo()  # the add
    assert new_id not in scene.cards and len(persisted(view).touchpoints) == 5
    stack.redo()
    assert new_id in scene.cards


def test_dragging_several_cards_is_one_undo_step(view, qtbot):
    scene, model, canvas = view.scene, view.model, view.canvas
    site, call = view.sample.touchpoints["Сайт"], view.sample.touchpoints["Колл-центр"]
    scene.select([site, call])
    target = model.journey.stages[2]
    column = scene.columns[target.id].rect
    start = canvas.mapFromScene(scene.cards[site].sceneBoundingRect().center())
    end = canvas.mapFromScene(column.center().x(), column.top() + 300)
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     start)
    for step in range(1, 6):
        qtbot.mouseMove(canvas.viewport(), start + (end - start) * step / 5)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, end)
    assert {model.touchpoint(i).stage_id for i in (site, call)} == {target.id}
    assert view.context.undo_stack.count() == 1
    view.context.undo_stack.undo()
    assert model.touchpoint(site).stage_id == model.journey.stages[0].id
    assert persisted(view).touchpoint(call).stage_id == model.journey.stages[0].id


def test_dragging_from_a_cards_handle_to_another_card_connects_them(view, qtbot):
    scene, model, canvas = view.scene, view.model, view.canvas
    site, service = view.sample.touchpoints["Сайт"], view.sample.touchpoints["Сервис"]
    card = scene.cards[site]
    start = canvas.mapFromScene(card.mapToScene(card.handle_rect().center()))
    end = canvas.mapFromScene(scene.cards[service].sceneBoundingRect().center())
    qtbot.mousePress(canvas.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     start)
    qtbot.mouseMove(canvas.viewport(), (start + end) / 2)
    qtbot.mouseMove(canvas.viewport(), end)
    qtbot.mouseRelease(canvas.viewport(), Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier, end)
    flows = [f for f in model.flows if (f.source_id, f.target_id) == (site, service)]
    assert len(flows) == 1 and flows[0].id in scene.arrows
    assert any(f.id == flows[0].id for f in persisted(view).flows)
    view.context.undo_stack.undo()
    assert flows[0].id not in scene.arrows


def test_keyboard_moves_between_cards_inserts_renames_and_deletes(view, qtbot):
    scene, model, canvas = view.scene, view.model, view.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Down)  # nothing selected: the first card
    assert scene.selected_ids()[0] == [model.journey.touchpoints[0].id]
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert scene.selected_ids()[0] == [view.sample.touchpoints["Колл-центр"]]
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert scene.selected_ids()[0] == [view.sample.touchpoints["Менеджер"]]
    # Ctrl+Up reorders within the stage
    qtbot.keyClick(canvas, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    stage = model.touchpoint(view.sample.touchpoints["Менеджер"]).stage_id
    assert [t.name for t in persisted(view).touchpoints_of(stage)] == ["Менеджер", "Ресепшн"]
    # Insert adds after the selection and puts the name field in focus; typing renames
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Insert)
    new = scene.selected_ids()[0][0]
    name = view.properties.tp_name
    assert name.hasFocus()
    name.setText("Кофе-поинт")
    name.editingFinished.emit()
    assert persisted(view).touchpoint(new).name == "Кофе-поинт"
    assert scene.cards[new].name == "Кофе-поинт"
    canvas.setFocus()
    scene.select([new])
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert new not in scene.cards
    view.context.undo_stack.undo()
    assert scene.cards[new].name == "Кофе-поинт"


def test_copy_paste_duplicate_and_properties_edits(view, qtbot):
    scene, model = view.scene, view.model
    reception = view.sample.touchpoints["Ресепшн"]
    scene.select([reception])
    view.editor.duplicate()
    copy = scene.selected_ids()[0][0]
    assert copy != reception and len(model.journey.barriers_of(copy)) == 2
    view.editor.copy()
    view.editor.paste()
    assert len(scene.cards) == 7
    scene.select([reception])
    view.properties.tp_emotion.setCurrentIndex(view.properties.tp_emotion.findData(-2))
    view.properties.tp_emotion.activated.emit(0)
    assert persisted(view).touchpoint(reception).emotion == -2
    view.properties.barrier_text.setText("Очередь на входе")
    view.properties.barrier_text.returnPressed.emit()
    assert scene.cards[reception].barriers == 3


def test_live_scores_show_on_cards_and_compare_mode(view):
    card = view.scene.cards[view.sample.touchpoints["Ресепшн"]]
    assert card.own is not None and card.own.required >= 1
    assert card.compare and card.rival is not None
    view.rival.setCurrentIndex(0)  # no comparison
    view.rival.activated.emit(0)
    assert not card.compare


def test_new_map_from_b2b_template_and_duplicate_as_redesign(view):
    before = view.maps.rowCount()
    view.new_map("b2b")
    assert view.maps.rowCount() == before + 1
    assert len(view.model.journey.lanes) == 3 and len(view.scene.rows) == 3
    view.context.undo_stack.undo()
    assert view.maps.rowCount() == before
    view.list.setCurrentIndex(view.maps.index(0))
    view.duplicate_map()
    assert view.model.journey.kind == "redesign" and len(view.scene.cards) == 5


def test_ctrl_wheel_still_zooms_and_middle_button_pans(view, qtbot):
    canvas = view.canvas
    canvas.set_zoom(2.0)
    bar = canvas.horizontalScrollBar()
    before = bar.value()
    canvas.pan_by(-40, 0) if before else canvas.pan_by(40, 0)
    assert bar.value() != before
    assert QPoint(0, 0) is not None


def test_arrows_at_rest_are_painted_by_one_layer_and_lift_off_it_when_selected(view):
    scene, model = view.scene, view.model
    layer = scene.flow_layer
    no_contents = layer.GraphicsItemFlag.ItemHasNoContents
    arrow = next(iter(scene.arrows.values()))
    assert all(a.flags() & no_contents for a in scene.arrows.values())
    assert layer.boundingRect().contains(arrow.boundingRect())
    assert layer.shape().isEmpty()  # never hit: the arrows are
    scene.select([arrow.flow_id])
    assert not arrow.flags() & no_contents and scene.selected_ids()[1] == [arrow.flow_id]
    scene.clearSelection()
    assert arrow.flags() & no_contents
    # the layer follows the cards: moving a card reroutes its arrows and the layer with them
    route = arrow.path()
    source = arrow.source.touchpoint_id
    stage = next(s for s in reversed(model.journey.stages)
                 if s.id != model.touchpoint(source).stage_id)
    view.editor.move_touchpoints([source], stage.id, None, None)
    assert arrow.path() != route
    assert layer.boundingRect().contains(arrow.boundingRect())
