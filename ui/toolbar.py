"""Widgets of the main toolbar: the engagement chooser, the search box and the RU/EN switch."""

from __future__ import annotations

from PySide6.QtCore import QObject, QPoint, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from cxdesk.search import Hit, map_of, search
from ui import context as topics
from ui.context import AppContext


class EngagementCombo(QComboBox):
    """Lists the workspace's engagements; choosing one shows it everywhere."""

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("EngagementCombo")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(24)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.activated.connect(self._on_activated)
        context.workspace_changed.connect(self.reload)
        context.engagement_changed.connect(self.reload)
        context.changed.connect(self._on_changed)
        self.reload()

    def _on_changed(self, touched: frozenset[str]) -> None:
        if topics.ENGAGEMENT in touched:
            self.reload()

    def reload(self, *_: object) -> None:
        blocker = QSignalBlocker(self)
        self.clear()
        items = self.context.engagements()
        for engagement in items:
            self.addItem(engagement.name, engagement.id)
        index = self.findData(self.context.engagement_id)
        self.setCurrentIndex(index)
        self.setEnabled(bool(items))
        del blocker

    def _on_activated(self, index: int) -> None:
        self.context.set_engagement(self.itemData(index))


class LanguageSwitch(QWidget):
    """Two segmented buttons, RU and EN. Emits ``chosen(lang)`` on a change."""

    chosen = Signal(str)

    def __init__(self, current: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self._group = QButtonGroup(self)
        self._group.setExclusive(True)
        self.buttons: dict[str, QToolButton] = {}
        for lang, label in (("ru", "RU"), ("en", "EN")):
            button = QToolButton(self)
            button.setText(label)
            button.setCheckable(True)
            button.setAutoRaise(True)
            button.setChecked(lang == current)
            self._group.addButton(button)
            self.buttons[lang] = button
            layout.addWidget(button)
            button.clicked.connect(lambda _=False, lang=lang: self.chosen.emit(lang))
        self.retranslate()

    def set_current(self, lang: str) -> None:
        self.buttons[lang].setChecked(True)

    def retranslate(self) -> None:
        self.buttons["ru"].setToolTip(self.tr("Russian interface"))
        self.buttons["en"].setToolTip(self.tr("English interface"))


HIT_ROLE = Qt.ItemDataRole.UserRole


class SearchBox(QLineEdit):
    """One search over the engagement (Ctrl+F): results in a list under the box; Up/Down
    move in it, Enter or a click opens the thing found (``opened(hit)``)."""

    opened = Signal(object)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.setObjectName("SearchBox")
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(240)
        self.setMaximumWidth(340)
        self.popup = QListWidget()
        self.popup.setWindowFlags(Qt.WindowType.Tool | Qt.WindowType.FramelessWindowHint)
        self.popup.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.popup.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.popup.setUniformItemSizes(True)
        self.popup.itemClicked.connect(self._open_item)
        self.hits: list[Hit] = []
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.run)
        self.textEdited.connect(lambda _t: self._timer.start())
        self.returnPressed.connect(self._open_current)
        window = parent.window() if parent is not None else self
        self.shortcut = QShortcut(QKeySequence.StandardKey.Find, window)
        self.shortcut.activated.connect(self.focus)
        context.engagement_changed.connect(self._forget)
        context.workspace_changed.connect(self._forget)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search… (Ctrl+F)"))

    def kind_name(self, kind: str) -> str:
        return {"finding": self.tr("Finding"), "criterion": self.tr("Criterion"),
                "answer": self.tr("Comment"), "touchpoint": self.tr("Touchpoint"),
                "stage": self.tr("Stage"), "subject": self.tr("Subject"),
                "location": self.tr("Location")}.get(kind, kind)

    def focus(self) -> None:
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.selectAll()

    def _forget(self, *_: object) -> None:
        self.clear()
        self.hits = []
        self.popup.hide()

    def run(self) -> list[Hit]:
        """Search now for what the box holds, and show the results."""
        ws, eid = self.context.ws, self.context.engagement_id
        text = self.text().strip()
        self.hits = search(ws, eid, text) if ws is not None and eid and text else []
        self.popup.clear()
        for hit in self.hits:
            title = hit.title or hit.snippet
            line = f"{self.kind_name(hit.kind)} · {title}"
            if hit.snippet and hit.snippet.replace("[", "").replace("]", "") != title:
                line += f"\n    {hit.snippet}"
            item = QListWidgetItem(line, self.popup)
            item.setData(HIT_ROLE, hit)
            item.setToolTip(line)
        if not self.hits and text:
            empty = QListWidgetItem(self.tr("Nothing found"), self.popup)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
        if text:
            self._place_popup()
            self.popup.setCurrentRow(0 if self.hits else -1)
        else:
            self.popup.hide()
        return self.hits

    def _place_popup(self) -> None:
        width = max(self.width(), 460)
        rows = max(1, min(self.popup.count(), 10))
        height = min(rows * (self.popup.sizeHintForRow(0) or 20) + 8, 420)
        self.popup.setFixedSize(width, height)
        self.popup.move(self.mapToGlobal(QPoint(0, self.height() + 2)))
        self.popup.show()
        self.popup.raise_()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if self.popup.isVisible() and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
            step = 1 if event.key() == Qt.Key.Key_Down else -1
            row = self.popup.currentRow() + step
            self.popup.setCurrentRow(max(0, min(row, self.popup.count() - 1)))
            return
        if event.key() == Qt.Key.Key_Escape:
            self.popup.hide()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        super().focusOutEvent(event)
        QTimer.singleShot(200, self._hide_unless_focused)

    def _hide_unless_focused(self) -> None:
        if not self.hasFocus():
            self.popup.hide()

    def _open_current(self) -> None:
        if self._timer.isActive():
            self._timer.stop()
            self.run()
        item = self.popup.currentItem()
        if item is not None:
            self._open_item(item)

    def _open_item(self, item: QListWidgetItem) -> None:
        hit = item.data(HIT_ROLE)
        if hit is None:
            return
        self.popup.hide()
        self.opened.emit(hit)

    def hideEvent(self, event) -> None:  # noqa: ANN001, N802 - Qt's name
        self.popup.hide()
        super().hideEvent(event)


def open_hit(window: QObject, hit: Hit) -> None:
    """Show what a search found: switch ``window`` (a MainWindow) to the screen that holds it
    and select it there."""
    if hit.kind == "finding":
        view = window.show_view("findings")
        view.select_finding(hit.id)
    elif hit.kind == "answer":
        view = window.show_view("checks")
        view.run_check(hit.check_id, hit.criterion_id)
    elif hit.kind == "criterion":
        view = window.show_view("checklists")
        view.select_later(hit.template_id, hit.criterion_id)
        view.refresh()
    elif hit.kind in ("stage", "touchpoint"):
        view = window.show_view("map")
        _select_on_map(view, map_of(window.context.ws, hit.kind, hit.id), hit.id)
    else:
        window.show_view("engagement")



def _select_on_map(view: QWidget, map_id: str | None, ident: str) -> None:
    """Show the map holding a stage or touchpoint, and select it on the canvas."""
    maps = getattr(view, "maps", None)
    listing = getattr(view, "list", None)
    if map_id is None or maps is None or listing is None:
        return
    for row in range(maps.rowCount()):
        index = maps.index(row)
        if index.data(Qt.ItemDataRole.UserRole) == map_id:
            listing.setCurrentIndex(index)
            break
    scene = getattr(view, "scene", None)
    if scene is not None:
        scene.select([ident])
