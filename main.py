"""CX Desk entry point and composition root.

No subcommand starts the GUI; a subcommand runs the headless CLI (cxdesk/cli.py). The options
that need Qt — ``--screenshot`` and ``--selftest`` — are handled here, since the core never
imports Qt.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from cxdesk import cli


def _parser() -> argparse.ArgumentParser:
    from ui.views import VIEW_NAMES

    parser = argparse.ArgumentParser(
        prog=cli.PROG,
        description="CX Desk: customer-service audits and mystery shopping. "
                    "Without a command, starts the app.",
    )
    parser.add_argument("--screenshot", metavar="PNG", type=Path,
                        help="render the main window at 1280×800 to a PNG and exit")
    parser.add_argument("--engagement", metavar="ID", help="with --screenshot: the engagement")
    parser.add_argument("--view", choices=VIEW_NAMES, default="overview",
                        help="with --screenshot: the screen to show (default overview)")
    parser.add_argument("--lang", choices=("ru", "en"), help="language of the interface")
    parser.add_argument("--selftest", action="store_true",
                        help="build a sample workspace in a temp folder, render it, exit 0 if all works")
    cli.add_workspace_option(parser)
    parser.set_defaults(workspace=None)  # a subcommand's own --workspace, when given, wins
    cli.add_commands(parser.add_subparsers(dest="subcommand", metavar="COMMAND"),
                     renderers={"map": _render_map})
    return parser


def _headless() -> None:
    """Pictures drawn by a command (a screenshot, a map) never need the screen: offscreen, so
    a DISPLAY that names no reachable X server (ssh, CI) cannot abort them. An explicit
    QT_QPA_PLATFORM is kept."""
    if sys.platform not in ("win32", "darwin"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _render_map(ws, map_id: str, path: Path) -> Path:  # noqa: ANN001 - a Workspace
    """Draw a journey map to a file with the GUI's own scene (Qt only now, offscreen when
    there is no display)."""
    _headless()
    from ui.map.export import render_map

    return render_map(ws, map_id, path)


def _screenshot(args: argparse.Namespace) -> int:
    from ui.app import render_screenshot

    _headless()
    workspace = args.workspace if args.workspace is not None else None
    render_screenshot(args.screenshot, workspace, args.engagement, args.view, args.lang)
    return 0


def _selftest(args: argparse.Namespace) -> int:
    import tempfile

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from cxdesk.demo import build_demo
    from cxdesk.integrity import problems
    from cxdesk.workspace import Workspace
    from ui.app import render_screenshot

    with tempfile.TemporaryDirectory(prefix="cxdesk-selftest-") as tmp:
        os.environ["CXDESK_DATA_DIR"] = tmp
        path = Path(tmp) / "selftest.cxd"
        with Workspace.open(path, create=True) as ws:
            engagement_id = build_demo(ws)
            found = problems(ws)
        if found:
            print("selftest: " + "; ".join(found), file=sys.stderr)
            return 1
        png = Path(tmp) / "selftest.png"
        render_screenshot(png, path, engagement_id, "overview", args.lang or "en")
        if not png.exists() or png.stat().st_size < 10_000:
            print("selftest: the main window did not render", file=sys.stderr)
            return 1
        if not _selftest_reports(path, engagement_id, Path(tmp)):
            return 1
    print("selftest ok")
    return 0


def _selftest_reports(path: Path, engagement_id: str, folder: Path) -> bool:
    """Both reports of the sample engagement: the packaged app carries openpyxl, reportlab
    and the fonts they need."""
    from cxdesk.reports.pdf import write_report
    from cxdesk.reports.xlsx import write_workbook
    from cxdesk.workspace import Workspace

    with Workspace.open(path) as ws:
        outputs = [write_workbook(ws, engagement_id, folder / "selftest.xlsx", lang="ru"),
                   write_report(ws, engagement_id, folder / "selftest.pdf", lang="ru",
                                map_renderer=_render_map)]
    for output in outputs:
        if not output.exists() or output.stat().st_size < 10_000:
            print(f"selftest: {output.name} was not written", file=sys.stderr)
            return False
    return True


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.subcommand:
        return cli.run(args, args.command)
    if args.selftest:
        return cli.run(args, _selftest)
    if args.screenshot:
        return cli.run(args, _screenshot)
    from ui.app import run_gui

    return run_gui(args.workspace, args.lang)


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # photo import workers in the packaged app (spawn)
    sys.exit(main())
