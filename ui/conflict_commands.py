"""Resolving an import conflict as an undoable edit: keep this workspace's version or the
incoming one; undo reopens the conflict (and puts this workspace's values back)."""

from __future__ import annotations

from collections.abc import Iterable

from cxdesk.bundles.conflicts import get_conflict, reopen_conflict, resolve_conflict
from cxdesk.errors import CxDeskError
from ui.commands import TABLE_TOPICS, CoreCommand
from ui.context import ENGAGEMENT, AppContext

_LOCKED = ("id", "created_at", "revision", "updated_at")


class ResolveConflictCommand(CoreCommand):
    def __init__(self, context: AppContext, conflict_id: int, keep: str, text: str) -> None:
        super().__init__(context, text)
        self.conflict_id = conflict_id
        self.keep = keep

    def topics(self) -> set[str]:
        table = get_conflict(self.ws, self.conflict_id).table
        return {TABLE_TOPICS.get(table, ENGAGEMENT)}

    def apply(self) -> Iterable[str]:
        resolve_conflict(self.ws, self.conflict_id, self.keep)
        return self.topics()

    def revert(self) -> Iterable[str]:
        conflict = get_conflict(self.ws, self.conflict_id)
        if self.keep == "incoming":
            if conflict.local is None or conflict.incoming is None:
                raise CxDeskError("a resolution that deleted or restored a row cannot be undone")
            cols = [k for k in conflict.local if k not in _LOCKED]
            with self.ws.transaction():
                self.ws.conn.execute(
                    f"UPDATE {conflict.table} SET {', '.join(f'{k} = ?' for k in cols)}"
                    " WHERE id = ?", [*(conflict.local[k] for k in cols), conflict.row_id])
                reopen_conflict(self.ws, self.conflict_id)
        else:
            reopen_conflict(self.ws, self.conflict_id)
        return self.topics()
