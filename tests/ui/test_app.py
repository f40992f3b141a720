"""``run_gui``: the default workspace is created on first use; a refused one leads to the
Open/New choice instead of a crash; the language comes from --lang, the setting, the locale."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from cxdesk import engagements
from cxdesk.workspace import Workspace
from ui import i18n, settings
from ui.app import run_gui
from ui.main_window import MainWindow


def _close_soon(seen: list) -> None:
    def close() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.windowTitle())
                widget.close()
    QTimer.singleShot(300, close)


@pytest.fixture
def no_offer():
    settings.set_sample_declined(True)


def test_first_run_creates_the_default_workspace_and_its_folder(tmp_path, monkeypatch,
                                                                no_offer, qapp):
    data = tmp_path / "data" / "deeper"
    monkeypatch.setenv("CXDESK_DATA_DIR", str(data))
    seen: list = []
    _close_soon(seen)
    assert run_gui(None, "en") == 0
    assert (data / "workspace.cxd").is_file()
    Workspace.open(data / "workspace.cxd").close()
    assert seen == ["CX Desk"]
    assert settings.recent_workspaces() == [(data / "workspace.cxd").resolve()]


def test_a_given_workspace_opens_with_its_first_engagement(workspace_path, built_path,
                                                           no_offer, qapp):
    seen: list = []
    _close_soon(seen)
    assert run_gui(workspace_path, "en") == 0
    assert seen == ["CX Desk — Audit «North Motors», Q4 2026"]


def test_a_refused_workspace_offers_open_or_new_and_quits_when_declined(tmp_path, monkeypatch,
                                                                        qapp):
    import ui.dialogs.workspace as dialogs

    bogus = tmp_path / "bogus.cxd"
    bogus.write_text("hello")
    told: list[str] = []
    monkeypatch.setattr(dialogs, "choose_after_refusal",
                        lambda parent, message: told.append(message))
    assert run_gui(bogus, "en") == 1
    assert "not a CX Desk workspace" in told[0]
    assert bogus.read_text() == "hello"


def test_after_a_refusal_a_new_workspace_can_be_made(tmp_path, monkeypatch, no_offer, qapp):
    import ui.dialogs.workspace as dialogs

    missing = tmp_path / "missing.cxd"
    fresh = tmp_path / "fresh.cxd"
    monkeypatch.setattr(dialogs, "choose_after_refusal", lambda parent, message: "new")
    monkeypatch.setattr(dialogs, "ask_new_workspace_path", lambda parent, start=None: fresh)
    seen: list = []
    _close_soon(seen)
    assert run_gui(missing, "en") == 0
    assert not missing.exists()
    ws = Workspace.open(fresh)
    assert engagements.list_engagements(ws) == []
    ws.close()


def test_language_from_the_option_then_the_setting_then_the_locale(monkeypatch):
    from PySide6.QtCore import QLocale

    assert i18n.choose_language("ru") == "ru"
    settings.set_language("ru")
    assert i18n.choose_language(None) == "ru"
    assert i18n.choose_language("en") == "en"
    settings.settings().remove("language")
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.Russian))
    assert i18n.choose_language(None) == "ru"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.German))
    assert i18n.choose_language(None) == "en"


def test_resources_are_found_beside_the_code_or_in_the_bundle(monkeypatch, tmp_path):
    import sys

    from ui.resources import resource_path

    assert resource_path("translations", "cxdesk_ru.qm").is_file()
    monkeypatch.setattr(sys, "_MEIPASS", str(tmp_path), raising=False)
    assert resource_path("icons", "x.svg") == Path(tmp_path, "resources", "icons", "x.svg")
