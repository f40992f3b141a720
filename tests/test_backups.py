"""Rolling automatic backups and restoring one."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from cxdesk import backups, engagements
from cxdesk.errors import WorkspaceError
from cxdesk.workspace import Workspace


def test_a_backup_is_a_complete_workspace(ws_path: Path) -> None:
    with Workspace.open(ws_path, create=True) as ws:
        engagements.create_engagement(ws, name="Аудит")
        backup = backups.make_backup(ws_path)  # while the workspace is open, WAL and all
        workspace_id = ws.workspace_id
    assert backup.path.parent.name == workspace_id
    with Workspace.open(backup.path) as copy:
        assert [e.name for e in engagements.list_engagements(copy)] == ["Аудит"]


def test_only_the_newest_backups_are_kept(ws_path: Path) -> None:
    Workspace.open(ws_path, create=True).close()
    made = [backups.make_backup(ws_path, keep=3) for _ in range(5)]
    with Workspace.open(ws_path) as ws:
        kept = backups.list_backups(ws.workspace_id)
    assert [b.path for b in kept] == [b.path for b in reversed(made[-3:])]


def test_automatic_backups_wait_for_the_interval(ws_path: Path) -> None:
    Workspace.open(ws_path, create=True).close()
    first = backups.auto_backup(ws_path)
    assert first is not None
    assert backups.auto_backup(ws_path) is None
    later = dt.datetime.now(dt.UTC) + backups.MIN_INTERVAL + dt.timedelta(minutes=1)
    assert backups.auto_backup(ws_path, now=later) is not None


def test_restore_brings_back_the_backup_and_keeps_a_safety_copy(ws_path: Path) -> None:
    with Workspace.open(ws_path, create=True) as ws:
        eng = engagements.create_engagement(ws, name="До")
    backup = backups.make_backup(ws_path)
    with Workspace.open(ws_path) as ws:
        engagements.rename_engagement(ws, eng.id, "После")
        engagements.add_segment(ws, eng.id, name="Новый сегмент")
    safety = backups.restore_backup(backup.path, ws_path)
    with Workspace.open(ws_path) as ws:
        assert [e.name for e in engagements.list_engagements(ws)] == ["До"]
        assert engagements.list_segments(ws, eng.id) == []
    with Workspace.open(safety.path) as ws:
        assert [e.name for e in engagements.list_engagements(ws)] == ["После"]


def test_a_backup_of_another_workspace_is_refused(tmp_path: Path) -> None:
    one, two = tmp_path / "one.cxd", tmp_path / "two.cxd"
    Workspace.open(one, create=True).close()
    with Workspace.open(two, create=True) as ws:
        engagements.create_engagement(ws, name="Второй")
    foreign_backup = backups.make_backup(one)
    with pytest.raises(WorkspaceError, match="another workspace"):
        backups.restore_backup(foreign_backup.path, two)
    with Workspace.open(two) as ws:
        assert [e.name for e in engagements.list_engagements(ws)] == ["Второй"]


def test_an_unfinished_backup_is_never_listed(ws_path: Path) -> None:
    Workspace.open(ws_path, create=True).close()
    done = backups.make_backup(ws_path)
    (done.path.parent / "20991231-235959-000000_auto.partial").write_bytes(b"")
    assert [b.path for b in backups.list_backups(done.path.parent.name)] == [done.path]
