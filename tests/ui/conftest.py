"""GUI test fixtures: settings in a temporary place per test, message boxes recorded instead
of shown, and windows over real workspaces that are closed (and their workers waited for)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cxdesk.workspace import Workspace
from ui import i18n, messages


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path, qapp) -> Iterator[Path]:  # noqa: ANN001
    folder = tmp_path / "settings"
    folder.mkdir()
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
    messages.headless = True
    messages.shown.clear()
    messages.confirm_answer = True
    i18n.install("en")
    yield folder
    i18n.install("en")
    messages.shown.clear()


@pytest.fixture(autouse=True)
def collect_closed_widgets(qtbot) -> Iterator[None]:  # noqa: ANN001
    """Collect the test's garbage when it ends, with its workers finished. Views a test makes
    without a parent are owned by Python, in reference cycles through their signal
    connections; left to a collection that may fall in the middle of a later test, shiboken
    can free a child before its parent and crash the whole run."""
    yield
    from ui.workers import Worker

    Worker.wait_all()
    gc.collect()


@pytest.fixture
def make_window(qtbot) -> Iterator[Callable[..., object]]:  # noqa: ANN001
    from ui.main_window import MainWindow
    from ui.workers import Worker

    made: list[MainWindow] = []

    def make(ws: Workspace | None = None, *, interactive: bool = False,
             engagement_id: str | None = None) -> MainWindow:
        window = MainWindow(interactive=interactive, language="en")
        qtbot.addWidget(window)
        if ws is not None:
            window.set_workspace(ws, engagement_id)
        made.append(window)
        return window

    yield make
    Worker.wait_all()
    for window in made:
        window.close()


@pytest.fixture
def window(make_window, workspace_path: Path, built_path):  # noqa: ANN001
    """A (non-interactive) main window over a workspace holding the small engagement."""
    return make_window(Workspace.open(workspace_path), engagement_id=built_path.engagement_id)


@pytest.fixture
def built_path(workspace_path: Path):  # noqa: ANN001
    """Build the small engagement into the workspace file, then close it."""
    from engagement_factory import build_engagement

    ws = Workspace.open(workspace_path)
    try:
        return build_engagement(ws)
    finally:
        ws.close()

