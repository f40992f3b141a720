"""Importing photo files: the good ones stored whole and linked, each bad one rejected with its
reason, duplicates stored once, a cancel leaving only complete photos."""

from __future__ import annotations

import hashlib

import pytest
from photo_samples import bad_files, counts, engagement_with_check, jpeg, phone_exif, write

from cxdesk import evidence_import, photo_decode, photo_worker
from cxdesk.errors import InvalidValue, NotFound
from cxdesk.evidence_import import import_files
from cxdesk.workspace import Workspace, new_id


@pytest.fixture
def ids(workspace_path):
    with Workspace.open(workspace_path) as ws:
        return engagement_with_check(ws)


def good_files(folder, n, start=0):
    return [write(folder, f"IMG_{i:04d}.JPG", jpeg((640, 480), exif=phone_exif(1 + i % 8),
                                                    seed=i)) for i in range(start, start + n)]


def assert_whole(ws: Workspace) -> None:
    """Every photo has its original, both derivatives and a link: nothing is half-stored."""
    assert ws.scalar("""SELECT count(*) FROM photos p WHERE
        NOT EXISTS (SELECT 1 FROM blobs b WHERE b.sha256 = p.sha256)
        OR (SELECT count(*) FROM photo_derivatives d WHERE d.photo_id = p.id) != 2
        OR NOT EXISTS (SELECT 1 FROM evidence_links l WHERE l.photo_id = p.id)""") == 0


@pytest.mark.parametrize("workers", [1, 2], ids=["serial", "pool"])
def test_bad_files_are_rejected_one_by_one_and_the_good_ones_stored(workspace_path, ids,
                                                                    tmp_path, workers):
    good = good_files(tmp_path, 3)
    bad = {name: write(tmp_path, name, data) for name, (data, _) in bad_files().items()}
    big = write(tmp_path, "big.jpg", jpeg((1500, 1000), seed=77))
    files = [good[0], *bad.values(), good[1], big, tmp_path / "missing.jpg", good[2]]
    report = import_files(workspace_path, files, engagement_id=ids["engagement"],
                          check_id=ids["check"], criterion_id=ids["criterion"],
                          size_limit=big.stat().st_size - 1, workers=workers)
    assert [path for path, _, _ in report.stored] == good
    assert all(new for _, _, new in report.stored) and not report.cancelled
    reasons = dict(report.rejected)
    assert [path for path, _ in report.rejected] == [*bad.values(), big,
                                                     tmp_path / "missing.jpg"]
    for name, (_, reason) in bad_files().items():
        assert reasons[bad[name]].startswith(reason), name
    assert reasons[big].startswith("file too large")
    assert reasons[tmp_path / "missing.jpg"] == "no such file"
    with Workspace.open(workspace_path) as ws:
        assert counts(ws) == (3, 3, 6, 3)
        assert_whole(ws)
        for path, photo_id, _ in report.stored:
            row = ws.row("SELECT p.sha256, p.file_name, b.data, l.check_id, l.criterion_id"
                         " FROM photos p JOIN blobs b USING (sha256)"
                         " JOIN evidence_links l ON l.photo_id = p.id WHERE p.id = ?",
                         (photo_id,))
            original = path.read_bytes()
            assert row["sha256"] == hashlib.sha256(original).hexdigest()
            assert bytes(row["data"]) == original and row["file_name"] == path.name
            assert (row["check_id"], row["criterion_id"]) == (ids["check"], ids["criterion"])


def test_the_same_photo_twice_is_stored_once_and_linked_twice(workspace_path, ids, tmp_path):
    first, second = good_files(tmp_path, 2)
    copy = write(tmp_path, "copy of first.jpg", first.read_bytes())
    report = import_files(workspace_path, [first, second, copy, first],
                          engagement_id=ids["engagement"], check_id=ids["check"])
    assert [(p, new) for p, _, new in report.stored] == [
        (first, True), (second, True), (copy, False), (first, False)]
    assert report.stored[0][1] == report.stored[2][1] == report.stored[3][1]
    assert report.rejected == []
    again = import_files(workspace_path, [first], engagement_id=ids["engagement"],
                         check_id=ids["check"], criterion_id=ids["criterion"],
                         finding_id=ids["finding"])
    assert again.stored == [(first, report.stored[0][1], False)]
    with Workspace.open(workspace_path) as ws:
        assert counts(ws)[:3] == (2, 2, 4)
        links = ws.rows("SELECT check_id, criterion_id, finding_id FROM evidence_links"
                        " WHERE photo_id = ?", (report.stored[0][1],))
        assert {tuple(r) for r in links} == {
            (ids["check"], None, None), (ids["check"], ids["criterion"], ids["finding"])}


def test_with_a_pool_the_first_of_identical_files_given_is_the_one_stored(
        workspace_path, ids, tmp_path):
    # a big photo first and its small duplicates after: the pool finishes them out of order
    (first,) = good_files(tmp_path, 1)
    copies = [write(tmp_path, f"copy {i}.jpg", first.read_bytes()) for i in range(5)]
    report = import_files(workspace_path, [first, *copies], engagement_id=ids["engagement"],
                          check_id=ids["check"], workers=2)
    assert [(p, new) for p, _, new in report.stored] == [
        (first, True), *[(c, False) for c in copies]]


def test_progress_is_reported_for_every_file(workspace_path, ids, tmp_path):
    files = [*good_files(tmp_path, 4), write(tmp_path, "x.jpg", b"")]
    seen = []
    import_files(workspace_path, files, engagement_id=ids["engagement"],
                 progress=lambda done, total: seen.append((done, total)))
    assert seen == [(i, 5) for i in range(1, 6)]


@pytest.mark.parametrize("workers", [1, 2], ids=["serial", "pool"])
def test_a_cancel_leaves_only_complete_photos(workspace_path, ids, tmp_path, workers):
    files = good_files(tmp_path, 12)
    done = []
    report = import_files(workspace_path, files, engagement_id=ids["engagement"],
                          check_id=ids["check"], workers=workers,
                          progress=lambda n, _total: done.append(n),
                          cancelled=lambda: len(done) >= 3)
    assert report.cancelled
    assert 3 <= len(report.stored) < 12
    with Workspace.open(workspace_path) as ws:
        n = len(report.stored)
        assert counts(ws) == (n, n, 2 * n, n)
        assert_whole(ws)
        stored_ids = {photo_id for _, photo_id, _ in report.stored}
        assert {r[0] for r in ws.rows("SELECT id FROM photos")} == stored_ids


def test_unknown_or_foreign_targets_are_refused_before_anything_is_read(workspace_path, ids,
                                                                        tmp_path):
    files = good_files(tmp_path, 2)
    with pytest.raises(NotFound):
        import_files(workspace_path, files, engagement_id=ids["engagement"], check_id=new_id())
    with pytest.raises(NotFound):
        import_files(workspace_path, files, engagement_id=ids["engagement"],
                     check_id=ids["check"], criterion_id=new_id())
    with Workspace.open(workspace_path) as ws:
        other = engagement_with_check(ws)
    with pytest.raises(InvalidValue):
        import_files(workspace_path, files, engagement_id=ids["engagement"],
                     check_id=other["check"])
    with pytest.raises(InvalidValue):
        import_files(workspace_path, files, engagement_id=ids["engagement"],
                     check_id=ids["check"], criterion_id=other["criterion"])
    with Workspace.open(workspace_path) as ws:
        assert counts(ws) == (0, 0, 0, 0)


def test_writes_are_batched(workspace_path, ids, tmp_path, monkeypatch):
    monkeypatch.setattr(evidence_import, "BATCH_SECONDS", 3600)
    commits = []
    original = Workspace.transaction

    def counting(self):
        if self._depth == 0:
            commits.append(1)
        return original(self)

    monkeypatch.setattr(Workspace, "transaction", counting)
    report = import_files(workspace_path, good_files(tmp_path, 20),
                          engagement_id=ids["engagement"], workers=1)
    assert len(report.stored) == 20
    assert len(commits) == 3  # 8 + 8 + 4


def test_without_a_process_pool_the_import_runs_in_this_process(workspace_path, ids, tmp_path,
                                                               monkeypatch):
    def no_pool(*args, **kwargs):
        raise OSError("no processes in this sandbox")

    monkeypatch.setattr(evidence_import, "ProcessPoolExecutor", no_pool)
    files = [*good_files(tmp_path, 4), write(tmp_path, "bad.jpg", b"nope")]
    report = import_files(workspace_path, files, engagement_id=ids["engagement"], workers=2)
    assert [p for p, _, _ in report.stored] == files[:4]
    assert report.rejected == [(files[4], "not an image")]


@pytest.mark.parametrize("workers", [1, 2], ids=["serial", "pool"])
def test_photos_stored_before_are_linked_without_decoding_them_again(workspace_path, ids,
                                                                    tmp_path, monkeypatch,
                                                                    workers):
    files = good_files(tmp_path, 4)
    first = import_files(workspace_path, files[:3], engagement_id=ids["engagement"])
    decoded = []
    real = photo_decode.prepare_photo
    monkeypatch.setattr(photo_worker, "prepare_photo",
                        lambda data, **kw: decoded.append(kw["file_name"]) or real(data, **kw))
    again = import_files(workspace_path, files, engagement_id=ids["engagement"],
                         check_id=ids["check"], workers=workers)
    assert [(p, new) for p, _, new in again.stored] == [
        (files[0], False), (files[1], False), (files[2], False), (files[3], True)]
    assert [i for _, i, _ in again.stored[:3]] == [i for _, i, _ in first.stored]
    if workers == 1:  # the pool's processes are out of the monkeypatch's reach
        assert decoded == [files[3].name]
    with Workspace.open(workspace_path) as ws:
        assert counts(ws) == (4, 4, 8, 7)
        assert_whole(ws)
