"""`template import` / `template export` of docs/CLI.md. Light to import: the workbook code
(and openpyxl) loads only when a template command runs."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def _xlsx_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".xlsx":
        raise argparse.ArgumentTypeError(f"{text}: the output must be an .xlsx file")
    return path


def add_template_commands(sub: argparse._SubParsersAction) -> None:
    from cxdesk.cli import add_workspace_option

    template = sub.add_parser("template", help="checklist templates in Excel")
    commands = template.add_subparsers(dest="template_command", metavar="ACTION", required=True)

    imp = commands.add_parser("import", help="import a template workbook as a new template")
    add_workspace_option(imp)
    imp.add_argument("--engagement", required=True, metavar="ID", help="the engagement's id")
    imp.add_argument("file", type=Path, metavar="FILE.xlsx", help="the template workbook")
    imp.set_defaults(command=cmd_template_import)

    exp = commands.add_parser("export", help="write a template as a workbook")
    add_workspace_option(exp)
    exp.add_argument("--template", required=True, metavar="ID", help="the template's id")
    exp.add_argument("-o", "--output", required=True, type=_xlsx_path, metavar="FILE.xlsx",
                     help="the workbook to write")
    exp.set_defaults(command=cmd_template_export)


def cmd_template_import(args: argparse.Namespace) -> int:
    from cxdesk.cli import PROG, open_workspace
    from cxdesk.template_workbook import TemplateFileError, import_template

    with open_workspace(args) as ws:
        try:
            template_id = import_template(
                ws, args.engagement, args.file,
                warn=lambda line: print(f"{PROG}: warning: {line}", file=sys.stderr))
        except TemplateFileError as exc:
            for line in exc.lines():
                print(f"{PROG}: {line}", file=sys.stderr)
            return 1
    print(template_id)
    return 0


def cmd_template_export(args: argparse.Namespace) -> int:
    from cxdesk.cli import open_workspace
    from cxdesk.template_workbook import export_template

    with open_workspace(args) as ws:
        export_template(ws, args.template, args.output)
    return 0
