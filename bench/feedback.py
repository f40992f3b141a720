"""Importing a large feedback file, importing it again (all duplicates), and reading the
figures (headline, breakdowns, tags) of the result. Indicative: run on a quiet machine.

    .venv/bin/python bench/feedback.py [--rows 20000]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=20_000)
    args = parser.parse_args()
    from cxdesk import engagements, tags
    from cxdesk.feedback import BREAKDOWNS, load_feedback
    from cxdesk.feedback_import import import_feedback
    from cxdesk.workspace import Workspace

    rng = random.Random(8)
    folder = Path(tempfile.mkdtemp(prefix="cxdesk-bench-feedback-"))
    csv = folder / "survey.csv"
    comments = ["Долго ждал", "Отличный кофе", "Навязали страховку", "Всё хорошо", ""]
    lines = ["оценка;дата;комментарий;компания;канал;ces"]
    for _ in range(args.rows):
        lines.append(f"{rng.randint(0, 10)};{rng.randint(1, 28):02d}.{rng.randint(1, 12):02d}"
                     f".2026;{rng.choice(comments)};Own;sms;{rng.randint(1, 7)}")
    csv.write_bytes("\r\n".join(lines).encode("cp1251"))
    with Workspace.open(folder / "w.cxd", create=True) as ws:
        eng = engagements.create_engagement(ws, name="Bench")
        engagements.add_subject(ws, eng.id, name="Own", own=True)
        tags.add_tag(ws, eng.id, name="Ожидание", polarity="disliked", keywords="ждал")
        t = time.perf_counter()
        first = import_feedback(ws, eng.id, csv, sampling="random", invited=args.rows * 5)
        t_import = time.perf_counter() - t
        t = time.perf_counter()
        again = import_feedback(ws, eng.id, csv)
        t_again = time.perf_counter() - t
        t = time.perf_counter()
        tags.apply_rules(ws, eng.id)
        t_rules = time.perf_counter() - t
        t = time.perf_counter()
        summary = load_feedback(ws, eng.id)
        for by in BREAKDOWNS:
            summary.breakdown(by)
        t_read = time.perf_counter() - t
    print(f"import {args.rows} rows: {t_import:.2f} s (added {first.added})")
    print(f"re-import: {t_again:.2f} s (skipped {again.skipped})")
    print(f"apply keyword rules: {t_rules:.2f} s")
    print(f"load + {len(BREAKDOWNS)} breakdowns: {t_read:.2f} s (NPS {summary.nps.value:+.1f}"
          f" ± {summary.nps.margin:.1f}, n = {summary.nps.n})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
