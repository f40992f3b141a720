"""Journey-map canvas benchmark: a generated map of 500 touchpoints and 1 000 flows.

Prints the time to load the model and build the scene (target ≤ 300 ms) and the time to
render one frame of a scripted pan/zoom (target ≤ 16 ms, median of the frames).

Run: ``.venv/bin/python bench/map.py``
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from cxdesk import engagements  # noqa: E402
from cxdesk.records import insert  # noqa: E402
from cxdesk.workspace import Workspace  # noqa: E402

STAGES, TOUCHPOINTS, FLOWS = 10, 500, 1000


def build(ws: Workspace) -> str:
    rng = random.Random(7)
    eid = engagements.create_engagement(ws, name="Bench").id
    with ws.transaction():
        map_id = insert(ws, "maps", {"engagement_id": eid, "name": "Большая карта"})
        stages = [insert(ws, "stages", {"map_id": map_id, "name": f"Стадия {i + 1}",
                                        "position": i}) for i in range(STAGES)]
        tps = [insert(ws, "touchpoints", {
            "stage_id": stages[i % STAGES], "name": f"Точка контакта {i + 1}",
            "channel": rng.choice(["online", "offline"]),
            "interaction": rng.choice(["person", "product"]), "position": i // STAGES,
            "emotion": rng.randint(-2, 2)}) for i in range(TOUCHPOINTS)]
        pairs: set[tuple[int, int]] = set()
        while len(pairs) < FLOWS:
            a, b = rng.randrange(TOUCHPOINTS), rng.randrange(TOUCHPOINTS)
            if a != b:
                pairs.add((a, b))
        for a, b in pairs:
            insert(ws, "flows", {"map_id": map_id, "source_id": tps[a], "target_id": tps[b],
                                 "kind": rng.choice(["sent", "self"])})
    return map_id


def main() -> None:
    from PySide6.QtWidgets import QApplication

    from cxdesk.journey_model import JourneyModel
    from ui.map.scene import JourneyScene
    from ui.map.view import MapCanvas

    app = QApplication.instance() or QApplication(sys.argv[:1])
    with tempfile.TemporaryDirectory() as tmp:
        ws = Workspace.open(Path(tmp) / "bench.cxd", create=True)
        map_id = build(ws)
        scene = JourneyScene()
        canvas = MapCanvas(scene)
        canvas.resize(1280, 800)
        canvas.show()
        app.processEvents()
        builds = []
        for _ in range(3):
            started = time.perf_counter()
            model = JourneyModel(ws, map_id)
            scene.set_model(model)
            builds.append((time.perf_counter() - started) * 1000)
        load_build = min(builds)
        canvas.set_zoom(0.6)
        frames = []
        for i in range(60):  # scripted pan and zoom: each step repaints the viewport
            if i % 10 == 0:
                canvas.set_zoom(0.4 + (i % 30) / 50)
            canvas.pan_by(37, 11)
            started = time.perf_counter()
            canvas.viewport().repaint()
            frames.append((time.perf_counter() - started) * 1000)
        frame = statistics.median(frames)
        ws.close()
    print(f"map: {TOUCHPOINTS} touchpoints, {FLOWS} flows, {STAGES} stages")
    print(f"model load + scene build: {load_build:.1f} ms (target ≤ 300 ms) "
          f"{'OK' if load_build <= 300 else 'SLOW'}")
    print(f"pan/zoom frame: median {frame:.1f} ms, worst {max(frames):.1f} ms "
          f"(target ≤ 16 ms) {'OK' if frame <= 16 else 'SLOW'}")


if __name__ == "__main__":
    main()
