"""The navigation sidebar: the screens of the registry with live figures beside their names
(checks, coverage, evidence, findings, open actions…), refreshed on every broadcast."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from cxdesk.errors import CxDeskError
from cxdesk.overview import Counts
from cxdesk.rounding import format_fixed, share_done
from ui import style
from ui.context import AppContext
from ui.icons import icon

NAME_ROLE = Qt.ItemDataRole.UserRole
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1


def view_title(name: str) -> str:
    """The translated name of a screen, known before its module is imported."""
    titles = {
        "overview": QCoreApplication.translate("Sidebar", "Overview"),
        "engagement": QCoreApplication.translate("Sidebar", "Engagement"),
        "map": QCoreApplication.translate("Sidebar", "Journey maps"),
        "checklists": QCoreApplication.translate("Sidebar", "Checklists"),
        "checks": QCoreApplication.translate("Sidebar", "Checks"),
        "assignments": QCoreApplication.translate("Sidebar", "Assignments"),
        "coverage": QCoreApplication.translate("Sidebar", "Coverage"),
        "comparison": QCoreApplication.translate("Sidebar", "Comparison"),
        "evidence": QCoreApplication.translate("Sidebar", "Evidence"),
        "findings": QCoreApplication.translate("Sidebar", "Findings"),
        "feedback": QCoreApplication.translate("Sidebar", "Feedback"),
        "incidents": QCoreApplication.translate("Sidebar", "Incidents"),
        "employees": QCoreApplication.translate("Sidebar", "Employees"),
        "actions": QCoreApplication.translate("Sidebar", "Actions"),
        "reports": QCoreApplication.translate("Sidebar", "Reports"),
        "exchange": QCoreApplication.translate("Sidebar", "Exchange"),
    }
    return titles.get(name, name.replace("_", " ").capitalize())


def count_texts(figures: Counts) -> dict[str, str]:
    """The figure shown beside each screen ("" for none)."""
    def number(n: int) -> str:
        return str(n) if n else ""

    share = figures.coverage_share
    return {
        "engagement": number(figures.subjects),
        "map": number(figures.maps),
        "checklists": number(figures.templates),
        "checks": number(figures.checks),
        "coverage": "" if share is None else f"{format_fixed(share_done(share) * 100)} %",
        "evidence": number(figures.evidence),
        "findings": number(figures.findings),
        "feedback": number(figures.feedback),
        "actions": number(figures.open_actions),
        "assignments": number(figures.planned_assignments),
        "incidents": number(figures.open_incidents),
        "employees": number(figures.employees),
    }


class _Delegate(QStyledItemDelegate):
    """Icon, name, and the figure right-aligned in a quiet pill; the current screen in a
    rounded highlight."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._colours: dict[tuple[int, int], tuple[QColor, ...]] = {}

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:  # noqa: N802
        height = max(36, option.fontMetrics.height() + 18)
        return QSize(180, height)

    def _colours_for(self, text: QColor) -> tuple[QColor, ...]:
        """The colours an item is painted in, worked out once per palette (not per item)."""
        key = (text.rgba(), style.palette().cacheKey())
        found = self._colours.get(key)
        if found is None:
            accent, muted = style.accent(), style.muted()
            selected_text = style.mix(text, accent, 0.35) if not style.is_dark() else text
            found = (
                style.tint(accent, 0.22),  # 0 the current screen's highlight
                selected_text,  # 1 its text
                style.tint(text, 0.06),  # 2 the hovered one's highlight
                accent,  # 3 the current screen's icon
                muted,  # 4 the others' icons and figures
                style.tint(accent, 0.35),  # 5 the current screen's figure pill
                style.tint(text, 0.08),  # 6 the others' figure pills
            )
            self._colours = {key: found}
        return found

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(8, 2, -8, -2)
        state = option.state
        selected = bool(state & QStyle.StateFlag.State_Selected)
        hovered = bool(state & QStyle.StateFlag.State_MouseOver)
        text_colour = option.palette.color(QPalette.ColorRole.Text)
        colours = self._colours_for(text_colour)
        if selected:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours[0])
            painter.drawRoundedRect(rect, 7, 7)
            text_colour = colours[1]
        elif hovered:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours[2])
            painter.drawRoundedRect(rect, 7, 7)
        name = index.data(NAME_ROLE)
        glyph = icon(name, colours[3] if selected else colours[4])
        x = rect.left() + 10
        if not glyph.isNull():
            size = 18
            glyph.paint(painter, QRect(x, rect.center().y() - size // 2 + 1, size, size))
            x += size + 10
        figure = index.data(COUNT_ROLE) or ""
        font = QFont(option.font)
        right = rect.right() - 8
        if figure:
            small = QFont(font)
            small.setPointSizeF(max(font.pointSizeF() * 0.88, 7))
            painter.setFont(small)
            width = painter.fontMetrics().horizontalAdvance(figure) + 14
            pill = QRect(right - width, rect.center().y() - 10, width, 20)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours[5] if selected else colours[6])
            painter.drawRoundedRect(pill, 10, 10)
            painter.setPen(text_colour if selected else colours[4])
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, figure)
            right = pill.left() - 6
        if selected:
            font.setWeight(QFont.Weight.DemiBold)
        painter.setFont(font)
        painter.setPen(text_colour)
        text_rect = QRect(x, rect.top(), right - x, rect.height())
        title = option.fontMetrics.elidedText(index.data(Qt.ItemDataRole.DisplayRole),
                                              Qt.TextElideMode.ElideRight, text_rect.width())
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                         title)
        painter.restore()


class Sidebar(QListWidget):
    """The screens to go to. Emits ``view_chosen(name)`` when the user picks one."""

    view_chosen = Signal(str)

    def __init__(self, context: AppContext, names: list[str],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Sidebar")
        self.setStyleSheet(style.sidebar_stylesheet())
        self.context = context
        self.setItemDelegate(_Delegate(self))
        self.setMouseTracking(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QListWidget.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSpacing(0)
        self.setMinimumWidth(190)
        self.setMaximumWidth(260)
        for name in names:
            item = QListWidgetItem(view_title(name))
            item.setData(NAME_ROLE, name)
            self.addItem(item)
        self.currentItemChanged.connect(self._on_current)
        context.changed.connect(self.refresh_counts)
        context.engagement_changed.connect(self.refresh_counts)
        context.workspace_changed.connect(self.refresh_counts)
        self._counts: dict[str, str] = {}
        self.refresh_counts()

    def sizeHint(self) -> QSize:
        return QSize(220, 400)

    def names(self) -> list[str]:
        return [self.item(i).data(NAME_ROLE) for i in range(self.count())]

    def _item(self, name: str) -> QListWidgetItem | None:
        for i in range(self.count()):
            if self.item(i).data(NAME_ROLE) == name:
                return self.item(i)
        return None

    def select(self, name: str) -> None:
        item = self._item(name)
        if item is not None and item is not self.currentItem():
            self.blockSignals(True)
            self.setCurrentItem(item)
            self.blockSignals(False)

    def title(self, name: str) -> str:
        item = self._item(name)
        return item.text() if item else ""

    def count_text(self, name: str) -> str:
        return self._counts.get(name, "")

    def retranslate(self) -> None:
        for i in range(self.count()):
            item = self.item(i)
            item.setText(view_title(item.data(NAME_ROLE)))

    def refresh_counts(self, *_: object) -> None:
        try:
            data = self.context.overview()  # read once with the Overview screen
        except CxDeskError:
            data = None
        self._counts = count_texts(data.counts if data is not None else Counts())
        for i in range(self.count()):
            item = self.item(i)
            item.setData(COUNT_ROLE, self._counts.get(item.data(NAME_ROLE), ""))

    def _on_current(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is not None:
            self.view_chosen.emit(current.data(NAME_ROLE))
