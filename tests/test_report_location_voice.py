"""Per-location PDF reports (``export pdf --per-location``) are honest about what is not
recorded per location: the voice of the customer shows the location's company's responses
(responses carry no location) and says so in both languages, a location of no company gets
no figure, and coverage counts the checks done at the location against the company's
requirement, saying that the requirement is per company."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

import main
from cxdesk import records
from cxdesk.demo import build_demo
from cxdesk.feedback import load_feedback
from cxdesk.reports.queries import coverage_rows
from cxdesk.reports.xlsx import write_workbook
from cxdesk.workspace import Workspace

OWN_SHOWROOM = "Шоурум на Ленинском"
RIVAL_SHOWROOM = "Автоцентр Юг на Варшавском шоссе"
NO_COMPANY = "Склад без компании"
#: The competitor's responses: 4 promoters, 3 passives, 1 detractor of 8: NPS 37.5 → +38.
RIVAL_SCORES = (10, 10, 9, 9, 8, 7, 7, 3)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Path, str, dict[str, dict]]:
    """The demo engagement, its competitor given 8 responses of its own, and a location that
    belongs to no company."""
    path = tmp_path_factory.mktemp("loc") / "demo.cxd"
    with Workspace.open(path, create=True) as ws:
        engagement = build_demo(ws)
        rival = ws.row("SELECT id FROM subjects WHERE name = 'Автоцентр Юг'")["id"]
        with ws.transaction():
            for score in RIVAL_SCORES:
                records.insert(ws, "feedback", {"engagement_id": engagement,
                                                "subject_id": rival, "score": score,
                                                "ces": 6})
            records.insert(ws, "locations", {"engagement_id": engagement, "name": NO_COMPANY})
        places = {r["name"]: dict(r) for r in ws.rows(
            "SELECT id, name, subject_id FROM locations WHERE engagement_id = ?", (engagement,))}
    return path, engagement, places


@pytest.fixture(scope="module")
def per_location(demo, tmp_path_factory) -> dict[str, dict[str, str]]:
    """Each location's report text, in Russian and English, written by the CLI; whitespace
    runs (line breaks of wrapped paragraphs) made single spaces."""
    path, engagement, _ = demo
    texts: dict[str, dict[str, str]] = {}
    for lang in ("ru", "en"):
        folder = tmp_path_factory.mktemp(f"reports-{lang}")
        assert main.main(["export", "pdf", "--workspace", str(path), "--engagement", engagement,
                          "--per-location", str(folder), "--lang", lang]) == 0
        for pdf in folder.glob("*.pdf"):
            text = "\n".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
            texts.setdefault(pdf.stem, {})[lang] = " ".join(text.split())
    return texts


def voice_part(text: str, lang: str) -> str:
    """The voice-of-the-customer section's text (from its heading to the next section's)."""
    start, end = ("Voice of the customer", "Incidents and problems") if lang == "en" else \
        ("Голос клиента", "Инциденты и проблемы")
    body = text[text.index(start, text.index(end)):]  # past the contents page
    return body[:body.index(end)]


def test_a_competitors_location_shows_its_companys_responses_and_says_so(per_location):
    en = voice_part(per_location[RIVAL_SHOWROOM]["en"], "en")
    assert ("Customer responses are not recorded per location: the figures below are those "
            "of Автоцентр Юг across all its locations") in en
    assert "+38" in en and "n 8" in en  # 37.5 rounds up, as in the client's spreadsheet
    assert "Promoters (9–10): 4 (50%)" in en
    ru = voice_part(per_location[RIVAL_SHOWROOM]["ru"], "ru")
    assert ("Ответы клиентов не записываются по локациям: ниже приведены показатели "
            "компании «Автоцентр Юг» по всем её локациям") in ru
    assert "+38" in ru and "n 8" in ru


def test_the_own_location_shows_only_the_own_companys_responses(demo, per_location):
    path, engagement, _ = demo
    with Workspace.open(path) as ws:
        summary = load_feedback(ws, engagement)
    own = [r for r in summary.responses if r.own]
    unattached = [r for r in summary.responses if r.subject_id is None]
    assert own and unattached  # the demo has both: the headline of the whole report mixes them
    en = voice_part(per_location[OWN_SHOWROOM]["en"], "en")
    assert f"n {len(own)}" in en and f"n {len(own) + len(unattached)}" not in en
    assert "those of Север Моторс across all its locations" in en
    assert "NPS and CES by company" not in en  # one company: no table of companies


def test_a_location_of_no_company_gives_no_figure_and_says_why(per_location):
    en = voice_part(per_location[NO_COMPANY]["en"], "en")
    assert "this location belongs to no company: no NPS or CES figure can be given" in en
    assert "Promoters" not in en and "±" not in en
    ru = voice_part(per_location[NO_COMPANY]["ru"], "ru")
    assert "эта локация не относится ни к одной компании" in ru and "Промоутеры" not in ru


def test_coverage_counts_the_checks_at_the_location_against_the_companys_requirement(
        demo, per_location):
    path, engagement, places = demo
    place = places[OWN_SHOWROOM]
    with Workspace.open(path) as ws:
        here = coverage_rows(ws, engagement, subject_ids=[place["subject_id"]],
                             location_id=place["id"])
        everywhere = coverage_rows(ws, engagement, subject_ids=[place["subject_id"]])
    done = sum(min(c.done, c.required) for c in here)
    required = sum(c.required for c in here)
    assert required == sum(c.required for c in everywhere)  # the company's requirement
    assert 0 < done < sum(min(c.done, c.required) for c in everywhere)
    en, ru = per_location[OWN_SHOWROOM]["en"], per_location[OWN_SHOWROOM]["ru"]
    assert f"{done}/{required} · " in en
    assert ("Coverage counts only the checks done at this location. The number of checks "
            "required is set per company and touchpoint, not per location") in en
    assert "В покрытии учтены только проверки в этой локации" in ru


def test_the_whole_engagement_report_keeps_the_engagement_figures(demo, tmp_path):
    path, engagement, _ = demo
    out = tmp_path / "all.pdf"
    assert main.main(["export", "pdf", "--workspace", str(path), "--engagement", engagement,
                      "-o", str(out), "--lang", "en"]) == 0
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(out).pages).split())
    voice = voice_part(text, "en")
    assert "not recorded per location" not in voice and "NPS and CES by company" in voice
    assert "Coverage counts only the checks done at this location" not in text


def test_the_workbook_gives_each_companys_nps_unrounded_for_excel(demo, tmp_path):
    """The workbook covers the whole engagement (it is never narrowed to a location): the
    competitor's row holds its own responses, the NPS as the exact number 37.5."""
    path, engagement, _ = demo
    with Workspace.open(path) as ws:
        out = write_workbook(ws, engagement, tmp_path / "book.xlsx", lang="en",
                             sections=["summary", "feedback"])
    sheet = openpyxl.load_workbook(out, read_only=True)["Feedback NPS"]
    rows = [r for r in sheet.iter_rows(values_only=True) if r and r[0] == "Автоцентр Юг"]
    assert len(rows) == 1
    name, responses, value, _margin, promoters, passives, detractors, ces_mean, *_ = rows[0]
    assert (responses, value, promoters, passives, detractors) == (8, 37.5, 4, 3, 1)
    assert ces_mean == 6


def test_the_core_coverage_of_a_location_counts_only_the_checks_made_there(demo):
    from cxdesk.coverage import coverage

    path, engagement, places = demo
    with Workspace.open(path) as ws:
        everywhere = coverage(ws, engagement)
        here = coverage(ws, engagement, location_id=places[OWN_SHOWROOM]["id"])
        nowhere = coverage(ws, engagement, location_id=places[NO_COMPANY]["id"])
    assert here.required == nowhere.required == everywhere.required
    assert 0 < here.done < everywhere.done
    assert nowhere.done == 0


def test_a_subjects_summary_counts_that_subjects_responses_alone(demo):
    from cxdesk.feedback import load_feedback
    from cxdesk.reports.queries_people import subject_summary

    path, engagement, places = demo
    rival = places[RIVAL_SHOWROOM]["subject_id"]
    with Workspace.open(path) as ws:
        whole = load_feedback(ws, engagement)
    narrowed = subject_summary(whole, rival)
    assert {r.subject_id for r in narrowed.responses} == {rival}
    assert narrowed.nps is not None and (narrowed.nps.n, narrowed.nps.value) == (8, 37.5)
    assert sum(narrowed.distribution) == 8 and narrowed.distribution[10] == 2
    assert narrowed.ces is not None and narrowed.ces.mean == 6
    assert whole.nps is not None and whole.nps.n != 8  # the headline is the own company's
