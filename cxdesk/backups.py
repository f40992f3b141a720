"""Rolling automatic backups of a workspace, and restoring one.

Backups are made with ``VACUUM INTO`` from a connection of their own (read-only, so they can run
in a worker thread while the window works), never by copying an open WAL database. They live in
the user-data folder, per workspace id, newest kept: a workspace on a read-only medium or folder
is backed up all the same (nothing is written beside it), but nothing is restored into it.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from cxdesk.errors import WorkspaceError
from cxdesk.paths import backups_dir
from cxdesk.workspace import (
    ReadOnlyWorkspace,
    read_only_cause,
    read_only_location,
    read_only_uri,
    validate,
)

KEEP = 5
MIN_INTERVAL = dt.timedelta(hours=1)
_STAMP = "%Y%m%d-%H%M%S-%f"


@dataclass(frozen=True)
class Backup:
    path: Path
    made_at: dt.datetime  # UTC
    reason: str
    size: int


def _workspace_id(conn: sqlite3.Connection) -> str:
    return conn.execute("SELECT value FROM meta WHERE key = 'workspace_id'").fetchone()[0]


def list_backups(workspace_id: str) -> list[Backup]:
    """The backups of a workspace, newest first."""
    folder = backups_dir(workspace_id)
    found = []
    for path in folder.glob("*.cxd") if folder.exists() else []:
        stamp, _, reason = path.stem.partition("_")
        try:
            made = dt.datetime.strptime(stamp, _STAMP).replace(tzinfo=dt.UTC)
        except ValueError:
            continue
        found.append(Backup(path, made, reason, path.stat().st_size))
    return sorted(found, key=lambda b: b.made_at, reverse=True)


def make_backup(workspace: Path, reason: str = "auto", keep: int = KEEP) -> Backup:
    """Snapshot a workspace (by path) into its backups folder; keep the newest ``keep`` of
    the same reason."""
    validate(workspace)
    conn = sqlite3.connect(read_only_uri(Path(workspace)), uri=True)
    try:
        workspace_id = _workspace_id(conn)
        folder = backups_dir(workspace_id)
        folder.mkdir(parents=True, exist_ok=True)
        made = dt.datetime.now(dt.UTC)
        target = folder / f"{made.strftime(_STAMP)}_{reason}.cxd"
        # written under another name and renamed when complete: a process killed midway
        # leaves no half backup that would pass for the newest one
        partial = target.with_suffix(".partial")
        partial.unlink(missing_ok=True)
        conn.execute("VACUUM INTO ?", (str(partial),))
        partial.replace(target)
    finally:
        conn.close()
    same = [b for b in list_backups(workspace_id) if b.reason == reason]
    for old in same[keep:]:
        old.path.unlink(missing_ok=True)
    return Backup(target, made, reason, target.stat().st_size)


def auto_backup(workspace: Path, *, now: dt.datetime | None = None) -> Backup | None:
    """Make a rolling backup unless the newest one is recent; returns it, or None."""
    conn = sqlite3.connect(read_only_uri(Path(workspace)), uri=True)
    try:
        workspace_id = _workspace_id(conn)
    finally:
        conn.close()
    newest = next(iter(list_backups(workspace_id)), None)
    now = now or dt.datetime.now(dt.UTC)
    if newest is not None and now - newest.made_at < MIN_INTERVAL:
        return None
    return make_backup(workspace, "auto")


def restore_backup(backup: Path, workspace: Path) -> Backup:
    """Replace a (closed) workspace's content with a backup's, after a safety backup of the
    current state. Returns the safety backup, so a restore can itself be undone."""
    validate(backup)
    validate(workspace)
    if read_only_location(Path(workspace)):
        raise ReadOnlyWorkspace(Path(workspace), read_only_cause(Path(workspace)))
    safety = make_backup(workspace, "before_restore")
    src = sqlite3.connect(read_only_uri(Path(backup)), uri=True)
    dst = sqlite3.connect(str(workspace))
    try:
        if _workspace_id(src) != _workspace_id(dst):
            raise WorkspaceError(f"{backup}: this backup belongs to another workspace")
        src.backup(dst)
        dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        src.close()
        dst.close()
    return safety


def save_copy(workspace: Path, target: Path) -> Path:
    """Write a complete copy of a workspace (read-only, or open elsewhere: WAL and all) to
    ``target``, a new file, through a temporary file renamed when complete. Returns it."""
    workspace, target = Path(workspace), Path(target)
    validate(workspace)
    if target.exists() and target.resolve() == workspace.resolve():
        raise WorkspaceError(f"{target}: this is the workspace itself; choose another file")
    if not target.parent.is_dir():
        raise WorkspaceError(f"{target}: the folder {target.parent} does not exist")
    partial = target.with_name(f".{target.name}.partial")
    conn = sqlite3.connect(read_only_uri(workspace), uri=True)
    try:
        partial.unlink(missing_ok=True)
        conn.execute("VACUUM INTO ?", (str(partial),))
        partial.replace(target)
    except (OSError, sqlite3.OperationalError) as exc:
        raise WorkspaceError(f"{target}: the copy cannot be written there ({exc})") from None
    finally:
        conn.close()
        with contextlib.suppress(OSError):  # nothing left half-written
            partial.unlink(missing_ok=True)
    return target
