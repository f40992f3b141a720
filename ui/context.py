"""What every screen shares: the open workspace, the chosen engagement, the undo stack, and
one "what changed" broadcast that each screen uses to refresh only itself (Anki's habit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

if TYPE_CHECKING:
    from cxdesk.workspace import Workspace

# Topics of the ``changed`` broadcast: the tables (or groups of them) an edit touched.
ENGAGEMENT = "engagement"
SUBJECTS = "subjects"
LOCATIONS = "locations"
SEGMENTS = "segments"
MAPS = "maps"
TEMPLATES = "templates"
CHECKS = "checks"
EVIDENCE = "evidence"
FINDINGS = "findings"
FEEDBACK = "feedback"
ACTIONS = "actions"
EVERYTHING = frozenset({ENGAGEMENT, SUBJECTS, LOCATIONS, SEGMENTS, MAPS, TEMPLATES, CHECKS,
                        EVIDENCE, FINDINGS, FEEDBACK, ACTIONS})


class AppContext(QObject):
    """Owned by the main window; views read from it and listen to it. Views never own data."""

    #: the set of topics an edit touched (see the constants above)
    changed = Signal(object)
    #: another engagement (id, or "" for none) or another workspace was chosen
    engagement_changed = Signal(str)
    workspace_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.engagement_id: str | None = None
        self.undo_stack = QUndoStack(self)

    def notify(self, *topics: str) -> None:
        self.changed.emit(frozenset(topics))

    def set_workspace(self, ws: Workspace | None) -> None:
        self.undo_stack.clear()
        self.ws = ws
        self.engagement_id = None
        self.workspace_changed.emit()

    def set_engagement(self, engagement_id: str | None) -> None:
        if engagement_id == self.engagement_id:
            return
        self.engagement_id = engagement_id
        self.engagement_changed.emit(engagement_id or "")
