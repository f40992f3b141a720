"""Bundle work off the GUI thread: export, the dry run that tells what an import would do,
and the import itself, each in a worker with its own workspace connection, a progress dialog
and a cancel button (a cancelled import changes nothing: it is one transaction)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cxdesk.workspace import Workspace
from ui.workers import Worker, progress_dialog


class BundleJob(QObject):
    """``fn(ws, progress)`` in a worker over its own connection to ``ws_path``;
    ``finished(result)`` or ``failed(message)`` back on the GUI thread."""

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)

    def __init__(self, ws_path: Path, fn: Callable[[Workspace, Callable[[int, int], bool]], Any],
                 label: str, parent: QWidget | None = None, *, dialog: bool = True,
                 create: bool = False) -> None:
        super().__init__(parent)
        self.ws_path = ws_path
        self.fn = fn
        self.create = create
        self.result: Any = None
        self.error: str | None = None
        self._cancel = threading.Event()
        self.dialog: QProgressDialog | None = None
        if dialog:
            self.dialog = progress_dialog(
                label, QCoreApplication.translate("ExchangeView", "Exchange"),
                QCoreApplication.translate("ExchangeView", "Cancel"), parent)
            self.dialog.canceled.connect(self.cancel)
            self.progress.connect(self._show_progress)
        self.worker = Worker(self._run, self)
        self.worker.succeeded.connect(self._done)
        self.worker.failed.connect(self._failed)

    def start(self) -> BundleJob:
        self.worker.start()
        return self

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self.worker.is_running()

    def _run(self) -> Any:  # in the worker thread
        def progress(done: int, total: int) -> bool:
            self.progress.emit(done, total)
            return not self._cancel.is_set()

        with Workspace.open(self.ws_path, create=self.create) as ws:
            return self.fn(ws, progress)

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, result: Any) -> None:
        self.result = result
        self._close_dialog()
        self.finished.emit(result)

    def _failed(self, message: str) -> None:
        self.error = message
        self._close_dialog()
        self.failed.emit(message)
