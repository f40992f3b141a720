"""A two-level list for trees that show groups with their items beneath (a check's answers by
stage and touchpoint, the findings by kind): the indexing and counting such a tree needs."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex

from ui.views.kit import ROOT, HeaderRow


class GroupedModel(HeaderRow, QAbstractItemModel):
    """``groups``: (group, items) pairs, the group shown as a heading row and its items as its
    children, under ``headers``; subclasses give ``data``. Internal id: 0 for a heading, its
    group's row + 1 for an item."""

    def __init__(self, parent: Any, headers: list[str]) -> None:
        super().__init__(parent)
        self.headers = headers
        self.groups: list[tuple[Any, list[Any]]] = []

    def item(self, index: QModelIndex) -> Any | None:
        """The item at ``index``; None for a heading (or no index)."""
        if not index.isValid() or index.internalId() == 0:
            return None
        return self.groups[index.internalId() - 1][1][index.row()]

    def index(self, row: int, column: int, parent: QModelIndex = ROOT) -> QModelIndex:
        if not 0 <= column < len(self.headers):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, 0) if 0 <= row < len(self.groups) \
                else QModelIndex()
        if parent.internalId() == 0 and 0 <= row < len(self.groups[parent.row()][1]):
            return self.createIndex(row, column, parent.row() + 1)
        return QModelIndex()

    def parent(self, index: QModelIndex | QPersistentModelIndex = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt's name
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() == 0 and parent.column() == 0:
            return len(self.groups[parent.row()][1])
        return 0

    def columnCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt's name
        return len(self.headers)
