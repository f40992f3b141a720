"""The main window: title, status, sidebar counts, screens, engagements, recent workspaces,
restoring a backup, the first-start offer, the language switch."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cxdesk import backups, engagements
from cxdesk.workspace import Workspace
from ui import messages, settings
from ui.view_stack import available_views
from ui.views import VIEW_NAMES


def test_title_and_status_say_what_is_open_and_that_it_is_saved(window, workspace_path):
    assert window.windowTitle() == "CX Desk — Audit «North Motors», Q4 2026"
    status = window.status.text()
    assert "All changes saved" in status and workspace_path.name in status


def test_the_sidebar_lists_the_available_screens_in_registry_order(window):
    names = window.sidebar.names()
    assert names == [n for n in VIEW_NAMES if n in names] == available_views()
    assert names[:2] == ["overview", "engagement"]
    assert window.sidebar.title("overview") == "Overview"


def test_sidebar_counts_are_live(window, built_path):
    sidebar = window.sidebar
    assert sidebar.count_text("checks") == "3"
    assert sidebar.count_text("coverage") == "50 %"
    assert sidebar.count_text("findings") == "2"
    assert sidebar.count_text("actions") == "2"
    assert sidebar.count_text("evidence") == "1"
    assert sidebar.count_text("engagement") == "3"
    view = window.show_view("engagement")
    view.remove("subject", built_path.own_id)
    assert sidebar.count_text("checks") == "1"
    assert sidebar.count_text("engagement") == "2"
    assert sidebar.count_text("evidence") == ""
    window.context.undo_stack.undo()
    assert sidebar.count_text("checks") == "3"


def test_screens_are_created_lazily_and_refreshed_by_their_topics(window, built_path):
    assert window.stack.view("engagement") is None
    overview = window.stack.view("overview")
    assert overview is not None and overview.data.engagement.id == built_path.engagement_id
    window.show_view("engagement").add("subject", {"name": "Competitor D"})
    assert [s.name for s in overview.data.subjects][-1] == "Competitor D"


def test_choosing_another_engagement_shows_it_everywhere(window, built_path):
    other = engagements.create_engagement(window.context.ws, name="Second audit")
    window.context.notify("engagement")
    combo = window.menus.engagement_combo
    assert combo.count() == 2
    combo.activated.emit(combo.findData(other.id))
    assert window.context.engagement_id == other.id
    assert window.windowTitle() == "CX Desk — Second audit"
    assert window.stack.view("overview").data.engagement.name == "Second audit"
    assert window.sidebar.count_text("checks") == ""


def test_new_and_deleted_engagements_are_undoable(window, built_path):
    ctx = window.context
    assert window.create_engagement({"name": "Mystery shopping 2027", "client": "X"})
    created = ctx.engagement_id
    assert created != built_path.engagement_id
    assert window.windowTitle() == "CX Desk — Mystery shopping 2027"
    ctx.undo_stack.undo()
    assert ctx.engagement_id == built_path.engagement_id
    ctx.undo_stack.redo()
    assert ctx.engagement_id == created
    assert window.remove_engagement()
    assert ctx.engagement_id == built_path.engagement_id
    assert [e.id for e in engagements.list_engagements(ctx.ws)] == [built_path.engagement_id]
    ctx.undo_stack.undo()
    assert ctx.engagement_id == created


def test_deleting_the_only_engagement_shows_the_empty_state_and_undo_brings_it_back(window):
    ctx = window.context
    checks = ctx.ws.scalar("SELECT count(*) FROM checks")
    assert window.remove_engagement()
    assert ctx.engagement_id is None
    assert window.windowTitle() == "CX Desk"
    assert window.stack.view("overview").data is None
    assert not window.menus.delete_engagement.isEnabled()
    ctx.undo_stack.undo()
    assert ctx.ws.scalar("SELECT count(*) FROM checks") == checks
    assert window.stack.view("overview").data is not None


def test_undo_and_redo_have_the_standard_shortcuts(window):
    from PySide6.QtGui import QKeySequence

    assert window.menus.undo.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    assert window.menus.redo.shortcut() == QKeySequence(QKeySequence.StandardKey.Redo)
    assert not window.menus.undo.isEnabled()
    window.set_engagement_name("Renamed")
    assert window.menus.undo.isEnabled()
    assert window.menus.undo.text() == "&Undo Rename engagement"


def test_recent_workspaces_newest_first_at_most_eight_and_pruned(tmp_path):
    paths = []
    for i in range(10):
        path = tmp_path / f"w{i}.cxd"
        path.write_bytes(b"")
        paths.append(path)
        settings.add_recent_workspace(path)
    recent = settings.recent_workspaces()
    assert recent == [p.resolve() for p in reversed(paths)][:8]
    paths[9].unlink()
    assert settings.recent_workspaces()[0] == paths[8].resolve()
    settings.add_recent_workspace(paths[5])
    assert settings.recent_workspaces()[0] == paths[5].resolve()
    assert len(settings.recent_workspaces()) == 7


def test_opening_a_workspace_records_it_as_recent_and_fills_the_menu(make_window,
                                                                     workspace_path):
    window = make_window(interactive=True)
    assert window.open_workspace(workspace_path)
    assert settings.recent_workspaces() == [workspace_path.resolve()]
    window.menus._fill_recent()
    assert [a.text() for a in window.menus.recent_menu.actions()][0] == workspace_path.name


def test_a_refused_workspace_is_reported_and_nothing_changes(make_window, window, tmp_path):
    bogus = tmp_path / "notes.cxd"
    bogus.write_text("not a database")
    current = window.context.ws
    assert not window.open_workspace(bogus)
    assert window.context.ws is current
    assert messages.shown[-1][0] == "error" and "not a CX Desk workspace" in messages.shown[-1][1]
    assert bogus.read_text() == "not a database"


def test_first_start_offers_the_sample_for_an_empty_workspace(make_window, workspace_path):
    window = make_window(interactive=True)
    window.open_workspace(workspace_path)
    offer = window.sample_offer
    assert offer is not None and offer.isVisible()
    offer.never.setChecked(True)
    offer.reject()
    assert settings.sample_declined()
    again = make_window(interactive=True)
    window.close_workspace()
    again.open_workspace(workspace_path)
    assert again.sample_offer is None


def test_no_offer_for_a_workspace_that_has_an_engagement(make_window, workspace_path,
                                                         built_path):
    window = make_window(interactive=True)
    window.open_workspace(workspace_path)
    assert window.sample_offer is None


def test_no_offer_in_a_non_interactive_window(make_window, workspace_path):
    window = make_window(Workspace.open(workspace_path))
    assert window.offer_sample() is None and window.sample_offer is None


def test_the_sample_is_built_in_a_worker_and_selected(make_window, workspace_path, qtbot,
                                                      monkeypatch):
    import ui.dialogs.first_start as first_start

    def fake_build(path: Path) -> str:  # stands in for cxdesk.demo: own connection, one row
        ws = Workspace.open(path)
        try:
            return engagements.create_engagement(ws, name="Sample audit").id
        finally:
            ws.close()

    monkeypatch.setattr(first_start, "build_sample", fake_build)
    window = make_window(interactive=True)
    window.open_workspace(workspace_path)
    window.sample_offer.start_sample()
    qtbot.waitUntil(lambda: window.context.engagement_id is not None, timeout=10000)
    assert window.windowTitle() == "CX Desk — Sample audit"
    assert window.menus.engagement_combo.currentText() == "Sample audit"


def test_opening_makes_a_rolling_backup_in_the_background(make_window, workspace_path,
                                                          built_path, qtbot):
    window = make_window(interactive=True)
    window.open_workspace(workspace_path)
    worker = window.backup_worker
    assert worker is not None
    qtbot.waitUntil(lambda: not worker.is_running(), timeout=10000)
    made = backups.list_backups(window.context.ws.workspace_id)
    assert made and made[0].reason == "auto"


def test_restore_from_backup_through_the_dialog(window, built_path, workspace_path):
    from ui.dialogs.workspace import RestoreDialog

    ws = window.context.ws
    backups.make_backup(workspace_path, "manual")
    window.set_engagement_name("Changed after the backup")
    dialog = RestoreDialog(ws.workspace_id, window)
    assert dialog.list.topLevelItemCount() >= 1
    dialog.select(0)
    chosen = dialog.selected_backup()
    assert chosen.reason == "manual" and dialog.list.topLevelItem(0).text(2) == "Made by hand"
    assert window.restore_backup(chosen.path)
    restored = window.context.ws
    assert restored is not ws
    assert engagements.get_engagement(restored, built_path.engagement_id).name == \
        "Audit «North Motors», Q4 2026"
    assert window.context.engagement_id == built_path.engagement_id
    assert window.context.undo_stack.count() == 0
    reasons = [b.reason for b in backups.list_backups(restored.workspace_id)]
    assert "before_restore" in reasons
    assert RestoreDialog(restored.workspace_id).reason_text("before_restore") == \
        "Before a restore"


def test_a_declined_restore_changes_nothing(window, workspace_path):
    backup = backups.make_backup(workspace_path, "manual")
    ws = window.context.ws
    messages.confirm_answer = False
    assert not window.restore_backup(backup.path)
    assert window.context.ws is ws


def test_switching_the_language_retranslates_live_and_is_remembered(window):
    window.show_view("engagement")
    window.set_language("ru")
    assert settings.language() == "ru"
    assert window.sidebar.title("overview") == "Обзор"
    assert window.menus.file_menu.title() == "&Файл"
    assert window.stack.current_name() == "engagement"
    assert "Все изменения сохранены" in window.status.text()
    window.set_language("en")
    assert window.sidebar.title("overview") == "Overview"


def test_window_state_is_saved_on_close(make_window, workspace_path):
    window = make_window(interactive=True)
    window.resize(1000, 700)
    window.close()
    geometry, state = settings.window_state()
    assert geometry is not None and state is not None


def test_overdue_actions_are_red_against_today(window):
    overview = window.stack.view("overview")
    assert overview.data.overdue_actions_total == 1
    assert dt.date.today().isoformat() > "2026-01-15"
