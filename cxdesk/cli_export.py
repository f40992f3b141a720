"""``export …`` commands of the CLI (docs/CLI.md). Qt-free: a command that needs a picture
drawn gets the renderer ``main.py`` hands in (``renderers["map"]``)."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path

from cxdesk.errors import CxDeskError

MAP_FORMATS = (".png", ".svg", ".pdf")

# (workspace, map id, output path) -> None; drawn with the GUI's own scene
MapRenderer = Callable[..., object]


def _map_output(text: str) -> Path:
    path = Path(text)
    if path.suffix.lower() not in MAP_FORMATS:
        raise argparse.ArgumentTypeError(
            f"{text}: the extension must be one of {', '.join(MAP_FORMATS)}")
    return path


def add_export_map(export_sub: argparse._SubParsersAction, renderer: MapRenderer | None,
                   add_workspace_option: Callable[[argparse.ArgumentParser], None]) -> None:
    parser = export_sub.add_parser("map", help="the journey map as a PNG, SVG or PDF picture")
    add_workspace_option(parser)
    parser.add_argument("--map", required=True, metavar="ID", help="the map's id (info --json)")
    parser.add_argument("-o", "--output", required=True, type=_map_output, metavar="FILE",
                        help="FILE.png (at least 1200 px wide), FILE.svg or FILE.pdf (one page)")

    def run(args: argparse.Namespace) -> int:
        from cxdesk.cli import open_workspace
        from cxdesk.journey import load_map
        from cxdesk.reports.output import prepare_target

        if renderer is None:
            raise CxDeskError("this build cannot draw pictures (no map renderer)")
        with open_workspace(args) as ws:
            load_map(ws, args.map)  # an unknown id is NotFound (exit 1) before Qt starts
            prepare_target(args.output)  # a folder is refused; a missing folder is made
            renderer(ws, args.map, args.output)
        print(args.output)
        return 0

    parser.set_defaults(command=run)
