"""The sample engagement: a customer-service audit of a Moscow car dealer, «Север Моторс»,
and two competitors — the setting, a journey map, a checklist, checks with answers and photos,
findings, actions and customer feedback. What ``main.py demo`` and the first start offer.

Deterministic: everything comes from seeded ``random.Random`` instances, so two builds give
the same names, numbers, answers and photo bytes (only ids and bookkeeping times differ).
"""

from __future__ import annotations

import random

from cxdesk.demo import fieldwork, photos, results, setting
from cxdesk.errors import InvalidValue
from cxdesk.workspace import Workspace

SEED = 20261123
MAX_SCALE = 1000


def _rng(part: str) -> random.Random:
    # one generator per part, so that a change in one part does not reshuffle the others
    return random.Random(f"cxdesk-demo:{SEED}:{part}")


def build_demo(ws: Workspace, *, scale: int = 1, workers: int | None = None) -> str:
    """Add the sample engagement to ``ws`` and return its id.

    ``scale`` (a whole number ≥ 1) multiplies the checks, answers and photos (12 checks, about
    160 answers and 22 photos per unit); the setting, map and checklist stay the same.
    ``workers`` is the number of processes that draw the photos (default: by the machine;
    0 draws them in this process). Everything is written in one transaction.
    """
    if isinstance(scale, bool) or not isinstance(scale, int) or not 1 <= scale <= MAX_SCALE:
        raise InvalidValue(f"the demo scale must be a whole number from 1 to {MAX_SCALE}, "
                           f"not {scale!r}")
    checks = fieldwork.plan_checks(_rng("fieldwork"), scale)
    photo_plans = photos.plan_photos(_rng("photos"), checks)
    with ws.transaction():
        ids = setting.write_setting(ws)
        fieldwork.write_checks(ws, ids, checks)
        photo_ids = photos.write_photos(ws, ids, photo_plans, workers)
        results.write_findings(ws, ids, checks, photo_plans, photo_ids)
        results.write_incidents_and_actions(ws, ids)
        results.write_staff(ws, ids, _rng("staff"), checks)
        results.write_feedback(ws, ids, _rng("feedback"))
    return ids["engagement"]
