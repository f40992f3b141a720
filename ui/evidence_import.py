"""Importing evidence files from the GUI: ``cxdesk.evidence_import.import_files`` runs in a
worker thread (it spreads the image work over the cores and writes in batches through its own
connection) while a progress dialog counts and can cancel; the window stays responsive. At the
end the views refresh once, one undo step takes the new links away again, and a summary says
what was stored, what was there already and what was refused, and why.

Every way in — *Import photos…*, a folder, files dropped onto a check, a criterion or a
finding — goes through :func:`start_import`."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from cxdesk import records
from cxdesk.records import Removal
from ui import messages, read_only
from ui.commands import CoreCommand
from ui.context import CHECKS, EVIDENCE, FINDINGS, AppContext
from ui.workers import Worker, progress_dialog

#: what a file dropped or chosen may be (photos, call recordings, documents)
PHOTO_SUFFIXES = {".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".mpo"}
OTHER_SUFFIXES = {".mp3", ".m4a", ".wav", ".ogg", ".pdf"}
EVIDENCE_SUFFIXES = PHOTO_SUFFIXES | OTHER_SUFFIXES
#: the progress signal is sent at most this often (the GUI repaints in batches)
PROGRESS_EVERY_S = 0.05


def evidence_files(paths: Iterable[Path]) -> list[Path]:
    """The files to import among dropped or chosen paths; folders give their files (sorted)."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(p for p in sorted(path.rglob("*"))
                         if p.is_file() and p.suffix.lower() in EVIDENCE_SUFFIXES)
        elif path.suffix.lower() in EVIDENCE_SUFFIXES:
            found.append(path)
    return found


def candidates(paths: Iterable[Path]) -> list[Path]:
    """The evidence files and the folders among paths, without looking into the folders
    (a drag over the window, or a big folder, must not stall it: the import's worker does)."""
    return [p for p in paths if p.suffix.lower() in EVIDENCE_SUFFIXES or p.is_dir()]


def dropped_files(mime: Any) -> list[Path]:
    """Local evidence files and folders named by a drag's mime data (folders not walked)."""
    if mime is None or not mime.hasUrls():
        return []
    return candidates(Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile())


class ImportedCommand(CoreCommand):
    """The links an import made; undo removes them (the files stay stored, so a redo is
    instant), redo puts the same links back."""

    def __init__(self, context: AppContext, link_ids: list[str], text: str) -> None:
        super().__init__(context, text)
        self.link_ids = link_ids
        self.removals: list[Removal] = []

    def apply(self) -> Iterable[str]:
        for removal in self.removals:
            records.restore(self.ws, removal)
        self.removals = []
        return {EVIDENCE, CHECKS, FINDINGS}

    def revert(self) -> Iterable[str]:
        with self.ws.transaction():
            self.removals = [records.remove(self.ws, "evidence_links", link)
                             for link in self.link_ids]
        return {EVIDENCE, CHECKS, FINDINGS}


class ImportJob(QObject):
    """One import in a worker. ``progress(done, total)`` arrives at most every 50 ms;
    ``done(report)`` (None on failure) once it is over, after the views were refreshed."""

    progress = Signal(int, int)
    done = Signal(object)

    _running: set[ImportJob] = set()  # kept alive until over, whoever started them

    def __init__(self, context: AppContext, files: list[Path], *, check_id: str | None = None,
                 criterion_id: str | None = None, finding_id: str | None = None,
                 parent: QWidget | None = None, dialog: bool = True) -> None:
        # No Qt parent: the job lives until it is over (``_running``), even if the widget that
        # started it is deleted first; a parent deleting it under a running worker would leave
        # Python a wrapper of a freed object for the garbage collector to trip on.
        super().__init__()
        self._owner = parent
        assert context.ws is not None and context.engagement_id
        self.context = context
        self.files = list(files)  # folders among them are walked in the worker
        self._walk = any(f.is_dir() for f in self.files)
        self.targets = {"check_id": check_id, "criterion_id": criterion_id,
                        "finding_id": finding_id}
        self.engagement_id = context.engagement_id
        self.ws_path = Path(context.ws.path)
        self.report: Any = None
        self.error: str | None = None
        self._cancel = threading.Event()
        self._last_emit = 0.0
        self._before = {r[0] for r in context.ws.conn.execute(
            "SELECT id FROM evidence_links WHERE engagement_id = ?", (self.engagement_id,))}
        self.dialog: QProgressDialog | None = None
        if dialog:
            self.dialog = progress_dialog(
                QCoreApplication.translate("EvidenceImport", "Importing evidence…"),
                QCoreApplication.translate("EvidenceImport", "Import"),
                QCoreApplication.translate("EvidenceImport", "Cancel"), parent,
                maximum=0 if self._walk else len(self.files))  # 0: busy until counted
            self.dialog.canceled.connect(self.cancel)
            self.progress.connect(self._show_progress)
        self.worker = Worker(self._run, self)
        self.worker.succeeded.connect(self._finished)
        self.worker.failed.connect(self._failed)

    def start(self) -> ImportJob:
        """Start the import; on a read-only workspace refuse it (one message) instead, with
        ``error`` set and nothing started."""
        try:
            read_only.ensure_writable(self.context)
        except read_only.EditRefused as exc:
            self.error = str(exc)
            self._close_dialog()
            read_only.show_refusal(self._window(), self.error)
            return self
        ImportJob._running.add(self)
        self.done.connect(self._forget)
        self.worker.start()
        return self

    def _forget(self, _report: Any) -> None:
        ImportJob._running.discard(self)

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self.worker.is_running()

    # -- in the worker thread ------------------------------------------------------------------
    def _run(self) -> Any:
        from cxdesk.evidence_import import import_files
        from cxdesk.evidence_other import add_evidence_files

        if self._walk:
            self.files = evidence_files(self.files)
            self._progress(0)
        photos = [f for f in self.files if f.suffix.lower() in PHOTO_SUFFIXES]
        others = [f for f in self.files if f.suffix.lower() not in PHOTO_SUFFIXES]
        report = import_files(self.ws_path, photos, engagement_id=self.engagement_id,
                              **self.targets, progress=self._progress,
                              cancelled=self._cancel.is_set)
        if others and not report.cancelled:
            done = len(photos)
            more = add_evidence_files(
                self.ws_path, others, engagement_id=self.engagement_id, **self.targets,
                progress=lambda n, _total: self._progress(done + n, len(self.files)),
                cancelled=self._cancel.is_set)
            report.stored.extend(more.stored)
            report.rejected.extend(more.rejected)
            report.cancelled = more.cancelled
        return report

    def _progress(self, *args: Any) -> None:
        now = time.monotonic()
        done = int(args[0]) if args else 0
        total = len(self.files)
        if done >= total or now - self._last_emit >= PROGRESS_EVERY_S:
            self._last_emit = now
            self.progress.emit(done, total)

    # -- back on the GUI thread ----------------------------------------------------------------
    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)

    def _close_dialog(self) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reset()
            self.dialog.hide()
            self.dialog.deleteLater()
        self.dialog = None

    def _finished(self, report: Any) -> None:
        self.report = report
        self._close_dialog()
        ws = self.context.ws
        if ws is None or ws.conn is None or Path(ws.path) != self.ws_path:
            self.done.emit(report)  # the workspace was closed or changed meanwhile
            return
        stored = {photo_id for _file, photo_id, _new in report.stored}
        if stored:
            new_links = [r[0] for r in ws.conn.execute(
                "SELECT id FROM evidence_links WHERE engagement_id = ?",
                (self.engagement_id,)) if r[0] not in self._before]
            new_links = [link for link in new_links if ws.scalar(
                "SELECT photo_id FROM evidence_links WHERE id = ?", (link,)) in stored]
            if new_links:
                command = ImportedCommand(self.context, new_links,
                                          self.tr("Import %n file(s)", "", len(stored)))
                command._skip_redo = True
                self.context.undo_stack.push(command)
        self.context.notify(EVIDENCE, CHECKS, FINDINGS)
        messages.info(self._window(),
                      QCoreApplication.translate("EvidenceImport", "Import finished"),
                      self.summary(report))
        self.done.emit(report)

    def summary(self, report: Any) -> str:
        """What an import did, in a few lines: stored, already there, refused with reasons."""
        new = sum(1 for _f, _p, was_new in report.stored if was_new)
        again = len(report.stored) - new
        if not report.stored and not report.rejected and not getattr(report, "cancelled", False):
            return QCoreApplication.translate(  # a dropped folder held no evidence
                "EvidenceView", "None of these is a photo, a recording or a PDF.")
        lines = [self.tr("%n new file(s) stored.", "", new)]
        if again:
            lines.append(self.tr("%n file(s) were stored already and are linked again.", "",
                                 again))
        if report.rejected:
            lines.append(self.tr("%n file(s) refused:", "", len(report.rejected)))
            for file, reason in report.rejected[:20]:
                lines.append(f"  {Path(file).name}: {reason}")
            if len(report.rejected) > 20:
                lines.append("  …")
        if getattr(report, "cancelled", False):
            lines.append(QCoreApplication.translate(
                "EvidenceImport",
                "The import was cancelled; the files not listed were not imported."))
        return "\n".join(lines)

    def _window(self) -> QWidget | None:
        owner = self._owner
        return owner if owner is not None and shiboken6.isValid(owner) else None

    def _failed(self, message: str) -> None:
        self.error = message
        self._close_dialog()
        self.context.notify(EVIDENCE, CHECKS, FINDINGS)  # a batch may have been written
        messages.error(self._window(),
                       QCoreApplication.translate("EvidenceImport", "Import failed"), message)
        self.done.emit(None)


def start_import(context: AppContext, paths: Iterable[Path], parent: QWidget | None = None, *,
                 check_id: str | None = None, criterion_id: str | None = None,
                 finding_id: str | None = None) -> ImportJob | None:
    """Import files (folders give their evidence files, found in the worker) in a worker;
    None when there is nothing to import or no engagement, or when the workspace is read-only
    (after saying so)."""
    files = candidates(paths)
    if not files or context.ws is None or not context.engagement_id:
        return None
    if read_only.refuse_edit(context, parent):
        return None
    return ImportJob(context, files, check_id=check_id, criterion_id=criterion_id,
                     finding_id=finding_id, parent=parent,
                     dialog=not messages.headless).start()
