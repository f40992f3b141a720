"""The client PDF report (``cxdesk.reports.pdf``) read back with pypdf: Cyrillic text that
extracts, headings and formats in both languages, photos embedded as their stored print
copies, user text printed literally, "page X of Y", sections, locations, cancel."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader

from cxdesk import records
from cxdesk.demo import build_demo
from cxdesk.errors import InvalidValue, NotFound
from cxdesk.reports.pdf import ReportCancelled, write_location_reports, write_report
from cxdesk.workspace import Workspace

HOSTILE = '<b>x</b> & <img src="x"> «Кавычки»'
MAP_SIZE = (1300, 520)


def fake_map(ws: Workspace, map_id: str, path: Path) -> Path:
    """Stands in for the Qt renderer main.py hands in: a PNG of a known size."""
    Image.new("RGB", MAP_SIZE, (40, 90, 160)).save(path)
    return path


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("pdf") / "demo.cxd"
    with Workspace.open(path, create=True) as ws:
        engagement = build_demo(ws)
        with ws.transaction():
            records.insert(ws, "findings", {
                "engagement_id": engagement, "kind": "failure", "title": HOSTILE,
                "description": "Комментарий & <script>alert(1)</script>", "severity": 3})
            records.insert(ws, "findings", {  # far too long for a page, and no spaces
                "engagement_id": engagement, "kind": "weak_spot", "title": "Длинный текст",
                "description": "ж" * 40_000 + "\x07", "root_cause": "строка\n" * 500})
            records.insert(ws, "actions", {
                "engagement_id": engagement, "title": "Очень длинное мероприятие",
                "description": "слово " * 8_000})
    return path, engagement


def text_of(path: Path) -> str:
    return "\n".join(page.extract_text() or "" for page in PdfReader(path).pages)


def image_hashes(path: Path) -> list[str]:
    """SHA-256 of each embedded image's stream, page by page (a photo shown twice counts
    once per page)."""
    found = []
    for page in PdfReader(path).pages:
        xobjects = page["/Resources"].get("/XObject") or {}
        for ref in xobjects.values():
            obj = ref.get_object()
            if obj.get("/Subtype") == "/Image":
                found.append(hashlib.sha256(obj.get_data()).hexdigest())
    return found


@pytest.fixture(scope="module")
def ru_report(demo, tmp_path_factory) -> Path:
    path, engagement = demo
    out = tmp_path_factory.mktemp("out") / "отчёт.pdf"
    with Workspace.open(path) as ws:
        write_report(ws, engagement, out, lang="ru", map_renderer=fake_map)
    return out


@pytest.fixture(scope="module")
def en_report(demo, tmp_path_factory) -> Path:
    path, engagement = demo
    out = tmp_path_factory.mktemp("out") / "report.pdf"
    with Workspace.open(path) as ws:
        write_report(ws, engagement, out, lang="en", map_renderer=fake_map)
    return out


def test_cyrillic_text_extracts_without_missing_glyphs(ru_report):
    text = text_of(ru_report)
    assert "Аудит клиентского сервиса «Север Моторс»" in text
    assert "Краткие выводы" in text and "План действий" in text
    assert "■" not in text and "\ufffd" not in text


def test_page_x_of_y_matches_the_page_count_and_the_contents_the_pages(ru_report):
    reader = PdfReader(ru_report)
    pages = len(reader.pages)
    assert 10 <= pages <= 60
    assert f"Страница {pages} из {pages}" in reader.pages[-1].extract_text()
    assert f"Страница 2 из {pages}" in reader.pages[1].extract_text()
    contents = reader.pages[1].extract_text()
    assert "Содержание" in contents
    # the contents give the page the action plan really starts on
    page = int(re.search(r"План действий\s+(\d+)", contents).group(1))
    assert "План действий" in reader.pages[page - 1].extract_text()


def test_photos_are_the_stored_print_copies_byte_for_byte(demo, ru_report):
    path, engagement = demo
    with Workspace.open(path) as ws:
        prints = {hashlib.sha256(bytes(r[0])).hexdigest() for r in ws.conn.execute(
            """SELECT d.data FROM photo_derivatives d JOIN evidence_links e
               ON e.photo_id = d.photo_id WHERE d.kind = 'print' AND e.finding_id IS NOT NULL""")}
    embedded = set(image_hashes(ru_report))
    assert prints and prints <= embedded


def test_the_journey_map_picture_is_in_the_report(ru_report):
    sizes = set()
    for page in PdfReader(ru_report).pages:
        for ref in (page["/Resources"].get("/XObject") or {}).values():
            obj = ref.get_object()
            sizes.add((obj.get("/Width"), obj.get("/Height")))
    assert MAP_SIZE in sizes


def test_markup_in_user_text_prints_literally(ru_report):
    text = text_of(ru_report)
    assert HOSTILE in text
    assert "<script>alert(1)</script>" in text


def test_very_long_user_text_is_cut_with_a_visible_marker(ru_report):
    text = text_of(ru_report)
    assert "Длинный текст" in text and "Очень длинное мероприятие" in text
    assert text.count("[…]") >= 3
    assert "ж" * 40_000 not in text.replace("\n", "")


def test_overdue_actions_stand_out(ru_report):
    text = text_of(ru_report)
    assert "просрочено" in text
    assert "Просрочено" in text and "открытых мероприятий" in text


def test_nps_comes_with_n_margin_and_a_sample_warning(ru_report):
    text = text_of(ru_report)
    voice = text[text.index("Голос клиента\n"):]
    assert "n " in voice and "при 95 %" in voice
    assert "выборка" in voice.lower()
    assert "медианное время до первого контакта" in " ".join(voice.split())  # closed loop


def test_english_headings_dates_and_numbers(en_report):
    text = text_of(en_report)
    for heading in ("Contents", "Executive summary", "Comparison with competitors",
                    "Action plan", "Appendix: Evidence index"):
        assert heading in text
    assert "1 Oct 2026 – 30 Nov 2026" in text
    assert "Page 1 of" not in text  # the cover has no footer
    assert "Краткие выводы" not in text


def test_russian_dates_use_day_month_year(ru_report):
    assert "01.10.2026 – 30.11.2026" in text_of(ru_report)


def test_all_photos_adds_every_photo(demo, ru_report, tmp_path):
    path, engagement = demo
    out = tmp_path / "all.pdf"
    with Workspace.open(path) as ws:
        write_report(ws, engagement, out, lang="ru", all_photos=True,
                     sections=["photos"])
        photos = ws.scalar("""SELECT count(DISTINCT photo_id) FROM evidence_links
                              WHERE engagement_id = ?""", (engagement,))
    assert len(set(image_hashes(out))) == photos
    assert "Все фотографии" in text_of(out)
    assert len(set(image_hashes(ru_report))) < photos


def test_sections_pick_what_is_written(demo, tmp_path):
    path, engagement = demo
    out = tmp_path / "actions.pdf"
    with Workspace.open(path) as ws:
        write_report(ws, engagement, out, lang="en", sections=["actions"])
        with pytest.raises(InvalidValue):
            write_report(ws, engagement, tmp_path / "x.pdf", sections=["nonsense"])
    text = text_of(out)
    assert "Action plan" in text and "Executive summary" not in text
    assert not (tmp_path / "x.pdf").exists()


def test_a_location_report_holds_only_that_location(demo, tmp_path):
    path, engagement = demo
    with Workspace.open(path) as ws:
        location = ws.row("SELECT id, name FROM locations WHERE name = 'Шоурум в Химках'")
        photos_there = ws.scalar(
            """SELECT count(DISTINCT e.photo_id) FROM evidence_links e
               JOIN checks c ON c.id = e.check_id WHERE c.location_id = ?""", (location["id"],))
        out = write_report(ws, engagement, tmp_path / "one.pdf", all_photos=True,
                           location_id=location["id"], sections=["summary", "photos"])
        with pytest.raises(NotFound):
            write_report(ws, engagement, tmp_path / "none.pdf",
                         location_id="00000000-0000-0000-0000-000000000000")
    text = text_of(out)
    assert "Шоурум в Химках" in text
    assert "Автоцентр Юг" not in text  # a competitor's checks are at its own locations
    assert 0 < len(set(image_hashes(out))) == photos_there


def test_per_location_writes_one_named_file_per_location(demo, tmp_path):
    path, engagement = demo
    folder = tmp_path / "по точкам"
    with Workspace.open(path) as ws:
        written = write_location_reports(ws, engagement, folder, lang="ru",
                                         sections=["summary"])
        names = {r[0] for r in ws.conn.execute(
            "SELECT name FROM locations WHERE engagement_id = ?", (engagement,))}
    assert {p.stem for p in written} == names
    assert sorted(folder.iterdir()) == sorted(written)
    assert all(PdfReader(p).pages for p in written)


def test_cancel_leaves_the_previous_file_and_no_temporary(demo, tmp_path):
    path, engagement = demo
    out = tmp_path / "report.pdf"
    out.write_bytes(b"previous")
    calls = []
    with Workspace.open(path) as ws, pytest.raises(ReportCancelled):
        write_report(ws, engagement, out, progress=lambda done, total: calls.append(done),
                     cancelled=lambda: len(calls) >= 2)
    assert out.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_progress_reaches_its_total(demo, tmp_path):
    path, engagement = demo
    seen: list[tuple[int, int]] = []
    with Workspace.open(path) as ws:
        write_report(ws, engagement, tmp_path / "r.pdf",
                     progress=lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1]
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)


def test_a_logo_goes_on_the_cover(demo, tmp_path):
    path, engagement = demo
    logo = tmp_path / "logo.png"
    Image.new("RGB", (321, 123), (200, 30, 30)).save(logo)
    with Workspace.open(path) as ws:
        out = write_report(ws, engagement, tmp_path / "r.pdf", logo=logo, sections=["summary"])
    cover = PdfReader(out).pages[0]
    sizes = {(r.get_object().get("/Width"), r.get_object().get("/Height"))
             for r in (cover["/Resources"].get("/XObject") or {}).values()}
    assert (321, 123) in sizes


def test_an_empty_engagement_still_makes_a_readable_report(tmp_path):
    from cxdesk.engagements import create_engagement

    with Workspace.open(tmp_path / "empty.cxd", create=True) as ws:
        engagement = create_engagement(ws, name="Пустой проект", client="Клиент")
        out = write_report(ws, engagement.id, tmp_path / "empty.pdf", lang="ru")
    text = text_of(out)
    assert "Пустой проект" in text and "Ничего не записано." in text
    assert "В проекте нет карты пути." in text


def test_chosen_companies_only(demo, tmp_path):
    path, engagement = demo
    with Workspace.open(path) as ws:
        own = ws.scalar("SELECT id FROM subjects WHERE engagement_id = ? AND own = 1",
                        (engagement,))
        out = write_report(ws, engagement, tmp_path / "own.pdf", lang="ru", subject_ids=[own],
                           sections=["summary", "results"])
    text = text_of(out)
    assert "Север Моторс" in text
    assert "Автоцентр Юг" not in text and "Премиум Авто Запад" not in text


def test_the_file_is_streamed_and_reportlab_left_as_it_was(demo, tmp_path):
    from reportlab.pdfbase import pdfdoc

    before = pdfdoc.PDFFile
    path, engagement = demo
    with Workspace.open(path) as ws:
        out = write_report(ws, engagement, tmp_path / "r.pdf", sections=["findings"])
        with pytest.raises(ReportCancelled):
            write_report(ws, engagement, tmp_path / "c.pdf", cancelled=lambda: True)
    assert pdfdoc.PDFFile is before
    data = out.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert len(PdfReader(out).pages) >= 3  # the cross-reference offsets are right


def test_starting_the_cli_does_not_load_reportlab():
    import subprocess
    import sys

    code = ("import sys, main; main._parser(); "
            "print(any(m.startswith('reportlab') for m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, cwd=Path(__file__).resolve().parents[1])
    assert done.stdout.strip() == "False"
