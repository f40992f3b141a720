"""What the Reports view runs: the export in a worker thread (its own workspace connection),
one PDF per location, and the journey-map pictures drawn beforehand on the GUI thread."""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from cxdesk.reports.pdf import safe_file_name  # light: reportlab loads when a PDF is written
from cxdesk.workspace import Workspace

__all__ = ["PDF", "XLSX", "PrerenderedMaps", "pdf_sections", "run_export", "safe_file_name",
           "xlsx_sections"]

XLSX, PDF = "xlsx", "pdf"


def xlsx_sections() -> tuple[str, ...]:
    from cxdesk.reports.xlsx import SECTIONS

    return SECTIONS


def pdf_sections() -> tuple[str, ...]:
    from cxdesk.reports.pdf import SECTIONS

    return SECTIONS


def run_export(path: Path, engagement_id: str, *, fmt: str, target: Path, lang: str,
               subject_ids: list[str] | None, sections: list[str] | None, all_photos: bool,
               per_location: bool, map_renderer: Callable[..., Any] | None,
               progress: Callable[[int, int], None], cancelled: Callable[[], bool]) -> Path:
    """What the worker runs: the export with its own connection. Returns the file written
    (or the folder, for one PDF per location)."""
    with Workspace.open(path) as ws:
        if fmt == XLSX:
            from cxdesk.reports.xlsx import write_workbook

            return write_workbook(ws, engagement_id, target, lang=lang, subject_ids=subject_ids,
                                  sections=sections, progress=progress, cancelled=cancelled)
        from cxdesk.reports.pdf import write_location_reports, write_report

        options = dict(lang=lang, sections=sections, all_photos=all_photos,
                       map_renderer=map_renderer, progress=progress, cancelled=cancelled)
        if per_location:
            write_location_reports(ws, engagement_id, target, subject_ids=subject_ids,
                                   **options)
            return target
        return write_report(ws, engagement_id, target, subject_ids=subject_ids, **options)


class PrerenderedMaps:
    """Journey maps drawn on the GUI thread before the export (the map scene is Qt's), handed
    to the worker as a renderer that copies the picture asked for."""

    def __init__(self, ws: Workspace, engagement_id: str) -> None:
        from ui.map.export import render_map

        self.folder = Path(tempfile.mkdtemp(prefix="cxdesk-maps-"))
        self.files: dict[tuple[str, str], Path] = {}
        for (map_id,) in ws.conn.execute("SELECT id FROM maps WHERE engagement_id = ?",
                                         (engagement_id,)).fetchall():
            target = self.folder / f"{map_id}.png"
            render_map(ws, map_id, target)
            self.files[(map_id, ".png")] = target

    def __call__(self, ws: Workspace, map_id: str, path: str | Path, **_: Any) -> Path:
        path = Path(path)
        source = self.files.get((map_id, path.suffix.lower()))
        if source is None:
            raise ValueError(f"{path}: no picture of map {map_id} in this format")
        shutil.copyfile(source, path)
        return path

    def discard(self) -> None:
        shutil.rmtree(self.folder, ignore_errors=True)
