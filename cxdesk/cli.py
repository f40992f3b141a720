"""The headless command line of docs/CLI.md. Qt-free: ``main.py`` handles the options that need
Qt (``--screenshot``, the GUI) and hands in what draws pictures.

Exit codes: 0 success; 2 the command line itself is wrong (argparse); 1 what it names is wrong
or refused. Errors go to stderr, one line each; ``--json`` output alone goes to stdout.
"""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path

from cxdesk.errors import CxDeskError
from cxdesk.paths import default_workspace
from cxdesk.workspace import Workspace

PROG = "cxdesk"


def _positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more, not {value}")
    return value


def add_workspace_option(parser: argparse.ArgumentParser) -> None:
    """``--workspace``. Absent, it leaves what the main parser read (``main.py --workspace W
    info`` means W) or its default None: the main parser sets ``workspace=None``."""
    parser.add_argument(
        "--workspace", metavar="PATH", type=Path, default=argparse.SUPPRESS,
        help="the workspace file (default: $CXDESK_WORKSPACE, else the user-data folder's)",
    )


def add_commands(sub: argparse._SubParsersAction,
                 renderers: dict[str, Callable[..., object]] | None = None) -> None:
    """Register the commands. ``renderers`` are the picture-drawing functions ``main.py``
    hands in (the core never imports Qt): ``"map"`` draws a journey map to a file."""
    demo = sub.add_parser("demo", help="add the sample engagement (creates the workspace)")
    add_workspace_option(demo)
    demo.add_argument("--scale", type=_positive_int, default=1, metavar="N",
                      help="grow checks, answers and photos about N-fold (default 1)")
    demo.set_defaults(command=cmd_demo)

    info = sub.add_parser("info", help="summarise the workspace")
    add_workspace_option(info)
    info.add_argument("--json", action="store_true", help="print one JSON document")
    info.set_defaults(command=cmd_info)

    check = sub.add_parser("check", help="verify integrity and every photo's SHA-256")
    add_workspace_option(check)
    check.set_defaults(command=cmd_check)

    from cxdesk.templates_cli import add_template_commands  # template import / export

    add_template_commands(sub)
    from cxdesk.bundle_cli import add_bundle_commands  # bundle export / import

    add_bundle_commands(sub)
    from cxdesk.feedback_cli import add_feedback_commands  # feedback import / nps

    add_feedback_commands(sub)
    from cxdesk.photos_cli import add_photo_commands  # photos add / export, evidence add

    add_photo_commands(sub)
    add_export_commands(sub, renderers or {})


def add_export_commands(sub: argparse._SubParsersAction,
                        renderers: dict[str, Callable[..., object]]) -> None:
    """The ``export`` group: ``export map`` (more formats join it as they land)."""
    from cxdesk.cli_export import add_export_map

    export = sub.add_parser("export", help="write pictures and reports")
    export_sub = export.add_subparsers(dest="export_what", metavar="WHAT", required=True)
    add_export_map(export_sub, renderers.get("map"), add_workspace_option)
    from cxdesk.reports.xlsx_cli import add_export_xlsx

    add_export_xlsx(export_sub, add_workspace_option)
    from cxdesk.reports.pdf_cli import add_export_pdf

    add_export_pdf(export_sub, renderers.get("map"), add_workspace_option)


def workspace_path(args: argparse.Namespace) -> Path:
    return args.workspace if args.workspace is not None else default_workspace()


def open_workspace(args: argparse.Namespace, *, create: bool = False) -> Workspace:
    path = workspace_path(args)
    if create and args.workspace is None:
        path.parent.mkdir(parents=True, exist_ok=True)
    return Workspace.open(path, create=create)


def cmd_demo(args: argparse.Namespace) -> int:
    from cxdesk.demo import build_demo

    with open_workspace(args, create=True) as ws:
        engagement_id = build_demo(ws, scale=args.scale)
    print(engagement_id)
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    from cxdesk.info import workspace_info

    with open_workspace(args) as ws:
        summary = workspace_info(ws)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=1))
        return 0
    print(f"workspace {workspace_path(args)} (schema {summary['schema_version']})")
    for eng in summary["engagements"]:
        cov = eng["coverage"]
        print(f"- {eng['name']} [{eng['id']}]")
        print(f"  subjects: {', '.join(s['name'] + (' (own)' if s['own'] else '') for s in eng['subjects'])}")
        print(f"  checks: {len(eng['checks'])}, answers: {eng['answers']}, photos: {eng['photos']},"
              f" findings: {eng['findings']}, actions: {eng['actions']},"
              f" coverage: {cov['done']}/{cov['required']}")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from cxdesk.errors import CorruptWorkspace
    from cxdesk.integrity import problems, read_only_problems

    try:
        ws = open_workspace(args)
    except CorruptWorkspace as exc:  # a damaged file is what check reports, on stdout
        found = [str(exc), *read_only_problems(workspace_path(args))]
    else:
        with ws:
            found = problems(ws)
    if not found:
        print("ok")
        return 0
    for line in found:
        print(line)
    return 1


def run(args: argparse.Namespace, handler: Callable[[argparse.Namespace], int]) -> int:
    """Run a command, turning every expected failure into one line on stderr and exit 1."""
    try:
        return handler(args)
    except CxDeskError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except sqlite3.DatabaseError as exc:  # damage that only shows when a page is read
        where = getattr(args, "workspace", None) or default_workspace()
        reason = " ".join(str(exc).split())  # one line, whatever SQLite said
        if "readonly" in reason:  # a read-only file, folder or medium: nothing is damaged
            print(f"{PROG}: {where}: the workspace is read-only; nothing was changed ({reason})",
                  file=sys.stderr)
            return 1
        if "locked" in reason:  # another program kept writing past the busy timeout
            print(f"{PROG}: {where}: the workspace is busy in another program; nothing was"
                  f" changed, try again ({reason})", file=sys.stderr)
            return 1
        print(f"{PROG}: {where}: the workspace is damaged ({reason}); run 'check', or restore a"
              " backup", file=sys.stderr)
        return 1
    except BrokenPipeError:  # the reader stopped reading (``info --json | head``): not an error
        import os

        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no flush complaint
        return 1
    except OSError as exc:
        name = exc.filename or ""
        print(f"{PROG}: {name}{': ' if name else ''}{exc.strerror or exc}", file=sys.stderr)
        return 1
