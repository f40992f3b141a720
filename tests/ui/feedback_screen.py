"""Fixtures shared by the Feedback screen's tests: an engagement in a fresh workspace, and the
screen over it, refreshed by the context's broadcasts as the main window does. A test module
imports both fixture functions; its tests ask for ``setup`` and ``view``."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from cxdesk.workspace import Workspace
from ui.context import AppContext
from ui.views.feedback import FeedbackView


@pytest.fixture(name="setup")
def engagement_fixture(workspace_path: Path):
    sys.path.insert(0, str(Path(__file__).parents[1]))
    from engagement_factory import build_engagement

    ws = Workspace.open(workspace_path)
    built = build_engagement(ws)
    yield ws, built
    ws.close()


@pytest.fixture(name="view")
def screen_fixture(setup, qtbot) -> FeedbackView:  # noqa: ANN001
    ws, built = setup
    context = AppContext()
    context.ws, context.engagement_id = ws, built.engagement_id
    context.changed.connect(lambda topics: view.refresh() if topics & view.topics else None)
    view = FeedbackView(context)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.refresh()
    view.show()
    return view
