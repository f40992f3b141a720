"""The demo photos: a dozen kinds of scene a mystery shopper photographs at a car dealer, drawn
upright with Pillow, then stored the way a phone stores them (pixels as the sensor saw them,
an EXIF Orientation that turns them upright, capture time, camera and GPS).

:func:`render_photo` is a pure function of its :class:`PhotoSpec`: the same spec gives the same
bytes in any process, which keeps the demo deterministic with or without a process pool.
"""

from __future__ import annotations

import io
import math
import random
from collections.abc import Callable
from dataclasses import dataclass

from PIL import Image, ImageDraw

from cxdesk.demo.paint import (
    CAR_COLORS,
    Color,
    car_rear,
    car_side,
    finish,
    font,
    gradient,
    jitter,
    paste_gradient,
    person,
    plant,
    shade,
    sign,
    text,
)


@dataclass(frozen=True)
class Brand:
    name: str          # on signs: "СЕВЕР МОТОРС"
    domain: str        # "severmotors.ru"
    main: Color        # corporate colour
    accent: Color


BRANDS = {
    "own": Brand("СЕВЕР МОТОРС", "severmotors.ru", (24, 52, 96), (80, 170, 230)),
    "yug": Brand("АВТОЦЕНТР ЮГ", "avtoyug.ru", (200, 70, 20), (250, 190, 60)),
    "zapad": Brand("ПРЕМИУМ АВТО ЗАПАД", "premium-zapad.ru", (28, 28, 30), (200, 165, 90)),
}
MODELS = ["Кроссовер X5", "Седан S3", "Кроссовер X3", "Внедорожник T7", "Лифтбек L4"]
TRIMS = ["Comfort", "Style", "Prestige", "Active", "Luxe"]


@dataclass(frozen=True)
class PhotoSpec:
    """Everything that decides a demo photo's bytes."""

    scene: str
    seed: int
    subject: str                 # key of BRANDS
    bad: bool                    # show the failure the check recorded
    portrait: bool
    orientation: int             # EXIF Orientation 1–8
    taken: str | None            # EXIF DateTimeOriginal "YYYY:MM:DD HH:MM:SS"
    make: str
    model: str
    software: str
    gps: tuple[float, float] | None
    file_name: str


Draw = Callable[[Image.Image, ImageDraw.ImageDraw, random.Random, PhotoSpec, Brand], None]


def _price(rng: random.Random) -> str:
    return f"{rng.randint(21, 58) * 100 + rng.choice((0, 50)) - 1:,} 000 ₽".replace(",", " ")


def _room(img: Image.Image, rng: random.Random, wall: Color, floor: Color, horizon: float) -> int:
    w, h = img.size
    y = int(h * horizon)
    paste_gradient(img, (0, 0, w, y), jitter(rng, wall), shade(jitter(rng, wall), 0.85))
    paste_gradient(img, (0, y, w, h), shade(floor, 0.8), jitter(rng, floor))
    return y


def _showroom(img, d, rng, spec, b):
    w, h = img.size
    floor = _room(img, rng, (236, 238, 240), (200, 202, 206), rng.uniform(0.5, 0.58))
    for i in range(4):  # tall windows on the back wall
        x0 = int(w * (0.04 + 0.24 * i)) + rng.randint(-10, 10)
        d.rectangle((x0, int(h * 0.1), x0 + int(w * 0.18), floor - 8),
                    fill=jitter(rng, (190, 215, 235), 10), outline=(120, 125, 130), width=6)
    sign(d, (w * .5, h * .09), b.name, int(h * .04), b.main, min_width=w * .4)
    for i in range(5):
        cx = w * (0.1 + 0.2 * i)
        d.ellipse((cx - 14, 8, cx + 14, 22), fill=(255, 252, 230))
    n = rng.choice((2, 2, 3))
    for i in range(n):
        length = w * (0.42 if n == 2 else 0.3) * rng.uniform(0.9, 1.05)
        x = w * (0.04 + i * (0.5 if n == 2 else 0.33)) + rng.uniform(-20, 20)
        ground = floor + (h - floor) * rng.uniform(0.45, 0.7)
        car_side(d, x, ground, length, rng.choice(CAR_COLORS), rng,
                 facing_left=rng.random() < 0.5, dusty=spec.bad)
        sx = x + length * 0.95
        d.rectangle((sx, ground - 170, sx + 10, ground), fill=(80, 80, 85))
        d.rectangle((sx - 50, ground - 230, sx + 60, ground - 160), fill=(250, 250, 250),
                    outline=b.main, width=3)
        text(d, (sx + 5, ground - 205), rng.choice(MODELS), 14, (30, 30, 30), anchor="mm")
        text(d, (sx + 5, ground - 180), _price(rng), 15, b.main, bold=True, anchor="mm")


def _reception(img, d, rng, spec, b):
    w, h = img.size
    floor = _room(img, rng, (228, 226, 220), (170, 150, 125), 0.62)
    sign(d, (w * .5, h * .09), f"{b.name} · Ресепшн", int(h * .035), b.main)
    plant(d, w * .08, floor + 60, 150, rng)
    plant(d, w * .92, floor + 60, 130, rng)
    if not spec.bad or rng.random() < 0.5:
        person(d, w * .5, floor + 40, h * .45, rng, top=shade(b.main, 1.3),
               badge="Администратор", phone=spec.bad)
    d.rectangle((int(w * .22), int(h * .52), int(w * .78), int(h * .8)), fill=(245, 245, 242))
    d.rectangle((int(w * .22), int(h * .52), int(w * .78), int(h * .55)), fill=(60, 60, 62))
    d.rectangle((int(w * .28), int(h * .6), int(w * .72), int(h * .72)), fill=b.accent)
    text(d, (w * .5, h * .66), "Добро пожаловать!", int(h * .035), (255, 255, 255), bold=True,
         anchor="mm")
    d.rectangle((int(w * .6), int(h * .4), int(w * .7), int(h * .5)), fill=(25, 25, 28))
    d.rectangle((int(w * .64), int(h * .5), int(w * .66), int(h * .52)), fill=(60, 60, 60))


def _parking(img, d, rng, spec, b):
    w, h = img.size
    sky = int(h * rng.uniform(0.3, 0.38))
    paste_gradient(img, (0, 0, w, sky), (150, 185, 220), (215, 225, 235))
    d.rectangle((int(w * .15), int(sky * .35), int(w * .85), sky), fill=(205, 210, 215))
    sign(d, (w * .5, sky * .465), b.name, int(h * .03), b.main)
    paste_gradient(img, (0, sky, w, h), (110, 112, 116), (78, 80, 84))
    rows = [(sky + (h - sky) * f, s) for f, s in ((0.22, 0.45), (0.55, 0.75), (0.95, 1.05))]
    for y, s in rows:
        slot = 260 * s
        n = int(w / slot) + 2
        for i in range(n):
            x = i * slot - (w * 0.02) + (y % 37)
            d.line([(x, y), (x - 40 * s, y + 20 * s)], fill=(235, 235, 225), width=max(2, int(6 * s)))
            if spec.bad or rng.random() < 0.55:
                car_rear(d, x + slot / 2, y, slot * 0.8, rng.choice(CAR_COLORS))
    d.rectangle((int(w * .86), int(h * .3), int(w * .87), int(h * .62)), fill=(90, 90, 95))
    d.rectangle((int(w * .8), int(h * .3), int(w * .93), int(h * .4)), fill=(20, 90, 170))
    text(d, (w * .865, h * .35), "P гости", int(h * .03), (255, 255, 255), bold=True, anchor="mm")


def _price_tag(img, d, rng, spec, b):
    w, h = img.size
    img.paste(gradient((w, h), (210, 212, 215), (150, 152, 156)))
    car_side(d, -w * 0.5, h * 0.98, w * 1.6, rng.choice(CAR_COLORS), rng, suv=True)
    x0, y0, x1, y1 = w * .14, h * .1, w * .86, h * .72
    d.rectangle((x0 + 12, y0 + 12, x1 + 12, y1 + 12), fill=(90, 90, 95))
    d.rectangle((x0, y0, x1, y1), fill=(252, 252, 250))
    d.rectangle((x0, y0, x1, y0 + h * .07), fill=b.main)
    text(d, ((x0 + x1) / 2, y0 + h * .035), b.name, int(h * .03), (255, 255, 255), bold=True,
         anchor="mm")
    model = f"{rng.choice(MODELS)} {rng.choice(TRIMS)}"
    text(d, (x0 + 40, y0 + h * .1), model, int(h * .032), (20, 20, 20), bold=True)
    specs = ["Двигатель 2.0 л, 150 л. с.", "Автомат, полный привод", "Год выпуска: 2026",
             f"Цвет: {rng.choice(['белый', 'чёрный', 'серый', 'синий'])}"]
    for i, line in enumerate(specs):
        text(d, (x0 + 40, y0 + h * (.17 + .04 * i)), line, int(h * .022), (60, 60, 60))
    price = _price(rng)
    text(d, (x0 + 40, y0 + h * .36), price, int(h * .05), b.main, bold=True)
    if spec.bad:  # an old price crossed out by hand and a stale validity date
        d.line([(x0 + 30, y0 + h * .39), (x1 - 60, y0 + h * .38)], fill=(200, 20, 20), width=8)
        text(d, (x0 + 60, y0 + h * .45), _price(rng), int(h * .04), (30, 40, 160), bold=True)
        text(d, (x0 + 40, y1 - h * .05), "Цена действительна до 31.08.2026", int(h * .02),
             (120, 120, 120))
    else:
        text(d, (x0 + 40, y1 - h * .05), "Цена действительна до 30.11.2026", int(h * .02),
             (120, 120, 120))


def _service_zone(img, d, rng, spec, b):
    w, h = img.size
    floor = _room(img, rng, (205, 210, 212), (150, 152, 150), 0.6)
    sign(d, (w * .5, h * .09), f"{b.name} · Сервис", int(h * .04), b.main, min_width=w)
    for x in (w * .18, w * .72):  # a two-post lift with a raised car
        d.rectangle((x - 25, int(h * .25), x + 25, floor + 120), fill=(240, 200, 30))
    car_side(d, w * .2, h * .5, w * .5, rng.choice(CAR_COLORS), rng)
    d.rectangle((int(w * .8), int(h * .35), int(w * .97), floor + 60), fill=(190, 30, 30))
    for i in range(5):
        y = int(h * .38) + i * 50
        d.line([(w * .81, y), (w * .96, y)], fill=(120, 20, 20), width=4)
    d.line([(0, floor + 200), (w, floor + 160)], fill=(240, 210, 40), width=14)
    if spec.bad:
        for _ in range(6):
            x, y, r = rng.uniform(.1, .9) * w, rng.uniform(floor + 80, h - 40), rng.uniform(30, 90)
            d.ellipse((x - r * 2, y - r / 2, x + r * 2, y + r / 2), fill=(45, 42, 38))
        for i in range(3):
            cx = w * .08 + i * 10
            d.ellipse((cx - 70, h * .75 - i * 40, cx + 70, h * .75 - i * 40 + 40), fill=(30, 30, 30))


def _floor(img, d, rng, spec, b):
    w, h = img.size
    paste_gradient(img, (0, 0, w, int(h * .25)), (226, 224, 218), (200, 198, 192))
    paste_gradient(img, (0, int(h * .25), w, h), (200, 200, 198), jitter(rng, (232, 230, 226)))
    for i in range(-8, 9):  # tile joints in perspective
        d.line([(w / 2 + i * 60, h * .25), (w / 2 + i * 260, h)], fill=(170, 170, 168), width=3)
    y, step = h * .25, 30.0
    while y < h:
        d.line([(0, y), (w, y)], fill=(170, 170, 168), width=3)
        y, step = y + step, step * 1.35
    d.rectangle((int(w * .02), int(h * .05), int(w * .3), int(h * .3)), fill=(90, 70, 60))
    if spec.bad:
        for _ in range(rng.randint(7, 12)):  # muddy footprints, a puddle, litter
            x, y = rng.uniform(.1, .9) * w, rng.uniform(.35, .95) * h
            s = (y / h) * 60
            d.ellipse((x - s * .4, y - s, x + s * .4, y + s), fill=jitter(rng, (110, 90, 70), 15))
        x, y = rng.uniform(.3, .7) * w, h * .7
        d.ellipse((x - 260, y - 60, x + 260, y + 60), fill=(160, 165, 170))
        d.rectangle((int(x + 300), int(y - 160), int(x + 360), int(y - 130)), fill=(240, 240, 240))
    else:
        for i in range(3):
            x = w * (.25 + .25 * i)
            d.ellipse((x - 120, h * .5, x + 120, h * .56), fill=(245, 245, 242))


def _chair(img, d, rng, spec, b):
    w, h = img.size
    floor = _room(img, rng, (222, 218, 210), (140, 120, 100), 0.72)
    cloth = jitter(rng, rng.choice([(60, 70, 90), (120, 40, 40), (70, 70, 70), (40, 80, 70)]))
    d.rounded_rectangle((w * .3, h * .15, w * .7, h * .55), radius=60, fill=cloth)
    d.rounded_rectangle((w * .25, h * .5, w * .75, h * .72), radius=40, fill=shade(cloth, 1.1))
    d.rounded_rectangle((w * .2, h * .35, w * .31, h * .75), radius=30, fill=shade(cloth, .85))
    d.rounded_rectangle((w * .69, h * .35, w * .8, h * .75), radius=30, fill=shade(cloth, .85))
    for x in (w * .27, w * .71):
        d.rectangle((x, h * .75, x + 20, floor + 80), fill=(40, 40, 40))
    if spec.bad:  # torn upholstery with the foam showing, a stain
        cx, cy = w * rng.uniform(.4, .55), h * rng.uniform(.55, .62)
        pts = [(cx + rng.uniform(-1, 1) * 150, cy + rng.uniform(-1, 1) * 60) for _ in range(7)]
        pts.sort(key=lambda p: math.atan2(p[1] - cy, p[0] - cx))
        d.polygon(pts, fill=(232, 214, 150))
        d.line([*pts, pts[0]], fill=shade(cloth, .5), width=6)
        d.ellipse((w * .55, h * .25, w * .65, h * .32), fill=shade(cloth, .6))
    d.rectangle((int(w * .82), int(h * .5), int(w * .95), int(h * .7)), fill=(180, 160, 120))


def _dress_code(img, d, rng, spec, b):
    w, h = img.size
    floor = _room(img, rng, (232, 234, 236), (190, 192, 196), 0.7)
    sign(d, (w * .5, h * .11), b.name, int(h * .03), b.main, min_width=w)
    car_side(d, -w * .3, floor + 200, w * .9, rng.choice(CAR_COLORS), rng)
    jacket = jitter(rng, (35, 40, 55), 8)
    if spec.bad:
        person(d, w * .55, h * .97, h * .78, rng, top=jitter(rng, (140, 150, 160), 20),
               bottom=(60, 90, 150), shoes=(245, 245, 245))
    else:
        person(d, w * .55, h * .97, h * .78, rng, top=jacket, tie=b.main,
               badge=rng.choice(["Алексей", "Виктория", "Игорь", "Мария"]))


def _coffee_corner(img, d, rng, spec, b):
    w, h = img.size
    floor = _room(img, rng, (238, 230, 215), (150, 110, 80), 0.75)
    d.rectangle((int(w * .1), int(h * .55), int(w * .9), floor + 40), fill=(120, 80, 55))
    d.rectangle((int(w * .1), int(h * .53), int(w * .9), int(h * .56)), fill=(230, 228, 222))
    d.rounded_rectangle((w * .35, h * .22, w * .55, h * .53), radius=12, fill=(30, 30, 32))
    d.rectangle((int(w * .39), int(h * .27), int(w * .51), int(h * .33)), fill=(70, 160, 210))
    d.rectangle((int(w * .42), int(h * .4), int(w * .48), int(h * .45)), fill=(80, 80, 80))
    for i in range(6):
        x = w * (.6 + .045 * i)
        d.rectangle((x, h * .47, x + 40, h * .53), fill=(250, 250, 250), outline=(180, 180, 180))
    text(d, (w * .5, h * .12), "Кофе для гостей", int(h * .05), b.main, bold=True, anchor="mm")
    d.rectangle((int(w * .14), int(h * .4), int(w * .3), int(h * .53)), fill=(50, 50, 55))
    text(d, (w * .22, h * .43), "Зарядка", int(h * .022), (255, 255, 255), anchor="mm")
    plant(d, w * .95, floor + 30, 120, rng)
    if spec.bad:
        d.rectangle((int(w * .37), int(h * .34), int(w * .53), int(h * .39)), fill=(255, 255, 240))
        text(d, (w * .45, h * .365), "НЕ РАБОТАЕТ", int(h * .022), (200, 0, 0), bold=True,
             anchor="mm")


def _website(img, d, rng, spec, b):
    w, h = img.size
    img.paste((250, 250, 250), (0, 0, w, h))
    d.rectangle((0, 0, w, 70), fill=(222, 224, 228))
    d.rounded_rectangle((140, 15, w - 140, 55), radius=20, fill=(255, 255, 255))
    page = rng.choice(["models/x5", "cars/in-stock", "service/booking", "offers"])
    text(d, (170, 35), f"https://{b.domain}/{page}", 22, (60, 60, 60), anchor="lm")
    d.rectangle((0, 70, w, 150), fill=b.main)
    text(d, (40, 110), b.name, 34, (255, 255, 255), bold=True, anchor="lm")
    for i, item in enumerate(["Модели", "В наличии", "Тест-драйв", "Сервис", "Контакты"]):
        text(d, (w * .45 + i * 170, 110), item, 24, (230, 230, 230), anchor="lm")
    paste_gradient(img, (0, 150, w, 520), shade(b.accent, .9), shade(b.main, 1.2))
    car_side(d, w * .45, 500, w * .48, rng.choice(CAR_COLORS), rng, suv=True)
    text(d, (60, 260), rng.choice(["Осенние предложения", "Новый X5 уже в салоне",
                                   "Выгода до 400 000 ₽"]), 52, (255, 255, 255), bold=True)
    d.rounded_rectangle((60, 360, 460, 430), radius=12, fill=(255, 255, 255))
    text(d, (260, 395), "Записаться на тест-драйв", 26, b.main, bold=True, anchor="mm")
    for i in range(4):
        x0 = 40 + i * (w - 80) / 4
        d.rectangle((x0 + 10, 560, x0 + (w - 80) / 4 - 10, h - 60), fill=(255, 255, 255),
                    outline=(220, 220, 220), width=2)
        car_side(d, x0 + 40, 800, (w - 80) / 4 - 80, rng.choice(CAR_COLORS), rng)
        text(d, (x0 + 30, 850), rng.choice(MODELS), 26, (30, 30, 30), bold=True)
        price = "Цена по запросу" if spec.bad and i % 2 else f"от {_price(rng)}"
        text(d, (x0 + 30, 900), price, 24, b.main)
    if spec.bad:
        text(d, (w / 2, h - 30), "Цены действительны до 31.08.2026", 22, (150, 150, 150),
             anchor="mm")


def _waiting_area(img, d, rng, spec, b):
    w, h = img.size
    _room(img, rng, (225, 228, 232), (120, 110, 100), 0.66)
    d.rectangle((int(w * .35), int(h * .15), int(w * .65), int(h * .38)),
                fill=(15, 15, 20) if spec.bad else jitter(rng, (60, 110, 160), 30))
    sofa = jitter(rng, rng.choice([(70, 80, 100), (140, 120, 100), (60, 90, 80)]))
    for x in (w * .05, w * .55):
        d.rounded_rectangle((x, h * .48, x + w * .38, h * .62), radius=30, fill=shade(sofa, .9))
        d.rounded_rectangle((x, h * .58, x + w * .38, h * .75), radius=30, fill=sofa)
    d.ellipse((w * .38, h * .78, w * .62, h * .88), fill=(235, 235, 235))
    d.rectangle((int(w * .05), int(h * .1), int(w * .28), int(h * .4)), fill=(180, 200, 215))
    text(d, (w * .165, h * .25), "Вид на сервис", int(h * .02), (60, 60, 60), anchor="mm")
    text(d, (w * .82, h * .12), "Wi-Fi: Guest", int(h * .03), b.main, bold=True, anchor="mm")
    if spec.bad:
        for i in range(5):
            x = w * (.42 + .035 * i)
            d.rectangle((x, h * .8, x + 30, h * .83), fill=(250, 250, 250))
            d.ellipse((x + 5, h * .8, x + 25, h * .81), fill=(90, 60, 40))


def _exterior(img, d, rng, spec, b):
    w, h = img.size
    horizon = int(h * rng.uniform(.62, .7))
    paste_gradient(img, (0, 0, w, horizon), jitter(rng, (120, 165, 215)), (220, 228, 236))
    paste_gradient(img, (0, horizon, w, h), (120, 122, 125), (90, 92, 95))
    x0, x1 = int(w * rng.uniform(.12, .18)), int(w * rng.uniform(.88, .97))
    d.rectangle((x0, int(h * .25), x1, horizon), fill=(170, 190, 205))
    for x in range(x0, x1, 90):
        d.line([(x, h * .33), (x, horizon)], fill=(110, 120, 130), width=5)
    d.rectangle((x0, int(h * .2), x1, int(h * .33)), fill=b.main)
    size = int(h * .06)
    letters = list(b.name)
    lit = [not (spec.bad and ch != " " and rng.random() < 0.25) for ch in letters]
    widths = [d.textlength(ch, font=font(size, True)) for ch in letters]
    x = (x0 + x1) / 2 - sum(widths) / 2
    for ch, on, cw in zip(letters, lit, widths, strict=True):
        text(d, (x, h * .265), ch, size, (255, 255, 255) if on else (95, 95, 95), bold=True,
             anchor="lm")
        x += cw
    for i in range(3):
        fx = x0 * .3 + i * x0 * .25
        d.line([(fx, horizon + 40), (fx, h * .08)], fill=(200, 200, 200), width=6)
        d.rectangle((fx, h * .08, fx + 50, h * .18), fill=b.accent if i % 2 else b.main)
    car_side(d, w * .55, h * .9, w * .35, rng.choice(CAR_COLORS), rng)


def _kids_corner(img, d, rng, spec, b):
    w, h = img.size
    floor = _room(img, rng, (250, 240, 215), (120, 190, 120), 0.6)
    d.ellipse((w * .75, h * .08, w * .9, h * .28), fill=(250, 200, 40))
    text(d, (w * .35, h * .12), "Детская зона", int(h * .06), b.main, bold=True, anchor="mm")
    for _ in range(14):
        x, y = rng.uniform(.05, .95) * w, rng.uniform(floor + 40, h - 40)
        r = rng.uniform(20, 45)
        d.ellipse((x - r, y - r, x + r, y + r), fill=jitter(rng, rng.choice(
            [(230, 60, 60), (60, 120, 230), (250, 200, 40), (80, 190, 90)]), 20))
    for i in range(4):
        x = w * (.2 + .12 * i)
        d.rectangle((x, floor - 60 - 50 * (i % 2), x + 90, floor + 30),
                    fill=[(230, 60, 60), (60, 120, 230), (250, 200, 40), (80, 190, 90)][i])


def _pos_material(img, d, rng, spec, b):
    w, h = img.size
    floor = _room(img, rng, (232, 232, 230), (185, 185, 188), 0.78)
    x0, x1 = w * .3, w * .7
    d.rectangle((x0 + 15, h * .08 + 15, x1 + 15, floor + 15), fill=(150, 150, 150))
    paste_gradient(img, (int(x0), int(h * .08), int(x1), int(floor)), b.main, shade(b.accent, .8))
    text(d, ((x0 + x1) / 2, h * .18), "ОСЕННИЕ СКИДКИ" if spec.bad else "ЗИМНИЕ ШИНЫ В ПОДАРОК",
         int(h * .04), (255, 255, 255), bold=True, anchor="mm")
    text(d, ((x0 + x1) / 2, h * .3), "до 300 000 ₽" if spec.bad else "при покупке до 31.12",
         int(h * .05), (255, 240, 200), bold=True, anchor="mm")
    car_side(d, x0 + 30, h * .6, x1 - x0 - 60, rng.choice(CAR_COLORS), rng, suv=True)
    period = "01.09–30.09.2026" if spec.bad else "01.11–31.12.2026"
    text(d, ((x0 + x1) / 2, h * .68), f"Акция действует {period}", int(h * .025), (255, 255, 255),
         anchor="mm")
    car_side(d, w * .75, floor + 150, w * .4, rng.choice(CAR_COLORS), rng)


SCENES: dict[str, Draw] = {
    "showroom": _showroom, "reception": _reception, "parking": _parking,
    "price_tag": _price_tag, "service_zone": _service_zone, "floor": _floor, "chair": _chair,
    "dress_code": _dress_code, "coffee_corner": _coffee_corner, "website": _website,
    "waiting_area": _waiting_area, "exterior": _exterior, "kids_corner": _kids_corner,
    "pos_material": _pos_material,
}
PORTRAIT_SCENES = {"price_tag", "dress_code"}

#: orientation -> the transpose that turns an upright picture into the stored sensor pixels
#: (the inverse of what a viewer applies for that EXIF Orientation)
_TO_SENSOR = {
    2: Image.Transpose.FLIP_LEFT_RIGHT, 3: Image.Transpose.ROTATE_180,
    4: Image.Transpose.FLIP_TOP_BOTTOM, 5: Image.Transpose.TRANSPOSE,
    6: Image.Transpose.ROTATE_90, 7: Image.Transpose.TRANSVERSE, 8: Image.Transpose.ROTATE_270,
}


def _dms(value: float) -> tuple[float, float, float]:
    value = abs(value)
    degrees = int(value)
    minutes = int((value - degrees) * 60)
    return float(degrees), float(minutes), round((value - degrees - minutes / 60) * 3600, 2)


def _exif(spec: PhotoSpec) -> bytes:
    exif = Image.Exif()
    if spec.make:
        exif[0x010F], exif[0x0110] = spec.make, spec.model
    if spec.software:
        exif[0x0131] = spec.software
    exif[0x0112] = spec.orientation
    if spec.taken:
        exif[0x8769] = {0x9003: spec.taken, 0x9004: spec.taken}
    if spec.gps:
        lat, lon = spec.gps
        exif[0x8825] = {0: b"\x02\x02\x00\x00", 1: "N" if lat >= 0 else "S", 2: _dms(lat),
                        3: "E" if lon >= 0 else "W", 4: _dms(lon)}
    return exif.tobytes()


def draw_upright(spec: PhotoSpec) -> Image.Image:
    """The scene as the viewer should see it (no orientation applied)."""
    rng = random.Random(spec.seed)
    size = (1200, 1600) if spec.portrait else (1600, 1200)
    img = Image.new("RGB", size, (255, 255, 255))
    SCENES[spec.scene](img, ImageDraw.Draw(img), rng, spec, BRANDS[spec.subject])
    if spec.scene == "website":
        return finish(img, rng, grain=2, vignette=0.0)
    return finish(img, rng, grain=4, vignette=rng.choice((0.3, 0.5, 0.7)))


def render_photo(spec: PhotoSpec) -> bytes:
    """JPEG bytes as a phone would store them: sensor pixels plus EXIF."""
    img = draw_upright(spec)
    if spec.orientation in _TO_SENSOR:
        img = img.transpose(_TO_SENSOR[spec.orientation])
    out = io.BytesIO()
    img.save(out, "JPEG", quality=85, exif=_exif(spec))
    return out.getvalue()
