"""The core on a read-only workspace: it says it is read-only and why, a write in a transaction
is refused naming the file, backups still go to the data folder (nothing beside the file),
nothing is restored into it, and a copy can be saved elsewhere and edited."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from cxdesk import backups, engagements, workspace
from cxdesk.errors import WorkspaceError
from cxdesk.workspace import ReadOnlyWorkspace, Workspace, read_only_cause


@pytest.fixture
def locked(workspace_path: Path, tmp_path: Path,
           monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A read-only copy (file and folder) of a workspace holding one engagement."""
    with Workspace.open(workspace_path) as ws:
        engagements.create_engagement(ws, name="Audit")
    folder = tmp_path / "read only"
    folder.mkdir()
    path = folder / "w.cxd"
    shutil.copyfile(workspace_path, path)
    path.chmod(0o444)
    folder.chmod(0o555)
    real_access = os.access  # root ignores permissions: tell the app's check the same
    monkeypatch.setattr(workspace.os, "access", lambda p, mode, *a, **k: (
        False if mode == os.W_OK and Path(p) in (path, folder) else real_access(p, mode)))
    yield path
    folder.chmod(stat.S_IRWXU)
    path.chmod(stat.S_IRUSR | stat.S_IWUSR)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_read_only_workspace_says_so_and_why(locked: Path, workspace_path: Path) -> None:
    with Workspace.open(locked) as ws:
        assert ws.read_only
        assert [e.name for e in engagements.list_engagements(ws)] == ["Audit"]
    assert read_only_cause(locked) == "file"
    with Workspace.open(workspace_path) as ws:
        assert not ws.read_only
    assert read_only_cause(workspace_path) is None


def test_a_folder_that_cannot_be_written_is_the_cause(tmp_path: Path, workspace_path: Path,
                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    real_access = os.access
    monkeypatch.setattr(workspace.os, "access", lambda p, mode, *a, **k: (
        False if mode == os.W_OK and Path(p) == workspace_path.parent
        else real_access(p, mode)))
    assert read_only_cause(workspace_path) == "folder"


def test_a_write_in_a_transaction_is_refused_naming_the_file(locked: Path) -> None:
    before = digest(locked)
    with Workspace.open(locked) as ws:
        with (pytest.raises(ReadOnlyWorkspace, match="read-only") as refused,
              ws.transaction(), ws.transaction()):  # the inner one is a savepoint
            ws.conn.execute("UPDATE engagements SET name = 'x'")
        assert str(locked) in str(refused.value) and "nothing was changed" in str(refused.value)
        assert refused.value.path == locked and refused.value.cause == "file"
        assert [e.name for e in engagements.list_engagements(ws)] == ["Audit"]
        with ws.transaction():  # reading in a transaction still works
            assert ws.scalar("SELECT count(*) FROM engagements") == 1
    assert digest(locked) == before
    assert sorted(p.name for p in locked.parent.iterdir()) == ["w.cxd"]


def test_backups_of_a_read_only_workspace_go_to_the_data_folder(locked: Path) -> None:
    made = backups.make_backup(locked, "manual")
    assert made.path.exists() and locked.parent not in made.path.parents
    with Workspace.open(made.path) as copy:
        assert [e.name for e in engagements.list_engagements(copy)] == ["Audit"]
    assert sorted(p.name for p in locked.parent.iterdir()) == ["w.cxd"]


def test_nothing_is_restored_into_a_read_only_workspace(locked: Path) -> None:
    made = backups.make_backup(locked, "manual")
    before = digest(locked)
    with pytest.raises(ReadOnlyWorkspace, match="read-only"):
        backups.restore_backup(made.path, locked)
    assert digest(locked) == before


def test_a_saved_copy_is_complete_and_can_be_edited(locked: Path, tmp_path: Path) -> None:
    target = tmp_path / "copy.cxd"
    assert backups.save_copy(locked, target) == target
    with Workspace.open(target) as ws:
        assert not ws.read_only
        engagements.create_engagement(ws, name="Second")
        assert sorted(e.name for e in engagements.list_engagements(ws)) == ["Audit", "Second"]
    assert not list(tmp_path.glob("*.partial"))


def test_a_copy_is_never_written_over_the_workspace_itself(workspace_path: Path) -> None:
    before = digest(workspace_path)
    with pytest.raises(WorkspaceError, match="the workspace itself"):
        backups.save_copy(workspace_path, workspace_path)
    with pytest.raises(WorkspaceError, match="does not exist"):
        backups.save_copy(workspace_path, workspace_path.parent / "nowhere" / "c.cxd")
    assert digest(workspace_path) == before


def test_an_older_read_only_workspace_is_refused_clearly(locked: Path) -> None:
    import sqlite3

    locked.chmod(0o644)
    locked.parent.chmod(0o755)
    conn = sqlite3.connect(locked)
    conn.execute("PRAGMA user_version = 1")
    conn.close()
    with pytest.raises(WorkspaceError, match="read-only and was made by an older CX Desk"):
        Workspace.open(locked)
