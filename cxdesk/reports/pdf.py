"""The client's PDF report of an engagement (reportlab platypus), in Russian or English.

``write_report`` lays the document out twice: a first pass with photo placeholders of the same
size learns each heading's page and the page count (for the contents and "page X of Y"), the
final pass embeds the photos' stored print copies as they are (JPEG passthrough, each once) and
writes to a temporary file renamed into place. ``write_location_reports`` writes one report
per location. reportlab is imported only here, when a report is written.
"""

from __future__ import annotations

import io
import os
import re
import tempfile
import uuid
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from cxdesk.errors import CxDeskError, InvalidValue
from cxdesk.reports.output import prepare_folder, prepare_target, writing
from cxdesk.workspace import Workspace

if TYPE_CHECKING:  # reportlab loads only when a report is written
    from cxdesk.reports.pdf_data import ReportData
    from cxdesk.reports.pdf_sections import Context

#: Sections in document order (cover and contents always come first).
SECTIONS = ("summary", "map", "results", "comparison", "findings", "best_practices",
            "appearance", "voice", "incidents", "employees", "actions", "photos", "appendix")

MapRenderer = Callable[[Workspace, str, Path], object]
Progress = Callable[[int, int], None]


class ReportCancelled(CxDeskError):
    """The user cancelled the export; nothing was written."""

    def __init__(self) -> None:
        super().__init__("the report was cancelled")


def _check_options(lang: str, sections: Sequence[str] | None) -> tuple[str, ...]:
    if lang not in ("ru", "en"):
        raise InvalidValue(f"unknown report language {lang!r} (ru or en)")
    if sections is None:
        return SECTIONS
    unknown = [s for s in sections if s not in SECTIONS]
    if unknown:
        raise InvalidValue(f"unknown report section(s): {', '.join(unknown)} "
                           f"(known: {', '.join(SECTIONS)})")
    return tuple(s for s in SECTIONS if s in sections)


def _story(ctx: Context, sections: tuple[str, ...], check: Callable[[], None]) -> list:
    from cxdesk.reports import pdf_appendix, pdf_findings, pdf_people, pdf_sections
    from cxdesk.reports.pdf_style import Heading, Pagination, keep_headings

    builders = {
        "summary": [pdf_sections.summary], "map": [pdf_sections.journey_map],
        "results": [pdf_sections.results], "comparison": [pdf_sections.comparison],
        "findings": [pdf_findings.findings], "best_practices": [pdf_findings.best_practices],
        "appearance": [pdf_findings.appearance], "voice": [pdf_people.voice],
        "incidents": [pdf_people.incidents], "employees": [pdf_people.employees],
        "actions": [pdf_people.actions], "photos": [pdf_findings.gallery],
        "appendix": [pdf_appendix.methodology, pdf_appendix.evidence_index],
    }
    body: list = []
    for name in sections:
        for build in builders[name]:
            check()
            body += build(ctx)
    if not ctx.known.entries:  # first pass: the contents' lines, pages unknown yet
        ctx.known = Pagination([(f.level, f.toc_text, 0, f.key) for f in body
                                if isinstance(f, Heading)], 0)
    return pdf_sections.cover(ctx) + pdf_sections.contents_page(ctx) + keep_headings(body)


def _render_maps(ws: Workspace, data: ReportData, renderer: MapRenderer | None,
                 folder: Path) -> dict[str, Path]:
    """Every journey map of the engagement drawn by ``renderer`` into ``folder``, by map id
    (a map it could not draw is left out: the report says the picture is unavailable)."""
    if renderer is None:
        return {}
    pictures: dict[str, Path] = {}
    for i, (map_id, _) in enumerate(data.maps):
        target = folder / f"map-{i}.png"
        renderer(ws, map_id, target)
        if target.exists():
            pictures[map_id] = target
    return pictures


def _layout(ws: Workspace, data: ReportData, path: Path, *, lang: str,
            sections: tuple[str, ...], all_photos: bool, map_pngs: dict[str, Path],
            logo: Path | None, progress: Progress | None,
            cancelled: Callable[[], bool] | None) -> Path:
    from cxdesk.reports.labels import Labels
    from cxdesk.reports.pdf_output import streaming_into
    from cxdesk.reports.pdf_photos import PhotoSource
    from cxdesk.reports.pdf_sections import Context
    from cxdesk.reports.pdf_style import Pagination, ReportDoc, Styles, register_fonts

    register_fonts()

    def check() -> None:
        if cancelled is not None and cancelled():
            raise ReportCancelled()

    t = Labels(lang)
    wanted = [ph.photo_id for group in data.finding_photos.values() for ph, _ in group]
    if "photos" in sections:
        wanted += [ph.photo_id for ph in data.photos
                   if all_photos or ph.photo_id in data.failed_photo_ids]
    source = PhotoSource.load(ws, wanted)
    total = len(set(wanted)) + 3
    done = [0]

    def step(n: int = 1) -> None:
        done[0] += n
        if progress is not None:
            progress(min(done[0], total), total)
        check()

    ctx = Context(data=data, t=t, styles=Styles(), photos=source, known=Pagination(),
                  map_pngs=map_pngs, logo=logo, all_photos=all_photos)
    eng = data.header.engagement
    running = eng.name + (f" — {data.header.location.name}" if data.header.location else "")
    meta = {"title": running, "running": running, "footer": eng.client,
            "author": eng.consultant or eng.client}
    step()
    # pass 1: placeholders, pages learnt
    first = ReportDoc(io.BytesIO(), known=ctx.known, labels=t, **meta)
    first.build(_story(ctx, sections, check))
    ctx.known = first.found
    step()
    # final pass: the photos' bytes, into a temporary file beside the target
    source.placeholders = False
    source.drawn = lambda: step()
    path = prepare_target(path)
    temp = path.parent / f".{path.stem[:40]}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp"
    try:
        with writing(path), open(temp, "wb") as handle, streaming_into(handle):
            final = ReportDoc(handle, known=ctx.known, labels=t, **meta)
            final.build(_story(ctx, sections, check))
        with writing(path):
            os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    step()
    return path


def write_report(ws: Workspace, engagement_id: str, path: str | os.PathLike[str], *,
                 lang: str = "ru", subject_ids: Sequence[str] | None = None,
                 sections: Sequence[str] | None = None, all_photos: bool = False,
                 location_id: str | None = None, map_renderer: MapRenderer | None = None,
                 logo: str | os.PathLike[str] | None = None, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> Path:
    """Write the engagement's PDF report to ``path`` and return it.

    ``sections`` picks from ``SECTIONS`` (None: all); ``all_photos`` shows every photo, not
    only those of findings and failed criteria; ``location_id`` limits the report to one
    location's checks, photos and incidents, its coverage to the checks done there (against
    the company's requirement) and its voice of the customer to the location's company (the
    responses carry no location; the report says so); ``map_renderer(ws, map_id,
    png_path)`` draws each journey map (the core draws no pictures itself); ``progress(done, total)`` is called as
    it goes and ``cancelled()`` returning True stops it (``ReportCancelled``, nothing
    written). NotFound for an unknown engagement or location.
    """
    from cxdesk.reports.pdf_data import load_report_data

    chosen = _check_options(lang, sections)
    data = load_report_data(ws, engagement_id, subject_ids=subject_ids, location_id=location_id)
    prepare_target(path)  # a folder, an impossible place: said before any work
    with tempfile.TemporaryDirectory(prefix="cxdesk-report-") as folder:
        map_pngs = (_render_maps(ws, data, map_renderer, Path(folder))
                    if "map" in chosen else {})
        return _layout(ws, data, Path(path), lang=lang, sections=chosen, all_photos=all_photos,
                       map_pngs=map_pngs, logo=Path(logo) if logo else None, progress=progress,
                       cancelled=cancelled)


_UNSAFE = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]+')
_RESERVED = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)),
             *(f"LPT{i}" for i in range(1, 10))}


def safe_file_name(name: str, *, limit: int = 80) -> str:
    """A file name that works on Windows, macOS and Linux, Cyrillic kept: no reserved
    characters or names, no trailing dots or spaces, at most ``limit`` characters."""
    text = _UNSAFE.sub("_", name).strip().strip(".").strip()
    text = re.sub(r"\s+", " ", text)[:limit].rstrip(". ")
    if not text:
        text = "location"
    if text.split(".")[0].upper() in _RESERVED:
        text = "_" + text
    return text


def write_location_reports(ws: Workspace, engagement_id: str,
                           folder: str | os.PathLike[str], *, lang: str = "ru",
                           all_photos: bool = False, map_renderer: MapRenderer | None = None,
                           sections: Sequence[str] | None = None,
                           subject_ids: Sequence[str] | None = None,
                           logo: str | os.PathLike[str] | None = None,
                           progress: Progress | None = None,
                           cancelled: Callable[[], bool] | None = None) -> list[Path]:
    """One report per location of the engagement in ``folder`` (created), named after the
    location (``Шоурум на Ленинском.pdf``; a repeated name gets ``(2)``); with
    ``subject_ids``, only the locations of those companies (and of none)."""
    from cxdesk.engagements import get_engagement, list_locations
    from cxdesk.reports.pdf_data import load_report_data

    chosen = _check_options(lang, sections)
    engagement = get_engagement(ws, engagement_id)
    locations = [loc for loc in list_locations(ws, engagement_id)
                 if subject_ids is None or loc.subject_id is None
                 or loc.subject_id in subject_ids]
    if not locations:
        raise InvalidValue(f"engagement {engagement.name!r}: " + (
            "no location to write a report for; add its locations first"
            if subject_ids is None else "none of the companies chosen has a location"))
    target = prepare_folder(folder)
    written: list[Path] = []
    used: set[str] = set()
    with tempfile.TemporaryDirectory(prefix="cxdesk-report-") as temp:
        map_pngs: dict[str, Path] | None = None  # the maps are the engagement's: drawn once
        for i, location in enumerate(locations):
            data = load_report_data(ws, engagement_id, location_id=location.id)
            if map_pngs is None:
                map_pngs = (_render_maps(ws, data, map_renderer, Path(temp))
                            if "map" in chosen else {})
            base = safe_file_name(location.name)
            name, n = base, 1
            while name.casefold() in used:
                n += 1
                name = f"{base} ({n})"
            used.add(name.casefold())

            def part(done: int, total: int, i: int = i) -> None:
                if progress is not None:
                    progress(i * total + done, total * len(locations))

            written.append(_layout(
                ws, data, target / f"{name}.pdf", lang=lang, sections=chosen,
                all_photos=all_photos, map_pngs=map_pngs, logo=Path(logo) if logo else None,
                progress=part, cancelled=cancelled))
    return written
