"""Liked/disliked tags (keyword rules and manual tags, counts per tag) and the closed loop:
a detractor's response becomes a follow-up, and the time to first contact is measured."""

from __future__ import annotations

import datetime as dt

import pytest

from cxdesk import engagements, feedback_ops, follow_ups, records, tags
from cxdesk.errors import InvalidValue
from cxdesk.feedback import load_feedback


@pytest.fixture
def eng(ws):
    return engagements.create_engagement(ws, name="Aktion-digital").id


def add(ws, eid: str, score: int, comment: str, **kw) -> str:
    return feedback_ops.add_response(ws, eid, score=score, comment=comment, **kw)


def test_keyword_rules_and_manual_tags_count_per_tag(ws, eng) -> None:
    add(ws, eng, 10, "Удобный личный кабинет, быстрая доставка")
    add(ws, eng, 3, "Долго ждал ответа менеджера")
    add(ws, eng, 4, "ДОЛГАЯ доставка и ждал звонка")
    quiet = add(ws, eng, 9, "Всё хорошо")
    speed = tags.add_tag(ws, eng, name="Скорость", polarity="disliked", keywords="долг, ждал")
    delivery = tags.add_tag(ws, eng, name="Доставка", polarity="liked", keywords="быстрая дост")
    change = tags.apply_rules(ws, eng)
    assert len(change.added) == 3 and change.removed == []
    tags.tag_response(ws, quiet, delivery)
    table = tags.liked_disliked(ws, eng)
    assert [(t.name, t.count, t.manual) for t in table["liked"]] == [("Доставка", 2, 1)]
    assert [(t.name, t.count, t.detractors) for t in table["disliked"]] == [("Скорость", 2, 2)]
    # applying again changes nothing; editing a rule drops the rule tags that no longer match
    assert tags.apply_rules(ws, eng).empty
    tags.update_tag(ws, speed, keywords="ждал ответа")
    change = tags.apply_rules(ws, eng)
    assert len(change.removed) == 1
    assert {t.name: t.count for t in tags.list_tags(ws, eng)}["Скорость"] == 1
    tags.revert_rules(ws, change)
    assert {t.name: t.count for t in tags.list_tags(ws, eng)}["Скорость"] == 2
    # a manual tag survives rule changes
    tags.update_tag(ws, delivery, keywords="")
    tags.apply_rules(ws, eng)
    assert {t.name: t.count for t in tags.list_tags(ws, eng)}["Доставка"] == 1
    by_id = {r.id: r for r in load_feedback(ws, eng).responses}
    assert by_id[quiet].tags == ("Доставка",)


def test_tags_refuse_a_bad_polarity_and_a_duplicate_name(ws, eng) -> None:
    tags.add_tag(ws, eng, name="Цена")
    with pytest.raises(InvalidValue):
        tags.add_tag(ws, eng, name="цена")
    with pytest.raises(InvalidValue):
        tags.add_tag(ws, eng, name="Другое", polarity="angry")


def test_renaming_a_tag_to_a_taken_name_is_refused(ws, eng) -> None:
    tags.add_tag(ws, eng, name="Цена")
    other = tags.add_tag(ws, eng, name="Скорость")
    with pytest.raises(InvalidValue, match="already"):
        tags.update_tag(ws, other, name=" ЦЕНА ")
    assert sorted(t.name for t in tags.list_tags(ws, eng)) == ["Скорость", "Цена"]
    tags.update_tag(ws, other, name="скорость", polarity="disliked")  # its own name: fine
    assert sorted(t.name for t in tags.list_tags(ws, eng)) == ["Цена", "скорость"]


def test_a_detractor_becomes_a_follow_up_and_time_to_first_contact_is_measured(ws, eng):
    response = add(ws, eng, 2, "Никто не перезвонил", responded_on="2026-11-10")
    ident = follow_ups.create_follow_up(ws, response, contact_preference="email",
                                        target_hours=48, opened_at="2026-11-10T09:00:00Z")
    row = follow_ups.list_follow_ups(ws, eng)[0]
    assert (row.status, row.contact_preference, row.target_at) == (
        "open", "email", "2026-11-12T09:00:00Z")
    assert row.late(dt.datetime(2026, 11, 13)) and not row.late(dt.datetime(2026, 11, 11))
    assert load_feedback(ws, eng).responses[0].follow_up == "open"
    with pytest.raises(InvalidValue):  # one open follow-up per response
        follow_ups.create_follow_up(ws, response)
    before = follow_ups.update_follow_up(ws, ident, status="contacted",
                                         first_contact_at="2026-11-11T06:30:00Z",
                                         outcome="Извинились, записали на ТО")
    row = follow_ups.list_follow_ups(ws, eng)[0]
    assert row.hours_to_first_contact == pytest.approx(30.5)  # from the response's date
    assert not row.late()
    stats = follow_ups.loop_stats([row])
    assert (stats.contacted, stats.within_target, stats.median_hours) == (1, 1, 30.5)
    follow_ups.update_follow_up(ws, ident, **before)
    assert follow_ups.list_follow_ups(ws, eng)[0].first_contact_at is None


def test_contacting_without_a_time_records_now(ws, eng) -> None:
    response = add(ws, eng, 5, "")
    ident = follow_ups.create_follow_up(ws, response)
    follow_ups.update_follow_up(ws, ident, status="closed", outcome="done")
    assert records.get(ws, "follow_ups", ident)["first_contact_at"]


def test_manual_response_is_validated_and_deleting_it_takes_its_follow_up(ws, eng) -> None:
    with pytest.raises(InvalidValue):
        feedback_ops.add_response(ws, eng, score=11)
    with pytest.raises(InvalidValue):
        feedback_ops.add_response(ws, eng, score=5, ces=0)
    response = add(ws, eng, 1, "Ужасно")
    follow_ups.create_follow_up(ws, response)
    removal = feedback_ops.delete_response(ws, response)
    assert removal.count("follow_ups") == 1 and follow_ups.list_follow_ups(ws, eng) == []
    records.restore(ws, removal)
    assert len(follow_ups.list_follow_ups(ws, eng)) == 1
