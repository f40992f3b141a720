"""The command line of docs/CLI.md, end to end through main.py in fresh processes."""

from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    full_env.pop("CXDESK_WORKSPACE", None) if "CXDESK_WORKSPACE" not in (env or {}) else None
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=full_env, timeout=600)


@pytest.fixture(scope="module")
def demo_ws(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    path = tmp_path_factory.mktemp("cli") / "demo.cxd"
    result = run("demo", "--workspace", str(path))
    assert result.returncode == 0, result.stderr
    return path, result.stdout


def test_demo_prints_only_the_new_engagement_id(demo_ws: tuple[Path, str]) -> None:
    _, out = demo_ws
    assert uuid.UUID(out.strip()) and out.count("\n") == 1


def test_info_json_has_the_documented_shape(demo_ws: tuple[Path, str]) -> None:
    path, out = demo_ws
    result = run("info", "--workspace", str(path), "--json")
    assert result.returncode == 0 and result.stderr == ""
    info = json.loads(result.stdout)
    assert isinstance(info["schema_version"], int)
    (eng,) = info["engagements"]
    assert eng["id"] == out.strip()
    assert [s["own"] for s in eng["subjects"]].count(True) == 1 and len(eng["subjects"]) == 3
    assert eng["maps"][0]["touchpoints"] >= 12 and eng["maps"][0]["flows"] > 0
    assert eng["templates"][0]["criteria"] >= 30
    methods = {"visit", "call", "request", "test_purchase", "call_listening", "web_check"}
    subject_ids = {s["id"] for s in eng["subjects"]}
    assert {c["subject_id"] for c in eng["checks"]} == subject_ids
    for check in eng["checks"]:
        assert check["method"] in methods and isinstance(check["location"], str)
        assert {"id", "status", "template_id"} <= set(check)
    assert eng["answers"] > 0 and eng["photos"] > 0 and eng["findings"] > 0
    assert eng["actions"] > 0
    assert 0 < eng["coverage"]["done"] <= eng["coverage"]["required"]
    nps = eng["nps"]
    assert set(nps) == {"value", "n", "margin"} and -100 <= nps["value"] <= 100
    assert nps["value"] == round(nps["value"], 1)


def test_demo_is_deterministic(tmp_path: Path, demo_ws: tuple[Path, str]) -> None:
    other = tmp_path / "again.cxd"
    assert run("demo", "--workspace", str(other)).returncode == 0

    def facts(path: Path) -> tuple:
        info = json.loads(run("info", "--workspace", str(path), "--json").stdout)
        eng = info["engagements"][0]
        conn = sqlite3.connect(path)
        hashes = sorted(r[0] for r in conn.execute("SELECT sha256 FROM photos"))
        conn.close()
        return (eng["name"], [s["name"] for s in eng["subjects"]], eng["answers"],
                eng["photos"], eng["coverage"], eng["nps"], hashes)

    assert facts(other) == facts(demo_ws[0])


def test_check_says_ok_for_a_sound_workspace(demo_ws: tuple[Path, str]) -> None:
    result = run("check", "--workspace", str(demo_ws[0]))
    assert (result.returncode, result.stdout) == (0, "ok\n")


def test_check_finds_tampered_photo_bytes(tmp_path: Path, demo_ws: tuple[Path, str]) -> None:
    copy = tmp_path / "tampered.cxd"
    copy.write_bytes(demo_ws[0].read_bytes())
    conn = sqlite3.connect(copy)
    sha, data = conn.execute("SELECT sha256, data FROM blobs LIMIT 1").fetchone()
    conn.execute("UPDATE blobs SET data = ? WHERE sha256 = ?", (data[:-10] + b"0123456789", sha))
    conn.commit()
    conn.close()
    result = run("check", "--workspace", str(copy))
    assert result.returncode == 1
    assert sha in result.stdout and "do not match" in result.stdout


def test_commands_other_than_demo_never_create_a_workspace(tmp_path: Path) -> None:
    missing = tmp_path / "missing.cxd"
    for args in (["info", "--json"], ["check"]):
        result = run(*args, "--workspace", str(missing))
        assert result.returncode == 1
        assert result.stdout == ""
        assert "no workspace" in result.stderr and str(missing) in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_the_environment_chooses_the_workspace(demo_ws: tuple[Path, str]) -> None:
    result = run("info", "--json", env={"CXDESK_WORKSPACE": str(demo_ws[0])})
    assert result.returncode == 0
    assert json.loads(result.stdout)["engagements"][0]["id"] == demo_ws[1].strip()


@pytest.mark.parametrize("content", [b"just text, no database" * 10, b""])
def test_refused_files_stay_untouched(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "thing.cxd"
    path.write_bytes(content)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    result = run("info", "--workspace", str(path), "--json")
    assert result.returncode == 1 and result.stdout == ""
    assert "not a CX Desk workspace" in result.stderr and str(path) in result.stderr
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
    assert len(result.stderr.strip().splitlines()) == 1


def test_a_foreign_database_is_refused_by_demo_too(tmp_path: Path) -> None:
    path = tmp_path / "crm.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE clients (name TEXT)")
    conn.commit()
    conn.close()
    before = path.read_bytes()
    result = run("demo", "--workspace", str(path))
    assert result.returncode == 1 and "another application" in result.stderr
    assert path.read_bytes() == before


@pytest.mark.parametrize("args", [
    ["demo", "--scale", "0"], ["demo", "--scale", "two"], ["info", "--bogus"], ["nosuch"],
    ["--screenshot", "x.png", "--lang", "xx"], ["--screenshot", "x.png", "--view", "nowhere"],
])
def test_a_wrong_command_line_exits_2(tmp_path: Path, args: list[str]) -> None:
    result = run(*args, *(["--workspace", str(tmp_path / "w.cxd")] if args[0] != "--screenshot"
                         else []))
    assert result.returncode == 2, result.stderr
    assert result.stdout == ""
    assert not (tmp_path / "w.cxd").exists()


def test_screenshot_renders_the_overview(tmp_path: Path, demo_ws: tuple[Path, str]) -> None:
    from PIL import Image

    png = tmp_path / "overview.png"
    result = run("--screenshot", str(png), "--workspace", str(demo_ws[0]), "--lang", "ru")
    assert result.returncode == 0, result.stderr
    with Image.open(png) as image:
        assert image.size == (1280, 800)
        assert len(image.convert("L").getcolors(maxcolors=65536) or []) > 20  # not blank


def test_screenshot_of_an_unknown_engagement_is_refused(tmp_path: Path,
                                                        demo_ws: tuple[Path, str]) -> None:
    png = tmp_path / "x.png"
    result = run("--screenshot", str(png), "--workspace", str(demo_ws[0]), "--engagement",
                 "00000000-0000-0000-0000-000000000000")
    assert result.returncode == 1 and "engagement" in result.stderr
    assert not png.exists()


def test_check_reports_a_damaged_workspace_without_touching_it(
        tmp_path: Path, demo_ws: tuple[Path, str]) -> None:
    damaged = tmp_path / "damaged.cxd"
    data = demo_ws[0].read_bytes()
    damaged.write_bytes(data[: len(data) // 3])
    before = hashlib.sha256(damaged.read_bytes()).hexdigest()
    result = run("check", "--workspace", str(damaged))
    assert result.returncode == 1
    assert "damaged" in result.stdout and str(damaged) in result.stdout
    info = run("info", "--json", "--workspace", str(damaged))
    assert info.returncode == 1 and info.stdout == "" and "damaged" in info.stderr
    assert hashlib.sha256(damaged.read_bytes()).hexdigest() == before


def test_a_workspace_damaged_inside_is_reported_one_problem_a_line(
        tmp_path: Path, demo_ws: tuple[Path, str]) -> None:
    damaged = tmp_path / "damaged inside.cxd"
    damaged.write_bytes(demo_ws[0].read_bytes())
    conn = sqlite3.connect(damaged)  # an interior page of the answers: SQLite reports it
    page = conn.execute("SELECT pageno FROM dbstat WHERE name = 'answers' AND pagetype ="
                        " 'internal' LIMIT 1").fetchone()[0]  # in several lines at once
    size = conn.execute("PRAGMA page_size").fetchone()[0]
    conn.close()
    data = bytearray(damaged.read_bytes())
    start = (page - 1) * size + 12
    data[start:start + 2000] = bytes((i * 37) % 251 for i in range(2000))
    damaged.write_bytes(bytes(data))
    result = run("check", "--workspace", str(damaged))
    assert result.returncode == 1 and result.stderr == ""
    lines = result.stdout.splitlines()
    assert len(lines) >= 2 and "damaged" in lines[0] and "***" not in lines[0]
    assert all(line.startswith("integrity: ") and "***" not in line for line in lines[1:])
    info = run("info", "--json", "--workspace", str(damaged))
    assert info.returncode == 1 and info.stdout == ""
    assert info.stderr.count("\n") == 1 and "damaged" in info.stderr


def test_workspace_before_the_command_is_the_workspace_used(
        tmp_path: Path, demo_ws: tuple[Path, str]) -> None:
    env = {"CXDESK_DATA_DIR": str(tmp_path / "data")}
    result = run("--workspace", str(demo_ws[0]), "info", "--json", env=env)
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["engagements"][0]["id"] == demo_ws[1].strip()
    result = run("--workspace", str(tmp_path / "other.cxd"), "info", "--workspace",
                 str(demo_ws[0]), "--json", env=env)
    assert result.returncode == 0 and json.loads(result.stdout)["engagements"]
    assert not (tmp_path / "data").exists() and not (tmp_path / "other.cxd").exists()


def test_a_read_only_workspace_is_read_not_called_damaged(
        tmp_path: Path, demo_ws: tuple[Path, str], monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """On a read-only medium (as a user without write permission sees it): info, check and
    the exports read it, nothing is written beside it, and a write is refused as read-only."""
    import main
    from cxdesk import workspace

    folder = tmp_path / "read only"
    folder.mkdir()
    path = folder / "w.cxd"
    path.write_bytes(demo_ws[0].read_bytes())
    real_access = os.access
    monkeypatch.setattr(workspace.os, "access", lambda p, mode, *a, **k: (
        False if mode == os.W_OK and Path(p) in (path, folder) else real_access(p, mode)))
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    assert main.main(["info", "--json", "--workspace", str(path)]) == 0
    assert json.loads(capsys.readouterr().out)["engagements"][0]["id"] == demo_ws[1].strip()
    assert main.main(["check", "--workspace", str(path)]) == 0
    assert capsys.readouterr().out == "ok\n"
    out = tmp_path / "r.xlsx"
    assert main.main(["export", "xlsx", "--workspace", str(path), "--engagement",
                      demo_ws[1].strip(), "-o", str(out)]) == 0 and out.exists()
    capsys.readouterr()
    assert main.main(["demo", "--workspace", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "read-only" in err and "damaged" not in err
    assert sorted(p.name for p in folder.iterdir()) == ["w.cxd"]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_demo_in_a_folder_it_cannot_write_names_the_workspace(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    import main
    from cxdesk import workspace

    def refuse(*_a: object, **_k: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(workspace.tempfile, "mkstemp", refuse)
    path = tmp_path / "новый.cxd"
    assert main.main(["demo", "--workspace", str(path)]) == 1
    captured = capsys.readouterr()
    assert captured.out == ""
    assert captured.err == f"cxdesk: {path}: cannot create the workspace (Permission denied)\n"
    assert list(tmp_path.iterdir()) == []


def test_a_display_that_cannot_be_reached_does_not_stop_the_pictures(
        tmp_path: Path, demo_ws: tuple[Path, str]) -> None:
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "CXDESK_WORKSPACE")}
    env["DISPLAY"] = ":97"  # an ssh session's stale display: no X server behind it
    png = tmp_path / "shot.png"
    result = subprocess.run(
        [sys.executable, str(ROOT / "main.py"), "--screenshot", str(png), "--workspace",
         str(demo_ws[0]), "--view", "map"], capture_output=True, text=True, env=env,
        timeout=300)
    assert result.returncode == 0, result.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_a_reader_that_stops_early_gets_no_error_message(demo_ws: tuple[Path, str]) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CXDESK_WORKSPACE", None)
    # ``info --json | head -c 0``: the reader is gone before the JSON is written
    proc = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "info", "--json",
                             "--workspace", str(demo_ws[0])], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, env=env)
    proc.stdout.close()
    err = proc.stderr.read()
    proc.wait(timeout=120)
    assert err == b""


def test_a_workspace_kept_busy_by_another_program_is_not_called_damaged(
        tmp_path: Path, demo_ws: tuple[Path, str]) -> None:
    path = tmp_path / "busy.cxd"
    path.write_bytes(demo_ws[0].read_bytes())
    before = run("info", "--json", "--workspace", str(path)).stdout
    other = sqlite3.connect(path, isolation_level=None)  # another program, writing
    other.execute("BEGIN EXCLUSIVE")
    try:
        result = run("demo", "--workspace", str(path))
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "busy" in result.stderr
    assert "damaged" not in result.stderr
    assert run("info", "--json", "--workspace", str(path)).stdout == before
