"""The map's editing: turns the scene's requests, the properties panel's edits and the
keyboard's actions into undo commands on the current model. Holds no data of its own."""

from __future__ import annotations

import json

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QWidget

from cxdesk.errors import CxDeskError
from cxdesk.journey_model import Clip, JourneyModel
from ui.map import commands as cmd
from ui.map.properties import PropertiesPanel
from ui.map.scene import JourneyScene


class MapEditor(QObject):
    def __init__(self, context, scene: JourneyScene, panel: PropertiesPanel,  # noqa: ANN001
                 canvas: QWidget) -> None:
        super().__init__(canvas)
        self.context, self.scene, self.panel, self.canvas = context, scene, panel, canvas
        self.model: JourneyModel | None = None
        scene.add_touchpoint_requested.connect(self.add_touchpoint)
        scene.move_requested.connect(self.move_touchpoints)
        scene.connect_requested.connect(self.connect_flow)
        scene.rename_requested.connect(self.rename)
        scene.selectionChanged.connect(self.selection_changed)
        panel.edit_requested.connect(self.edit)
        panel.barrier_add_requested.connect(self.add_barrier)
        panel.barrier_remove_requested.connect(
            lambda ident: self._push(cmd.RemoveCommand(self.context, self.model,
                                                       [("barrier", ident)],
                                                       self.tr("Remove barrier"))))
        self.actions: dict[str, QAction] = {}
        for key, text, shortcut, slot in (
            ("add_touchpoint", self.tr("Add touchpoint"), QKeySequence(Qt.Key.Key_Insert),
             self.insert),
            ("add_stage", self.tr("Add stage"), QKeySequence("Ctrl+Shift+N"), self.add_stage),
            ("delete", self.tr("Delete"), QKeySequence.StandardKey.Delete, self.delete),
            ("copy", self.tr("Copy"), QKeySequence.StandardKey.Copy, self.copy),
            ("paste", self.tr("Paste"), QKeySequence.StandardKey.Paste, self.paste),
            ("duplicate", self.tr("Duplicate"), QKeySequence("Ctrl+D"), self.duplicate),
            ("select_all", self.tr("Select all"), QKeySequence.StandardKey.SelectAll,
             self.select_all),
            ("rename", self.tr("Rename"), QKeySequence(Qt.Key.Key_F2), self.rename_selected),
            ("stage_left", self.tr("Move stage left"), QKeySequence("Ctrl+Shift+Left"),
             lambda: self.move_stage(-1)),
            ("stage_right", self.tr("Move stage right"), QKeySequence("Ctrl+Shift+Right"),
             lambda: self.move_stage(1)),
        ):
            action = QAction(text, canvas)
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            canvas.addAction(action)
            self.actions[key] = action

    def set_model(self, model: JourneyModel | None) -> None:
        if self.model is not None:
            for name in ("touchpoint_changed", "stage_changed", "flow_changed",
                         "barrier_added", "barrier_changed", "barrier_removed"):
                getattr(self.model.events, name).disconnect(self._model_changed)
        self.model = model
        if model is not None:
            for name in ("touchpoint_changed", "stage_changed", "flow_changed",
                         "barrier_added", "barrier_changed", "barrier_removed"):
                getattr(model.events, name).connect(self._model_changed)
        self.selection_changed()

    def _model_changed(self, *_: object) -> None:
        self.panel.refresh()

    def _push(self, command) -> bool:  # noqa: ANN001
        if self.model is None:
            return False
        return cmd.push(command, self.canvas)

    # -- selection ------------------------------------------------------------------------
    def selection_changed(self) -> None:
        try:
            tps, flows, stages = self.scene.selected_ids()
        except RuntimeError:  # the scene is being torn down
            return
        count = len(tps) + len(flows) + len(stages)
        if count != 1:
            self.panel.show_item(self.model, "", "", count)
        elif tps:
            self.panel.show_item(self.model, "touchpoint", tps[0])
        elif stages:
            self.panel.show_item(self.model, "stage", stages[0])
        else:
            self.panel.show_item(self.model, "flow", flows[0])

    def select_all(self) -> None:
        for card in self.scene.cards.values():
            card.setSelected(True)

    # -- requests ---------------------------------------------------------------------------
    def add_touchpoint(self, stage_id: str, before_id: str | None, lane_id: str | None) -> None:
        m = self.model
        order = [t.id for t in m.touchpoints_of(stage_id)]
        index = order.index(before_id) if before_id in order else len(order)
        name = self.tr("New touchpoint")
        command = cmd.AddCommand(self.context, m, "touchpoint", lambda: m.add_touchpoint(
            stage_id, name, index=index, lane_id=lane_id).id, self.tr("Add touchpoint"))
        if self._push(command):
            self.scene.select([command.ident])
            self.panel.focus_name()

    def insert(self) -> None:
        """Insert: a touchpoint after the selected card, else at the end of the selected (or
        first) stage."""
        m = self.model
        if m is None or not m.journey.stages:
            return
        tps, _, stages = self.scene.selected_ids()
        if tps:
            tp = m.touchpoint(tps[-1])
            order = [t.id for t in m.touchpoints_of(tp.stage_id)]
            after = order.index(tp.id) + 1
            self.add_touchpoint(tp.stage_id, order[after] if after < len(order) else None,
                                tp.lane_id)
        else:
            self.add_touchpoint(stages[0] if stages else m.journey.stages[0].id, None, None)

    def add_stage(self) -> None:
        m = self.model
        if m is None:
            return
        _, _, stages = self.scene.selected_ids()
        index = m.stage(stages[0]).position + 1 if stages else None
        name = self.tr("New stage")
        command = cmd.AddCommand(self.context, m, "stage",
                                 lambda: m.add_stage(name, index=index).id,
                                 self.tr("Add stage"))
        if self._push(command):
            self.scene.select([command.ident])
            self.panel.focus_name()

    def move_stage(self, step: int) -> None:
        _, _, stages = self.scene.selected_ids()
        if self.model is None or not stages:
            return
        stage = self.model.stage(stages[0])
        index = stage.position + step
        if 0 <= index < len(self.model.journey.stages):
            self._push(cmd.MoveStageCommand(self.context, self.model, stage.id, index,
                                            self.tr("Move stage")))
            self.scene.select([stage.id])

    def move_touchpoints(self, ids: list[str], stage_id: str, before_id: str | None,
                         lane_id: str | None) -> None:
        self._push(cmd.MoveTouchpointsCommand(
            self.context, self.model, ids, stage_id, before_id, lane_id,
            self.tr("Move %n touchpoint(s)", "", len(ids))))
        self.scene.select(ids)

    def connect_flow(self, source_id: str, target_id: str) -> None:
        m = self.model
        command = cmd.AddCommand(self.context, m, "flow",
                                 lambda: m.add_flow(source_id, target_id).id,
                                 self.tr("Connect touchpoints"))
        if self._push(command):
            self.scene.select([command.ident])

    def rename(self, kind: str, ident: str) -> None:
        self.scene.select([ident])
        self.panel.focus_name()

    def rename_selected(self) -> None:
        self.panel.focus_name()

    def edit(self, kind: str, ident: str, changes: dict) -> None:
        texts = {"touchpoint": self.tr("Edit touchpoint"), "stage": self.tr("Edit stage"),
                 "flow": self.tr("Edit flow"), "barrier": self.tr("Edit barrier")}
        self._push(cmd.UpdateCommand(self.context, self.model, kind, ident, changes,
                                     texts.get(kind, self.tr("Edit"))))

    def add_barrier(self, touchpoint_id: str, description: str) -> None:
        m = self.model
        self._push(cmd.AddCommand(self.context, m, "barrier",
                                  lambda: m.add_barrier(touchpoint_id, description).id,
                                  self.tr("Add barrier")))

    def delete(self) -> None:
        tps, flows, stages = self.scene.selected_ids()
        items = ([("flow", i) for i in flows] + [("touchpoint", i) for i in tps]
                 + [("stage", i) for i in stages])
        if items:
            self._push(cmd.RemoveCommand(self.context, self.model, items,
                                         self.tr("Delete %n item(s)", "", len(items))))

    # -- clipboard --------------------------------------------------------------------------
    def copy(self) -> None:
        tps = self.scene.selected_ids()[0]
        if self.model is None or not tps:
            return
        # The system clipboard gets the cards as JSON text (readable, and pasteable into
        # another CX Desk window). No QMimeData is made here: one created in Python and handed
        # to the clipboard is freed twice by PySide6 when it is replaced (a crash later on).
        QGuiApplication.clipboard().setText(
            json.dumps(self.model.copy(tps).as_dict(), ensure_ascii=False))

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if self.model is None or not text.startswith("{"):
            return
        try:
            clip = Clip.from_dict(json.loads(text))
        except (ValueError, KeyError, TypeError, AttributeError, CxDeskError):
            return  # someone else's text: nothing of ours to paste
        _, _, stages = self.scene.selected_ids()
        self._paste(clip, stages[0] if stages else None)

    def duplicate(self) -> None:
        tps = self.scene.selected_ids()[0]
        if self.model is not None and tps:
            self._paste(self.model.copy(tps), None)

    def _paste(self, clip: Clip, stage_id: str | None) -> None:
        command = cmd.PasteCommand(self.context, self.model, clip, stage_id,
                                   self.tr("Paste %n touchpoint(s)", "", len(clip.touchpoints)))
        if self._push(command):
            self.scene.select(command.ids)

    # -- keyboard navigation ----------------------------------------------------------------
    def navigate(self, key: int, modifiers: Qt.KeyboardModifier) -> bool:
        """Arrows move between cards; Ctrl+arrows move the selected card. True if handled."""
        m = self.model
        if m is None or not m.journey.stages:
            return False
        tps = self.scene.selected_ids()[0]
        if not tps:
            if m.journey.touchpoints:
                self.scene.select([m.journey.touchpoints[0].id])
                return True
            return False
        tp = m.touchpoint(tps[0])
        stages = [s.id for s in m.journey.stages]
        order = [t.id for t in m.touchpoints_of(tp.stage_id)]
        i, s = order.index(tp.id), stages.index(tp.stage_id)
        moving = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        vertical = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
        horizontal = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}
        if key in vertical:
            j = i + vertical[key]
            if not 0 <= j < len(order):
                return True
            if moving:
                before = order[j] if j < i else (order[j + 1] if j + 1 < len(order) else None)
                self.move_touchpoints([tp.id], tp.stage_id, before, tp.lane_id)
            else:
                self.scene.select([order[j]])
            return True
        if key in horizontal:
            t = s + horizontal[key]
            if not 0 <= t < len(stages):
                return True
            if moving:
                self.move_touchpoints([tp.id], stages[t], None, tp.lane_id)
                return True
            target = m.touchpoints_of(stages[t])
            while not target:
                t += horizontal[key]
                if not 0 <= t < len(stages):
                    return True
                target = m.touchpoints_of(stages[t])
            self.scene.select([target[min(i, len(target) - 1)].id])
            return True
        return False
