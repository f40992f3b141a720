"""`bundle export` / `bundle import` end to end through main.py (docs/CLI.md)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from pathlib import Path

from bundle_factory import do_fieldwork, make_exchange

from cxdesk.bundles import import_bundle
from cxdesk.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CXDESK_WORKSPACE", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, timeout=600)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def info(path: Path) -> dict:
    result = run("info", "--workspace", str(path), "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_kit_out_results_back_through_the_command_line(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    consultant, engagement = ex.consultant.path, ex.engagement_id
    ex.close()
    kit = tmp_path / "kit.cxb"
    made = run("bundle", "export", "--workspace", str(consultant), "--engagement", engagement,
               "--kit", "-o", str(kit))
    assert made.returncode == 0 and made.stderr == "" and "1 assignments" in made.stdout
    shopper = tmp_path / "laptop" / "shopper.cxd"
    shopper.parent.mkdir()
    took = run("bundle", "import", "--workspace", str(shopper), str(kit))  # created
    assert took.returncode == 0, took.stderr
    assert "added:" in took.stdout and "1 assignments" in took.stdout
    assert "conflicts: 0" in took.stdout
    assert [e["id"] for e in info(shopper)["engagements"]] == [engagement]

    ex.shopper = Workspace.open(shopper)
    ex.consultant = Workspace.open(consultant)
    do_fieldwork(ex, photos=2)
    ex.close()
    results = tmp_path / "results.cxb"
    made = run("bundle", "export", "--workspace", str(shopper), "--engagement", engagement,
               "--results", "-o", str(results))
    assert made.returncode == 0, made.stderr
    took = run("bundle", "import", "--workspace", str(consultant), str(results))
    assert took.returncode == 0, took.stderr
    assert "1 checks" in took.stdout and "photo files added: 2" in took.stdout
    after = info(consultant)
    (eng,) = after["engagements"]
    assert len(eng["checks"]) == 1 and eng["photos"] == 2 and eng["answers"] == 2
    check = run("check", "--workspace", str(consultant))
    assert check.returncode == 0 and check.stdout.strip() == "ok"

    again = run("bundle", "import", "--workspace", str(consultant), str(results))
    assert again.returncode == 0 and "imported before" in again.stdout
    assert "added: nothing" in again.stdout
    assert info(consultant) == after


def test_a_refused_bundle_exits_1_with_one_line_and_leaves_the_workspace(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    consultant = ex.consultant.path
    ex.close()
    before, facts = digest(consultant), info(consultant)
    bad = tmp_path / "evil.cxb"
    bad.write_bytes(b"SQLite format 3\x00" + b"\x00" * 50)
    result = run("bundle", "import", "--workspace", str(consultant), str(bad))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and str(bad) in result.stderr
    assert digest(consultant) == before and info(consultant) == facts
    missing = tmp_path / "nobody.cxd"
    result = run("bundle", "import", "--workspace", str(missing), str(consultant))
    assert result.returncode == 1 and "not a CX Desk bundle" in result.stderr
    assert not missing.exists()


def test_bundle_command_line_errors(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    consultant, engagement = str(ex.consultant.path), ex.engagement_id
    ex.close()
    no_kind = run("bundle", "export", "--workspace", consultant, "--engagement", engagement,
                  "-o", str(tmp_path / "x.cxb"))
    assert no_kind.returncode == 2
    both = run("bundle", "export", "--workspace", consultant, "--engagement", engagement,
               "--kit", "--results", "-o", str(tmp_path / "x.cxb"))
    assert both.returncode == 2
    wrong_ext = run("bundle", "export", "--workspace", consultant, "--engagement", engagement,
                    "--kit", "-o", str(tmp_path / "x.zip"))
    assert wrong_ext.returncode == 2
    unknown = run("bundle", "export", "--workspace", consultant, "--engagement",
                  "00000000-0000-0000-0000-000000000000", "--kit", "-o", str(tmp_path / "x.cxb"))
    assert unknown.returncode == 1 and "no engagement" in unknown.stderr
    assert not (tmp_path / "x.cxb").exists()
    absent = run("bundle", "import", "--workspace", consultant, str(tmp_path / "none.cxb"))
    assert absent.returncode == 1 and "there is no bundle" in absent.stderr


def test_results_into_a_missing_workspace_create_nothing(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    import_bundle(ex.shopper, ex.kit())
    do_fieldwork(ex)
    results = ex.results()
    ex.close()
    missing = tmp_path / "new" / "consultant.cxd"
    missing.parent.mkdir()
    result = run("bundle", "import", "--workspace", str(missing), str(results))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "no workspace at" in result.stderr
    assert list(missing.parent.iterdir()) == []


def test_a_damaged_bundle_is_refused_in_one_line(tmp_path: Path) -> None:
    ex = make_exchange(tmp_path)
    consultant = ex.consultant.path
    kit = tmp_path / "kit.cxb"
    from cxdesk.bundles import export_bundle

    export_bundle(ex.consultant, ex.engagement_id, "kit", kit)
    ex.close()
    before = digest(consultant)
    data = bytearray(kit.read_bytes())
    import sqlite3

    conn = sqlite3.connect(kit)  # the first interior or leaf page of a table of rows
    page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'criteria' ORDER BY pageno"
                        " LIMIT 1").fetchone()[0]
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    start = (page - 1) * size + 12  # its cell pointers: SQLite answers in several lines
    data[start:start + 2000] = bytes((i * 37) % 251 for i in range(2000))
    damaged = tmp_path / "damaged.cxb"
    damaged.write_bytes(bytes(data))
    result = run("bundle", "import", "--workspace", str(consultant), str(damaged))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "damaged" in result.stderr
    assert digest(consultant) == before


def test_results_with_a_tampered_photo_are_not_written(tmp_path: Path) -> None:
    import sqlite3

    ex = make_exchange(tmp_path)
    import_bundle(ex.shopper, ex.kit())
    do_fieldwork(ex, photos=2)
    shopper, engagement = ex.shopper.path, ex.engagement_id
    ex.close()
    conn = sqlite3.connect(shopper)
    rowid = conn.execute("SELECT rowid FROM blobs LIMIT 1").fetchone()[0]
    with conn.blobopen("blobs", "data", rowid) as blob:
        blob.seek(100)
        blob.write(b"XXXX")
    conn.commit()
    conn.close()
    results = tmp_path / "results.cxb"
    made = run("bundle", "export", "--workspace", str(shopper), "--engagement", engagement,
               "--results", "-o", str(results))
    assert made.returncode == 1 and made.stdout == ""
    assert made.stderr.count("\n") == 1 and "SHA-256" in made.stderr
    assert not results.exists() and list(tmp_path.glob(".cxb-new-*")) == []
