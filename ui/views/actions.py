"""The action plan: what will be done about the findings, by whom and by when; overdue
actions stand out against today's date."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from cxdesk.actions import ActionRow, list_actions
from ui.context import ACTIONS, FINDINGS
from ui.views.base import View
from ui.views.kit import (
    BAD,
    GOOD,
    INFO,
    NEUTRAL,
    ROOT,
    SORT_ROLE,
    TONE_ROLE,
    WARN,
    Header,
    Page,
    PillDelegate,
    RoomyDelegate,
    flat_headers,
    fmt_date,
    muted_color,
    tone_color,
    vbox,
)

PRIORITY_TONES = {"high": BAD, "medium": WARN, "low": NEUTRAL}
STATUS_TONES = {"open": INFO, "in_progress": WARN, "done": GOOD, "cancelled": NEUTRAL}


class ActionsModel(QAbstractTableModel):
    TITLE, OWNER, DUE, PRIORITY, STATUS, ADDRESSES = range(6)

    def __init__(self, view: View) -> None:
        super().__init__(view)
        self.view = view
        self.actions: list[ActionRow] = []
        self.today = dt.date.today()
        self.headers = [QCoreApplication.translate("ActionsView", "Action"), QCoreApplication.translate("ActionsView", "Owner"), QCoreApplication.translate("ActionsView", "Due"),
                        QCoreApplication.translate("ActionsView", "Priority"), QCoreApplication.translate("ActionsView", "Status"), QCoreApplication.translate("ActionsView", "Addresses")]

    def set_actions(self, actions: list[ActionRow], today: dt.date | None = None) -> None:
        self.beginResetModel()
        self.actions = actions
        self.today = today or dt.date.today()
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.actions)

    def columnCount(self, parent: QModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

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
        actions = list_actions(ws, eid)
        today = self.today or dt.date.today()
        self.model.set_actions(actions, today)
        if not actions:
            self.page.show_empty(
                self.tr("No actions yet"),
                self.tr("The action plan turns findings into work: each action has an owner, "
                        "a due date and a status, and names the failures or problems it "
                        "removes. Add actions from the Findings screen."))
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
        for col, most in ((ActionsModel.OWNER, 240), (ActionsModel.ADDRESSES, 320)):
            head.resizeSection(col, min(most, max(140, self.table.columnWidth(col))))
