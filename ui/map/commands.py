"""Undo commands of the journey-map canvas. Each changes only the model (``JourneyModel``, or
the workspace's list of maps); the scene follows the model's events. Removals keep the
model's undo data, so undo brings back the very same ids.

``push`` does a command once and puts it on the stack (nothing is pushed when the core
refuses). While a command announces ``MAPS``, its map id is in ``ECHO``: the map view, which
already follows the model, then only refreshes its list of maps instead of reloading.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from cxdesk import journey_maps, records
from cxdesk.errors import CxDeskError
from cxdesk.journey_model import Clip, JourneyModel
from cxdesk.records import Removal
from ui import context as topics
from ui import messages, read_only
from ui.commands import CoreCommand

ECHO: set[str] = set()


class MapCommand(CoreCommand):
    """Base of the commands on one map's model."""

    def __init__(self, context, model: JourneyModel, text: str) -> None:  # noqa: ANN001
        super().__init__(context, text)
        self.model = model

    def _run(self, step: Callable[[], Iterable[str]]) -> None:
        ECHO.add(self.model.map_id)
        try:
            super()._run(step)
        finally:
            ECHO.discard(self.model.map_id)


def push(command: CoreCommand, parent: QWidget | None = None) -> bool:
    """Do ``command`` and push it on the undo stack; False (and a message) on a refusal, or
    when it changed nothing (a drag dropped where it started)."""
    if read_only.refuse_edit(command.context, parent):
        return False
    model = getattr(command, "model", None)
    if model is not None:
        ECHO.add(model.map_id)
    try:
        try:
            touched = set(command.apply())
        except (CxDeskError, sqlite3.Error) as exc:
            messages.error(parent, QCoreApplication.translate("Commands", "Not possible"),
                           str(exc))
            return False
        if getattr(command, "noop", False):
            return False
        command._skip_redo = True
        command.context.undo_stack.push(command)
        command.context.notify(*touched)
        return True
    finally:
        if model is not None:
            ECHO.discard(model.map_id)


class AddCommand(MapCommand):
    """Something new on the map (``create`` returns its id); undo removes it, redo restores
    the same row."""

    def __init__(self, context, model, kind: str, create: Callable[[], str],  # noqa: ANN001
                 text: str) -> None:
        super().__init__(context, model, text)
        self.kind, self.create = kind, create
        self.ident: str | None = None
        self.removal: Removal | None = None

    def apply(self) -> Iterable[str]:
        if self.removal is not None:
            self.model.restore(self.removal)
        else:
            self.ident = self.create()
        return {topics.MAPS}

    def revert(self) -> Iterable[str]:
        self.removal = self.model.remove(self.kind, self.ident)
        return {topics.MAPS}


class RemoveCommand(MapCommand):
    """Remove stages, touchpoints, flows, barriers or lanes, (kind, id) in order; one undo
    restores all of them with everything their removal took."""

    def __init__(self, context, model, items: list[tuple[str, str]], text: str) -> None:  # noqa: ANN001
        super().__init__(context, model, text)
        self.items = items
        self.removals: list[Removal] = []

    def apply(self) -> Iterable[str]:
        self.removals = []
        gone: set[str] = set()
        for kind, ident in self.items:
            if ident in gone:  # taken already by an earlier removal's cascade
                continue
            removal = self.model.remove(kind, ident)
            gone |= {row["id"] for _, row in removal.rows}
            self.removals.append(removal)
        return {topics.MAPS}

    def revert(self) -> Iterable[str]:
        for removal in reversed(self.removals):
            self.model.restore(removal)
        return {topics.MAPS}


class UpdateCommand(MapCommand):
    """Change fields of the map, a stage, touchpoint, flow, barrier or lane."""

    def __init__(self, context, model, kind: str, ident: str | None,  # noqa: ANN001
                 changes: dict[str, Any], text: str) -> None:
        super().__init__(context, model, text)
        self.kind, self.ident, self.changes = kind, ident, dict(changes)
        self.before: dict[str, Any] = {}

    def _update(self, changes: dict[str, Any]) -> dict[str, Any]:
        m = self.model
        if self.kind == "map":
            return m.update_map(**changes)
        if self.kind == "lane":
            return {"name": m.rename_lane(self.ident, changes["name"])}
        update = {"stage": m.update_stage, "touchpoint": m.update_touchpoint,
                  "flow": m.update_flow, "barrier": m.update_barrier}[self.kind]
        return update(self.ident, **changes)

    def apply(self) -> Iterable[str]:
        self.before = self._update(self.changes)
        return {topics.MAPS}

    def revert(self) -> Iterable[str]:
        self._update(self.before)
        return {topics.MAPS}


class MoveStageCommand(MapCommand):
    def __init__(self, context, model, stage_id: str, index: int, text: str) -> None:  # noqa: ANN001
        super().__init__(context, model, text)
        self.stage_id, self.index, self.old = stage_id, index, 0

    def apply(self) -> Iterable[str]:
        self.old = self.model.move_stage(self.stage_id, self.index)
        return {topics.MAPS}

    def revert(self) -> Iterable[str]:
        self.model.move_stage(self.stage_id, self.old)
        return {topics.MAPS}


class MoveTouchpointsCommand(MapCommand):
    """Move touchpoints (a multi-card drag, or a keyboard move) into a stage, before a card;
    one undo step puts all of them back."""

    def __init__(self, context, model, ids: list[str], stage_id: str,  # noqa: ANN001
                 before_id: str | None, lane_id: Any, text: str) -> None:
        super().__init__(context, model, text)
        self.ids, self.stage_id, self.before_id, self.lane_id = ids, stage_id, before_id, lane_id
        self.befores: list = []

    def apply(self) -> Iterable[str]:
        self.befores = self.model.move_touchpoints(self.ids, self.stage_id, self.before_id,
                                                   self.lane_id)
        self.noop = all(self.model.place_of(i) == before for i, before in self.befores)
        return {topics.MAPS}

    def revert(self) -> Iterable[str]:
        for ident, (stage_id, index, lane_id) in reversed(self.befores):
            self.model.move_touchpoint(ident, stage_id, index, lane_id)
        return {topics.MAPS}


class PasteCommand(MapCommand):
    """Paste copies of touchpoints; undo removes the copies, redo brings the same ones back."""

    def __init__(self, context, model, clip: Clip, stage_id: str | None,  # noqa: ANN001
                 text: str) -> None:
        super().__init__(context, model, text)
        self.clip, self.stage_id = clip, stage_id
        self.ids: list[str] = []
        self.removals: list[Removal] = []

    def apply(self) -> Iterable[str]:
        if self.removals:
            for removal in reversed(self.removals):
                self.model.restore(removal)
        else:
            self.ids = self.model.paste(self.clip, stage_id=self.stage_id)
        return {topics.MAPS}

    def revert(self) -> Iterable[str]:
        self.removals = [self.model.remove_touchpoint(i) for i in self.ids]
        return {topics.MAPS}


class MapListCommand(CoreCommand):
    """A new map (from a template, or a copy): undo removes it, redo restores it. Or, with
    ``remove``, delete a map: undo restores it."""

    def __init__(self, context, text: str, create: Callable[[], str] | None = None,  # noqa: ANN001
                 remove: str | None = None) -> None:
        super().__init__(context, text)
        self.create = create
        self.ident = remove
        self.removing = remove is not None
        self.removal: Removal | None = None

    def _add(self) -> None:
        if self.removal is not None:
            records.restore(self.ws, self.removal)
        else:
            self.ident = self.create()

    def _remove(self) -> None:
        self.removal = journey_maps.remove_map(self.ws, self.ident)

    def apply(self) -> Iterable[str]:
        self._remove() if self.removing else self._add()
        return {topics.MAPS}

    def revert(self) -> Iterable[str]:
        self._add() if self.removing else self._remove()
        return {topics.MAPS}
