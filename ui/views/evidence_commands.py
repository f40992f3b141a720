"""Undoable edits of evidence: annotations (shapes and the copies baked from them), captions,
linking and unlinking a photo."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from cxdesk import annotations, evidence_links
from cxdesk.annotations import AnnotationState
from ui.commands import CoreCommand
from ui.context import CHECKS, EVIDENCE, FINDINGS, AppContext


class AnnotateCommand(CoreCommand):
    """Set a photo's shapes with copies already baked for them; undo puts back the previous
    shapes and the very same copy bytes."""

    def __init__(self, context: AppContext, photo_id: str, after: AnnotationState,
                 text: str, before: AnnotationState | None = None) -> None:
        super().__init__(context, text)
        self.photo_id = photo_id
        self.after = after
        self.before = before

    def apply(self) -> Iterable[str]:
        if self.before is None:
            self.before = annotations.annotation_state(self.ws, self.photo_id)
        annotations.restore_annotations(self.ws, self.photo_id, self.after)
        return {EVIDENCE}

    def revert(self) -> Iterable[str]:
        assert self.before is not None
        annotations.restore_annotations(self.ws, self.photo_id, self.before)
        return {EVIDENCE}


class CaptionCommand(CoreCommand):
    def __init__(self, context: AppContext, photo_id: str, caption: str, text: str) -> None:
        super().__init__(context, text)
        self.photo_id = photo_id
        self.caption = caption
        self.before: dict[str, str] = {}

    def apply(self) -> Iterable[str]:
        self.before = evidence_links.set_caption(self.ws, self.context.engagement_id or "",
                                                 self.photo_id, self.caption)
        return {EVIDENCE}

    def revert(self) -> Iterable[str]:
        evidence_links.restore_captions(self.ws, self.before)
        return {EVIDENCE}


class LinkCommand(CoreCommand):
    """Link a photo to a check (and criterion) or a finding; undo removes that link."""

    def __init__(self, context: AppContext, photo_id: str, targets: dict[str, Any],
                 text: str) -> None:
        super().__init__(context, text)
        self.photo_id = photo_id
        self.targets = dict(targets)
        self.link_id: str | None = None
        self.unlinked: evidence_links.Unlinked | None = None

    def apply(self) -> Iterable[str]:
        if self.unlinked is not None:
            evidence_links.relink(self.ws, self.unlinked)
            self.unlinked = None
        else:
            self.link_id = evidence_links.link(self.ws, self.context.engagement_id or "",
                                               self.photo_id, **self.targets)
        return {EVIDENCE, CHECKS, FINDINGS}

    def revert(self) -> Iterable[str]:
        if self.link_id is not None:
            self.unlinked = evidence_links.unlink(self.ws, self.link_id)
        return {EVIDENCE, CHECKS, FINDINGS}


class UnlinkCommand(CoreCommand):
    """Take a photo off a check, criterion or finding (the photo stays evidence of the
    engagement); undo puts the same link back."""

    def __init__(self, context: AppContext, link_id: str, text: str) -> None:
        super().__init__(context, text)
        self.link_id = link_id
        self.unlinked: evidence_links.Unlinked | None = None

    def apply(self) -> Iterable[str]:
        self.unlinked = evidence_links.unlink(self.ws, self.link_id)
        return {EVIDENCE, CHECKS, FINDINGS}

    def revert(self) -> Iterable[str]:
        assert self.unlinked is not None
        evidence_links.relink(self.ws, self.unlinked)
        return {EVIDENCE, CHECKS, FINDINGS}
