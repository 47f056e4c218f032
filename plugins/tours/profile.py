"""The elevation profile of a tour: an inline SVG made at build time, and its key points as data.

`elevation_profile(points, lang)` returns a `Profile`: `svg` (markup to put in the page as it is,
no JavaScript) and `key_points` (start, highest, lowest, end and a mark every few kilometres), the
text alternative a template renders as a table; `key_point_rows()` formats them.

The SVG:
- `role="img"` with an accessible name (its `<title>`); the numbers are in the table.
- Every colour is `currentColor`: text, grid, line and (translucent) area follow the text colour
  of the page, so the profile reads in dark mode, in forced colours and on paper. Classes
  (`ms-profile__line`, `ms-profile__area`, `ms-profile__grid`) let the theme tint line and area
  through its custom properties; without the theme's CSS it still reads.
- Responsive without scaling the text down: the outer `<svg>` is 100 % wide and 200 px high with
  no viewBox, so its labels keep the page's font size on a 320 px phone and on a desktop; the
  curve sits in an inner `<svg viewBox="0 0 1000 200" preserveAspectRatio="none">` that stretches
  to the width, with `vector-effect="non-scaling-stroke"` so the line keeps its thickness.
  Label positions are percentages of the width.
- Small: the curve is simplified (Douglas-Peucker in plot units, at most 300 points) and its
  coordinates are whole plot units; a tour of 35 km gives an SVG of about 5 KB.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import NamedTuple
from xml.sax.saxutils import escape, quoteattr

from plugins.kit.i18n import german, translate

from .formatting import format_km, format_length, format_metres
from .gpx import TrackPoint

PLOT_WIDTH, PLOT_HEIGHT = 1000, 200  # the inner viewBox
SVG_HEIGHT = 200  # px
PLOT_TOP, PLOT_BOTTOM = 10, 164  # px: where the inner svg sits in the outer one
LABEL_BASELINE = 188  # px: the kilometre labels
GUTTER, RIGHT = 17.0, 98.0  # % of the width: the elevation labels left, a margin right
MAX_POINTS = 300
TOLERANCE = 0.6  # plot units: finer than a pixel on any screen we draw for
MIN_SPAN_M = 50  # a flat walk looks flat: never stretch less than 50 m to the full height
KM_STEPS = (0.5, 1, 2, 5, 10, 20, 50, 100)
ELE_STEPS = (5, 10, 20, 25, 50, 100, 200, 250, 500, 1000)

KIND_LABELS = {
    "start": "Startpunkt",
    "highest": "Höchster Punkt",
    "lowest": "Tiefster Punkt",
    "end": german("Ziel"),
}


@dataclass(frozen=True)
class KeyPoint:
    kinds: tuple[str, ...]  # "start", "km", "highest", "lowest", "end" (one place may be several)
    distance: float  # metres from the start
    ele: float
    lat: float
    lon: float


class KeyPointRow(NamedTuple):
    """One row of the key-point table (a tuple, so a template can unpack it)."""

    label: str
    distance: str
    elevation: str


@dataclass(frozen=True)
class Profile:
    svg: str
    key_points: tuple[KeyPoint, ...]
    step_km: float  # the kilometre marks in the table and on the axis


def elevation_profile(
    points: tuple[TrackPoint, ...] | list[TrackPoint],
    lang: str = "de",
    *,
    id_prefix: str = "hoehenprofil",
    described_by: str | None = None,
) -> Profile | None:
    """The profile of a track, or None when fewer than two points have an elevation.

    `id_prefix` makes the ids inside the SVG unique on the page; `described_by` is the id of the
    key-point table, if the template wants the SVG to point at it.
    """
    with_ele = [p for p in points if p.ele is not None]
    if len(with_ele) < 2:
        return None
    length = max(points[-1].distance, with_ele[-1].distance)
    if length <= 0:
        return None
    step = km_step(length / 1000)
    marks = key_points(with_ele, step)
    svg = _svg(with_ele, length, step, lang, id_prefix, described_by)
    return Profile(svg=svg, key_points=marks, step_km=step)


def km_step(length_km: float, most: int = 5) -> float:
    """The smallest of 0.5, 1, 2, 5, 10 … km that gives at most `most` marks along the way."""
    return next((s for s in KM_STEPS if length_km / s <= most), KM_STEPS[-1])


def key_points(points: list[TrackPoint], step_km: float) -> tuple[KeyPoint, ...]:
    """Start, end, highest and lowest point, and a mark every `step_km`, in order of the way.

    Points must all have an elevation. Where the highest or lowest point is the start or the
    end, it is one row with both names. A kilometre mark closer to the end than a quarter step,
    or closer than a tenth of a step to another key point, is left out: that row says it.
    """
    by_index: dict[int, list[str]] = {0: ["start"], len(points) - 1: ["end"]}
    elevations = [p.ele for p in points]
    for kind, index in (
        ("highest", elevations.index(max(elevations))),
        ("lowest", elevations.index(min(elevations))),
    ):
        by_index.setdefault(index, []).append(kind)
    found = [
        KeyPoint(tuple(kinds), points[i].distance, points[i].ele, points[i].lat, points[i].lon)
        for i, kinds in by_index.items()
    ]
    step, end = step_km * 1000, points[-1].distance
    k = 1
    while k * step < end - step / 4:
        if all(abs(p.distance - k * step) > step / 10 for p in found):
            found.append(_interpolate(points, k * step))
        k += 1
    order = {"start": 0, "km": 1, "highest": 1, "lowest": 1, "end": 2}
    return tuple(sorted(found, key=lambda p: (p.distance, order[p.kinds[0]])))


def _interpolate(points: list[TrackPoint], distance: float) -> KeyPoint:
    after = next(i for i, p in enumerate(points) if p.distance >= distance)
    a, b = points[max(after - 1, 0)], points[after]
    share = (distance - a.distance) / (b.distance - a.distance) if b.distance > a.distance else 0
    return KeyPoint(
        ("km",),
        distance,
        a.ele + (b.ele - a.ele) * share,
        a.lat + (b.lat - a.lat) * share,
        a.lon + (b.lon - a.lon) * share,
    )


def key_point_rows(marks: tuple[KeyPoint, ...], lang: str) -> list[KeyPointRow]:
    """The key points as the cells of a table: what, how far from the start, how high."""
    rows = []
    for mark in marks:
        if mark.kinds == ("km",):
            km = format_km(mark.distance / 1000, lang, unit=False)
            label = translate("Kilometer {km}", lang, km=km)
        else:
            names = [translate(KIND_LABELS[k], lang) for k in mark.kinds]
            # "Startpunkt, tiefster Punkt": the names after the first are not sentence starts
            label = ", ".join([names[0], *(n[0].lower() + n[1:] for n in names[1:])])
        rows.append(
            KeyPointRow(label, format_km(mark.distance / 1000, lang), format_metres(mark.ele, lang))
        )
    return rows


# --- drawing ----------------------------------------------------------------------------------


def elevation_axis(lowest: float, highest: float, most: int = 4) -> tuple[int, int, int]:
    """(bottom, top, step) in metres: round numbers around the range, at most `most` steps."""
    highest = max(highest, lowest + MIN_SPAN_M)
    for step in ELE_STEPS:
        bottom = math.floor(lowest / step) * step
        top = math.ceil(highest / step) * step
        if (top - bottom) / step <= most:
            return bottom, top, step
    step = ELE_STEPS[-1]
    return math.floor(lowest / step) * step, math.ceil(highest / step) * step, step


def plot_coordinates(
    points: list[TrackPoint], length: float, bottom: float, top: float
) -> list[tuple[int, int]]:
    """The curve in plot units (x 0…1000 along the way, y 0…200 from the top), simplified."""
    raw = [
        (p.distance / length * PLOT_WIDTH, (top - p.ele) / (top - bottom) * PLOT_HEIGHT)
        for p in points
    ]
    tolerance = TOLERANCE
    while True:
        kept = _douglas_peucker(raw, tolerance)
        if len(kept) <= MAX_POINTS:
            break
        tolerance *= 1.5
    rounded: list[tuple[int, int]] = []
    for x, y in kept:
        point = (round(x), round(y))
        if not rounded or rounded[-1] != point:
            rounded.append(point)
    return rounded


def _douglas_peucker(xy: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Keep the points that lie more than `tolerance` off the line between kept neighbours."""
    keep = [False] * len(xy)
    keep[0] = keep[-1] = True
    stack = [(0, len(xy) - 1)]
    while stack:
        first, last = stack.pop()
        (x1, y1), (x2, y2) = xy[first], xy[last]
        dx, dy = x2 - x1, y2 - y1
        norm = math.hypot(dx, dy) or 1.0
        farthest, index = 0.0, None
        for i in range(first + 1, last):
            x, y = xy[i]
            off = abs(dy * (x - x1) - dx * (y - y1)) / norm
            if off > farthest:
                farthest, index = off, i
        if index is not None and farthest > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(xy, keep, strict=True) if k]


def _x_percent(fraction: float) -> str:
    return f"{GUTTER + fraction * (RIGHT - GUTTER):.1f}%"


def _y_px(fraction_from_bottom: float) -> str:
    return f"{PLOT_BOTTOM - fraction_from_bottom * (PLOT_BOTTOM - PLOT_TOP):.1f}"


def _svg(
    points: list[TrackPoint],
    length: float,
    step_km: float,
    lang: str,
    id_prefix: str,
    described_by: str | None,
) -> str:
    elevations = [p.ele for p in points]
    bottom, top, ele_step = elevation_axis(min(elevations), max(elevations))
    curve = plot_coordinates(points, length, bottom, top)
    title_id = escape(f"{id_prefix}-titel", {'"': "&quot;"})
    title = translate(
        "Höhenprofil: {length} lang, Höhe zwischen {lowest} und {highest}",
        lang,
        length=format_length(length, lang),
        lowest=format_metres(min(elevations), lang),
        highest=format_metres(max(elevations), lang),
    )
    described = f" aria-describedby={quoteattr(described_by)}" if described_by else ""

    grid, labels = [], []
    for metres in range(bottom, top + 1, ele_step):
        y = _y_px((metres - bottom) / (top - bottom))
        grid.append(f'<line x1="{GUTTER}%" x2="{RIGHT}%" y1="{y}" y2="{y}"/>')
        labels.append(
            f'<text x="{GUTTER - 1.5}%" y="{y}" dy=".35em" text-anchor="end">'
            f"{escape(format_metres(metres, lang))}</text>"
        )
    ticks = int((length + 1e-6) // (step_km * 1000)) + 1
    for k in range(ticks):
        fraction = k * step_km * 1000 / length
        x = _x_percent(fraction)
        anchor = "start" if k == 0 else "end" if fraction > 0.97 else "middle"
        # Only the last label names the unit: five "km" do not fit side by side on a phone.
        text = format_km(k * step_km, lang, unit=k == ticks - 1)
        grid.append(f'<line x1="{x}" x2="{x}" y1="{PLOT_TOP}" y2="{PLOT_BOTTOM}"/>')
        labels.append(
            f'<text x="{x}" y="{LABEL_BASELINE}" text-anchor="{anchor}">{escape(text)}</text>'
        )

    line = " ".join(f"{x},{y}" for x, y in curve)
    area = f"M0 {PLOT_HEIGHT}L" + "L".join(f"{x} {y}" for x, y in curve) + f"L{PLOT_WIDTH} "
    area += f"{PLOT_HEIGHT}Z"
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="ms-profile" role="img" '
        f'aria-labelledby="{title_id}"{described} width="100%" height="{SVG_HEIGHT}" '
        f'fill="currentColor" font-size="0.8125em">'
        f'<title id="{title_id}">{escape(title)}</title>'
        f'<g class="ms-profile__grid" stroke="currentColor" stroke-opacity="0.3" '
        f'stroke-width="1">{"".join(grid)}</g>'
        f'<line class="ms-profile__axis" x1="{GUTTER}%" x2="{RIGHT}%" y1="{PLOT_BOTTOM}" '
        f'y2="{PLOT_BOTTOM}" stroke="currentColor" stroke-width="1.5"/>'
        f'<g class="ms-profile__labels">{"".join(labels)}</g>'
        f'<svg class="ms-profile__plot" x="{GUTTER}%" y="{PLOT_TOP}" '
        f'width="{RIGHT - GUTTER}%" height="{PLOT_BOTTOM - PLOT_TOP}" '
        f'viewBox="0 0 {PLOT_WIDTH} {PLOT_HEIGHT}" preserveAspectRatio="none">'
        f'<path class="ms-profile__area" d="{area}" fill="currentColor" fill-opacity="0.15"/>'
        f'<polyline class="ms-profile__line" points="{line}" fill="none" stroke="currentColor" '
        f'stroke-width="2.5" stroke-linejoin="round" vector-effect="non-scaling-stroke"/>'
        f"</svg></svg>"
    )
