"""Where the shipped resources (translations, icons, fonts) are: beside the repository's code,
or inside the PyInstaller bundle (``sys._MEIPASS``) when frozen."""

from __future__ import annotations

import sys
from pathlib import Path


def root() -> Path:
    """The folder that holds ``resources/``."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return _SOURCE_ROOT


_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    """A path inside ``resources/``, e.g. ``resource_path("translations", "cxdesk_ru.qm")``."""
    return root().joinpath("resources", *parts)
