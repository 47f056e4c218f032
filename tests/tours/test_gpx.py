"""GPX → figures: hand-computed values, DIN 33466, cycling, every bad input with its line."""

from __future__ import annotations

import itertools
import math
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from plugins.frontmatter import Problems
from plugins.kit.i18n import set_editor_language
from plugins.tours.gpx import (
    CLIMB_THRESHOLD_M,
    MAP_POINTS,
    TrackPoint,
    climb,
    compute_figures,
    cycling_hours,
    geojson,
    read_track,
    round_minutes,
    simplify,
    smooth_elevations,
    walking_hours,
)

FIXTURES = Path(__file__).parent / "fixtures"

# These tests pin the German wording editors read.
pytestmark = pytest.mark.usefixtures("german")

# The hand computation for four_points_north.gpx: four points on the meridian 8.65° E, 0.01°
# of latitude apart, at 150, 250, 200 and 230 m.
# - gpxpy's 2D distance for points less than 0.2° apart is sqrt(dlat² + (dlon·cos lat)²) times
#   one degree = 2π · 6,378,137 m / 360 = 111,319.49 m. With dlon = 0 each leg is
#   0.01 · 111,319.49 = 1,113.19 m (haversine with the same radius gives R · dφ, the same), and
#   the track 3 · 1,113.19 = 3,339.58 m.
# - The points are 1.1 km apart, so the ±50 m smoothing window holds one point each: nothing is
#   smoothed. Every change is 30 m or more, above the 5 m dead band:
#   ascent 100 + 30 = 130 m, descent 50 m; lowest 150 m, highest 250 m.
# - DIN 33466: horizontal 3.33958 km / 4 km/h = 0.83490 h; vertical 130/300 + 50/500 = 0.53333 h;
#   0.83490 + 0.53333 / 2 = 1.10156 h = 66.1 min, rounded to 15 minutes: 60 min.
# - Cycling at 15 km/h: 3.33958 / 15 = 0.22264 h = 13.4 min, rounded to 5 minutes: 15 min.
LEG_M = 0.01 * 2 * math.pi * 6_378_137 / 360
assert abs(LEG_M - 1113.19) < 0.01


def read(name: str, **kwargs):
    problems = Problems()
    track = read_track(FIXTURES / name, problems, **kwargs)
    return track, problems


def only_problem(problems: Problems) -> tuple[str, int, str, str, bool]:
    [problem] = problems.items
    return Path(problem.path).name, problem.line, problem.what, problem.fix, problem.warning


def test_figures_of_a_hand_computed_track():
    track, problems = read("four_points_north.gpx")
    assert problems.items == []
    figures = track.figures
    assert figures.length_m == pytest.approx(3 * LEG_M, abs=0.01)
    assert figures.length_m == pytest.approx(3339.58, abs=0.01)
    assert (figures.ascent_m, figures.descent_m) == (130, 50)
    assert (figures.lowest_m, figures.highest_m) == (150, 250)
    assert figures.duration_min == 60
    assert figures.cycling_speed_kmh is None
    assert [p.distance for p in track.points] == pytest.approx([0, LEG_M, 2 * LEG_M, 3 * LEG_M])
    assert [(p.lat, p.lon, p.ele) for p in track.points] == [
        (49.87, 8.65, 150),
        (49.88, 8.65, 250),
        (49.89, 8.65, 200),
        (49.90, 8.65, 230),
    ]
    assert track.name == "Vier Punkte nach Norden"
    assert track.description.startswith("Auf dem Meridian")
    [summit] = track.waypoints
    assert (summit.name, summit.lat, summit.lon, summit.ele) == ("Gipfel", 49.88, 8.65, 250)
    assert track.line == track.points  # four points need no simplifying


def test_cycling_uses_the_configured_speed_not_din():
    track, _ = read("four_points_north.gpx", activity="Radfahren")
    assert track.figures.duration_min == 15  # 13.4 min
    assert track.figures.cycling_speed_kmh == 15
    track, _ = read("four_points_north.gpx", activity="Radfahren", cycling_speed_kmh=20)
    assert track.figures.duration_min == 10  # 3.33958 / 20 h = 10.0 min
    assert track.figures.ascent_m == 130  # the figures stay the same


@pytest.mark.parametrize(
    ("km", "up", "down", "hours"),
    [
        (12, 0, 0, 3.0),  # flat: 12 km at 4 km/h, nothing vertical
        (4, 900, 0, 3.5),  # steep: 900 m at 300 m/h = 3 h beats 1 h, plus half of 1 h
        (2, 0, 500, 1.25),  # downhill: 500 m at 500 m/h = 1 h, plus half of 0.5 h
        (10, 600, 600, 4.45),  # 2.5 h horizontal, 2 h + 1.2 h vertical: 3.2 + 1.25
    ],
)
def test_din_33466_walking_time(km, up, down, hours):
    assert walking_hours(km, up, down) == pytest.approx(hours)


def test_cycling_time_is_length_over_speed():
    assert cycling_hours(36, 15) == pytest.approx(2.4)
    assert cycling_hours(36, 18) == pytest.approx(2.0)


@pytest.mark.parametrize(
    ("minutes", "rounded"),
    [
        (1, 5),  # never "0 Min."
        (22.4, 20),
        (44.4, 45),
        (57, 55),  # below an hour: 5-minute steps
        (58, 60),  # from an hour on: 15-minute steps
        (66.1, 60),
        (267, 270),
        (187.4, 180),
        (187.6, 195),
    ],
)
def test_durations_are_rounded_to_5_or_15_minutes(minutes, rounded):
    assert round_minutes(minutes / 60) == rounded


def test_a_route_without_a_track_is_read():
    track, problems = read("route_only.gpx")
    assert problems.items == []
    assert track.figures.length_m == pytest.approx(LEG_M, abs=0.01)
    assert (track.figures.ascent_m, track.figures.descent_m) == (10, 0)
    assert track.name == "Nur eine Route"


def test_the_gap_between_track_segments_is_no_part_of_the_way():
    track, _ = read("two_segments_with_a_gap.gpx")
    assert track.figures.length_m == pytest.approx(2 * LEG_M, abs=0.01)
    assert [round(p.distance) for p in track.points] == [0, 1113, 1113, 2226]


def test_an_encoding_declared_in_the_file_is_honoured():
    track, problems = read("latin1_declared.gpx")
    assert problems.items == []
    assert track.name == "Größe Runde"


# --- bad input ----------------------------------------------------------------------------


def test_missing_file_is_reported_where_the_page_names_it():
    problems = Problems()
    cited = ("content/tourismus/touren/eichberg.md", 6)
    assert read_track(FIXTURES / "gibt-es-nicht.gpx", problems, cited_at=cited) is None
    [problem] = problems.items
    assert str(problem) == (
        "content/tourismus/touren/eichberg.md:6: Feld 'gpx': die Datei gibt-es-nicht.gpx gibt "
        "es nicht — legen Sie die GPX-Datei neben die Seite oder korrigieren Sie den Dateinamen"
    )


def test_a_folder_instead_of_a_file(tmp_path):
    (tmp_path / "ordner.gpx").mkdir()
    problems = Problems()
    assert read_track(tmp_path / "ordner.gpx", problems, cited_at=("seite.md", 4)) is None
    name, line, what, fix, warning = only_problem(problems)
    assert (name, line, warning) == ("seite.md", 4, False)
    assert what.startswith("Feld 'gpx': die Datei ordner.gpx lässt sich nicht lesen (")
    assert fix == "prüfen Sie, ob es eine Datei ist und ob sie gelesen werden darf"


def test_unreadable_xml_names_the_line_the_parser_names():
    track, problems = read("mismatched_tag_line_7.gpx")
    assert track is None
    assert only_problem(problems) == (
        "mismatched_tag_line_7.gpx",
        7,
        # column 47: the name in `</trkpt>` where `</ele>` was due (expat counts from 0, we from 1)
        "Die GPX-Datei ist kein gültiges XML: ein Element wird falsch geschlossen, Spalte 47",
        "öffnen Sie die Datei in einem Texteditor und prüfen Sie Zeile 7, "
        "oder exportieren Sie die Tour erneut aus Ihrem Tourenplaner",
        False,
    )


def test_an_empty_file():
    track, problems = read("empty_file.gpx")
    assert track is None
    name, line, what, _, _ = only_problem(problems)
    assert (name, line) == ("empty_file.gpx", 1)
    assert what == "Die GPX-Datei ist kein gültiges XML: die Datei ist leer, Spalte 1"


def test_another_xml_format_is_not_a_gpx_file():
    track, problems = read("kml_not_gpx.gpx")
    assert track is None
    assert only_problem(problems)[1:3] == (
        3,
        "Die Datei ist keine GPX-Datei (das äußerste Element heißt <kml>, nicht <gpx>)",
    )


@pytest.mark.parametrize(
    ("name", "line"),
    [
        ("waypoints_only.gpx", 2),  # no trk or rte: the <gpx> element (which starts on line 2)
        ("empty_track_segment.gpx", 4),  # the <trk> without points
        ("one_track_point.gpx", 3),  # one point is no way either
    ],
)
def test_a_gpx_without_track_points(name, line):
    track, problems = read(name)
    assert track is None
    assert only_problem(problems) == (
        name,
        line,
        "Die GPX-Datei enthält keinen Weg: kein Track und keine Route mit Punkten",
        "exportieren Sie die Tour als Track (<trk> mit <trkpt>) oder Route (<rte> mit <rtept>); "
        "Wegpunkte allein ergeben keinen Weg",
        False,
    )


def test_bad_coordinates_and_elevations_each_with_their_line():
    track, problems = read("comma_decimal_and_bad_elevation.gpx")
    assert track is None
    found = [(p.line, p.what) for p in problems.items]
    assert found == [
        (5, "Punkt <trkpt>: 'lat' fehlt oder ist keine Koordinate (gelesen: '49,87')"),
        (6, "Punkt <trkpt>: 'lat' fehlt oder ist keine Koordinate (gelesen: '')"),
        (7, "Punkt <trkpt>: die Höhe <ele> ist keine Zahl (gelesen: 'zweihundert')"),
        (8, "Punkt <trkpt>: 'lon' fehlt oder ist keine Koordinate (gelesen: '188.65')"),
    ]
    assert 'etwa lat="49.8723" lon="8.6541"' in problems.items[0].fix


def test_no_elevation_gives_figures_without_climb_and_a_warning():
    track, problems = read("no_elevation.gpx")
    name, line, what, _fix, warning = only_problem(problems)
    assert (name, line, warning) == ("no_elevation.gpx", 5, True)
    assert what.startswith("Die GPX-Datei enthält keine Höhenangaben (<ele>)")
    assert "das Höhenprofil wird weggelassen" in what
    assert problems.errors == []  # the page is still built
    figures = track.figures
    assert figures.length_m == pytest.approx(2 * LEG_M, abs=0.01)
    assert (figures.ascent_m, figures.descent_m, figures.lowest_m, figures.highest_m) == (
        None,
        None,
        None,
        None,
    )
    assert figures.duration_min == 35  # 2.226 km / 4 km/h = 33.4 min
    assert not track.has_elevation


def test_some_points_without_elevation_warn_at_the_first():
    track, problems = read("elevation_missing_from_line_7.gpx")
    assert only_problem(problems)[1:3] == (
        7,
        "2 von 5 Punkten haben keine Höhe (<ele>), der erste hier: Profil und Höhenmeter "
        "überbrücken die Lücken",
    )
    # 150 → 250 → (gap) → 230: up 100, down 20
    assert (track.figures.ascent_m, track.figures.descent_m) == (100, 20)


def test_messages_in_english_for_editors_who_want_them():
    set_editor_language("en")
    try:
        _, problems = read("mismatched_tag_line_7.gpx")
    finally:
        set_editor_language(None)
    assert str(problems.items[0]).endswith(
        "mismatched_tag_line_7.gpx:7: The GPX file is not valid XML: an element is closed with "
        "the wrong tag, column 47 — open the file in a text editor and check line 7, or export "
        "the tour again from your route planner"
    )


# --- elevation noise ------------------------------------------------------------------------


def dense(length_m: float, step_m: float, elevation) -> list[TrackPoint]:
    count = int(length_m / step_m) + 1
    return [
        TrackPoint(49.87 + i * step_m / LEG_M * 0.01, 8.65, elevation(i), i * step_m)
        for i in range(count)
    ]


def test_noise_on_a_flat_walk_adds_no_ascent():
    # ±2 m alternating every 25 m: raw elevations would sum to 4 m per point, 480 m in 3 km
    points = dense(3000, 25, lambda i: 150 + (2 if i % 2 else -2))
    raw_ascent = sum(max(0, b.ele - a.ele) for a, b in itertools.pairwise(points))
    assert raw_ascent == 240
    assert compute_figures(points).ascent_m == 0


def test_a_real_climb_survives_the_smoothing():
    # 100 m up over 2 km, then 2 km flat, with ±1 m jitter: still about 100 m of ascent
    points = dense(4000, 25, lambda i: 150 + min(i * 25, 2000) / 20 + (1 if i % 3 else -1))
    figures = compute_figures(points)
    assert 97 <= figures.ascent_m <= 103
    assert figures.descent_m <= 3
    assert (figures.lowest_m, figures.highest_m) == (149, 251)  # raw, not smoothed


def test_smoothing_averages_within_50_m_either_side():
    assert smooth_elevations([0, 40, 80, 200], [100, 110, 120, 200]) == pytest.approx(
        [105, 110, 115, 200]
    )


@given(st.lists(st.floats(min_value=-50, max_value=3000), min_size=1, max_size=60))
def test_ascent_minus_descent_is_end_minus_start(elevations):
    ascent, descent = climb(elevations)
    assert ascent >= 0 and descent >= 0
    assert ascent - descent == pytest.approx(elevations[-1] - elevations[0], abs=1e-6)


@given(st.lists(st.floats(min_value=0, max_value=CLIMB_THRESHOLD_M * 0.99), min_size=2))
def test_jitter_within_the_dead_band_adds_nothing_but_the_net_change(elevations):
    ascent, descent = climb([150 + e for e in elevations])
    assert ascent + descent == pytest.approx(abs(elevations[-1] - elevations[0]), abs=1e-6)


# --- map line -------------------------------------------------------------------------------


def circle(count: int) -> list[TrackPoint]:
    """A circular tour of about 6 km with a wobble, starting and ending at the same point."""
    points, distance = [], 0.0
    for i in range(count + 1):
        angle = 2 * math.pi * i / count
        radius = 0.009 * (1 + 0.05 * math.sin(17 * angle))
        lat, lon = 49.87 + radius * math.sin(angle), 8.65 + radius * 1.5 * math.cos(angle)
        if points:
            distance += math.dist((lat, lon), (points[-1].lat, points[-1].lon)) * 111_000
        points.append(TrackPoint(lat, lon, 150.0, distance))
    return points


def test_the_map_line_of_a_circular_tour_keeps_a_few_hundred_points():
    points = tuple(circle(3000))
    line = simplify(points)
    assert 50 < len(line) <= MAP_POINTS
    assert line[0] is points[0] and line[-1] is points[-1]
    positions = [points.index(p) for p in line]
    assert positions == sorted(positions)  # a subset, in order of the way


def test_geojson_is_longitude_first():
    track, _ = read("four_points_north.gpx")
    feature = geojson(track, {"title": "Test"})
    assert feature["geometry"]["type"] == "LineString"
    assert feature["geometry"]["coordinates"][0] == [8.65, 49.87]
    assert feature["properties"] == {"title": "Test"}
