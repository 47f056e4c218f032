"""Draw the demo town's pictures: one illustration per sight and per tour (JPEG, 1600×1000).

    .venv/bin/python tools/demo_illustrations.py          # write the files, print their sizes
    .venv/bin/python tools/demo_illustrations.py --check  # fail if a file would change

Musterstadt does not exist, so nobody can have photographed it. These are honest, generated
illustrations in a flat style, each about its subject (a castle, a church, a tower …), credited
"Illustration: automatisch erzeugt (Stadt Musterstadt), CC0" on the pages. Drawn with Pillow at
twice the size and scaled down (smooth edges), with a fixed seed and no text (fonts differ
between machines): the same Pillow version writes byte-identical files.

Written to `content/tourismus/sehenswuerdigkeiten/bilder/<sight>.jpg` (plus `rosengarten.jpg`,
in the park page's gallery) and `content/tourismus/touren/bilder/<tour>.jpg`.
"""

from __future__ import annotations

import argparse
import io
import math
import random
import sys
from collections.abc import Callable
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
SIGHTS = ROOT / "content" / "tourismus" / "sehenswuerdigkeiten" / "bilder"
TOURS = ROOT / "content" / "tourismus" / "touren" / "bilder"
WIDTH, HEIGHT = 1600, 1000
SCALE = 2  # drawn at 3200×2000, scaled down: Pillow draws polygons without anti-aliasing
SEED = 1598  # the year the Old Town Hall was finished
QUALITY = 80

# A small palette shared by every picture, so the set looks like one series.
SKY_TOP, SKY_LOW = (118, 170, 222), (214, 232, 244)
CLOUD = (250, 251, 253)
GRASS, GRASS_DARK, GRASS_LIGHT = (110, 160, 80), (78, 128, 62), (150, 190, 100)
FOREST, FOREST_DARK = (58, 110, 70), (38, 82, 54)
HILL_FAR, HILL_MID = (150, 176, 196), (112, 150, 132)
STONE, STONE_DARK, STONE_LIGHT = (196, 188, 170), (150, 140, 124), (222, 214, 196)
SANDSTONE, SANDSTONE_DARK = (186, 110, 84), (146, 82, 64)
PLASTER, PLASTER_WARM = (240, 232, 212), (244, 222, 178)
TIMBER = (92, 58, 40)
ROOF, ROOF_DARK, SLATE = (172, 72, 52), (136, 54, 40), (84, 92, 108)
WINDOW, WINDOW_FRAME = (70, 96, 128), (250, 248, 240)
WATER, WATER_LIGHT = (70, 140, 196), (140, 196, 230)
POOL, POOL_LINE = (64, 178, 222), (236, 248, 252)
PATH, PATH_DARK = (214, 198, 164), (186, 168, 134)
COBBLE, COBBLE_DARK = (178, 170, 160), (150, 142, 134)
GOLD = (214, 170, 60)
ROSES = [(200, 30, 60), (232, 110, 150), (250, 246, 240), (214, 60, 90), (244, 160, 180)]


class Canvas:
    """Drawing in 1600×1000 coordinates on a canvas twice that size."""

    def __init__(self, seed: int):
        self.image = Image.new("RGB", (WIDTH * SCALE, HEIGHT * SCALE), SKY_LOW)
        self.draw = ImageDraw.Draw(self.image)
        self.rng = random.Random(seed)

    @staticmethod
    def _xy(points) -> list[tuple[float, float]]:
        return [(x * SCALE, y * SCALE) for x, y in points]

    def poly(self, points, fill, outline=None, width=0) -> None:
        self.draw.polygon(self._xy(points), fill=fill)
        if outline:
            self.line([*points, points[0]], outline, width)

    def rect(self, x0, y0, x1, y1, fill) -> None:
        self.draw.rectangle([x0 * SCALE, y0 * SCALE, x1 * SCALE - 1, y1 * SCALE - 1], fill=fill)

    def ellipse(self, cx, cy, rx, ry, fill) -> None:
        self.draw.ellipse(
            [(cx - rx) * SCALE, (cy - ry) * SCALE, (cx + rx) * SCALE, (cy + ry) * SCALE], fill=fill
        )

    def circle(self, cx, cy, r, fill) -> None:
        self.ellipse(cx, cy, r, r, fill)

    def ring(self, cx, cy, r, colour, width) -> None:
        box = [(cx - r) * SCALE, (cy - r) * SCALE, (cx + r) * SCALE, (cy + r) * SCALE]
        self.draw.ellipse(box, outline=colour, width=round(width * SCALE))

    def line(self, points, fill, width=2) -> None:
        self.draw.line(self._xy(points), fill=fill, width=round(width * SCALE), joint="curve")

    def arc(self, cx, cy, r, start, end, fill, width=2) -> None:
        box = [(cx - r) * SCALE, (cy - r) * SCALE, (cx + r) * SCALE, (cy + r) * SCALE]
        self.draw.arc(box, start, end, fill=fill, width=round(width * SCALE))

    def jpeg(self) -> bytes:
        small = self.image.resize((WIDTH, HEIGHT), Image.Resampling.LANCZOS)
        out = io.BytesIO()
        small.save(out, "JPEG", quality=QUALITY, optimize=True, progressive=True)
        return out.getvalue()


# --- scenery ----------------------------------------------------------------------------------


def mix(a, b, t: float) -> tuple[int, int, int]:
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))


def sky(c: Canvas, horizon: float, top=SKY_TOP, low=SKY_LOW) -> None:
    for row in range(round(horizon * SCALE) + 1):
        c.draw.line([(0, row), (WIDTH * SCALE, row)], fill=mix(top, low, row / (horizon * SCALE)))


def sun(c: Canvas, x, y, r=46) -> None:
    c.circle(x, y, r * 1.5, mix((255, 244, 200), SKY_LOW, 0.5))
    c.circle(x, y, r, (255, 236, 160))


def cloud(c: Canvas, x, y, size=1.0) -> None:
    for dx, dy, r in ((0, 0, 38), (44, -16, 48), (92, 0, 40), (46, 12, 42)):
        c.circle(x + dx * size, y + dy * size, r * size, CLOUD)


def ridge(c: Canvas, base: float, amplitude: float, colour, waves=3, seed_shift=0.0) -> None:
    """A range of hills filling everything below a wavy line."""
    phases = [c.rng.uniform(0, 2 * math.pi) for _ in range(waves)]
    points = []
    for i in range(0, WIDTH + 41, 40):
        y = base
        for k, phase in enumerate(phases, 1):
            y -= amplitude / k * math.sin(i / WIDTH * math.pi * (k + 0.5) + phase + seed_shift)
        points.append((i, y))
    c.poly([(0, HEIGHT), *points, (WIDTH, HEIGHT)], colour)


def ground(c: Canvas, top: float, colour=GRASS) -> None:
    c.rect(0, top, WIDTH, HEIGHT, colour)


def tree(c: Canvas, x, base, size=1.0, colour=FOREST, trunk=TIMBER) -> None:
    """A deciduous tree: a trunk and a crown of overlapping circles."""
    c.rect(x - 7 * size, base - 70 * size, x + 7 * size, base, trunk)
    dark = mix(colour, (0, 0, 0), 0.18)
    for dx, dy, r in ((-34, -96, 44), (30, -100, 46), (0, -136, 52), (-8, -80, 40), (20, -70, 36)):
        c.circle(x + dx * size, base + dy * size, r * size, dark if dy > -90 else colour)


def conifer(c: Canvas, x, base, size=1.0, colour=FOREST_DARK) -> None:
    c.rect(x - 5 * size, base - 24 * size, x + 5 * size, base, TIMBER)
    for step in range(3):
        top = base - (150 - step * 36) * size
        half = (34 + step * 12) * size
        c.poly([(x, top), (x - half, top + 70 * size), (x + half, top + 70 * size)], colour)


def forest(c: Canvas, base, x0=0, x1=WIDTH, size=0.7, density=26) -> None:
    for x in range(int(x0), int(x1), density):
        if c.rng.random() < 0.4:
            conifer(c, x + c.rng.uniform(-8, 8), base + c.rng.uniform(-6, 6), size, FOREST_DARK)
        else:
            tree(c, x + c.rng.uniform(-8, 8), base + c.rng.uniform(-6, 6), size, FOREST)


def windows(c: Canvas, x0, y0, cols, rows, w, h, gap_x, gap_y, arched=False) -> None:
    for row in range(rows):
        for col in range(cols):
            x, y = x0 + col * (w + gap_x), y0 + row * (h + gap_y)
            c.rect(x - 3, y - 3, x + w + 3, y + h + 3, WINDOW_FRAME)
            c.rect(x, y, x + w, y + h, WINDOW)
            if arched:
                c.ellipse(x + w / 2, y, w / 2 + 3, w / 2 + 3, WINDOW_FRAME)
                c.ellipse(x + w / 2, y, w / 2, w / 2, WINDOW)
            c.line([(x + w / 2, y), (x + w / 2, y + h)], WINDOW_FRAME, 2)


def timbered_house(c: Canvas, x, base, w, storeys, plaster, roof=ROOF, storey=78) -> None:
    """A half-timbered town house, gable to the street."""
    top = base - storeys * storey
    c.rect(x, top, x + w, base, plaster)
    for s in range(storeys + 1):
        c.line([(x, base - s * storey), (x + w, base - s * storey)], TIMBER, 6)
    posts = max(3, round(w / 42))
    for p in range(posts + 1):
        px = x + p * w / posts
        c.line([(px, top), (px, base)], TIMBER, 5)
    for s in range(storeys):
        y0, y1 = base - (s + 1) * storey, base - s * storey
        for p in range(posts):
            if (p + s) % 2 == 0 and s > 0:
                x0, x1 = x + p * w / posts, x + (p + 1) * w / posts
                c.line([(x0, y1), (x1, y0)], TIMBER, 4)
                c.line([(x0, y0), (x1, y1)], TIMBER, 4)
    for s in range(1, storeys):
        windows(c, x + w / 2 - 30, base - (s + 1) * storey + 22, 2, 1, 24, 34, 12, 0)
    c.poly([(x - 10, top), (x + w / 2, top - w * 0.75), (x + w + 10, top)], roof)
    c.rect(x + w / 2 - 18, base - 54, x + w / 2 + 18, base, TIMBER)


def cobbles(c: Canvas, top, colour=COBBLE, dark=COBBLE_DARK) -> None:
    """Paving: rows of stones that grow towards the viewer (few and soft: small JPEGs)."""
    ground(c, top, colour)
    joint = mix(colour, dark, 0.55)
    row, y = 0, top + 10
    while y < HEIGHT:
        h = 10 + (y - top) * 0.08
        c.line([(0, y), (WIDTH, y)], joint, 1.5)
        offset = (row % 2) * h * 1.4
        for x in range(-60, WIDTH + 60, round(h * 2.8)):
            c.line([(x + offset, y), (x + offset, y + h)], joint, 1.5)
        y += h
        row += 1


def person(c: Canvas, x, base, size=1.0, colour=(60, 70, 110)) -> None:
    c.circle(x, base - 74 * size, 10 * size, (232, 190, 160))
    c.poly(
        [
            (x - 12 * size, base - 62 * size),
            (x + 12 * size, base - 62 * size),
            (x + 9 * size, base - 28 * size),
            (x - 9 * size, base - 28 * size),
        ],
        colour,
    )
    c.line([(x - 5 * size, base - 28 * size), (x - 7 * size, base)], (50, 50, 60), 4 * size)
    c.line([(x + 5 * size, base - 28 * size), (x + 7 * size, base)], (50, 50, 60), 4 * size)


def bench(c: Canvas, x, base, size=1.0) -> None:
    c.rect(x, base - 34 * size, x + 90 * size, base - 28 * size, TIMBER)
    c.rect(x, base - 54 * size, x + 90 * size, base - 48 * size, TIMBER)
    for dx in (6, 80):
        c.rect(x + dx * size, base - 34 * size, x + (dx + 5) * size, base, (60, 60, 64))


def clock(c: Canvas, x, y, r) -> None:
    c.circle(x, y, r + 5, GOLD)
    c.circle(x, y, r, (250, 246, 232))
    c.line([(x, y), (x, y - r * 0.7)], (30, 30, 40), 4)
    c.line([(x, y), (x + r * 0.5, y + r * 0.2)], (30, 30, 40), 4)


def path(c: Canvas, near_left, near_right, far_x, far_y, colour=PATH) -> None:
    c.poly(
        [(near_left, HEIGHT), (far_x - 6, far_y), (far_x + 6, far_y), (near_right, HEIGHT)], colour
    )


# --- sights -----------------------------------------------------------------------------------


def schloss(c: Canvas) -> None:
    """The baroque three-wing castle with two corner towers behind the lawn of its garden."""
    sky(c, 640)
    cloud(c, 220, 150, 1.2)
    cloud(c, 1180, 110)
    ridge(c, 600, 30, HILL_MID)
    ground(c, 640)
    for x in (60, 1500):
        tree(c, x, 640, 1.3)
    # wings and corner towers
    for x0 in (330, 1060):
        c.rect(x0, 390, x0 + 210, 640, PLASTER_WARM)
        c.poly([(x0 - 8, 392), (x0 + 20, 330), (x0 + 190, 330), (x0 + 218, 392)], SLATE)
        windows(c, x0 + 24, 430, 4, 2, 28, 58, 20, 36, arched=True)
    for tx in (300, 1300):
        c.rect(tx - 60, 300, tx + 60, 640, PLASTER_WARM)
        c.ellipse(tx, 300, 72, 74, SLATE)
        c.rect(tx - 72, 300, tx + 72, 312, SLATE)
        c.rect(tx - 4, 200, tx + 4, 232, GOLD)
        c.circle(tx, 200, 9, GOLD)
        windows(c, tx - 16, 350, 1, 3, 32, 62, 0, 36, arched=True)
    # main block with pediment and mansard roof
    c.rect(540, 350, 1060, 640, PLASTER)
    c.poly([(530, 352), (580, 270), (1020, 270), (1070, 352)], SLATE)
    c.poly([(700, 352), (800, 290), (900, 352)], PLASTER)
    c.circle(800, 328, 16, GOLD)
    windows(c, 566, 390, 8, 2, 34, 70, 28, 44, arched=True)
    c.ellipse(800, 560, 44, 50, TIMBER)
    c.rect(756, 560, 844, 640, TIMBER)
    # garden: the path to the gate, parterres edged with low hedges, clipped yews
    path(c, 560, 1040, 800, 640)
    for side in (-1, 1):
        for row, (y0, y1) in enumerate(((680, 740), (770, 860), (900, 1000))):
            inner = 800 + side * (60 + (y0 - 640) * 0.55)
            outer = 800 + side * (760 + row * 40)
            c.poly([(inner, y0), (outer, y0), (outer, y1), (inner + side * 30, y1)], GRASS_DARK)
            c.poly(
                [
                    (inner + side * 16, y0 + 10),
                    (outer - side * 16, y0 + 10),
                    (outer - side * 16, y1 - 10),
                    (inner + side * 46, y1 - 10),
                ],
                GRASS_LIGHT,
            )
        for offset, y, size in ((470, 700, 0.8), (330, 770, 1.0), (560, 900, 1.3)):
            x = 800 + side * offset
            c.rect(x - 4, y - 10, x + 4, y, TIMBER)
            c.ellipse(x, y - 50 * size, 26 * size, 44 * size, FOREST_DARK)


def stadtkirche(c: Canvas) -> None:
    """The Gothic hall church with its tall tower and baroque cupola."""
    sky(c, 700)
    cloud(c, 1150, 170, 1.1)
    ground(c, 700)
    # nave with steep roof and pointed windows
    c.rect(560, 420, 1380, 700, STONE)
    c.poly([(540, 422), (720, 240), (1220, 240), (1400, 422)], ROOF)
    for k in range(5):
        x = 640 + k * 150
        c.rect(x, 480, x + 50, 640, WINDOW)
        c.poly([(x, 480), (x + 25, 440), (x + 50, 480)], WINDOW)
        c.rect(x + 22, 440, x + 28, 640, STONE_LIGHT)
    for k in range(6):  # buttresses
        x = 600 + k * 150
        c.poly([(x, 700), (x, 470), (x + 16, 450), (x + 30, 470), (x + 30, 700)], STONE_DARK)
    # tower
    c.rect(360, 250, 560, 700, STONE)
    c.rect(372, 250, 548, 262, STONE_DARK)
    c.rect(420, 300, 500, 420, WINDOW)
    c.poly([(420, 300), (460, 250), (500, 300)], WINDOW)
    clock(c, 460, 480, 40)
    c.ellipse(460, 610, 40, 46, TIMBER)
    c.rect(420, 610, 500, 700, TIMBER)
    # baroque cupola: bulb, lantern, spire
    c.rect(380, 200, 540, 250, STONE_DARK)
    c.ellipse(460, 150, 84, 70, (70, 110, 96))
    c.rect(440, 60, 480, 110, (70, 110, 96))
    c.ellipse(460, 56, 28, 24, (70, 110, 96))
    c.rect(456, -20, 464, 40, GOLD)
    c.line([(440, 0), (480, 0)], GOLD, 5)
    for x in (120, 1520):
        tree(c, x, 700, 1.4)
    path(c, 380, 540, 460, 700, PATH)


def aussichtsturm(c: Canvas) -> None:
    """The sandstone lookout tower on the wooded Eichberg, the plain far below."""
    sky(c, 640)
    sun(c, 1350, 170)
    cloud(c, 260, 170)
    ridge(c, 640, 14, HILL_FAR)  # the far hills across the plain
    c.rect(0, 680, WIDTH, HEIGHT, mix(HILL_FAR, GRASS, 0.45))  # the plain
    # the Eichberg: a wooded mound, trees along its flanks, a clearing on top
    c.ellipse(800, 1180, 1050, 640, FOREST)
    for k in range(-14, 15):
        x = 800 + k * 36
        top = 1180 - 640 * math.sqrt(max(0.0, 1 - ((x - 800) / 1050) ** 2))
        if abs(k) > 5:
            tree(c, x + c.rng.uniform(-6, 6), top + 40, 0.8, FOREST if k % 3 else FOREST_DARK)
    c.ellipse(800, 560, 300, 56, GRASS)
    c.rect(720, 180, 880, 560, SANDSTONE)
    for y in range(210, 560, 34):  # courses of stone
        c.line([(720, y), (880, y)], SANDSTONE_DARK, 3)
    for x0 in range(708, 893, 38):  # battlements
        c.rect(x0, 140, x0 + 22, 180, SANDSTONE)
    c.rect(700, 170, 900, 186, SANDSTONE_DARK)
    for y in (260, 360):
        c.rect(785, y, 815, y + 46, WINDOW)
        c.ellipse(800, y, 15, 15, WINDOW)
    c.ellipse(800, 490, 28, 28, TIMBER)
    c.rect(772, 490, 828, 560, TIMBER)
    c.line([(800, 140), (800, 60)], (80, 80, 90), 4)
    c.poly([(802, 62), (862, 76), (802, 92)], (214, 52, 52))
    bench(c, 960, 590, 0.9)
    person(c, 920, 595, 0.9)
    for x in range(0, WIDTH + 1, 60):  # the wood in front
        tree(c, x + c.rng.uniform(-10, 10), 1010 + c.rng.uniform(-10, 10), 1.1, FOREST_DARK)
    path(c, 700, 900, 800, 580)


def marktplatz(c: Canvas) -> None:
    """Half-timbered houses around the market square and the baroque fountain in its middle."""
    sky(c, 560)
    cloud(c, 1300, 120)
    houses = [
        (0, 170, 4, PLASTER),
        (170, 150, 3, PLASTER_WARM),
        (320, 180, 4, (236, 214, 200)),
        (500, 160, 3, PLASTER),
        (660, 190, 4, (226, 222, 196)),
        (850, 150, 3, PLASTER_WARM),
        (1000, 180, 4, PLASTER),
        (1180, 160, 3, (236, 214, 200)),
        (1340, 170, 4, PLASTER_WARM),
        (1510, 150, 3, PLASTER),
    ]
    for x, w, storeys, colour in houses:
        timbered_house(c, x, 640, w, storeys, colour, ROOF if x % 3 else ROOF_DARK)
    cobbles(c, 640)
    # market umbrellas
    for x in (220, 1330):
        c.rect(x - 3, 600, x + 3, 720, (90, 90, 96))
        c.poly([(x - 90, 620), (x, 570), (x + 90, 620)], (236, 236, 228))
        c.rect(x - 70, 680, x + 70, 720, (160, 110, 70))
    # the fountain: octagonal red sandstone basin, column, patron saint with the coat of arms
    c.poly(
        [
            (560, 760),
            (640, 720),
            (960, 720),
            (1040, 760),
            (1040, 840),
            (960, 880),
            (640, 880),
            (560, 840),
        ],
        SANDSTONE,
    )
    c.poly([(590, 760), (650, 735), (950, 735), (1010, 760)], WATER)
    c.rect(780, 520, 820, 740, SANDSTONE_DARK)
    c.rect(760, 505, 840, 525, SANDSTONE_DARK)
    c.circle(800, 430, 16, STONE_LIGHT)
    c.poly([(782, 446), (818, 446), (826, 505), (774, 505)], STONE_LIGHT)
    c.poly([(814, 460), (846, 460), (846, 488), (830, 500), (814, 488)], GOLD)
    for sx in (700, 900):
        c.line([(sx, 770), (sx + (20 if sx > 800 else -20), 800)], WATER_LIGHT, 5)
    person(c, 1180, 900, 1.3, (140, 60, 60))
    person(c, 420, 930, 1.4)


def stadtpark(c: Canvas) -> None:
    """The swan lake in the town park, old trees around it."""
    sky(c, 520)
    cloud(c, 380, 130, 1.1)
    ground(c, 520, GRASS)
    conifer(c, 1380, 560, 2.6, FOREST_DARK)  # the giant sequoia
    for x, size, colour in (
        (120, 2.0, FOREST),
        (420, 1.7, (120, 60, 60)),
        (900, 1.9, FOREST),
        (1130, 1.6, (96, 140, 70)),
    ):
        tree(c, x, 560, size, colour)  # plane trees and a copper beech
    c.ellipse(760, 720, 620, 140, WATER)
    c.ellipse(760, 700, 560, 100, mix(WATER, WATER_LIGHT, 0.35))
    for sx, sy in ((620, 700), (860, 740)):  # swans
        c.ellipse(sx, sy, 44, 18, (252, 252, 250))
        c.line([(sx + 30, sy - 6), (sx + 40, sy - 50), (sx + 54, sy - 54)], (252, 252, 250), 7)
        c.poly([(sx + 54, sy - 58), (sx + 70, sy - 52), (sx + 54, sy - 48)], (236, 140, 50))
    c.poly([(0, 1000), (0, 900), (400, 860), (700, 880), (700, 1000)], PATH)
    bench(c, 180, 900, 1.3)


def freibad(c: Canvas) -> None:
    """The open-air pool with its lanes, the diving tower and lawns under old trees."""
    sky(c, 460)
    sun(c, 1380, 140)
    ground(c, 460, GRASS)
    forest(c, 500, 0, WIDTH, 1.2, 60)
    c.rect(0, 560, WIDTH, 1000, GRASS_LIGHT)
    c.poly([(240, 620), (1360, 620), (1560, 960), (40, 960)], (236, 236, 228))  # pool deck
    c.poly([(300, 650), (1300, 650), (1460, 920), (140, 920)], POOL)
    for k in range(1, 8):
        top = 300 + k * 1000 / 8
        bottom = 140 + k * 1320 / 8
        c.line([(top, 655), (bottom, 915)], POOL_LINE, 3)
    for k in range(6):
        c.line(
            [(330 + k * 40, 700 + k * 40), (1280 - k * 30, 700 + k * 40)],
            mix(POOL, POOL_LINE, 0.25),
            2,
        )
    # diving tower with 1, 3 and 5 metre platforms
    c.rect(1420, 330, 1450, 640, (230, 230, 226))
    for y, reach in ((600, 90), (500, 110), (400, 130)):
        c.rect(1450 - reach - 60, y, 1450, y + 12, (230, 230, 226))
    for x in (140, 420, 1240):
        c.line([(x, 620), (x, 520)], (90, 90, 96), 4)
        c.poly(
            [(x - 70, 540), (x, 500), (x + 70, 540)], (232, 90, 70) if x != 420 else (250, 210, 80)
        )
    person(c, 1390, 400, 0.8, (200, 60, 60))
    person(c, 700, 640, 0.9, (60, 110, 170))


def stadtmauer(c: Canvas) -> None:
    """The medieval town wall with its wall walk and the round Powder Tower."""
    sky(c, 560)
    cloud(c, 300, 140)
    cloud(c, 1100, 200, 0.8)
    ground(c, 760, GRASS)
    c.rect(0, 420, WIDTH, 780, STONE)
    for row, y in enumerate(range(430, 780, 36)):  # stone courses
        c.line([(0, y), (WIDTH, y)], STONE_DARK, 3)
        for x in range((row % 2) * 40, WIDTH, 80):
            c.line([(x, y), (x, y + 36)], STONE_DARK, 2)
    for x in range(0, WIDTH, 70):  # crenellations
        c.rect(x, 370, x + 40, 420, STONE)
    c.rect(0, 410, WIDTH, 424, STONE_DARK)
    # the Powder Tower
    c.rect(980, 240, 1260, 780, mix(STONE, SANDSTONE, 0.3))
    for y in range(270, 780, 40):
        c.line([(980, y), (1260, y)], STONE_DARK, 2)
    c.poly([(960, 244), (1120, 40), (1280, 244)], ROOF_DARK)
    c.rect(1100, 330, 1140, 390, (50, 50, 56))
    c.rect(1100, 480, 1140, 540, (50, 50, 56))
    c.ellipse(1120, 680, 42, 42, TIMBER)
    c.rect(1078, 680, 1162, 780, TIMBER)
    for x in (200, 620):
        c.rect(x, 500, x + 14, 560, (50, 50, 56))  # loopholes
    c.poly([(0, 1000), (0, 800), (WIDTH, 800), (WIDTH, 1000)], PATH)  # the Mauerweg
    for x in (300, 1450):
        tree(c, x, 800, 1.2)
    person(c, 560, 900, 1.2)


def stadtmuseum(c: Canvas) -> None:
    """The late-medieval tithe barn with its huge roof, now the town museum."""
    sky(c, 600)
    cloud(c, 1250, 150, 1.1)
    ground(c, 700, COBBLE)
    cobbles(c, 700)
    c.rect(300, 430, 1300, 720, STONE_LIGHT)
    for y in range(460, 720, 44):
        c.line([(300, y), (1300, y)], STONE, 3)
    c.poly([(270, 432), (800, 110), (1330, 432)], ROOF)
    for k in range(9):  # roof tiles
        y = 150 + k * 32
        half = (y - 110) / 322 * 530
        c.line([(800 - half, y), (800 + half, y)], ROOF_DARK, 3)
    for x in (560, 1000):  # dormers
        c.rect(x, 260, x + 40, 300, WINDOW)
        c.poly([(x - 12, 262), (x + 20, 232), (x + 52, 262)], ROOF_DARK)
    c.ellipse(800, 560, 110, 110, SANDSTONE_DARK)  # the big barn gate
    c.ellipse(800, 560, 94, 94, TIMBER)
    c.rect(706, 560, 894, 720, TIMBER)
    c.line([(800, 470), (800, 720)], (70, 44, 30), 5)
    windows(c, 380, 520, 3, 1, 36, 54, 60, 0)
    windows(c, 1000, 520, 3, 1, 36, 54, 60, 0)
    person(c, 560, 860, 1.1, (200, 120, 40))
    person(c, 600, 880, 0.8, (60, 130, 90))
    person(c, 1120, 880, 1.2)


def kunsthalle(c: Canvas) -> None:
    """The 1950s pavilion with its thin floating roof and glass walls, a sculpture outside."""
    sky(c, 560)
    cloud(c, 260, 160, 0.9)
    ground(c, 640, GRASS)
    for x in (100, 1480):
        tree(c, x, 660, 1.5)
    c.rect(360, 430, 1240, 660, (214, 232, 240))  # glass
    for x in range(360, 1241, 80):
        c.line([(x, 430), (x, 660)], (60, 64, 72), 4)
    c.line([(360, 545), (1240, 545)], (60, 64, 72), 3)
    c.rect(300, 398, 1300, 430, (246, 246, 244))  # the floating roof slab
    c.rect(300, 428, 1300, 434, (170, 172, 176))
    for x in (330, 1270):  # slender columns
        c.rect(x - 5, 430, x + 5, 660, (60, 64, 72))
    c.rect(0, 660, WIDTH, 690, (226, 226, 220))
    for x, y, w, h, colour in (
        (500, 470, 120, 150, (220, 90, 60)),
        (900, 480, 90, 130, (60, 100, 170)),
    ):
        c.rect(x, y, x + w, y + h, colour)  # paintings seen through the glass
    # a sculpture: stacked shapes on a plinth
    c.rect(1320, 760, 1440, 800, STONE_DARK)
    c.circle(1380, 700, 44, (214, 140, 50))
    c.poly([(1340, 660), (1420, 660), (1380, 560)], (40, 44, 52))
    path(c, 640, 960, 800, 690, (226, 226, 220))
    person(c, 760, 860, 1.2, (90, 60, 120))


def altes_rathaus(c: Canvas) -> None:
    """The Renaissance town hall: stepped gable, octagonal stair tower, clock, arcade."""
    sky(c, 640)
    cloud(c, 1250, 130)
    # the stair tower behind the facade's corner
    c.rect(1000, 170, 1120, 700, PLASTER)
    c.poly([(992, 172), (1060, 30), (1128, 172)], SLATE)
    c.rect(1056, 0, 1064, 40, GOLD)
    for y in (230, 330, 430):
        c.rect(1045, y, 1075, y + 50, WINDOW)
    # facade with stepped gable
    left, right, eaves = 440, 1000, 400
    c.rect(left, eaves, right, 700, PLASTER_WARM)
    steps, step_w, step_h = 5, (right - left) / 11, 44
    outline = [(left, eaves)]
    for s in range(steps):
        outline += [
            (left + s * step_w, eaves - (s + 1) * step_h),
            (left + (s + 1) * step_w, eaves - (s + 1) * step_h),
        ]
    outline += [(right - steps * step_w, eaves - (steps + 1) * step_h)]
    mirrored = [(left + right - x, y) for x, y in reversed(outline)]
    c.poly([*outline, *mirrored], PLASTER_WARM)
    for s in range(steps + 1):
        y = eaves - s * step_h
        c.line([(left + s * step_w, y), (right - s * step_w, y)], SANDSTONE, 5)
    c.rect(left, eaves - 6, right, eaves + 6, SANDSTONE)
    clock(c, 720, 230, 42)
    windows(c, 490, 430, 5, 2, 52, 70, 48, 40)
    for k in range(4):  # arcade
        x = 480 + k * 130
        c.rect(x, 640, x + 90, 700, (120, 96, 80))
        c.ellipse(x + 45, 640, 45, 40, (120, 96, 80))
    c.rect(left, 600, right, 612, SANDSTONE)
    c.rect(1000, 500, 1600, 700, PLASTER)
    c.poly([(990, 502), (1120, 380), (1600, 380), (1600, 502)], ROOF)
    windows(c, 1150, 540, 4, 1, 44, 60, 70, 0)
    timbered_house(c, 0, 700, 200, 4, PLASTER)
    timbered_house(c, 220, 700, 200, 4, (236, 214, 200), ROOF_DARK)
    cobbles(c, 700)
    person(c, 640, 880, 1.2)
    person(c, 1220, 900, 1.3, (150, 70, 60))


def rosengarten(c: Canvas) -> None:
    """Rose beds flowering red, pink and white in the rose garden, a rose arch behind."""
    sky(c, 420)
    ground(c, 420, GRASS)
    forest(c, 470, 0, WIDTH, 1.0, 50)
    c.rect(0, 520, WIDTH, 1000, GRASS_LIGHT)
    # the rose arch
    for x in (620, 980):
        c.rect(x - 8, 300, x + 8, 560, (240, 240, 236))
    c.arc(800, 300, 180, 180, 360, (240, 240, 236), 10)
    for angle in range(180, 361, 12):
        a = math.radians(angle)
        c.circle(800 + 180 * math.cos(a), 300 + 180 * math.sin(a), 14, ROSES[angle % 5])
    # beds in rows, nearer rows bigger
    for row, y in enumerate((600, 700, 830)):
        size = 1 + row * 0.5
        c.rect(0, y - 20 * size, WIDTH, y + 30 * size, GRASS_DARK)
        for x in range(20, WIDTH, round(34 * size)):
            colour = ROSES[c.rng.randrange(len(ROSES))]
            c.circle(x + c.rng.uniform(-6, 6), y + c.rng.uniform(-10, 10), 13 * size, colour)
    path(c, 700, 900, 800, 560)


# --- tours ------------------------------------------------------------------------------------


def tour_altstadt(c: Canvas) -> None:
    """A lane of half-timbered houses in the old town, the church tower at its end."""
    sky(c, 600)
    cloud(c, 1200, 110)
    # church tower at the end of the lane
    c.rect(740, 120, 860, 600, STONE)
    c.ellipse(800, 100, 60, 50, (70, 110, 96))
    c.rect(796, 10, 804, 60, GOLD)
    clock(c, 800, 250, 28)
    # the lane's paving, then houses getting bigger towards the viewer on both sides
    c.rect(0, 600, WIDTH, HEIGHT, mix(COBBLE, PLASTER, 0.4))
    colours = [PLASTER, PLASTER_WARM, (236, 214, 200)]
    for side in (-1, 1):
        inner = 80.0
        for k in range(4):
            w, base = 120 + k * 70, 640 + k * 80
            x = 800 + inner if side > 0 else 800 - inner - w
            timbered_house(c, x, base, w, 3 + k // 2, colours[k % 3], ROOF, 70 + k * 16)
            inner += w + 30
    c.poly([(560, 1000), (760, 640), (840, 640), (1040, 1000)], COBBLE)
    for k in range(12):
        y = 660 + k * 30
        half = 40 + (y - 640) / 360 * 200
        c.line([(800 - half, y), (800 + half, y)], COBBLE_DARK, 2)
    for k, y in enumerate((700, 800, 930)):  # the bronze markers of the walk
        c.circle(800 + (k - 1) * 10, y, 8 + k * 4, GOLD)
    person(c, 760, 820, 1.3)
    person(c, 860, 800, 1.1, (150, 80, 60))


def tour_eichberg(c: Canvas) -> None:
    """A forest path winding uphill, the lookout tower above the trees, a trail sign."""
    sky(c, 560)
    sun(c, 300, 160)
    ridge(c, 560, 120, FOREST, waves=2)
    c.rect(1000, 170, 1090, 400, SANDSTONE)
    for x0 in range(994, 1090, 26):
        c.rect(x0, 148, x0 + 16, 170, SANDSTONE)
    c.line([(1045, 148), (1045, 100)], (80, 80, 90), 3)
    c.poly([(1046, 102), (1086, 110), (1046, 120)], (214, 52, 52))
    forest(c, 520, 0, WIDTH, 1.2, 40)
    ground(c, 560, GRASS_DARK)
    c.poly(
        [
            (520, 1000),
            (700, 780),
            (900, 700),
            (980, 580),
            (1010, 580),
            (960, 700),
            (1000, 800),
            (1100, 1000),
        ],
        PATH,
    )
    for x in (80, 300, 1350, 1540):
        conifer(c, x, 1000, 2.2)
    tree(c, 1200, 980, 2.0)
    # trail sign: a post with a blue-and-white marker
    c.rect(420, 700, 434, 960, TIMBER)
    c.rect(360, 720, 520, 770, (246, 246, 240))
    c.poly([(500, 720), (540, 745), (500, 770)], (246, 246, 240))
    c.rect(380, 730, 420, 760, (40, 90, 170))
    person(c, 880, 840, 1.4, (200, 90, 40))
    person(c, 960, 800, 1.2, (60, 110, 170))


def tour_radtour(c: Canvas) -> None:
    """A cycle path along the Mühlbach through its valley, a cyclist, a village in the distance."""
    sky(c, 480)
    cloud(c, 300, 130)
    cloud(c, 1000, 90, 0.8)
    ridge(c, 470, 60, HILL_FAR)
    ridge(c, 560, 90, HILL_MID, waves=2)
    ground(c, 620, GRASS)
    # the village: houses and a church
    for k, x in enumerate(range(680, 960, 50)):
        c.rect(x, 560 - k % 2 * 8, x + 40, 600, PLASTER)
        c.poly(
            [(x - 4, 562 - k % 2 * 8), (x + 20, 536 - k % 2 * 8), (x + 44, 562 - k % 2 * 8)], ROOF
        )
    c.rect(965, 500, 995, 600, STONE)
    c.poly([(960, 502), (980, 450), (1000, 502)], SLATE)
    # the river winding towards the viewer
    c.poly(
        [
            (780, 620),
            (860, 620),
            (1000, 720),
            (900, 820),
            (1300, 1000),
            (900, 1000),
            (640, 820),
            (760, 720),
        ],
        WATER,
    )
    c.poly(
        [
            (800, 640),
            (830, 640),
            (900, 720),
            (820, 820),
            (1000, 960),
            (920, 960),
            (720, 820),
            (790, 720),
        ],
        WATER_LIGHT,
    )
    # the cycle path on the left bank
    c.poly([(0, 900), (600, 700), (760, 630), (770, 640), (640, 740), (140, 1000), (0, 1000)], PATH)
    for x in (1200, 1450):
        tree(c, x, 760, 1.6)
    tree(c, 320, 700, 1.2)
    # a cyclist
    bx, by = 400, 860
    for wx in (bx - 60, bx + 60):
        c.ring(wx, by, 44, (40, 40, 46), 8)
    c.line([(bx - 60, by), (bx - 10, by - 60), (bx + 40, by - 60), (bx + 60, by)], (200, 40, 40), 7)
    c.line([(bx - 10, by - 60), (bx, by)], (200, 40, 40), 7)
    c.line([(bx + 40, by - 60), (bx + 50, by - 90)], (40, 40, 46), 6)
    c.poly(
        [(bx - 30, by - 150), (bx + 10, by - 150), (bx + 30, by - 75), (bx - 10, by - 70)],
        (40, 110, 170),
    )
    c.circle(bx - 4, by - 176, 22, (232, 190, 160))
    c.ellipse(bx - 4, by - 190, 26, 14, (240, 200, 40))
    c.line([(bx + 5, by - 130), (bx + 50, by - 92)], (40, 110, 170), 8)
    c.line([(bx - 10, by - 75), (bx, by - 30)], (50, 50, 60), 8)


def tour_barrierefrei(c: Canvas) -> None:
    """A wide level path through the park, a wheelchair user and a walker, the castle behind."""
    sky(c, 540)
    cloud(c, 1200, 140)
    c.rect(520, 380, 1080, 560, PLASTER_WARM)
    c.poly([(510, 382), (560, 320), (1040, 320), (1090, 382)], SLATE)
    windows(c, 550, 410, 8, 2, 30, 44, 36, 30, arched=True)
    for x in (470, 1130):
        c.rect(x - 50, 340, x + 50, 560, PLASTER_WARM)
        c.ellipse(x, 340, 58, 56, SLATE)
    ground(c, 560, GRASS)
    for x, s in ((120, 1.8), (1480, 1.9), (320, 1.3), (1280, 1.2)):
        tree(c, x, 600 + s * 40, s)
    c.poly([(200, 1000), (720, 570), (880, 570), (1400, 1000)], (200, 196, 188))  # smooth paving
    c.line([(720, 570), (200, 1000)], (236, 236, 232), 6)
    c.line([(880, 570), (1400, 1000)], (236, 236, 232), 6)
    bench(c, 1380, 820, 1.4)
    # a wheelchair user
    x, y = 700, 900
    c.ring(x, y - 40, 62, (40, 40, 46), 10)
    c.circle(x, y - 40, 10, (40, 40, 46))
    c.circle(x + 100, y - 14, 16, (40, 40, 46))
    c.line([(x - 30, y - 120), (x + 40, y - 90), (x + 90, y - 30)], (60, 60, 70), 6)
    c.poly(
        [(x - 30, y - 210), (x + 20, y - 210), (x + 30, y - 110), (x - 30, y - 110)], (40, 120, 150)
    )
    c.line([(x + 20, y - 110), (x + 80, y - 100), (x + 90, y - 40)], (50, 50, 70), 16)
    c.circle(x - 4, y - 236, 24, (232, 190, 160))
    c.line([(x + 10, y - 180), (x + 46, y - 120)], (40, 120, 150), 12)
    person(c, 900, 860, 1.7, (150, 80, 60))


def tour_hoehenweg(c: Canvas) -> None:
    """A ridge trail over wooded hills, the summit of the Hoher Kopf with its cross."""
    sky(c, 520)
    sun(c, 1300, 150, 40)
    ridge(c, 520, 40, HILL_FAR, waves=3)
    ridge(c, 620, 90, mix(HILL_FAR, FOREST, 0.45), waves=3)
    ridge(c, 740, 120, FOREST, waves=2)
    forest(c, 760, 0, WIDTH, 0.8, 30)
    # the summit meadow, a summit cross and the trail along the ridge
    c.poly(
        [(0, 1000), (0, 800), (500, 680), (900, 620), (1300, 700), (1600, 760), (1600, 1000)], GRASS
    )
    c.line([(0, 960), (400, 820), (800, 700), (1020, 640)], PATH, 26)
    c.rect(1030, 470, 1044, 640, TIMBER)
    c.rect(1000, 510, 1074, 524, TIMBER)
    c.poly([(1100, 650), (1180, 600), (1280, 640), (1240, 690), (1120, 690)], STONE_DARK)
    person(c, 560, 780, 1.4, (60, 110, 170))
    person(c, 660, 750, 1.2, (200, 90, 40))
    for x in (80, 1500):
        conifer(c, x, 1000, 2.4)


PICTURES: dict[Path, Callable[[Canvas], None]] = {
    SIGHTS / "schloss.jpg": schloss,
    SIGHTS / "stadtkirche-st-marien.jpg": stadtkirche,
    SIGHTS / "aussichtsturm.jpg": aussichtsturm,
    SIGHTS / "marktplatz.jpg": marktplatz,
    SIGHTS / "stadtpark.jpg": stadtpark,
    SIGHTS / "freibad.jpg": freibad,
    SIGHTS / "stadtmauer.jpg": stadtmauer,
    SIGHTS / "stadtmuseum.jpg": stadtmuseum,
    SIGHTS / "kunsthalle.jpg": kunsthalle,
    SIGHTS / "altes-rathaus.jpg": altes_rathaus,
    SIGHTS / "rosengarten.jpg": rosengarten,
    TOURS / "altstadt-rundgang.jpg": tour_altstadt,
    TOURS / "eichberg-aussichtsturm.jpg": tour_eichberg,
    TOURS / "muehlbachtal-radtour.jpg": tour_radtour,
    TOURS / "barrierefrei-schlossgarten.jpg": tour_barrierefrei,
    TOURS / "hoehenweg-hoher-kopf.jpg": tour_hoehenweg,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a file would change")
    parser.add_argument("only", nargs="*", help="file names to draw (default: all)")
    args = parser.parse_args()
    changed = []
    for number, (path, draw) in enumerate(PICTURES.items()):
        if args.only and path.name not in args.only:
            continue
        canvas = Canvas(SEED + number)
        draw(canvas)
        data = canvas.jpeg()
        if not path.exists() or path.read_bytes() != data:
            changed.append(path)
            if not args.check:
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
        print(f"{path.relative_to(ROOT)}: {len(data) // 1024} KB")
    if args.check and changed:
        print("would change:", *(str(p.relative_to(ROOT)) for p in changed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
