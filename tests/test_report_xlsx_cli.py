"""``main.py export xlsx`` end to end, in fresh processes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from cxdesk.workspace import Workspace

ROOT = Path(__file__).resolve().parents[1]


def run(*args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    env.pop("CXDESK_WORKSPACE", None)
    return subprocess.run([sys.executable, str(ROOT / "main.py"), *args], capture_output=True,
                          text=True, env=env, timeout=300)


@pytest.fixture
def engagement(workspace_path: Path) -> tuple[Path, str]:
    from engagement_factory import build_engagement

    with Workspace.open(workspace_path) as ws:
        built = build_engagement(ws)
    return workspace_path, built.engagement_id


def test_export_xlsx_writes_the_workbook_in_the_language_asked(engagement, tmp_path):
    path, eng = engagement
    out = tmp_path / "Отчёт.xlsx"
    result = run("export", "xlsx", "--workspace", str(path), "--engagement", eng, "-o", str(out),
                 "--lang", "ru")
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == str(out) and result.stderr == ""
    book = openpyxl.load_workbook(out)
    assert book.sheetnames[0] == "Сводка" and "Ответы" in book.sheetnames
    result = run("export", "xlsx", "--workspace", str(path), "--engagement", eng, "-o", str(out),
                 "--lang", "en")
    assert result.returncode == 0, result.stderr
    assert openpyxl.load_workbook(out).sheetnames[0] == "Summary"


def test_export_xlsx_refuses_bad_input_and_leaves_the_output_alone(engagement, tmp_path):
    path, eng = engagement
    out = tmp_path / "book.xlsx"
    out.write_bytes(b"an older workbook")
    wrong = run("export", "xlsx", "--workspace", str(path), "--engagement", eng, "-o",
                str(tmp_path / "book.csv"))
    assert wrong.returncode == 2 and "must be an .xlsx file" in wrong.stderr
    unknown = run("export", "xlsx", "--workspace", str(path), "--engagement", "nope", "-o",
                  str(out))
    assert unknown.returncode == 1
    assert unknown.stderr.strip() == "cxdesk: no engagement with id 'nope' in this workspace"
    lang = run("export", "xlsx", "--workspace", str(path), "--engagement", eng, "-o", str(out),
               "--lang", "de")
    assert lang.returncode == 2
    missing = run("export", "xlsx", "--workspace", str(tmp_path / "none.cxd"), "--engagement",
                  eng, "-o", str(out))
    assert missing.returncode == 1 and "none.cxd" in missing.stderr
    assert out.read_bytes() == b"an older workbook"
    assert sorted(p.name for p in tmp_path.iterdir() if "book" in p.name) == ["book.xlsx"]
