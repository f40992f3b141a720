"""The checklist editor: turns the Checklists screen's buttons and keys into undo commands over
``cxdesk.templates``, and imports and exports template workbooks in a worker thread. Holds no
data of its own: the screen refreshes from the broadcast each command sends."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMenu

from cxdesk import records, templates
from cxdesk.checklists import Criterion, get_template
from cxdesk.journey import list_maps, load_map
from cxdesk.records import Removal
from cxdesk.template_workbook import TemplateFileError, export_template, import_template
from cxdesk.templates import Edit
from cxdesk.workspace import Workspace
from ui import i18n, messages
from ui.commands import CoreCommand, execute
from ui.context import MAPS, TEMPLATES
from ui.dialogs.criterion import CriterionDialog, NewTemplateDialog, ProblemsDialog
from ui.resources import resource_path
from ui.workers import Worker

if TYPE_CHECKING:
    from ui.views.checklists import ChecklistsView, Node


# -- commands ---------------------------------------------------------------------------------
class CriterionCommand(CoreCommand):
    """One edit of a template's criteria (add, change, move, delete). Undo takes it back with
    ``templates.undo``; redo puts back the very rows undo removed (a new version, an added
    criterion), or makes the edit again."""

    def __init__(self, context, text: str, make: Callable[[Workspace], Edit],  # noqa: ANN001
                 follow: Callable[[Edit, bool], None]) -> None:
        super().__init__(context, text)
        self.make = make
        self.follow = follow
        self.edit: Edit | None = None
        self.undone: Removal | None = None

    def apply(self) -> Iterable[str]:
        if self.edit is not None and self.undone is not None:
            templates.redo(self.ws, self.edit, self.undone)
        else:
            self.edit = self.make(self.ws)
        self.undone = None
        self.follow(self.edit, True)
        return {TEMPLATES}

    def revert(self) -> Iterable[str]:
        assert self.edit is not None
        self.undone = templates.undo(self.ws, self.edit)
        self.follow(self.edit, False)
        return {TEMPLATES}


class TemplateCommand(CoreCommand):
    """A template created (or imported: ``ident`` given, already made). Undo removes it with its
    criteria; redo puts back the same rows."""

    def __init__(self, context, text: str, create: Callable[[Workspace], str] | None = None,  # noqa: ANN001
                 ident: str | None = None, follow: Callable[[str], None] | None = None) -> None:
        super().__init__(context, text)
        self.create, self.ident, self.follow = create, ident, follow
        self.removal: Removal | None = None

    def apply(self) -> Iterable[str]:
        if self.removal is not None:
            records.restore(self.ws, self.removal)
            self.removal = None
        elif self.ident is None:
            assert self.create is not None
            self.ident = self.create(self.ws)
        if self.follow is not None:
            self.follow(self.ident)
        return {TEMPLATES}

    def revert(self) -> Iterable[str]:
        self.removal = records.remove(self.ws, "templates", self.ident, "checklist template")
        return {TEMPLATES}


# -- ready templates --------------------------------------------------------------------------
def ready_templates(language: str) -> list[tuple[str, Path]]:
    """The shipped templates in ``language`` (all of them if none is), as (kind, path)."""
    files = sorted(resource_path("templates").glob("*.xlsx"))
    mine = [f for f in files if f.stem.endswith(f"_{language}")] or files
    return [(f.stem.rsplit("_", 1)[0], f) for f in mine]


def _import_in_worker(path: Path, engagement_id: str, source: Path) -> tuple[str, Any]:
    """Runs in a worker thread with its own connection: ("ok", id) or ("problems", [...])."""
    ws = Workspace.open(path)
    try:
        return "ok", import_template(ws, engagement_id, source)
    except TemplateFileError as exc:
        return "problems", exc.problems
    finally:
        ws.close()


def _export_in_worker(path: Path, template_id: str, target: Path) -> str:
    ws = Workspace.open(path)
    try:
        export_template(ws, template_id, target)
    finally:
        ws.close()
    return str(target)


class ChecklistEditor(QObject):
    """Actions of the Checklists screen (with their keys) and what they do."""

    # an import or export has finished (whatever its outcome): for tests and the screen
    files_done = Signal()

    def __init__(self, view: ChecklistsView) -> None:
        super().__init__(view)
        self.view = view
        self.context = view.context
        self.worker: Worker | None = None
        self.problems_dialog: ProblemsDialog | None = None
        self.actions: dict[str, QAction] = {}
        tree = view.tree
        for key, text, keys, slot in (
            ("new_template", self.tr("New template…"), [], self.new_template),
            ("add", self.tr("Add criterion"), [QKeySequence(Qt.Key.Key_Insert)], self.add),
            ("edit", self.tr("Edit…"), [QKeySequence(Qt.Key.Key_F2)], self.edit),
            ("delete", self.tr("Delete"), [QKeySequence(QKeySequence.StandardKey.Delete)],
             self.delete),
            ("up", self.tr("Move up"), [QKeySequence("Ctrl+Up")], lambda: self.move(-1)),
            ("down", self.tr("Move down"), [QKeySequence("Ctrl+Down")], lambda: self.move(1)),
            ("import", self.tr("Import template…"), [], self.import_file),
            ("export", self.tr("Export template…"), [], self.export_file),
        ):
            action = QAction(text, view)
            action.setShortcuts(keys)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            if keys:
                tree.addAction(action)
                action.setToolTip(f"{text} ({keys[0].toString(QKeySequence.NativeText)})")
            self.actions[key] = action
        tree.activated.connect(lambda _index: self.edit())  # Enter and double-click
        self.ready_menu = QMenu(self.tr("Add a ready template"), view)
        self.ready_menu.aboutToShow.connect(self._fill_ready_menu)

    # -- what is selected -------------------------------------------------------------------
    def _node(self) -> Node | None:
        index = self.view.tree.currentIndex()
        return self.view.model.node(index) if index.isValid() else None

    def _template_node(self, node: Node | None) -> Node | None:
        while node is not None and node.kind != "template":
            node = node.parent
        return node

    def update_actions(self) -> None:
        node = self._node()
        has_engagement = self.context.ws is not None and bool(self.context.engagement_id)
        template = self._template_node(node)
        editable = template is not None and template.item.status == "current"
        criterion = node is not None and node.kind == "criterion"
        busy = self.worker is not None
        self.actions["new_template"].setEnabled(has_engagement)
        self.actions["add"].setEnabled(editable)
        for key in ("edit", "delete", "up", "down"):
            self.actions[key].setEnabled(editable and criterion)
        self.actions["import"].setEnabled(has_engagement and not busy)
        self.ready_menu.setEnabled(has_engagement and not busy)
        self.actions["export"].setEnabled(template is not None and not busy)

    # -- following an edit ------------------------------------------------------------------
    def _follow(self, edit: Edit, done: bool) -> None:
        """Select what the edit touched; say so when it made (or took back) a version."""
        ws = self.context.ws
        if done:
            self.view.select_later(edit.template_id, edit.criterion_id)
        elif edit.versioned_from:
            self.view.select_later(edit.versioned_from, None)
        if edit.versioned_from is None:
            return
        old = get_template(ws, edit.versioned_from).version
        if done:
            new = get_template(ws, edit.template_id).version
            self.view.show_notice(self.tr("Checks use version %1, so your edit made version %2. "
                                          "Those checks keep version %1.")
                                  .replace("%1", str(old)).replace("%2", str(new)))
        else:
            self.view.show_notice(self.tr("Undone: version %1 is current again.")
                                  .replace("%1", str(old)))

    def _criterion_edit(self, text: str, make: Callable[[Workspace], Edit]) -> bool:
        self.view.show_notice("")
        return execute(CriterionCommand(self.context, text, make, self._follow), self.view)

    # -- criteria ---------------------------------------------------------------------------
    def _journey(self, template_id: str):  # noqa: ANN202 - JourneyMap | None
        map_id = get_template(self.context.ws, template_id).map_id
        return load_map(self.context.ws, map_id) if map_id else None

    def _place(self, node: Node) -> dict[str, Any]:
        """The stage, touchpoint or section a new criterion goes to: where the selection is."""
        if node.kind == "criterion":
            node = node.parent
        if node.kind == "group":
            group = node.item
            stage = node.parent.item
            return {"stage_id": stage.stage_id, "touchpoint_id": group.touchpoint_id,
                    "section": "" if group.touchpoint_id else group.name}
        if node.kind == "stage":
            return {"stage_id": node.item.stage_id, "touchpoint_id": None}
        return {}

    def add(self, values: dict[str, Any] | None = None) -> bool:
        node = self._node()
        template = self._template_node(node)
        if template is None or template.item.status != "current":
            return False
        template_id = template.item.id
        place = self._place(node)
        position = None
        if node.kind == "criterion":  # right after the selected criterion
            position = self._order(template).index(node.item.id) + 1
        if values is None:
            dialog = CriterionDialog(self._journey(template_id), place=place, parent=self.view)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        else:
            values = {**place, **values}
        return self._criterion_edit(
            self.tr("Add criterion"),
            lambda ws: templates.add_criterion(ws, template_id, values, position=position))

    def edit(self, changes: dict[str, Any] | None = None) -> bool:
        node = self._node()
        if node is None or node.kind != "criterion":
            return False
        criterion: Criterion = node.item
        if self._template_node(node).item.status != "current":
            return False
        if changes is None:
            dialog = CriterionDialog(self._journey(criterion.template_id), criterion,
                                     parent=self.view)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            changes = changed_fields(criterion, dialog.values())
        if not changes:
            return False
        ident = criterion.id
        return self._criterion_edit(
            self.tr("Edit criterion"),
            lambda ws: templates.update_criterion(ws, ident, **changes))

    def delete(self) -> bool:
        node = self._node()
        if node is None or node.kind != "criterion":
            return False
        if self._template_node(node).item.status != "current":
            return False
        ident = node.item.id
        return self._criterion_edit(self.tr("Delete criterion"),
                                    lambda ws: templates.delete_criterion(ws, ident))

    def _order(self, template: Node) -> list[str]:
        """The template's criteria in their stored order."""
        criteria = [c for s in template.children for g in s.children for c in g.children]
        return [c.item.id for c in sorted(criteria, key=lambda n: n.item.position)]

    def move(self, step: int) -> bool:
        """Move the selected criterion up or down among the criteria of its group."""
        node = self._node()
        if node is None or node.kind != "criterion":
            return False
        template = self._template_node(node)
        if template.item.status != "current":
            return False
        siblings = node.parent.children
        row = siblings.index(node)
        if not 0 <= row + step < len(siblings):
            return False
        order = self._order(template)
        position = order.index(siblings[row + step].item.id)
        ident = node.item.id
        text = self.tr("Move criterion up") if step < 0 else self.tr("Move criterion down")
        return self._criterion_edit(text, lambda ws: templates.move_criterion(ws, ident,
                                                                              position))

    # -- templates --------------------------------------------------------------------------
    def new_template(self, values: dict[str, Any] | None = None) -> bool:
        ws, eid = self.context.ws, self.context.engagement_id
        if ws is None or not eid:
            return False
        if values is None:
            maps = [(m.id, m.name) for m in list_maps(ws, eid)]
            dialog = NewTemplateDialog(maps, i18n.current(), self.view)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            values = dialog.values()
        return execute(TemplateCommand(
            self.context, self.tr("New template"),
            create=lambda ws: templates.create_template(ws, eid, **values),
            follow=lambda ident: self.view.select_later(ident, None)), self.view)

    def _fill_ready_menu(self) -> None:
        self.ready_menu.clear()
        names = {"showroom": self.tr("Showroom / retail touchpoints"),
                 "appearance": self.tr("Appearance: online and offline"),
                 "employees": self.tr("Employee assessment")}
        for kind, path in ready_templates(i18n.current()):
            self.ready_menu.addAction(names.get(kind, kind),
                                      lambda p=path: self.import_file(p))

    def import_file(self, source: str | Path | None = None) -> bool:
        ws, eid = self.context.ws, self.context.engagement_id
        if ws is None or not eid or self.worker is not None:
            return False
        if not source:
            source, _ = QFileDialog.getOpenFileName(
                self.view, self.tr("Import template"), "",
                self.tr("Excel workbooks (*.xlsx)"))
            if not source:
                return False
        source = Path(source)
        self.view.show_notice(self.tr("Importing %1…").replace("%1", source.name))
        worker = Worker(lambda: _import_in_worker(ws.path, eid, source), self)
        worker.succeeded.connect(lambda result: self._imported(source, result))
        self._start(worker)
        return True

    def _imported(self, source: Path, result: tuple[str, Any]) -> None:
        outcome, value = result
        if outcome == "problems":
            self.view.show_notice(self.tr("%1 was not imported: %n problem(s).", "", len(value))
                                  .replace("%1", source.name))
            self.problems_dialog = ProblemsDialog(source.name, value, self.view)
            if messages.headless:
                messages.shown.append(("problems", "\n".join(str(p) for p in value)))
            else:
                self.problems_dialog.exec()
            return
        # written by the worker's connection: the undo command only takes it back and forth
        command = TemplateCommand(self.context, self.tr("Import template"), ident=value)
        command._skip_redo = True
        self.context.undo_stack.push(command)
        self.view.select_later(value, None)
        name = get_template(self.context.ws, value).name
        self.view.show_notice(self.tr("Imported «%1» from %2.").replace("%1", name)
                              .replace("%2", source.name))
        self.context.notify(TEMPLATES, MAPS)

    def export_file(self, target: str | Path | None = None) -> bool:
        template = self._template_node(self._node())
        ws = self.context.ws
        if template is None or ws is None or self.worker is not None:
            return False
        if not target:
            target, _ = QFileDialog.getSaveFileName(
                self.view, self.tr("Export template"), f"{template.item.name}.xlsx",
                self.tr("Excel workbooks (*.xlsx)"))
            if not target:
                return False
        target = Path(target)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        ident = template.item.id
        worker = Worker(lambda: _export_in_worker(ws.path, ident, target), self)
        worker.succeeded.connect(lambda _result: self.view.show_notice(
            self.tr("Exported to %1.").replace("%1", str(target))))
        self._start(worker)
        return True

    def _start(self, worker: Worker) -> None:
        self.worker = worker
        worker.failed.connect(self._failed)
        worker.finished.connect(self._finished)
        self.update_actions()
        worker.start()

    def _failed(self, message: str) -> None:
        self.view.show_notice("")
        messages.error(self.view, self.tr("Template file"), message)

    def _finished(self) -> None:
        self.worker = None
        self.update_actions()
        self.files_done.emit()


def changed_fields(criterion: Criterion, values: dict[str, Any]) -> dict[str, Any]:
    """The form's values that differ from the criterion's (choices as (label, points))."""
    changes = {}
    for key, value in values.items():
        if key == "choices":
            before = [(c.label, c.points) for c in criterion.choices]
            if [(label, float(points)) for label, points in value] != before:
                changes[key] = value
        elif key == "section" and values.get("touchpoint_id"):
            continue
        elif getattr(criterion, key) != value:
            changes[key] = value
    if "answer_type" in changes and values["answer_type"] == "number":
        changes.update({k: values[k] for k in ("unit", "threshold", "direction")})
    return changes
