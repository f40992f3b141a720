"""`photos add`, `photos export`, `evidence add` and `check` end to end through main.py."""

from __future__ import annotations

import csv
import hashlib
import json
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from photo_samples import bad_files, engagement_with_check, jpeg, phone_exif, write

from cxdesk.workspace import Workspace, new_id

ROOT = Path(__file__).resolve().parents[1]


def run(*args: object) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *map(str, args)],
                          capture_output=True, text=True, timeout=120, cwd=ROOT)


@pytest.fixture
def setup(workspace_path: Path, tmp_path: Path):
    with Workspace.open(workspace_path) as ws:
        ids = engagement_with_check(ws)
    photos = [write(tmp_path, f"IMG_{i}.jpg", jpeg((800, 600), exif=phone_exif(i + 1), seed=i))
              for i in range(3)]
    return workspace_path, ids, photos


def table(ws_path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(ws_path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def test_photos_add_stores_links_and_rejects_with_reasons(setup, tmp_path):
    ws_path, ids, photos = setup
    bad = write(tmp_path, "scan.pdf", bad_files()["receipt.pdf"][0])
    cut = write(tmp_path, "cut.jpg", bad_files()["cut.jpg"][0])
    result = run("photos", "add", "--workspace", ws_path, "--check", ids["check"],
                 "--criterion", ids["criterion"], photos[0], bad, photos[1], cut, photos[0])
    assert result.returncode == 1
    lines = [line.split("\t") for line in result.stdout.splitlines()]
    assert [(Path(f), status) for f, _, status in lines] == [
        (photos[0], "stored"), (photos[1], "stored"), (photos[0], "linked")]
    assert lines[0][1] == lines[2][1] != lines[1][1]
    assert result.stderr.splitlines() == [
        f"cxdesk: {bad}: not an image (a PDF document)",
        f"cxdesk: {cut}: truncated or damaged image"]
    assert table(ws_path, "SELECT count(*) FROM photos") == [(2,)]
    assert table(ws_path, "SELECT DISTINCT check_id, criterion_id FROM evidence_links") == [
        (ids["check"], ids["criterion"])]

    again = run("photos", "add", "--workspace", ws_path, "--check", ids["check"], *photos)
    assert again.returncode == 0 and again.stderr == ""
    assert [line.split("\t")[2] for line in again.stdout.splitlines()] == [
        "linked", "linked", "stored"]
    assert run("check", "--workspace", ws_path).stdout == "ok\n"


def test_photos_add_honours_the_size_limit(setup):
    ws_path, ids, photos = setup
    result = run("photos", "add", "--workspace", ws_path, "--check", ids["check"],
                 "--max-size", "0.001", photos[0])
    assert result.returncode == 1 and result.stdout == ""
    assert "file too large" in result.stderr and str(photos[0]) in result.stderr


@pytest.mark.parametrize("what", ["check", "criterion", "workspace"])
def test_unknown_targets_and_a_missing_workspace_exit_1_and_store_nothing(setup, tmp_path,
                                                                          what):
    ws_path, ids, photos = setup
    args = {"check": ids["check"], "criterion": ids["criterion"], "workspace": ws_path}
    args[what] = tmp_path / "missing.cxd" if what == "workspace" else new_id()
    result = run("photos", "add", "--workspace", args["workspace"], "--check", args["check"],
                 "--criterion", args["criterion"], *photos)
    assert result.returncode == 1 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1
    assert (what if what != "workspace" else "missing.cxd") in result.stderr
    assert not (tmp_path / "missing.cxd").exists()
    assert table(ws_path, "SELECT count(*) FROM photos") == [(0,)]


def test_photos_add_needs_a_check_and_files(setup):
    ws_path, ids, photos = setup
    assert run("photos", "add", "--workspace", ws_path, photos[0]).returncode == 2
    assert run("photos", "add", "--workspace", ws_path, "--check", ids["check"]).returncode == 2


def test_check_finds_a_tampered_photo_added_from_the_command_line(setup):
    ws_path, ids, photos = setup
    assert run("photos", "add", "--workspace", ws_path, "--check", ids["check"],
               *photos).returncode == 0
    conn = sqlite3.connect(ws_path)
    sha, data = conn.execute("SELECT sha256, data FROM blobs LIMIT 1").fetchone()
    tampered = data[:100] + bytes([data[100] ^ 1]) + data[101:]  # one bit flipped
    conn.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (tampered, sha))
    conn.commit()
    conn.close()
    result = run("check", "--workspace", ws_path)
    assert result.returncode == 1
    assert result.stdout.splitlines() == [
        f"photo {sha}: stored bytes do not match their SHA-256 (got "
        f"{hashlib.sha256(tampered).hexdigest()})"]


def test_evidence_add_attaches_a_recording_and_a_receipt(setup, tmp_path):
    ws_path, ids, _ = setup
    mp3 = write(tmp_path, "call.mp3", b"ID3\x04\x00\x00\x00\x00\x00\x00" + bytes(500))
    pdf = write(tmp_path, "receipt.pdf", bad_files()["receipt.pdf"][0])
    html = write(tmp_path, "page.html", b"<html></html>")
    result = run("evidence", "add", "--workspace", ws_path, "--check", ids["check"],
                 "--finding", ids["finding"], mp3, pdf, html)
    assert result.returncode == 1
    assert [line.split("\t")[2] for line in result.stdout.splitlines()] == ["stored", "stored"]
    assert result.stderr.startswith(f"cxdesk: {html}: not a supported evidence file")
    assert sorted(table(ws_path, "SELECT kind, mime FROM photos")) == [
        ("audio", "audio/mpeg"), ("document", "application/pdf")]
    info = json.loads(run("info", "--workspace", ws_path, "--json").stdout)
    assert info["engagements"][0]["photos"] == 0  # recordings and documents are not photos


def test_photos_export_writes_originals_and_an_index(setup, tmp_path):
    ws_path, ids, photos = setup
    run("photos", "add", "--workspace", ws_path, "--check", ids["check"], *photos)
    out = tmp_path / "для клиента"
    result = run("photos", "export", "--workspace", ws_path, "--engagement", ids["engagement"],
                 "--check", ids["check"], "-o", out)
    assert result.returncode == 0, result.stderr
    written = [Path(line) for line in result.stdout.splitlines()]
    assert written[-1] == out / "index.csv" and len(written) == 4
    assert sorted(p.read_bytes() for p in written[:-1]) == sorted(p.read_bytes() for p in photos)
    assert all(p.name.startswith("Север Моторс_Шоурум Ленинский 2_") for p in written[:-1])
    with written[-1].open(encoding="utf-8-sig", newline="") as f:
        assert len(list(csv.DictReader(f, delimiter=";"))) == 3
    missing = run("photos", "export", "--workspace", ws_path, "--engagement", new_id(),
                  "-o", tmp_path / "x")
    assert missing.returncode == 1 and "no engagement" in missing.stderr


def test_evidence_add_refuses_a_heic_libheif_cannot_decode_in_one_line(setup, tmp_path):
    # libheif's RuntimeError used to escape `evidence add` as a traceback
    ws_path, ids, photos = setup
    heic = write(tmp_path, "IMG_0001.HEIC",
                 (ROOT / "tests" / "fixtures" / "photos" / "damaged_sps.heic").read_bytes())
    result = run("evidence", "add", "--workspace", ws_path, "--check", ids["check"],
                 heic, photos[0])
    assert result.returncode == 1
    assert result.stderr.splitlines() == [f"cxdesk: {heic}: truncated or damaged image"]
    assert [line.split("\t")[2] for line in result.stdout.splitlines()] == ["stored"]
    assert table(ws_path, "SELECT file_name FROM photos") == [("IMG_0.jpg",)]


def test_a_file_name_in_no_utf8_is_stored_and_printed_not_a_traceback(setup, tmp_path):
    # a cp866 name from a zip unpacked on Linux: SQLite refused the surrogates, and the
    # whole batch failed with a traceback
    ws_path, ids, photos = setup
    raw = "Фото".encode("cp866") + b".jpg"
    odd = tmp_path / raw.decode("utf-8", "surrogateescape")
    odd.write_bytes(photos[1].read_bytes())
    out = tmp_path / ("выгрузка" + "\udcff")
    result = run("photos", "add", "--workspace", ws_path, "--check", ids["check"],
                 odd, photos[0])
    assert result.returncode == 0, result.stderr
    assert [line.split("\t")[2] for line in result.stdout.splitlines()] == ["stored", "stored"]
    shown_name = raw.decode("utf-8", "replace")  # "\ufffd\ufffd\ufffd.jpg"
    assert result.stdout.splitlines()[0].startswith(f"{tmp_path}/{shown_name}\t")
    assert sorted(table(ws_path, "SELECT file_name FROM photos")) == [
        ("IMG_0.jpg",), (shown_name,)]
    export = run("photos", "export", "--workspace", ws_path, "--engagement", ids["engagement"],
                 "-o", out)
    assert export.returncode == 0, export.stderr
    assert len(export.stdout.splitlines()) == 3 and len(list(out.iterdir())) == 3


@pytest.mark.parametrize("command", ["photos", "evidence"])
@pytest.mark.parametrize("option", ["--criterion", "--finding"])
def test_an_empty_id_is_an_unknown_one_not_a_damaged_workspace(setup, command, option):
    ws_path, ids, photos = setup
    result = run(command, "add", "--workspace", ws_path, "--check", ids["check"], option, "",
                 photos[0])
    assert (result.returncode, result.stdout) == (1, "")
    assert result.stderr == f"cxdesk: no {option[2:]} with id '' in this workspace\n"
    assert table(ws_path, "SELECT count(*) FROM photos") == [(0,)]


@pytest.mark.parametrize("size", ["inf", "1e400", "nan", "0", "-1", "abc"])
def test_a_size_limit_that_is_no_number_of_megabytes_is_a_usage_error(setup, size):
    ws_path, ids, photos = setup
    result = run("photos", "add", "--workspace", ws_path, "--check", ids["check"],
                 "--max-size", size, photos[0])
    assert (result.returncode, result.stdout) == (2, "")
    assert "argument --max-size" in result.stderr and "Traceback" not in result.stderr
