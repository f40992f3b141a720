"""Shared fixtures. Qt runs offscreen; every test session gets its own user-data folder so
backups and defaults never touch the real home."""

from __future__ import annotations

import os
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["CXDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="cxdesk-test-data-")
os.environ.pop("CXDESK_WORKSPACE", None)

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from cxdesk.workspace import Workspace  # noqa: E402


@pytest.fixture
def ws_path(tmp_path: Path) -> Path:
    return tmp_path / "audit.cxd"


@pytest.fixture
def ws(ws_path: Path):
    """A fresh workspace in a temp file, closed after the test."""
    workspace = Workspace.open(ws_path, create=True)
    yield workspace
    workspace.close()
