"""Message boxes in one place, so that headless rendering never blocks on one and tests can
see what would have been shown (``shown``) without a modal loop."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# set while rendering a screenshot or under test: nothing modal is shown, only recorded
headless = False
# (kind, text) of every message while headless
shown: list[tuple[str, str]] = []
# what a confirmation answers while headless
confirm_answer = True


def error(parent: QWidget | None, title: str, text: str) -> None:
    if headless:
        shown.append(("error", text))
        return
    from PySide6.QtWidgets import QMessageBox  # on first use: no start needs it

    QMessageBox.warning(parent, title, text)


def info(parent: QWidget | None, title: str, text: str) -> None:
    if headless:
        shown.append(("info", text))
        return
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(parent, title, text)


def confirm(parent: QWidget | None, title: str, text: str, *, default: bool = True) -> bool:
    """Ask yes/no (``default`` is the preselected button); headless answers
    ``confirm_answer``."""
    if headless:
        shown.append(("confirm", text))
        return confirm_answer
    from PySide6.QtWidgets import QMessageBox

    answer = QMessageBox.question(
        parent, title, text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.Yes if default else QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes
