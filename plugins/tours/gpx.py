"""A GPX file → the figures of a tour and the points its profile and map need.

`read_track(path, problems)` parses the file with gpxpy and returns a `Track`: the `Figures`
(length, ascent, descent, lowest and highest point, walking or cycling time), every point with its
distance from the start (for the elevation profile), a simplified line for the map and the
waypoints. Bad input becomes a problem with file and line, never a traceback; the caller reports
the collected problems.

How the figures are computed, and why:
- Length: the 2D distance along the track (gpxpy's `distance_2d`), as hiking maps give it; the
  gaps between track segments do not count (gpxpy does the same).
- Ascent and descent: raw elevations overstate them, because GPS and elevation-model noise adds
  small ups and downs everywhere (3 m of noise on a flat 3 km walk gives ~160 m "ascent"). Two
  steps remove the noise and keep real climbs:
  1. a moving average over 100 m of track (±50 m around each point); a track with points further
     apart than that is left as it is;
  2. a dead band of 5 m: a change counts only once the elevation has moved 5 m away from the last
     counted point, so back-and-forth jitter below 5 m never adds up. What is left at the end is
     counted too, so ascent − descent is exactly the (smoothed) end minus start elevation.
  Measured on a synthetic 15 km profile (370 m of real ascent, points every 20–50 m): raw
  elevations give 118 %, 217 % and 198 % of the true ascent with noise of 1 m, 3 m and 6 m
  (correlated, like GPS); with both steps 86 %, 93 % and 106 % (the part missing at 1 m is 4 m
  bumps every 90 m, which nobody counts as climbing). A flat walk with 3 m noise: 6 m, not 164 m.
  gpxpy's own `get_uphill_downhill` (a 3-point average) gave 100 %, 115 % and 134 %.
- Lowest and highest point: the recorded elevations, unsmoothed (they should match a summit's
  height on the sign).
- Time: DIN 33466 for walking (4 km/h horizontal, 300 m/h up, 500 m/h down; the larger of the
  horizontal and vertical times plus half the smaller), a configured speed for cycling. Rounded
  to 5 minutes below an hour and to 15 minutes from an hour on: an estimate, not a timetable.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

import gpxpy
import gpxpy.geo
import gpxpy.gpx

from plugins.frontmatter import Problems
from plugins.kit.i18n import message

ACTIVITIES = ("Wandern", "Radfahren", "Stadtrundgang", "Barrierefrei")
CYCLING = frozenset({"Radfahren"})
DEFAULT_CYCLING_SPEED_KMH = 15.0

# DIN 33466 (Wanderzeitberechnung): hours per km, per 100 m up, per 100 m down.
WALKING_KMH = 4.0
ASCENT_M_PER_H = 300.0
DESCENT_M_PER_H = 500.0

SMOOTHING_WINDOW_M = 100.0
CLIMB_THRESHOLD_M = 5.0
MAP_POINTS = 400  # the map line keeps at most this many points (a few KB of GeoJSON)

# GPX elements whose position in the file we remember, and the parent each must have.
POINT_PARENTS = {"trkpt": "trkseg", "rtept": "rte", "wpt": "gpx"}
XML_DECLARED_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*encoding=["']([A-Za-z0-9._-]+)["']""")


@dataclass(frozen=True)
class TrackPoint:
    lat: float
    lon: float
    ele: float | None  # metres above sea level; None where the file has none
    distance: float  # metres along the track from the start


@dataclass(frozen=True)
class Waypoint:
    name: str
    lat: float
    lon: float
    ele: float | None
    description: str = ""


@dataclass(frozen=True)
class Figures:
    """What a tour page shows; `None` means the file has no elevations to compute it from."""

    length_m: float
    ascent_m: int | None
    descent_m: int | None
    lowest_m: int | None
    highest_m: int | None
    duration_min: int
    cycling_speed_kmh: float | None = None  # set: a riding time at this speed, not DIN 33466

    @property
    def length_km(self) -> float:
        return self.length_m / 1000


@dataclass(frozen=True)
class Track:
    figures: Figures
    points: tuple[TrackPoint, ...]  # every point, in order (for the profile and key points)
    line: tuple[TrackPoint, ...]  # simplified for the map (at most MAP_POINTS)
    waypoints: tuple[Waypoint, ...] = ()
    name: str = ""  # from the GPX metadata or the first track/route
    description: str = ""

    @property
    def has_elevation(self) -> bool:
        return self.figures.ascent_m is not None


@dataclass
class _Element:
    name: str
    line: int
    attrs: dict[str, str]
    ele: str | None = None


@dataclass
class _Layout:
    """Where things are in the file: gpxpy does not keep line numbers, expat does."""

    root: _Element | None = None
    containers: list[_Element] = field(default_factory=list)  # trk and rte
    points: dict[str, list[_Element]] = field(
        default_factory=lambda: {"trkpt": [], "rtept": [], "wpt": []}
    )


# --- time -------------------------------------------------------------------------------------


def walking_hours(length_km: float, ascent_m: float, descent_m: float) -> float:
    """DIN 33466: the larger of horizontal and vertical time plus half the smaller."""
    horizontal = length_km / WALKING_KMH
    vertical = ascent_m / ASCENT_M_PER_H + descent_m / DESCENT_M_PER_H
    return max(horizontal, vertical) + min(horizontal, vertical) / 2


def cycling_hours(length_km: float, speed_kmh: float = DEFAULT_CYCLING_SPEED_KMH) -> float:
    return length_km / speed_kmh


def round_minutes(hours: float) -> int:
    """Nearest 5 minutes below an hour (at least 5), nearest 15 minutes from an hour on."""
    minutes = hours * 60
    step = 5 if minutes < 57.5 else 15
    return max(step, math.floor(minutes / step + 0.5) * step)


# --- elevation --------------------------------------------------------------------------------


def smooth_elevations(
    distances: list[float], elevations: list[float], window_m: float = SMOOTHING_WINDOW_M
) -> list[float]:
    """Each elevation averaged with the others within ±window/2 metres along the track."""
    half = window_m / 2
    smoothed, low, high, total = [], 0, -1, 0.0
    for distance in distances:
        while high + 1 < len(distances) and distances[high + 1] <= distance + half:
            high += 1
            total += elevations[high]
        while distances[low] < distance - half:
            total -= elevations[low]
            low += 1
        smoothed.append(total / (high - low + 1))
    return smoothed


def climb(elevations: list[float], threshold_m: float = CLIMB_THRESHOLD_M) -> tuple[float, float]:
    """(ascent, descent) with a dead band: moves smaller than `threshold_m` are not counted."""
    if not elevations:
        return 0.0, 0.0
    ascent = descent = 0.0
    anchor = elevations[0]
    for elevation in elevations[1:]:
        if elevation - anchor >= threshold_m:
            ascent += elevation - anchor
            anchor = elevation
        elif anchor - elevation >= threshold_m:
            descent += anchor - elevation
            anchor = elevation
    rest = elevations[-1] - anchor  # so that ascent - descent == end - start
    return ascent + max(rest, 0.0), descent + max(-rest, 0.0)


def compute_figures(
    points: tuple[TrackPoint, ...] | list[TrackPoint],
    *,
    cycling: bool = False,
    cycling_speed_kmh: float = DEFAULT_CYCLING_SPEED_KMH,
) -> Figures:
    """The figures of a track whose points already carry their distance from the start."""
    length = points[-1].distance if points else 0.0
    with_ele = [p for p in points if p.ele is not None]
    if with_ele:
        raw = [p.ele for p in with_ele]
        smoothed = smooth_elevations([p.distance for p in with_ele], raw)
        up, down = climb(smoothed)
        ascent, descent = round(up), round(down)
        lowest, highest = round(min(raw)), round(max(raw))
    else:
        ascent = descent = lowest = highest = None
    if cycling:
        hours = cycling_hours(length / 1000, cycling_speed_kmh)
    else:
        hours = walking_hours(length / 1000, ascent or 0, descent or 0)
    speed = cycling_speed_kmh if cycling else None
    return Figures(length, ascent, descent, lowest, highest, round_minutes(hours), speed)


# --- reading ----------------------------------------------------------------------------------


def read_track(
    path: Path,
    problems: Problems,
    *,
    activity: str = "Wandern",
    cycling_speed_kmh: float = DEFAULT_CYCLING_SPEED_KMH,
    cited_at: tuple[str | Path, int] | None = None,
) -> Track | None:
    """The track in the GPX file at `path`, or None after adding what is wrong to `problems`.

    `cited_at` is the page and line that name the file (its `gpx:` field): a missing file is
    reported there, where the fix is made. Everything else is reported in the GPX file itself.
    """
    where, line = cited_at or (path, 1)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError:
        problems.add(
            where,
            line,
            message("Feld 'gpx': die Datei {name} gibt es nicht", name=Path(path).name),
            message("legen Sie die GPX-Datei neben die Seite oder korrigieren Sie den Dateinamen"),
        )
        return None
    except OSError as error:
        problems.add(
            where,
            line,
            message(
                "Feld 'gpx': die Datei {name} lässt sich nicht lesen ({reason})",
                name=Path(path).name,
                reason=error.strerror or type(error).__name__,
            ),
            message("prüfen Sie, ob es eine Datei ist und ob sie gelesen werden darf"),
        )
        return None

    layout = _read_layout(path, data, problems)
    if layout is None or not _check_points(path, layout, problems):
        return None
    try:
        gpx = gpxpy.parse(_as_text(data))
    except (gpxpy.gpx.GPXException, ValueError, LookupError) as error:  # what expat let through
        problems.add(
            path,
            1,
            message("Die GPX-Datei lässt sich nicht auswerten ({reason})", reason=str(error)),
            message("exportieren Sie die Tour erneut aus Ihrem Tourenplaner"),
        )
        return None

    raw_points, lines = _route_points(gpx, layout)
    points = _with_distances(raw_points)
    _warn_missing_elevation(path, points, lines, problems)
    figures = compute_figures(
        points, cycling=activity in CYCLING, cycling_speed_kmh=cycling_speed_kmh
    )
    return Track(
        figures=figures,
        points=points,
        line=simplify(points),
        waypoints=tuple(_waypoint(w) for w in gpx.waypoints),
        name=_name(gpx),
        description=(gpx.description or "").strip(),
    )


def _as_text(data: bytes) -> str:
    """gpxpy decodes bytes as UTF-8; honour the encoding the XML declaration names."""
    declared = XML_DECLARED_ENCODING.match(data)
    text = data.decode(declared.group(1).decode("ascii") if declared else "utf-8")
    return text.lstrip("\ufeff")


def _read_layout(path: Path, data: bytes, problems: Problems) -> _Layout | None:
    """One expat pass: is the XML well-formed, and on which line is each point?"""
    layout, stack = _Layout(), []
    parser = expat.ParserCreate(namespace_separator=" ")

    def start(name: str, attrs: dict[str, str]) -> None:
        local = name.rsplit(" ", 1)[-1]
        element = _Element(local, parser.CurrentLineNumber, attrs)
        parent = stack[-1].name if stack else None
        if parent is None:
            layout.root = element
        elif local in POINT_PARENTS and POINT_PARENTS[local] == parent:
            layout.points[local].append(element)
        elif local in ("trk", "rte") and parent == "gpx":
            layout.containers.append(element)
        elif local == "ele" and parent in POINT_PARENTS:
            stack[-1].ele = ""
        stack.append(element)

    def end(name: str) -> None:
        stack.pop()

    def text(chars: str) -> None:
        if stack and stack[-1].name == "ele" and len(stack) > 1 and stack[-2].ele is not None:
            stack[-2].ele += chars

    parser.StartElementHandler, parser.EndElementHandler = start, end
    parser.CharacterDataHandler = text
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        problems.add(
            path,
            error.lineno,
            message("Die GPX-Datei ist kein gültiges XML: {reason}", reason=_xml_reason(error)),
            message(
                "öffnen Sie die Datei in einem Texteditor und prüfen Sie Zeile {line}, "
                "oder exportieren Sie die Tour erneut aus Ihrem Tourenplaner",
                line=error.lineno,
            ),
        )
        return None
    if layout.root is None or layout.root.name != "gpx":
        problems.add(
            path,
            layout.root.line if layout.root else 1,
            message(
                "Die Datei ist keine GPX-Datei (das äußerste Element heißt <{name}>, nicht <gpx>)",
                name=layout.root.name if layout.root else "",
            ),
            message("exportieren Sie die Tour aus Ihrem Tourenplaner im Format GPX"),
        )
        return None
    return layout


def _xml_reason(error: expat.ExpatError) -> str:
    """Expat's reason in the editor's language where we know it, else expat's own words."""
    reason = expat.errors.messages.get(error.code, "")
    known = {
        expat.errors.XML_ERROR_TAG_MISMATCH: message("ein Element wird falsch geschlossen"),
        expat.errors.XML_ERROR_NO_ELEMENTS: message("die Datei ist leer"),
        expat.errors.XML_ERROR_UNCLOSED_TOKEN: message("die Datei endet mitten in einem Element"),
        expat.errors.XML_ERROR_INVALID_TOKEN: message("ungültiges Zeichen oder Tag"),
        expat.errors.XML_ERROR_JUNK_AFTER_DOC_ELEMENT: message("Text nach dem Ende von </gpx>"),
        expat.errors.XML_ERROR_SYNTAX: message("Syntaxfehler"),
        expat.errors.XML_ERROR_UNDEFINED_ENTITY: message("unbekannte Entität (etwa ein & ohne ;)"),
    }
    return known.get(reason, reason) + message(", Spalte {column}", column=error.offset + 1)


def _check_points(path: Path, layout: _Layout, problems: Problems) -> bool:
    """Coordinates a tour can use, and at least two points of a track or a route."""
    ok = True
    for element in (e for kind in layout.points.values() for e in kind):
        for key, limit in (("lat", 90), ("lon", 180)):
            raw = element.attrs.get(key)
            try:
                value = float(raw) if raw is not None else None
            except ValueError:
                value = None
            if value is None or not math.isfinite(value) or abs(value) > limit:
                problems.add(
                    path,
                    element.line,
                    message(
                        "Punkt <{name}>: '{key}' fehlt oder ist keine Koordinate "
                        "(gelesen: '{raw}')",
                        name=element.name,
                        key=key,
                        raw=raw or "",
                    ),
                    message(
                        "Breite (lat) zwischen -90 und 90, Länge (lon) zwischen -180 und 180, "
                        'mit Punkt als Dezimalzeichen, etwa lat="49.8723" lon="8.6541"'
                    ),
                )
                ok = False
        if element.ele is not None and element.ele.strip() and not _is_number(element.ele):
            problems.add(
                path,
                element.line,
                message(
                    "Punkt <{name}>: die Höhe <ele> ist keine Zahl (gelesen: '{raw}')",
                    name=element.name,
                    raw=element.ele.strip(),
                ),
                message("schreiben Sie die Höhe in Metern mit Punkt, etwa <ele>152.4</ele>"),
            )
            ok = False
    if ok and max(len(layout.points["trkpt"]), len(layout.points["rtept"])) < 2:
        where = layout.containers[0] if layout.containers else layout.root
        problems.add(
            path,
            where.line,
            message("Die GPX-Datei enthält keinen Weg: kein Track und keine Route mit Punkten"),
            message(
                "exportieren Sie die Tour als Track (<trk> mit <trkpt>) oder Route "
                "(<rte> mit <rtept>); Wegpunkte allein ergeben keinen Weg"
            ),
        )
        ok = False
    return ok


def _is_number(text: str) -> bool:
    try:
        return math.isfinite(float(text))
    except ValueError:
        return False


def _route_points(gpx: gpxpy.gpx.GPX, layout: _Layout) -> tuple[list, list[int]]:
    """The points of all tracks (in file order), else of all routes, with their lines."""
    track_points = [p for t in gpx.tracks for s in t.segments for p in s.points]
    if len(track_points) >= 2:
        # Segment starts: the gap from the previous segment's end is no part of the way.
        starts, count = set(), 0
        for track in gpx.tracks:
            for segment in track.segments:
                if count:
                    starts.add(count)
                count += len(segment.points)
        return [(p, i in starts) for i, p in enumerate(track_points)], [
            e.line for e in layout.points["trkpt"]
        ]
    route_points = [p for r in gpx.routes for p in r.points]
    return [(p, False) for p in route_points], [e.line for e in layout.points["rtept"]]


def _with_distances(raw_points: list) -> tuple[TrackPoint, ...]:
    points, distance, previous = [], 0.0, None
    for point, new_segment in raw_points:
        if previous is not None and not new_segment:
            distance += point.distance_2d(previous) or 0.0
        points.append(TrackPoint(point.latitude, point.longitude, point.elevation, distance))
        previous = point
    return tuple(points)


def _warn_missing_elevation(
    path: Path, points: tuple[TrackPoint, ...], lines: list[int], problems: Problems
) -> None:
    if len(lines) != len(points):  # cannot happen with gpxpy 1.6; never guess a wrong line
        lines = [1] * len(points)
    missing = [line for point, line in zip(points, lines, strict=True) if point.ele is None]
    if not missing:
        return
    if len(missing) == len(points):
        problems.warn(
            path,
            lines[0],
            message(
                "Die GPX-Datei enthält keine Höhenangaben (<ele>): Auf- und Abstieg, höchster "
                "und tiefster Punkt fehlen, das Höhenprofil wird weggelassen, die Gehzeit "
                "rechnet nur mit der Strecke"
            ),
            message(
                "exportieren Sie die Tour mit Höhen; die meisten Tourenplaner ergänzen sie "
                "aus einem Geländemodell"
            ),
        )
    else:
        problems.warn(
            path,
            missing[0],
            message(
                "{count} von {total} Punkten haben keine Höhe (<ele>), der erste hier: "
                "Profil und Höhenmeter überbrücken die Lücken",
                count=len(missing),
                total=len(points),
            ),
            message("exportieren Sie die Tour mit Höhen für alle Punkte"),
        )


def _waypoint(point: gpxpy.gpx.GPXWaypoint) -> Waypoint:
    return Waypoint(
        name=(point.name or "").strip(),
        lat=point.latitude,
        lon=point.longitude,
        ele=point.elevation,
        description=(point.description or "").strip(),
    )


def _name(gpx: gpxpy.gpx.GPX) -> str:
    for candidate in (gpx.name, *(t.name for t in gpx.tracks), *(r.name for r in gpx.routes)):
        if candidate and candidate.strip():
            return candidate.strip()
    return ""


# --- map line ---------------------------------------------------------------------------------


def simplify(
    points: tuple[TrackPoint, ...], max_points: int = MAP_POINTS
) -> tuple[TrackPoint, ...]:
    """Douglas-Peucker (gpxpy's) with a tolerance that grows until few enough points are left.

    A circular tour starts and ends at the same place, where Douglas-Peucker has no line to
    measure from; it is split at the point farthest from the start and each half simplified.
    """
    if len(points) <= max_points:
        return tuple(points)
    locations = [gpxpy.geo.Location(p.lat, p.lon) for p in points]
    by_location = {id(loc): point for loc, point in zip(locations, points, strict=True)}
    start = locations[0]
    far = max(range(len(locations)), key=lambda i: start.distance_2d(locations[i]) or 0)
    far = min(max(far, 1), len(locations) - 2)
    tolerance = 2.0
    while True:
        first = gpxpy.geo.simplify_polyline(locations[: far + 1], tolerance)
        second = gpxpy.geo.simplify_polyline(locations[far:], tolerance)
        kept = first + second[1:]
        if len(kept) <= max_points:
            return tuple(by_location[id(loc)] for loc in kept)
        tolerance *= 1.5


def geojson(track: Track, properties: dict | None = None) -> dict:
    """The map line as a GeoJSON Feature (RFC 7946: [lon, lat], ~1 m precision)."""
    return {
        "type": "Feature",
        "geometry": {
            "type": "LineString",
            "coordinates": [[round(p.lon, 5), round(p.lat, 5)] for p in track.line],
        },
        "properties": dict(properties or {}),
    }
