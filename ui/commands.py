"""Undoable edits. Each command changes the workspace only through the named operations of
``cxdesk.engagements`` (and ``cxdesk.records.restore`` to undo a removal), then broadcasts the
topics it touched. ``execute`` runs a command once, shows a refusal of the core and pushes
nothing on error; the stack's own first ``redo`` is then skipped, since the edit is done.

On a read-only workspace nothing is tried: ``execute`` (and the map's ``push``, and the undo
stack's own ``push``) refuse first with one message; a write that gets through anyway is
refused by the core (``ReadOnlyWorkspace``) before it changes a byte.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from cxdesk import engagements, records
from cxdesk.errors import CxDeskError
from cxdesk.records import Removal
from cxdesk.workspace import ReadOnlyWorkspace
from ui import context as topics
from ui import messages, read_only
from ui.context import AppContext

# which broadcast topic each table belongs to
TABLE_TOPICS: dict[str, str] = {
    "engagements": topics.ENGAGEMENT, "subjects": topics.SUBJECTS,
    "locations": topics.LOCATIONS, "segments": topics.SEGMENTS,
    "maps": topics.MAPS, "lanes": topics.MAPS, "stages": topics.MAPS,
    "touchpoints": topics.MAPS, "flows": topics.MAPS, "barriers": topics.MAPS,
    "templates": topics.TEMPLATES, "criteria": topics.TEMPLATES,
    "criterion_choices": topics.TEMPLATES,
    "assignments": topics.CHECKS, "checks": topics.CHECKS, "check_reviews": topics.CHECKS,
    "answers": topics.CHECKS,
    "photos": topics.EVIDENCE, "photo_derivatives": topics.EVIDENCE,
    "evidence_links": topics.EVIDENCE,
    "problems": topics.FINDINGS, "findings": topics.FINDINGS,
    "finding_sources": topics.FINDINGS, "incidents": topics.FINDINGS,
    "actions": topics.ACTIONS, "action_links": topics.ACTIONS,
    "feedback_samples": topics.FEEDBACK, "feedback": topics.FEEDBACK,
    "follow_ups": topics.FEEDBACK, "tags": topics.FEEDBACK, "feedback_tags": topics.FEEDBACK,
}


def removal_topics(removal: Removal) -> set[str]:
    """Every topic a removal (with its cascade and the references it cleared) touched."""
    tables = {t for t, _ in removal.rows} | {t for t, *_ in removal.nulled}
    return {TABLE_TOPICS.get(t, topics.ENGAGEMENT) for t in tables}


@dataclass(frozen=True)
class Kind:
    """How to add, change and remove one kind of row of an engagement's setting."""

    topic: str
    add: Callable[..., Any]
    update: Callable[..., dict[str, Any]]
    remove: Callable[..., Removal]


KINDS: dict[str, Kind] = {
    "engagement": Kind(topics.ENGAGEMENT, engagements.create_engagement,
                       engagements.update_engagement, engagements.delete_engagement),
    "subject": Kind(topics.SUBJECTS, engagements.add_subject, engagements.update_subject,
                    engagements.remove_subject),
    "location": Kind(topics.LOCATIONS, engagements.add_location, engagements.update_location,
                     engagements.remove_location),
    "segment": Kind(topics.SEGMENTS, engagements.add_segment, engagements.update_segment,
                    engagements.remove_segment),
}


class CoreCommand(QUndoCommand):
    """Base: subclasses implement ``apply`` and ``revert``, each returning the topics touched."""

    def __init__(self, context: AppContext, text: str) -> None:
        super().__init__(text)
        self.context = context
        self._skip_redo = False

    @property
    def ws(self):  # noqa: ANN201 - the open Workspace
        return self.context.ws

    def apply(self) -> Iterable[str]:
        raise NotImplementedError

    def revert(self) -> Iterable[str]:
        raise NotImplementedError

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        self._run(self.apply)

    def undo(self) -> None:
        self._run(self.revert)

    def _run(self, step: Callable[[], Iterable[str]]) -> None:
        try:
            touched = set(step())
        except (read_only.EditRefused, ReadOnlyWorkspace) as exc:
            read_only.show_refusal(None, _refusal(exc))
            return
        except (CxDeskError, sqlite3.Error) as exc:
            # the workspace refused (it changed since): say so; the command can't be replayed
            messages.error(None, QCoreApplication.translate("Commands", "Cannot undo or redo"),
                           str(exc))
            self.setObsolete(True)
            return
        self.context.notify(*touched)


def execute(command: CoreCommand, parent: QWidget | None = None) -> bool:
    """Do ``command`` now and push it on the context's undo stack; on a refusal of the core,
    show it and push nothing. Returns whether the edit was made. On a read-only workspace
    nothing is tried: one message says why and how to edit."""
    if read_only.refuse_edit(command.context, parent):
        return False
    try:
        touched = set(command.apply())
    except (read_only.EditRefused, ReadOnlyWorkspace) as exc:
        read_only.show_refusal(parent, _refusal(exc))
        return False
    except (CxDeskError, sqlite3.Error) as exc:
        messages.error(parent, QCoreApplication.translate("Commands", "Not possible"), str(exc))
        return False
    command._skip_redo = True
    command.context.undo_stack.push(command)
    command.context.notify(*touched)
    return True


def _refusal(exc: Exception) -> str:
    """The read-only message for a refusal of the UI or of the core."""
    if isinstance(exc, ReadOnlyWorkspace):
        return read_only.refusal_text(exc.path, exc.cause)
    return str(exc)


class UpdateCommand(CoreCommand):
    """Change fields of an engagement, subject, location or segment."""

    def __init__(self, context: AppContext, kind: str, ident: str, changes: dict[str, Any],
                 text: str) -> None:
        super().__init__(context, text)
        self.kind = KINDS[kind]
        self.ident = ident
        self.changes = dict(changes)
        self.before: dict[str, Any] = {}

    def apply(self) -> Iterable[str]:
        self.before = self.kind.update(self.ws, self.ident, **self.changes)
        return {self.kind.topic}

    def revert(self) -> Iterable[str]:
        self.kind.update(self.ws, self.ident, **self.before)
        return {self.kind.topic}


class AddCommand(CoreCommand):
    """Add a subject, location or segment to an engagement. Undo removes it; redo restores
    the very same row (same id)."""

    def __init__(self, context: AppContext, kind: str, engagement_id: str,
                 values: dict[str, Any], text: str) -> None:
        super().__init__(context, text)
        self.kind = KINDS[kind]
        self.engagement_id = engagement_id
        self.values = dict(values)
        self.ident: str | None = None
        self.removal: Removal | None = None

    def apply(self) -> Iterable[str]:
        if self.removal is not None:
            records.restore(self.ws, self.removal)
            return removal_topics(self.removal)
        self.ident = self.kind.add(self.ws, self.engagement_id, **self.values).id
        return {self.kind.topic}

    def revert(self) -> Iterable[str]:
        self.removal = self.kind.remove(self.ws, self.ident)
        return removal_topics(self.removal)


class RemoveCommand(CoreCommand):
    """Remove a subject, location or segment with everything its removal takes; undo puts
    back every row with the same ids; redo removes the same ids again."""

    def __init__(self, context: AppContext, kind: str, ident: str, text: str) -> None:
        super().__init__(context, text)
        self.kind = KINDS[kind]
        self.ident = ident
        self.removal: Removal | None = None

    def apply(self) -> Iterable[str]:
        self.removal = self.kind.remove(self.ws, self.ident)
        return removal_topics(self.removal)

    def revert(self) -> Iterable[str]:
        assert self.removal is not None
        records.restore(self.ws, self.removal)
        return removal_topics(self.removal)


class CreateEngagementCommand(CoreCommand):
    """Create an engagement and show it; undo removes it and shows the previous one."""

    def __init__(self, context: AppContext, values: dict[str, Any], text: str) -> None:
        super().__init__(context, text)
        self.values = dict(values)
        self.previous = context.engagement_id
        self.ident: str | None = None
        self.removal: Removal | None = None

    def apply(self) -> Iterable[str]:
        if self.removal is not None:
            records.restore(self.ws, self.removal)
        else:
            self.ident = engagements.create_engagement(self.ws, **self.values).id
        self.context.set_engagement(self.ident)
        return {topics.ENGAGEMENT}

    def revert(self) -> Iterable[str]:
        self.removal = engagements.delete_engagement(self.ws, self.ident)
        self.context.set_engagement(self._fallback(self.previous))
        return {topics.ENGAGEMENT}

    def _fallback(self, preferred: str | None) -> str | None:
        ids = [e.id for e in engagements.list_engagements(self.ws)]
        return preferred if preferred in ids else (ids[0] if ids else None)


class DeleteEngagementCommand(CreateEngagementCommand):
    """Delete an engagement with everything in it; undo brings all of it back."""

    def __init__(self, context: AppContext, engagement_id: str, text: str) -> None:
        super().__init__(context, {}, text)
        self.ident = engagement_id

    def apply(self) -> Iterable[str]:
        self.removal = engagements.delete_engagement(self.ws, self.ident)
        if self.context.engagement_id == self.ident:
            self.context.set_engagement(self._fallback(None))
        return set(topics.EVERYTHING)

    def revert(self) -> Iterable[str]:
        assert self.removal is not None
        records.restore(self.ws, self.removal)
        self.context.set_engagement(self.ident)
        return set(topics.EVERYTHING)
