"""Review fixes of the field exchange: bundles that reach into another engagement, and merges
a consultant meets every day (a parent deleted here, an unlinked photo)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from bundle_factory import Exchange, do_fieldwork, make_exchange, state

from cxdesk import engagements, fieldwork
from cxdesk.assignments import delete_assignment
from cxdesk.bundles import BundleError, export_bundle, import_bundle, list_conflicts


@pytest.fixture
def ex(tmp_path: Path) -> Iterator[Exchange]:
    exchange = make_exchange(tmp_path)
    yield exchange
    exchange.close()


def _edit(path: Path, *statements: tuple[str, tuple]) -> None:
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        for sql, params in statements:
            conn.execute(sql, params)
    finally:
        conn.close()


def _recount(path: Path, **more: int) -> tuple[str, tuple]:
    conn = sqlite3.connect(path)
    try:
        counts = json.loads(conn.execute(
            "SELECT value FROM manifest WHERE key = 'row_counts'").fetchone()[0])
    finally:
        conn.close()
    for table, n in more.items():
        counts[table] += n
    return "UPDATE manifest SET value = ? WHERE key = 'row_counts'", (json.dumps(counts),)


def _refused(ex: Exchange, bad: Path, reason: str) -> None:
    before = state(ex.consultant)
    with pytest.raises(BundleError, match=reason) as refused:
        import_bundle(ex.consultant, bad)
    assert str(refused.value).startswith(f"{bad}: ") and "\n" not in str(refused.value)
    assert state(ex.consultant) == before


def test_a_row_pointing_at_another_engagements_subject_is_refused(ex: Exchange) -> None:
    import_bundle(ex.shopper, ex.kit())
    do_fieldwork(ex)
    other = engagements.create_engagement(ex.consultant, name="Another client")
    theirs = engagements.add_subject(ex.consultant, other.id, name="Their shop", own=True)
    bad = ex.folder / "xref.cxb"
    shutil.copy(ex.results(), bad)
    _edit(bad, ("UPDATE checks SET subject_id = ?", (theirs.id,)))
    _refused(ex, bad, f"subject_id {theirs.id} is a subjects row of another engagement")


def test_forged_bases_cannot_rewrite_a_row_of_another_engagement(ex: Exchange) -> None:
    import_bundle(ex.shopper, ex.kit())
    do_fieldwork(ex)
    other = engagements.create_engagement(ex.consultant, name="Another client")
    finding = str(uuid.uuid4())
    with ex.consultant.transaction():
        ex.consultant.conn.execute(
            "INSERT INTO findings (id, engagement_id, kind, title) VALUES (?, ?, 'failure', ?)",
            (finding, other.id, "Their secret"))
    row = ex.consultant.row("SELECT * FROM findings WHERE id = ?", (finding,))
    bad = ex.folder / "forged.cxb"
    shutil.copy(ex.results(), bad)
    # the row "changed there" only, according to a base that claims this workspace's version
    _edit(bad, ("INSERT INTO findings (id, created_at, updated_at, revision, engagement_id,"
                " kind, title) VALUES (?, ?, '2030-01-01T00:00:00.000Z', ?, ?, 'failure', ?)",
                (finding, row["created_at"], row["revision"] + 1, ex.engagement_id, "moved")),
          ("INSERT INTO bases VALUES (?, 'findings', ?, ?, ?)",
           (ex.consultant.workspace_id, finding, row["revision"], row["updated_at"])),
          _recount(bad, findings=1, bases=1))
    _refused(ex, bad, f"table 'findings' row {finding} belongs to another engagement")
    assert ex.consultant.scalar("SELECT engagement_id FROM findings WHERE id = ?",
                                (finding,)) == other.id


def test_new_answers_of_a_check_deleted_here_are_dropped_not_the_whole_bundle(
        ex: Exchange) -> None:
    import_bundle(ex.shopper, ex.kit())
    check = do_fieldwork(ex)
    import_bundle(ex.consultant, ex.results())
    fieldwork.answer(ex.shopper, check, ex.field.criteria["clean"], value=True)
    fieldwork.delete_check(ex.consultant, check)
    # meanwhile the shopper did a second check, which must arrive
    second = fieldwork.create_check_from_assignment(ex.shopper, ex.field.assignment_id)
    fieldwork.answer(ex.shopper, second, ex.field.criteria["greeting"], value=False)
    summary = import_bundle(ex.consultant, ex.results("r2.cxb"))
    assert summary.committed and summary.added["checks"] == 1
    assert ex.consultant.row("SELECT 1 FROM checks WHERE id = ?", (check,)) is None
    assert ex.consultant.scalar("SELECT count(*) FROM answers WHERE check_id = ?",
                                (check,)) == 0
    assert ex.consultant.scalar("SELECT count(*) FROM answers WHERE check_id = ?",
                                (second,)) == 1
    assert [r[0] for r in ex.consultant.conn.execute("PRAGMA foreign_key_check")] == []


def test_a_check_of_an_assignment_deleted_here_arrives_unlinked(ex: Exchange) -> None:
    import_bundle(ex.shopper, ex.kit())
    delete_assignment(ex.consultant, ex.field.assignment_id)
    check = do_fieldwork(ex)
    summary = import_bundle(ex.consultant, ex.results())
    assert summary.committed and summary.added["checks"] == 1
    assert ex.consultant.scalar("SELECT assignment_id FROM checks WHERE id = ?",
                                (check,)) is None
    assert ex.consultant.scalar("SELECT count(*) FROM answers WHERE check_id = ?", (check,)) \
        == 2
    # the assignment, done there and deleted here, is left to the consultant
    assert [(c.table, c.columns) for c in list_conflicts(ex.consultant)] \
        == [("assignments", ["deleted here"])]


def test_a_photo_unlinked_here_does_not_block_the_next_results(ex: Exchange) -> None:
    import_bundle(ex.shopper, ex.kit())
    check = do_fieldwork(ex)
    import_bundle(ex.consultant, ex.results())
    link = ex.consultant.scalar("SELECT id FROM evidence_links WHERE check_id = ? LIMIT 1",
                                (check,))
    fieldwork.detach_photo(ex.consultant, link)  # the photo stays stored, linked nowhere
    fieldwork.update_check(ex.shopper, check, notes="Came back")
    summary = import_bundle(ex.consultant, ex.results("r2.cxb"))
    assert summary.committed and summary.updated == {"checks": 1}
    assert ex.consultant.row("SELECT 1 FROM evidence_links WHERE id = ?", (link,)) is None


def test_a_bundle_is_never_written_over_its_workspace_or_into_a_folder(ex: Exchange) -> None:
    before = state(ex.consultant)
    with pytest.raises(BundleError, match="is the workspace itself"):
        export_bundle(ex.consultant, ex.engagement_id, "kit", ex.consultant.path)
    link = ex.folder / "link.cxb"
    link.symlink_to(ex.consultant.path)
    with pytest.raises(BundleError, match="is the workspace itself"):
        export_bundle(ex.consultant, ex.engagement_id, "kit", link)
    folder = ex.folder / "folder.cxb"
    folder.mkdir()
    with pytest.raises(BundleError, match="is a folder"):
        export_bundle(ex.consultant, ex.engagement_id, "kit", folder)
    assert state(ex.consultant) == before
    assert sorted(p.name for p in ex.folder.iterdir() if p.name.startswith(".cxb-")) == []



def test_a_check_deleted_there_keeps_the_work_done_on_it_here(ex: Exchange) -> None:
    import_bundle(ex.shopper, ex.kit())
    check = do_fieldwork(ex)
    import_bundle(ex.consultant, ex.results())
    # the consultant corrects an answer on the check; the shopper then deletes the check
    fieldwork.set_comment(ex.consultant, check, ex.field.criteria["greeting"], "Seen on video")
    fieldwork.delete_check(ex.shopper, check)
    summary = import_bundle(ex.consultant, ex.results("r2.cxb"))
    assert ("checks", check, ["deleted there"]) in summary.conflicts
    assert ex.consultant.row("SELECT 1 FROM checks WHERE id = ?", (check,)) is not None
    assert ex.consultant.scalar(
        "SELECT comment FROM answers WHERE check_id = ? AND criterion_id = ?",
        (check, ex.field.criteria["greeting"])) == "Seen on video"


def test_a_check_deleted_there_and_untouched_here_goes(ex: Exchange) -> None:
    import_bundle(ex.shopper, ex.kit())
    check = do_fieldwork(ex)
    import_bundle(ex.consultant, ex.results())
    fieldwork.delete_check(ex.shopper, check)
    summary = import_bundle(ex.consultant, ex.results("r2.cxb"))
    assert summary.deleted["checks"] == 1 and not summary.conflicts
    assert ex.consultant.row("SELECT 1 FROM checks WHERE id = ?", (check,)) is None
    assert ex.consultant.scalar("SELECT count(*) FROM answers WHERE check_id = ?", (check,)) \
        == 0
