"""Field exchange end to end in the core: kit out, fieldwork, results back, merged safely."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from bundle_factory import Exchange, do_fieldwork, make_exchange, photo_hashes, state, sync

from cxdesk import fieldwork, records
from cxdesk.assignments import list_assignments
from cxdesk.bundles import import_bundle, list_conflicts, resolve_conflict
from cxdesk.search import search
from cxdesk.workspace import Workspace


@pytest.fixture
def ex(tmp_path: Path) -> Iterator[Exchange]:
    exchange = make_exchange(tmp_path)
    yield exchange
    exchange.close()


def test_a_kit_gives_the_shopper_the_engagement_and_their_assignments(ex: Exchange) -> None:
    summary = import_bundle(ex.shopper, ex.kit())
    assert summary.committed and summary.added["assignments"] == 1
    (assignment,) = list_assignments(ex.shopper, ex.engagement_id)
    assert (assignment.shopper, assignment.scenario, assignment.due_date, assignment.location) \
        == ("Ivan", "Family car", "2026-11-20", "Showroom Lenina")
    criteria = ex.shopper.scalar("SELECT count(*) FROM criteria")
    assert criteria == ex.consultant.scalar("SELECT count(*) FROM criteria") == 8
    # rows arrive with the ids, revisions and times they had
    for table in ("engagements", "criteria", "assignments"):
        mine = ex.consultant.rows(f"SELECT * FROM {table} ORDER BY id")
        assert [tuple(r) for r in ex.shopper.rows(f"SELECT * FROM {table} ORDER BY id")] \
            == [tuple(r) for r in mine]
    # and the search index knows them
    assert search(ex.shopper, ex.engagement_id, "Greeted")


def test_results_come_back_with_photos_intact(ex: Exchange) -> None:
    import_bundle(ex.shopper, ex.kit())
    check = do_fieldwork(ex, photos=3)
    summary = import_bundle(ex.consultant, ex.results())
    assert summary.added["checks"] == 1 and summary.photos_added == 3
    assert summary.updated == {"assignments": 1}  # done on the shopper's side
    assert ex.consultant.scalar("SELECT status FROM assignments WHERE id = ?",
                                (ex.field.assignment_id,)) == "done"
    hashes = photo_hashes(ex.consultant)
    assert len(hashes) == 3 and all(k == v for k, v in hashes.items())
    assert hashes == photo_hashes(ex.shopper)
    answers = ex.consultant.rows("SELECT * FROM answers WHERE check_id = ? ORDER BY id", (check,))
    assert [tuple(r) for r in answers] == [tuple(r) for r in ex.shopper.rows(
        "SELECT * FROM answers WHERE check_id = ? ORDER BY id", (check,))]
    assert ex.consultant.scalar("SELECT count(*) FROM evidence_links WHERE check_id = ?",
                                (check,)) == 3
    assert [h.kind for h in search(ex.consultant, ex.engagement_id, "hurried")] == ["answer"]
    ex.consultant.conn.execute("INSERT INTO search_fts (search_fts) VALUES ('integrity-check')")
    assert [r[0] for r in ex.consultant.conn.execute("PRAGMA foreign_key_check")] == []


def test_importing_the_same_bundle_twice_changes_nothing(ex: Exchange) -> None:
    sync(ex)
    kit = ex.kit("kit2.cxb")
    import_bundle(ex.shopper, kit)
    do_fieldwork(ex)
    results = ex.results("results2.cxb")
    first = import_bundle(ex.consultant, results)
    assert first.added
    before = state(ex.consultant)
    again = import_bundle(ex.consultant, results)
    assert again.already_imported and not again.added and not again.updated
    assert not again.conflicts and again.photos_added == 0
    assert state(ex.consultant) == before
    shopper_before = state(ex.shopper)
    import_bundle(ex.shopper, kit)
    assert state(ex.shopper) == shopper_before


def test_one_sided_changes_travel_without_conflict(ex: Exchange) -> None:
    import_bundle(ex.shopper, ex.kit())
    check = do_fieldwork(ex)
    import_bundle(ex.consultant, ex.results())
    # the shopper edits again; the consultant did not touch it: the newer version wins
    fieldwork.update_check(ex.shopper, check, notes="Came back a second time")
    revision = ex.shopper.scalar("SELECT revision FROM checks WHERE id = ?", (check,))
    summary = import_bundle(ex.consultant, ex.results("r2.cxb"))
    assert summary.updated == {"checks": 1} and not summary.conflicts
    row = ex.consultant.row("SELECT notes, revision, updated_at FROM checks WHERE id = ?",
                            (check,))
    assert tuple(row) == tuple(ex.shopper.row(
        "SELECT notes, revision, updated_at FROM checks WHERE id = ?", (check,)))
    assert row["revision"] == revision  # kept exactly, not bumped by the trigger
    # the consultant edits; the shopper's next bundle carries the old version: mine stays
    fieldwork.update_check(ex.consultant, check, notes="Reviewed by Anna")
    summary = import_bundle(ex.consultant, ex.results("r3.cxb"))
    assert not summary.updated and not summary.conflicts
    assert ex.consultant.scalar("SELECT notes FROM checks WHERE id = ?", (check,)) \
        == "Reviewed by Anna"


def test_deletions_travel_through_tombstones(ex: Exchange) -> None:
    import_bundle(ex.shopper, ex.kit())
    check = do_fieldwork(ex)
    import_bundle(ex.consultant, ex.results())
    link = ex.shopper.scalar("SELECT id FROM evidence_links WHERE check_id = ? LIMIT 1",
                             (check,))
    fieldwork.detach_photo(ex.shopper, link)
    summary = import_bundle(ex.consultant, ex.results("r2.cxb"))
    assert summary.deleted == {"evidence_links": 1}
    assert ex.consultant.row("SELECT 1 FROM evidence_links WHERE id = ?", (link,)) is None
    assert ex.consultant.row("SELECT 1 FROM tombstones WHERE row_id = ?", (link,)) is not None


def _conflicting(ex: Exchange) -> tuple[str, int]:
    import_bundle(ex.shopper, ex.kit())
    check = do_fieldwork(ex)
    import_bundle(ex.consultant, ex.results())
    fieldwork.update_check(ex.consultant, check, notes="Consultant's note")
    fieldwork.update_check(ex.shopper, check, notes="Shopper's note", scenario="Urgent")
    summary = import_bundle(ex.consultant, ex.results("r2.cxb"))
    ((table, row_id, columns),) = summary.conflicts
    assert (table, row_id) == ("checks", check) and set(columns) == {"notes", "scenario"}
    (conflict,) = list_conflicts(ex.consultant)
    return check, conflict.id


def test_a_conflict_keeps_mine_until_resolved_and_survives_a_restart(ex: Exchange) -> None:
    check, conflict_id = _conflicting(ex)
    assert ex.consultant.scalar("SELECT notes FROM checks WHERE id = ?", (check,)) \
        == "Consultant's note"
    path = ex.consultant.path
    ex.consultant.close()
    ex.consultant = Workspace.open(path)
    (conflict,) = list_conflicts(ex.consultant)
    assert conflict.local["notes"] == "Consultant's note"
    assert conflict.incoming["notes"] == "Shopper's note"
    # importing the same bundle again does not report it twice
    again = import_bundle(ex.consultant, ex.folder / "r2.cxb")
    assert not again.conflicts and len(list_conflicts(ex.consultant)) == 1
    resolved = resolve_conflict(ex.consultant, conflict_id, keep="local")
    assert resolved.status == "kept_local" and list_conflicts(ex.consultant) == []
    assert ex.consultant.scalar("SELECT notes FROM checks WHERE id = ?", (check,)) \
        == "Consultant's note"


def test_resolving_a_conflict_with_theirs_takes_the_incoming_version(ex: Exchange) -> None:
    check, conflict_id = _conflicting(ex)
    revision = ex.consultant.scalar("SELECT revision FROM checks WHERE id = ?", (check,))
    resolve_conflict(ex.consultant, conflict_id, keep="incoming")
    row = records.get(ex.consultant, "checks", check)
    assert (row["notes"], row["scenario"]) == ("Shopper's note", "Urgent")
    assert row["revision"] == revision + 1  # a new edit of this workspace
    assert list_conflicts(ex.consultant) == []
    assert list_conflicts(ex.consultant, only_open=False)[0].status == "kept_incoming"
    with pytest.raises(Exception, match="resolved already"):
        resolve_conflict(ex.consultant, conflict_id, keep="local")


def test_a_dry_run_reports_without_writing(ex: Exchange) -> None:
    import_bundle(ex.shopper, ex.kit())
    do_fieldwork(ex)
    results = ex.results()
    before = state(ex.consultant)
    preview = import_bundle(ex.consultant, results, dry_run=True)
    assert not preview.committed and preview.added["checks"] == 1
    assert preview.photos_added == 2
    assert state(ex.consultant) == before


def test_results_need_the_engagement_in_the_workspace(ex: Exchange, tmp_path: Path) -> None:
    from cxdesk.bundles import BundleError

    import_bundle(ex.shopper, ex.kit())
    do_fieldwork(ex)
    with Workspace.open(tmp_path / "other.cxd", create=True) as other, \
            pytest.raises(BundleError, match="import its field kit first"):
        import_bundle(other, ex.results())


def test_a_cancelled_import_changes_nothing(ex: Exchange) -> None:
    from cxdesk.bundles import BundleError

    import_bundle(ex.shopper, ex.kit())
    do_fieldwork(ex)
    results = ex.results()
    before = state(ex.consultant)
    with pytest.raises(BundleError, match="cancelled"):
        import_bundle(ex.consultant, results, progress=lambda done, total: done < 3)
    assert state(ex.consultant) == before


def test_deleted_there_but_changed_here_is_a_conflict(ex: Exchange) -> None:
    import_bundle(ex.shopper, ex.kit())
    check = do_fieldwork(ex)
    import_bundle(ex.consultant, ex.results())
    link = ex.shopper.scalar("SELECT id FROM evidence_links WHERE check_id = ? LIMIT 1",
                             (check,))
    records.update(ex.consultant, "evidence_links", link, {"caption": "Dirty floor"})
    fieldwork.detach_photo(ex.shopper, link)
    summary = import_bundle(ex.consultant, ex.results("r2.cxb"))
    assert summary.conflicts == [("evidence_links", link, ["deleted there"])]
    assert ex.consultant.scalar("SELECT caption FROM evidence_links WHERE id = ?",
                                (link,)) == "Dirty floor"
    (conflict,) = list_conflicts(ex.consultant)
    assert conflict.incoming is None and conflict.local["caption"] == "Dirty floor"
    resolve_conflict(ex.consultant, conflict.id, keep="incoming")
    assert ex.consultant.row("SELECT 1 FROM evidence_links WHERE id = ?", (link,)) is None
