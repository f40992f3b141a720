"""Workers: while one runs, Python's garbage is collected on the GUI thread only (a collection
in the worker thread would let shiboken delete the GUI's Qt objects off the GUI thread)."""

from __future__ import annotations

import gc
import threading
import weakref

from PySide6.QtCore import QObject

from ui.workers import Worker


class Holder(QObject):
    """A Qt object in a reference cycle: garbage only the cyclic collector frees."""

    def __init__(self) -> None:
        super().__init__()
        self.me = self


def test_while_a_worker_runs_garbage_is_collected_on_the_gui_thread(qtbot) -> None:
    release = threading.Event()
    collected_in: list[str] = []

    def watch(phase: str, _info: dict) -> None:
        if phase == "start":
            collected_in.append(threading.current_thread().name)

    def job() -> int:
        # allocate in the worker as a report does: no collection may start here
        junk = [[i] for i in range(200_000)]
        release.wait(10)
        return len(junk)

    assert gc.isenabled()
    worker = Worker(job).start()
    results: list[int] = []
    worker.succeeded.connect(results.append)
    gc.callbacks.append(watch)
    try:
        assert not gc.isenabled()  # automatic collection is off while the worker runs
        holder = weakref.ref(Holder())
        for _ in range(2000):  # GUI-side garbage piles up past the threshold …
            Holder()
        qtbot.waitUntil(lambda: holder() is None, timeout=5000)  # … and the GUI collects it
        release.set()
        qtbot.waitUntil(lambda: bool(results) and not Worker._running, timeout=10000)
    finally:
        release.set()
        gc.callbacks.remove(watch)
    assert results == [200_000]
    assert collected_in and set(collected_in) == {threading.main_thread().name}
    assert gc.isenabled()  # back to automatic once no worker runs
