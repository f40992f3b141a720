"""``main.py export pdf``: one report, one per location, and the exit codes of CLI.md (2 for a
bad command line, 1 for an unknown engagement, with nothing written)."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

import main
from cxdesk.demo import build_demo
from cxdesk.workspace import Workspace


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "demo.cxd"
    with Workspace.open(path, create=True) as ws:
        engagement = build_demo(ws)
    return path, engagement


def export(*args: str) -> int:
    return main.main(["export", "pdf", *args])


def test_writes_the_report_with_the_map_drawn_by_the_gui_renderer(demo, tmp_path, capsys):
    path, engagement = demo
    out = tmp_path / "report.pdf"
    assert export("--workspace", str(path), "--engagement", engagement, "-o", str(out),
                  "--lang", "en") == 0
    assert capsys.readouterr().out.strip() == str(out)
    reader = PdfReader(out)
    assert any("Customer journey map" in p.extract_text() for p in reader.pages[2:])
    # the Qt renderer's PNG (at least 1200 px wide) is in the document
    widths = [ref.get_object().get("/Width") for page in reader.pages
              for ref in (page["/Resources"].get("/XObject") or {}).values()]
    assert max(widths) >= 1200


def test_language_defaults_to_the_engagements(demo, tmp_path):
    path, engagement = demo
    out = tmp_path / "report.pdf"
    assert export("--workspace", str(path), "--engagement", engagement, "-o", str(out)) == 0
    assert "Краткие выводы" in "".join(p.extract_text() for p in PdfReader(out).pages[:4])


def test_per_location_creates_the_folder_and_one_file_per_location(demo, tmp_path, capsys):
    path, engagement = demo
    folder = tmp_path / "stores" / "nested"
    assert export("--workspace", str(path), "--engagement", engagement,
                  "--per-location", str(folder), "--lang", "ru") == 0
    printed = capsys.readouterr().out.split("\n")
    files = sorted(folder.glob("*.pdf"))
    with Workspace.open(path) as ws:
        locations = ws.scalar("SELECT count(*) FROM locations WHERE engagement_id = ?",
                              (engagement,))
    assert len(files) == locations == len([line for line in printed if line])
    assert (folder / "Шоурум в Химках.pdf").exists()


@pytest.mark.parametrize("args", [
    ["-o", "report.txt"],  # not a .pdf
    [],  # neither -o nor --per-location
    ["-o", "a.pdf", "--per-location", "dir"],  # both
    ["-o", "a.pdf", "--lang", "de"],
])
def test_a_bad_command_line_is_exit_2(demo, tmp_path, monkeypatch, args):
    path, engagement = demo
    monkeypatch.chdir(tmp_path)
    with pytest.raises(SystemExit) as raised:
        export("--workspace", str(path), "--engagement", engagement, *args)
    assert raised.value.code == 2
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_engagement_is_exit_1_with_one_line_and_no_file(demo, tmp_path, capsys):
    path, _ = demo
    out = tmp_path / "report.pdf"
    assert export("--workspace", str(path), "--engagement",
                  "00000000-0000-0000-0000-000000000000", "-o", str(out)) == 1
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "00000000-0000-0000-0000-000000000000" in err
    assert not out.exists()
    assert export("--workspace", str(path), "--engagement",
                  "00000000-0000-0000-0000-000000000000", "--per-location",
                  str(tmp_path / "dir")) == 1
    assert not (tmp_path / "dir").exists()


def test_a_missing_workspace_is_exit_1(tmp_path):
    assert export("--workspace", str(tmp_path / "nope.cxd"), "--engagement", "x",
                  "-o", str(tmp_path / "r.pdf")) == 1


def test_a_damaged_print_copy_does_not_stop_the_report(demo, tmp_path, capsys):
    import shutil
    import sqlite3

    path, engagement = demo
    damaged = tmp_path / "damaged.cxd"
    shutil.copy(path, damaged)
    conn = sqlite3.connect(damaged)
    conn.execute("UPDATE photo_derivatives SET data = ? WHERE rowid IN"
                 " (SELECT rowid FROM photo_derivatives WHERE kind = 'print' LIMIT 2)",
                 (b"\x00garbage, not a JPEG" * 50,))
    conn.execute("UPDATE photo_derivatives SET data = zeroblob(0) WHERE rowid ="
                 " (SELECT rowid FROM photo_derivatives WHERE kind = 'print' LIMIT 1 OFFSET 2)")
    conn.commit()
    conn.close()
    out = tmp_path / "report.pdf"
    assert export("--workspace", str(damaged), "--engagement", engagement, "-o", str(out),
                  "--all-photos") == 0
    assert capsys.readouterr().out.strip() == str(out)
    assert len(PdfReader(out).pages) > 5


def test_a_read_only_folder_for_the_reports_is_refused_in_one_line(demo, tmp_path, capsys,
                                                                   monkeypatch):
    import os

    from cxdesk.reports import output

    path, engagement = demo
    folder = tmp_path / "read only"
    folder.mkdir()
    real_access = os.access
    monkeypatch.setattr(output.os, "access", lambda p, mode, *a, **k: (
        False if mode == os.W_OK and str(p) == str(folder) else real_access(p, mode)))
    assert export("--workspace", str(path), "--engagement", engagement, "--per-location",
                  str(folder)) == 1
    err = capsys.readouterr().err
    assert err == f"cxdesk: {folder}: cannot write into the folder (read-only)\n"
    assert not any(folder.iterdir())
    out = folder / "report.pdf"
    assert export("--workspace", str(path), "--engagement", engagement, "-o", str(out)) == 1
    assert capsys.readouterr().err == f"cxdesk: {out}: cannot write the file (read-only)\n"
