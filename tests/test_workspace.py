"""The one-file workspace: creation, migrations, pragmas, refusals, merge metadata."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3
import uuid
from pathlib import Path

import pytest

from cxdesk import engagements
from cxdesk.errors import CorruptWorkspace, NewerWorkspace, NotAWorkspace, WorkspaceNotFound
from cxdesk.schema import APPLICATION_ID, ENTITY_TABLES, SCHEMA_VERSION
from cxdesk.workspace import Workspace

FIXTURES = Path(__file__).parent / "fixtures"


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def schema_dump(path: Path) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return sorted(conn.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    finally:
        conn.close()


def test_new_workspace_is_marked_and_current(ws: Workspace) -> None:
    assert ws.scalar("PRAGMA application_id") == APPLICATION_ID
    assert ws.schema_version == SCHEMA_VERSION
    assert uuid.UUID(ws.workspace_id)


def test_every_connection_gets_the_pragmas(ws: Workspace) -> None:
    assert ws.scalar("PRAGMA foreign_keys") == 1
    assert ws.scalar("PRAGMA journal_mode") == "wal"
    assert ws.scalar("PRAGMA synchronous") == 2  # FULL
    assert ws.scalar("PRAGMA secure_delete") == 1
    assert ws.scalar("PRAGMA busy_timeout") >= 1000


def test_migrating_twice_changes_nothing(ws_path: Path) -> None:
    Workspace.open(ws_path, create=True).close()
    before = schema_dump(ws_path)
    first_id = Workspace.open(ws_path).workspace_id
    Workspace.open(ws_path).close()
    assert schema_dump(ws_path) == before
    with Workspace.open(ws_path) as again:
        assert again.workspace_id == first_id
        assert again.schema_version == SCHEMA_VERSION


def test_an_empty_file_becomes_a_workspace_only_when_creating(tmp_path: Path) -> None:
    empty = tmp_path / "empty.cxd"
    empty.write_bytes(b"")
    with pytest.raises(NotAWorkspace, match="empty"):
        Workspace.open(empty)
    assert empty.read_bytes() == b""
    with Workspace.open(empty, create=True) as ws:
        assert ws.schema_version == SCHEMA_VERSION


def test_a_missing_workspace_is_not_created_by_opening(tmp_path: Path) -> None:
    missing = tmp_path / "nope.cxd"
    with pytest.raises(WorkspaceNotFound, match="no workspace"):
        Workspace.open(missing)
    assert list(tmp_path.iterdir()) == []


def test_a_text_file_is_refused_untouched(tmp_path: Path) -> None:
    notes = tmp_path / "notes.cxd"
    notes.write_text("Список покупок\n" * 50, encoding="utf-8")
    before = digest(notes)
    with pytest.raises(NotAWorkspace, match="not a SQLite database"):
        Workspace.open(notes)
    assert digest(notes) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["notes.cxd"]


def test_another_applications_database_is_refused_untouched(tmp_path: Path) -> None:
    foreign = tmp_path / "foreign.sqlite"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE contacts (name TEXT)")
    conn.execute("INSERT INTO contacts VALUES ('Иван')")
    conn.commit()
    conn.close()
    before = digest(foreign)
    with pytest.raises(NotAWorkspace, match="another application"):
        Workspace.open(foreign, create=True)
    assert digest(foreign) == before


def test_a_workspace_from_a_newer_version_is_refused_untouched(ws_path: Path) -> None:
    Workspace.open(ws_path, create=True).close()
    conn = sqlite3.connect(ws_path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    before = digest(ws_path)
    with pytest.raises(NewerWorkspace, match="newer CX Desk"):
        Workspace.open(ws_path)
    assert digest(ws_path) == before


@pytest.mark.parametrize("damage", ["truncate", "scribble"])
def test_a_damaged_workspace_is_refused_untouched(ws_path: Path, damage: str) -> None:
    with Workspace.open(ws_path, create=True) as ws:
        eng = engagements.create_engagement(ws, name="Аудит")
        for i in range(300):
            engagements.add_segment(ws, eng.id, name=f"Сегмент {i}", description="x" * 400)
    data = bytearray(ws_path.read_bytes())
    if damage == "truncate":
        data = data[: len(data) // 2]
    else:
        data[4096: 4096 * 40] = b"\xde\xad\xbe\xef" * (4096 * 39 // 4)
    ws_path.write_bytes(bytes(data))
    before = digest(ws_path)
    with pytest.raises(CorruptWorkspace, match="damaged"):
        Workspace.open(ws_path)
    assert digest(ws_path) == before


def test_closing_leaves_a_complete_single_file(ws_path: Path, tmp_path: Path) -> None:
    with Workspace.open(ws_path, create=True) as ws:
        engagements.create_engagement(ws, name="Полный файл")
    wal = Path(f"{ws_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    copy = tmp_path / "copied" / "audit.cxd"
    copy.parent.mkdir()
    shutil.copy(ws_path, copy)  # only the .cxd travels
    with Workspace.open(copy) as ws:
        assert [e.name for e in engagements.list_engagements(ws)] == ["Полный файл"]


def test_every_entity_row_carries_merge_metadata(ws: Workspace) -> None:
    for table in ENTITY_TABLES:
        columns = {r["name"]: r for r in ws.rows(f"PRAGMA table_info({table})")}
        assert {"id", "created_at", "updated_at", "revision"} <= set(columns), table
        assert columns["id"]["pk"] == 1 and columns["id"]["type"] == "TEXT", table


def test_every_foreign_key_says_what_happens_on_delete(ws: Workspace) -> None:
    tables = [r[0] for r in ws.rows("SELECT name FROM sqlite_master WHERE type = 'table'")]
    keys = [(t, fk["from"], fk["on_delete"]) for t in tables
            for fk in ws.rows(f"PRAGMA foreign_key_list({t})")]
    assert len(keys) > 60
    assert [k for k in keys if k[2] not in ("CASCADE", "SET NULL", "RESTRICT")] == []


def test_updates_bump_revision_and_deletions_leave_tombstones(ws: Workspace) -> None:
    eng = engagements.create_engagement(ws, name="Аудит")
    subject = engagements.add_subject(ws, eng.id, name="Север", own=True)
    first = ws.row("SELECT revision, updated_at FROM subjects WHERE id = ?", (subject.id,))
    engagements.update_subject(ws, subject.id, name="Север Моторс")
    second = ws.row("SELECT revision, updated_at FROM subjects WHERE id = ?", (subject.id,))
    assert second["revision"] == first["revision"] + 1
    assert second["updated_at"] >= first["updated_at"]
    engagements.delete_engagement(ws, eng.id)
    stones = {(r["table_name"], r["row_id"]): r["workspace_id"]
              for r in ws.rows("SELECT * FROM tombstones")}
    assert stones == {("engagements", eng.id): ws.workspace_id,
                      ("subjects", subject.id): ws.workspace_id}


def test_ids_are_uuids(ws: Workspace) -> None:
    eng = engagements.create_engagement(ws, name="Аудит")
    assert uuid.UUID(eng.id).version == 4


def test_the_schema_v1_fixture_opens_in_this_version(tmp_path: Path) -> None:
    copy = tmp_path / "v1.cxd"
    shutil.copy(FIXTURES / "schema_v1.cxd", copy)
    with Workspace.open(copy) as ws:
        assert ws.schema_version == SCHEMA_VERSION
        (eng,) = engagements.list_engagements(ws)
        assert eng.name == "Аудит шоурумов, v1"
        names = [s.name for s in engagements.list_subjects(ws, eng.id)]
        assert names == ["Север Моторс", "Автоцентр Юг"]


def test_the_schema_v2_fixture_opens_in_this_version(tmp_path: Path) -> None:
    copy = tmp_path / "v2.cxd"
    shutil.copy(FIXTURES / "schema_v2.cxd", copy)
    with Workspace.open(copy) as ws:
        assert ws.schema_version == SCHEMA_VERSION
        (eng,) = engagements.list_engagements(ws)
        assert eng.name == "Аудит шоурумов, v2"
        (location,) = engagements.list_locations(ws, eng.id)
        assert (location.latitude, location.longitude) == (55.68, 37.55)


def test_the_schema_v3_fixture_opens_in_this_version(tmp_path: Path) -> None:
    copy = tmp_path / "v3.cxd"
    shutil.copy(FIXTURES / "schema_v3.cxd", copy)
    with Workspace.open(copy) as ws:
        assert ws.schema_version == SCHEMA_VERSION
        (eng,) = engagements.list_engagements(ws)
        assert eng.name == "Аудит шоурумов, v3"
        assert [s.name for s in engagements.list_subjects(ws, eng.id)] == ["Север Моторс"]
        assert ws.scalar("SELECT kind FROM exchange_imports") == "kit"
