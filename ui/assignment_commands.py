"""Undoable edits of the assignment plan, through ``cxdesk.assignments`` (and
``cxdesk.records.restore`` to undo a removal)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cxdesk import assignments, records
from cxdesk.records import Removal
from ui.commands import CoreCommand, removal_topics
from ui.context import CHECKS, AppContext


class AddAssignmentCommand(CoreCommand):
    """Plan a check; undo removes it, redo puts back the same row (same id)."""

    def __init__(self, context: AppContext, engagement_id: str, values: dict[str, Any],
                 text: str) -> None:
        super().__init__(context, text)
        self.engagement_id = engagement_id
        self.values = dict(values)
        self.ident: str | None = None
        self.removal: Removal | None = None

    def apply(self) -> Iterable[str]:
        if self.removal is not None:
            records.restore(self.ws, self.removal)
            return removal_topics(self.removal)
        self.ident = assignments.add_assignment(self.ws, self.engagement_id, **self.values)
        return {CHECKS}

    def revert(self) -> Iterable[str]:
        assert self.ident is not None
        self.removal = assignments.delete_assignment(self.ws, self.ident)
        return removal_topics(self.removal)


class UpdateAssignmentCommand(CoreCommand):
    """Change fields of an assignment; undo puts the previous values back."""

    def __init__(self, context: AppContext, ident: str, changes: dict[str, Any],
                 text: str) -> None:
        super().__init__(context, text)
        self.ident = ident
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}

    def apply(self) -> Iterable[str]:
        self.before = assignments.update_assignment(self.ws, self.ident, **self.changes)
        return {CHECKS}

    def revert(self) -> Iterable[str]:
        assignments.update_assignment(self.ws, self.ident, **self.before)
        return {CHECKS}


class DeleteAssignmentCommand(CoreCommand):
    """Remove an assignment; undo restores it with its id and the checks' links to it."""

    def __init__(self, context: AppContext, ident: str, text: str) -> None:
        super().__init__(context, text)
        self.ident = ident
        self.removal: Removal | None = None

    def apply(self) -> Iterable[str]:
        self.removal = assignments.delete_assignment(self.ws, self.ident)
        return removal_topics(self.removal)

    def revert(self) -> Iterable[str]:
        assert self.removal is not None
        records.restore(self.ws, self.removal)
        return removal_topics(self.removal)
