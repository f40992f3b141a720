"""A table of domain records (dataclasses) with in-place editing, and a card that holds it with
Add / Edit / Remove buttons. The model never writes: an edit is announced with
``edited(id, changes)`` and the screen turns it into an undoable command."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from ui.widgets.cards import Card

Index = QModelIndex | QPersistentModelIndex


@dataclass
class Column:
    """One column: which field it shows and how it is edited.

    ``kind``: "text", "check" (a boolean with a check box), "choice" (one of ``choices()``,
    (value, label) pairs) or "number" (a float within ±``limit``, empty for none); "info" is
    shown only (``display`` computes it)."""

    header: str
    field: str = ""
    kind: str = "text"
    choices: Callable[[], Sequence[tuple[Any, str]]] | None = None
    limit: float = 0.0
    display: Callable[[Any], str] | None = None
    stretch: bool = False

    @property
    def editable(self) -> bool:
        return self.kind in ("text", "choice", "number")


class RecordsModel(QAbstractTableModel):
    edited = Signal(str, dict)  # record id, {field: new value}

    def __init__(self, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns = columns
        self.rows: list[Any] = []

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index | None = None) -> int:  # noqa: N802
        return 0 if parent is not None and parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        return None

    def _value(self, row: Any, column: Column) -> Any:
        return getattr(row, column.field) if column.field else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        value = self._value(row, column)
        if role == Qt.ItemDataRole.DisplayRole:
            if column.display is not None:
                return column.display(row)
            if column.kind == "check":
                return None
            if column.kind == "choice" and column.choices is not None:
                return dict(column.choices()).get(value, "" if value is None else str(value))
            if column.kind == "number":
                return "" if value is None else QLocale().toString(float(value), "f", 6)\
                    .rstrip("0").rstrip(QLocale().decimalPoint())
            return "" if value is None else str(value)
        if role == Qt.ItemDataRole.EditRole:
            return value
        if role == Qt.ItemDataRole.CheckStateRole and column.kind == "check":
            return Qt.CheckState.Checked if value else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind in ("number", "info"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        column = self.columns[index.column()]
        if column.editable:
            flags |= Qt.ItemFlag.ItemIsEditable
        if column.kind == "check":
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any,  # noqa: N802
                role: int = Qt.ItemDataRole.EditRole) -> bool:
        if not index.isValid():
            return False
        row = self.rows[index.row()]
        column = self.columns[index.column()]
        if column.kind == "check" and role == Qt.ItemDataRole.CheckStateRole:
            value = Qt.CheckState(value) == Qt.CheckState.Checked
        elif role != Qt.ItemDataRole.EditRole or not column.editable:
            return False
        if isinstance(value, str) and column.kind == "text":
            value = value.strip()
        if value == self._value(row, column):
            return False
        # announced, not applied: the screen makes it a command, then reloads the rows
        self.edited.emit(row.id, {column.field: value})
        return False

    def record(self, row: int) -> Any:
        return self.rows[row]


class _Delegate(QStyledItemDelegate):
    """Combo boxes for choices, validated line edits for numbers (empty = none)."""

    def __init__(self, model: RecordsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem,  # noqa: N802
                     index: Index) -> QWidget:
        column = self.model.columns[index.column()]
        if column.kind == "choice" and column.choices is not None:
            combo = QComboBox(parent)
            for value, label in column.choices():
                combo.addItem(label, value)
            return combo
        if column.kind == "number":
            edit = QLineEdit(parent)
            validator = QDoubleValidator(-column.limit, column.limit, 7, edit)
            validator.setNotation(QDoubleValidator.Notation.StandardNotation)
            validator.setLocale(QLocale.c())
            edit.setValidator(validator)
            return edit
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:  # noqa: N802
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QLineEdit) and self.model.columns[index.column()].kind == "number":
            editor.setText("" if value is None else f"{value:g}")
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: Any, index: Index) -> None:  # noqa: N802
        column = self.model.columns[index.column()]
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif column.kind == "number" and isinstance(editor, QLineEdit):
            text = editor.text().strip().replace(",", ".")
            model.setData(index, float(text) if text else None)
        else:
            super().setModelData(editor, model, index)


class RecordsSection(Card):
    """A titled card: the table, and Add / Edit / Remove acting on the selected row."""

    def __init__(self, title: str, columns: list[Column], labels: tuple[str, str, str],
                 empty_hint: str = "", parent: QWidget | None = None) -> None:
        super().__init__(title, "", parent)
        self.model = RecordsModel(columns, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setItemDelegate(_Delegate(self.model, self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed
                                   | QAbstractItemView.EditTrigger.SelectedClicked)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        for i, column in enumerate(columns):
            mode = (QHeaderView.ResizeMode.Stretch if column.stretch
                    else QHeaderView.ResizeMode.ResizeToContents)
            header.setSectionResizeMode(i, mode)
        self.table.setMinimumHeight(140)
        self.add(self.table, 1)
        self.hint = None
        if empty_hint:
            from ui.widgets.cards import muted_label

            self.hint = muted_label(empty_hint, self)
            self.hint.setWordWrap(True)
            self.add(self.hint)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        self.add_button = QPushButton(labels[0], self)
        self.edit_button = QPushButton(labels[1], self)
        self.remove_button = QPushButton(labels[2], self)
        for button in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.body.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)
        self._update_buttons()

    def set_rows(self, rows: list[Any]) -> None:
        selected = self.selected()
        self.model.set_rows(rows)
        if self.hint is not None:
            self.hint.setVisible(not rows)
        if selected is not None:
            self.select_id(selected.id)

    def selected(self) -> Any | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.record(rows[0].row()) if rows else None

    def select_id(self, ident: str) -> None:
        for i, row in enumerate(self.model.rows):
            if row.id == ident:
                self.table.selectRow(i)
                return

    def _update_buttons(self, *_: object) -> None:
        chosen = self.selected() is not None
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
