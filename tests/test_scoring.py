"""Scores, coverage and NPS against hand-computed cases."""

from __future__ import annotations

import pytest

from cxdesk import engagements, records
from cxdesk.coverage import coverage
from cxdesk.nps import nps
from cxdesk.scoring import (
    Score,
    ScoredAnswer,
    aggregate,
    answer_score,
    check_scores,
    load_answers,
    score_of,
    subject_scores,
    tallies,
    touchpoint_scores,
)
from cxdesk.workspace import Workspace


@pytest.mark.parametrize(("kind", "kwargs", "expected"), [
    ("yes_no", {"value": 1}, 1.0),
    ("yes_no", {"value": 0}, 0.0),
    ("yes_no", {"value": 1, "not_applicable": True}, None),
    ("scale_0_10", {"value": 7}, 0.7),
    ("scale_1_5", {"value": 4}, 0.75),
    ("number", {"value": 4, "threshold": 5, "direction": "lower_is_better"}, 1.0),
    ("number", {"value": 6, "threshold": 5, "direction": "lower_is_better"}, 0.0),
    ("number", {"value": 6, "threshold": 5, "direction": "higher_is_better"}, 1.0),
    ("number", {"value": 6}, None),
    ("choice", {"value": None, "points": 0.5, "best_points": 1.0}, 0.5),
    ("text", {"value": None}, None),
    ("yes_no", {"value": None}, None),
])
def test_answer_scores(kind: str, kwargs: dict, expected: float | None) -> None:
    assert answer_score(kind, **kwargs) == expected


def answer(check: str, score: float | None, weight: float = 1, critical: bool = False,
           subject: str = "own", touchpoint: str | None = "tp") -> ScoredAnswer:
    return ScoredAnswer(check, subject, f"c{check}{weight}", touchpoint, "st", "", weight,
                        critical, score)


def test_weights_and_not_applicable() -> None:
    answers = [answer("a", 1.0, weight=3), answer("a", 0.0, weight=1), answer("a", None)]
    (score,) = aggregate(answers, lambda a: a.check_id).values()
    assert score.value == 75.0
    assert (score.n, score.answers) == (1, 2)


def test_a_failed_critical_criterion_flags_without_changing_the_number() -> None:
    answers = [answer("a", 1.0), answer("a", 0.0, critical=True), answer("b", 1.0)]
    scores = check_scores(answers)
    assert scores["a"].value == 50.0 and scores["a"].flagged
    assert not scores["b"].flagged
    assert subject_scores(answers)["own"].critical_failures == 1


def test_n_counts_checks_behind_the_score() -> None:
    answers = [answer("a", 1.0), answer("a", 0.0), answer("b", 1.0, subject="comp"),
               answer("c", 0.5, subject="comp")]
    scores = subject_scores(answers)
    assert (scores["own"].n, scores["own"].value) == (1, 50.0)
    assert (scores["comp"].n, scores["comp"].value) == (2, 75.0)
    assert set(touchpoint_scores(answers)) == {("tp", "own"), ("tp", "comp")}


def test_nothing_scored_gives_no_value() -> None:
    (score,) = aggregate([answer("a", None)], lambda a: a.check_id).values()
    assert score.value is None and score.n == 1


def test_nps_and_margin_hand_computed() -> None:
    # 5 promoters, 3 passives, 2 detractors: NPS 30; p+ .5, p- .2
    result = nps([10, 9, 9, 10, 9, 8, 7, 7, 3, 6])
    assert result is not None
    assert result.value == pytest.approx(30.0)
    assert result.margin == pytest.approx(1.96 * ((0.5 + 0.2 - 0.09) / 10) ** 0.5 * 100)
    assert (result.promoters, result.passives, result.detractors) == (5, 3, 2)
    assert nps([]) is None
    assert nps([10] * 4).margin == 0.0


def build(ws: Workspace) -> dict[str, str]:
    eng = engagements.create_engagement(ws, name="Аудит")
    own = engagements.add_subject(ws, eng.id, name="Север", own=True)
    comp = engagements.add_subject(ws, eng.id, name="Юг")
    with ws.transaction():
        m = records.insert(ws, "maps", {"engagement_id": eng.id, "name": "CJM"})
        st = records.insert(ws, "stages", {"map_id": m, "name": "Покупка"})
        tp1 = records.insert(ws, "touchpoints", {"stage_id": st, "name": "Ресепшн"})
        tp2 = records.insert(ws, "touchpoints", {"stage_id": st, "name": "Тест-драйв"})
        tpl = records.insert(ws, "templates", {"engagement_id": eng.id, "family_id": "f",
                                               "name": "Шоурум"})
        c1 = records.insert(ws, "criteria", {"template_id": tpl, "touchpoint_id": tp1,
                                             "text": "Приветствие", "required_checks": 2})
        c2 = records.insert(ws, "criteria", {"template_id": tpl, "touchpoint_id": tp2,
                                             "text": "Ожидание, мин", "answer_type": "number",
                                             "threshold": 5, "direction": "lower_is_better",
                                             "weight": 2, "required_checks": 3})
        c3 = records.insert(ws, "criteria", {"template_id": tpl, "touchpoint_id": tp2,
                                             "text": "Оценка", "answer_type": "choice"})
        good = records.insert(ws, "criterion_choices", {"criterion_id": c3, "label": "отлично",
                                                         "points": 1})
        records.insert(ws, "criterion_choices", {"criterion_id": c3, "label": "норма",
                                                 "points": 0.5})
        checks = []
        for subject in (own.id, own.id, own.id, comp.id):
            checks.append(records.insert(ws, "checks", {
                "engagement_id": eng.id, "subject_id": subject, "template_id": tpl,
                "method": "visit"}))
        rows = [(checks[0], c1, 1, None), (checks[0], c2, 3, None), (checks[0], c3, None, good),
                (checks[1], c1, 0, None), (checks[2], c1, 1, None), (checks[3], c2, 9, None)]
        for check, crit, value, choice in rows:
            records.insert(ws, "answers", {"check_id": check, "criterion_id": crit,
                                           "value_number": value, "choice_id": choice})
    return {"eng": eng.id, "own": own.id, "comp": comp.id, "tp1": tp1, "tp2": tp2}


def test_scores_from_the_workspace(ws: Workspace) -> None:
    ids = build(ws)
    answers = load_answers(ws, ids["eng"])
    scores = touchpoint_scores(answers)
    assert scores[(ids["tp1"], ids["own"])].value == pytest.approx(200 / 3)
    assert scores[(ids["tp1"], ids["own"])].n == 3
    assert scores[(ids["tp2"], ids["own"])].value == 100.0  # 3 min ≤ 5 and the best choice
    assert scores[(ids["tp2"], ids["comp"])].value == 0.0  # 9 min > 5


def test_coverage_caps_done_at_required(ws: Workspace) -> None:
    ids = build(ws)
    cov = coverage(ws, ids["eng"])
    cells = {(c.touchpoint_id, c.subject_id): (c.done, c.required) for c in cov.cells}
    assert cells == {(ids["tp1"], ids["own"]): (3, 2), (ids["tp1"], ids["comp"]): (0, 2),
                     (ids["tp2"], ids["own"]): (1, 3), (ids["tp2"], ids["comp"]): (1, 3)}
    assert (cov.done, cov.required) == (2 + 0 + 1 + 1, 10)


def test_answers_tallied_in_sql_score_as_the_answers_do(ws: Workspace) -> None:
    ids = build(ws)
    with ws.transaction():
        tpl = ws.scalar("SELECT id FROM templates")
        check = ws.scalar("SELECT id FROM checks ORDER BY rowid LIMIT 1")
        other = ws.scalar("SELECT id FROM checks ORDER BY rowid LIMIT 1 OFFSET 3")
        odd = [  # every kind of answer, scored or not, some critical
            ({"answer_type": "scale_0_10", "touchpoint_id": ids["tp1"], "critical": 1}, 3, {}),
            ({"answer_type": "scale_1_5", "touchpoint_id": ids["tp2"], "weight": 0.5}, 4, {}),
            ({"answer_type": "number", "threshold": 10, "direction": "higher_is_better",
              "touchpoint_id": ids["tp1"]}, 12, {}),
            ({"answer_type": "number", "touchpoint_id": ids["tp1"]}, 12, {}),  # no threshold
            ({"answer_type": "yes_no", "critical": 1}, 0, {}),  # no touchpoint
            ({"answer_type": "yes_no", "touchpoint_id": ids["tp2"]}, 1,
             {"not_applicable": 1}),
            ({"answer_type": "text", "touchpoint_id": ids["tp2"]}, None, {"value_text": "ok"}),
            ({"answer_type": "choice", "touchpoint_id": ids["tp2"]}, None, {}),  # no choice
        ]
        for n, (criterion, value, extra) in enumerate(odd):
            crit = records.insert(ws, "criteria", {"template_id": tpl, "text": f"c{n}",
                                                   **criterion})
            for target in (check, other):
                records.insert(ws, "answers", {"check_id": target, "criterion_id": crit,
                                               "value_number": value, **extra})
    answers = load_answers(ws, ids["eng"])
    found = tallies(ws, ids["eng"])
    assert set(found) == {(a.subject_id, a.touchpoint_id) for a in answers}
    expected = touchpoint_scores(answers)
    for (subject, touchpoint), tally in found.items():
        if touchpoint is not None:
            assert_same(score_of([tally]), expected[(touchpoint, subject)])
    for subject, score in subject_scores(answers).items():
        checks = len({a.check_id for a in answers if a.subject_id == subject})
        assert_same(score_of([t for (s, _), t in found.items() if s == subject], n=checks),
                    score)
    for touchpoint, score in aggregate(answers, lambda a: a.touchpoint_id).items():
        assert_same(score_of([t for (_, tp), t in found.items() if tp == touchpoint]), score)


def assert_same(got: Score, expected: Score) -> None:
    assert (got.n, got.answers, got.critical_failures) == \
        (expected.n, expected.answers, expected.critical_failures)
    assert got.value == pytest.approx(expected.value)
