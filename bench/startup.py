"""Start-up: from process start until the main window on a `demo --scale 20` workspace has
painted its overview, against the same for a bare PySide6 window, in one run (fresh processes,
median of 5 each). Target (issue 2): ratio <= 1.5.

    python bench/startup.py [--scale 20] [--runs 5]
"""

from __future__ import annotations

import argparse
import compileall
import os
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

from _demo import ROOT, demo_workspace

# Both children announce their first paint from the painted widget's own paintEvent: an
# application-wide event filter would tax every event of the bigger app and skew the ratio.
BARE = r"""
import os, sys
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

class Label(QLabel):
    def paintEvent(self, event):
        super().paintEvent(event)
        print("painted", flush=True)
        os._exit(0)

app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setCentralWidget(Label("Hello"))
window.resize(1280, 800)
window.show()
app.exec()
"""

APP = r"""
import os, sys
sys.path.insert(0, sys.argv[2])
from pathlib import Path
from ui.views import overview

painted = overview.OverviewView.paintEvent

def announce(self, event):
    # the overview of the engagement has painted: the user sees their work
    painted(self, event)
    if self.data is not None:
        print("painted", flush=True)
        os._exit(0)

overview.OverviewView.paintEvent = announce
from ui.app import run_gui
sys.exit(run_gui(Path(sys.argv[1]), "en"))
"""


def launch(code: str, *args: str) -> float:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    started = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-c", code, *args], stdout=subprocess.PIPE,
                            env=env, text=True)
    # A child that never paints (a refusal dialog waiting for an answer, say) would keep
    # readline() waiting for ever: kill it after a minute and report it below.
    watchdog = threading.Timer(60, proc.kill)
    watchdog.start()
    line = proc.stdout.readline()  # the child exits as soon as it has painted
    elapsed = time.perf_counter() - started
    watchdog.cancel()
    try:
        proc.wait(timeout=60)
    except subprocess.TimeoutExpired:
        proc.kill()
    if line.strip() != "painted":
        raise SystemExit(f"the child did not paint (exit {proc.returncode})")
    return elapsed * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=20)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    path, _ = demo_workspace(args.scale)
    os.environ["CXDESK_DATA_DIR"] = str(Path(path).parent / "cxdesk-bench-data")
    compileall.compile_dir(ROOT / "cxdesk", quiet=1)
    compileall.compile_dir(ROOT / "ui", quiet=1)
    launch(BARE)  # warm the disk cache for both
    launch(APP, str(path), str(ROOT))
    bare, app = [], []
    for _ in range(args.runs):
        bare.append(launch(BARE))
        app.append(launch(APP, str(path), str(ROOT)))
    b, a = statistics.median(bare), statistics.median(app)
    print(f"bare PySide6 window painted:            {b:7.0f} ms (median of {args.runs})")
    print(f"CX Desk overview painted (scale {args.scale}):  {a:7.0f} ms (median of {args.runs})")
    print(f"ratio: {a / b:.2f}   target <= 1.5")


if __name__ == "__main__":
    main()
