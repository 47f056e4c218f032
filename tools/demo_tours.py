"""Write the demo town's GPX tracks: `content/tourismus/touren/<slug>.gpx`.

    .venv/bin/python tools/demo_tours.py          # write the files, print their figures
    .venv/bin/python tools/demo_tours.py --check  # fail if a file would change

Musterstadt is made up, so its tours are too: each is a line through control points (the sights
it passes, read from their pages, and invented corners and trail bends), sampled every 20–50 m
like a route planner's export, with elevations from a smooth synthetic terrain defined below (no
elevation data is fetched). The same seed gives byte-identical files.

The terrain is the edge of a low mountain range, like the town's real model between the Rhine
and the Odenwald: a plain at about 140 m in the west, the old town at about 150 m, hills rising
to the east with the Eichberg (312 m, the lookout tower), the Dachsberg and the Hoher Kopf
(about 415 m), and the valley of the Mühlbach south of the town, falling from the hills into the
plain. Small undulations (a few metres, from seeded sine waves) keep it from looking drawn with
a ruler.
"""

from __future__ import annotations

import argparse
import itertools
import math
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

import gpxpy.gpx
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from plugins.frontmatter import Problems  # noqa: E402
from plugins.tours.gpx import read_track  # noqa: E402

SIGHTS = ROOT / "content" / "tourismus" / "sehenswuerdigkeiten"
OUT = ROOT / "content" / "tourismus" / "touren"
SEED = 20261125
ORIGIN = (49.8723, 8.6541)  # the market square: x and y are km east and north of it
KM_PER_DEGREE = 111.32
AUTHOR = "Stadt Musterstadt"
LICENSE = "https://creativecommons.org/publicdomain/zero/1.0/"
SITE = "https://www.musterstadt.example"
TOWER_ELEVATION = 312.0  # "der 312 Meter hohe Eichberg" (the tower's page)


# --- places -----------------------------------------------------------------------------------


def to_xy(lat: float, lon: float) -> tuple[float, float]:
    x = (lon - ORIGIN[1]) * KM_PER_DEGREE * math.cos(math.radians(ORIGIN[0]))
    return x, (lat - ORIGIN[0]) * KM_PER_DEGREE


def to_latlon(x: float, y: float) -> tuple[float, float]:
    lat = ORIGIN[0] + y / KM_PER_DEGREE
    return lat, ORIGIN[1] + x / (KM_PER_DEGREE * math.cos(math.radians(ORIGIN[0])))


def sight(key: str) -> tuple[str, float, float]:
    """(German title, x, y) of a sight, from the front matter of its page."""
    text = (SIGHTS / f"{key}.md").read_text(encoding="utf-8")
    data = yaml.safe_load(text.split("---")[1])
    return data["title"], *to_xy(float(data["geo"]["lat"]), float(data["geo"]["lon"]))


# --- terrain ----------------------------------------------------------------------------------


def smoothstep(t: float) -> float:
    t = min(max(t, 0.0), 1.0)
    return t * t * (3 - 2 * t)


def bump(x: float, y: float, cx: float, cy: float, height: float, radius: float) -> float:
    return height * math.exp(-((x - cx) ** 2 + (y - cy) ** 2) / (2 * radius**2))


@dataclass
class Terrain:
    seed: int
    waves: list[tuple[float, float, float, float]] = field(default_factory=list)

    tower: tuple[float, float] = (0.0, 0.0)
    # The Eichberg's own height and centre, solved so that the tower stands on its summit at 312 m
    eichberg: float = 0.0
    eichberg_centre: tuple[float, float] = (0.0, 0.0)

    def __post_init__(self):
        rng = random.Random(self.seed)
        for _ in range(5):  # direction, wavelength (km), phase, amplitude (m)
            self.waves.append(
                (
                    rng.uniform(0, math.pi),
                    rng.uniform(0.5, 1.6),
                    rng.uniform(0, 2 * math.pi),
                    rng.uniform(0.6, 1.6),
                )
            )
        self.tower = self.eichberg_centre = x, y = sight("aussichtsturm")[1:]
        for _ in range(4):  # the slope of the hills moves the summit east: move the hill back
            for _ in range(20):  # the valley scales the hill: a few rounds settle its height
                self.eichberg += TOWER_ELEVATION - self.elevation(x, y)
            grid = [(x + i / 100, y + j / 100) for i in range(-40, 41) for j in range(-40, 41)]
            top = max(grid, key=lambda p: self.elevation(*p))
            cx, cy = self.eichberg_centre
            self.eichberg_centre = (cx + x - top[0], cy + y - top[1])
        for _ in range(20):
            self.eichberg += TOWER_ELEVATION - self.elevation(x, y)

    @staticmethod
    def river_y(x: float) -> float:
        """Where the Mühlbach runs (km north of the market square)."""
        return -3.2 + 0.35 * math.sin(x / 1.6) + 0.04 * x

    @staticmethod
    def plain(x: float) -> float:
        return 140 + 6 * (1 + math.tanh((x + 1) / 1.5))

    def river_bed(self, x: float) -> float:
        return self.plain(x) - 3 + 95 * smoothstep((x - 1.5) / 9)

    def elevation(self, x: float, y: float) -> float:
        hills = smoothstep((x - 0.9) / 4.5)
        ele = self.plain(x) + 150 * hills
        ele += bump(x, y, *self.eichberg_centre, self.eichberg, 0.8)  # Eichberg, lookout tower
        ele += bump(x, y, 1.35, -0.62, 40, 0.32)  # Fuchsbuckel, a knoll on the way up
        ele += bump(x, y, 0.75, -1.55, 70, 0.4)  # Wingertsberg, the vineyard spur
        ele += bump(x, y, 3.3, 1.1, 55, 0.7)  # Dachsberg
        ele += bump(x, y, 5.3, 0.1, 105, 1.0)  # Hoher Kopf
        relief = 1.0 + 2.0 * hills  # the plain is flatter than the hills
        relief *= 1 - 0.9 * math.exp(-(math.dist((x, y), self.tower) ** 2) / 0.5)  # a clean summit
        for angle, wavelength, phase, amplitude in self.waves:
            along = x * math.cos(angle) + y * math.sin(angle)
            ele += relief * amplitude * math.sin(2 * math.pi * along / wavelength + phase)
        bed = self.river_bed(x)
        if ele > bed:  # the valley: the slopes fall to the river bed within ~900 m
            distance = abs(y - self.river_y(x))
            ele = bed + (ele - bed) * (1 - math.exp(-((distance / 0.9) ** 2)))
        return ele


# --- lines ------------------------------------------------------------------------------------


def catmull_rom(points: list[tuple[float, float]], per_km: int = 400) -> list[tuple[float, float]]:
    """A smooth curve through every control point (the ends are repeated as their neighbours)."""
    padded = [points[0], *points, points[-1]]
    curve = []
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1 : i + 3]
        steps = max(2, int(math.dist(p1, p2) * per_km))
        for s in range(steps):
            t = s / steps
            curve.append(
                tuple(
                    0.5
                    * (
                        2 * p1[k]
                        + (-p0[k] + p2[k]) * t
                        + (2 * p0[k] - 5 * p1[k] + 4 * p2[k] - p3[k]) * t * t
                        + (-p0[k] + 3 * p1[k] - 3 * p2[k] + p3[k]) * t**3
                    )
                    for k in (0, 1)
                )
            )
    curve.append(points[-1])
    return curve


def straight(points: list[tuple[float, float]], per_km: int = 400) -> list[tuple[float, float]]:
    """Streets: straight lines between the corners."""
    line = []
    for a, b in itertools.pairwise(points):
        steps = max(1, int(math.dist(a, b) * per_km))
        line += [
            (a[0] + (b[0] - a[0]) * s / steps, a[1] + (b[1] - a[1]) * s / steps)
            for s in range(steps)
        ]
    return [*line, points[-1]]


def meander(
    line: list[tuple[float, float]], rng: random.Random, amplitude_m: float
) -> list[tuple[float, float]]:
    """Bend a path sideways like a forest trail; the ends stay where they are."""
    if amplitude_m <= 0:
        return line
    waves = [(rng.uniform(0.25, 0.7), rng.uniform(0, 2 * math.pi)) for _ in range(2)]
    lengths = [0.0]
    for a, b in itertools.pairwise(line):
        lengths.append(lengths[-1] + math.dist(a, b))
    total = lengths[-1]
    bent = []
    for i, (x, y) in enumerate(line):
        a, b = line[max(i - 1, 0)], line[min(i + 1, len(line) - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        norm = math.hypot(dx, dy) or 1.0
        s = lengths[i]
        taper = min(1.0, s / 0.3, (total - s) / 0.3)
        offset = sum(math.sin(2 * math.pi * s / w + p) for w, p in waves) / 2
        offset *= amplitude_m / 1000 * taper
        bent.append((x - dy / norm * offset, y + dx / norm * offset))
    return bent


def sample(
    line: list[tuple[float, float]], rng: random.Random, spacing_m: tuple[float, float]
) -> list[tuple[float, float]]:
    """Points every 20–50 m along a dense line, like a route planner's export."""
    points, carried, target = [line[0]], 0.0, rng.uniform(*spacing_m) / 1000
    for a, b in itertools.pairwise(line):
        segment = math.dist(a, b)
        position = 0.0
        while carried + segment - position >= target:
            position += target - carried
            t = position / segment
            points.append((a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t))
            carried, target = 0.0, rng.uniform(*spacing_m) / 1000
        carried += segment - position
    if math.dist(points[-1], line[-1]) > 0.005:
        points.append(line[-1])
    else:
        points[-1] = line[-1]
    return points


# --- tours ------------------------------------------------------------------------------------


@dataclass
class Tour:
    slug: str
    name: str
    description: str
    kind: str  # GPX <type>: hiking, cycling, walking, wheelchair
    controls: list  # sight keys or (x, y) corners
    sights: list[str]
    smooth: bool = True
    meander_m: float = 0.0
    spacing_m: tuple[float, float] = (20.0, 50.0)
    keywords: str = ""
    places: list[tuple[str, float, float]] = field(default_factory=list)  # waypoints, not sights


TOURS = [
    Tour(
        slug="altstadt-rundgang",
        name="Altstadtrundgang: Vom Marktplatz zum Schloss",
        description=(
            "Rundgang durch die Altstadt von Musterstadt: Marktplatz, Altes Rathaus, Stadtmuseum, "
            "Stadtkirche St. Marien, Schloss, Stadtpark, Kunsthalle und Stadtmauer."
        ),
        kind="walking",
        controls=[
            "marktplatz",
            "altes-rathaus",
            (0.06, -0.02),
            "stadtmuseum",
            (0.13, -0.01),
            (0.11, 0.04),
            "stadtkirche-st-marien",
            (0.10, 0.12),
            (0.17, 0.16),
            "schloss",
            (0.30, 0.30),
            "stadtpark",
            (0.52, 0.50),
            (0.50, 0.58),
            (0.36, 0.56),
            (0.10, 0.55),
            (-0.30, 0.56),
            "kunsthalle",
            (-0.70, 0.42),
            (-0.45, 0.30),
            (-0.25, 0.22),
            "stadtmauer",
            (-0.06, 0.08),
            "marktplatz",
        ],
        sights=[
            "marktplatz",
            "altes-rathaus",
            "stadtmuseum",
            "stadtkirche-st-marien",
            "schloss",
            "stadtpark",
            "kunsthalle",
            "stadtmauer",
        ],
        smooth=False,
        spacing_m=(20.0, 30.0),
        keywords="Stadtrundgang, Altstadt, Sehenswürdigkeiten",
    ),
    Tour(
        slug="eichberg-aussichtsturm",
        name="Wanderung zum Aussichtsturm auf dem Eichberg",
        description=(
            "Rundwanderung vom Marktplatz am Freibad am Woog vorbei über den Fuchsbuckel zum "
            "Aussichtsturm auf dem Eichberg und durch das Wiesental zurück in die Altstadt."
        ),
        kind="hiking",
        controls=[
            "marktplatz",
            (0.30, -0.12),
            "freibad",
            (1.15, -0.15),
            (1.50, -0.38),
            (1.38, -0.62),
            (1.52, -0.92),
            (1.78, -1.06),
            "aussichtsturm",
            (2.50, -1.30),
            (2.95, -1.55),
            (3.00, -1.95),
            (2.60, -2.25),
            (2.05, -2.40),
            (1.45, -2.30),
            (1.00, -1.85),
            (0.75, -1.55),
            (0.45, -1.12),
            (0.20, -0.55),
            (0.05, -0.15),
            "marktplatz",
        ],
        sights=["marktplatz", "freibad", "aussichtsturm"],
        meander_m=25,
        keywords="Wandern, Eichberg, Aussichtsturm, Rundwanderung",
    ),
    Tour(
        slug="muehlbachtal-radtour",
        name="Radtour durchs Mühlbachtal",
        description=(
            "Rundtour mit dem Fahrrad vom Marktplatz ins Mühlbachtal, am Bach entlang hinauf "
            "nach Talheim, auf der anderen Talseite zurück und durch die Rheinebene über "
            "Auweiler in die Stadt."
        ),
        kind="cycling",
        controls=[
            "marktplatz",
            (0.10, -0.60),
            (-0.05, -1.50),
            (0.45, -2.75),
            (1.30, -2.85),
            (2.50, -2.95),
            (3.80, -2.80),
            (5.00, -2.80),
            (6.30, -2.90),
            (7.60, -2.95),
            (8.90, -3.05),
            (9.90, -3.10),
            (9.90, -3.40),
            (9.60, -3.75),
            (8.80, -3.65),
            (7.40, -3.60),
            (6.00, -3.55),
            (4.60, -3.60),
            (3.20, -3.70),
            (1.80, -3.70),
            (0.40, -3.55),
            (-1.00, -3.50),
            (-2.50, -3.60),
            (-4.00, -3.50),
            (-5.20, -2.90),
            (-5.00, -1.20),
            (-3.80, -0.50),
            (-2.30, -0.20),
            (-1.00, -0.05),
            "marktplatz",
        ],
        sights=["marktplatz"],
        places=[("Talheim, Wendepunkt am Dorfbrunnen", 9.95, -3.25), ("Auweiler", -4.0, -3.5)],
        meander_m=30,
        spacing_m=(30.0, 50.0),
        keywords="Radfahren, Radtour, Mühlbachtal, Rheinebene",
    ),
    Tour(
        slug="barrierefrei-schlossgarten",
        name="Barrierefrei durch Schlossgarten und Stadtpark",
        description=(
            "Kurzer Rundweg ohne Stufen vom Marktplatz über den Schlossplatz in den Stadtpark "
            "und zurück, auf Asphalt und festem Pflaster, ohne nennenswerte Steigungen."
        ),
        kind="wheelchair",
        controls=[
            "marktplatz",
            (0.05, 0.10),
            (0.14, 0.18),
            "schloss",
            (0.30, 0.30),
            "stadtpark",
            (0.58, 0.50),
            (0.74, 0.44),
            (0.70, 0.30),
            (0.55, 0.24),
            (0.40, 0.26),
            (0.26, 0.16),
            (0.16, 0.06),
            (0.06, 0.01),
            "marktplatz",
        ],
        sights=["marktplatz", "schloss", "stadtpark"],
        smooth=False,
        spacing_m=(20.0, 30.0),
        keywords="barrierefrei, rollstuhlgerecht, Kinderwagen, Stadtpark",
    ),
    Tour(
        slug="hoehenweg-hoher-kopf",
        name="Großer Höhenweg über Dachsberg und Hohen Kopf",
        description=(
            "Lange Rundwanderung vom Stadtpark über den Dachsberg auf den Hohen Kopf, den höchsten "
            "Punkt der Gemarkung, und über den Eichberg mit dem Aussichtsturm zurück."
        ),
        kind="hiking",
        controls=[
            "stadtpark",
            (0.95, 0.70),
            (1.80, 1.15),
            (2.60, 1.30),
            (3.30, 1.10),
            (3.75, 1.45),
            (4.30, 1.20),
            (4.80, 0.45),
            (5.30, 0.10),
            (5.90, -0.20),
            (6.40, -0.70),
            (6.30, -1.25),
            (5.60, -1.50),
            (4.80, -1.35),
            (4.40, -1.85),
            (3.80, -1.95),
            (3.30, -1.70),
            (2.60, -1.55),
            "aussichtsturm",
            (1.70, -0.95),
            (1.25, -0.55),
            "freibad",
            (0.55, 0.05),
            "stadtpark",
        ],
        sights=["stadtpark", "aussichtsturm", "freibad"],
        meander_m=35,
        keywords="Wandern, Höhenweg, Hoher Kopf, Dachsberg, Eichberg",
    ),
]


def control_xy(control) -> tuple[float, float]:
    return sight(control)[1:] if isinstance(control, str) else control


def track_points(tour: Tour, terrain: Terrain, rng: random.Random) -> list[tuple[float, ...]]:
    controls = [control_xy(c) for c in tour.controls]
    line = catmull_rom(controls) if tour.smooth else straight(controls)
    line = meander(line, rng, tour.meander_m)
    points = sample(line, rng, tour.spacing_m)
    result = []
    for x, y in points:
        lat, lon = to_latlon(x, y)
        ele = terrain.elevation(x, y) + rng.gauss(0, 0.3)  # an elevation model's rounding
        result.append((round(lat, 6), round(lon, 6), round(ele, 1)))
    return result


def gpx_document(tour: Tour, points: list[tuple[float, ...]]) -> str:
    gpx = gpxpy.gpx.GPX()
    gpx.creator = "Stadt Musterstadt (tools/demo_tours.py)"
    gpx.name = tour.name
    gpx.description = tour.description
    gpx.author_name = AUTHOR
    gpx.copyright_author = AUTHOR
    gpx.copyright_year = "2026"
    gpx.copyright_license = LICENSE
    gpx.link = f"{SITE}/tourismus/touren/{tour.slug}/"
    gpx.link_text = tour.name
    gpx.keywords = tour.keywords
    for key in tour.sights:
        title, x, y = sight(key)
        lat, lon = to_latlon(x, y)
        gpx.waypoints.append(
            gpxpy.gpx.GPXWaypoint(round(lat, 6), round(lon, 6), name=title, symbol="Scenic Area")
        )
    for name, x, y in tour.places:
        lat, lon = to_latlon(x, y)
        gpx.waypoints.append(gpxpy.gpx.GPXWaypoint(round(lat, 6), round(lon, 6), name=name))
    track = gpxpy.gpx.GPXTrack(name=tour.name, description=tour.description)
    track.type = tour.kind
    segment = gpxpy.gpx.GPXTrackSegment()
    segment.points = [gpxpy.gpx.GPXTrackPoint(lat, lon, elevation=ele) for lat, lon, ele in points]
    track.segments.append(segment)
    gpx.tracks.append(track)
    return gpx.to_xml(version="1.1")


def steepest(points: list[tuple[float, ...]], over_m: float = 50.0) -> float:
    """The steepest gradient in percent over `over_m` of way (for the barrier-free tour)."""
    xy = [to_xy(lat, lon) for lat, lon, _ in points]
    distances = [0.0]
    for a, b in itertools.pairwise(xy):
        distances.append(distances[-1] + math.dist(a, b) * 1000)
    worst, j = 0.0, 0
    for i in range(len(points)):
        while j < len(points) - 1 and distances[j] - distances[i] < over_m:
            j += 1
        if distances[j] - distances[i] >= over_m:
            rise = abs(points[j][2] - points[i][2])
            worst = max(worst, rise / (distances[j] - distances[i]) * 100)
    return worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if a file would change")
    args = parser.parse_args()
    terrain = Terrain(SEED)
    OUT.mkdir(parents=True, exist_ok=True)
    changed = []
    for number, tour in enumerate(TOURS):
        rng = random.Random(SEED + number)
        points = track_points(tour, terrain, rng)
        text = gpx_document(tour, points)
        path = OUT / f"{tour.slug}.gpx"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            changed.append(path)
            if not args.check:
                path.write_text(text, encoding="utf-8")
        problems = Problems()
        activity = "Radfahren" if tour.kind == "cycling" else "Wandern"
        track = read_track(path, problems, activity=activity) if not args.check else None
        if track:
            f = track.figures
            print(
                f"{tour.slug}: {len(points)} points, {f.length_km:.2f} km, "
                f"+{f.ascent_m} m / -{f.descent_m} m, {f.lowest_m}–{f.highest_m} m, "
                f"{f.duration_min} min, steepest {steepest(points):.1f} % over 50 m, "
                f"{path.stat().st_size // 1024} KB"
            )
        for problem in problems.items:
            print(problem)
    if args.check and changed:
        print("would change:", *(str(p.relative_to(ROOT)) for p in changed))
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
