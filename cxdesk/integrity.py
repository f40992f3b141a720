"""``main.py check``: SQLite's own integrity checks and every stored original against its hash."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from cxdesk.workspace import Workspace, read_only_uri, sqlite_problems

_CHUNK = 1 << 20


def _blob_sha256(ws: Workspace, rowid: int) -> str:
    """Hash a stored original in chunks, so a 50 MB photo never sits in memory whole."""
    digest = hashlib.sha256()
    with ws.conn.blobopen("blobs", "data", rowid, readonly=True) as blob:
        while chunk := blob.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def problems(ws: Workspace) -> list[str]:
    """Every problem found, one readable line each; empty when the workspace is sound."""
    found = [
        f"integrity: {line}"
        for row in ws.conn.execute("PRAGMA integrity_check")
        if row[0] != "ok"
        for line in sqlite_problems(row[0])
    ]
    if found:  # the rest would read damaged pages: stop at what SQLite says
        return found
    for table, rowid, parent, _ in ws.conn.execute("PRAGMA foreign_key_check"):
        found.append(f"foreign key: {table} row {rowid} refers to a missing {parent} row")
    for rowid, sha256, size in ws.conn.execute("SELECT rowid, sha256, size FROM blobs"):
        actual = _blob_sha256(ws, rowid)
        if actual != sha256:
            found.append(f"photo {sha256}: stored bytes do not match their SHA-256 (got {actual})")
        length = ws.scalar("SELECT length(data) FROM blobs WHERE rowid = ?", (rowid,))
        if length != size:
            found.append(f"photo {sha256}: {length} bytes stored, {size} recorded")
    for (photo_id,) in ws.conn.execute(
        "SELECT p.id FROM photos p LEFT JOIN blobs b ON b.sha256 = p.sha256 WHERE b.sha256 IS NULL"
    ):
        found.append(f"photo {photo_id}: its original bytes are missing")
    for photo_id, kinds in ws.conn.execute(
        """SELECT p.id, group_concat(d.kind) FROM photos p
           LEFT JOIN photo_derivatives d ON d.photo_id = p.id
           WHERE p.kind = 'photo' GROUP BY p.id HAVING count(d.kind) < 2"""
    ):
        missing = sorted({"thumb", "print"} - set((kinds or "").split(",")))
        found.append(f"photo {photo_id}: its {' and '.join(missing)} copy is missing")
    return found


def read_only_problems(path: Path) -> list[str]:
    """What SQLite says of a damaged file, read without writing to it."""
    try:
        conn = sqlite3.connect(read_only_uri(Path(path)), uri=True)
    except sqlite3.Error as exc:
        return [f"integrity: {exc}"]
    try:
        return [f"integrity: {line}" for row in conn.execute("PRAGMA integrity_check(20)")
                if row[0] != "ok" for line in sqlite_problems(row[0])]
    except sqlite3.DatabaseError as exc:
        return [f"integrity: {line}" for line in sqlite_problems(str(exc))]
    finally:
        conn.close()
