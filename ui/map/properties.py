"""The properties panel of the journey map: the selected touchpoint (with its barriers), stage
or flow. It shows the model and asks for edits (signals); the map view makes them undoable."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from cxdesk.journey_model import JourneyModel


class _Text(QPlainTextEdit):
    """A multi-line field that reports an edit when it loses focus."""

    finished = Signal()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.finished.emit()


class PropertiesPanel(QWidget):
    edit_requested = Signal(str, str, dict)  # kind, id, changes
    barrier_add_requested = Signal(str, str)  # touchpoint id, description
    barrier_remove_requested = Signal(str)  # barrier id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model: JourneyModel | None = None
        self.kind, self.ident = "", ""
        self._loading = False
        self.setMinimumWidth(240)
        self.stack = QStackedWidget()
        self.hint = QLabel(self.tr("Select a card, a stage header or an arrow to see and edit "
                                   "it here.\n\nDouble-click in a stage to add a touchpoint; "
                                   "drag from a card's round handle to another card to connect "
                                   "them."))
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.stack.addWidget(self.hint)
        self.stack.addWidget(self._touchpoint_page())
        self.stack.addWidget(self._stage_page())
        self.stack.addWidget(self._flow_page())
        self.title = QLabel()
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.addWidget(self.title)
        layout.addWidget(self.stack, 1)

    # -- pages ------------------------------------------------------------------------------
    def _touchpoint_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.tp_name = QLineEdit()
        self.tp_name.editingFinished.connect(lambda: self._edit("name", self.tp_name.text()))
        self.tp_description = _Text()
        self.tp_description.setMaximumHeight(70)
        self.tp_description.finished.connect(
            lambda: self._edit("description", self.tp_description.toPlainText()))
        self.tp_channel = QComboBox()
        self.tp_channel.addItem(self.tr("online"), "online")
        self.tp_channel.addItem(self.tr("offline"), "offline")
        self.tp_channel.activated.connect(
            lambda: self._edit("channel", self.tp_channel.currentData()))
        self.tp_interaction = QComboBox()
        self.tp_interaction.addItem(self.tr("with a person"), "person")
        self.tp_interaction.addItem(self.tr("with the product"), "product")
        self.tp_interaction.activated.connect(
            lambda: self._edit("interaction", self.tp_interaction.currentData()))
        self.tp_department = QLineEdit()
        self.tp_department.editingFinished.connect(
            lambda: self._edit("department", self.tp_department.text()))
        self.tp_emotion = QComboBox()
        self.tp_emotion.addItem(self.tr("not set"), None)
        for value in (2, 1, 0, -1, -2):
            self.tp_emotion.addItem(f"{value:+d}" if value else "0", value)
        self.tp_emotion.activated.connect(
            lambda: self._edit("emotion", self.tp_emotion.currentData()))
        self.tp_standard = QCheckBox(self.tr("A standard exists"))
        self.tp_standard.toggled.connect(lambda on: self._edit("has_standard", on))
        self.tp_standard_text = _Text()
        self.tp_standard_text.setMaximumHeight(60)
        self.tp_standard_text.finished.connect(
            lambda: self._edit("standard_text", self.tp_standard_text.toPlainText()))
        form.addRow(self.tr("Name"), self.tp_name)
        form.addRow(self.tr("Description"), self.tp_description)
        form.addRow(self.tr("Channel"), self.tp_channel)
        form.addRow(self.tr("Interaction"), self.tp_interaction)
        form.addRow(self.tr("Department"), self.tp_department)
        form.addRow(self.tr("Emotion"), self.tp_emotion)
        form.addRow(self.tp_standard)
        form.addRow(self.tr("Standard"), self.tp_standard_text)
        form.addRow(QLabel(self.tr("Barriers")))
        self.barriers = QListWidget()
        self.barriers.setMaximumHeight(110)
        form.addRow(self.barriers)
        self.barrier_text = QLineEdit()
        self.barrier_text.setPlaceholderText(self.tr("A reason the client may be lost here"))
        self.barrier_text.returnPressed.connect(self._add_barrier)
        form.addRow(self.barrier_text)
        self.barrier_kind = QComboBox()
        for key, text in self.barrier_kinds().items():
            self.barrier_kind.addItem(text, key)
        self.barrier_kind.activated.connect(
            lambda: self._barrier_edit({"kind": self.barrier_kind.currentData()}))
        self.barrier_severity = QComboBox()
        for value, text in ((1, self.tr("low")), (2, self.tr("medium")), (3, self.tr("high"))):
            self.barrier_severity.addItem(text, value)
        self.barrier_severity.activated.connect(
            lambda: self._barrier_edit({"severity": self.barrier_severity.currentData()}))
        row = QHBoxLayout()
        row.addWidget(self.barrier_kind, 1)
        row.addWidget(self.barrier_severity)
        form.addRow(row)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("Add barrier"))
        add.clicked.connect(self._add_barrier)
        remove = QPushButton(self.tr("Remove barrier"))
        remove.clicked.connect(self._remove_barrier)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        form.addRow(buttons)
        self.barriers.currentItemChanged.connect(self._barrier_chosen)
        return page

    def _stage_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.stage_name = QLineEdit()
        self.stage_name.editingFinished.connect(
            lambda: self._edit("name", self.stage_name.text()))
        self.stage_description = _Text()
        self.stage_description.finished.connect(
            lambda: self._edit("description", self.stage_description.toPlainText()))
        form.addRow(self.tr("Name"), self.stage_name)
        form.addRow(self.tr("Description"), self.stage_description)
        return page

    def _flow_page(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        form.setContentsMargins(0, 0, 0, 0)
        self.flow_kind = QComboBox()
        self.flow_kind.addItem(self.tr("sent on"), "sent")
        self.flow_kind.addItem(self.tr("goes by themselves"), "self")
        self.flow_kind.activated.connect(lambda: self._edit("kind", self.flow_kind.currentData()))
        self.flow_label = QLineEdit()
        self.flow_label.editingFinished.connect(
            lambda: self._edit("label", self.flow_label.text()))
        form.addRow(self.tr("How"), self.flow_kind)
        form.addRow(self.tr("Label"), self.flow_label)
        return page

    def barrier_kinds(self) -> dict[str, str]:
        return {"technical": self.tr("technical failure"), "staff_action": self.tr("staff action"),
                "staff_inaction": self.tr("staff inaction"), "other": self.tr("other")}

    # -- showing ------------------------------------------------------------------------------
    def show_item(self, model: JourneyModel | None, kind: str, ident: str,
                  count: int = 0) -> None:
        """Show ``kind`` ("touchpoint", "stage", "flow", or "" for nothing) ``ident``."""
        self.model, self.kind, self.ident = model, kind, ident
        self._loading = True
        try:
            self._fill(count)
        finally:
            self._loading = False

    def refresh(self) -> None:
        if self.model is None or not self.kind:
            return
        try:
            self.show_item(self.model, self.kind, self.ident)
        except Exception:  # noqa: BLE001 - the item is gone: show nothing
            self.show_item(self.model, "", "")

    def _fill(self, count: int) -> None:
        m = self.model
        if m is None or not self.kind:
            self.title.setText(self.tr("%n item(s) selected", "", count) if count > 1
                               else self.tr("Properties"))
            self.stack.setCurrentIndex(0)
            return
        if self.kind == "touchpoint":
            tp = m.touchpoint(self.ident)
            self.title.setText(self.tr("Touchpoint"))
            self.stack.setCurrentIndex(1)
            _set_line(self.tp_name, tp.name)
            if self.tp_description.toPlainText() != tp.description:
                self.tp_description.setPlainText(tp.description)
            self.tp_channel.setCurrentIndex(self.tp_channel.findData(tp.channel))
            self.tp_interaction.setCurrentIndex(self.tp_interaction.findData(tp.interaction))
            _set_line(self.tp_department, tp.department)
            self.tp_emotion.setCurrentIndex(max(0, self.tp_emotion.findData(tp.emotion))
                                            if tp.emotion is not None else 0)
            self.tp_standard.setChecked(tp.has_standard)
            if self.tp_standard_text.toPlainText() != tp.standard_text:
                self.tp_standard_text.setPlainText(tp.standard_text)
            current = self.barriers.currentItem()
            keep = current.data(Qt.ItemDataRole.UserRole) if current else None
            self.barriers.clear()
            kinds = self.barrier_kinds()
            for b in m.journey.barriers_of(tp.id):
                item = QListWidgetItem(f"{'⚠' * b.severity} {b.description} · {kinds[b.kind]}")
                item.setData(Qt.ItemDataRole.UserRole, b.id)
                self.barriers.addItem(item)
                if b.id == keep:
                    self.barriers.setCurrentItem(item)
        elif self.kind == "stage":
            stage = m.stage(self.ident)
            self.title.setText(self.tr("Stage"))
            self.stack.setCurrentIndex(2)
            _set_line(self.stage_name, stage.name)
            if self.stage_description.toPlainText() != stage.description:
                self.stage_description.setPlainText(stage.description)
        elif self.kind == "flow":
            flow = m.flow(self.ident)
            self.title.setText(self.tr("Flow: %1 → %2")
                               .replace("%1", m.touchpoint(flow.source_id).name)
                               .replace("%2", m.touchpoint(flow.target_id).name))
            self.stack.setCurrentIndex(3)
            self.flow_kind.setCurrentIndex(self.flow_kind.findData(flow.kind))
            _set_line(self.flow_label, flow.label)

    def focus_name(self) -> None:
        """Enter/F2: rename the selected touchpoint or stage."""
        field = {"touchpoint": self.tp_name, "stage": self.stage_name}.get(self.kind)
        if field is not None:
            field.setFocus(Qt.FocusReason.ShortcutFocusReason)
            field.selectAll()

    # -- asking for edits -----------------------------------------------------------------
    def _edit(self, field: str, value: Any) -> None:
        if self._loading or not self.kind or self.model is None:
            return
        current = {"touchpoint": lambda: self.model.touchpoint(self.ident),
                   "stage": lambda: self.model.stage(self.ident),
                   "flow": lambda: self.model.flow(self.ident)}[self.kind]()
        if getattr(current, field) == value:
            return
        self.edit_requested.emit(self.kind, self.ident, {field: value})

    def _add_barrier(self) -> None:
        text = self.barrier_text.text().strip()
        if text and self.kind == "touchpoint":
            self.barrier_text.clear()
            self.barrier_add_requested.emit(self.ident, text)

    def _selected_barrier(self) -> str | None:
        item = self.barriers.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _remove_barrier(self) -> None:
        ident = self._selected_barrier()
        if ident:
            self.barrier_remove_requested.emit(ident)

    def _barrier_chosen(self) -> None:
        ident = self._selected_barrier()
        if ident and self.model is not None:
            b = self.model.barrier(ident)
            self.barrier_kind.setCurrentIndex(self.barrier_kind.findData(b.kind))
            self.barrier_severity.setCurrentIndex(self.barrier_severity.findData(b.severity))

    def _barrier_edit(self, changes: dict[str, Any]) -> None:
        ident = self._selected_barrier()
        if ident and not self._loading:
            self.edit_requested.emit("barrier", ident, changes)


def _set_line(field: QLineEdit, text: str) -> None:
    if field.text() != text:
        field.setText(text)
