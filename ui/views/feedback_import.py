"""Importing a feedback file from the Feedback screen. The file is read, decoded and validated
in a worker thread (``cxdesk.feedback_import.prepare_file``, no workspace connection needed)
while a progress dialog counts the rows and can cancel; the window stays responsive. A file
without a problem is then written on the GUI thread, through the window's connection, as one
undo step (``ImportFeedbackCommand``); a file with problems, or a cancelled import, writes
nothing."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cxdesk.errors import CxDeskError
from ui import messages, read_only
from ui.commands import execute
from ui.context import AppContext
from ui.voice_commands import ImportFeedbackCommand
from ui.workers import Worker, progress_dialog

#: the progress signal is sent at most this often (the GUI repaints in batches)
PROGRESS_EVERY_S = 0.05


class FeedbackImportJob(QObject):
    """One feedback import: ``progress(done, total)`` while the worker reads (``total`` 0:
    rows still being read) and checks the rows, at most every 50 ms; ``done(result)`` once it
    is over (the ImportResult, or None when the file was refused, the import cancelled or the
    workspace closed meanwhile)."""

    progress = Signal(int, int)
    done = Signal(object)

    _running: set[FeedbackImportJob] = set()  # kept alive until over, whoever started them

    def __init__(self, context: AppContext, path: str | Path, sampling: str = "unknown",
                 invited: int | None = None, *, parent: QWidget | None = None,
                 dialog: bool = True) -> None:
        # no Qt parent: the job lives until it is over, even if its screen goes first
        super().__init__()
        assert context.ws is not None and context.engagement_id
        self._owner = parent
        self.context = context
        self.ws = context.ws
        self.engagement_id = context.engagement_id
        self.path = Path(path)
        self.sampling, self.invited = sampling, invited
        self.result: Any = None
        self.error: str | None = None
        self.cancelled = False
        self.over = False
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self.dialog: QProgressDialog | None = None
        if dialog:
            self.dialog = progress_dialog(
                self._label(0, 0), title(), QCoreApplication.translate("FeedbackView", "Cancel"),
                parent)
            self.dialog.setMinimumWidth(380)
            self.dialog.canceled.connect(self.cancel)
            self.progress.connect(self._show_progress)
        self.worker = Worker(self._run, self)
        self.worker.succeeded.connect(self._finished)
        self.worker.failed.connect(self._failed)

    def start(self) -> FeedbackImportJob:
        FeedbackImportJob._running.add(self)
        self.worker.start()
        return self

    def cancel(self) -> None:
        """Stop reading; nothing is imported, even if the reading was already over."""
        self._cancel.set()

    def is_running(self) -> bool:
        return not self.over

    # -- in the worker thread ----------------------------------------------------------------
    def _run(self) -> Any:
        from cxdesk.feedback_import import prepare_file
        from cxdesk.feedback_read import Cancelled

        try:
            return prepare_file(self.path, self._progress)
        except Cancelled:
            return None
        except CxDeskError as exc:  # a refused file: said on the GUI thread, not a crash
            return exc

    def _progress(self, done: int, total: int) -> None:
        from cxdesk.feedback_read import Cancelled

        if self._cancel.is_set():
            raise Cancelled
        now = time.monotonic()
        if (total and done >= total) or now - self._last_emit >= PROGRESS_EVERY_S:
            self._last_emit = now
            self.progress.emit(done, total)

    # -- back on the GUI thread --------------------------------------------------------------
    def _label(self, done: int, total: int) -> str:
        if total:
            return QCoreApplication.translate(
                "FeedbackView", "Checking the responses of %1…").replace("%1", self.path.name)
        text = QCoreApplication.translate("FeedbackView", "Reading %1…") \
            .replace("%1", self.path.name)
        if done:  # the rows read so far
            text += "\n" + self.tr("%n row(s) read", "", done)  # self.tr: lupdate sees plurals
        return text

    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is None or not shiboken6.isValid(self.dialog):
            return
        self.dialog.setLabelText(self._label(done, total))
        self.dialog.setMaximum(total)  # 0: a busy bar while the rows are read
        self.dialog.setValue(min(done, total) if total else 0)

    def _close_dialog(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        self.dialog = None

    def _window(self) -> QWidget | None:
        owner = self._owner
        return owner if owner is not None and shiboken6.isValid(owner) else None

    def _end(self, result: Any) -> None:
        self.over = True
        FeedbackImportJob._running.discard(self)
        self.done.emit(result)

    def _finished(self, outcome: Any) -> None:
        self._close_dialog()
        if outcome is None or self._cancel.is_set():
            self.cancelled = True
            messages.info(self._window(), title(), QCoreApplication.translate(
                "FeedbackView", "The import was cancelled; nothing was imported."))
            self._end(None)
            return
        if isinstance(outcome, CxDeskError):
            self.error = str(outcome)
            messages.error(self._window(),
                           QCoreApplication.translate("Commands", "Not possible"), self.error)
            self._end(None)
            return
        ws = self.context.ws
        if ws is not self.ws or ws.conn is None:
            self._end(None)  # the workspace was closed or changed meanwhile
            return
        command = ImportFeedbackCommand(self.context, title(),
                                        self.engagement_id, self.path, self.sampling,
                                        self.invited, prepared=outcome)
        if not execute(command, self._window()):  # refused (too few invited): said by it
            self._end(None)
            return
        self.result = result = command.result
        text = QCoreApplication.translate(
            "FeedbackView", "Added %1, skipped %2 already imported.") \
            .replace("%1", str(result.added)).replace("%2", str(result.skipped))
        if result.warnings:
            text += "\n\n" + "\n".join(result.warnings[:10])
        messages.info(self._window(), title(), text)
        self._end(result)

    def _failed(self, message: str) -> None:  # a bug in reading: said, nothing written
        self.error = message
        self._close_dialog()
        messages.error(self._window(), title(), message)
        self._end(None)


def title() -> str:
    return QCoreApplication.translate("FeedbackView", "Import feedback")


def choose_and_import(view: Any) -> FeedbackImportJob | None:
    """Ask for the file, its sampling and the number invited, then import it in a worker."""
    if view.context.ws is None or not view.context.engagement_id:
        return None
    if read_only.refuse_edit(view.context, view):  # before asking for a file it cannot take
        return None
    from ui.dialogs.feedback_forms import ImportFeedbackDialog

    dialog = ImportFeedbackDialog(view)
    if not dialog.exec():
        return None
    return start_import(view, **dialog.values())


def start_import(view: Any, path: str | Path, sampling: str = "unknown",
                 invited: int | None = None) -> FeedbackImportJob | None:
    """Import a feedback file into the view's engagement in a worker; None when there is no
    engagement open or the workspace is read-only (said once)."""
    context = view.context
    if context.ws is None or not context.engagement_id:
        return None
    if read_only.refuse_edit(context, view):  # not a file read only to be refused
        return None
    return FeedbackImportJob(context, path, sampling, invited, parent=view,
                             dialog=not messages.headless).start()
