"""The demo's photo evidence: which scene each check photographed, with the EXIF a shopper's
phone would write (time, orientation, camera, GPS — sometimes missing or wrong, as in real
galleries), rendered and prepared in worker processes when there are many, and stored through
:mod:`cxdesk.evidence` like any imported photo.
"""

from __future__ import annotations

import multiprocessing
import os
import random
import sys
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from cxdesk import evidence
from cxdesk.demo.content import LOCATIONS
from cxdesk.demo.fieldwork import AUDITORS, Check
from cxdesk.demo.scenes import PORTRAIT_SCENES, PhotoSpec, render_photo
from cxdesk.workspace import Workspace

#: the criterion a scene is evidence for
SCENE_CRITERION = {
    "showroom": "showroom_clean", "reception": "admin_greets", "parking": "parking_free",
    "price_tag": "price_tags", "service_zone": "intake_walkaround", "floor": "floor_clean",
    "chair": "furniture_ok", "dress_code": "dress_code", "coffee_corner": "drink_offered",
    "website": "site_prices", "waiting_area": "lounge_comfort", "exterior": "facade_ok",
    "kids_corner": "lounge_comfort", "pos_material": "pos_actual",
}
# scene -> (caption when all is well, caption when the check recorded a failure)
CAPTIONS = {
    "showroom": ("Шоурум: автомобили чистые, ценники на месте",
                 "Пыль и отпечатки на автомобилях в зале"),
    "reception": ("Ресепшн: администратор на месте", "Ресепшн: администратор занят телефоном"),
    "parking": ("Гостевая парковка: есть свободные места", "Гостевая парковка полностью занята"),
    "price_tag": ("Ценник с актуальной ценой", "Цена исправлена от руки, срок действия истёк"),
    "service_zone": ("Сервисная зона: порядок на постах", "Пятна масла и шины в проходе"),
    "floor": ("Пол у входа чистый и сухой", "Грязные следы и лужа у входа"),
    "chair": ("Кресла в зоне ожидания целые", "Порванная обивка кресла"),
    "dress_code": ("Форма по стандарту, бейдж с именем", "Без бейджа, джинсы и кроссовки"),
    "coffee_corner": ("Кофе-поинт и зарядки для гостей", "Кофемашина не работает"),
    "website": ("Сайт: цены и запись на тест-драйв", "Сайт: «цена по запросу», старые цены"),
    "waiting_area": ("Зона ожидания сервиса", "Зона ожидания: не работает ТВ, грязная посуда"),
    "exterior": ("Фасад и вывеска", "На вывеске не горят буквы"),
    "kids_corner": ("Детская зона в шоуруме", "Детская зона в шоуруме"),
    "pos_material": ("Рекламная стойка: действующая акция",
                     "Рекламная стойка: акция закончилась в сентябре"),
}
#: orientations after the first eight photos (which cover 1–8): as often as phones write them
ORIENTATION_WEIGHTS = {1: 45, 6: 25, 8: 10, 3: 8, 2: 3, 4: 3, 5: 3, 7: 3}
GPS_SHARE = 0.55
POOL_THRESHOLD = 40
POOL_WINDOW = 16
_COORDS = {key: (lat, lon) for key, _, _, _, _, lat, lon in LOCATIONS if lat is not None}


@dataclass(frozen=True)
class PhotoPlan:
    check: int                 # Check.number
    criterion: str | None      # criterion key when the check answered it
    caption: str
    spec: PhotoSpec


def _taken(rng: random.Random, check: Check) -> datetime | None:
    roll = rng.random()
    if roll < 0.12:  # forwarded through a messenger: the EXIF is gone
        return None
    if roll < 0.2:   # from the gallery: an old photo, or a phone whose clock was reset
        if rng.random() < 0.5:
            return datetime(2019, 1, 1, 0, rng.randint(0, 40), rng.randint(0, 59))
        return datetime(2025, rng.randint(3, 9), rng.randint(1, 28), rng.randint(9, 20),
                        rng.randint(0, 59), rng.randint(0, 59))
    span = (check.finished - check.started).total_seconds()
    return check.started + timedelta(seconds=round(span * rng.uniform(0.05, 0.95)))


def _file_name(style: str, taken: datetime | None, received: datetime, counter: int,
               rng: random.Random) -> str:
    if taken is None:
        return f"photo_{received:%Y-%m-%d_%H-%M-%S}.jpg"
    return {
        "apple": f"IMG_{counter:04d}.JPG",
        "samsung": f"{taken:%Y%m%d_%H%M%S}.jpg",
        "xiaomi": f"IMG_{taken:%Y%m%d_%H%M%S}.jpg",
        "google": f"PXL_{taken:%Y%m%d_%H%M%S}{rng.randint(0, 999):03d}.jpg",
    }.get(style, f"Screenshot_{taken:%Y-%m-%d-%H-%M-%S}.jpg")


def plan_photos(rng: random.Random, checks: list[Check]) -> list[PhotoPlan]:
    """One photo per scene of each check; the first eight cover orientations 1–8."""
    first = list(range(1, 9))
    rng.shuffle(first)
    counters = {name: rng.randint(1200, 8800) for name in AUDITORS}
    plans: list[PhotoPlan] = []
    for check in checks:
        make, model, software, style = AUDITORS[check.auditor]
        for scene in check.scenes:
            key = SCENE_CRITERION[scene]
            answer = check.answer(key)
            bad = answer is not None and answer.passed is False
            orientation = first[len(plans)] if len(plans) < 8 else rng.choices(
                list(ORIENTATION_WEIGHTS), list(ORIENTATION_WEIGHTS.values()))[0]
            taken = _taken(rng, check)
            coords = _COORDS.get(check.location)
            gps = None
            if coords and style != "screenshot" and rng.random() < GPS_SHARE:
                gps = (round(coords[0] + rng.gauss(0, 0.0004), 6),
                       round(coords[1] + rng.gauss(0, 0.0006), 6))
            counters[check.auditor] += rng.randint(1, 6)
            received = check.finished + timedelta(minutes=rng.randint(5, 90))
            spec = PhotoSpec(
                scene=scene, seed=rng.getrandbits(31), subject=check.subject, bad=bad,
                portrait=scene in PORTRAIT_SCENES, orientation=orientation,
                taken=None if taken is None else taken.strftime("%Y:%m:%d %H:%M:%S"),
                make=make, model=model, software=software, gps=gps,
                file_name=_file_name(style, taken, received, counters[check.auditor], rng))
            plans.append(PhotoPlan(check.number, key if answer is not None else None,
                                   CAPTIONS[scene][bad], spec))
    return plans


def make_photo(spec: PhotoSpec) -> evidence.PreparedPhoto:
    """Render a photo and prepare it for storing (runs in worker processes)."""
    return evidence.prepare_photo(render_photo(spec), file_name=spec.file_name)


def default_workers() -> int:
    # fork only: spawn would re-run a frozen GUI's entry point; macOS and Windows stay serial
    if not sys.platform.startswith("linux"):
        return 0
    return max(0, min(4, os.cpu_count() or 1))


def produce(specs: list[PhotoSpec], workers: int | None = None, *,
            threshold: int = POOL_THRESHOLD) -> Iterator[evidence.PreparedPhoto]:
    """Prepared photos in the order of ``specs``; in a process pool when worth it."""
    workers = default_workers() if workers is None else workers
    done = 0
    if workers >= 2 and len(specs) >= threshold:
        try:
            context = multiprocessing.get_context("fork")
            with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                pending: deque[Future[Any]] = deque(
                    pool.submit(make_photo, s) for s in specs[:POOL_WINDOW])
                queued = len(pending)
                while pending:
                    result = pending.popleft().result()
                    if queued < len(specs):
                        pending.append(pool.submit(make_photo, specs[queued]))
                        queued += 1
                    done += 1
                    yield result
        except (BrokenProcessPool, OSError, ValueError):
            pass  # no pool here (sandbox, no fork): carry on in this process
    for spec in specs[done:]:
        yield make_photo(spec)


def write_photos(ws: Workspace, ids: dict[str, Any], plans: list[PhotoPlan],
                 workers: int | None = None) -> list[str]:
    """Store every planned photo and link it to its check (and criterion); returns photo ids."""
    photo_ids = []
    engagement = ids["engagement"]
    for plan, prepared in zip(plans, produce([p.spec for p in plans], workers), strict=True):
        photo_id, _ = evidence.store_prepared(ws, prepared)
        photo_ids.append(photo_id)
        evidence.link_photo(
            ws, photo_id, engagement_id=engagement, check_id=ids["checks"][plan.check],
            criterion_id=ids["criteria"][plan.criterion] if plan.criterion else None,
            caption=plan.caption)
    return photo_ids
