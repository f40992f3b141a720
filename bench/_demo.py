"""Shared by the benchmarks: a cached demo workspace at a given scale."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def demo_workspace(scale: int) -> tuple[Path, str]:
    """Build (once, cached in the temp folder) a ``demo --scale N`` workspace."""
    from cxdesk.demo import build_demo
    from cxdesk.workspace import Workspace

    cache = Path(os.environ.get("CXDESK_BENCH_CACHE", tempfile.gettempdir()))
    path = cache / f"cxdesk-bench-demo-{scale}.cxd"
    if path.exists():
        with Workspace.open(path) as ws:
            engagement = ws.scalar("SELECT id FROM engagements ORDER BY created_at LIMIT 1")
            if engagement:
                return path, engagement
        path.unlink()
    print(f"building demo --scale {scale} in {path} …", flush=True)
    started = time.perf_counter()
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    with Workspace.open(tmp, create=True) as ws:
        engagement = build_demo(ws, scale=scale)
    tmp.rename(path)
    print(f"  built in {time.perf_counter() - started:.1f} s, "
          f"{path.stat().st_size / 1e6:.0f} MB", flush=True)
    return path, engagement
