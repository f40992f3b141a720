"""The main window: assembles the sidebar, the stacked screens, the menus and toolbar and the
status bar around one AppContext, and carries out the workspace-level commands (open, new,
restore, save a copy, engagements). A read-only workspace is said so in the status bar and in a
bar above the screens (``ui.read_only``), and the editing actions are off."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QGridLayout, QLabel, QMainWindow, QWidget

from cxdesk.errors import CxDeskError
from cxdesk.workspace import Workspace, read_only_cause
from ui import i18n, messages, read_only, settings, style
from ui.context import AppContext
from ui.menus import MainMenus
from ui.sidebar import Sidebar
from ui.view_stack import ViewStack, available_views

# What no start needs is imported when first used: the dialogs, the commands, the backups.
if TYPE_CHECKING:
    from ui.dialogs.first_start import SampleOffer
    from ui.workers import Worker


class MainWindow(QMainWindow):
    """``interactive=False`` (screenshots): no backups, no offers, no saved geometry."""

    def __init__(self, *, interactive: bool = True, language: str | None = None) -> None:
        super().__init__()
        self.interactive = interactive
        self.language = language or i18n.current()
        self.context = AppContext(self)
        self.sample_offer: SampleOffer | None = None
        self.backup_worker: Worker | None = None
        self.copy_worker: Worker | None = None
        self._closing = False
        self.setObjectName("MainWindow")

        names = available_views()
        central = QWidget(self)  # first: what it holds is made in place, never moved
        self.sidebar = Sidebar(self.context, names, central)
        self.read_only_bar: read_only.ReadOnlyBar | None = None  # made when first needed
        self.stack = ViewStack(self.context, central, strict=not interactive)
        layout = self._grid = QGridLayout(central)  # row 0 of column 1: the read-only bar
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.sidebar, 0, 0, 2, 1)
        layout.addWidget(self.stack, 1, 1)
        layout.setColumnStretch(1, 1)
        layout.setRowStretch(1, 1)
        self.setCentralWidget(central)
        self.menus = MainMenus(self, self.language)
        self.statusBar().setStyleSheet(style.status_bar_stylesheet())
        self.status = QLabel(self.statusBar())
        self.statusBar().addWidget(self.status, 1)
        self.statusBar().setSizeGripEnabled(False)

        self.sidebar.view_chosen.connect(self.show_view)
        self.context.engagement_changed.connect(self._on_engagement_changed)
        self.context.workspace_changed.connect(self._update_chrome)
        self.context.changed.connect(self._update_chrome)
        self.resize(1280, 800)
        if interactive:
            geometry, state = settings.window_state()
            if geometry is not None:
                self.restoreGeometry(geometry)
            if state is not None:
                self.restoreState(state)
        if names:
            self.show_view(names[0])
        self._update_chrome()

    # -- screens ------------------------------------------------------------------------------
    def show_view(self, name: str) -> QWidget:
        widget = self.stack.show_view(name)
        self.sidebar.select(name)
        return widget

    # -- the workspace ------------------------------------------------------------------------
    def set_workspace(self, ws: Workspace | None, engagement_id: str | None = None) -> None:
        """Show ``ws`` (already open; the window now owns it) and one of its engagements."""
        old = self.context.ws
        self.context.set_workspace(ws)
        if old is not None and old is not ws:
            old.close()
        if ws is None:
            return
        ids = [e.id for e in self.context.engagements()]
        if engagement_id is None and self.interactive:
            engagement_id = settings.last_engagement(ws.workspace_id)
        if engagement_id not in ids:
            engagement_id = ids[0] if ids else None
        self.context.set_engagement(engagement_id)  # the chrome follows engagement_changed
        if engagement_id is None:
            self.stack.refresh_all()  # no engagement_changed follows: show the empty state now

    def open_workspace(self, path: Path, *, create: bool = False) -> bool:
        """Open (or create) a workspace in this window; a refusal is shown, nothing changes."""
        path = Path(path)
        try:
            ws = Workspace.open(path, create=create)
        except CxDeskError as exc:
            messages.error(self, self.tr("Cannot open the workspace"), str(exc))
            return False
        self.set_workspace(ws)
        if self.interactive:
            settings.add_recent_workspace(path)
            self.start_backup()
            self.offer_sample()
        return True

    def close_workspace(self) -> None:
        self.set_workspace(None)
        self.stack.refresh_all()

    def start_backup(self) -> Worker | None:
        """A rolling backup of the open workspace, made in a worker with its own connection
        (into the data folder: a read-only workspace is backed up too, nothing beside it)."""
        ws = self.context.ws
        if ws is None:
            return None
        from cxdesk import backups
        from ui.workers import Worker

        path = ws.path
        self.backup_worker = Worker(lambda: backups.auto_backup(path)).start()
        return self.backup_worker

    def offer_sample(self) -> SampleOffer | None:
        """Offer the sample engagement when the workspace has none (never when declined)."""
        ws = self.context.ws
        if (not self.interactive or ws is None or ws.read_only or self.context.engagements()
                or settings.sample_declined()):
            return None
        from ui.dialogs.first_start import SampleOffer

        offer = SampleOffer(ws.path, self)
        offer.sample_built.connect(self._sample_built)
        offer.create_requested.connect(self.new_engagement)
        offer.finished.connect(lambda *_: self._offer_closed(offer))
        self.sample_offer = offer
        offer.open()
        return offer

    def add_sample(self) -> SampleOffer | None:
        """Build the sample engagement into the open workspace, showing progress."""
        ws = self.context.ws
        if ws is None or read_only.refuse_edit(self.context, self):
            return None
        from ui.dialogs.first_start import SampleOffer

        offer = SampleOffer(ws.path, self)
        offer.sample_built.connect(self._sample_built)
        self.sample_offer = offer
        offer.open()
        offer.start_sample()
        return offer

    def _offer_closed(self, offer: SampleOffer) -> None:
        if offer.declined_for_good():
            settings.set_sample_declined(True)

    def _sample_built(self, engagement_id: str) -> None:
        from ui.context import EVERYTHING

        self.context.notify(*EVERYTHING)
        self.context.set_engagement(engagement_id)
        self.show_view("overview")

    def new_workspace(self) -> None:
        from ui.dialogs import workspace as workspace_dialogs

        path = workspace_dialogs.ask_new_workspace_path(self)
        if path is None:
            return
        if path.exists():
            messages.error(self, self.tr("New workspace"), self.tr(
                "A file with this name exists already. Choose another name, or open it."))
            return
        self.open_workspace(path, create=True)

    def open_workspace_dialog(self) -> None:
        from ui.dialogs import workspace as workspace_dialogs

        start = self.context.ws.path.parent if self.context.ws else None
        path = workspace_dialogs.ask_open_workspace_path(self, start)
        if path is not None:
            self.open_workspace(path)

    def restore_dialog(self) -> None:
        ws = self.context.ws
        if ws is None or read_only.refuse_edit(self.context, self):
            return
        from ui.dialogs import workspace as workspace_dialogs

        dialog = workspace_dialogs.RestoreDialog(ws.workspace_id, self)
        if dialog.exec() and dialog.selected_backup() is not None:
            self.restore_backup(dialog.selected_backup().path)

    def restore_backup(self, backup: Path) -> bool:
        """Close the workspace, replace its content by the backup's, reopen it."""
        from cxdesk import backups

        ws = self.context.ws
        if ws is None or read_only.refuse_edit(self.context, self):
            return False
        if not messages.confirm(self, self.tr("Restore from backup"), self.tr(
                "Replace the workspace's content with this backup? Its current state is "
                "backed up first.")):
            return False
        path, engagement_id = ws.path, self.context.engagement_id
        if self.backup_worker is not None:
            self.backup_worker.wait()
        self.close_workspace()
        try:
            backups.restore_backup(backup, path)
        except CxDeskError as exc:
            messages.error(self, self.tr("Restore from backup"), str(exc))
        try:
            self.set_workspace(Workspace.open(path), engagement_id)
        except CxDeskError as exc:
            messages.error(self, self.tr("Cannot open the workspace"), str(exc))
            return False
        return True

    def save_copy(self, target: Path | None = None) -> Worker | None:
        """Copy the open workspace (read-only ones above all) to a file the user chooses, in
        a worker, then open the copy in this window to edit it."""
        ws = self.context.ws
        if ws is None or self.copy_worker is not None:
            return None
        target = target or read_only.ask_copy_path(self, Path(ws.path))
        if target is None:
            return None
        from cxdesk import backups
        from ui.workers import Worker

        source = Path(ws.path)
        worker = Worker(lambda: backups.save_copy(source, target), self)
        worker.succeeded.connect(self._copy_saved)
        worker.failed.connect(self._copy_failed)
        self.copy_worker = worker
        if self.read_only_bar is not None:
            self.read_only_bar.set_busy(True)
        self.menus.save_copy.setEnabled(False)
        self.status.setText(self.tr("Saving a copy to {0}…").format(str(target)))
        return worker.start()

    def _copy_done(self) -> None:
        self.copy_worker = None
        if self.read_only_bar is not None:
            self.read_only_bar.set_busy(False)
        self._update_chrome()

    def _copy_saved(self, copy: Path) -> None:
        self._copy_done()
        if not self._closing:  # not into a window that closed while the copy was written
            self.open_workspace(copy)

    def _copy_failed(self, message: str) -> None:
        self._copy_done()
        messages.error(self, self.tr("Cannot save a copy"), message)

    # -- engagements ----------------------------------------------------------------------
    def new_engagement(self) -> None:
        if self.context.ws is None or read_only.refuse_edit(self.context, self):
            return
        from ui.dialogs.forms import EngagementDialog

        dialog = EngagementDialog(self)
        if dialog.exec():
            self.create_engagement(dialog.values())

    def create_engagement(self, values: dict) -> bool:
        from ui import commands

        return commands.execute(commands.CreateEngagementCommand(
            self.context, values, self.tr("New engagement")), self)

    def rename_engagement(self) -> None:
        ctx = self.context
        engagement = ctx.engagement() if ctx.ws is not None and ctx.engagement_id else None
        if engagement is None or read_only.refuse_edit(ctx, self):
            return
        from PySide6.QtWidgets import QInputDialog

        current = engagement.name
        name, ok = QInputDialog.getText(self, self.tr("Rename engagement"), self.tr("Name"),
                                        text=current)
        if ok and name.strip() and name.strip() != current:
            self.set_engagement_name(name.strip())

    def set_engagement_name(self, name: str) -> bool:
        from ui import commands

        return commands.execute(commands.UpdateCommand(
            self.context, "engagement", self.context.engagement_id, {"name": name},
            self.tr("Rename engagement")), self)

    def delete_engagement(self) -> None:
        engagement = self.context.engagement() if self.context.ws is not None else None
        if engagement is None or read_only.refuse_edit(self.context, self):
            return
        name = engagement.name
        if messages.confirm(self, self.tr("Delete engagement"), self.tr(
                "Delete «%1» with all its checks, photos, findings and actions? "
                "You can undo this (Edit → Undo).").replace("%1", name), default=False):
            self.remove_engagement()

    def remove_engagement(self) -> bool:
        from ui import commands

        return commands.execute(commands.DeleteEngagementCommand(
            self.context, self.context.engagement_id, self.tr("Delete engagement")), self)

    # -- language, about ------------------------------------------------------------------
    def set_language(self, lang: str) -> None:
        """Switch the interface language now, and remember it for the next start."""
        settings.set_language(lang)
        if lang == self.language:
            return
        self.language = i18n.install(lang)
        self.menus.language.set_current(lang)
        self.menus.retranslate()
        if self.read_only_bar is not None:
            self.read_only_bar.retranslate()
        self.sidebar.retranslate()
        self.stack.clear()  # screens are recreated in the new language when shown
        self._update_chrome()

    def about(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.about(self, self.tr("About CX Desk"), self.tr(
            "<h3>CX Desk</h3><p>Customer-service audits and mystery shopping, offline, on the "
            "desktop: journey maps, checklists, checks with photo evidence, findings, "
            "action plans and client reports.</p>"))

    # -- chrome -----------------------------------------------------------------------------
    def _on_engagement_changed(self, engagement_id: str) -> None:
        ws = self.context.ws
        if ws is not None and self.interactive:
            settings.set_last_engagement(ws.workspace_id, engagement_id)
        self._update_chrome()

    def _update_chrome(self, *_: object) -> None:
        ctx = self.context
        engagement = ctx.engagement() if ctx.ws is not None and ctx.engagement_id else None
        name = engagement.name if engagement is not None else ""
        self.setWindowTitle(f"CX Desk — {name}" if name else "CX Desk")
        cause = read_only_cause(ctx.ws.path) if ctx.read_only else None
        if ctx.ws is None:
            self.status.setText(self.tr("No workspace open"))
        elif ctx.read_only:
            self.status.setText(self.tr("Workspace: {0} · Read-only: {1}").format(
                _short_path(ctx.ws.path), read_only.cause_text(cause)))
        else:
            self.status.setText(self.tr("Workspace: %1 · All changes saved")
                                .replace("%1", _short_path(ctx.ws.path)))
        self.menus.set_engagement_actions_enabled(ctx.ws is not None and not ctx.read_only,
                                                  bool(ctx.engagement_id) and not ctx.read_only)
        stack = ctx.undo_stack
        self.menus.undo.setEnabled(stack.canUndo() and not ctx.read_only)
        self.menus.redo.setEnabled(stack.canRedo() and not ctx.read_only)
        self.menus.save_copy.setEnabled(ctx.ws is not None and self.copy_worker is None)
        if ctx.read_only:
            self._read_only_bar().show_for(cause)
        elif self.read_only_bar is not None:
            self.read_only_bar.hide()

    def _read_only_bar(self) -> read_only.ReadOnlyBar:
        """The bar above the screens saying the workspace is read-only (made once needed)."""
        if self.read_only_bar is None:
            self.read_only_bar = read_only.ReadOnlyBar(self.centralWidget())
            self.read_only_bar.save_copy_requested.connect(self.save_copy)
            self._grid.addWidget(self.read_only_bar, 0, 1)
        return self.read_only_bar

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        self._closing = True
        if self.interactive:
            settings.save_window_state(self.saveGeometry(), self.saveState())
        from ui.workers import Worker

        Worker.wait_all()
        self.close_workspace()
        super().closeEvent(event)


@functools.lru_cache(maxsize=8)
def _short_path(path: Path) -> str:
    try:
        return "~/" + str(Path(path).resolve().relative_to(Path.home()))
    except ValueError:
        return str(path)

