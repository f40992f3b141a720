"""Every journey map of an engagement goes into the PDF report, each under its own heading
(listed in the contents) with its own picture: with a renderer handed in, through the CLI's
Qt renderer, and in one report per location."""

from __future__ import annotations

from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

import main
from cxdesk.demo import build_demo
from cxdesk.journey_maps import create_map
from cxdesk.reports.pdf import write_location_reports, write_report
from cxdesk.workspace import Workspace

SECOND = "Корпоративный клиент: путь как есть"


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, str, list[tuple[str, str]]]:
    path = tmp_path_factory.mktemp("maps") / "demo.cxd"
    with Workspace.open(path, create=True) as ws:
        engagement = build_demo(ws)
        create_map(ws, engagement, name=SECOND, template="b2b")
        maps = [(r["id"], r["name"]) for r in ws.rows(
            "SELECT id, name FROM maps WHERE engagement_id = ? ORDER BY position", (engagement,))]
    assert len(maps) == 2
    return path, engagement, maps


class Renderer:
    """Stands in for main.py's renderer: each map a PNG of its own width; remembers calls."""

    def __init__(self, maps: list[tuple[str, str]]) -> None:
        self.widths = {map_id: 1300 + 100 * i for i, (map_id, _) in enumerate(maps)}
        self.drawn: list[str] = []

    def __call__(self, ws: Workspace, map_id: str, path: Path) -> Path:
        self.drawn.append(map_id)
        Image.new("RGB", (self.widths[map_id], 500), (40, 90, 160)).save(path)
        return path


def image_widths(path: Path) -> list[int]:
    return [ref.get_object().get("/Width") for page in PdfReader(path).pages
            for ref in (page["/Resources"].get("/XObject") or {}).values()
            if ref.get_object().get("/Subtype") == "/Image"]


def pages_with(path: Path, text: str) -> list[int]:
    return [i for i, page in enumerate(PdfReader(path).pages)
            if text in " ".join((page.extract_text() or "").split())]


def test_each_map_has_its_heading_in_the_contents_and_its_picture(demo, tmp_path):
    path, engagement, maps = demo
    renderer = Renderer(maps)
    out = tmp_path / "report.pdf"
    with Workspace.open(path) as ws:
        write_report(ws, engagement, out, lang="ru", map_renderer=renderer,
                     sections=["summary", "map"])
    assert renderer.drawn == [m for m, _ in maps]
    assert sorted(image_widths(out)) == sorted(renderer.widths.values())
    for _, name in maps:
        found = pages_with(out, name)
        assert 1 in found  # the contents (page 2) lists it
        assert any(i > 1 for i in found)  # and it heads its picture
    first, second = (max(pages_with(out, name)) for _, name in maps)
    assert first <= second  # in the maps' order


def test_a_map_that_could_not_be_drawn_says_so_and_the_other_is_shown(demo, tmp_path):
    path, engagement, maps = demo
    renderer = Renderer(maps)

    def first_only(ws: Workspace, map_id: str, target: Path) -> Path | None:
        return renderer(ws, map_id, target) if map_id == maps[0][0] else None

    out = tmp_path / "report.pdf"
    with Workspace.open(path) as ws:
        write_report(ws, engagement, out, lang="en", map_renderer=first_only,
                     sections=["map"])
    assert image_widths(out) == [renderer.widths[maps[0][0]]]
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(out).pages).split())
    assert text.count("The map picture could not be drawn in this export.") == 1
    assert SECOND in text


def test_each_location_report_has_every_map_drawn_once_for_all(demo, tmp_path):
    path, engagement, maps = demo
    renderer = Renderer(maps)
    with Workspace.open(path) as ws:
        written = write_location_reports(ws, engagement, tmp_path / "stores", lang="en",
                                         map_renderer=renderer, sections=["map"])
    assert len(written) > 2
    assert renderer.drawn == [m for m, _ in maps]  # drawn once, used by every report
    for report in written:
        assert sorted(image_widths(report)) == sorted(renderer.widths.values())


def test_the_cli_draws_every_map_with_the_qt_renderer(demo, tmp_path):
    path, engagement, maps = demo
    out = tmp_path / "report.pdf"
    assert main.main(["export", "pdf", "--workspace", str(path), "--engagement", engagement,
                      "-o", str(out), "--lang", "en"]) == 0
    reader = PdfReader(out)
    for _, name in maps:
        found = pages_with(out, name)
        assert 1 in found  # in the contents
        heading_page = reader.pages[max(found)]  # the map's own heading and its picture
        pictures = [ref.get_object().get("/Width")
                    for ref in (heading_page["/Resources"].get("/XObject") or {}).values()]
        assert pictures and max(pictures) >= 1200  # the Qt renderer's PNG
