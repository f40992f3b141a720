"""The action plan: what will be done about the findings and problems, by whom and by when;
overdue actions stand out against today's date (red, and listed first). New, edit, mark done
and delete are each one undo step."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QPushButton, QTableView, QWidget

from cxdesk import action_ops
from cxdesk.actions import ActionRow, list_actions
from cxdesk.findings import list_findings
from cxdesk.problems import list_problems
from ui import messages
from ui.commands import execute
from ui.context import ACTIONS, FINDINGS
from ui.views.base import View
from ui.views.kit import (
    BAD,
    GOOD,
    INFO,
    NEUTRAL,
    SORT_ROLE,
    TONE_ROLE,
    WARN,
    Header,
    HeaderedTableModel,
    Page,
    PillDelegate,
    RoomyDelegate,
    flat_headers,
    fmt_date,
    muted_color,
    tone_color,
    vbox,
)
from ui.views.voice_kit import until_done
from ui.voice_commands import CreateCommand, DeleteCommand, SwapCommand

PRIORITY_TONES = {"high": BAD, "medium": WARN, "low": NEUTRAL}
STATUS_TONES = {"open": INFO, "in_progress": WARN, "done": GOOD, "cancelled": NEUTRAL}


class ActionsModel(HeaderedTableModel):
    TITLE, OWNER, DUE, PRIORITY, STATUS, ADDRESSES = range(6)

    def __init__(self, view: View) -> None:
        super().__init__(view, [
            QCoreApplication.translate("ActionsView", "Action"),
            QCoreApplication.translate("ActionsView", "Owner"),
            QCoreApplication.translate("ActionsView", "Due"),
            QCoreApplication.translate("ActionsView", "Priority"),
            QCoreApplication.translate("ActionsView", "Status"),
            QCoreApplication.translate("ActionsView", "Addresses")])
        self.view = view
        self.actions: list[ActionRow] = []
        self.today = dt.date.today()

    def items(self) -> list[ActionRow]:
        return self.actions

    def set_actions(self, actions: list[ActionRow], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self.actions = actions
        self.today = today or dt.date.today()
        self.endResetModel()

    def priority_name(self, priority: str) -> str:
        return {"high": QCoreApplication.translate("ActionsView", "High"), "medium": QCoreApplication.translate("ActionsView", "Medium"), "low": QCoreApplication.translate("ActionsView", "Low")}.get(priority,
                                                                                   priority)

    def status_name(self, status: str) -> str:
        return {"open": QCoreApplication.translate("ActionsView", "Open"), "in_progress": QCoreApplication.translate("ActionsView", "In progress"), "done": QCoreApplication.translate("ActionsView", "Done"),
                "cancelled": QCoreApplication.translate("ActionsView", "Cancelled")}.get(status, status)

    def addresses(self, a: ActionRow) -> str:
        return "; ".join([*a.findings, *a.problems])

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        a, col = self.actions[index.row()], index.column()
        overdue = a.overdue(self.today)
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                return a.title
            if col == self.OWNER:
                return a.owner or "—"
            if col == self.DUE:
                text = fmt_date(a.due_date)
                return f"{text}  ⚠" if overdue else text
            if col == self.PRIORITY:
                return self.priority_name(a.priority)
            if col == self.STATUS:
                return self.status_name(a.status)
            if col == self.ADDRESSES:
                return self.addresses(a)
        if role == SORT_ROLE:
            return {self.DUE: a.due_date or "9999",
                    self.PRIORITY: {"high": 0, "medium": 1, "low": 2}.get(a.priority, 3),
                    self.STATUS: ("open", "in_progress", "done", "cancelled").index(a.status)
                    if a.status in ("open", "in_progress", "done", "cancelled") else 9,
                    }.get(col, (self.data(index) or "").lower())
        if role == Qt.ItemDataRole.UserRole:
            return a.id
        if role == TONE_ROLE:
            if col == self.PRIORITY:
                return PRIORITY_TONES.get(a.priority)
            if col == self.STATUS:
                return STATUS_TONES.get(a.status)
        pal = self.view.palette()
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.DUE and overdue:
                return tone_color(BAD, pal)
            if not a.is_open or col in (self.ADDRESSES,) or (col == self.OWNER and not a.owner):
                return muted_color(pal)
        if role == Qt.ItemDataRole.FontRole and (
                (col == self.DUE and overdue) or col == self.TITLE):
            font = QFont(self.view.font())
            font.setBold(a.is_open)
            font.setStrikeOut(a.status == "cancelled")
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.DUE and overdue:
                days = (self.today - dt.date.fromisoformat(a.due_date[:10])).days
                return self.tr("Overdue by %n day(s)", "", days)
            if col == self.TITLE and a.description:
                return a.description
            if col == self.ADDRESSES and (a.findings or a.problems):
                return "\n".join([*a.findings, *a.problems])
        return None


class ActionsView(View):
    name = "actions"
    topics = frozenset({ACTIONS, FINDINGS})

    def __init__(self, context, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self.header = Header()
        self.model = ActionsModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the query's order
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setFrameShape(QTableView.Shape.NoFrame)
        self.table.setItemDelegate(RoomyDelegate(self.table, 6))
        for col in (ActionsModel.PRIORITY, ActionsModel.STATUS):
            self.table.setItemDelegateForColumn(col, PillDelegate(self.table))
        self.table.verticalHeader().setDefaultSectionSize(QFontMetrics(self.font()).height() + 16)
        head = self.table.horizontalHeader()
        head.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        head.setSectionResizeMode(ActionsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        head.setSectionResizeMode(ActionsModel.ADDRESSES, QHeaderView.ResizeMode.Interactive)
        head.setSectionResizeMode(ActionsModel.OWNER, QHeaderView.ResizeMode.Interactive)
        head.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        head.setHighlightSections(False)
        flat_headers(self.table)
        self.new_button = QPushButton(self.tr("New action…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.done_button = QPushButton(self.tr("Mark done"))
        self.delete_button = QPushButton(self.tr("Delete"))
        self.new_button.clicked.connect(self.new_action)
        self.edit_button.clicked.connect(self.edit_action)
        self.done_button.clicked.connect(self.mark_done)
        self.delete_button.clicked.connect(self.delete_action)
        for button in (self.new_button, self.edit_button, self.done_button, self.delete_button):
            self.header.tools.addWidget(button)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _: self.edit_action())
        self.page = Page(self.table, "✔")
        layout = vbox(self)
        layout.addWidget(self.header)
        layout.addWidget(self.page, 1)
        self.today: dt.date | None = None  # tests pin the date; None means the real today

    def title(self) -> str:
        return self.tr("Action plan")

    def refresh(self) -> None:
        ws, eid = self.context.ws, self.context.engagement_id
        self.header.set_text(self.title())
        if ws is None or not eid:
            self.model.set_actions([])
            self.page.show_empty(self.tr("No engagement open"),
                                 self.tr("Choose an engagement to see its action plan."))
            return
        today = self.today or dt.date.today()
        actions = list_actions(ws, eid, today)
        chosen = self.selected()
        self.model.set_actions(actions, today)
        if chosen is not None:
            self.select_action(chosen.id)
        self._update_buttons()
        if not actions:
            self.page.show_empty(
                self.tr("No actions yet"),
                self.tr("The action plan turns findings into work: each action has an owner, "
                        "a due date and a status, and names the failures or problems it "
                        "removes. Add the first with New action…"))
            return
        self.page.show_content()
        open_ = sum(1 for a in actions if a.is_open)
        overdue = sum(1 for a in actions if a.overdue(today))
        parts = [self.tr("%n action(s)", "", len(actions)), self.tr("%n open", "", open_)]
        if overdue:
            parts.append(self.tr("%n overdue", "", overdue))
        self.header.set_text(self.title(), " · ".join(parts))
        self.table.resizeColumnsToContents()
        head = self.table.horizontalHeader()
        for col, most in ((ActionsModel.OWNER, 200), (ActionsModel.ADDRESSES, 260)):
            head.resizeSection(col, min(most, max(140, self.table.columnWidth(col))))

    # -- selection and edits ----------------------------------------------------------------
    def selected(self) -> ActionRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.actions[self.proxy.mapToSource(rows[0]).row()]

    def select_action(self, ident: str | None) -> bool:
        for row, a in enumerate(self.model.actions):
            if a.id == ident:
                self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
                return True
        return False

    def _update_buttons(self, *_: object) -> None:
        a = self.selected()
        self.new_button.setEnabled(self.context.ws is not None
                                   and bool(self.context.engagement_id))
        self.edit_button.setEnabled(a is not None)
        self.delete_button.setEnabled(a is not None)
        self.done_button.setEnabled(a is not None and a.is_open)

    def action_dialog(self, existing: ActionRow | None = None):  # noqa: ANN201
        from ui.dialogs.action_form import ActionDialog

        ws, eid = self.context.ws, self.context.engagement_id
        findings = [(f.id, f.title) for f in list_findings(ws, eid)
                    if f.kind in ("failure", "weak_spot")
                    or (existing and f.id in existing.finding_ids)]
        problems = [(p.id, p.title) for p in list_problems(ws, eid)]
        return ActionDialog(findings, problems, self, existing=existing)

    def new_action(self) -> None:
        if self.context.ws is None or not self.context.engagement_id:
            return
        until_done(self.action_dialog(), self.create)

    def create(self, values: dict) -> bool:
        ws, eid = self.context.ws, self.context.engagement_id
        command = CreateCommand(self.context, "action", self.tr("New action"),
                                lambda: action_ops.create_action(ws, eid, **values),
                                action_ops.delete_action)
        if not execute(command, self):
            return False
        self.select_action(command.ident)
        return True

    def edit_action(self) -> None:
        a = self.selected()
        if a is None:
            return
        until_done(self.action_dialog(a), lambda v: self.change(a.id, v))

    def change(self, ident: str, values: dict) -> bool:
        """Change an action's fields and links in one undo step."""
        ws = self.context.ws
        fields = {k: v for k, v in values.items() if k not in ("finding_ids", "problem_ids")}
        links = {k: values[k] for k in ("finding_ids", "problem_ids") if k in values}

        def do() -> tuple[dict, tuple | None]:
            with ws.transaction():
                before = action_ops.update_action(ws, ident, **fields)
                linked = action_ops.set_links(ws, ident, **links) if links else None
            return before, linked

        def undo(token: tuple[dict, tuple | None]) -> None:
            with ws.transaction():
                action_ops.update_action(ws, ident, **token[0])
                if token[1] is not None:
                    action_ops.set_links(ws, ident, finding_ids=token[1][0],
                                         problem_ids=token[1][1])

        return execute(SwapCommand(self.context, "action", self.tr("Edit action"), do, undo),
                       self)

    def mark_done(self) -> bool:
        a = self.selected()
        return a is not None and self.change(a.id, {"status": "done"})

    def delete_action(self) -> None:
        a = self.selected()
        if a is None or not messages.confirm(
                self, self.tr("Delete action"),
                self.tr("Delete the action “%1”? Undo brings it back.").replace("%1", a.title)):
            return
        execute(DeleteCommand(self.context, "action", self.tr("Delete action"),
                              action_ops.delete_action, a.id), self)
