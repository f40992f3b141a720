"""Undoable edits of findings. Each changes the workspace only through ``cxdesk.finding_ops``
(and ``cxdesk.records.restore`` to undo a removal or redo a creation with the same ids)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from cxdesk import comparison, finding_ops, records
from cxdesk.records import Removal
from ui.commands import CoreCommand, removal_topics
from ui.context import EVIDENCE, FINDINGS, AppContext


class CreateFindingCommand(CoreCommand):
    """Make a finding (from the form, or from a failed answer); undo deletes it with its links,
    redo puts the very same rows back."""

    def __init__(self, context: AppContext, text: str, make: Callable[[], str]) -> None:
        super().__init__(context, text)
        self.make = make
        self.ident: str | None = None
        self.removal: Removal | None = None

    def apply(self) -> Iterable[str]:
        if self.removal is not None:
            records.restore(self.ws, self.removal)
            return removal_topics(self.removal) | {FINDINGS}
        self.ident = self.make()
        return {FINDINGS, EVIDENCE}  # the answer's photos became the finding's

    def revert(self) -> Iterable[str]:
        assert self.ident is not None
        self.removal = finding_ops.delete_finding(self.ws, self.ident)
        return removal_topics(self.removal) | {FINDINGS}


def new_finding(context: AppContext, engagement_id: str, values: dict[str, Any],
                text: str) -> CreateFindingCommand:
    return CreateFindingCommand(
        context, text, lambda: finding_ops.create_finding(context.ws, engagement_id, **values))


def finding_from_answer(context: AppContext, answer_id: str,
                        text: str) -> CreateFindingCommand:
    return CreateFindingCommand(
        context, text, lambda: finding_ops.finding_from_answer(context.ws, answer_id))


class EditFindingCommand(CoreCommand):
    def __init__(self, context: AppContext, finding_id: str, changes: dict[str, Any],
                 text: str) -> None:
        super().__init__(context, text)
        self.ident = finding_id
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}

    def apply(self) -> Iterable[str]:
        self.before = finding_ops.update_finding(self.ws, self.ident, **self.changes)
        return {FINDINGS}

    def revert(self) -> Iterable[str]:
        finding_ops.update_finding(self.ws, self.ident, **self.before)
        return {FINDINGS}


class DeleteFindingCommand(CoreCommand):
    def __init__(self, context: AppContext, finding_id: str, text: str) -> None:
        super().__init__(context, text)
        self.ident = finding_id
        self.removal: Removal | None = None

    def apply(self) -> Iterable[str]:
        self.removal = finding_ops.delete_finding(self.ws, self.ident)
        return removal_topics(self.removal) | {FINDINGS}

    def revert(self) -> Iterable[str]:
        assert self.removal is not None
        records.restore(self.ws, self.removal)
        return removal_topics(self.removal) | {FINDINGS}


#: The broadcast topic of the comparison's own setting (its threshold).
COMPARISON = "comparison"
THRESHOLD_ID = 4712


class ThresholdCommand(CoreCommand):
    """Change the engagement's comparison threshold (stored in its settings); steps of a spin
    box in a row merge into one undo."""

    def __init__(self, context: AppContext, engagement_id: str, value: float,
                 text: str) -> None:
        super().__init__(context, text)
        self.engagement_id = engagement_id
        self.value = value
        self.before: float | None = None

    def apply(self) -> Iterable[str]:
        before = comparison.set_threshold(self.ws, self.engagement_id, self.value)
        if self.before is None:
            self.before = before
        return {COMPARISON}

    def revert(self) -> Iterable[str]:
        assert self.before is not None
        comparison.set_threshold(self.ws, self.engagement_id, self.before)
        return {COMPARISON}

    def id(self) -> int:
        return THRESHOLD_ID

    def mergeWith(self, other) -> bool:  # noqa: ANN001, N802 - Qt's name
        if not (isinstance(other, ThresholdCommand)
                and other.engagement_id == self.engagement_id):
            return False
        self.value = other.value
        return True
