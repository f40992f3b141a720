"""Start-up: from process start until the main window on a `demo --scale 20` workspace has
painted its overview, against the same for a bare PySide6 window, in one run (fresh processes,
median of 5 each). Target (issue 2): ratio <= 1.5.

A third figure, the "chrome floor", is a plain PySide6 window with the same furniture as CX
Desk's (a menu bar of four menus, a toolbar with a combo box and a search field, a sidebar list
of 16 screens, a status bar, 24 cards of two labels painted over a custom background) and no
data and none of CX Desk's code: what any PySide6 app with such a window pays before it reads
a workspace. Its ratio shows how much of the budget the toolkit alone takes.

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

FLOOR = r"""
import os, sys
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QPainter
from PySide6.QtWidgets import (QApplication, QComboBox, QFrame, QGridLayout, QHBoxLayout, QLabel,
                               QLineEdit, QListWidget, QMainWindow, QScrollArea, QToolBar,
                               QVBoxLayout, QWidget)

class Cards(QWidget):
    def paintEvent(self, event):
        painter = QPainter(self)
        painter.fillRect(event.rect(), Qt.GlobalColor.white)
        painter.end()
        print("painted", flush=True)
        os._exit(0)

app = QApplication(sys.argv[:1])
window = QMainWindow()
for title in ("File", "Edit", "Engagement", "Help"):
    menu = window.menuBar().addMenu(title)
    for i in range(4):
        menu.addAction(QAction(f"{title} {i}", window))
toolbar = QToolBar(window)
toolbar.addAction("Undo")
toolbar.addAction("Redo")
toolbar.addWidget(QComboBox())
toolbar.addWidget(QLineEdit())
window.addToolBar(toolbar)
central = QWidget()
row = QHBoxLayout(central)
sidebar = QListWidget()
sidebar.addItems([f"Screen {i}" for i in range(16)])
row.addWidget(sidebar)
area, cards = QScrollArea(), Cards()
grid = QGridLayout(cards)
for i in range(24):
    card = QFrame()
    column = QVBoxLayout(card)
    column.addWidget(QLabel(f"Card {i}"))
    column.addWidget(QLabel("82,5 %"))
    grid.addWidget(card, i // 4, i % 4)
area.setWidget(cards)
area.setWidgetResizable(True)
row.addWidget(area, 1)
window.setCentralWidget(central)
window.statusBar().showMessage("Ready")
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
    launch(BARE)  # warm the disk cache for all three
    launch(FLOOR)
    launch(APP, str(path), str(ROOT))
    bare, floor, app = [], [], []
    for _ in range(args.runs):  # interleaved: a slow patch of the machine hits all three
        bare.append(launch(BARE))
        floor.append(launch(FLOOR))
        app.append(launch(APP, str(path), str(ROOT)))
    b, f, a = (statistics.median(bare), statistics.median(floor), statistics.median(app))
    print(f"bare PySide6 window painted:            {b:7.0f} ms (median of {args.runs})")
    print(f"chrome floor, no data, no CX Desk code: {f:7.0f} ms   ratio {f / b:.2f}")
    print(f"CX Desk overview painted (scale {args.scale}):  {a:7.0f} ms (median of {args.runs})")
    print(f"ratio: {a / b:.2f}   target <= 1.5")


if __name__ == "__main__":
    main()
