"""``export xlsx`` of docs/CLI.md: the engagement's Excel workbook. Light to import: openpyxl
loads only when the command runs."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path


def _xlsx_output(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".xlsx":
        raise argparse.ArgumentTypeError(f"{text}: the output must be an .xlsx file")
    return path


def add_export_xlsx(export_sub: argparse._SubParsersAction,
                    add_workspace_option: Callable[[argparse.ArgumentParser], None]) -> None:
    parser = export_sub.add_parser("xlsx", help="the engagement's Excel workbook")
    add_workspace_option(parser)
    parser.add_argument("--engagement", required=True, metavar="ID",
                        help="the engagement's id (info --json)")
    parser.add_argument("-o", "--output", required=True, type=_xlsx_output, metavar="FILE.xlsx",
                        help="the workbook to write (replaced once complete)")
    parser.add_argument("--lang", choices=("ru", "en"), default="ru",
                        help="language of sheet names, headings, labels and dates (default ru)")
    parser.set_defaults(command=cmd_export_xlsx)


def cmd_export_xlsx(args: argparse.Namespace) -> int:
    from cxdesk.cli import open_workspace
    from cxdesk.reports.xlsx import write_workbook

    with open_workspace(args) as ws:
        path = write_workbook(ws, args.engagement, args.output, lang=args.lang)
    print(path)
    return 0
