"""NPS with its margin, CES, breakdowns and the sample warnings, against hand-computed cases."""

from __future__ import annotations

import pytest

from cxdesk import engagements, feedback_ops
from cxdesk.ces import ces
from cxdesk.feedback import Response, breakdown, figure, load_feedback, sample_warnings
from cxdesk.nps import nps


def test_nps_and_margin_of_ten_responses_by_hand() -> None:
    # 5 promoters (10,10,9,10,9), 2 passives (8,7), 3 detractors (6,3,0)
    result = nps([10, 10, 9, 8, 7, 6, 3, 0, 10, 9])
    assert (result.promoters, result.passives, result.detractors) == (5, 2, 3)
    assert result.value == pytest.approx(20.0)
    # 1.96 × √((0.5 + 0.3 − 0.2²) / 10) × 100 = 1.96 × √0.076 × 100
    assert result.margin == pytest.approx(54.03, abs=0.01)


def test_margin_shrinks_with_n_two_hundred_responses() -> None:
    result = nps([10] * 100 + [8] * 40 + [2] * 60)
    assert result.value == pytest.approx(20.0)
    assert result.margin == pytest.approx(1.96 * (0.76 / 200) ** 0.5 * 100)
    assert round(result.margin, 1) == 12.1


def test_all_promoters_is_plus_hundred_with_no_margin_and_no_responses_is_none() -> None:
    assert nps([9, 10, 10]).value == 100 and nps([9, 10, 10]).margin == 0
    assert nps([0, 6]).value == -100
    assert nps([]) is None


def test_ces_is_the_mean_of_one_to_seven_and_the_share_of_easy_answers() -> None:
    result = ces([7, 6, 5, 4, 1, None])
    assert result.n == 5
    assert result.mean == pytest.approx(4.6)
    assert result.easy == pytest.approx(60.0)
    assert ces([None]) is None
    with pytest.raises(ValueError):
        ces([8])


def test_warnings_small_sample_wide_margin_low_response_and_self_selection() -> None:
    small = nps([10] * 10 + [5] * 10)
    assert sample_warnings(small, ["random"]) == ("small_sample", "wide_margin")
    big = nps([10] * 700 + [8] * 200 + [3] * 100)
    assert big.margin < 10 and sample_warnings(big, ["random"]) == ()
    assert sample_warnings(big, ["random"], response_rate=0.1) == ("low_response_rate",)
    assert sample_warnings(big, ["random"], response_rate=0.2) == ()
    assert sample_warnings(big, ["self_selected", "unknown"]) == ("self_selected",)
    assert sample_warnings(big, ["census", "unknown"]) == ("unknown_sampling",)


def _r(ident: str, score: int, **kw) -> Response:
    return Response(id=ident, score=score, **kw)


def test_breakdown_by_touchpoint_and_by_quarter() -> None:
    rows = [_r("1", 10, touchpoint_id="a", touchpoint="Site", responded_on="2026-10-03"),
            _r("2", 2, touchpoint_id="a", touchpoint="Site", responded_on="2026-12-30"),
            _r("3", 9, touchpoint_id="b", touchpoint="Desk", responded_on="2027-01-02"),
            _r("4", 8, responded_on=None)]
    by_tp = breakdown(rows, "touchpoint")
    assert [(f.label, f.n, f.nps.value) for f in by_tp] == [
        ("Site", 2, 0.0), ("Desk", 1, 100.0), ("", 1, 0.0)]
    assert by_tp[-1].key is None
    by_quarter = breakdown(rows, "quarter")
    assert [(f.key, f.n) for f in by_quarter] == [("2026-Q4", 2), ("2027-Q1", 1), (None, 1)]
    assert [f.key for f in breakdown(rows, "month")][:3] == ["2026-10", "2026-12", "2027-01"]
    with pytest.raises(ValueError):
        breakdown(rows, "colour")


def test_headline_covers_own_company_and_unattributed_with_response_rate(ws) -> None:
    eng = engagements.create_engagement(ws, name="E")
    own = engagements.add_subject(ws, eng.id, name="Own", own=True)
    rival = engagements.add_subject(ws, eng.id, name="Rival")
    sample = feedback_ops.add_sample(ws, eng.id, name="SMS", sampling="random", invited=100)
    for score in (10, 9, 3):
        feedback_ops.add_response(ws, eng.id, score=score, subject_id=own.id,
                                  sample_id=sample, ces=6)
    feedback_ops.add_response(ws, eng.id, score=0, sample_id=sample)
    feedback_ops.add_response(ws, eng.id, score=0, subject_id=rival.id, sample_id=sample)
    summary = load_feedback(ws, eng.id)
    assert summary.nps.n == 4 and summary.nps.value == pytest.approx(0.0)
    assert summary.response_rate == pytest.approx(5 / 100)
    assert summary.warnings == ("small_sample", "wide_margin", "low_response_rate")
    assert summary.ces.mean == 6 and summary.ces.easy == 100
    by_subject = summary.breakdown("subject")
    assert {(f.label, f.n) for f in by_subject} == {("Own", 3), ("Rival", 1), ("", 1)}
    assert figure([]).nps is None
