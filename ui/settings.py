"""What the app remembers between runs (QSettings): language, recent workspaces, window state,
the engagement last shown per workspace, and a declined first-start offer."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "CX Desk"
APPLICATION = "CX Desk"
MAX_RECENT = 8
LANGUAGES = ("ru", "en")


def settings() -> QSettings:
    """The app's settings store (the default format, so tests can redirect it with setPath)."""
    return QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope, ORGANIZATION,
                     APPLICATION)


def language() -> str | None:
    value = settings().value("language")
    return value if value in LANGUAGES else None


def set_language(lang: str) -> None:
    settings().setValue("language", lang)


def _as_list(value: object) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value else []
    return [str(v) for v in value]  # type: ignore[union-attr]


def recent_workspaces() -> list[Path]:
    """Recently opened workspaces, newest first; files that no longer exist are pruned."""
    return _pruned_recent(settings())


def _pruned_recent(store: QSettings) -> list[Path]:
    paths = [Path(p) for p in _as_list(store.value("recent_workspaces"))]
    kept = [p for p in paths if p.is_file()][:MAX_RECENT]
    if kept != paths:
        store.setValue("recent_workspaces", [str(p) for p in kept])
    return kept


def add_recent_workspace(path: Path) -> list[Path]:
    path = Path(path).resolve()
    store = settings()
    stored = [Path(p) for p in _as_list(store.value("recent_workspaces"))]
    paths = [path, *[p for p in stored if p != path]][:MAX_RECENT]
    if paths != stored:  # reopening the newest one writes nothing
        store.setValue("recent_workspaces", [str(p) for p in paths])
    return _pruned_recent(store)


def clear_recent_workspaces() -> None:
    settings().remove("recent_workspaces")


def last_engagement(workspace_id: str) -> str | None:
    value = settings().value(f"last_engagement/{workspace_id}")
    return str(value) if value else None


def set_last_engagement(workspace_id: str, engagement_id: str | None) -> None:
    store = settings()
    key = f"last_engagement/{workspace_id}"
    if store.value(key) != (engagement_id or ""):  # showing it again writes nothing
        store.setValue(key, engagement_id or "")


def sample_declined() -> bool:
    return settings().value("sample_declined", False, type=bool)


def set_sample_declined(declined: bool = True) -> None:
    settings().setValue("sample_declined", declined)


def window_state() -> tuple[QByteArray | None, QByteArray | None]:
    store = settings()
    return store.value("window/geometry"), store.value("window/state")


def save_window_state(geometry: QByteArray, state: QByteArray) -> None:
    store = settings()
    store.setValue("window/geometry", geometry)
    store.setValue("window/state", state)
