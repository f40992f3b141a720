"""A bundle is untrusted input: each kind of bad file is refused, with its reason, before
anything is written."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from bundle_factory import Exchange, do_fieldwork, make_exchange, state

from cxdesk.bundles import BundleError, import_bundle, validate_file
from cxdesk.bundles.format import FORMAT_VERSION
from cxdesk.schema import APPLICATION_ID, SCHEMA_VERSION


@pytest.fixture
def ex(tmp_path: Path) -> Iterator[Exchange]:
    exchange = make_exchange(tmp_path)
    import_bundle(exchange.shopper, exchange.kit())
    do_fieldwork(exchange)
    yield exchange
    exchange.close()


def _edit(sql: str, *params: object) -> Callable[[Path], None]:
    def change(path: Path) -> None:
        conn = sqlite3.connect(path, isolation_level=None)
        try:
            conn.execute("PRAGMA ignore_check_constraints = ON")  # a hand-made file may
            conn.execute(sql, params)
        finally:
            conn.close()
    return change


def _truncate(path: Path) -> None:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _manifest(key: str, value: object) -> Callable[[Path], None]:
    return _edit("UPDATE manifest SET value = ? WHERE key = ?", json.dumps(value), key)


def _newer_format(path: Path) -> None:
    _manifest("format_version", FORMAT_VERSION + 1)(path)
    _edit(f"PRAGMA user_version = {FORMAT_VERSION + 1}")(path)


def _tamper_photo(path: Path) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        sha, data = conn.execute("SELECT sha256, data FROM blobs LIMIT 1").fetchone()
        changed = bytes([data[0] ^ 0xFF]) + data[1:]
        conn.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (changed, sha))
    finally:
        conn.close()


HOSTILE: dict[str, tuple[Callable[[Path], None], str]] = {
    "truncated file": (_truncate, "truncated"),
    "not SQLite": (lambda p: p.write_text("name,score\nIvan,10\n"), "not a SQLite database"),
    "empty file": (lambda p: p.write_bytes(b""), "not a SQLite database"),
    "newer format": (_newer_format, "newer CX Desk"),
    "newer schema": (_manifest("schema_version", SCHEMA_VERSION + 1), "newer CX Desk"),
    "extra trigger": (_edit("CREATE TRIGGER evil AFTER INSERT ON checks BEGIN"
                            " DELETE FROM answers; END"), "trigger 'evil'"),
    "extra view": (_edit("CREATE VIEW peek AS SELECT * FROM checks"), "view 'peek'"),
    "extra index": (_edit("CREATE INDEX idx_x ON checks (notes)"), "index 'idx_x'"),
    "extra table": (_edit("CREATE TABLE payload (x)"), "table 'payload'"),
    "tampered photo bytes": (_tamper_photo, "do not match its SHA-256"),
    "wrong application id": (_edit(f"PRAGMA application_id = {APPLICATION_ID}"),
                             "not a CX Desk bundle"),
    "row counts differ": (_edit("DELETE FROM answers WHERE rowid = 1"), "the manifest says"),
    "reference to nothing": (_edit("UPDATE checks SET subject_id = ?", str(uuid.uuid4())),
                             "names no subjects row"),
    "malformed id": (_edit("UPDATE answers SET id = 'x' WHERE rowid = 1"), "malformed id"),
    "results in a kit": (_manifest("kind", "kit"), "carries no"),
    "extra column": (_edit("ALTER TABLE checks ADD COLUMN payload TEXT"), "column 'payload'"),
    "WAL mode": (_edit("PRAGMA journal_mode = WAL"), "WAL mode"),
    "sqlite_stat1 left by ANALYZE": (_edit("ANALYZE"), "table 'sqlite_stat1'"),
    "manifest photos not hashes": (_manifest("photos", [[1]]), "not a list of SHA-256s"),
    "manifest time not text": (_manifest("created_at", {"at": 1}), "created_at is not a short"),
    "base revision not a number": (_edit("UPDATE bases SET revision = 'abc'"),
                                   "table 'bases' row 1: malformed"),
    "computed column": (_edit("ALTER TABLE answers ADD COLUMN x TEXT AS (upper(comment))"),
                        "computed column 'x'"),
    "a note of a million characters": (_edit("UPDATE checks SET notes = ?", "x" * 1_000_001),
                                       "longer than a bundle may hold"),
}


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_a_hostile_bundle_is_refused_and_changes_nothing(ex: Exchange, case: str) -> None:
    good = ex.results()
    bad = ex.folder / f"{case.replace(' ', '-')}.cxb"
    shutil.copy(good, bad)
    make, reason = HOSTILE[case]
    make(bad)
    before = state(ex.consultant)
    with pytest.raises(BundleError, match=reason) as refused:
        import_bundle(ex.consultant, bad)
    assert str(refused.value).startswith(f"{bad}: ") and "\n" not in str(refused.value)
    assert state(ex.consultant) == before
    # the good bundle still goes in afterwards: nothing was left attached or half-done
    assert import_bundle(ex.consultant, good).added["checks"] == 1


def test_a_bundle_is_read_without_writing_next_to_it(ex: Exchange) -> None:
    good = ex.results()
    before = sorted(p.name for p in ex.folder.iterdir())
    data = good.read_bytes()
    validate_file(good)
    import_bundle(ex.consultant, good)
    assert sorted(p.name for p in ex.folder.iterdir()) == before
    assert good.read_bytes() == data


def test_bundles_are_one_file_in_rollback_journal_mode(ex: Exchange) -> None:
    good = ex.results()
    head = good.read_bytes()[:100]
    assert head[18] == head[19] == 1  # not WAL
    assert head[68:72] == b"CXDB"
    conn = sqlite3.connect(f"{good.resolve().as_uri()}?mode=ro", uri=True)
    try:
        objects = {r[0] for r in conn.execute(
            "SELECT type FROM sqlite_master WHERE name NOT LIKE 'sqlite_autoindex%'")}
        assert objects == {"table"}
        manifest = dict(conn.execute("SELECT key, value FROM manifest"))
    finally:
        conn.close()
    assert json.loads(manifest["kind"]) == "results"
    assert len(json.loads(manifest["photos"])) == 2
    assert json.loads(manifest["row_counts"])["checks"] == 1


def test_a_bundle_whose_own_tables_are_reshaped_is_refused(ex: Exchange) -> None:
    bad = ex.folder / "bases.cxb"
    shutil.copy(ex.results(), bad)
    _edit("ALTER TABLE bases DROP COLUMN updated_at")(bad)
    before = state(ex.consultant)
    with pytest.raises(BundleError, match="'bases' is not in the bundle format's shape"):
        import_bundle(ex.consultant, bad)
    assert state(ex.consultant) == before


def test_a_bundle_cannot_reach_into_another_engagement(ex: Exchange) -> None:
    from cxdesk import engagements

    other = engagements.create_engagement(ex.consultant, name="Another client")
    subject = engagements.add_subject(ex.consultant, other.id, name="Their shop", own=True)
    bad = ex.folder / "stray.cxb"
    shutil.copy(ex.results(), bad)
    _edit("UPDATE checks SET engagement_id = ?, subject_id = ?", other.id, subject.id)(bad)
    before = state(ex.consultant)
    with pytest.raises(BundleError, match="belongs to another engagement") as refused:
        import_bundle(ex.consultant, bad)
    assert str(refused.value).startswith(f"{bad}: ")
    assert state(ex.consultant) == before
