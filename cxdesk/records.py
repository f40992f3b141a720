"""Row-level building blocks shared by the named operations: insert, update, and a removal
that remembers everything its cascade took so that one undo restores it exactly (same ids,
same values), across a reopen of the workspace.
"""

from __future__ import annotations

from typing import Any

from cxdesk.errors import NotFound
from cxdesk.schema import ENTITY_TABLES
from cxdesk.workspace import Workspace, new_id

_KNOWN = set(ENTITY_TABLES)


def _table(name: str) -> str:
    if name not in _KNOWN:
        raise ValueError(f"not an entity table: {name}")
    return name


def insert(ws: Workspace, table: str, values: dict[str, Any]) -> str:
    """Insert one row (a new UUID unless ``values`` has an ``id``); returns its id."""
    row = {"id": new_id(), **values}
    cols = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    ws.conn.execute(f"INSERT INTO {_table(table)} ({cols}) VALUES ({marks})", list(row.values()))
    return row["id"]


def get(ws: Workspace, table: str, ident: str, kind: str | None = None) -> dict[str, Any]:
    found = ws.row(f"SELECT * FROM {_table(table)} WHERE id = ?", (ident,))
    if found is None:
        raise NotFound(kind or table.rstrip("s"), ident)
    return dict(found)


def update(ws: Workspace, table: str, ident: str, changes: dict[str, Any]) -> dict[str, Any]:
    """Change some columns of one row; returns their previous values (for undo)."""
    before = get(ws, table, ident)
    changed = {k: v for k, v in changes.items() if before[k] != v}
    if changed:
        sets = ", ".join(f"{col} = ?" for col in changed)
        ws.conn.execute(
            f"UPDATE {_table(table)} SET {sets} WHERE id = ?", [*changed.values(), ident]
        )
    return {k: before[k] for k in changes}


class Removal:
    """What a deletion took: the rows (parents first) and the references it set to NULL."""

    def __init__(self) -> None:
        self.rows: list[tuple[str, dict[str, Any]]] = []
        self.nulled: list[tuple[str, str, str, Any]] = []

    def count(self, table: str) -> int:
        return sum(1 for t, _ in self.rows if t == table)


def _collect(ws: Workspace, table: str, ids: list[str], removal: Removal, seen: set) -> None:
    fresh = [i for i in ids if (table, i) not in seen]
    if not fresh:
        return
    seen.update((table, i) for i in fresh)
    marks = ",".join("?" for _ in fresh)
    for row in ws.rows(f"SELECT * FROM {table} WHERE id IN ({marks})", fresh):
        removal.rows.append((table, dict(row)))
    for child, column, rule in ws.foreign_keys().get(table, []):
        if child not in _KNOWN:
            continue
        children = ws.rows(
            f"SELECT id, {column} FROM {child} WHERE {column} IN ({marks})", fresh
        )
        if rule == "CASCADE":
            _collect(ws, child, [r["id"] for r in children], removal, seen)
        elif rule == "SET NULL":
            removal.nulled.extend((child, r["id"], column, r[column]) for r in children)


def remove(ws: Workspace, table: str, ident: str, kind: str | None = None) -> Removal:
    """Delete a row and its cascade in one transaction; the returned Removal undoes it."""
    get(ws, table, ident, kind)
    removal = Removal()
    with ws.transaction():
        _collect(ws, _table(table), [ident], removal, set())
        removed = {(t, r["id"]) for t, r in removal.rows}
        # a reference nulled on a row that the cascade deletes anyway needs no restoring
        removal.nulled = [n for n in removal.nulled if (n[0], n[1]) not in removed]
        ws.conn.execute(f"DELETE FROM {table} WHERE id = ?", (ident,))
    return removal


def remove_many(ws: Workspace, table: str, ids: list[str], *, chunk: int = 500) -> Removal:
    """Delete rows of one table and their cascades in one transaction, a chunk of ids per
    statement (an import of 20 000 rows is undone in a few statements, not 20 000 removals);
    the returned Removal undoes it. Ids that are not there are passed over."""
    removal = Removal()
    seen: set = set()
    with ws.transaction():
        for start in range(0, len(ids), chunk):
            _collect(ws, _table(table), ids[start:start + chunk], removal, seen)
        removed = {(t, r["id"]) for t, r in removal.rows}
        removal.nulled = [n for n in removal.nulled if (n[0], n[1]) not in removed]
        for start in range(0, len(ids), chunk):
            part = ids[start:start + chunk]
            ws.conn.execute(f"DELETE FROM {table} WHERE id IN ({','.join('?' * len(part))})",
                            part)
    return removal


def restore(ws: Workspace, removal: Removal) -> None:
    """Put back exactly what :func:`remove` took, in one transaction."""
    with ws.transaction():
        ws.conn.execute("PRAGMA defer_foreign_keys = ON")
        for table, row in removal.rows:
            cols = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            ws.conn.execute(
                f"INSERT INTO {_table(table)} ({cols}) VALUES ({marks})", list(row.values())
            )
            ws.conn.execute(
                "DELETE FROM tombstones WHERE table_name = ? AND row_id = ?", (table, row["id"])
            )
        for table, ident, column, value in removal.nulled:
            ws.conn.execute(f"UPDATE {_table(table)} SET {column} = ? WHERE id = ?", (value, ident))
