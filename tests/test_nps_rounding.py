"""Shown figures round halves away from zero, as Excel and the client's spreadsheet do: an NPS
of 12.5 shows 13 and −12.5 shows −13 (Python's ``round`` would give 12 and −12), in the
shared helper, the NPS itself, ``feedback nps`` (text and JSON), ``info --json`` and the PDF."""

from __future__ import annotations

import json

import pytest
from pypdf import PdfReader

import main
from cxdesk import records
from cxdesk.ces import ces
from cxdesk.engagements import create_engagement
from cxdesk.nps import nps
from cxdesk.reports.pdf import write_report
from cxdesk.rounding import format_fixed, round_half_away
from cxdesk.workspace import Workspace


@pytest.mark.parametrize(("value", "digits", "shown"), [
    (12.5, 0, 13.0), (-12.5, 0, -13.0), (0.5, 0, 1.0), (-0.5, 0, -1.0), (2.5, 0, 3.0),
    (-2.5, 0, -3.0), (12.4, 0, 12.0), (-12.6, 0, -13.0), (6.25, 1, 6.3), (-6.25, 1, -6.3),
    (0.125, 2, 0.13), (-0.125, 2, -0.13), (41.0, 1, 41.0), (99.95, 1, 100.0)])
def test_halves_round_away_from_zero(value, digits, shown):
    assert round_half_away(value, digits) == shown


def test_a_half_hidden_by_float_noise_is_still_a_half():
    noisy = (5 / 24 - 8 / 24) * 100  # −12.5 exactly, −12.499999999999996 in binary
    assert noisy != -12.5 and round(noisy) == -12
    assert round_half_away(noisy) == -13.0 and round_half_away(-noisy) == 13.0
    assert nps([10] * 5 + [8] * 11 + [0] * 8).value == -12.5  # the NPS itself is exact


def test_no_minus_zero_and_signs_as_the_f_format():
    assert str(round_half_away(-0.4)) == "0.0"
    assert format_fixed(-0.04, 1) == "0.0" and format_fixed(12.5, 0, sign=True) == "+13"
    assert format_fixed(-12.5, 0, sign=True) == "-13" and format_fixed(0.0, 1, sign=True) == "0.0"
    assert format_fixed(6.25, 2) == "6.25" and format_fixed(6.25, 1) == "6.3"


def test_the_nps_of_an_exact_half_is_exact():
    # 5 promoters, 3 detractors of 16: 12.5; the reverse: −12.5
    up = nps([10] * 5 + [8] * 8 + [0] * 3)
    down = nps([10] * 3 + [8] * 8 + [0] * 5)
    assert up is not None and down is not None
    assert (up.value, down.value) == (12.5, -12.5)
    assert ces([6] + [2] * 7).easy == 12.5


def _engagement(ws: Workspace, name: str, scores: list[int], efforts: list[int]) -> str:
    eng = create_engagement(ws, name=name, client="Клиент", language="en").id
    with ws.transaction():
        for i, score in enumerate(scores):
            records.insert(ws, "feedback", {"engagement_id": eng, "score": score,
                                            "ces": efforts[i] if i < len(efforts) else None})
    return eng


@pytest.fixture
def halves(tmp_path) -> tuple[str, str, str, str]:
    """Two engagements: NPS +6.25 and −6.25 (16 responses, one net promoter either way), CES
    easy 12.5 % (1 of 8); and two at +12.5 and −12.5."""
    path = tmp_path / "halves.cxd"
    with Workspace.open(path, create=True) as ws:
        up = _engagement(ws, "Up", [10] * 4 + [8] * 9 + [0] * 3, [6] + [2] * 7)
        down = _engagement(ws, "Down", [10] * 3 + [8] * 9 + [0] * 4, [6] + [2] * 7)
        whole_up = _engagement(ws, "Whole up", [10] * 5 + [8] * 8 + [0] * 3, [])
        whole_down = _engagement(ws, "Whole down", [10] * 3 + [8] * 8 + [0] * 5, [])
    return str(path), up, down, whole_up + " " + whole_down


def test_feedback_nps_prints_and_gives_halves_away_from_zero(halves, capsys):
    path, up, down, _ = halves
    assert main.main(["feedback", "nps", "--workspace", path, "--engagement", up]) == 0
    line = capsys.readouterr().out.splitlines()[0]
    assert line.startswith("own company: NPS +6.3 ± ") and "(n = 16)" in line
    assert "(13 % easy, n = 8)" in line
    assert main.main(["feedback", "nps", "--workspace", path, "--engagement", down]) == 0
    assert capsys.readouterr().out.startswith("own company: NPS -6.3 ± ")
    assert main.main(["feedback", "nps", "--workspace", path, "--engagement", down,
                      "--json"]) == 0
    head = json.loads(capsys.readouterr().out)["headline"]
    assert head["nps"] == -6.3 and head["ces"]["easy"] == 12.5


def test_info_json_rounds_the_nps_half_away(halves, capsys):
    path, up, down, _ = halves
    assert main.main(["info", "--workspace", path, "--json"]) == 0
    figures = {e["id"]: e["nps"]["value"]
               for e in json.loads(capsys.readouterr().out)["engagements"]}
    assert figures[up] == 6.3 and figures[down] == -6.3


@pytest.mark.parametrize(("which", "shown", "not_shown"), [(0, "+13", "+12"), (1, "−13", "−12")])
def test_the_pdf_shows_an_nps_of_12_5_as_13(halves, tmp_path, which, shown, not_shown):
    path, _, _, wholes = halves
    engagement = wholes.split()[which]
    out = tmp_path / "voice.pdf"
    with Workspace.open(path) as ws:
        write_report(ws, engagement, out, lang="en", sections=["voice"])
    text = " ".join("\n".join(p.extract_text() for p in PdfReader(out).pages).split())
    voice = text[text.rindex("Voice of the customer"):]
    assert f"{shown} ±" in voice and not_shown not in voice


def test_a_share_of_work_done_reads_100_percent_only_when_all_is_done() -> None:
    from cxdesk.rounding import share_done

    assert share_done(199 / 200) == 0.99  # rounding would say 100 % with a check missing
    assert share_done(1.0) == 1.0 and share_done(0.0) == 0.0
    assert share_done(0.29) == 0.29  # 28.999999999999996 % in binary: still 29 %
    assert share_done(1.4) == 1.0  # more checks than required: 100 %


def test_the_sidebar_and_the_pdf_say_99_percent_while_a_check_is_missing() -> None:
    from cxdesk.overview import Counts
    from cxdesk.reports.labels import format_percent
    from cxdesk.rounding import share_done
    from ui.sidebar import count_texts

    assert count_texts(Counts(coverage_share=199 / 200))["coverage"] == "99 %"
    assert format_percent(share_done(199 / 200), "en") == "99%"
