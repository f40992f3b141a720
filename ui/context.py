"""What every screen shares: the open workspace, the chosen engagement, the undo stack, and
one "what changed" broadcast that each screen uses to refresh only itself (Anki's habit)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from cxdesk.engagements import Engagement, list_engagements
from cxdesk.overview import Overview, overview
from ui import read_only

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


class UndoStack(QUndoStack):
    """The undo stack, refusing (with the one read-only message) a command pushed while the
    workspace is read-only: pushing runs it, and it could only fail half-way."""

    def __init__(self, context: AppContext) -> None:
        super().__init__(context)
        self._context = context

    def push(self, command: QUndoCommand) -> None:
        if read_only.refuse_edit(self._context):
            return
        super().push(command)


class AppContext(QObject):
    """Owned by the main window; views read from it and listen to it. Views never own data."""

    # the set of topics an edit touched (see the constants above)
    changed = Signal(object)
    # another engagement (id, or "" for none) or another workspace was chosen
    engagement_changed = Signal(str)
    workspace_changed = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.ws: Workspace | None = None
        self.engagement_id: str | None = None
        self.undo_stack: QUndoStack = UndoStack(self)
        self._read: dict[tuple[str, ...], Any] = {}
        self._read_state: tuple[object, int] | None = None

    def notify(self, *topics: str) -> None:
        self._forget()
        self.changed.emit(frozenset(topics))

    def set_workspace(self, ws: Workspace | None) -> None:
        self.undo_stack.clear()
        self._forget()
        self.ws = ws
        self.engagement_id = None
        self.workspace_changed.emit()

    @property
    def read_only(self) -> bool:
        """The open workspace can only be read: every edit is refused (see ui.read_only)."""
        return self.ws is not None and self.ws.read_only

    def set_engagement(self, engagement_id: str | None) -> None:
        if engagement_id == self.engagement_id:
            return
        self.engagement_id = engagement_id
        self.engagement_changed.emit(engagement_id or "")

    # -- what several listeners read after one change, read once --------------------------
    def engagements(self) -> list[Engagement]:
        """The workspace's engagements."""
        if self.ws is None:
            return []
        return self._shared(("engagements",), list_engagements)

    def engagement(self) -> Engagement | None:
        """The chosen engagement."""
        return next((e for e in self.engagements() if e.id == self.engagement_id), None)

    def overview(self) -> Overview | None:
        """The chosen engagement at a glance (the Overview screen and the sidebar's counts)."""
        engagement_id = self.engagement_id
        if self.ws is None or not engagement_id:
            return None
        return self._shared(("overview", engagement_id), lambda ws: overview(
            ws, engagement_id, engagement=self.engagement()))

    def _shared(self, key: tuple[str, ...], read: Callable[[Workspace], Any]) -> Any:
        """``read(ws)``, done once for all who ask until the workspace changes: a write through
        its connection, a broadcast (for writes made elsewhere), or the next turn of the event
        loop starts afresh."""
        ws = self.ws
        assert ws is not None
        state = (ws, ws.conn.total_changes)
        if state != self._read_state:
            if self._read_state is None:
                QTimer.singleShot(0, self._forget)
            self._read, self._read_state = {}, state
        if key not in self._read:
            self._read[key] = read(ws)
        return self._read[key]

    def _forget(self) -> None:
        self._read, self._read_state = {}, None
