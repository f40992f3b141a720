"""Named operations over engagements, subjects, locations and segments, with undo data."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from cxdesk import engagements as eng_ops
from cxdesk import records
from cxdesk.errors import InvalidValue, NotFound
from cxdesk.workspace import Workspace


def add_check_with_answers(ws: Workspace, engagement_id: str, subject_id: str,
                           location_id: str | None = None) -> dict[str, str]:
    """A minimal fieldwork record: map, stage, touchpoint, template, criterion, check, answer."""
    with ws.transaction():
        map_id = records.insert(ws, "maps", {"engagement_id": engagement_id, "name": "CJM"})
        stage = records.insert(ws, "stages", {"map_id": map_id, "name": "Покупка"})
        tp = records.insert(ws, "touchpoints", {"stage_id": stage, "name": "Ресепшн"})
        tpl = records.insert(ws, "templates", {"engagement_id": engagement_id, "map_id": map_id,
                                               "family_id": "f", "name": "Шоурум"})
        crit = records.insert(ws, "criteria", {"template_id": tpl, "touchpoint_id": tp,
                                               "text": "Поприветствовали"})
        assignment = records.insert(ws, "assignments", {
            "engagement_id": engagement_id, "subject_id": subject_id, "template_id": tpl,
            "location_id": location_id, "method": "visit", "shopper": "Анна"})
        check = records.insert(ws, "checks", {
            "engagement_id": engagement_id, "subject_id": subject_id, "template_id": tpl,
            "location_id": location_id, "assignment_id": assignment, "method": "visit"})
        answer = records.insert(ws, "answers", {"check_id": check, "criterion_id": crit,
                                                "value_number": 1})
    return {"check": check, "answer": answer, "assignment": assignment, "criterion": crit}


def test_create_rename_update_and_delete_an_engagement(ws: Workspace) -> None:
    eng = eng_ops.create_engagement(ws, name="  Аудит Q4 ", client="Север Моторс",
                                    period_start="2026-10-01", period_end="2026-11-30")
    assert eng.name == "Аудит Q4"
    assert eng_ops.rename_engagement(ws, eng.id, "Аудит IV кв.") == "Аудит Q4"
    before = eng_ops.update_engagement(ws, eng.id, consultant="И. Петров", language="en")
    assert before == {"consultant": "", "language": "ru"}
    again = eng_ops.get_engagement(ws, eng.id)
    assert (again.name, again.consultant, again.language) == ("Аудит IV кв.", "И. Петров", "en")
    removal = eng_ops.delete_engagement(ws, eng.id)
    assert eng_ops.list_engagements(ws) == []
    records.restore(ws, removal)
    assert eng_ops.list_engagements(ws) == [again]


def test_an_engagement_needs_a_name_and_a_known_language(ws: Workspace) -> None:
    with pytest.raises(InvalidValue, match="name"):
        eng_ops.create_engagement(ws, name="   ")
    with pytest.raises(InvalidValue, match="language"):
        eng_ops.create_engagement(ws, name="A", language="de")
    assert eng_ops.list_engagements(ws) == []


def test_unknown_ids_are_named(ws: Workspace) -> None:
    with pytest.raises(NotFound, match="no engagement with id 'x'"):
        eng_ops.rename_engagement(ws, "x", "B")
    with pytest.raises(NotFound, match="no subject"):
        eng_ops.remove_subject(ws, "nope")


def test_own_company_first_and_only_one(ws: Workspace) -> None:
    eng = eng_ops.create_engagement(ws, name="Аудит")
    comp = eng_ops.add_subject(ws, eng.id, name="Автоцентр Юг")
    own = eng_ops.add_subject(ws, eng.id, name="Север Моторс", own=True)
    assert [s.name for s in eng_ops.list_subjects(ws, eng.id)] == ["Север Моторс", "Автоцентр Юг"]
    with pytest.raises(InvalidValue, match="already has an own company: Север Моторс"):
        eng_ops.add_subject(ws, eng.id, name="Другой", own=True)
    with pytest.raises(InvalidValue, match="own company"):
        eng_ops.update_subject(ws, comp.id, own=True)
    assert eng_ops.update_subject(ws, own.id, own=False) == {"own": True}
    eng_ops.update_subject(ws, comp.id, own=True)
    assert eng_ops.get_subject(ws, comp.id).own is True


def test_locations_keep_coordinates_and_refuse_impossible_ones(ws: Workspace) -> None:
    eng = eng_ops.create_engagement(ws, name="Аудит")
    own = eng_ops.add_subject(ws, eng.id, name="Север", own=True)
    loc = eng_ops.add_location(ws, eng.id, name="Шоурум на Ленинском", subject_id=own.id,
                               latitude=55.68, longitude=37.55, address="Ленинский пр., 90")
    assert (loc.latitude, loc.longitude, loc.kind) == (55.68, 37.55, "showroom")
    with pytest.raises(InvalidValue, match="latitude 200"):
        eng_ops.add_location(ws, eng.id, name="X", latitude=200)
    with pytest.raises(InvalidValue, match="kind"):
        eng_ops.update_location(ws, loc.id, kind="castle")
    assert eng_ops.update_location(ws, loc.id, kind="shop") == {"kind": "showroom"}
    other = eng_ops.create_engagement(ws, name="Другой")
    with pytest.raises(InvalidValue, match="another engagement"):
        eng_ops.add_location(ws, other.id, name="Y", subject_id=own.id)
    removal = eng_ops.remove_location(ws, loc.id)
    assert eng_ops.list_locations(ws, eng.id) == []
    records.restore(ws, removal)
    assert eng_ops.get_location(ws, loc.id).kind == "shop"


def test_segments_add_edit_remove(ws: Workspace) -> None:
    eng = eng_ops.create_engagement(ws, name="Аудит")
    seg = eng_ops.add_segment(ws, eng.id, name="Корпоративные клиенты")
    eng_ops.update_segment(ws, seg.id, description="B2B, автопарки")
    assert eng_ops.get_segment(ws, seg.id).description == "B2B, автопарки"
    eng_ops.remove_segment(ws, seg.id)
    assert eng_ops.list_segments(ws, eng.id) == []


def table_rows(ws: Workspace) -> dict[str, list[tuple]]:
    tables = ["subjects", "locations", "checks", "answers", "assignments", "criteria"]
    return {t: [tuple(r) for r in ws.rows(f"SELECT * FROM {t} ORDER BY id")] for t in tables}


def test_removing_a_subject_with_checks_and_restoring_survives_a_reopen(ws_path: Path) -> None:
    with Workspace.open(ws_path, create=True) as ws:
        eng = eng_ops.create_engagement(ws, name="Аудит")
        subject = eng_ops.add_subject(ws, eng.id, name="Автоцентр Юг")
        loc = eng_ops.add_location(ws, eng.id, name="Шоурум Юг", subject_id=subject.id)
        ids = add_check_with_answers(ws, eng.id, subject.id, loc.id)
        before = table_rows(ws)
        removal = eng_ops.remove_subject(ws, subject.id)
        assert removal.count("checks") == 1 and removal.count("answers") == 1
        assert ws.scalar("SELECT count(*) FROM checks") == 0
        assert ws.scalar("SELECT subject_id FROM locations") is None
    with Workspace.open(ws_path) as ws:
        records.restore(ws, removal)
    with Workspace.open(ws_path) as ws:
        after = table_rows(ws)
        assert ws.scalar("SELECT count(*) FROM tombstones WHERE row_id = ?", (ids["check"],)) == 0
    # same ids, same values — the location's reference too (its revision moved on)
    assert after["checks"] == before["checks"]
    assert after["answers"] == before["answers"]
    assert after["assignments"] == before["assignments"]
    assert after["subjects"] == before["subjects"]
    assert [r[0] for r in after["locations"]] == [r[0] for r in before["locations"]]


def test_a_failed_operation_writes_nothing(ws: Workspace) -> None:
    eng = eng_ops.create_engagement(ws, name="Аудит")
    with pytest.raises(sqlite3.IntegrityError, match="FOREIGN KEY"), ws.transaction():
        records.insert(ws, "subjects", {"engagement_id": eng.id, "name": "A"})
        records.insert(ws, "subjects", {"engagement_id": "missing", "name": "B"})
    assert eng_ops.list_subjects(ws, eng.id) == []
