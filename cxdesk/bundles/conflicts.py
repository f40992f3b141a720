"""Conflicts left by imports: rows changed on both sides (or changed on one and deleted on the
other). The workspace keeps its own version until the consultant chooses; the choice is stored,
so conflicts survive a restart."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Any

from cxdesk import records
from cxdesk.bundles.format import ENTITY_TABLES
from cxdesk.errors import InvalidValue, NotFound
from cxdesk.records import Removal
from cxdesk.workspace import Workspace

KEEP = ("local", "incoming")
_LOCKED = ("id", "created_at", "revision", "updated_at")


@dataclass(frozen=True)
class Conflict:
    id: int
    table: str
    row_id: str
    local: dict[str, Any] | None
    incoming: dict[str, Any] | None
    columns: list[str]
    status: str
    detected_at: str

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    def describe(self) -> str:
        return f"{self.table} {self.row_id}: {', '.join(self.columns)} differ"


def _build(row: Any) -> Conflict:
    return Conflict(id=row["id"], table=row["table_name"], row_id=row["row_id"],
                    local=json.loads(row["local"]) if row["local"] else None,
                    incoming=json.loads(row["incoming"]) if row["incoming"] else None,
                    columns=json.loads(row["columns"]), status=row["status"],
                    detected_at=row["detected_at"])


def list_conflicts(ws: Workspace, *, only_open: bool = True) -> list[Conflict]:
    where = "WHERE status = 'open'" if only_open else ""
    return [_build(r) for r in ws.rows(
        f"SELECT * FROM exchange_conflicts {where} ORDER BY detected_at, id")]


def get_conflict(ws: Workspace, conflict_id: int) -> Conflict:
    row = ws.row("SELECT * FROM exchange_conflicts WHERE id = ?", (conflict_id,))
    if row is None:
        raise NotFound("conflict", str(conflict_id))
    return _build(row)


def _take_incoming(ws: Workspace, c: Conflict) -> Removal | None:
    table = c.table
    if table not in ENTITY_TABLES:
        raise InvalidValue(f"conflict {c.id}: not a table bundles carry: {table}")
    current = ws.row(f"SELECT id FROM {table} WHERE id = ?", (c.row_id,))
    if c.incoming is None:  # deleted there: delete here (its cascade is tombstoned)
        return records.remove(ws, table, c.row_id) if current is not None else None
    if current is None:  # deleted here: put the incoming row back
        cols = list(c.incoming)
        ws.conn.execute(f"INSERT INTO {table} ({', '.join(cols)}) VALUES"
                        f" ({', '.join('?' for _ in cols)})", [c.incoming[k] for k in cols])
        ws.conn.execute("DELETE FROM tombstones WHERE table_name = ? AND row_id = ?",
                        (table, c.row_id))
        return None
    cols = [k for k in c.incoming if k not in _LOCKED]
    # a new local edit: the revision trigger bumps revision and updated_at
    ws.conn.execute(f"UPDATE {table} SET {', '.join(f'{k} = ?' for k in cols)} WHERE id = ?",
                    [*(c.incoming[k] for k in cols), c.row_id])
    return None


def resolve_conflict(ws: Workspace, conflict_id: int, keep: str = "local") -> Conflict:
    """Keep this workspace's version (``local``) or the bundle's (``incoming``)."""
    return resolve_undoably(ws, conflict_id, keep)[0]


def resolve_undoably(ws: Workspace, conflict_id: int,
                     keep: str = "local") -> tuple[Conflict, Removal | None]:
    """:func:`resolve_conflict`, also giving what a deletion took (``records.restore`` puts
    it back, cascade included)."""
    if keep not in KEEP:
        raise InvalidValue(f"keep must be 'local' or 'incoming', not {keep!r}")
    conflict = get_conflict(ws, conflict_id)
    if not conflict.is_open:
        raise InvalidValue(f"conflict {conflict_id} is resolved already ({conflict.status})")
    removal = None
    try:
        with ws.transaction():
            if keep == "incoming":
                removal = _take_incoming(ws, conflict)
            ws.conn.execute(
                "UPDATE exchange_conflicts SET status = ?, resolved_at ="
                " strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?",
                ("kept_local" if keep == "local" else "kept_incoming", conflict_id))
    except sqlite3.IntegrityError as exc:  # e.g. what their version points at is gone here
        raise InvalidValue(f"conflict {conflict_id}: their version of {conflict.table}"
                           f" {conflict.row_id} does not fit this workspace now ({exc})") from None
    return get_conflict(ws, conflict_id), removal


def reopen_conflict(ws: Workspace, conflict_id: int) -> None:
    """Mark a conflict open again (the undo of a resolution that kept the local version)."""
    with ws.transaction():
        ws.conn.execute("UPDATE exchange_conflicts SET status = 'open', resolved_at = NULL"
                        " WHERE id = ?", (conflict_id,))
