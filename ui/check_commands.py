"""Undoable edits of the fieldwork: a check created or deleted, one criterion's answer (or
comment) changed, photos attached. Each changes the workspace only through
``cxdesk.fieldwork`` (and ``cxdesk.records.restore`` to undo a removal)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from cxdesk import fieldwork, records
from cxdesk.fieldwork import AnswerEdit
from cxdesk.records import Removal
from ui.commands import CoreCommand, removal_topics
from ui.context import CHECKS, EVIDENCE, AppContext

#: ``QUndoCommand.id`` of answer edits: a quick second key on the same criterion (the "0" of
#: a "10") merges into the first, so one undo takes back what was meant as one answer.
ANSWER_ID = 4711


class AnswerCommand(CoreCommand):
    """Answer, clear or comment one criterion; undo puts its answer row back as it was."""

    def __init__(self, context: AppContext, text: str,
                 change: Callable[[], AnswerEdit], *, mergeable: bool = False) -> None:
        super().__init__(context, text)
        self.change = change
        self.edit: AnswerEdit | None = None
        self.mergeable = mergeable

    def apply(self) -> Iterable[str]:
        if self.edit is None:
            self.edit = self.change()
        else:
            fieldwork.put_answer(self.ws, self.edit.check_id, self.edit.criterion_id,
                                 self.edit.after)
        return {CHECKS}

    def revert(self) -> Iterable[str]:
        assert self.edit is not None
        fieldwork.put_answer(self.ws, self.edit.check_id, self.edit.criterion_id,
                             self.edit.before)
        return {CHECKS}

    def id(self) -> int:
        return ANSWER_ID

    def mergeWith(self, other) -> bool:  # noqa: ANN001, N802 - Qt's name
        if not (isinstance(other, AnswerCommand) and other.mergeable and other.edit
                and self.edit and other.edit.check_id == self.edit.check_id
                and other.edit.criterion_id == self.edit.criterion_id):
            return False
        self.edit = AnswerEdit(self.edit.check_id, self.edit.criterion_id, self.edit.before,
                               other.edit.after)
        self.setText(other.text())
        return True


class CreateCheckCommand(CoreCommand):
    """Create a check (from the fields, or from an assignment); undo removes it, redo puts the
    very same check back."""

    def __init__(self, context: AppContext, values: dict[str, Any], text: str, *,
                 assignment_id: str | None = None) -> None:
        super().__init__(context, text)
        self.values = dict(values)
        self.assignment_id = assignment_id
        self.ident: str | None = None
        self.removal: Removal | None = None
        self.assignment_before: dict[str, Any] | None = None

    def apply(self) -> Iterable[str]:
        if self.removal is not None:
            records.restore(self.ws, self.removal)
            if self.assignment_id:
                records.update(self.ws, "assignments", self.assignment_id, {"status": "done"})
            return {CHECKS}
        if self.assignment_id:
            self.assignment_before = records.get(self.ws, "assignments", self.assignment_id)
            self.ident = fieldwork.create_check_from_assignment(
                self.ws, self.assignment_id, **self.values)
        else:
            self.ident = fieldwork.create_check(self.ws, self.context.engagement_id,
                                                **self.values)
        return {CHECKS}

    def revert(self) -> Iterable[str]:
        self.removal = fieldwork.delete_check(self.ws, self.ident)
        if self.assignment_id and self.assignment_before:
            records.update(self.ws, "assignments", self.assignment_id,
                           {"status": self.assignment_before["status"]})
        return {CHECKS, EVIDENCE}


class DeleteCheckCommand(CoreCommand):
    def __init__(self, context: AppContext, check_id: str, text: str) -> None:
        super().__init__(context, text)
        self.ident = check_id
        self.removal: Removal | None = None

    def apply(self) -> Iterable[str]:
        self.removal = fieldwork.delete_check(self.ws, self.ident)
        return removal_topics(self.removal) | {CHECKS}

    def revert(self) -> Iterable[str]:
        assert self.removal is not None
        records.restore(self.ws, self.removal)
        return removal_topics(self.removal) | {CHECKS}


class AttachPhotosCommand(CoreCommand):
    """Attach photo files to a check and criterion; undo takes the new links away (the photos
    stay stored, so a redo is instant)."""

    def __init__(self, context: AppContext, check_id: str, criterion_id: str | None,
                 files: list[tuple[str, bytes]], text: str) -> None:
        super().__init__(context, text)
        self.check_id = check_id
        self.criterion_id = criterion_id
        self.files = files
        self.removals: list[Removal] = []
        self.links: list[str] = []

    def apply(self) -> Iterable[str]:
        if self.removals:
            for removal in self.removals:
                records.restore(self.ws, removal)
            self.removals = []
            return {CHECKS, EVIDENCE}
        with self.ws.transaction():
            for name, data in self.files:
                attached = fieldwork.attach_photo(self.ws, self.check_id, self.criterion_id,
                                                  data, file_name=name)
                if attached.new_link:
                    self.links.append(attached.link_id)
        self.files = []  # the bytes are in the workspace now
        return {CHECKS, EVIDENCE}

    def revert(self) -> Iterable[str]:
        self.removals = [fieldwork.detach_photo(self.ws, link) for link in self.links]
        return {CHECKS, EVIDENCE}
