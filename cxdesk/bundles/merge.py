"""Merging a validated bundle into a workspace, in one transaction.

For each row, the "base" is the version both sides last agreed on: what this workspace last took
from the bundle's source (``exchange_sync``), or what the source last took from this workspace
(the bundle's ``bases``). New rows are added; a row changed only in the bundle replaces the local
one (its revision and ``updated_at`` kept exactly); a row changed only here stays; a row changed
on both sides stays as it is here and is recorded as a conflict. Tombstones delete rows not
changed here since the base. The bundle is attached read-only and copied with ``INSERT …
SELECT`` wherever rows are simply new.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cxdesk.bundles.export import ROWS_OF_ENGAGEMENT
from cxdesk.bundles.format import APPEND_ONLY, BundleError, Manifest, tables_of
from cxdesk.bundles.validate import bundle_uri, validate_against, validate_file
from cxdesk.schema import ENTITY_TABLES
from cxdesk.workspace import Workspace

Progress = Callable[[int, int], bool]
#: Columns that say which version a row is, not what it holds.
VERSION_COLUMNS = ("revision", "updated_at", "created_at")
#: Unique keys besides the id: a new row clashing on one is the same thing made twice.
#: Tables whose rows are shared by content, not owned by one engagement.
SHARED = frozenset({"photos", "photo_derivatives"})
UNIQUE_KEYS = {"photos": ("sha256",), "answers": ("check_id", "criterion_id"),
               "photo_derivatives": ("photo_id", "kind")}


@dataclass
class ImportSummary:
    """What an import did (or, for a dry run, would do)."""

    manifest: Manifest
    added: dict[str, int] = field(default_factory=dict)
    updated: dict[str, int] = field(default_factory=dict)
    deleted: dict[str, int] = field(default_factory=dict)
    photos_added: int = 0
    conflicts: list[tuple[str, str, list[str]]] = field(default_factory=list)
    already_imported: bool = False
    committed: bool = False

    @property
    def kind(self) -> str:
        return self.manifest.kind

    def as_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "engagement_id": self.manifest.engagement_id,
                "source_workspace_id": self.manifest.source_workspace_id,
                "added": self.added, "updated": self.updated, "deleted": self.deleted,
                "photos_added": self.photos_added,
                "conflicts": [{"table": t, "row_id": r, "columns": c}
                              for t, r, c in self.conflicts]}


class _Merge:
    def __init__(self, ws: Workspace, manifest: Manifest, summary: ImportSummary,
                 dry_run: bool = False) -> None:
        self.ws = ws
        self.dry_run = dry_run
        self.conn = ws.conn
        self.m = manifest
        self.source = manifest.source_workspace_id
        self.own = manifest.source_workspace_id == ws.workspace_id
        self.summary = summary
        self.photo_map: dict[str, str] = {}
        self._references: dict[str, list[tuple[str, str, str]]] = {}

    # -- versions ---------------------------------------------------------------------------
    def bases(self, table: str, row_id: str) -> set[tuple[int, str]]:
        found = self.conn.execute(
            "SELECT revision, updated_at FROM main.exchange_sync WHERE source_workspace_id = ?"
            " AND table_name = ? AND row_id = ? UNION SELECT revision, updated_at FROM"
            " bundle.bases WHERE source_workspace_id = ? AND table_name = ? AND row_id = ?",
            (self.source, table, row_id, self.ws.workspace_id, table, row_id)).fetchall()
        return {(r[0], r[1]) for r in found}

    def columns(self, table: str) -> list[str]:
        return [r[1] for r in self.conn.execute(f"PRAGMA bundle.table_info('{table}')")]

    def conflict(self, table: str, row_id: str, local: dict | None, incoming: dict | None) -> None:
        if local is not None and incoming is not None:
            differ = [c for c in incoming if c not in (*VERSION_COLUMNS, "id")
                      and local.get(c) != incoming[c]]
        else:
            differ = ["deleted here" if local is None else "deleted there"]
        text = json.dumps(incoming, ensure_ascii=False, sort_keys=True) if incoming else None
        known = self.conn.execute(
            "SELECT 1 FROM main.exchange_conflicts WHERE status = 'open' AND table_name = ?"
            " AND row_id = ? AND incoming IS ?", (table, row_id, text)).fetchone()
        if known is None:
            self.conn.execute(
                "INSERT INTO main.exchange_conflicts (bundle_id, table_name, row_id,"
                " source_workspace_id, local, incoming, columns) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (self.m.bundle_id, table, row_id, self.source,
                 json.dumps(local, ensure_ascii=False, sort_keys=True) if local else None,
                 text, json.dumps(differ)))
            self.summary.conflicts.append((table, row_id, differ))

    # -- the steps --------------------------------------------------------------------------
    def blobs(self) -> None:
        if self.dry_run:  # counted, not copied: the references are checked only on commit
            self.summary.photos_added = self.conn.execute(
                "SELECT count(*) FROM bundle.blobs WHERE sha256 NOT IN"
                " (SELECT sha256 FROM main.blobs)").fetchone()[0]
            return
        cur = self.conn.execute(
            "INSERT INTO main.blobs (sha256, size, data, created_at) SELECT sha256, size, data,"
            " created_at FROM bundle.blobs WHERE sha256 NOT IN (SELECT sha256 FROM main.blobs)")
        self.summary.photos_added = cur.rowcount

    def _photo_id(self, column: str) -> str:
        if not self.photo_map:
            return column
        return f"COALESCE((SELECT local_id FROM temp.bundle_photo_map WHERE bundle_id = {column}),"\
               f" {column})"

    def references(self, table: str) -> list[tuple[str, str, str]]:
        """(column, parent table, ON DELETE action) of the table's references to ids."""
        if table not in self._references:
            self._references[table] = [(fk[3], fk[2], fk[6]) for fk in self.conn.execute(
                f"PRAGMA main.foreign_key_list('{table}')") if (fk[4] or "id") == "id"]
        return self._references[table]

    @staticmethod
    def _gone(table: str, parent: str, expr: str) -> str:
        """SQL true when ``expr`` names a parent this workspace does not hold (deleted here, or
        a bundle row not taken): a row arriving cannot point at it."""
        test = f"{expr} IS NOT NULL AND {expr} NOT IN (SELECT id FROM main.{parent})"
        if parent == table:  # a parent arriving in the same statement
            test += (f" AND ({expr} NOT IN (SELECT id FROM bundle.{table}) OR {expr} IN"
                     f" (SELECT row_id FROM main.tombstones WHERE table_name = '{table}'))")
        return f"({test})"

    def new_rows(self, table: str, cols: list[str]) -> None:
        names = ", ".join(cols)
        exprs = {c: self._photo_id(c) if c == "photo_id" else c for c in cols}
        where = [f"id NOT IN (SELECT id FROM main.{table})",
                 f"id NOT IN (SELECT row_id FROM main.tombstones WHERE table_name = '{table}')"]
        # a parent deleted here: do what its deletion did to the rows it had (cascade or NULL)
        for column, parent, on_delete in self.references(table):
            if column in exprs:
                gone = self._gone(table, parent, exprs[column])
                if on_delete == "SET NULL":
                    exprs[column] = f"CASE WHEN {gone} THEN NULL ELSE {exprs[column]} END"
                else:
                    where.append(f"NOT {gone}")
        picked = ", ".join(exprs[c] for c in cols)
        if table == "photo_derivatives" and self.photo_map:
            where.append("photo_id NOT IN (SELECT bundle_id FROM temp.bundle_photo_map)")
        if key := UNIQUE_KEYS.get(table):
            self.clashes(table, key)
            # NOT EXISTS, not a row-value NOT IN: SQLite reads the latter off the table being
            # written at twice the cost of the whole insert
            same = " AND ".join(f"m.{k} = bundle.{table}.{k}" for k in key)
            where.append(f"NOT EXISTS (SELECT 1 FROM main.{table} m WHERE {same})")
        cur = self.conn.execute(f"INSERT INTO main.{table} ({names}) SELECT {picked}"
                                f" FROM bundle.{table} WHERE {' AND '.join(where)}")
        if cur.rowcount:
            self.summary.added[table] = cur.rowcount

    def clashes(self, table: str, key: tuple[str, ...]) -> None:
        """New rows whose unique key a different local row holds already."""
        on = " AND ".join(f"m.{k} = b.{k}" for k in key)
        rows = self.conn.execute(
            f"SELECT b.id, m.id FROM bundle.{table} b JOIN main.{table} m ON {on}"
            f" WHERE b.id <> m.id AND b.id NOT IN (SELECT id FROM main.{table})").fetchall()
        for bundle_id, local_id in rows:
            if table == "photos":  # the same photo, stored on both sides
                self.photo_map[bundle_id] = local_id
                self.conn.execute("INSERT OR REPLACE INTO temp.bundle_photo_map VALUES (?, ?)",
                                  (bundle_id, local_id))
            elif table not in APPEND_ONLY:
                local = self.row("main", table, local_id)
                incoming = self.row("bundle", table, bundle_id)
                if self.differs(local, incoming):
                    self.conflict(table, local_id, local, incoming)

    def row(self, schema: str, table: str, row_id: str) -> dict[str, Any] | None:
        cur = self.conn.execute(f"SELECT * FROM {schema}.{table} WHERE id = ?", (row_id,))
        found = cur.fetchone()
        if found is None:
            return None
        return dict(zip([d[0] for d in cur.description], found, strict=True))

    @staticmethod
    def differs(local: dict | None, incoming: dict | None) -> bool:
        if local is None or incoming is None:
            return True
        return any(local.get(c) != v for c, v in incoming.items()
                   if c not in (*VERSION_COLUMNS, "id"))

    def take(self, table: str, local: dict, incoming: dict) -> None:
        """Replace a local row by the incoming version, keeping its revision and time."""
        if "photo_id" in incoming:
            incoming = {**incoming, "photo_id": self.photo_map.get(incoming["photo_id"],
                                                                   incoming["photo_id"])}
        for column, parent, on_delete in self.references(table):
            value = incoming.get(column)
            if value is not None and self.conn.execute(
                    f"SELECT {self._gone(table, parent, ':v')}", {"v": value}).fetchone()[0]:
                if on_delete != "SET NULL":
                    return  # its parent was deleted here: so was it, or it will be
                incoming = {**incoming, column: None}
        if incoming["revision"] == local["revision"]:  # step aside the revision trigger
            self.conn.execute(f"UPDATE main.{table} SET revision = -revision WHERE id = ?",
                              (local["id"],))
        cols = [c for c in incoming if c != "id"]
        self.conn.execute(
            f"UPDATE main.{table} SET {', '.join(f'{c} = ?' for c in cols)} WHERE id = ?",
            [*(incoming[c] for c in cols), local["id"]])
        self.summary.updated[table] = self.summary.updated.get(table, 0) + 1

    def changed_rows(self, table: str) -> None:
        """Rows on both sides in different versions; and rows deleted here."""
        if table in APPEND_ONLY:
            return
        # the version stamps, and the content too: two edits may share a millisecond
        differ = " OR ".join(f"b.{c} IS NOT m.{c}" for c in self.columns(table)
                             if c not in ("id", "created_at", "photo_id"))
        ids = [r[0] for r in self.conn.execute(
            f"SELECT b.id FROM bundle.{table} b JOIN main.{table} m ON m.id = b.id"
            f" WHERE {differ}")]
        for row_id in ids:
            local, incoming = self.row("main", table, row_id), self.row("bundle", table, row_id)
            assert local is not None and incoming is not None
            if self.own:
                continue
            bases = self.bases(table, row_id)
            local_changed = (local["revision"], local["updated_at"]) not in bases
            incoming_changed = (incoming["revision"], incoming["updated_at"]) not in bases
            if not incoming_changed:
                continue
            if not local_changed:
                self.take(table, local, incoming)
            elif self.differs(local, incoming):
                self.conflict(table, row_id, local, incoming)
        gone = [r[0] for r in self.conn.execute(
            f"SELECT id FROM bundle.{table} WHERE id NOT IN (SELECT id FROM main.{table})"
            f" AND id IN (SELECT row_id FROM main.tombstones WHERE table_name = '{table}')")]
        for row_id in gone:
            incoming = self.row("bundle", table, row_id)
            bases = self.bases(table, row_id)
            if not self.own and bases and (incoming["revision"], incoming["updated_at"]) not in bases:
                self.conflict(table, row_id, None, incoming)

    def tombstones(self, tables: tuple[str, ...]) -> None:
        for table in reversed(tables):
            stones = [r[0] for r in self.conn.execute(
                f"SELECT row_id FROM bundle.tombstones WHERE table_name = :t AND row_id IN"
                f" (SELECT id FROM main.{table} WHERE {ROWS_OF_ENGAGEMENT[table]})",
                {"t": table, "e": self.m.engagement_id})]
            for row_id in stones:
                local = self.row("main", table, row_id)
                bases = self.bases(table, row_id)
                if local is None or self.own or not bases:
                    continue
                if (local["revision"], local["updated_at"]) in bases \
                        and not self.work_below(table, row_id):
                    self.conn.execute(f"DELETE FROM main.{table} WHERE id = ?", (row_id,))
                    self.summary.deleted[table] = self.summary.deleted.get(table, 0) + 1
                else:
                    self.conflict(table, row_id, local, None)

    def work_below(self, table: str, row_id: str) -> bool:
        """Whether deleting the row would take along (by cascade) a row made or changed here
        since the base: that is a deletion there against work here, a conflict."""
        todo, seen = [(table, row_id)], set()
        while todo:
            parent, ident = todo.pop()
            for child, column, rule in self.ws.foreign_keys().get(parent, []):
                if rule != "CASCADE" or child not in ENTITY_TABLES:
                    continue
                for child_id, revision, updated_at in self.conn.execute(
                        f"SELECT id, revision, updated_at FROM main.{child} WHERE {column} = ?",
                        (ident,)).fetchall():
                    if (child, child_id) in seen:
                        continue
                    seen.add((child, child_id))
                    if (revision, updated_at) not in self.bases(child, child_id):
                        return True
                    todo.append((child, child_id))
        return False

    def in_scope(self, tables: tuple[str, ...], *, references: bool = True) -> None:
        """Every row the bundle carries that is in the workspace belongs to the bundle's
        engagement, and so does every row it points at: a bundle never reaches into another
        engagement. Photos are shared by content (the same picture may serve two engagements,
        or none once unlinked), so they are not held to one."""
        params = {"e": self.m.engagement_id}
        for table in tables:
            if table in SHARED:
                continue
            owned = f"coalesce(({ROWS_OF_ENGAGEMENT[table]}), 0)"
            pointers = [(column, parent) for column, parent, _ in self.references(table)
                        if references and parent in ROWS_OF_ENGAGEMENT and parent not in SHARED]
            elsewhere = [f"({c} IS NOT NULL AND {c} NOT IN (SELECT id FROM main.{p}"
                         f" WHERE {ROWS_OF_ENGAGEMENT[p]}))" for c, p in pointers]
            # one pass over the table; the flags say what was wrong
            wrong = " OR ".join([f"NOT {owned}", *elsewhere])
            found = self.conn.execute(
                f"SELECT id, {', '.join([owned, *elsewhere])} FROM main.{table} WHERE id IN"
                f" (SELECT id FROM bundle.{table}) AND ({wrong}) LIMIT 1", params).fetchone()
            if found is None:
                continue
            if not found[1]:
                raise BundleError(f"refused: table '{table}' row {found[0]} belongs to another"
                                  " engagement than the bundle's")
            column, parent = next(p for p, flag in zip(pointers, found[2:], strict=True) if flag)
            value = self.conn.execute(f"SELECT {column} FROM main.{table} WHERE id = ?",
                                      (found[0],)).fetchone()[0]
            raise BundleError(f"refused: table '{table}' row {found[0]}: {column} {value} is a"
                              f" {parent} row of another engagement")

    def remember(self, table: str) -> None:
        self.conn.execute(
            "INSERT INTO main.exchange_sync (source_workspace_id, table_name, row_id, revision,"
            f" updated_at) SELECT ?, ?, id, revision, updated_at FROM bundle.{table} WHERE 1"
            " ON CONFLICT DO UPDATE SET revision = excluded.revision,"
            " updated_at = excluded.updated_at WHERE revision <> excluded.revision"
            " OR updated_at <> excluded.updated_at", (self.source, table))

    def run(self, progress: Progress | None) -> None:
        tables = tables_of(self.m.kind)
        self.conn.execute("PRAGMA defer_foreign_keys = ON")
        self.in_scope(tables, references=False)  # before anything changes, and again after
        self.blobs()
        for done, table in enumerate(tables):
            if progress is not None and progress(done, len(tables) + 1) is False:
                raise BundleError("the import was cancelled; nothing was changed")
            self.changed_rows(table)
            self.new_rows(table, self.columns(table))
            if not self.own:
                self.remember(table)
        self.tombstones(tables)
        self.in_scope(tables)
        self.summary.already_imported = self.conn.execute(
            "SELECT 1 FROM main.exchange_imports WHERE bundle_id = ?",
            (self.m.bundle_id,)).fetchone() is not None
        if not self.summary.already_imported:
            self.conn.execute(
                "INSERT INTO main.exchange_imports (bundle_id, kind, source_workspace_id,"
                " engagement_id, created_at, summary) VALUES (?, ?, ?, ?, ?, ?)",
                (self.m.bundle_id, self.m.kind, self.source, self.m.engagement_id,
                 self.m.created_at, json.dumps(self.summary.as_json(), ensure_ascii=False)))


def import_bundle(ws: Workspace, path: str | Path, *, dry_run: bool = False,
                  progress: Progress | None = None) -> ImportSummary:
    """Validate a bundle, then merge it in one transaction (rolled back for a dry run, which
    reports what an import would do). Any failure leaves the workspace as it was."""
    path = Path(path)
    manifest = validate_file(path)
    summary = ImportSummary(manifest)
    conn = ws.conn
    try:
        conn.execute("ATTACH DATABASE ? AS bundle", (bundle_uri(path),))
    except sqlite3.OperationalError as exc:  # e.g. an SQLite that reads no URI file names
        raise BundleError(f"{path}: cannot be opened read-only ({exc})") from None
    try:
        validate_against(conn, path, manifest)
        conn.execute("CREATE TEMP TABLE IF NOT EXISTS bundle_photo_map"
                     " (bundle_id TEXT PRIMARY KEY, local_id TEXT NOT NULL)")
        conn.execute("DELETE FROM temp.bundle_photo_map")
        try:
            with ws.transaction():
                _Merge(ws, manifest, summary, dry_run).run(progress)
                if dry_run:
                    raise _DryRun
        except _DryRun:
            return summary
        except BundleError as exc:
            text = str(exc)
            raise BundleError(text if text.startswith(f"{path}") else f"{path}: {text}") from None
        except sqlite3.IntegrityError as exc:
            raise BundleError(f"{path}: refused: its rows do not fit this workspace ({exc});"
                              " nothing was changed") from None
        except sqlite3.DatabaseError as exc:  # e.g. the file changed under the import
            raise BundleError(f"{path}: refused: the bundle cannot be merged ({exc});"
                              " nothing was changed") from None
        summary.committed = True
        return summary
    finally:
        conn.execute("DROP TABLE IF EXISTS temp.bundle_photo_map")
        conn.execute("DETACH DATABASE bundle")


class _DryRun(Exception):
    """Raised inside the transaction of a dry run so that it rolls back."""
