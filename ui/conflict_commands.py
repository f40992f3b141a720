"""Resolving an import conflict as an undoable edit: keep this workspace's version or the
incoming one; undo reopens the conflict (and puts this workspace's values back)."""

from __future__ import annotations

from collections.abc import Iterable

from cxdesk import records
from cxdesk.bundles.conflicts import get_conflict, reopen_conflict, resolve_undoably
from cxdesk.records import Removal
from ui.commands import TABLE_TOPICS, CoreCommand
from ui.context import ENGAGEMENT, AppContext

_LOCKED = ("id", "created_at", "revision", "updated_at")


class ResolveConflictCommand(CoreCommand):
    def __init__(self, context: AppContext, conflict_id: int, keep: str, text: str) -> None:
        super().__init__(context, text)
        self.conflict_id = conflict_id
        self.keep = keep
        self.removal: Removal | None = None

    def topics(self) -> set[str]:
        table = get_conflict(self.ws, self.conflict_id).table
        return {TABLE_TOPICS.get(table, ENGAGEMENT)}

    def apply(self) -> Iterable[str]:
        self.removal = resolve_undoably(self.ws, self.conflict_id, self.keep)[1]
        return self.topics()

    def revert(self) -> Iterable[str]:
        conflict = get_conflict(self.ws, self.conflict_id)
        with self.ws.transaction():
            if self.keep == "incoming" and self.removal is not None:  # deleted: put back
                records.restore(self.ws, self.removal)
            elif self.keep == "incoming" and conflict.local is None:  # restored: delete again
                records.remove(self.ws, conflict.table, conflict.row_id)
            elif self.keep == "incoming" and conflict.local is not None:
                cols = [k for k in conflict.local if k not in _LOCKED]
                self.ws.conn.execute(
                    f"UPDATE {conflict.table} SET {', '.join(f'{k} = ?' for k in cols)}"
                    " WHERE id = ?", [*(conflict.local[k] for k in cols), conflict.row_id])
            reopen_conflict(self.ws, self.conflict_id)
        return self.topics()
