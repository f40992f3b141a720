"""Colours and the small amount of styling the app uses, derived from the palette so that a
dark system theme stays legible. Status colours are mid-tones readable on light and dark."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QWidget

RED = QColor("#d14343")
AMBER = QColor("#d08a12")
GREEN = QColor("#2f9e5b")
BLUE = QColor("#3b7dd8")
PURPLE = QColor("#8e5cd9")
GREY = QColor("#8a94a6")


def score_colour(value: float | None) -> QColor:
    """Red below 60, amber below 80, green from 80; grey when there is no score."""
    if value is None:
        return GREY
    if value < 60:
        return RED
    if value < 80:
        return AMBER
    return GREEN


FINDING_COLOURS = {
    "failure": RED,
    "weak_spot": AMBER,
    "strength": GREEN,
    "best_practice_comfort": BLUE,
    "best_practice_wow": PURPLE,
}


def palette() -> QPalette:
    return QApplication.palette()


def is_dark() -> bool:
    pal = palette()
    return pal.color(QPalette.ColorRole.Window).lightness() < 128


def mix(a: QColor, b: QColor, t: float) -> QColor:
    """``a`` moved by ``t`` (0…1) towards ``b``."""
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def surface() -> QColor:
    """The background behind cards: a touch darker (lighter in dark mode) than the cards."""
    pal = palette()
    base = pal.color(QPalette.ColorRole.Base)
    window = pal.color(QPalette.ColorRole.Window)
    return mix(base, window, 0.55)


def border() -> QColor:
    pal = palette()
    return mix(pal.color(QPalette.ColorRole.Base), pal.color(QPalette.ColorRole.Text), 0.14)


def muted() -> QColor:
    pal = palette()
    return mix(pal.color(QPalette.ColorRole.Text), pal.color(QPalette.ColorRole.Base), 0.42)


def accent() -> QColor:
    return palette().color(QPalette.ColorRole.Highlight)


def tint(colour: QColor, amount: float = 0.14) -> QColor:
    """A pale background of ``colour`` on the current base (for badges and highlights)."""
    return mix(palette().color(QPalette.ColorRole.Base), colour, amount)


def css(colour: QColor) -> str:
    return colour.name()


def scaled_font(widget: QWidget | None, factor: float, *, bold: bool = False,
                weight: QFont.Weight | None = None) -> QFont:
    font = QFont(widget.font() if widget is not None else QApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    if weight is not None:
        font.setWeight(weight)
    elif bold:
        font.setBold(True)
    return font


# Small style sheets for the window's chrome, each set on its own widget: the screens below
# them (the Overview's cards above all) stay clear of the style-sheet machinery.
def toolbar_stylesheet() -> str:
    return (f"QToolBar {{ border: none; border-bottom: 1px solid {css(border())}; spacing: 6px;"
            f" padding: 4px 8px; }}")


def status_bar_stylesheet() -> str:
    return (f"QStatusBar {{ border-top: 1px solid {css(border())}; }}"
            f" QStatusBar QLabel {{ color: {css(muted())}; padding: 0 6px; }}")


def sidebar_stylesheet() -> str:
    return (f"#Sidebar {{ background: {css(surface())}; border: none;"
            f" border-right: 1px solid {css(border())}; }}")
