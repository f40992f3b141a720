"""Checking an untrusted bundle before anything is written: the file alone first (header,
application id, integrity, the schema objects, the manifest, row counts, every photo's
SHA-256, well-formed rows), then against the workspace it goes into (columns, references)."""

from __future__ import annotations

import functools
import hashlib
import json
import sqlite3
import struct
from pathlib import Path
from typing import Any

from cxdesk.bundles.format import (
    ALL_TABLES,
    BUNDLE_APPLICATION_ID,
    COPIED_TABLES,
    ENTITY_TABLES,
    FORMAT_VERSION,
    KINDS,
    MANIFEST_KEYS,
    MAX_BLOB_BYTES,
    MAX_FILE_BYTES,
    MAX_ROWS_PER_TABLE,
    MAX_TEXT_CHARS,
    BundleError,
    Manifest,
    tables_of,
)
from cxdesk.schema import MIGRATIONS, SCHEMA_VERSION
from cxdesk.workspace import SQLITE_MAGIC, sqlite_problems

#: The columns of the bundle's own tables, exactly.
OWN_COLUMNS = {"manifest": ("key", "value"),
               "bases": ("source_workspace_id", "table_name", "row_id", "revision", "updated_at")}


def bundle_uri(path: Path) -> str:
    """Read-only, immutable: opening a bundle never writes a byte next to it."""
    return f"{Path(path).resolve().as_uri()}?mode=ro&immutable=1"


@functools.cache
def _reference() -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[tuple[str, str, str], ...]]]:
    """This version's workspace schema, built in memory once: the columns of every table, and
    for each carried table its references (column, parent table, parent column)."""
    conn = sqlite3.connect(":memory:", isolation_level=None)
    try:
        for step in MIGRATIONS:
            step(conn)
        names = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        columns = {n: tuple(r[1] for r in conn.execute(f"PRAGMA table_info('{n}')"))
                   for n in names}
        keys = {t: tuple((fk[3], fk[2], fk[4] or "id")
                         for fk in conn.execute(f"PRAGMA foreign_key_list('{t}')"))
                for t in ENTITY_TABLES}
        return columns, keys
    finally:
        conn.close()


def reference_columns() -> dict[str, tuple[str, ...]]:
    return _reference()[0]


def reference_foreign_keys() -> dict[str, tuple[tuple[str, str, str], ...]]:
    return _reference()[1]


def _header(path: Path) -> None:
    if not path.exists():
        raise BundleError(f"{path}: there is no bundle at this path")
    if not path.is_file():
        raise BundleError(f"{path}: not a bundle file")
    size = path.stat().st_size
    if size > MAX_FILE_BYTES:
        raise BundleError(f"{path}: refused: {size} bytes, more than a bundle may hold")
    with path.open("rb") as fh:
        head = fh.read(100)
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise BundleError(f"{path}: refused: not a CX Desk bundle (not a SQLite database)")
    (application_id,) = struct.unpack(">I", head[68:72])
    if application_id != BUNDLE_APPLICATION_ID:
        raise BundleError(f"{path}: refused: not a CX Desk bundle (application id"
                          f" {application_id:#x})")
    if head[18] != 1 or head[19] != 1:
        raise BundleError(f"{path}: refused: the bundle is in WAL mode; bundles are one file")
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", head[28:32])
    if size < page_size * page_count:
        raise BundleError(f"{path}: refused: the bundle is truncated ({size} bytes of"
                          f" {page_size * page_count})")


def _schema(conn: sqlite3.Connection, path: Path) -> None:
    found: set[str] = set()
    for kind, name, table, sql in conn.execute(
            "SELECT type, name, tbl_name, sql FROM sqlite_master"):
        if kind == "table" and name in ALL_TABLES and sql.upper().startswith("CREATE TABLE"):
            found.add(name)
        elif (kind == "index" and sql is None and table in ALL_TABLES
              and name.startswith(f"sqlite_autoindex_{table}_")):
            continue
        else:
            raise BundleError(f"{path}: refused: the bundle holds a {kind} '{name}' that the"
                              " bundle format does not define")
    if missing := sorted(ALL_TABLES - found):
        raise BundleError(f"{path}: refused: the bundle lacks the table '{missing[0]}'")
    for table, columns in OWN_COLUMNS.items():
        if tuple(r[1] for r in conn.execute(f"PRAGMA table_xinfo('{table}')")) != columns:
            raise BundleError(f"{path}: refused: table '{table}' is not in the bundle format's"
                              " shape")
    reference = reference_columns()
    for table in COPIED_TABLES:
        # table_xinfo, not table_info: a generated column is hidden from the latter
        info = conn.execute(f"PRAGMA table_xinfo('{table}')").fetchall()
        if computed := [r[1] for r in info if r[6]]:
            raise BundleError(f"{path}: refused: table '{table}' has a computed column"
                              f" '{computed[0]}' the format does not define")
        columns = [r[1] for r in info]
        extra = sorted(set(columns) - set(reference[table]))
        if extra or "id" not in columns and table in ENTITY_TABLES:
            raise BundleError(f"{path}: refused: table '{table}' has a column"
                              f" '{extra[0] if extra else 'id'}' the format does not define")


def _manifest(conn: sqlite3.Connection, path: Path) -> Manifest:
    try:
        values = {k: json.loads(v) for k, v in conn.execute("SELECT key, value FROM manifest")}
    except (ValueError, TypeError):
        raise BundleError(f"{path}: refused: the manifest is not valid JSON") from None
    if missing := [k for k in MANIFEST_KEYS if k not in values]:
        raise BundleError(f"{path}: refused: the manifest lacks '{missing[0]}'")
    version = values["format_version"]
    if not isinstance(version, int) or version < 1:
        raise BundleError(f"{path}: refused: manifest format_version {version!r} is not valid")
    if version > FORMAT_VERSION:
        raise BundleError(f"{path}: refused: written by a newer CX Desk (bundle format"
                          f" {version}; this version reads up to {FORMAT_VERSION})")
    if conn.execute("PRAGMA user_version").fetchone()[0] != version:
        raise BundleError(f"{path}: refused: the file's format version disagrees with its"
                          " manifest")
    schema = values["schema_version"]
    if not isinstance(schema, int) or schema > SCHEMA_VERSION:
        raise BundleError(f"{path}: refused: written by a newer CX Desk (schema {schema};"
                          f" this version reads up to {SCHEMA_VERSION})")
    if values["kind"] not in KINDS:
        raise BundleError(f"{path}: refused: manifest kind {values['kind']!r} is neither"
                          " 'kit' nor 'results'")
    for key in ("bundle_id", "source_workspace_id", "engagement_id"):
        if not isinstance(values[key], str) or len(values[key]) != 36:
            raise BundleError(f"{path}: refused: manifest {key} is not an id")
    counts, photos = values["row_counts"], values["photos"]
    if not isinstance(counts, dict) or not all(
            isinstance(n, int) for n in counts.values()):
        raise BundleError(f"{path}: refused: manifest row_counts is malformed")
    if not isinstance(photos, list) or not all(
            isinstance(h, str) and len(h) == 64 for h in photos):
        raise BundleError(f"{path}: refused: manifest photos is not a list of SHA-256s")
    for key in ("app_version", "created_at"):
        if not isinstance(values[key], str) or len(values[key]) > 64:
            raise BundleError(f"{path}: refused: manifest {key} is not a short text")
    return Manifest(**{k: values[k] for k in MANIFEST_KEYS})


def _rows(conn: sqlite3.Connection, path: Path, manifest: Manifest) -> None:
    carried = set(tables_of(manifest.kind))
    for table in (*COPIED_TABLES, "bases"):
        count = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        if count > MAX_ROWS_PER_TABLE:
            raise BundleError(f"{path}: refused: table '{table}' has {count} rows, more than"
                              f" {MAX_ROWS_PER_TABLE}")
        if manifest.row_counts.get(table) != count:
            raise BundleError(f"{path}: refused: table '{table}' has {count} rows, the manifest"
                              f" says {manifest.row_counts.get(table)}")
        if table in ENTITY_TABLES and count and table not in carried:
            raise BundleError(f"{path}: refused: a {manifest.kind} bundle carries no"
                              f" '{table}' rows")
        if table != "blobs":  # photos are checked byte for byte below
            _lengths(conn, path, table)
        if table == "bases":
            bad = conn.execute("SELECT rowid FROM bases WHERE typeof(revision) <> 'integer'"
                               " OR typeof(updated_at) <> 'text' LIMIT 1").fetchone()
            if bad is not None:
                raise BundleError(f"{path}: refused: table 'bases' row {bad[0]}: malformed"
                                  " revision or time")
        if table not in ENTITY_TABLES:
            continue
        bad = conn.execute(
            f"SELECT rowid, id FROM {table} WHERE typeof(id) <> 'text' OR length(id) <> 36"
            " OR typeof(revision) <> 'integer' OR typeof(updated_at) <> 'text'"
            " OR typeof(created_at) <> 'text' LIMIT 1").fetchone()
        if bad is not None:
            raise BundleError(f"{path}: refused: table '{table}' row {bad[0]}: malformed id,"
                              " revision or time")
    if manifest.kind == "kit" and conn.execute(
            "SELECT count(*) FROM engagements WHERE id = ?",
            (manifest.engagement_id,)).fetchone()[0] != 1:
        raise BundleError(f"{path}: refused: the kit does not hold its engagement")


def _lengths(conn: sqlite3.Connection, path: Path, table: str) -> None:
    """No value longer than a person could type (or, for a thumbnail, than a photo)."""
    tests = [f"length({c}) > {MAX_BLOB_BYTES if c == 'data' else MAX_TEXT_CHARS}"
             for c in (r[1] for r in conn.execute(f"PRAGMA table_xinfo('{table}')"))]
    found = conn.execute(f"SELECT rowid FROM {table} WHERE {' OR '.join(tests)} LIMIT 1"
                         ).fetchone()
    if found is not None:
        raise BundleError(f"{path}: refused: table '{table}' row {found[0]}: a value is longer"
                          " than a bundle may hold")


def _photos(conn: sqlite3.Connection, path: Path, manifest: Manifest) -> None:
    listed = manifest.photos
    if len(set(listed)) != len(listed):
        raise BundleError(f"{path}: refused: the manifest lists a photo twice")
    held = conn.execute("SELECT sha256, size, length(data), typeof(data) FROM blobs").fetchall()
    if {r[0] for r in held} != set(listed):
        raise BundleError(f"{path}: refused: the photos held differ from the manifest's list")
    for sha256, size, length, kind in held:
        if kind != "blob" or length != size or length > MAX_BLOB_BYTES:
            raise BundleError(f"{path}: refused: photo {sha256}: malformed or too large")
        (data,) = conn.execute("SELECT data FROM blobs WHERE sha256 = ?", (sha256,)).fetchone()
        if hashlib.sha256(data).hexdigest() != sha256:
            raise BundleError(f"{path}: refused: photo {sha256}: its bytes do not match its"
                              " SHA-256")


def validate_file(path: str | Path) -> Manifest:
    """Everything that can be checked from the bundle alone; raises BundleError with the
    reason. Writes nothing anywhere."""
    path = Path(path)
    _header(path)
    try:
        conn = sqlite3.connect(bundle_uri(path), uri=True, isolation_level=None)
    except sqlite3.Error as exc:
        raise BundleError(f"{path}: refused: cannot be opened ({exc})") from None
    try:
        conn.execute("PRAGMA trusted_schema = OFF")
        problems = [r[0] for r in conn.execute("PRAGMA integrity_check(5)")]
        if problems != ["ok"]:
            first = (sqlite_problems(problems[0]) or [problems[0]])[0]
            raise BundleError(f"{path}: refused: the bundle is damaged ({first})")
        _schema(conn, path)
        manifest = _manifest(conn, path)
        _rows(conn, path, manifest)
        _photos(conn, path, manifest)
        return manifest
    except sqlite3.DatabaseError as exc:
        first = (sqlite_problems(str(exc)) or [str(exc)])[0]
        raise BundleError(f"{path}: refused: the bundle is damaged ({first})") from None
    finally:
        conn.close()


def validate_against(conn: sqlite3.Connection, path: Path, manifest: Manifest) -> None:
    """With the bundle attached as ``bundle``: its columns exist in the workspace, and every
    reference names a row of the bundle or of the workspace."""
    if manifest.kind == "results" and conn.execute(
            "SELECT 1 FROM main.engagements WHERE id = ?", (manifest.engagement_id,)
    ).fetchone() is None:
        raise BundleError(f"{path}: refused: this workspace does not hold the engagement"
                          f" {manifest.engagement_id}; import its field kit first")
    for table in tables_of(manifest.kind):
        have = {r[1] for r in conn.execute(f"PRAGMA main.table_info('{table}')")}
        for column in (r[1] for r in conn.execute(f"PRAGMA bundle.table_info('{table}')")):
            if column not in have:
                raise BundleError(f"{path}: refused: table '{table}' column '{column}' is"
                                  " unknown to this workspace")
        for column, parent, target in reference_foreign_keys()[table]:
            bad: Any = conn.execute(
                f"SELECT id, {column} FROM bundle.{table} WHERE {column} IS NOT NULL"
                f" AND {column} NOT IN (SELECT {target} FROM bundle.{parent})"
                f" AND {column} NOT IN (SELECT {target} FROM main.{parent}) LIMIT 1").fetchone()
            if bad is not None:
                raise BundleError(f"{path}: refused: table '{table}' row {bad[0]}: {column}"
                                  f" {bad[1]} names no {parent} row")
