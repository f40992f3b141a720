"""Widgets of the main toolbar: the engagement chooser and the RU/EN switch."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QSizePolicy,
    QToolButton,
    QWidget,
)

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
