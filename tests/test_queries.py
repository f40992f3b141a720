"""The read-only queries behind the main window's screens, on a real workspace."""

from __future__ import annotations

import datetime as dt

import pytest
from sample_data import Sample, build_sample

from cxdesk import actions, checklists, checks, engagements, feedback, findings, gallery, journey
from cxdesk.errors import NotFound


@pytest.fixture
def sample(ws) -> Sample:
    return build_sample(ws)


# -- journey maps ----------------------------------------------------------------------------
def test_list_maps_counts_stages_and_touchpoints_and_names_the_segment(ws, sample):
    (summary,) = journey.list_maps(ws, sample.engagement_id)
    assert (summary.name, summary.kind, summary.segment) == (
        "Покупка автомобиля", "as_is", "Частные покупатели")
    assert (summary.stages, summary.touchpoints) == (3, 5)


def test_load_map_orders_stages_and_touchpoints_along_the_journey(ws, sample):
    cjm = journey.load_map(ws, sample.map_id)
    assert [s.name for s in cjm.stages] == ["Поиск и оценка", "Покупка", "Опыт"]
    assert [t.name for t in cjm.touchpoints] == ["Сайт", "Колл-центр", "Ресепшн", "Менеджер",
                                                 "Сервис"]
    assert [t.name for t in cjm.touchpoints_of(cjm.stages[1].id)] == ["Ресепшн", "Менеджер"]
    site = cjm.touchpoint(sample.touchpoints["Сайт"])
    assert (site.channel, site.interaction, site.emotion) == ("online", "product", 1)


def test_load_map_has_flows_with_their_kind_and_barriers_per_touchpoint(ws, sample):
    cjm = journey.load_map(ws, sample.map_id)
    assert len(cjm.flows) == 4
    assert sorted(f.kind for f in cjm.flows) == ["self", "sent", "sent", "sent"]
    reception = cjm.barriers_of(sample.touchpoints["Ресепшн"])
    assert [b.severity for b in reception] == [3, 2]  # the most severe first


def test_load_map_of_an_unknown_id_is_a_specific_error(ws):
    with pytest.raises(NotFound):
        journey.load_map(ws, "0" * 36)


def test_score_comparison_sets_the_own_company_against_the_first_competitor(ws, sample):
    comparison = journey.score_comparison(ws, sample.engagement_id)
    assert comparison.own.id == sample.own_id and comparison.rival.id == sample.rival_id
    own, rival = comparison.pair(sample.touchpoints["Ресепшн"])
    assert own.value == 100 and own.n == 1
    assert rival.value == 0 and rival.critical_failures == 1
    assert comparison.pair(sample.touchpoints["Сервис"]) == (None, None)


# -- checklists ------------------------------------------------------------------------------
def test_checklist_arranges_criteria_by_stage_then_touchpoint_then_general_section(ws, sample):
    checklist = checklists.load_checklist(ws, sample.template_id)
    assert checklist.template.criteria == 7 and checklist.template.critical == 1
    assert [s.name for s in checklist.stages] == ["Поиск и оценка", "Покупка", ""]
    purchase = checklist.stages[1]
    assert [g.name for g in purchase.groups] == ["Ресепшн", "Менеджер"]
    assert [c.text for c in purchase.groups[0].criteria] == [
        "Поприветствовали в течение 30 секунд", "Время ожидания"]
    general = checklist.stages[2]
    assert general.stage_id is None and general.groups[0].name == "Внешний вид"
    assert general.groups[0].touchpoint_id is None and general.criteria == 2
    assert len(checklist.criteria()) == 7


def test_choice_criterion_carries_its_options_with_points(ws, sample):
    criteria = {c.id: c for c in checklists.load_checklist(ws, sample.template_id).criteria()}
    offer = criteria[sample.criteria["offer"]]
    assert [(c.label, c.points) for c in offer.choices] == [
        ("Сам предложил", 2), ("По просьбе", 1), ("Отказал", 0)]
    wait = criteria[sample.criteria["wait"]]
    assert (wait.unit, wait.threshold, wait.direction) == ("мин", 5, "lower_is_better")


def test_list_templates_names_the_map_and_counts_criteria(ws, sample):
    (template,) = checklists.list_templates(ws, sample.engagement_id)
    assert (template.name, template.version, template.status) == ("Визит в салон", 1, "current")
    assert template.map_name == "Покупка автомобиля"


# -- checks ----------------------------------------------------------------------------------
def test_list_checks_scores_each_check_and_flags_critical_failures(ws, sample):
    rows = {r.id: r for r in checks.list_checks(ws, sample.engagement_id)}
    own, rival = rows[sample.checks[0]], rows[sample.checks[1]]
    assert own.own and own.subject == "Автосалон Север"
    assert own.score == pytest.approx(100 * (1 + 1 + 2 * 0.75 + 1 + 1) / 6)
    assert own.critical_failures == 0 and own.photos == 1
    assert rival.score == 0 and rival.critical_failures == 1
    assert rival.answers == 4 and rival.criteria == 7 and rival.photos == 2


def test_list_checks_newest_first(ws, sample):
    assert [r.id for r in checks.list_checks(ws, sample.engagement_id)] == [
        sample.checks[1], sample.checks[0]]


def test_check_answers_lists_every_criterion_with_the_answer_in_checklist_order(ws, sample):
    answers = checks.check_answers(ws, sample.checks[1])
    assert len(answers) == 7
    by_criterion = {a.criterion_id: a for a in answers}
    greet = by_criterion[sample.criteria["greet"]]
    assert greet.failed and greet.critical and greet.comment == "Разговаривал по телефону"
    assert greet.stage == "Покупка" and greet.group == "Ресепшн" and greet.photos == 1
    offer = by_criterion[sample.criteria["offer"]]
    assert offer.choice == "Отказал" and offer.score == 0
    site = by_criterion[sample.criteria["site"]]
    assert site.not_applicable and site.answered and site.score is None
    assert not by_criterion[sample.criteria["clean"]].answered
    assert [a.stage for a in answers][0] == "Поиск и оценка"


def test_check_answers_of_an_unknown_check_is_a_specific_error(ws):
    with pytest.raises(NotFound):
        checks.check_answers(ws, "0" * 36)


# -- evidence gallery ------------------------------------------------------------------------
def test_gallery_lists_each_photo_once_with_where_it_was_taken(ws, sample):
    photos = gallery.list_gallery(ws, sample.engagement_id)
    assert [p.photo_id for p in photos] == sample.photos
    first, second, third = photos
    assert (first.subject, first.location, first.caption) == (
        "Автосалон Север", "Шоурум на Ленинском", "Зал чистый")
    assert first.criterion == "Чистота в зале" and not first.in_finding
    assert second.in_finding and second.missing_time and second.touchpoint == "Ресепшн"


def test_gallery_flags_a_photo_taken_far_from_its_check(ws, sample):
    flags = [(p.time_mismatch, p.missing_time) for p in gallery.list_gallery(
        ws, sample.engagement_id)]
    assert flags == [(False, False), (False, True), (True, False)]


def test_photo_image_returns_the_stored_derivative(ws, sample):
    data = gallery.photo_image(ws, sample.photos[0], "thumb")
    assert data[:2] == b"\xff\xd8"


# -- findings --------------------------------------------------------------------------------
def test_findings_come_in_report_order_with_their_support(ws, sample):
    rows = findings.list_findings(ws, sample.engagement_id)
    assert [f.kind for f in rows] == ["failure", "strength", "best_practice_wow"]
    failure = rows[0]
    assert (failure.subject, failure.touchpoint, failure.stage) == (
        "Конкурент А", "Ресепшн", "Покупка")
    assert (failure.photos, failure.checks, failure.root_cause) == (
        1, 1, "Нет стандарта встречи")
    grouped = findings.findings_by_kind(rows)
    assert list(grouped) == list(findings.FINDING_KINDS)
    assert grouped["weak_spot"] == [] and len(grouped["failure"]) == 1


# -- feedback --------------------------------------------------------------------------------
def test_feedback_summary_has_nps_distribution_and_sample_quality(ws, sample):
    summary = feedback.load_feedback(ws, sample.engagement_id)
    assert summary.nps.n == 8
    assert summary.nps.value == pytest.approx(100 * (4 - 2) / 8)
    assert summary.distribution[10] == 2 and summary.distribution[3] == 1
    assert sum(summary.distribution) == 8
    assert summary.small_sample and summary.self_selected
    assert summary.samples[0].response_rate == pytest.approx(8 / 200)
    assert summary.responses[0].responded_on == "2026-11-17"
    assert {r.group for r in summary.responses} == {"promoter", "passive", "detractor"}


def test_feedback_of_an_engagement_without_responses_has_no_nps(ws):
    eng = engagements.create_engagement(ws, name="Пусто")
    summary = feedback.load_feedback(ws, eng.id)
    assert summary.nps is None and not summary.small_sample and summary.responses == []


# -- actions ---------------------------------------------------------------------------------
def test_actions_open_first_with_the_findings_they_address(ws, sample):
    rows = actions.list_actions(ws, sample.engagement_id)
    assert [a.title for a in rows] == ["Ввести стандарт встречи", "Обучить администраторов",
                                       "Обновить сайт"]
    assert rows[0].findings == ("Не поприветствовали",)


def test_an_open_action_past_its_due_date_is_overdue_and_a_done_one_is_not(ws, sample):
    rows = actions.list_actions(ws, sample.engagement_id)
    today = dt.date(2026, 11, 22)
    assert [a.overdue(today) for a in rows] == [True, False, False]


def test_touchpoint_places_name_the_stage_and_map_of_each_touchpoint(ws, sample):
    places = journey.touchpoint_places(ws, sample.engagement_id)
    reception = places[sample.touchpoints["Ресепшн"]]
    assert (reception.stage, reception.map_name) == ("Покупка", "Покупка автомобиля")
    ordered = sorted(places.values(), key=lambda p: p.order)
    assert [p.name for p in ordered][:2] == ["Сайт", "Колл-центр"]
