"""Writing a bundle: a field kit or results of one engagement, built in a temporary file next to
the target and renamed into place, so a half-written bundle never exists."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
import tempfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from cxdesk.bundles.format import (
    APP_VERSION,
    BASES_DDL,
    BUNDLE_APPLICATION_ID,
    COPIED_TABLES,
    FORMAT_VERSION,
    KINDS,
    MANIFEST_DDL,
    BundleError,
    Manifest,
    tables_of,
)
from cxdesk.errors import NotFound
from cxdesk.workspace import Workspace, new_id

#: Progress callback: (steps done, steps in all) -> False to cancel.
Progress = Callable[[int, int], bool]

_MAPS = "SELECT id FROM main.maps WHERE engagement_id = :e"
_STAGES = f"SELECT id FROM main.stages WHERE map_id IN ({_MAPS})"
_TOUCHPOINTS = f"SELECT id FROM main.touchpoints WHERE stage_id IN ({_STAGES})"
_TEMPLATES = "SELECT id FROM main.templates WHERE engagement_id = :e"
_CRITERIA = f"SELECT id FROM main.criteria WHERE template_id IN ({_TEMPLATES})"
_CHECKS = "SELECT id FROM main.checks WHERE engagement_id = :e"
_FINDINGS = "SELECT id FROM main.findings WHERE engagement_id = :e"
_PHOTOS = "SELECT photo_id FROM main.evidence_links WHERE engagement_id = :e"

#: Which rows of each table belong to the engagement (``:e``).
ROWS_OF_ENGAGEMENT: dict[str, str] = {
    "engagements": "id = :e",
    "subjects": "engagement_id = :e",
    "locations": "engagement_id = :e",
    "segments": "engagement_id = :e",
    "maps": "engagement_id = :e",
    "lanes": f"map_id IN ({_MAPS})",
    "stages": f"map_id IN ({_MAPS})",
    "touchpoints": f"stage_id IN ({_STAGES})",
    "flows": f"map_id IN ({_MAPS})",
    "barriers": f"touchpoint_id IN ({_TOUCHPOINTS})",
    "templates": "engagement_id = :e",
    "criteria": f"template_id IN ({_TEMPLATES})",
    "criterion_choices": f"criterion_id IN ({_CRITERIA})",
    "assignments": "engagement_id = :e",
    "checks": "engagement_id = :e",
    "check_reviews": f"check_id IN ({_CHECKS})",
    "answers": f"check_id IN ({_CHECKS})",
    "photos": f"id IN ({_PHOTOS})",
    "photo_derivatives": f"photo_id IN ({_PHOTOS})",
    "problems": "engagement_id = :e",
    "findings": "engagement_id = :e",
    "finding_sources": f"finding_id IN ({_FINDINGS})",
    "evidence_links": "engagement_id = :e",
}


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%S.%f")[:-3] + "Z"


def _columns(conn: sqlite3.Connection, table: str, schema: str = "main") -> list[str]:
    return [r[1] for r in conn.execute(f"PRAGMA {schema}.table_info({table})")]


def _create_empty(ws: Workspace, path: Path) -> None:
    """The bundle's tables, with the workspace's own DDL for the ones it copies."""
    ddl = dict(ws.conn.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall())
    conn = sqlite3.connect(str(path), isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA application_id = {BUNDLE_APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
        conn.execute("BEGIN")
        for table in COPIED_TABLES:
            conn.execute(ddl[table])
        conn.execute(MANIFEST_DDL)
        conn.execute(BASES_DDL)
        conn.execute("COMMIT")
    finally:
        conn.close()


def _verify_photos(conn: sqlite3.Connection) -> None:
    """Every photo going out matches its SHA-256: a bundle that the other side must refuse is
    not written (the workspace is damaged; ``check`` names what)."""
    for rowid, sha256 in conn.execute("SELECT rowid, sha256 FROM bundle.blobs").fetchall():
        digest = hashlib.sha256()
        with conn.blobopen("blobs", "data", rowid, readonly=True, name="bundle") as blob:
            while chunk := blob.read(1 << 20):
                digest.update(chunk)
        if digest.hexdigest() != sha256:
            raise BundleError(f"photo {sha256}: its stored bytes do not match their SHA-256;"
                              " the workspace is damaged (run 'check')")


def _fill(ws: Workspace, engagement_id: str, kind: str, progress: Progress | None) -> Manifest:
    conn = ws.conn
    tables = tables_of(kind)
    counts: dict[str, int] = {}
    steps = len(tables) + 3
    for done, table in enumerate(tables):
        if progress is not None and progress(done, steps) is False:
            raise BundleError("the export was cancelled")
        cols = ", ".join(_columns(conn, table))
        conn.execute(f"INSERT INTO bundle.{table} ({cols}) SELECT {cols} FROM main.{table}"
                     f" WHERE {ROWS_OF_ENGAGEMENT[table]}", {"e": engagement_id})
        conn.execute(
            "INSERT INTO bundle.bases SELECT source_workspace_id, table_name, row_id, revision,"
            f" updated_at FROM main.exchange_sync WHERE table_name = ?"
            f" AND row_id IN (SELECT id FROM bundle.{table})", (table,))
    if kind == "results":
        conn.execute("INSERT INTO bundle.blobs (sha256, size, data, created_at)"
                     " SELECT sha256, size, data, created_at FROM main.blobs"
                     " WHERE sha256 IN (SELECT sha256 FROM bundle.photos)")
        _verify_photos(conn)
    marks = ", ".join("?" for _ in tables)
    conn.execute("INSERT INTO bundle.tombstones SELECT * FROM main.tombstones"
                 f" WHERE table_name IN ({marks})", tables)
    for table in COPIED_TABLES:
        counts[table] = conn.execute(f"SELECT count(*) FROM bundle.{table}").fetchone()[0]
    counts["bases"] = conn.execute("SELECT count(*) FROM bundle.bases").fetchone()[0]
    photos = [r[0] for r in conn.execute("SELECT sha256 FROM bundle.blobs ORDER BY sha256")]
    manifest = Manifest(
        format_version=FORMAT_VERSION, app_version=APP_VERSION,
        schema_version=ws.schema_version, bundle_id=new_id(),
        source_workspace_id=ws.workspace_id, engagement_id=engagement_id, kind=kind,
        created_at=_now(), row_counts=counts, photos=photos)
    conn.executemany("INSERT INTO bundle.manifest (key, value) VALUES (?, ?)",
                     [(k, json.dumps(v, ensure_ascii=False)) for k, v in manifest.as_rows()])
    return manifest


def export_bundle(ws: Workspace, engagement_id: str, kind: str, out: str | os.PathLike[str],
                  *, progress: Progress | None = None) -> Manifest:
    """Write a ``kit`` or ``results`` bundle of an engagement to ``out`` (replaced if present)."""
    if kind not in KINDS:
        raise ValueError(f"not a bundle kind: {kind}")
    if ws.row("SELECT 1 FROM engagements WHERE id = ?", (engagement_id,)) is None:
        raise NotFound("engagement", engagement_id)
    out = Path(out)
    if out.is_dir():
        raise BundleError(f"{out}: is a folder; name the bundle file to write")
    if out.resolve() == Path(ws.path).resolve():
        raise BundleError(f"{out}: is the workspace itself; write the bundle to another file")
    if not out.parent.is_dir():
        raise BundleError(f"{out}: the folder {out.parent} does not exist")
    if not os.access(out.parent, os.W_OK) or out.exists() and not os.access(out, os.W_OK):
        raise BundleError(f"{out}: cannot write the file (read-only)")
    fd, tmp_name = tempfile.mkstemp(prefix=".cxb-new-", suffix=".tmp", dir=out.parent)
    os.close(fd)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        _create_empty(ws, tmp)
        ws.conn.execute("ATTACH DATABASE ? AS bundle", (str(tmp),))
        # a bundle holds a subset: its references may name rows it does not carry
        ws.conn.execute("PRAGMA foreign_keys = OFF")
        try:
            ws.conn.execute("BEGIN")
            try:
                manifest = _fill(ws, engagement_id, kind, progress)
                ws.conn.execute("COMMIT")
            except BaseException:
                ws.conn.execute("ROLLBACK")
                raise
        finally:
            ws.conn.execute("PRAGMA foreign_keys = ON")
            ws.conn.execute("DETACH DATABASE bundle")
        if progress is not None:
            progress(1, 1)
        umask = os.umask(0)
        os.umask(umask)
        tmp.chmod(0o666 & ~umask)
        os.replace(tmp, out)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
    return manifest
