"""The PyInstaller one-folder build starts and passes its self-test (slow: minutes)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_the_built_app_passes_its_selftest(tmp_path: Path) -> None:
    build = subprocess.run(
        [sys.executable, "-m", "PyInstaller", "build.spec", "--noconfirm", "--log-level", "WARN",
         "--distpath", str(tmp_path / "dist"), "--workpath", str(tmp_path / "work")],
        cwd=ROOT, capture_output=True, text=True, timeout=1500,
    )
    assert build.returncode == 0, build.stderr[-4000:]
    exe = tmp_path / "dist" / "cxdesk" / ("cxdesk.exe" if os.name == "nt" else "cxdesk")
    assert exe.exists()
    env = {k: v for k, v in os.environ.items() if k != "CXDESK_WORKSPACE"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    run = subprocess.run([str(exe), "--selftest"], capture_output=True, text=True, timeout=300,
                         env=env, cwd=tmp_path)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "selftest ok" in run.stdout
    bundled = tmp_path / "dist" / "cxdesk" / "_internal"
    assert (bundled / "resources" / "fonts" / "DejaVuSans.ttf").exists()
    assert not list(bundled.rglob("*Qt6Quick*")), "unused Qt modules are excluded"
