"""Drawing primitives for the demo photos: gradients, grain, light, cars, people and text.

Everything is whole-image Pillow operations or shape drawing (no per-pixel Python), and all
randomness comes from the ``random.Random`` passed in, so a photo is a pure function of its seed.
"""

from __future__ import annotations

import random
from functools import lru_cache
from pathlib import Path

from PIL import Image, ImageChops, ImageDraw, ImageFont, ImageOps

Color = tuple[int, int, int]

FONT_DIR = Path(__file__).resolve().parents[2] / "resources" / "fonts"

CAR_COLORS: list[Color] = [
    (230, 232, 235), (25, 27, 30), (150, 20, 28), (28, 60, 120), (120, 124, 130),
    (190, 192, 196), (40, 90, 70), (200, 120, 30), (90, 50, 40), (245, 245, 240),
]
SKIN: list[Color] = [(236, 200, 170), (222, 180, 150), (200, 160, 130), (245, 215, 190)]
HAIR: list[Color] = [(40, 30, 25), (90, 60, 35), (150, 110, 60), (60, 60, 60), (20, 20, 20)]


@lru_cache(maxsize=64)
def font(size: int, bold: bool = False) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    """DejaVu Sans (Cyrillic) from resources/fonts; Pillow's default font if it is missing."""
    path = FONT_DIR / ("DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf")
    try:
        return ImageFont.truetype(str(path), size)
    except OSError:
        return ImageFont.load_default(size)


def jitter(rng: random.Random, color: Color, amount: int = 12) -> Color:
    return tuple(max(0, min(255, c + rng.randint(-amount, amount))) for c in color)  # type: ignore[return-value]


def shade(color: Color, factor: float) -> Color:
    return tuple(max(0, min(255, int(c * factor))) for c in color)  # type: ignore[return-value]


def gradient(size: tuple[int, int], top: Color, bottom: Color) -> Image.Image:
    """A vertical gradient from ``top`` to ``bottom``."""
    column = ImageOps.colorize(Image.linear_gradient("L").crop((0, 0, 1, 256)), top, bottom)
    column = column.resize((1, size[1]), Image.Resampling.BILINEAR)
    return column.resize(size, Image.Resampling.NEAREST)


def paste_gradient(img: Image.Image, box: tuple[int, int, int, int], top: Color,
                   bottom: Color) -> None:
    x0, y0, x1, y1 = box
    if x1 > x0 and y1 > y0:
        img.paste(gradient((x1 - x0, y1 - y0), top, bottom), (x0, y0))


@lru_cache(maxsize=16)
def _vignette(size: tuple[int, int], strength: int) -> Image.Image:
    ring = Image.radial_gradient("L").resize(size, Image.Resampling.BILINEAR)
    mask = ring.point([255 - int(max(0, v - 110) * strength / 10) for v in range(256)])
    return Image.merge("RGB", (mask, mask, mask))


@lru_cache(maxsize=16)
def _grain_field(size: tuple[int, int], amount: int, variant: int) -> Image.Image:
    # a few fixed noise fields per size, shifted at random per photo: cheap and deterministic
    w, h = size
    rng = random.Random(f"grain:{w}x{h}:{amount}:{variant}")
    sw, sh = w // 2, h // 2
    noise = Image.frombytes("L", (sw, sh), rng.randbytes(sw * sh))
    noise = noise.point([v * (2 * amount + 1) // 256 for v in range(256)])
    return noise.resize(size, Image.Resampling.BILINEAR)


def finish(img: Image.Image, rng: random.Random, *, grain: int = 4,
           vignette: float = 0.5) -> Image.Image:
    """What a phone camera adds: darker corners and a little sensor grain."""
    if vignette > 0:
        img = ImageChops.multiply(img, _vignette(img.size, round(vignette * 10)))
    if grain > 0:
        field = _grain_field(img.size, grain, rng.randrange(3))
        field = ImageChops.offset(field, rng.randrange(img.width), rng.randrange(img.height))
        img = ImageChops.add(img, field.convert("RGB"), 1.0, -grain)
    return img


def text(d: ImageDraw.ImageDraw, xy: tuple[float, float], value: str, size: int,
         fill: Color, *, bold: bool = False, anchor: str = "la") -> None:
    d.text(xy, value, fill=fill, font=font(size, bold), anchor=anchor)


def sign(d: ImageDraw.ImageDraw, center: tuple[float, float], value: str, size: int,
         panel: Color, ink: Color = (255, 255, 255), *, min_width: float = 0) -> None:
    """A text panel sized to its text, centred on ``center``."""
    x, y = center
    half = max(d.textlength(value, font=font(size, True)) / 2 + size * 0.8, min_width / 2)
    d.rectangle((x - half, y - size * 0.95, x + half, y + size * 0.95), fill=panel)
    text(d, (x, y), value, size, ink, bold=True, anchor="mm")


def car_side(d: ImageDraw.ImageDraw, x: float, ground: float, length: float, color: Color,
             rng: random.Random, *, suv: bool | None = None, facing_left: bool = False,
             dusty: bool = False) -> None:
    """A car seen from the side, standing on ``ground``, from ``x`` to ``x + length``."""
    L = length
    suv = rng.random() < 0.5 if suv is None else suv
    roof = 0.47 if suv else 0.40
    sill = 0.10 if suv else 0.08

    def px(fx: float) -> float:
        return x + (L - fx * L if facing_left else fx * L)

    d.ellipse((x - 0.03 * L, ground - 0.018 * L, x + 1.03 * L, ground + 0.022 * L),
              fill=(45, 45, 48))
    body = [(px(0.0), ground - sill * L), (px(0.0), ground - 0.25 * L), (px(0.06), ground - 0.3 * L),
            (px(0.22), ground - 0.31 * L), (px(0.34), ground - roof * L),
            (px(0.70), ground - roof * L), (px(0.84), ground - 0.31 * L),
            (px(0.98), ground - 0.28 * L), (px(1.0), ground - sill * L)]
    d.polygon(body, fill=color)
    d.line([(px(0.02), ground - 0.2 * L), (px(0.98), ground - 0.2 * L)],
           fill=shade(color, 1.25 if sum(color) < 500 else 0.85), width=max(2, int(L * 0.006)))
    glass = (52, 66, 82)
    d.polygon([(px(0.25), ground - 0.31 * L), (px(0.355), ground - (roof - 0.025) * L),
               (px(0.51), ground - (roof - 0.025) * L), (px(0.51), ground - 0.31 * L)], fill=glass)
    d.polygon([(px(0.53), ground - 0.31 * L), (px(0.53), ground - (roof - 0.025) * L),
               (px(0.685), ground - (roof - 0.025) * L), (px(0.8), ground - 0.31 * L)], fill=glass)
    d.line([(px(0.52), ground - 0.31 * L), (px(0.52), ground - 0.11 * L)],
           fill=shade(color, 0.7), width=2)
    d.rectangle(sorted_box(px(0.005), ground - 0.25 * L, px(0.04), ground - 0.22 * L),
                fill=(250, 245, 210))
    d.rectangle(sorted_box(px(0.965), ground - 0.26 * L, px(0.995), ground - 0.225 * L),
                fill=(200, 20, 20))
    for fx in (0.19, 0.81):
        cx, r = px(fx), 0.095 * L
        d.ellipse((cx - r, ground - 2 * r, cx + r, ground), fill=(22, 22, 24))
        d.ellipse((cx - 0.55 * r, ground - 1.55 * r, cx + 0.55 * r, ground - 0.45 * r),
                  fill=(170, 172, 178))
        d.ellipse((cx - 0.15 * r, ground - 1.15 * r, cx + 0.15 * r, ground - 0.85 * r),
                  fill=(90, 90, 95))
    if dusty:  # the dust and fingerprints a mystery shopper photographs
        dust = shade(color, 0.8) if sum(color) > 400 else (150, 150, 150)
        for _ in range(70):
            fx, fy = rng.uniform(0.05, 0.95), rng.uniform(0.12, 0.3)
            r = rng.uniform(0.003, 0.01) * L
            d.ellipse((px(fx) - r, ground - fy * L - r, px(fx) + r, ground - fy * L + r), fill=dust)


def car_rear(d: ImageDraw.ImageDraw, cx: float, ground: float, width: float, color: Color) -> None:
    """A parked car seen from behind (for parking lots)."""
    w = width
    h = 0.75 * w
    d.rectangle((cx - 0.48 * w, ground - 0.08 * w, cx - 0.3 * w, ground), fill=(20, 20, 22))
    d.rectangle((cx + 0.3 * w, ground - 0.08 * w, cx + 0.48 * w, ground), fill=(20, 20, 22))
    d.rounded_rectangle((cx - 0.5 * w, ground - 0.5 * h, cx + 0.5 * w, ground - 0.06 * w),
                        radius=int(0.06 * w), fill=color)
    d.polygon([(cx - 0.42 * w, ground - 0.5 * h), (cx - 0.32 * w, ground - h),
               (cx + 0.32 * w, ground - h), (cx + 0.42 * w, ground - 0.5 * h)], fill=color)
    d.polygon([(cx - 0.36 * w, ground - 0.53 * h), (cx - 0.28 * w, ground - 0.93 * h),
               (cx + 0.28 * w, ground - 0.93 * h), (cx + 0.36 * w, ground - 0.53 * h)],
              fill=(50, 62, 76))
    for side in (-1, 1):
        d.rectangle(sorted_box(cx + side * 0.46 * w, ground - 0.42 * h,
                               cx + side * 0.3 * w, ground - 0.34 * h), fill=(190, 20, 25))
    d.rectangle((cx - 0.12 * w, ground - 0.26 * h, cx + 0.12 * w, ground - 0.18 * h),
                fill=(235, 235, 235))


def person(d: ImageDraw.ImageDraw, cx: float, feet: float, height: float, rng: random.Random,
           *, top: Color, bottom: Color = (40, 42, 50), shoes: Color = (20, 20, 20),
           badge: str | None = None, tie: Color | None = None, phone: bool = False) -> None:
    """A standing figure, ``height`` pixels tall, centred on ``cx``."""
    h = height
    skin, hair = rng.choice(SKIN), rng.choice(HAIR)
    head = 0.13 * h
    d.rectangle((cx - 0.13 * h, feet - 0.48 * h, cx - 0.02 * h, feet - 0.03 * h), fill=bottom)
    d.rectangle((cx + 0.02 * h, feet - 0.48 * h, cx + 0.13 * h, feet - 0.03 * h), fill=bottom)
    d.rounded_rectangle((cx - 0.15 * h, feet - 0.04 * h, cx - 0.01 * h, feet), radius=4,
                        fill=shoes)
    d.rounded_rectangle((cx + 0.01 * h, feet - 0.04 * h, cx + 0.15 * h, feet), radius=4,
                        fill=shoes)
    d.rounded_rectangle((cx - 0.17 * h, feet - 0.84 * h, cx + 0.17 * h, feet - 0.44 * h),
                        radius=int(0.05 * h), fill=top)
    d.rounded_rectangle((cx - 0.23 * h, feet - 0.82 * h, cx - 0.15 * h, feet - 0.5 * h),
                        radius=int(0.03 * h), fill=shade(top, 0.9))
    d.rounded_rectangle((cx + 0.15 * h, feet - 0.82 * h, cx + 0.23 * h, feet - 0.5 * h),
                        radius=int(0.03 * h), fill=shade(top, 0.9))
    d.polygon([(cx - 0.05 * h, feet - 0.84 * h), (cx + 0.05 * h, feet - 0.84 * h),
               (cx, feet - 0.76 * h)], fill=(245, 245, 245))
    if tie is not None:
        d.polygon([(cx - 0.015 * h, feet - 0.8 * h), (cx + 0.015 * h, feet - 0.8 * h),
                   (cx + 0.025 * h, feet - 0.62 * h), (cx, feet - 0.6 * h),
                   (cx - 0.025 * h, feet - 0.62 * h)], fill=tie)
    d.rectangle((cx - 0.035 * h, feet - 0.87 * h, cx + 0.035 * h, feet - 0.83 * h), fill=skin)
    d.ellipse((cx - head / 2, feet - 0.87 * h - head, cx + head / 2, feet - 0.87 * h), fill=skin)
    d.chord((cx - head / 2 - 2, feet - 0.88 * h - head - 4, cx + head / 2 + 2,
             feet - 0.87 * h - 0.35 * head), 180, 360, fill=hair)
    if badge:
        bx, by = cx + 0.04 * h, feet - 0.76 * h
        d.rectangle((bx, by, bx + 0.1 * h, by + 0.04 * h), fill=(250, 250, 250),
                    outline=(30, 60, 120), width=2)
        text(d, (bx + 0.05 * h, by + 0.02 * h), badge, max(8, int(0.018 * h)), (20, 40, 90),
             anchor="mm")
    if phone:
        d.rounded_rectangle((cx + 0.05 * h, feet - 0.92 * h, cx + 0.09 * h, feet - 0.84 * h),
                            radius=3, fill=(15, 15, 18))


def plant(d: ImageDraw.ImageDraw, cx: float, floor: float, size: float,
          rng: random.Random) -> None:
    d.polygon([(cx - 0.25 * size, floor - 0.35 * size), (cx + 0.25 * size, floor - 0.35 * size),
               (cx + 0.18 * size, floor), (cx - 0.18 * size, floor)], fill=(235, 235, 230))
    for _ in range(9):
        lx, ly = cx + rng.uniform(-0.45, 0.45) * size, floor - rng.uniform(0.55, 1.1) * size
        r = rng.uniform(0.12, 0.22) * size
        d.ellipse((lx - r, ly - r, lx + r, ly + r), fill=jitter(rng, (50, 120, 60), 25))


def sorted_box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
    return min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1)
