"""Importing photo files as evidence: both cores decode, the caller's thread writes.

:func:`import_files` reads, hashes and decodes each file and builds its derivatives in a pool
of worker processes (spawn-safe: the work is the top-level
:func:`cxdesk.photo_worker.prepare_outcome`, a light import), while this thread
stores the finished ones in batched transactions (every :data:`BATCH_SIZE` photos or
:data:`BATCH_SECONDS`), so writing overlaps decoding. It opens its own connection, so a GUI
worker thread can call it. Each bad file is rejected with its reason and the good ones are
stored; a photo already stored (same SHA-256) is linked again, not stored twice — and not even
decoded when it was stored before the import began (re-importing a folder). A photo is
written whole in one transaction or not at all, so a cancel leaves only complete photos.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from cxdesk.evidence import check_link_targets, link_photo, photo_id_by_sha, store_prepared
from cxdesk.photo_decode import SIZE_LIMIT
from cxdesk.photo_worker import PhotoOutcome, prepare_outcome, remember_stored
from cxdesk.workspace import Workspace

BATCH_SIZE = 8
BATCH_SECONDS = 0.5
#: Fewer files than this are done in this process: a pool's start-up would cost more.
POOL_THRESHOLD = 3

Progress = Callable[[int, int], None]
"""``progress(done, total)``: called after each file is stored, linked or rejected."""


@dataclass
class ImportReport:
    """What an import did: ``stored`` (file, photo id, new) in the order of the files given,
    ``rejected`` (file, reason), and whether it was cancelled before the end."""

    stored: list[tuple[Path, str, bool]] = field(default_factory=list)
    rejected: list[tuple[Path, str]] = field(default_factory=list)
    cancelled: bool = False

    @property
    def new(self) -> int:
        return sum(1 for _, _, was_new in self.stored if was_new)


def default_workers() -> int:
    return max(1, min(2, os.cpu_count() or 1))


def _serial(paths: list[Path], size_limit: int | None,
            known: frozenset[str]) -> Iterator[PhotoOutcome]:
    for index, path in enumerate(paths):
        yield prepare_outcome(index, str(path), size_limit, known)


def _pooled(paths: list[Path], size_limit: int | None, known: frozenset[str], workers: int,
            cancelled: Callable[[], bool]) -> Iterator[PhotoOutcome]:
    """Outcomes as workers finish them; at most a few files in flight per worker, so memory
    stays bounded when writing is slower than decoding. Where no pool can run (a sandbox, a
    worker that died), the files not yet done are done in this process."""
    window = workers * 3
    yielded: set[int] = set()
    try:
        context = multiprocessing.get_context("spawn")  # fork is unsafe in a threaded GUI
        with ProcessPoolExecutor(max_workers=workers, mp_context=context,
                                 initializer=remember_stored, initargs=(known,)) as pool:
            queued = 0
            pending: set[Future[PhotoOutcome]] = set()
            try:
                while queued < len(paths) or pending:
                    while queued < len(paths) and len(pending) < window and not cancelled():
                        pending.add(pool.submit(prepare_outcome, queued, str(paths[queued]),
                                                size_limit))
                        queued += 1
                    if not pending:
                        return
                    done, pending = wait(pending, timeout=0.1, return_when=FIRST_COMPLETED)
                    for outcome in sorted((f.result() for f in done), key=lambda o: o.index):
                        yielded.add(outcome.index)
                        yield outcome
            finally:
                for future in pending:
                    future.cancel()
                pool.shutdown(wait=True, cancel_futures=True)
    except (BrokenProcessPool, OSError, NotImplementedError):
        pass  # carry on below, in this process
    for index, path in enumerate(paths):
        if index not in yielded:
            if cancelled():
                return
            yield prepare_outcome(index, str(path), size_limit, known)


def import_files(ws_path: str | os.PathLike[str], files: Iterable[str | os.PathLike[str]], *,
                 engagement_id: str, check_id: str | None = None,
                 criterion_id: str | None = None, finding_id: str | None = None,
                 caption: str = "", size_limit: int | None = SIZE_LIMIT,
                 progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None,
                 workers: int | None = None) -> ImportReport:
    """Store photo files as evidence of an engagement (and a check, criterion, finding).

    Unknown or mismatched targets raise (NotFound / InvalidValue) before any file is read.
    ``cancelled()`` is polled between files: photos already decoded are still stored whole,
    the rest is left alone and ``report.cancelled`` is set.
    """
    paths = [Path(f) for f in files]
    report = ImportReport()
    is_cancelled = cancelled or (lambda: False)
    workers = default_workers() if workers is None else max(1, workers)
    total, handled = len(paths), 0
    stored: dict[int, tuple[Path, str, bool]] = {}
    rejected: dict[int, tuple[Path, str]] = {}
    with Workspace.open(ws_path) as ws:
        check_link_targets(ws, engagement_id=engagement_id, check_id=check_id,
                           criterion_id=criterion_id, finding_id=finding_id)
        # photos stored before are only hashed, not decoded again (re-importing a folder)
        known = frozenset(sha for (sha,) in ws.conn.execute("SELECT sha256 FROM photos"))
        batch: list[PhotoOutcome] = []
        last_flush = time.monotonic()

        def flush() -> None:
            nonlocal last_flush
            if batch:
                with ws.transaction():
                    for outcome in batch:
                        if outcome.photo is not None:
                            photo_id, created = store_prepared(ws, outcome.photo)
                        else:
                            found = photo_id_by_sha(ws, outcome.sha256)
                            if found is None:  # deleted since the import started
                                rejected[outcome.index] = (paths[outcome.index],
                                                           "removed while importing; add it"
                                                           " again")
                                continue
                            photo_id, created = found, False
                        link_photo(ws, photo_id, engagement_id=engagement_id,
                                   check_id=check_id, criterion_id=criterion_id,
                                   finding_id=finding_id, caption=caption)
                        stored[outcome.index] = (paths[outcome.index], photo_id, created)
                batch.clear()
            last_flush = time.monotonic()

        if workers >= 2 and total >= POOL_THRESHOLD:
            outcomes = _pooled(paths, size_limit, known, workers, is_cancelled)
        else:
            outcomes = _serial(paths, size_limit, known)
        try:
            for outcome in outcomes:
                if outcome.reason:
                    rejected[outcome.index] = (paths[outcome.index], outcome.reason)
                else:
                    batch.append(outcome)
                handled += 1
                if len(batch) >= BATCH_SIZE or time.monotonic() - last_flush >= BATCH_SECONDS:
                    flush()
                if progress is not None:
                    progress(handled, total)
                if is_cancelled() and handled < total:
                    report.cancelled = True
                    break
        finally:
            close = getattr(outcomes, "close", None)
            if close is not None:
                close()  # stops the pool before the last write
        flush()
    # Workers finish out of order: of several files with the same content, the first one
    # given is the one reported stored, the others linked, however the pool ran them.
    created = {photo_id for _, photo_id, new in stored.values() if new}
    for i in sorted(stored):
        path, photo_id, _ = stored[i]
        stored[i] = (path, photo_id, photo_id in created)
        created.discard(photo_id)
    report.stored = [stored[i] for i in sorted(stored)]
    report.rejected = [rejected[i] for i in sorted(rejected)]
    return report
