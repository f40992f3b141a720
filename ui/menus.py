"""The main window's actions, menus and toolbar, with standard shortcuts. Every text is set
in ``retranslate`` so that a change of language applies at once."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QSizePolicy, QToolBar, QWidget

from ui import settings, style
from ui.icons import icon
from ui.toolbar import EngagementCombo, LanguageSwitch, SearchBox, open_hit

if TYPE_CHECKING:
    from ui.main_window import MainWindow


class MainMenus(QObject):
    def __init__(self, window: MainWindow, language: str) -> None:
        super().__init__(window)
        self.window = window
        stack = window.context.undo_stack

        def action(slot, shortcut=None) -> QAction:  # noqa: ANN001
            made = QAction(window)
            if shortcut is not None:
                made.setShortcut(QKeySequence(shortcut))
            made.triggered.connect(slot)
            return made

        Key = QKeySequence.StandardKey
        self.new_workspace = action(window.new_workspace)
        self.open_workspace = action(window.open_workspace_dialog, Key.Open)
        self.restore = action(window.restore_dialog)
        self.save_copy = action(lambda: window.save_copy())
        self.add_sample = action(window.add_sample)
        self.quit = action(window.close, Key.Quit)
        self.quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.undo = action(stack.undo, Key.Undo)
        self.redo = action(stack.redo, Key.Redo)
        self.undo.setIcon(icon("undo", style.muted()))
        self.redo.setIcon(icon("redo", style.muted()))
        self.new_engagement = action(window.new_engagement, Key.New)
        self.rename_engagement = action(window.rename_engagement, Qt.Key.Key_F2)
        self.delete_engagement = action(window.delete_engagement)
        self.about = action(window.about)
        self.about.setMenuRole(QAction.MenuRole.AboutRole)
        stack.canUndoChanged.connect(self.undo.setEnabled)
        stack.canRedoChanged.connect(self.redo.setEnabled)
        stack.undoTextChanged.connect(lambda *_: self._undo_texts())
        stack.redoTextChanged.connect(lambda *_: self._undo_texts())
        self.undo.setEnabled(stack.canUndo())
        self.redo.setEnabled(stack.canRedo())

        bar = window.menuBar()
        self.file_menu = bar.addMenu("")
        self.recent_menu = QMenu(window)
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self.file_menu.addActions([self.new_workspace, self.open_workspace])
        self.file_menu.addMenu(self.recent_menu)
        self.file_menu.addAction(self.save_copy)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.add_sample)
        self.file_menu.addAction(self.restore)
        self.file_menu.addSeparator()
        self.file_menu.addAction(self.quit)
        self.edit_menu = bar.addMenu("")
        self.edit_menu.addActions([self.undo, self.redo])
        self.engagement_menu = bar.addMenu("")
        self.engagement_menu.addActions(
            [self.new_engagement, self.rename_engagement, self.delete_engagement])
        self.help_menu = bar.addMenu("")
        self.help_menu.addAction(self.about)

        self.toolbar = QToolBar(window)
        self.toolbar.setObjectName("MainToolbar")
        self.toolbar.setStyleSheet(style.toolbar_stylesheet())
        self.toolbar.setMovable(False)
        self.toolbar.setFloatable(False)
        self.toolbar.setIconSize(QSize(18, 18))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar.addActions([self.undo, self.redo])
        self.toolbar.addSeparator()
        self.engagement_label = QLabel(self.toolbar)
        self.engagement_label.setContentsMargins(6, 0, 4, 0)
        self.toolbar.addWidget(self.engagement_label)
        self.engagement_combo = EngagementCombo(window.context, self.toolbar)
        self.toolbar.addWidget(self.engagement_combo)
        self.search = SearchBox(window.context, self.toolbar)
        self.search.opened.connect(lambda hit: open_hit(window, hit))
        self.toolbar.addSeparator()
        self.toolbar.addWidget(self.search)
        spacer = QWidget(self.toolbar)
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.toolbar.addWidget(spacer)
        self.language = LanguageSwitch(language, self.toolbar)
        self.language.chosen.connect(window.set_language)
        self.toolbar.addWidget(self.language)
        window.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        self.retranslate()

    def _undo_texts(self) -> None:
        stack = self.window.context.undo_stack
        undo, redo = stack.undoText(), stack.redoText()
        self.undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))
        self.undo.setIconText(self.tr("Undo"))
        self.redo.setIconText(self.tr("Redo"))
        self.undo.setToolTip(self.undo.text().replace("&", ""))
        self.redo.setToolTip(self.redo.text().replace("&", ""))

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        paths = settings.recent_workspaces()
        for path in paths:
            item = self.recent_menu.addAction(path.name)
            item.setToolTip(str(path))
            item.setStatusTip(str(path))
            item.triggered.connect(lambda _=False, p=path: self.window.open_workspace(p))
        if not paths:
            empty = self.recent_menu.addAction(self.tr("No recent workspaces"))
            empty.setEnabled(False)
        else:
            self.recent_menu.addSeparator()
            self.recent_menu.addAction(self.tr("Clear the list"),
                                       settings.clear_recent_workspaces)

    def set_engagement_actions_enabled(self, has_workspace: bool, has_engagement: bool) -> None:
        self.new_engagement.setEnabled(has_workspace)
        self.rename_engagement.setEnabled(has_engagement)
        self.delete_engagement.setEnabled(has_engagement)
        self.restore.setEnabled(has_workspace)
        self.add_sample.setEnabled(has_workspace)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&File"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.engagement_menu.setTitle(self.tr("En&gagement"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.new_workspace.setText(self.tr("&New workspace…"))
        self.open_workspace.setText(self.tr("&Open workspace…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.restore.setText(self.tr("Restore from &backup…"))
        self.save_copy.setText(self.tr("Save a &copy…"))
        self.add_sample.setText(self.tr("Open the &sample engagement…"))
        self.quit.setText(self.tr("&Quit"))
        self.new_engagement.setText(self.tr("&New engagement…"))
        self.rename_engagement.setText(self.tr("&Rename…"))
        self.delete_engagement.setText(self.tr("&Delete…"))
        self.about.setText(self.tr("&About CX Desk"))
        self.engagement_label.setText(self.tr("Engagement"))
        self.toolbar.setWindowTitle(self.tr("Main toolbar"))
        self.language.retranslate()
        self.search.retranslate()
        self._undo_texts()
