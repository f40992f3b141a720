"""Choosing the interface language and installing the translators (ours and Qt's own)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui import settings
from ui.resources import resource_path

_installed: list[QTranslator] = []
_current = "en"


def choose_language(requested: str | None) -> str:
    """``--lang``, else the saved setting, else the system locale (Russian if it is Russian),
    else English."""
    if requested in settings.LANGUAGES:
        return requested  # type: ignore[return-value]
    saved = settings.language()
    if saved:
        return saved
    return "ru" if QLocale.system().language() == QLocale.Language.Russian else "en"


def _qt_translation_dirs() -> list[Path]:
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
            resource_path("translations")]


def install(lang: str) -> str:
    """Replace the installed translators with those of ``lang``; returns the language."""
    global _current
    app = QCoreApplication.instance()
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _current = lang
    ours = QTranslator(app)
    if ours.load(str(resource_path("translations", f"cxdesk_{lang}.qm"))):
        app.installTranslator(ours)  # for English: the plural forms only
        _installed.append(ours)
    if lang != "ru":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
        return lang
    QLocale.setDefault(QLocale(QLocale.Language.Russian, QLocale.Country.Russia))
    for folder in _qt_translation_dirs():
        qt = QTranslator(app)
        if qt.load(str(folder / "qtbase_ru.qm")):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    return lang


def current() -> str:
    return _current
