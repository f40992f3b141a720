"""Scores (per check, touchpoint, stage and subject), coverage and the competitor comparison
of a `demo --scale 100` workspace.

Prints the median of several runs. Target (issue 4): scores and coverage ≤ 100 ms.

    python bench/scoring.py [--scale 100] [--runs 7]
"""

from __future__ import annotations

import argparse
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
    from cxdesk.comparison import comparison
    from cxdesk.coverage import coverage
    from cxdesk.score_tables import all_scores
    from cxdesk.scoring import (
        check_scores,
        load_answers,
        stage_scores,
        subject_scores,
        touchpoint_scores,
    )
    from cxdesk.workspace import Workspace

    path, engagement = demo_workspace(args.scale)
    with Workspace.open(path) as ws:
        figures: dict[str, int] = {}

        def scores_and_coverage() -> None:
            scores = all_scores(ws, engagement)
            figures["checks"] = len(scores.checks)
            figures["touchpoints"] = len(scores.touchpoints)
            figures["stages"] = len(scores.stages)
            figures["subjects"] = len(scores.subjects)
            # a touchpoint score's n is the checks done there: coverage needs no second pass
            done = {key: score.n for key, score in scores.touchpoints.items()}
            figures["coverage cells"] = len(coverage(ws, engagement, done=done).cells)

        def in_python() -> None:  # the same through load_answers and scoring.aggregate
            answers = load_answers(ws, engagement)
            figures["answers"] = len(answers)
            figures["checks"] = len(check_scores(answers))
            figures["touchpoints"] = len(touchpoint_scores(answers))
            figures["stages"] = len(stage_scores(answers))
            figures["subjects"] = len(subject_scores(answers))
            figures["coverage cells"] = len(coverage(ws, engagement).cells)

        in_python()  # warm the page cache
        python = timed(in_python, args.runs)
        took = timed(scores_and_coverage, args.runs)
        compared = timed(lambda: comparison(ws, engagement), args.runs)
    print(f"demo --scale {args.scale}: " + ", ".join(f"{v} {k}" for k, v in figures.items()))
    print(f"scores (check, touchpoint, stage, subject) + coverage  {took:6.1f} ms "
          f"(target ≤ 100 ms){'' if took <= 100 else '  OVER TARGET'}")
    print(f"  the same through load_answers in Python             {python:6.1f} ms")
    print(f"competitor comparison                                 {compared:6.1f} ms")


if __name__ == "__main__":
    main()
