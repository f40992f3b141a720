"""Undoable edits of the voice of the customer, incidents and problems, employees and the
action plan. Each changes the workspace only through the core's named operations (and
``records.restore`` to undo a removal or redo a creation with the very same ids)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from cxdesk import records
from cxdesk.records import Removal
from ui.commands import CoreCommand, removal_topics
from ui.context import ACTIONS, FEEDBACK, FINDINGS, AppContext

#: Broadcast topics of the screens this module serves (beyond ui.context's).
INCIDENTS = "incidents"
EMPLOYEES = "employees"

# the topics each kind of row touches
TOPICS: dict[str, frozenset[str]] = {
    "feedback": frozenset({FEEDBACK}),
    "follow_up": frozenset({FEEDBACK}),
    "tag": frozenset({FEEDBACK}),
    "incident": frozenset({INCIDENTS, FINDINGS}),
    "problem": frozenset({INCIDENTS, FINDINGS, ACTIONS}),
    "employee": frozenset({EMPLOYEES}),
    "action": frozenset({ACTIONS}),
}


def _topics(kind: str) -> set[str]:
    return set(TOPICS[kind])


class CreateCommand(CoreCommand):
    """Make a row with ``make()`` (returns its id); undo removes it with ``remove(ws, id)``;
    redo restores the very same rows."""

    def __init__(self, context: AppContext, kind: str, text: str, make: Callable[[], str],
                 remove: Callable[[Any, str], Removal]) -> None:
        super().__init__(context, text)
        self.kind, self.make, self.remove = kind, make, remove
        self.ident: str | None = None
        self.removal: Removal | None = None

    def apply(self) -> Iterable[str]:
        if self.removal is not None:
            records.restore(self.ws, self.removal)
            return removal_topics(self.removal) | _topics(self.kind)
        self.ident = self.make()
        return _topics(self.kind)

    def revert(self) -> Iterable[str]:
        assert self.ident is not None
        self.removal = self.remove(self.ws, self.ident)
        return removal_topics(self.removal) | _topics(self.kind)


class EditCommand(CoreCommand):
    """``update(ws, ident, **changes)`` returns the previous values; undo passes them back."""

    def __init__(self, context: AppContext, kind: str, text: str,
                 update: Callable[..., dict[str, Any]], ident: str,
                 changes: dict[str, Any]) -> None:
        super().__init__(context, text)
        self.kind, self.update, self.ident = kind, update, ident
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}

    def apply(self) -> Iterable[str]:
        self.before = self.update(self.ws, self.ident, **self.changes)
        return _topics(self.kind)

    def revert(self) -> Iterable[str]:
        self.update(self.ws, self.ident, **self.before)
        return _topics(self.kind)


class DeleteCommand(CoreCommand):
    """Delete a row with its cascade; undo puts every row back with the same ids."""

    def __init__(self, context: AppContext, kind: str, text: str,
                 remove: Callable[[Any, str], Removal], ident: str) -> None:
        super().__init__(context, text)
        self.kind, self.remove, self.ident = kind, remove, ident
        self.removal: Removal | None = None

    def apply(self) -> Iterable[str]:
        self.removal = self.remove(self.ws, self.ident)
        return removal_topics(self.removal) | _topics(self.kind)

    def revert(self) -> Iterable[str]:
        assert self.removal is not None
        records.restore(self.ws, self.removal)
        return removal_topics(self.removal) | _topics(self.kind)


class SwapCommand(CoreCommand):
    """``do()`` makes a change and returns what undoing needs; ``undo(token)`` reverts it.
    For edits that are not one row's fields: links, participants, a conclusion, rules."""

    def __init__(self, context: AppContext, kind: str, text: str, do: Callable[[], Any],
                 undo: Callable[[Any], None]) -> None:
        super().__init__(context, text)
        self.kind, self.do, self.undo_with = kind, do, undo
        self.token: Any = None

    def apply(self) -> Iterable[str]:
        self.token = self.do()
        return _topics(self.kind)

    def revert(self) -> Iterable[str]:
        self.undo_with(self.token)
        return _topics(self.kind)


class ImportFeedbackCommand(CoreCommand):
    """Import a feedback file; undo removes what it added, redo puts the same rows back.
    ``prepared``: the file as a worker read and validated it already (``prepare_file``), so
    only the writing is done here, on the GUI thread's connection."""

    def __init__(self, context: AppContext, text: str, engagement_id: str, path: Any,
                 sampling: str, invited: int | None, prepared: Any = None) -> None:
        super().__init__(context, text)
        self.engagement_id, self.path = engagement_id, path
        self.sampling, self.invited = sampling, invited
        self.prepared = prepared
        self.result: Any = None
        self.removals: list[Removal] | None = None

    def apply(self) -> Iterable[str]:
        from cxdesk.feedback_import import import_feedback

        if self.removals is not None:
            with self.ws.transaction():
                for removal in reversed(self.removals):  # the sample before its responses
                    records.restore(self.ws, removal)
        else:
            self.result = import_feedback(self.ws, self.engagement_id, self.path,
                                          sampling=self.sampling, invited=self.invited,
                                          prepared=self.prepared)
            self.prepared = None  # redo restores the rows; the parsed file is not needed
        return {FEEDBACK}

    def revert(self) -> Iterable[str]:
        from cxdesk.feedback_import import undo_import

        self.removals = undo_import(self.ws, self.result)
        return {FEEDBACK}
