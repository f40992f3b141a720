"""The screens of the main window, stacked: each created on first show from the registry, and
refreshed when the engagement changes or a broadcast names one of its topics."""

from __future__ import annotations

import importlib
import importlib.util
import logging

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QLabel, QStackedWidget, QWidget

from cxdesk.errors import CxDeskError
from ui.context import AppContext
from ui.views import VIEWS
from ui.views.base import View

log = logging.getLogger(__name__)


def available_views() -> list[str]:
    """Names of the registry's screens whose module is present (another may still be coming)."""
    found = []
    for name, module, _ in VIEWS:
        try:
            if importlib.util.find_spec(module) is not None:
                found.append(name)
        except (ImportError, ValueError):
            continue
    return found


class ViewStack(QStackedWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None, *,
                 strict: bool = False) -> None:
        super().__init__(parent)
        self.context = context
        # raise instead of showing a placeholder when a screen fails to open (screenshots)
        self.strict = strict
        self._views: dict[str, View] = {}
        self._current: str | None = None
        self._workspace_pending = False
        context.changed.connect(self._on_changed)
        context.engagement_changed.connect(self.refresh_all)
        context.workspace_changed.connect(self._on_workspace_changed)

    # -- showing ------------------------------------------------------------------------------
    def show_view(self, name: str) -> QWidget:
        widget = self._views.get(name) or self._create(name)
        self.setCurrentWidget(widget)
        self._current = name
        return widget

    def current_name(self) -> str | None:
        return self._current

    def view(self, name: str) -> View | None:
        """The screen if it has been created."""
        return self._views.get(name)

    def _create(self, name: str) -> QWidget:
        entry = next((v for v in VIEWS if v[0] == name), None)
        if entry is None:
            raise CxDeskError(f"unknown view {name!r}")
        _, module_name, class_name = entry
        try:
            module = importlib.import_module(module_name)
            view = getattr(module, class_name)(self.context, self)
        except Exception as exc:
            if self.strict:
                raise CxDeskError(f"the view {name!r} cannot be shown: {exc}") from exc
            log.exception("the view %s cannot be shown", name)
            placeholder = QLabel(QCoreApplication.translate(
                "ViewStack", "This screen is not available yet."))
            placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
            placeholder.setEnabled(False)
            self.addWidget(placeholder)
            return placeholder
        self._views[name] = view
        self.addWidget(view)
        view.refresh()
        return view

    def clear(self) -> None:
        """Drop every created screen (they are recreated, e.g. in another language)."""
        while self.count():
            widget = self.widget(0)
            self.removeWidget(widget)
            widget.deleteLater()
        self._views.clear()
        current, self._current = self._current, None
        if current:
            self.show_view(current)

    # -- refreshing ---------------------------------------------------------------------------
    def refresh_all(self, *_: object) -> None:
        self._workspace_pending = False
        for view in list(self._views.values()):
            view.refresh()

    def _on_workspace_changed(self) -> None:
        # Another workspace is usually followed at once by its engagement: refresh once then,
        # and only if no engagement follows, by itself.
        self._workspace_pending = True
        QTimer.singleShot(0, self._refresh_if_pending)

    def _refresh_if_pending(self) -> None:
        if self._workspace_pending:
            self.refresh_all()

    def _on_changed(self, touched: frozenset[str]) -> None:
        for view in list(self._views.values()):
            if view.topics & touched:
                view.refresh()
