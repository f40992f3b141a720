"""`feedback import` and `feedback nps` end to end through main.py."""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from engagement_factory import build_engagement  # noqa: E402
from test_cli import run  # noqa: E402

from cxdesk.workspace import Workspace  # noqa: E402


def make_workspace(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "w.cxd"
    with Workspace.open(path, create=True) as ws:
        engagement_id = build_engagement(ws).engagement_id
    return path, engagement_id


def test_feedback_import_end_to_end(tmp_path: Path) -> None:
    path, eid = make_workspace(tmp_path)
    before = json.loads(run("info", "--workspace", str(path), "--json").stdout)
    csv = tmp_path / "отзывы.csv"
    csv.write_bytes("оценка;дата;комментарий;компания\n10;01.11.2026;Отлично;North Motors\n"
                    "10;02.11.2026;Супер;\n2;03.11.2026;Плохо;Конкурент X\n".encode("cp1251"))
    first = run("feedback", "import", "--workspace", str(path), "--engagement", eid,
                "--sampling", "random", "--invited", "30", str(csv))
    assert first.returncode == 0, first.stderr
    assert first.stdout.strip() == "отзывы.csv: added 3, skipped 0 duplicates"
    assert first.stderr.count("\n") == 1 and "unknown subject 'Конкурент X'" in first.stderr
    again = run("feedback", "import", "--workspace", str(path), "--engagement", eid, str(csv))
    assert again.returncode == 0 and "added 0, skipped 3 duplicates" in again.stdout
    after = json.loads(run("info", "--workspace", str(path), "--json").stdout)
    old, new = before["engagements"][0]["nps"], after["engagements"][0]["nps"]
    assert new["n"] == (old["n"] if old else 0) + 3  # own company + unattributed only
    figures = run("feedback", "nps", "--workspace", str(path), "--engagement", eid, "--by",
                  "month", "--json")
    assert figures.returncode == 0 and figures.stderr == ""
    doc = json.loads(figures.stdout)
    assert doc["headline"]["n"] == new["n"] and "small_sample" in doc["headline"]["warnings"]
    assert "2026-11" in [f["key"] for f in doc["breakdown"]]


def test_a_bad_feedback_file_exits_1_naming_the_row_and_changes_nothing(tmp_path: Path) -> None:
    path, eid = make_workspace(tmp_path)
    csv = tmp_path / "bad.csv"
    csv.write_text("score,comment\n9,ok\n11,no\n", encoding="utf-8")
    result = run("feedback", "import", "--workspace", str(path), "--engagement", eid, str(csv))
    assert result.returncode == 1 and result.stdout == ""
    assert result.stderr.strip() == (f"cxdesk: {csv}: row 3, column score: the score must be a "
                                     f"whole number from 0 to 10, not '11'")
    missing = run("feedback", "import", "--workspace", str(path), "--engagement", eid,
                  str(tmp_path / "none.csv"))
    assert missing.returncode == 1 and "none.csv" in missing.stderr
    unknown = run("feedback", "import", "--workspace", str(path), "--engagement",
                  "00000000-0000-0000-0000-000000000000", str(csv))
    assert unknown.returncode == 1 and "no engagement" in unknown.stderr
    bad_option = run("feedback", "import", "--workspace", str(path), "--engagement", eid,
                     "--sampling", "lucky", str(csv))
    assert bad_option.returncode == 2
    with Workspace.open(path) as ws:
        assert ws.scalar("SELECT count(*) FROM feedback WHERE comment = 'ok'") == 0


def test_an_invited_count_too_large_to_store_is_a_usage_error(tmp_path: Path) -> None:
    path, eid = make_workspace(tmp_path)
    csv = tmp_path / "survey.csv"
    csv.write_text("score\n9\n", encoding="utf-8")
    before = run("info", "--workspace", str(path), "--json").stdout
    result = run("feedback", "import", "--workspace", str(path), "--engagement", eid,
                 "--invited", "9" * 25, str(csv))
    assert (result.returncode, result.stdout) == (2, "")
    assert "argument --invited" in result.stderr and "Traceback" not in result.stderr
    assert run("info", "--workspace", str(path), "--json").stdout == before
