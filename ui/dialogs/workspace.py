"""Choosing workspace files, what to do when one is refused, and restoring from a backup."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Qt, QTimeZone
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from cxdesk.backups import Backup, list_backups

SUFFIX = ".cxd"


def ask_new_workspace_path(parent: QWidget | None, start: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("WorkspaceFiles", "New workspace"),
        str(start or Path.home() / f"audit{SUFFIX}"),
        QCoreApplication.translate("WorkspaceFiles", "CX Desk workspace (*.cxd)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def ask_open_workspace_path(parent: QWidget | None, start: Path | None = None) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(
        parent, QCoreApplication.translate("WorkspaceFiles", "Open workspace"),
        str(start or Path.home()),
        QCoreApplication.translate("WorkspaceFiles", "CX Desk workspace (*.cxd)"))
    return Path(name) if name else None


def choose_after_refusal(parent: QWidget | None, message: str) -> str | None:
    """Tell why a workspace was refused, then offer another: "open", "new" or None (quit)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("RefusedWorkspace", "CX Desk"))
    box.setText(QCoreApplication.translate("RefusedWorkspace",
                                           "This workspace cannot be opened."))
    box.setInformativeText(message + "\n\n" + QCoreApplication.translate(
        "RefusedWorkspace",
        "The file was not changed. Open another workspace or create a new one."))
    open_button = box.addButton(
        QCoreApplication.translate("RefusedWorkspace", "Open workspace…"),
        QMessageBox.ButtonRole.AcceptRole)
    new_button = box.addButton(
        QCoreApplication.translate("RefusedWorkspace", "New workspace…"),
        QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QCoreApplication.translate("RefusedWorkspace", "Quit"),
                  QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(open_button)
    box.exec()
    clicked = box.clickedButton()
    if clicked is open_button:
        return "open"
    if clicked is new_button:
        return "new"
    return None


def format_size(size: int) -> str:
    locale = QLocale()
    return locale.formattedDataSize(size, 1)


class RestoreDialog(QDialog):
    """The workspace's backups, newest first, with their date, size and reason. The window
    calls ``selected_backup()`` after acceptance; tests select a row and call it directly."""

    def __init__(self, workspace_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore from backup"))
        self.resize(560, 360)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Choose a backup to restore. The workspace's current state is backed up first, "
            "so a restore can itself be undone from this list."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QTreeWidget(self)
        self.list.setRootIsDecorated(False)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setHeaderLabels([self.tr("Made"), self.tr("Size"), self.tr("Why")])
        layout.addWidget(self.list, 1)
        self.empty = QLabel(self.tr("There are no backups of this workspace yet."))
        layout.addWidget(self.empty)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.backups: list[Backup] = list_backups(workspace_id)
        self._fill()
        self.list.itemSelectionChanged.connect(self._update_buttons)
        self.list.itemDoubleClicked.connect(lambda *_: self.accept())
        self._update_buttons()

    def reason_text(self, reason: str) -> str:
        return {
            "auto": self.tr("Automatic, on opening"),
            "before_restore": self.tr("Before a restore"),
            "manual": self.tr("Made by hand"),
        }.get(reason, reason)

    def _fill(self) -> None:
        locale = QLocale()
        for backup in self.backups:
            made = QDateTime.fromSecsSinceEpoch(int(backup.made_at.timestamp()),
                                                QTimeZone.utc()).toLocalTime()
            item = QTreeWidgetItem([
                locale.toString(made, QLocale.FormatType.ShortFormat),
                format_size(backup.size), self.reason_text(backup.reason)])
            item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.list.addTopLevelItem(item)
        for column in range(3):
            self.list.resizeColumnToContents(column)
        self.empty.setVisible(not self.backups)
        self.list.setVisible(bool(self.backups))
        if self.backups:
            self.list.setCurrentItem(self.list.topLevelItem(0))

    def select(self, index: int) -> None:
        self.list.setCurrentItem(self.list.topLevelItem(index))

    def selected_backup(self) -> Backup | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return self.backups[self.list.indexOfTopLevelItem(item)]

    def _update_buttons(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.selected_backup() is not None)
