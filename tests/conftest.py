"""Shared fixtures. Set up before anything imports Qt or reads the data folder: tests never
need a display and never touch the real user-data folder (backups) or the real settings."""

from __future__ import annotations

import os
import shutil
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_DATA_DIR = tempfile.mkdtemp(prefix="cxdesk-tests-data-")
os.environ["CXDESK_DATA_DIR"] = _DATA_DIR
os.environ.pop("CXDESK_WORKSPACE", None)

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from cxdesk.workspace import Workspace  # noqa: E402


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    shutil.rmtree(_DATA_DIR, ignore_errors=True)


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    """Where a workspace may be created (nothing there yet)."""
    return tmp_path / "audit.cxd"


@pytest.fixture
def workspace_path(tmp_path: Path) -> Path:
    """A new, empty workspace file (closed)."""
    path = tmp_path / "audit.cxd"
    Workspace.open(path, create=True).close()
    return path


@pytest.fixture
def ws(workspace_path: Path) -> Iterator[Workspace]:
    """An open, empty workspace."""
    workspace = Workspace.open(workspace_path)
    yield workspace
    workspace.close()


@pytest.fixture
def built(ws: Workspace):
    """A small engagement with known scores (see tests/engagement_factory.py)."""
    from engagement_factory import build_engagement

    return build_engagement(ws)
