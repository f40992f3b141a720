"""Running a function in a worker thread and getting its result back on the GUI thread.

The function must not touch widgets or the window's Workspace connection: it opens what it
needs itself (one SQLite connection per thread). A write the core refuses because the workspace
is read-only fails with the app's one read-only message (``ui.read_only``), not SQLite's.

While a worker runs, Python's cyclic garbage collector runs on the GUI thread only. Left
automatic, it runs in whichever thread happens to allocate when a threshold trips: a worker
busy building a report would then collect the GUI's garbage (a map scene drawn for the report, a
closed dialog) and shiboken would delete Qt objects off the GUI thread, which crashes the app.
"""

from __future__ import annotations

import gc
import traceback
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot

from cxdesk.workspace import ReadOnlyWorkspace

if TYPE_CHECKING:
    from PySide6.QtWidgets import QProgressDialog, QWidget


class _Runner(QObject):
    succeeded = Signal(object)
    failed = Signal(str)
    done = Signal()

    def __init__(self, fn: Callable[[], Any]) -> None:
        super().__init__()
        self._fn = fn

    @Slot()
    def run(self) -> None:
        try:
            result = self._fn()
        except ReadOnlyWorkspace as exc:  # expected: say it as every refused edit says it
            from ui.read_only import refusal_text

            self.failed.emit(refusal_text(exc.path, exc.cause))
        except Exception as exc:  # reported on the GUI thread, never lost
            message = str(exc) or exc.__class__.__name__
            traceback.print_exc()
            self.failed.emit(message)
        else:
            self.succeeded.emit(result)
        self.done.emit()


class _GuiThreadCollector:
    """Automatic collection off while workers run; the GUI thread collects instead, by the
    same thresholds, a few times a second, and once more when the last worker ends."""

    INTERVAL_MS = 200
    _timer: QTimer | None = None

    @classmethod
    def workers_started(cls) -> None:
        if cls._timer is None:
            cls._timer = QTimer()
            cls._timer.setInterval(cls.INTERVAL_MS)
            cls._timer.timeout.connect(cls.collect)
        if not cls._timer.isActive():
            gc.disable()
            cls._timer.start()

    @classmethod
    def workers_over(cls) -> None:
        if cls._timer is not None and cls._timer.isActive():
            cls._timer.stop()
            cls.collect()
            gc.enable()

    @staticmethod
    def collect() -> None:
        counts, thresholds = gc.get_count(), gc.get_threshold()
        oldest = max((generation for generation in range(3)
                      if counts[generation] > thresholds[generation]), default=None)
        if oldest is not None:
            gc.collect(oldest)


class Worker(QObject):
    """``Worker(fn).start()``: ``succeeded(result)`` or ``failed(message)``, then ``finished``,
    all delivered on the thread that created the worker."""

    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    _running: set[Worker] = set()

    def __init__(self, fn: Callable[[], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._runner = _Runner(fn)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.succeeded.connect(self.succeeded)
        self._runner.failed.connect(self.failed)
        # quit from the worker thread itself: the GUI thread may be blocked in wait()
        self._runner.done.connect(self._thread.quit, Qt.ConnectionType.DirectConnection)
        self._thread.finished.connect(self._on_finished)

    def start(self) -> Worker:
        Worker._running.add(self)
        _GuiThreadCollector.workers_started()
        self._thread.start()
        return self

    def is_running(self) -> bool:
        return self._thread.isRunning()

    def wait(self, msecs: int = 30000) -> bool:
        return self._thread.wait(msecs)

    def _on_finished(self) -> None:
        # ``finished`` is emitted just before the thread ends: let it end before the last
        # reference (and so the QThread) may go, or Qt destroys a running thread
        self._thread.wait()
        Worker._running.discard(self)
        if not Worker._running:
            _GuiThreadCollector.workers_over()
        self.finished.emit()

    @classmethod
    def wait_all(cls, msecs: int = 30000) -> None:
        """Wait for every running worker (on quit, and in tests)."""
        for worker in list(cls._running):
            worker.wait(msecs)


def progress_dialog(label: str, title: str, cancel: str, parent: QWidget | None, *,
                    maximum: int = 0) -> QProgressDialog:
    """The window-modal progress dialog of a job run in a worker: it appears only if the job
    lasts over 400 ms and stays open (no automatic reset or close) until the job closes it;
    ``maximum`` 0 is a busy bar."""
    from PySide6.QtWidgets import QProgressDialog

    dialog = QProgressDialog(label, cancel, 0, maximum, parent)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoReset(False)
    dialog.setAutoClose(False)
    dialog.setValue(0)
    return dialog
