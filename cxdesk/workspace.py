"""The workspace: one SQLite file that holds a user's whole work, photos included.

A file is validated read-only before anything writes to it (header, ``application_id``,
``user_version``, a readable schema); only then is it opened for writing, given the pragmas and
brought up to the current schema. Creation happens in a temporary file renamed into place, so a
half-created workspace never exists.
"""

from __future__ import annotations

import contextlib
import functools
import os
import sqlite3
import struct
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import sqlite_utils

from cxdesk.errors import (
    CorruptWorkspace,
    NewerWorkspace,
    NotAWorkspace,
    WorkspaceError,
    WorkspaceNotFound,
)
from cxdesk.schema import APPLICATION_ID, MIGRATIONS, SCHEMA_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
#: Files up to this size get a full ``quick_check`` on open; larger ones a cheap size check
#: (``main.py check`` always runs the full ``integrity_check``).
QUICK_CHECK_LIMIT = 16 * 1024 * 1024
BUSY_TIMEOUT_MS = 5000


def new_id() -> str:
    """A new primary key: UUID text, so workspaces from different laptops merge cleanly."""
    import uuid  # here: opening a workspace to read it does not need it

    return str(uuid.uuid4())


class FileHeader(NamedTuple):
    """What the first 100 bytes of a SQLite file say, read without opening it."""

    page_size: int
    page_count: int
    user_version: int
    application_id: int


def read_header(path: Path) -> FileHeader:
    """Read a SQLite header, refusing anything that is not a SQLite database."""
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except IsADirectoryError:
        raise NotAWorkspace(f"{path}: is a folder, not a CX Desk workspace file") from None
    except OSError as exc:
        raise WorkspaceError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not head:
        raise NotAWorkspace(f"{path}: the file is empty, not a CX Desk workspace")
    if len(head) < 100 or not head.startswith(SQLITE_MAGIC):
        raise NotAWorkspace(f"{path}: not a CX Desk workspace (not a SQLite database)")
    (page_size,) = struct.unpack(">H", head[16:18])
    page_size = 65536 if page_size == 1 else page_size
    (page_count,) = struct.unpack(">I", head[28:32])
    (user_version,) = struct.unpack(">I", head[60:64])
    (application_id,) = struct.unpack(">I", head[68:72])
    return FileHeader(page_size, page_count, user_version, application_id)


def sqlite_problems(text: str) -> list[str]:
    """SQLite's integrity report as one problem a line (a row may hold several lines, under a
    ``*** in database main ***`` heading that says nothing)."""
    return [line.strip() for line in text.splitlines()
            if line.strip() and not line.strip().startswith("***")]


def read_only_location(path: Path) -> bool:
    """The file, or the folder where SQLite keeps its ``-wal``/``-shm`` beside it, cannot be
    written (a read-only file, folder or medium): the workspace is opened to read only."""
    return not os.access(path, os.W_OK) or not os.access(path.parent, os.W_OK)


def read_only_cause(path: Path) -> str | None:
    """Why a workspace can only be read: ``"medium"`` (a read-only file system: a locked USB
    stick, a CD, a read-only share), ``"file"`` (no permission to write the file), ``"folder"``
    (no permission to write the folder beside it), or None when it can be written."""
    path = Path(path)
    if not read_only_location(path):
        return None
    try:
        if os.statvfs(path).f_flag & os.ST_RDONLY:
            return "medium"
    except (AttributeError, OSError):  # no statvfs (Windows) or an unreadable file system
        pass
    return "file" if not os.access(path, os.W_OK) else "folder"


class ReadOnlyWorkspace(WorkspaceError):
    """A write was attempted on a workspace opened read-only; nothing was changed."""

    def __init__(self, path: Path, cause: str | None = None) -> None:
        why = {"medium": "it is on a read-only medium", "file": "the file cannot be written",
               "folder": "its folder cannot be written"}.get(cause or "", "it cannot be written")
        super().__init__(f"{path}: the workspace is read-only ({why}); nothing was changed."
                         " Save a copy where it can be written to edit it")
        self.path = Path(path)
        self.cause = cause


def read_only_uri(path: Path) -> str:
    """A read-only connection that writes nothing beside the file; ``immutable`` where nothing
    could (a read-only location), else SQLite would need to create the ``-shm``."""
    return (f"{Path(path).resolve().as_uri()}?mode=ro"
            + ("&immutable=1" if read_only_location(Path(path)) else ""))


def validate(path: Path) -> FileHeader:
    """Check, without writing a byte, that ``path`` is a workspace this app may open."""
    path = Path(path)
    if not path.exists():
        raise WorkspaceNotFound(f"{path}: there is no workspace at this path")
    header = read_header(path)
    if header.application_id != APPLICATION_ID:
        raise NotAWorkspace(
            f"{path}: not a CX Desk workspace (a SQLite database of another application)"
        )
    if header.user_version > SCHEMA_VERSION:
        raise NewerWorkspace(
            f"{path}: written by a newer CX Desk (schema {header.user_version}; this version "
            f"reads up to {SCHEMA_VERSION}). Update CX Desk to open it."
        )
    size = path.stat().st_size
    wal = Path(f"{path}-wal")
    if size < header.page_size * header.page_count and not (wal.exists() and wal.stat().st_size):
        raise CorruptWorkspace(
            f"{path}: the workspace is damaged (truncated: {size} bytes of "
            f"{header.page_size * header.page_count})"
        )
    if read_only_location(path) and wal.exists() and wal.stat().st_size:
        raise WorkspaceError(f"{path}: the workspace is read-only and its last changes are still"
                             f" in {wal.name}; open it once where it can be written")
    try:
        conn = sqlite3.connect(read_only_uri(path), uri=True)
    except sqlite3.Error as exc:
        raise CorruptWorkspace(f"{path}: the workspace cannot be opened ({exc})") from None
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        if size <= QUICK_CHECK_LIMIT:
            problems = [row[0] for row in conn.execute("PRAGMA quick_check(5)")]
            if problems != ["ok"]:
                first = (sqlite_problems(problems[0]) or [problems[0]])[0]
                raise CorruptWorkspace(f"{path}: the workspace is damaged ({first})")
    except sqlite3.DatabaseError as exc:
        first = (sqlite_problems(str(exc)) or [str(exc)])[0]
        raise CorruptWorkspace(f"{path}: the workspace is damaged ({first})") from None
    finally:
        conn.close()
    return header


def _connect(path: Path, *, read_only: bool = False) -> sqlite3.Connection:
    # uri=True lets this connection ATTACH a bundle read-only by a ``file:…?mode=ro`` URI on
    # every platform (not only where SQLite was built to read URIs); the workspace itself is
    # named by its absolute path, which never starts with "file:".
    conn = sqlite3.connect(read_only_uri(path) if read_only else os.path.abspath(path),
                           isolation_level=None, check_same_thread=True, uri=True)
    conn.row_factory = sqlite3.Row
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    conn.execute("PRAGMA foreign_keys = ON")
    if read_only:  # a read-only file, folder or medium: read what it holds, write nothing
        return conn
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")
    return conn


def _migrate(conn: sqlite3.Connection, from_version: int) -> None:
    """Apply the pending numbered steps, each in its own transaction with its version."""
    for version in range(from_version + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            MIGRATIONS[version - 1](conn)
            if version == 1:
                conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                conn.executemany(
                    "INSERT INTO meta (key, value) VALUES (?, ?)",
                    [("workspace_id", new_id()), ("created_by", "CX Desk")],
                )
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


class Workspace:
    """An open workspace. Owns one connection: use it from the thread that opened it only."""

    def __init__(self, path: Path, conn: sqlite3.Connection, *, read_only: bool = False) -> None:
        self.path = path
        self.conn = conn
        self._read_only = read_only
        self._depth = 0
        self._fk_graph: dict[str, list[tuple[str, str, str]]] | None = None
        self._workspace_id: str | None = None

    # -- opening and closing ----------------------------------------------------------------
    @classmethod
    def open(cls, path: str | os.PathLike[str], *, create: bool = False) -> Workspace:
        """Open a workspace, validating it first. ``create`` makes a missing (or empty) file."""
        path = Path(path)
        if create and (not path.exists() or (path.is_file() and path.stat().st_size == 0)):
            cls._create(path)
        validate(path)
        read_only = read_only_location(path)
        conn = _connect(path, read_only=read_only)
        try:
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION and read_only:
                raise WorkspaceError(
                    f"{path}: the workspace is read-only and was made by an older CX Desk"
                    f" (schema {version}); it must be brought up to date once where it can"
                    " be written: copy it to a writable folder and open the copy")
            if version < SCHEMA_VERSION:
                _migrate(conn, version)
        except BaseException:
            conn.close()
            raise
        return cls(path, conn, read_only=read_only)

    @staticmethod
    def _create(path: Path) -> None:
        if not path.parent.exists():
            raise WorkspaceError(f"{path}: the folder {path.parent} does not exist")
        try:
            fd, tmp_name = tempfile.mkstemp(prefix=".cxd-new-", suffix=".tmp", dir=path.parent)
        except OSError as exc:  # a read-only folder or medium
            raise WorkspaceError(f"{path}: cannot create the workspace"
                                 f" ({exc.strerror or exc})") from None
        os.close(fd)
        tmp = Path(tmp_name)
        try:
            conn = sqlite3.connect(str(tmp), isolation_level=None)
            try:
                conn.execute("PRAGMA journal_mode = DELETE")
                conn.execute("PRAGMA foreign_keys = ON")
                _migrate(conn, 0)
            finally:
                conn.close()
            umask = os.umask(0)
            os.umask(umask)
            tmp.chmod(0o666 & ~umask)
            os.replace(tmp, path)
        finally:
            tmp.unlink(missing_ok=True)

    def close(self) -> None:
        """Checkpoint the WAL into the main file and close: the ``.cxd`` alone is complete."""
        if self.conn is None:
            return
        with contextlib.suppress(sqlite3.Error):
            self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        self.conn = None  # type: ignore[assignment]

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @functools.cached_property
    def db(self) -> sqlite_utils.Database:
        """The connection as a sqlite-utils Database (imported on first use: start-up stays
        fast)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    # -- facts ----------------------------------------------------------------------------
    @property
    def read_only(self) -> bool:
        """Opened to read only (a read-only file, folder or medium): every write is refused."""
        return self._read_only

    @property
    def schema_version(self) -> int:
        return self.conn.execute("PRAGMA user_version").fetchone()[0]

    @property
    def workspace_id(self) -> str:
        if self._workspace_id is None:  # written once, when the workspace is created
            self._workspace_id = self.conn.execute(
                "SELECT value FROM meta WHERE key = 'workspace_id'").fetchone()[0]
        return self._workspace_id

    # -- transactions ---------------------------------------------------------------------
    @contextlib.contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One atomic unit of work; nested uses become savepoints of the outer one."""
        if self._depth == 0:
            self.conn.execute("BEGIN IMMEDIATE")
        else:
            self.conn.execute(f"SAVEPOINT sp{self._depth}")
        self._depth += 1
        try:
            yield self.conn
        except BaseException as exc:
            self._depth -= 1
            if self._depth == 0:
                self.conn.execute("ROLLBACK")
            else:
                self.conn.execute(f"ROLLBACK TO sp{self._depth}")
                self.conn.execute(f"RELEASE sp{self._depth}")
            if (self._read_only and isinstance(exc, sqlite3.OperationalError)
                    and "readonly" in str(exc)):  # say what it means, naming the file
                raise ReadOnlyWorkspace(self.path, read_only_cause(self.path)) from exc
            raise
        self._depth -= 1
        if self._depth == 0:
            self.conn.execute("COMMIT")
        else:
            self.conn.execute(f"RELEASE sp{self._depth}")

    # -- small query helpers --------------------------------------------------------------
    def rows(self, sql: str, params: Any = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def row(self, sql: str, params: Any = ()) -> sqlite3.Row | None:
        return self.conn.execute(sql, params).fetchone()

    def scalar(self, sql: str, params: Any = ()) -> Any:
        found = self.conn.execute(sql, params).fetchone()
        return None if found is None else found[0]

    def foreign_keys(self) -> dict[str, list[tuple[str, str, str]]]:
        """For each parent table: (child table, child column, on-delete rule)."""
        if self._fk_graph is None:
            graph: dict[str, list[tuple[str, str, str]]] = {}
            tables = [r[0] for r in self.rows("SELECT name FROM sqlite_master WHERE type='table'")]
            for child in tables:
                for fk in self.rows(f"PRAGMA foreign_key_list({child})"):
                    graph.setdefault(fk["table"], []).append((child, fk["from"], fk["on_delete"]))
            self._fk_graph = graph
        return self._fk_graph
