"""Where data lives: the user-data folder (platformdirs) unless the environment says otherwise."""

from __future__ import annotations

import os
from pathlib import Path

APP_NAME = "CX Desk"
APP_AUTHOR = "CX Desk"


def data_dir() -> Path:
    """``CXDESK_DATA_DIR`` if set, else the platform's user-data folder for CX Desk."""
    override = os.environ.get("CXDESK_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def default_workspace() -> Path:
    """``CXDESK_WORKSPACE`` if set, else ``workspace.cxd`` in the user-data folder."""
    chosen = os.environ.get("CXDESK_WORKSPACE")
    return Path(chosen) if chosen else data_dir() / "workspace.cxd"


def backups_dir(workspace_id: str) -> Path:
    return data_dir() / "backups" / workspace_id
