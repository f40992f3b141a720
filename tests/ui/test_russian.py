"""The interface speaks Russian: the overview rendered in Russian shows Russian texts."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel

from cxdesk.workspace import Workspace
from ui import i18n
from ui.app import render_screenshot


def test_overview_in_russian(make_window, workspace_path, built_path):
    i18n.install("ru")
    window = make_window(Workspace.open(workspace_path), engagement_id=built_path.engagement_id)
    sidebar = window.sidebar
    assert sidebar.title("overview") == "Обзор"
    assert sidebar.title("engagement") == "Проект"
    texts = {label.text() for label in window.findChildren(QLabel)}
    assert {"Покрытие полевых работ", "Самые слабые точки контакта", "Новые выводы",
            "Открытые мероприятия", "Своя компания"} <= texts
    assert "2 проверки" in " ".join(texts)
    assert "Все изменения сохранены" in window.status.text()
    assert window.menus.file_menu.title() == "&Файл"


def test_screenshot_in_russian_is_made_with_russian_texts(workspace_path, built_path, tmp_path,
                                                          qapp):
    render_screenshot(tmp_path / "ru.png", workspace_path, None, "overview", "ru")
    assert i18n.current() == "ru"
    assert QApplication.translate("Sidebar", "Checks") == "Проверки"
    assert (tmp_path / "ru.png").stat().st_size > 10_000
