"""`bundle export` / `bundle import` of docs/CLI.md: field kits out to shoppers, results back."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxdesk.bundles import ImportSummary


def _cxb_path(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() != ".cxb":
        raise argparse.ArgumentTypeError(f"{text}: a bundle is a .cxb file")
    return path


def add_bundle_commands(sub: argparse._SubParsersAction) -> None:
    from cxdesk.cli import add_workspace_option

    bundle = sub.add_parser("bundle", help="field exchange: kits out, results back")
    commands = bundle.add_subparsers(dest="bundle_command", metavar="ACTION", required=True)

    exp = commands.add_parser("export", help="write a field kit or results bundle")
    add_workspace_option(exp)
    exp.add_argument("--engagement", required=True, metavar="ID", help="the engagement's id")
    kind = exp.add_mutually_exclusive_group(required=True)
    kind.add_argument("--kit", dest="kind", action="store_const", const="kit",
                      help="structure, maps, templates and assignments, for a shopper")
    kind.add_argument("--results", dest="kind", action="store_const", const="results",
                      help="checks, answers, photos and findings, for the consultant")
    exp.add_argument("-o", "--output", required=True, type=_cxb_path, metavar="FILE.cxb",
                     help="the bundle to write")
    exp.set_defaults(command=cmd_bundle_export)

    imp = commands.add_parser("import", help="merge a bundle (creates a missing workspace)")
    add_workspace_option(imp)
    imp.add_argument("file", type=Path, metavar="FILE.cxb", help="the bundle to merge")
    imp.set_defaults(command=cmd_bundle_import)


def cmd_bundle_export(args: argparse.Namespace) -> int:
    from cxdesk.bundles import export_bundle
    from cxdesk.cli import open_workspace

    with open_workspace(args) as ws:
        manifest = export_bundle(ws, args.engagement, args.kind, args.output)
    counts = manifest.row_counts
    print(f"{args.output}: {manifest.kind}, " + ", ".join(
        f"{n} {table}" for table, n in counts.items() if n and table != "bases"))
    return 0


def _lines(summary: ImportSummary) -> list[str]:
    def listing(counts: dict[str, int]) -> str:
        return ", ".join(f"{n} {table}" for table, n in counts.items() if n) or "nothing"

    lines = [f"{summary.kind} of engagement {summary.manifest.engagement_id}"
             f"{' (imported before)' if summary.already_imported else ''}",
             f"added: {listing(summary.added)}"]
    if summary.photos_added:
        lines.append(f"photo files added: {summary.photos_added}")
    if summary.updated:
        lines.append(f"updated: {listing(summary.updated)}")
    if summary.deleted:
        lines.append(f"deleted: {listing(summary.deleted)}")
    lines.append(f"conflicts: {len(summary.conflicts)}"
                 + (" (this workspace's version kept; resolve them in the Exchange view)"
                    if summary.conflicts else ""))
    lines += [f"conflict: {table} {row_id}: {', '.join(columns)}"
              for table, row_id, columns in summary.conflicts]
    return lines


def cmd_bundle_import(args: argparse.Namespace) -> int:
    from cxdesk.bundles import BundleError, import_bundle, validate_file
    from cxdesk.cli import open_workspace, workspace_path

    where = workspace_path(args)
    # a refused bundle creates no workspace, nor do results: they need their engagement
    if not where.exists() and validate_file(args.file).kind != "kit":
        raise BundleError(f"{args.file}: refused: results go into the workspace that holds"
                          f" their engagement; there is no workspace at {where}")
    with open_workspace(args, create=True) as ws:
        summary = import_bundle(ws, args.file)
    for line in _lines(summary):
        print(line)
    return 0
