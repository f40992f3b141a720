"""Open a `demo --scale 100` workspace and run the overview queries.

Prints the median of several runs. Targets (issue 2): open ≤ 200 ms.
Baseline in the same run: a bare sqlite3 connect + one query on the same file.

    python bench/workspace.py [--scale 100] [--runs 7]
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time

from _demo import demo_workspace


def timed(fn, runs: int) -> float:
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=100)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    from cxdesk.info import workspace_info
    from cxdesk.overview import counts, overview
    from cxdesk.workspace import Workspace

    path, engagement = demo_workspace(args.scale)

    def bare() -> None:
        conn = sqlite3.connect(path)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        conn.close()

    def open_close() -> None:
        Workspace.open(path).close()

    baseline = timed(bare, args.runs)
    opened = timed(open_close, args.runs)
    with Workspace.open(path) as ws:
        answers = ws.scalar("SELECT count(*) FROM answers")
        photos = ws.scalar("SELECT count(*) FROM photos")
        over = timed(lambda: overview(ws, engagement), args.runs)
        sidebar = timed(lambda: counts(ws, engagement), args.runs)
        info = timed(lambda: workspace_info(ws), args.runs)
    size = path.stat().st_size / 1e6
    print(f"workspace: demo --scale {args.scale}, {size:.0f} MB, {answers} answers, {photos} photos")
    print(f"bare sqlite3 connect+query (baseline): {baseline:8.1f} ms")
    print(f"Workspace.open + close:                {opened:8.1f} ms   target <= 200 ms"
          f"   ratio to baseline {opened / baseline:.1f}x")
    print(f"overview(engagement):                  {over:8.1f} ms")
    print(f"sidebar counts:                        {sidebar:8.1f} ms")
    print(f"info --json summary:                   {info:8.1f} ms")


if __name__ == "__main__":
    main()
