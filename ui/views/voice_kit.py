"""A declared-columns table (model + view) for the voice-of-the-customer, incident, employee
and action screens: each column says how to show, sort, colour and explain one row."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QWidget,
)

from cxdesk.rounding import format_fixed
from ui.formatting import decimal_text
from ui.views.kit import ROOT, SORT_ROLE, TONE_ROLE, PillDelegate, RoomyDelegate, flat_headers


@dataclass
class Column:
    header: str
    text: Callable[[Any], str]
    sort: Callable[[Any], Any] | None = None
    tone: Callable[[Any], str | None] | None = None  # makes the column a pill
    tip: Callable[[Any], str | None] | None = None
    color: Callable[[Any], QColor | None] | None = None
    bold: Callable[[Any], bool] | None = None
    stretch: bool = False
    center: bool = False
    width: int | None = None  # a fixed width in pixels, instead of fitting the contents


class RowsModel(QAbstractTableModel):
    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = ROOT) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            if column.sort is not None:
                return column.sort(row)
            return (column.text(row) or "").lower()
        if role == Qt.ItemDataRole.UserRole:
            return getattr(row, "id", None)
        if role == TONE_ROLE and column.tone is not None:
            return column.tone(row)
        if role == Qt.ItemDataRole.ToolTipRole and column.tip is not None:
            return column.tip(row)
        if role == Qt.ItemDataRole.ForegroundRole and column.color is not None:
            return column.color(row)
        if role == Qt.ItemDataRole.FontRole and column.bold is not None and column.bold(row):
            font = QFont(self.parent().font() if self.parent() else QFont())
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column.center:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


STRETCH_FLOOR = 160  # px: the least a stretched column gets when its contents need it


class RowsTable(QTableView):
    """A sortable, row-selecting table over a RowsModel; ``current()`` is the chosen row."""

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = RowsModel(columns, self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model_)
        self.proxy.setSortRole(SORT_ROLE)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the query's order
        self.verticalHeader().hide()
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.setItemDelegate(RoomyDelegate(self, 6))
        for i, column in enumerate(columns):
            if column.tone is not None:
                self.setItemDelegateForColumn(i, PillDelegate(self))
        self.verticalHeader().setDefaultSectionSize(QFontMetrics(self.font()).height() + 14)
        head = self.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.setHighlightSections(False)
        head.setStretchLastSection(False)
        self._wanted: dict[int, int] = {}  # a stretched column's width for its contents
        flat_headers(self)

    def set_rows(self, rows: Sequence[Any], widest: int = 260) -> None:
        chosen = self.current()
        self.model_.set_rows(rows)
        self.resizeColumnsToContents()
        for i, column in enumerate(self.model_.columns):
            if column.width is not None:  # never narrower than its header
                header = self.horizontalHeader().fontMetrics().horizontalAdvance(column.header)
                self.setColumnWidth(i, max(column.width, header + 24))
            elif column.stretch:
                self._wanted[i] = min(self.columnWidth(i), widest)
            elif self.columnWidth(i) > widest:
                self.setColumnWidth(i, widest)
        self._fit_stretched()
        if chosen is not None:
            self.select_id(getattr(chosen, "id", None))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self._fit_stretched()

    def _fit_stretched(self) -> None:
        """The stretched columns share the room the others leave, but none is squeezed below
        its contents (up to STRETCH_FLOOR): a table wider than the screen scrolls instead of
        turning a column of names into a row of "…"."""
        stretched = [i for i, c in enumerate(self.model_.columns) if c.stretch]
        if not stretched:
            return
        others = sum(self.columnWidth(i) for i in range(len(self.model_.columns))
                     if i not in stretched and not self.isColumnHidden(i))
        share = (self.viewport().width() - others) // len(stretched)
        for i in stretched:
            self.setColumnWidth(i, max(share, min(self._wanted.get(i, 0), STRETCH_FLOOR)))

    def current(self) -> Any | None:
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        if not rows:
            return None
        return self.model_.rows[self.proxy.mapToSource(rows[0]).row()]

    def select_id(self, ident: str | None) -> bool:
        for row, item in enumerate(self.model_.rows):
            if ident is not None and getattr(item, "id", None) == ident:
                self.selectRow(self.proxy.mapFromSource(self.model_.index(row, 0)).row())
                return True
        return False

    def select_first(self) -> None:
        if self.model_.rows:
            self.selectRow(0)


def button_row(*buttons: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(20, 6, 20, 6)
    row.setSpacing(8)
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    return row


def until_done(dialog: Any, attempt: Callable[[dict[str, Any]], bool]) -> bool:
    """Show ``dialog`` until ``attempt(dialog.values())`` succeeds or the user cancels: a
    refusal (already shown by ``execute``) reopens the form with everything typed still in."""
    while dialog.exec():
        if attempt(dialog.values()):
            return True
    return False


def fmt_hours(hours: float | None) -> str:
    if hours is None:
        return "—"
    if hours < 48:
        return QCoreApplication.translate("VoiceKit", "%1 h").replace("%1", format_fixed(hours))
    return QCoreApplication.translate("VoiceKit", "%1 d").replace("%1", decimal_text(hours / 24))
