"""A workspace opened read-only (a locked USB stick, a read-only share, a file without write
permission): what the window says about it, the bar at the top of the screens with *Save a
copy…*, and the one refusal every attempted edit gets.

Edits are refused where they all pass (``ui.commands``: every undoable command, and the undo
stack's ``push``; ``ui.evidence_import.start_import``; a worker whose write the core refuses),
never screen by screen."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from cxdesk.errors import CxDeskError
from cxdesk.workspace import read_only_cause
from ui import messages, style
from ui.icons import icon

if TYPE_CHECKING:
    from ui.context import AppContext

SUFFIX = ".cxd"


def cause_text(cause: str | None) -> str:
    """Why the workspace can only be read, as a user understands it."""
    if cause == "medium":
        return QCoreApplication.translate(
            "ReadOnly", "it is on a read-only disk (a locked USB stick, a CD, a read-only "
            "shared folder)")
    if cause == "file":
        return QCoreApplication.translate("ReadOnly",
                                          "you have no permission to change the file")
    if cause == "folder":
        return QCoreApplication.translate("ReadOnly",
                                          "you have no permission to write in its folder")
    return QCoreApplication.translate("ReadOnly", "it cannot be written")


def refusal_text(path: Path, cause: str | None = None) -> str:
    """The one message an attempted edit gets: the file, why, that nothing changed, and how
    to edit."""
    return QCoreApplication.translate(
        "ReadOnly", "The workspace {0} is read-only: {1}.\n\nNothing was changed. To edit "
        "it, save a copy where you can write (File → Save a copy…) and work in the copy.",
    ).format(str(path), cause_text(cause))


class EditRefused(CxDeskError):
    """An edit attempted on a read-only workspace; the message says what to do."""

    def __init__(self, path: Path, cause: str | None = None) -> None:
        super().__init__(refusal_text(path, cause))
        self.path = Path(path)


def ensure_writable(context: AppContext) -> None:
    """Raise EditRefused when the context's workspace is read-only."""
    ws = context.ws
    if ws is not None and ws.read_only:
        raise EditRefused(ws.path, read_only_cause(ws.path))


def refuse_edit(context: AppContext, parent: QWidget | None = None) -> bool:
    """True (after saying why, once) when an edit must not be tried: the workspace is
    read-only."""
    try:
        ensure_writable(context)
    except EditRefused as exc:
        show_refusal(parent, str(exc))
        return True
    return False


def show_refusal(parent: QWidget | None, text: str) -> None:
    messages.error(parent, QCoreApplication.translate("ReadOnly", "Read-only workspace"), text)


def ask_copy_path(parent: QWidget | None, source: Path) -> Path | None:
    """Where to save a writable copy of ``source`` (a file dialog; None when cancelled)."""
    from PySide6.QtWidgets import QFileDialog

    name = QCoreApplication.translate("ReadOnly", "{0} (copy)").format(source.stem)
    name, _ = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("ReadOnly", "Save a copy of the workspace"),
        str(Path.home() / f"{name}{SUFFIX}"),
        QCoreApplication.translate("WorkspaceFiles", "CX Desk workspace (*.cxd)"))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


class ReadOnlyBar(QFrame):
    """A quiet bar above the screens: the workspace is read-only, why, and *Save a copy…*."""

    save_copy_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ReadOnlyBar")
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("lock", style.AMBER.darker(130)).pixmap(16, 16))
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.button = QPushButton(self)
        self.button.clicked.connect(self.save_copy_requested)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 10, 6)
        layout.setSpacing(8)
        layout.addWidget(self.icon)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        amber = style.AMBER
        self.setStyleSheet(
            f"#ReadOnlyBar {{ background: {style.tint(amber, 0.16).name()};"
            f" border-bottom: 1px solid {style.tint(amber, 0.45).name()}; }}")
        self._cause: str | None = None
        self.retranslate()
        self.hide()

    def show_for(self, cause: str | None) -> None:
        self._cause = cause
        self.retranslate()
        self.show()

    def set_busy(self, busy: bool) -> None:
        self.button.setEnabled(not busy)
        self.button.setText(self.tr("Saving a copy…") if busy else self.tr("Save a copy…"))

    def retranslate(self) -> None:
        self.label.setText(self.tr("<b>Read-only.</b> You can look at everything in this "
                                   "workspace but change nothing: {0}.")
                           .format(cause_text(self._cause)))
        self.button.setText(self.tr("Save a copy…"))
        self.button.setToolTip(self.tr("Copy the workspace to a place where you can write, "
                                       "and open the copy to edit it"))
