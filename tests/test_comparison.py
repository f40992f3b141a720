"""Competitor comparison: own scores against each competitor per stage and touchpoint, with
advantages and disadvantages called out at a configurable threshold (hand-computed from the
small engagement of tests/engagement_factory.py)."""

from __future__ import annotations

import pytest

from cxdesk import comparison as cmp
from cxdesk import fieldwork
from cxdesk.workspace import Workspace


def by_name(result: cmp.Comparison) -> dict[str, cmp.Row]:
    return {row.name: row for row in result.rows}


def test_own_scores_are_set_against_each_competitor(ws, built):
    own, (comp_a, comp_b) = built.own_id, built.competitor_ids
    result = cmp.comparison(ws, built.engagement_id)
    assert result.own.id == own and [c.id for c in result.competitors] == [comp_a, comp_b]
    assert result.threshold == cmp.DEFAULT_THRESHOLD
    assert [(r.level, r.name) for r in result.rows] == [
        ("stage", "Search"), ("touchpoint", "Website"),
        ("stage", "Purchase"), ("touchpoint", "Reception"), ("touchpoint", "Sales manager")]
    rows = by_name(result)
    # own: 2 checks — website 1,1; reception 0,1; manager 0,0. Competitor A: all 1.
    assert (rows["Website"].own.value, rows["Website"].own.n) == (100, 2)
    assert rows["Reception"].own.value == 50
    assert rows["Sales manager"].own.value == 0
    assert rows["Purchase"].own.value == 25  # 1 of 4 answers
    versus = rows["Reception"].versus[comp_a]
    assert (versus.value, versus.n, versus.difference, versus.verdict) == (
        100, 1, -50, cmp.DISADVANTAGE)
    assert rows["Website"].versus[comp_a].difference == 0
    assert rows["Website"].versus[comp_a].verdict is None
    # Competitor B has no checks: nothing to compare, nothing called out
    assert rows["Reception"].versus[comp_b] == cmp.Versus(comp_b, None, None, None)


def test_the_threshold_decides_what_is_called_out(ws, built):
    comp_a = built.competitor_ids[0]
    result = cmp.comparison(ws, built.engagement_id, threshold=60)
    assert [r.name for r in result.disadvantages(comp_a)] == ["Sales manager", "Purchase"]
    assert [r.name for r in result.disadvantages(comp_a, level="touchpoint")] == [
        "Sales manager"]
    assert result.advantages(comp_a) == []
    assert [r.name for r in cmp.comparison(ws, built.engagement_id,
                                           threshold=50).disadvantages(comp_a)] == [
        "Sales manager", "Purchase", "Reception"]


def test_an_advantage_is_where_the_own_company_leads(ws, built):
    comp_b = built.competitor_ids[1]
    template = ws.scalar("SELECT id FROM templates WHERE engagement_id = ?",
                         (built.engagement_id,))
    website = ws.scalar("SELECT id FROM criteria WHERE text = 'Criterion 0'")
    check = fieldwork.create_check(ws, built.engagement_id, subject_id=comp_b,
                                   template_id=template, method="web_check")
    fieldwork.answer(ws, check, website, value=0)
    result = cmp.comparison(ws, built.engagement_id)
    assert [(r.level, r.name, r.versus[comp_b].difference)
            for r in result.advantages(comp_b)] == [("stage", "Search", 100),
                                                    ("touchpoint", "Website", 100)]
    assert result.disadvantages(comp_b) == []


def test_the_threshold_is_stored_per_engagement(workspace_path, ws, built):
    assert cmp.stored_threshold(ws, built.engagement_id) == 10
    assert cmp.set_threshold(ws, built.engagement_id, 25) == 10
    ws.close()
    with Workspace.open(workspace_path) as again:
        assert cmp.stored_threshold(again, built.engagement_id) == 25
        assert cmp.comparison(again, built.engagement_id).threshold == 25
        with pytest.raises(ValueError):
            cmp.set_threshold(again, built.engagement_id, -1)


def test_without_a_competitor_there_is_nothing_to_compare(ws):
    from cxdesk import engagements

    eng = engagements.create_engagement(ws, name="Solo")
    engagements.add_subject(ws, eng.id, name="Us", own=True)
    result = cmp.comparison(ws, eng.id)
    assert (result.own.name, result.competitors, result.rows) == ("Us", [], [])


def test_all_scores_at_once_are_those_of_the_scoring_rules(ws, built):
    from fieldwork_factory import build_field

    from cxdesk import scoring
    from cxdesk.score_tables import all_scores

    field = build_field(ws)
    check = fieldwork.create_check(ws, field.engagement_id, subject_id=field.own_id,
                                   template_id=field.template_id, method="visit")
    c = field.criteria
    fieldwork.answer(ws, check, c["greeting"], value=0)
    fieldwork.answer(ws, check, c["politeness"], value=7)
    fieldwork.answer(ws, check, c["wait"], value=3)
    fieldwork.answer(ws, check, c["offer"], choice_id=field.choices["When asked"])
    fieldwork.answer(ws, check, c["clean"], not_applicable=True)
    for engagement_id in (built.engagement_id, field.engagement_id):
        answers = scoring.load_answers(ws, engagement_id)
        scores = all_scores(ws, engagement_id)
        for mine, rules in ((scores.checks, scoring.check_scores(answers)),
                            (scores.touchpoints, scoring.touchpoint_scores(answers)),
                            (scores.stages, scoring.stage_scores(answers)),
                            (scores.subjects, scoring.subject_scores(answers))):
            assert mine.keys() == rules.keys()
            for key, score in rules.items():
                assert mine[key].value == pytest.approx(score.value)
                assert (mine[key].n, mine[key].answers, mine[key].critical_failures) == (
                    score.n, score.answers, score.critical_failures)
