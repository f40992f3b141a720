"""The contract every screen of the main window follows."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from ui.context import AppContext


class View(QWidget):
    """A screen over the current engagement. Subclasses set ``name`` and ``topics`` and
    implement ``title`` and ``refresh``; the main window creates a view when it is first shown,
    and calls ``refresh`` when the engagement changes or a broadcast names one of ``topics``."""

    name: str = ""
    # topics of AppContext.changed that make this view refresh
    topics: frozenset[str] = frozenset()

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context

    def title(self) -> str:
        raise NotImplementedError

    def refresh(self) -> None:
        raise NotImplementedError
