"""Photo import: 50 distinct 12-megapixel JPEGs through ``import_files`` (both cores, batched
database writes) against a plain baseline measured in the same run — one photo after another,
one process, no database: SHA-256, a ``draft()`` decode, a 1600 px upright print copy and a
320 px thumbnail made from it.

Target (issue 5): import time ≤ 0.8 × baseline. CPU times are printed too: on a busy machine
the wall-clock ratio says more about the other load than about the import. The photos are generated once into the temp
folder (noise and shapes, so they compress like photos; EXIF orientations 1–8).

    python bench/photos.py [--count 50] [--runs 1]
"""

from __future__ import annotations

import argparse
import hashlib
import io
import os
import random
import resource
import statistics
import tempfile
import time
from pathlib import Path

from _demo import ROOT  # noqa: F401 - puts the project on sys.path

WIDTH, HEIGHT = 4000, 3000
TARGET = 0.8


def photo_folder(count: int) -> list[Path]:
    """``count`` distinct 12 MP JPEGs, made once and cached in the temp folder."""
    from PIL import Image, ImageDraw, ImageFilter

    cache = Path(os.environ.get("CXDESK_BENCH_CACHE", tempfile.gettempdir()))
    folder = cache / "cxdesk-bench-photos"
    folder.mkdir(exist_ok=True)
    paths = [folder / f"IMG_{i:04d}.JPG" for i in range(count)]
    missing = [p for p in paths if not p.exists()]
    if missing:
        print(f"making {len(missing)} photos of {WIDTH}×{HEIGHT} in {folder} …", flush=True)
    for path in missing:
        i = int(path.stem.split("_")[1])
        rng = random.Random(i)
        # coarse noise blown up gives photo-like gradients; shapes give edges; fine noise grain
        base = Image.frombytes("RGB", (WIDTH // 16, HEIGHT // 16),
                               rng.randbytes(WIDTH // 16 * HEIGHT // 16 * 3))
        im = base.filter(ImageFilter.GaussianBlur(2)).resize((WIDTH, HEIGHT),
                                                            Image.Resampling.BICUBIC)
        draw = ImageDraw.Draw(im)
        for _ in range(40):
            x, y = rng.randrange(WIDTH), rng.randrange(HEIGHT)
            w, h = rng.randrange(80, 900), rng.randrange(80, 900)
            colour = tuple(rng.randrange(256) for _ in range(3))
            if rng.random() < 0.5:
                draw.rectangle((x, y, x + w, y + h), fill=colour)
            else:
                draw.ellipse((x, y, x + w, y + h), outline=colour, width=rng.randrange(4, 30))
        grain = Image.frombytes("L", (WIDTH, HEIGHT), rng.randbytes(WIDTH * HEIGHT))
        im = Image.blend(im, Image.merge("RGB", (grain, grain, grain)), 0.08)
        exif = Image.Exif()
        exif[0x010F], exif[0x0110], exif[0x0112] = "Apple", "iPhone 13", 1 + i % 8
        exif[0x8769] = {0x9003: f"2026:10:14 12:{i % 60:02d}:05"}
        im.save(path, "JPEG", quality=90, exif=exif.tobytes())
    return paths


def baseline_one(path: Path) -> None:
    """The plain pipeline of the issue for one photo, with the filters and qualities the
    import uses (cxdesk.photo_decode), so that only the way of running it differs."""
    from PIL import Image, ImageOps

    from cxdesk import photo_decode as pd

    data = path.read_bytes()
    hashlib.sha256(data).hexdigest()
    with Image.open(io.BytesIO(data)) as im:
        target = (pd.PRINT_SIZE, pd.PRINT_SIZE * im.height // im.width)
        im.draft("RGB", target)
        printed = ImageOps.exif_transpose(im)
        printed.thumbnail((pd.PRINT_SIZE, pd.PRINT_SIZE), pd.PRINT_RESAMPLE, pd.REDUCING_GAP)
        printed.save(io.BytesIO(), "JPEG", quality=pd.PRINT_QUALITY)
        thumb = printed.copy()
        thumb.thumbnail((pd.THUMB_SIZE, pd.THUMB_SIZE), pd.THUMB_RESAMPLE, pd.REDUCING_GAP)
        thumb.save(io.BytesIO(), "JPEG", quality=pd.THUMB_QUALITY)


def cpu_seconds() -> tuple[float, float]:
    """CPU time (user + system) of this process and of its finished children."""
    own, children = (resource.getrusage(who) for who in (resource.RUSAGE_SELF,
                                                          resource.RUSAGE_CHILDREN))
    return own.ru_utime + own.ru_stime, children.ru_utime + children.ru_stime


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--count", type=int, default=50)
    parser.add_argument("--runs", type=int, default=1, help="median of this many runs")
    parser.add_argument("--no-gui", action="store_true", help="skip the GUI stall measurement")
    args = parser.parse_args()
    from cxdesk import engagements
    from cxdesk.evidence_import import import_files
    from cxdesk.workspace import Workspace

    paths = photo_folder(args.count)
    megabytes = sum(p.stat().st_size for p in paths) / 2**20
    print(f"{len(paths)} photos, {megabytes:.0f} MB, {os.cpu_count()} cores")
    baselines, imports, cpu_base, cpu_import, cpu_workers = [], [], [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(args.runs):
            for p in paths:  # same page cache for both
                p.read_bytes()
            own, _ = cpu_seconds()
            started = time.perf_counter()
            for p in paths:
                baseline_one(p)
            baselines.append(time.perf_counter() - started)
            cpu_base.append(cpu_seconds()[0] - own)

            ws_path = Path(tmp) / f"bench-{run}.cxd"
            with Workspace.open(ws_path, create=True) as ws:
                engagement = engagements.create_engagement(ws, name="Bench").id
            own, children = cpu_seconds()
            started = time.perf_counter()
            report = import_files(ws_path, paths, engagement_id=engagement)
            imports.append(time.perf_counter() - started)
            cpu_import.append(cpu_seconds()[0] - own)
            cpu_workers.append(cpu_seconds()[1] - children)
            assert len(report.stored) == len(paths) and not report.rejected, report.rejected
    base = statistics.median(baselines) * 1000 / len(paths)
    took = statistics.median(imports) * 1000 / len(paths)
    ratio = took / base

    def per_photo(samples: list[float]) -> float:
        return statistics.median(samples) * 1000 / len(paths)

    print(f"baseline: serial, one process, no database   {base:7.1f} ms/photo"
          f"   (CPU {per_photo(cpu_base):.1f} ms)")
    print(f"import_files: pool + batched writes          {took:7.1f} ms/photo"
          f"   (CPU {per_photo(cpu_workers):.1f} ms in workers + "
          f"{per_photo(cpu_import):.1f} ms writing)")
    print(f"ratio {ratio:.2f} (target ≤ {TARGET}){'' if ratio <= TARGET else '  OVER TARGET'}")
    if not args.no_gui:
        gui_stall(paths)


def gui_stall(paths: list[Path]) -> None:
    """The same photos imported from the GUI (the worker path of drops and Import photos…),
    while a 10 ms timer on the GUI thread records the longest gap between its ticks: the
    longest the window could not answer. Target: under 100 ms."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cxdesk import engagements
    from cxdesk.workspace import Workspace
    from ui import messages
    from ui.context import AppContext
    from ui.evidence_import import start_import

    app = QApplication.instance() or QApplication([])
    messages.headless = True
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "gui.cxd", create=True)
        context = AppContext()
        context.ws = ws
        context.engagement_id = engagements.create_engagement(ws, name="Bench").id
        gaps: list[float] = []
        last = [time.perf_counter()]

        def tick() -> None:
            now = time.perf_counter()
            gaps.append(now - last[0])
            last[0] = now

        timer = QTimer()
        timer.timeout.connect(tick)
        timer.start(10)
        started = time.perf_counter()
        job = start_import(context, paths)
        last[0] = time.perf_counter()
        while job.report is None and job.error is None:
            app.processEvents()
            time.sleep(0.002)
        timer.stop()
        took = time.perf_counter() - started
        ws.close()
    worst = max(gaps) * 1000
    print(f"GUI import of {len(paths)} photos: {took:.1f} s; longest event-loop stall "
          f"{worst:.0f} ms over {len(gaps)} ticks (target < 100 ms)"
          f"{'' if worst < 100 else '  OVER TARGET'}")


if __name__ == "__main__":
    main()
