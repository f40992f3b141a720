"""`photos add`, `photos export` and `evidence add` of docs/CLI.md.

``photos add`` prints one line per stored file on stdout — ``FILE<TAB>PHOTO_ID<TAB>stored`` or
``…<TAB>linked`` when those bytes were stored before — and one line per rejected file on
stderr, ``cxdesk: FILE: REASON``; it exits 1 when any file was rejected.
"""

from __future__ import annotations

import argparse
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from cxdesk.evidence_import import ImportReport


def _size(text: str) -> int:
    try:
        megabytes = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of megabytes: {text!r}") from None
    if not 0 < megabytes < math.inf:  # nan and inf too: int(inf) would be a traceback
        raise argparse.ArgumentTypeError(f"must be a number of megabytes more than 0, not {text}")
    return max(1, int(megabytes * 2**20))


def add_photo_commands(sub: argparse._SubParsersAction) -> None:
    from cxdesk.cli import add_workspace_option

    photos = sub.add_parser("photos", help="photo evidence")
    commands = photos.add_subparsers(dest="photos_command", metavar="ACTION", required=True)

    add = commands.add_parser("add", help="store photos as evidence of a check")
    add_workspace_option(add)
    add.add_argument("--check", required=True, metavar="ID", help="the check's id")
    add.add_argument("--criterion", metavar="ID", help="the criterion's id")
    add.add_argument("--finding", metavar="ID", help="the finding's id")
    add.add_argument("--caption", default="", help="a caption for every photo")
    add.add_argument("--max-size", type=_size, default=50 * 2**20, metavar="MB",
                     help="refuse files larger than this (default 50 MB)")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE",
                     help="JPEG, PNG, WebP or HEIC/HEIF photos")
    add.set_defaults(command=cmd_photos_add)

    export = commands.add_parser("export", help="write the originals and an index to a folder")
    add_workspace_option(export)
    export.add_argument("--engagement", required=True, metavar="ID", help="the engagement's id")
    export.add_argument("--check", metavar="ID", help="only the evidence of this check")
    export.add_argument("-o", "--output", required=True, type=Path, metavar="DIR",
                        help="the folder to write (created when missing)")
    export.set_defaults(command=cmd_photos_export)

    evidence = sub.add_parser("evidence", help="recordings and documents as evidence")
    ev_commands = evidence.add_subparsers(dest="evidence_command", metavar="ACTION",
                                          required=True)
    ev_add = ev_commands.add_parser("add", help="attach recordings or documents to a check")
    add_workspace_option(ev_add)
    ev_add.add_argument("--check", required=True, metavar="ID", help="the check's id")
    ev_add.add_argument("--criterion", metavar="ID", help="the criterion's id")
    ev_add.add_argument("--finding", metavar="ID", help="the finding's id")
    ev_add.add_argument("--caption", default="", help="a caption for every file")
    ev_add.add_argument("--max-size", type=_size, default=200 * 2**20, metavar="MB",
                        help="refuse files larger than this (default 200 MB)")
    ev_add.add_argument("files", nargs="+", type=Path, metavar="FILE",
                        help="MP3, M4A, WAV or OGG recordings, PDF documents, photos")
    ev_add.set_defaults(command=cmd_evidence_add)


def _check_engagement(args: argparse.Namespace) -> str:
    """The engagement of ``--check``; a missing workspace or an unknown check raise."""
    from cxdesk import records
    from cxdesk.cli import open_workspace

    with open_workspace(args) as ws:
        return records.get(ws, "checks", args.check, "check")["engagement_id"]


def shown(path: Path) -> str:
    """A path as printed: bytes of a name in no UTF-8 as U+FFFD (print would fail on them)."""
    return str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _print_report(report: ImportReport) -> int:
    from cxdesk.cli import PROG

    for path, photo_id, created in report.stored:
        print(f"{shown(path)}\t{photo_id}\t{'stored' if created else 'linked'}")
    for path, reason in report.rejected:
        print(f"{PROG}: {shown(path)}: {reason}", file=sys.stderr)
    return 1 if report.rejected else 0


def cmd_photos_add(args: argparse.Namespace) -> int:
    from cxdesk.cli import workspace_path
    from cxdesk.evidence_import import import_files

    engagement = _check_engagement(args)
    report = import_files(workspace_path(args), args.files, engagement_id=engagement,
                          check_id=args.check, criterion_id=args.criterion,
                          finding_id=args.finding, caption=args.caption,
                          size_limit=args.max_size)
    return _print_report(report)


def cmd_evidence_add(args: argparse.Namespace) -> int:
    from cxdesk.cli import workspace_path
    from cxdesk.evidence_other import add_evidence_files

    engagement = _check_engagement(args)
    report = add_evidence_files(workspace_path(args), args.files, engagement_id=engagement,
                                check_id=args.check, criterion_id=args.criterion,
                                finding_id=args.finding, caption=args.caption,
                                size_limit=args.max_size)
    return _print_report(report)


def cmd_photos_export(args: argparse.Namespace) -> int:
    from cxdesk.cli import open_workspace
    from cxdesk.evidence_export import export_originals

    with open_workspace(args) as ws:
        result = export_originals(ws, args.engagement, args.output, check_id=args.check)
    for item in result.files:
        print(shown(item.path))
    print(shown(result.index))
    return 0
