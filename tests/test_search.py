"""Search over an engagement with SQLite FTS5: Russian and English, by word prefix, kept in
step with every edit by triggers (schema v2), found in a v1 workspace after its migration."""

from __future__ import annotations

import shutil
from pathlib import Path

from fieldwork_factory import build_field

from cxdesk import engagements, fieldwork, finding_ops, records
from cxdesk.search import fts_query, search
from cxdesk.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


def found(ws, engagement_id, query):
    return [(h.kind, h.title) for h in search(ws, engagement_id, query)]


def test_fts5_is_available():
    import sqlite3

    conn = sqlite3.connect(":memory:")
    assert conn.execute("SELECT sqlite_compileoption_used('ENABLE_FTS5')").fetchone()[0] == 1


def test_russian_words_are_found_by_their_beginning(ws):
    eng = engagements.create_engagement(ws, name="Аудит")
    fid = finding_ops.create_finding(ws, eng.id, kind="failure", title="Нет парковки у шоурума",
                                     root_cause="Парковку заняли сотрудники")
    hits = search(ws, eng.id, "парков")
    assert [(h.kind, h.id) for h in hits] == [("finding", fid)]
    assert "[парковки]" in hits[0].snippet.lower() or "[Парковку]" in hits[0].snippet
    assert found(ws, eng.id, "ПАРКОВ шоур") == [("finding", "Нет парковки у шоурума")]
    assert found(ws, eng.id, "ёлка") == []


def test_english_names_criteria_and_comments_are_found(ws):
    field = build_field(ws)
    check = fieldwork.create_check(ws, field.engagement_id, subject_id=field.competitor_id,
                                   template_id=field.template_id, method="visit")
    fieldwork.answer(ws, check, field.criteria["greeting"], value=0,
                     comment="The receptionist kept chatting on her phone")
    assert found(ws, field.engagement_id, "recep") == [
        ("answer", "Greeted within 30 seconds"), ("touchpoint", "Reception")]
    # how it should not be is searched too
    assert found(ws, field.engagement_id, "phone") == [
        ("criterion", "Greeted within 30 seconds"), ("answer", "Greeted within 30 seconds")]
    assert found(ws, field.engagement_id, "competitor") == [("subject", "Competitor B")]
    assert found(ws, field.engagement_id, "lenina") == [("location", "Showroom Lenina")]
    (answer,) = [h for h in search(ws, field.engagement_id, "chatting")]
    assert (answer.check_id, answer.criterion_id) == (check, field.criteria["greeting"])


def test_the_index_follows_edits_deletions_and_undo(ws):
    eng = engagements.create_engagement(ws, name="Audit")
    other = engagements.create_engagement(ws, name="Other")
    fid = finding_ops.create_finding(ws, eng.id, kind="strength", title="Friendly staff")
    finding_ops.create_finding(ws, other.id, kind="strength", title="Friendly guards")
    assert found(ws, eng.id, "friend") == [("finding", "Friendly staff")]
    finding_ops.update_finding(ws, fid, title="Helpful staff")
    assert found(ws, eng.id, "friend") == []
    assert found(ws, eng.id, "helpful") == [("finding", "Helpful staff")]
    removal = finding_ops.delete_finding(ws, fid)
    assert found(ws, eng.id, "helpful") == []
    records.restore(ws, removal)
    assert found(ws, eng.id, "helpful") == [("finding", "Helpful staff")]
    # a deleted engagement takes its index rows along
    engagements.delete_engagement(ws, eng.id)
    assert ws.scalar("SELECT count(*) FROM search_docs WHERE engagement_id = ?", (eng.id,)) == 0
    assert found(ws, other.id, "friend") == [("finding", "Friendly guards")]


def test_odd_queries_find_nothing_rather_than_fail(ws):
    eng = engagements.create_engagement(ws, name="Audit")
    assert fts_query('  "NEAR( *') == '"NEAR"*'
    for query in ("", "   ", '"', "*", "AND OR NOT", "(x"):
        assert search(ws, eng.id, query) == []


def test_a_v1_workspace_is_indexed_by_its_migration(tmp_path):
    copy = tmp_path / "v1.cxd"
    shutil.copy(FIXTURES / "schema_v1.cxd", copy)
    with Workspace.open(copy) as ws:
        (eng,) = engagements.list_engagements(ws)
        assert ("subject", "Север Моторс") in found(ws, eng.id, "север")
        assert ("subject", "Автоцентр Юг") in found(ws, eng.id, "автоцентр")
