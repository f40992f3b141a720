"""``export pdf`` (docs/CLI.md): the client's PDF report of an engagement, or one report per
location into a folder. Qt-free: the journey map is drawn by the renderer ``main.py`` hands in
(``renderers["map"]``); without one the report says the picture is unavailable."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def _pdf_output(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".pdf":
        raise argparse.ArgumentTypeError(f"{text}: the report must be a .pdf file")
    return path


def add_export_pdf(export_sub: argparse._SubParsersAction,
                   renderer: Callable[..., object] | None,
                   add_workspace_option: Callable[[argparse.ArgumentParser], None]) -> None:
    parser = export_sub.add_parser(
        "pdf", help="the client's PDF report, or one report per location")
    add_workspace_option(parser)
    parser.add_argument("--engagement", required=True, metavar="ID",
                        help="the engagement's id (info --json)")
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument("-o", "--output", type=_pdf_output, metavar="FILE.pdf",
                        help="the report to write")
    target.add_argument("--per-location", type=Path, metavar="DIR",
                        help="write one report per location into DIR (created if missing)")
    parser.add_argument("--lang", dest="report_lang", choices=("ru", "en"),
                        help="language of the report (default: the engagement's)")
    parser.add_argument("--all-photos", action="store_true",
                        help="show every photo, not only those behind findings and failed "
                             "criteria")

    def run(args: argparse.Namespace) -> int:
        from cxdesk.cli import open_workspace
        from cxdesk.engagements import get_engagement
        from cxdesk.reports.pdf import write_location_reports, write_report

        with open_workspace(args) as ws:
            engagement = get_engagement(ws, args.engagement)  # unknown: exit 1, nothing written
            lang = args.report_lang or engagement.language or "ru"
            if args.per_location is not None:
                for path in write_location_reports(
                        ws, engagement.id, args.per_location, lang=lang,
                        all_photos=args.all_photos, map_renderer=renderer):
                    print(path)
                return 0
            print(write_report(ws, engagement.id, args.output, lang=lang,
                               all_photos=args.all_photos, map_renderer=renderer))
        return 0

    parser.set_defaults(command=run)
