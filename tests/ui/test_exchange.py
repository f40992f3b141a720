"""The Exchange screen: an import shows what it would do before anything is written, commits
when confirmed, and conflicts are shown side by side to keep mine or theirs."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from bundle_factory import Exchange, do_fieldwork, make_exchange, state

from cxdesk import fieldwork
from cxdesk.bundles import import_bundle, list_conflicts
from ui import messages
from ui.context import AppContext
from ui.views.exchange import ExchangeView
from ui.workers import Worker


@pytest.fixture
def ex(tmp_path: Path) -> Iterator[Exchange]:
    exchange = make_exchange(tmp_path)
    import_bundle(exchange.shopper, exchange.kit())
    yield exchange
    Worker.wait_all()
    exchange.close()


def make_view(ex: Exchange, qtbot) -> ExchangeView:  # noqa: ANN001
    context = AppContext()
    context.ws = ex.consultant
    context.engagement_id = ex.engagement_id
    view = ExchangeView(context)
    context.changed.connect(lambda _topics: view.refresh())  # as the window does
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.refresh()
    view.show()
    return view


def test_import_shows_a_summary_first_and_commits_only_when_confirmed(ex: Exchange,
                                                                      qtbot) -> None:  # noqa: ANN001
    do_fieldwork(ex, photos=2)
    results = ex.results()
    view = make_view(ex, qtbot)
    assert view.page.is_empty and "Export field kit" in view.page.empty.text()
    before = state(ex.consultant)
    messages.confirm_answer = False
    job = view.preview(results)
    qtbot.waitUntil(lambda: job.result is not None, timeout=20000)
    (kind, text), = messages.shown
    assert kind == "confirm"
    # (plural forms come from the catalogue: "1 new check" once it holds the string)
    assert re.match(r"Results: 1 new check(\(s\))?, 2 new photo(s|\(s\)), 0 conflict", text)
    assert state(ex.consultant) == before  # declined: nothing written

    messages.shown.clear()
    messages.confirm_answer = True
    view.preview(results)
    qtbot.waitUntil(lambda: view.last_summary is not None, timeout=20000)
    assert ex.consultant.scalar("SELECT count(*) FROM checks") == 1
    assert ex.consultant.scalar("SELECT count(*) FROM blobs") == 2
    assert [k for k, _ in messages.shown] == ["confirm", "info"]
    assert re.match(r"1 bundle(\(s\))? imported", view.history.text())


def test_a_refused_bundle_is_reported_and_changes_nothing(ex: Exchange, qtbot) -> None:  # noqa: ANN001
    view = make_view(ex, qtbot)
    bad = ex.folder / "bad.cxb"
    bad.write_text("not a bundle")
    before = state(ex.consultant)
    job = view.preview(bad)
    qtbot.waitUntil(lambda: job.error is not None, timeout=20000)
    assert messages.shown == [("error", f"{bad}: refused: not a CX Desk bundle (not a SQLite"
                                        " database)")]
    assert state(ex.consultant) == before


def test_export_writes_a_kit_in_a_worker(ex: Exchange, qtbot) -> None:  # noqa: ANN001
    view = make_view(ex, qtbot)
    out = ex.folder / "for-ivan.cxb"
    job = view.export_to(out, "kit")
    qtbot.waitUntil(lambda: job.result is not None, timeout=20000)
    assert out.exists() and job.result.row_counts["assignments"] == 1
    assert messages.shown[0][0] == "info" and "1 assignment" in messages.shown[0][1]


def test_conflicts_side_by_side_keep_theirs_and_undo(ex: Exchange, qtbot) -> None:  # noqa: ANN001
    check = do_fieldwork(ex)
    import_bundle(ex.consultant, ex.results())
    fieldwork.update_check(ex.consultant, check, notes="Mine")
    fieldwork.update_check(ex.shopper, check, notes="Theirs")
    import_bundle(ex.consultant, ex.results("r2.cxb"))
    view = make_view(ex, qtbot)
    assert not view.page.is_empty and view.model.rowCount() == 1
    rows = {view.compare.item(r, 0).text(): (view.compare.item(r, 1).text(),
                                            view.compare.item(r, 2).text())
            for r in range(view.compare.rowCount())}
    assert rows["notes"] == ("Mine", "Theirs")
    assert view.compare.item(list(rows).index("notes"), 1).font().bold()
    assert view.resolve("incoming")
    assert ex.consultant.scalar("SELECT notes FROM checks WHERE id = ?", (check,)) == "Theirs"
    assert list_conflicts(ex.consultant) == [] and view.page.is_empty
    view.context.undo_stack.undo()
    assert ex.consultant.scalar("SELECT notes FROM checks WHERE id = ?", (check,)) == "Mine"
    assert len(list_conflicts(ex.consultant)) == 1
    view.refresh()
    assert view.resolve("local")
    assert ex.consultant.scalar("SELECT notes FROM checks WHERE id = ?", (check,)) == "Mine"
    assert list_conflicts(ex.consultant) == []


def test_a_kit_on_a_new_workspace_opens_its_engagement_and_assignments(
        ex: Exchange, make_window, tmp_path: Path, qtbot) -> None:  # noqa: ANN001
    from cxdesk.workspace import Workspace

    kit = ex.kit("fresh.cxb")
    window = make_window(Workspace.open(tmp_path / "laptop.cxd", create=True))
    view = window.show_view("exchange")
    view.preview(kit)
    qtbot.waitUntil(lambda: view.last_summary is not None, timeout=20000)
    assert window.context.engagement_id == ex.engagement_id
    assignments = window.show_view("assignments")
    assert assignments.proxy.rowCount() == 1
    assert assignments.proxy.index(0, 0).data() == "Ivan"


def test_keeping_their_deletion_can_be_undone_with_its_cascade(ex: Exchange,
                                                               qtbot) -> None:  # noqa: ANN001
    from cxdesk import records

    check = do_fieldwork(ex)
    import_bundle(ex.consultant, ex.results())
    link = ex.shopper.scalar("SELECT id FROM evidence_links WHERE check_id = ? LIMIT 1",
                             (check,))
    records.update(ex.consultant, "evidence_links", link, {"caption": "Dirty floor"})
    fieldwork.detach_photo(ex.shopper, link)
    import_bundle(ex.consultant, ex.results("r2.cxb"))
    view = make_view(ex, qtbot)
    assert view.model.rowCount() == 1
    assert view.resolve("incoming")  # their deletion
    assert ex.consultant.row("SELECT 1 FROM evidence_links WHERE id = ?", (link,)) is None
    view.context.undo_stack.undo()  # the caption typed here comes back
    assert ex.consultant.scalar("SELECT caption FROM evidence_links WHERE id = ?",
                                (link,)) == "Dirty floor"
    assert ex.consultant.row("SELECT 1 FROM tombstones WHERE row_id = ?", (link,)) is None
    assert len(list_conflicts(ex.consultant)) == 1
    view.context.undo_stack.redo()
    assert ex.consultant.row("SELECT 1 FROM evidence_links WHERE id = ?", (link,)) is None
    assert list_conflicts(ex.consultant) == []
