"""``render_screenshot``: every screen at 1280×800 without a display, never blocking."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from cxdesk.errors import CxDeskError
from cxdesk.workspace import Workspace
from ui import messages
from ui.app import render_screenshot
from ui.view_stack import available_views


@pytest.mark.parametrize("view", available_views())
def test_each_screen_renders_at_1280_by_800(view, workspace_path, built_path, tmp_path):
    png = tmp_path / f"{view}.png"
    render_screenshot(png, workspace_path, None, view, "en")
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1280, 800)


def test_a_chosen_engagement_is_shown(workspace_path, built_path, tmp_path):
    from cxdesk import engagements

    ws = Workspace.open(workspace_path)
    other = engagements.create_engagement(ws, name="Another audit").id
    ws.close()
    render_screenshot(tmp_path / "o.png", workspace_path, other, "overview", "en")
    assert QImage(str(tmp_path / "o.png")).width() == 1280


def test_an_unknown_view_is_a_clear_error(workspace_path, tmp_path):
    with pytest.raises(CxDeskError, match="unknown view 'nope'"):
        render_screenshot(tmp_path / "x.png", workspace_path, None, "nope", "en")
    assert not (tmp_path / "x.png").exists()


def test_an_unknown_engagement_is_a_clear_error(workspace_path, built_path, tmp_path):
    with pytest.raises(CxDeskError, match="no engagement with id 'abc'"):
        render_screenshot(tmp_path / "x.png", workspace_path, "abc", "overview", "en")


def test_a_missing_workspace_is_an_error_and_is_not_created(tmp_path):
    missing = tmp_path / "missing.cxd"
    with pytest.raises(CxDeskError, match="no workspace"):
        render_screenshot(tmp_path / "x.png", missing, None, "overview", "en")
    assert not missing.exists()


def test_an_empty_workspace_renders_without_any_offer_or_message(workspace_path, tmp_path,
                                                                 qapp):
    from PySide6.QtWidgets import QApplication, QDialog

    messages.headless = False  # would block if anything tried to show a message box
    try:
        render_screenshot(tmp_path / "empty.png", workspace_path, None, "overview", "en")
    finally:
        messages.headless = True
    assert QImage(str(tmp_path / "empty.png")).height() == 800
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, QDialog) and w.isVisible()]


def test_the_workspace_is_left_closed_and_complete(workspace_path, built_path, tmp_path):
    render_screenshot(tmp_path / "o.png", workspace_path, None, "overview", "en")
    wal = Path(f"{workspace_path}-wal")
    assert not wal.exists() or wal.stat().st_size == 0
