"""The ``feedback`` commands: ``feedback import`` of docs/CLI.md, and ``feedback nps`` to read
the figures (with n, the 95 % margin and the sample warnings) per subject, touchpoint, segment,
channel, month or quarter."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from cxdesk.rounding import format_fixed, round_half_away

MAX_INVITED = 10**10

WARNING_TEXT = {
    "small_sample": "fewer than 30 responses",
    "wide_margin": "margin of error over ±10 points",
    "low_response_rate": "response rate under 20 %",
    "self_selected": "self-selected sample",
    "unknown_sampling": "sampling not recorded",
}


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {value}")
    if value > MAX_INVITED:  # SQLite stores at most 2**63 - 1; no survey asks more people
        raise argparse.ArgumentTypeError(f"must be at most {MAX_INVITED}, not {value}")
    return value


def add_feedback_commands(sub: argparse._SubParsersAction) -> None:
    from cxdesk.cli import add_workspace_option
    from cxdesk.feedback import BREAKDOWNS
    from cxdesk.feedback_ops import SAMPLINGS

    feedback = sub.add_parser("feedback", help="customer feedback: import, NPS")
    commands = feedback.add_subparsers(dest="feedback_command", metavar="ACTION", required=True)

    imp = commands.add_parser("import", help="import responses from a CSV or xlsx file")
    add_workspace_option(imp)
    imp.add_argument("--engagement", required=True, metavar="ID", help="the engagement's id")
    imp.add_argument("--sampling", choices=SAMPLINGS, default="unknown",
                     help="how the responses were drawn (default: unknown)")
    imp.add_argument("--invited", type=_count, metavar="N",
                     help="how many clients were asked (gives the response rate)")
    imp.add_argument("file", type=Path, metavar="FILE", help="the .csv or .xlsx file")
    imp.set_defaults(command=cmd_feedback_import)

    fig = commands.add_parser("nps", help="NPS and CES with n, margin and sample warnings")
    add_workspace_option(fig)
    fig.add_argument("--engagement", required=True, metavar="ID", help="the engagement's id")
    fig.add_argument("--by", choices=BREAKDOWNS, help="break the figure down")
    fig.add_argument("--json", action="store_true", help="print one JSON document")
    fig.set_defaults(command=cmd_feedback_nps)


def cmd_feedback_import(args: argparse.Namespace) -> int:
    from cxdesk.cli import PROG, open_workspace
    from cxdesk.feedback_import import FeedbackFileError, import_feedback

    with open_workspace(args) as ws:
        try:
            result = import_feedback(
                ws, args.engagement, args.file, sampling=args.sampling, invited=args.invited,
                warn=lambda line: print(f"{PROG}: warning: {line}", file=sys.stderr))
        except FeedbackFileError as exc:
            for line in exc.lines():
                print(f"{PROG}: {line}", file=sys.stderr)
            return 1
    print(f"{args.file.name}: added {result.added}, skipped {result.skipped} duplicates")
    return 0


def _figure_json(f: Any) -> dict[str, Any]:
    return {
        "key": f.key, "label": f.label, "n": f.n,
        "nps": None if f.nps is None else round_half_away(f.nps.value, 1),
        "margin": None if f.nps is None else round_half_away(f.nps.margin, 1),
        "ces": None if f.ces is None else {"mean": round_half_away(f.ces.mean, 2),
                                           "easy": round_half_away(f.ces.easy, 1),
                                           "n": f.ces.n},
        "warnings": list(f.warnings),
    }


def _figure_line(f: Any, label: str) -> str:
    if f.nps is None:
        return f"{label}: no responses"
    value = format_fixed(f.nps.value, 1, sign=True)
    if not value.startswith(("+", "-")):
        value = "+" + value  # 0.0 prints +0.0, as the format has always done
    line = f"{label}: NPS {value} ± {format_fixed(f.nps.margin, 1)} (n = {f.nps.n})"
    if f.ces is not None:
        line += (f", CES {format_fixed(f.ces.mean, 2)} ({format_fixed(f.ces.easy)} % easy, "
                 f"n = {f.ces.n})")
    if f.warnings:
        line += " — " + "; ".join(WARNING_TEXT[w] for w in f.warnings)
    return line


def cmd_feedback_nps(args: argparse.Namespace) -> int:
    from cxdesk import records
    from cxdesk.ces import FORMULA
    from cxdesk.cli import open_workspace
    from cxdesk.feedback import Figure, load_feedback

    with open_workspace(args) as ws:
        records.get(ws, "engagements", args.engagement, "engagement")
        summary = load_feedback(ws, args.engagement)
    head = Figure(None, "", summary.nps, summary.ces, summary.warnings)
    rows = summary.breakdown(args.by) if args.by else []
    if args.json:
        print(json.dumps({"headline": _figure_json(head), "by": args.by,
                          "breakdown": [_figure_json(f) for f in rows]},
                         ensure_ascii=False, indent=1))
        return 0
    print(_figure_line(head, "own company"))
    for f in rows:
        print("  " + _figure_line(f, f.label or "(not given)"))
    print(f"({FORMULA}; NPS = % of 9–10 minus % of 0–6)")
    return 0
