"""Merging a results bundle of 1 000 checks and 500 photos into a consultant's workspace,
against a raw baseline in the same run: ``INSERT … SELECT`` of the same rows between attached
databases (no validation, no merge logic). Target: merge ≤ 2 × baseline.

    .venv/bin/python bench/exchange.py [--checks 1000] [--photos 500] [--photo-kb 250]
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sqlite3
import tempfile
import time
from pathlib import Path

from _demo import demo_workspace

from cxdesk.bundles import export_bundle, import_bundle, validate_file
from cxdesk.bundles.format import RESULT_TABLES
from cxdesk.workspace import Workspace, new_id


def _shopper(folder: Path, consultant: Path, engagement: str, checks: int, photos: int,
             photo_kb: int) -> Path:
    """A shopper's workspace: the kit, then synthetic fieldwork of the given size."""
    kit = folder / "kit.cxb"
    with Workspace.open(consultant) as ws:
        export_bundle(ws, engagement, "kit", kit)
    path = folder / "shopper.cxd"
    rnd = random.Random(7)
    with Workspace.open(path, create=True) as ws:
        import_bundle(ws, kit)
        subjects = [r[0] for r in ws.rows("SELECT id FROM subjects WHERE engagement_id = ?",
                                          (engagement,))]
        template = ws.scalar("SELECT id FROM templates WHERE engagement_id = ?", (engagement,))
        criteria = [r[0] for r in ws.rows("SELECT id FROM criteria WHERE template_id = ?",
                                          (template,))]
        with ws.transaction():
            check_ids = [new_id() for _ in range(checks)]
            ws.conn.executemany(
                "INSERT INTO checks (id, engagement_id, subject_id, template_id, method,"
                " auditor, notes, status) VALUES (?, ?, ?, ?, 'visit', 'Bench', ?, 'submitted')",
                [(c, engagement, subjects[i % len(subjects)], template, f"visit {i}")
                 for i, c in enumerate(check_ids)])
            ws.conn.executemany(
                "INSERT INTO answers (id, check_id, criterion_id, value_number, comment)"
                " VALUES (?, ?, ?, ?, ?)",
                [(new_id(), c, k, rnd.randint(0, 1), "slow" if rnd.random() < 0.05 else "")
                 for c in check_ids for k in criteria])
            for i in range(photos):
                data = rnd.randbytes(photo_kb * 1024)
                sha = hashlib.sha256(data).hexdigest()
                ws.conn.execute("INSERT INTO blobs (sha256, size, data) VALUES (?, ?, ?)",
                                (sha, len(data), data))
                photo = new_id()
                ws.conn.execute("INSERT INTO photos (id, sha256, mime, size, file_name)"
                                " VALUES (?, ?, 'image/jpeg', ?, ?)",
                                (photo, sha, len(data), f"IMG_{i}.jpg"))
                ws.conn.execute("INSERT INTO photo_derivatives (id, photo_id, kind, width,"
                                " height, data) VALUES (?, ?, 'thumb', 160, 120, ?)",
                                (new_id(), photo, data[:8000]))
                ws.conn.execute("INSERT INTO evidence_links (id, photo_id, engagement_id,"
                                " check_id) VALUES (?, ?, ?, ?)",
                                (new_id(), photo, engagement, check_ids[i % checks]))
    return path


def _baseline(target: Path, bundle: Path) -> float:
    conn = sqlite3.connect(target, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    try:
        started = time.perf_counter()
        conn.execute("ATTACH DATABASE ? AS b", (f"{bundle.resolve().as_uri()}?mode=ro",))
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("INSERT INTO main.blobs SELECT * FROM b.blobs")
        for table in RESULT_TABLES:
            cols = ", ".join(r[1] for r in conn.execute(f"PRAGMA b.table_info({table})"))
            conn.execute(f"INSERT OR IGNORE INTO main.{table} ({cols}) SELECT {cols}"
                         f" FROM b.{table}")
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--checks", type=int, default=1000)
    parser.add_argument("--photos", type=int, default=500)
    parser.add_argument("--photo-kb", type=int, default=250)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    consultant, engagement = demo_workspace(1)
    with tempfile.TemporaryDirectory(prefix="cxdesk-bench-exchange-") as tmp:
        folder = Path(tmp)
        base = folder / "consultant.cxd"
        shutil.copy(consultant, base)
        shopper = _shopper(folder, base, engagement, args.checks, args.photos, args.photo_kb)
        bundle = folder / "results.cxb"
        with Workspace.open(shopper) as ws:
            started = time.perf_counter()
            manifest = export_bundle(ws, engagement, "results", bundle)
            exported = time.perf_counter() - started
        counts = manifest.row_counts
        print(f"results bundle: {counts['checks']} checks, {counts['answers']} answers,"
              f" {counts['photos']} photos, {bundle.stat().st_size / 1e6:.0f} MB;"
              f" exported in {exported:.2f} s")
        merges, baselines, validations = [], [], []
        for run in range(args.runs):
            target = folder / f"merge-{run}.cxd"
            raw = folder / f"raw-{run}.cxd"
            shutil.copy(base, target)
            shutil.copy(base, raw)
            baselines.append(_baseline(raw, bundle))
            started = time.perf_counter()
            validate_file(bundle)
            validations.append(time.perf_counter() - started)
            with Workspace.open(target) as ws:
                started = time.perf_counter()
                summary = import_bundle(ws, bundle)
                merges.append(time.perf_counter() - started)
                assert summary.added["checks"] == args.checks
            os.remove(target)
            os.remove(raw)
        merge, raw_copy, check = min(merges), min(baselines), min(validations)
        print(f"raw INSERT … SELECT baseline: {raw_copy:.2f} s")
        print(f"import (validation + merge):  {merge:.2f} s   (validation alone, timed"
              f" apart: {check:.2f} s)")
        print(f"ratio import / baseline: {merge / raw_copy:.2f}  (target ≤ 2;"
              f" less the validation {(merge - check) / raw_copy:.2f})")


if __name__ == "__main__":
    main()
