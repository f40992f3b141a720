"""Line icons from ``resources/icons`` (SVG, drawn in ``currentColor``), tinted to a colour so
they suit light and dark themes. Rendered through Qt's SVG image plugin: no QtSvg import."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QColor, QIcon, QPixmap

from ui.resources import resource_path

_SCALE = 3  # rendered larger than shown, so they stay crisp on high-DPI screens


@lru_cache(maxsize=128)
def _pixmap(name: str, colour: str) -> QPixmap:
    path = resource_path("icons", f"{name}.svg")
    pixmap = QPixmap()
    if not path.is_file():
        return pixmap
    svg = path.read_text(encoding="utf-8").replace("currentColor", colour)
    svg = svg.replace('width="24" height="24"', f'width="{24 * _SCALE}" height="{24 * _SCALE}"')
    pixmap.loadFromData(QByteArray(svg.encode()), "SVG")
    return pixmap


def icon(name: str, colour: QColor) -> QIcon:
    return _icon(name, colour.name())


@lru_cache(maxsize=128)
def _icon(name: str, colour: str) -> QIcon:
    pixmap = _pixmap(name, colour)
    return QIcon(pixmap) if not pixmap.isNull() else QIcon()
