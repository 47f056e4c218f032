"""The elevation profile: valid SVG with an accessible name, the curve inside its viewBox, no
hard-coded colours, German and English labels, and the key points for the table."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from plugins.frontmatter import Problems
from plugins.tours.gpx import TrackPoint, read_track
from plugins.tours.profile import (
    MAX_POINTS,
    elevation_axis,
    elevation_profile,
    key_point_rows,
    km_step,
)

FIXTURES = Path(__file__).parent / "fixtures"
DEMO = Path(__file__).resolve().parents[2] / "content" / "tourismus" / "touren"
SVG = "{http://www.w3.org/2000/svg}"
NBSP = "\u00a0"


def track(name: str, folder: Path = FIXTURES, **kwargs):
    problems = Problems()
    result = read_track(folder / name, problems, **kwargs)
    assert problems.errors == []
    return result


def parse(svg: str) -> ET.Element:
    return ET.fromstring(svg)  # raises if the SVG is not well-formed XML


def polyline(root: ET.Element) -> list[tuple[float, float]]:
    [line] = root.iter(f"{SVG}polyline")
    return [tuple(map(float, pair.split(","))) for pair in line.get("points").split()]


def test_profile_is_svg_with_an_accessible_name():
    profile = elevation_profile(track("four_points_north.gpx").points, "de", id_prefix="eichberg")
    root = parse(profile.svg)
    assert root.tag == f"{SVG}svg"
    assert root.get("role") == "img"
    title_id = root.get("aria-labelledby")
    [title] = [t for t in root.iter(f"{SVG}title") if t.get("id") == title_id]
    assert title_id == "eichberg-titel"
    assert title.text == (f"Höhenprofil: 3,3{NBSP}km lang, Höhe zwischen 150{NBSP}m und 250{NBSP}m")


def test_the_curve_is_the_hand_computed_track_inside_the_viewbox():
    root = parse(elevation_profile(track("four_points_north.gpx").points).svg)
    [plot] = [s for s in root.iter(f"{SVG}svg") if s.get("viewBox")]
    assert plot.get("viewBox") == "0 0 1000 200"
    assert plot.get("preserveAspectRatio") == "none"
    # Axis 150–250 m in 25 m steps; x = distance / 3339.58 m · 1000, y = (250 − ele) / 100 · 200
    assert elevation_axis(150, 250) == (150, 250, 25)
    assert polyline(root) == [(0, 200), (333, 0), (667, 100), (1000, 40)]


def test_labels_name_units_in_german_and_english():
    points = track("four_points_north.gpx").points
    de = [t.text for t in parse(elevation_profile(points, "de").svg).iter(f"{SVG}text")]
    en = [t.text for t in parse(elevation_profile(points, "en").svg).iter(f"{SVG}text")]
    elevations = [f"{m}{NBSP}m" for m in (150, 175, 200, 225, 250)]
    assert de == [*elevations, "0", "1", "2", f"3{NBSP}km"]  # the unit once, at the end
    assert en == de
    title = parse(elevation_profile(points, "en").svg).find(f"{SVG}title").text
    assert title == (
        f"Elevation profile: 3.3{NBSP}km long, elevation between 150{NBSP}m and 250{NBSP}m"
    )


def test_decimal_kilometres_in_german():
    # 1.8 km flat: steps of 0.5 km, labelled 0 / 0,5 / 1 / 1,5 km
    points = [TrackPoint(49.87, 8.65, 150.0, d) for d in (0.0, 600.0, 1200.0, 1800.0)]
    labels = [t.text for t in parse(elevation_profile(points, "de").svg).iter(f"{SVG}text")]
    assert labels[-4:] == ["0", "0,5", "1", f"1,5{NBSP}km"]
    labels = [t.text for t in parse(elevation_profile(points, "en").svg).iter(f"{SVG}text")]
    assert labels[-4:] == ["0", "0.5", "1", f"1.5{NBSP}km"]


def test_colours_follow_the_text_colour():
    svg = elevation_profile(track("four_points_north.gpx").points).svg
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b|rgb\(|hsl\(", svg)
    root = parse(svg)
    paints = {
        element.get(attribute)
        for element in root.iter()
        for attribute in ("fill", "stroke")
        if element.get(attribute)
    }
    assert paints == {"currentColor", "none"}
    assert "style" not in svg  # no inline styles: the strict CSP would block them


def test_a_flat_walk_looks_flat():
    # 8 m of difference are not stretched to the full height: the axis spans at least 50 m
    points = [TrackPoint(49.87, 8.65, 148.0 + (i % 3) * 4, i * 100.0) for i in range(30)]
    bottom, top, _ = elevation_axis(148, 156)
    assert top - bottom >= 50
    ys = [y for _, y in polyline(parse(elevation_profile(points).svg))]
    assert max(ys) - min(ys) <= 200 * 8 / (top - bottom) + 1


def test_no_profile_without_elevations():
    problems = Problems()
    no_ele = read_track(FIXTURES / "no_elevation.gpx", problems)
    assert elevation_profile(no_ele.points) is None


def test_key_points_of_the_hand_computed_track():
    profile = elevation_profile(track("four_points_north.gpx").points, "de")
    assert profile.step_km == 1
    # km 1: 150 + 100 · 1000/1113.19 = 239.8; km 2: 250 − 50 · 886.81/1113.19 = 210.2;
    # km 3: 200 + 30 · 773.61/1113.19 = 220.8. The highest point (1.11 km) is more than a tenth
    # of a step from km 1, so both rows stay; km 3 is more than a quarter step before the end.
    assert key_point_rows(profile.key_points, "de") == [
        ("Startpunkt, tiefster Punkt", f"0{NBSP}km", f"150{NBSP}m"),
        ("Kilometer 1", f"1{NBSP}km", f"240{NBSP}m"),
        ("Höchster Punkt", f"1,1{NBSP}km", f"250{NBSP}m"),
        ("Kilometer 2", f"2{NBSP}km", f"210{NBSP}m"),
        ("Kilometer 3", f"3{NBSP}km", f"221{NBSP}m"),
        ("Ziel", f"3,3{NBSP}km", f"230{NBSP}m"),
    ]
    assert [row.label for row in key_point_rows(profile.key_points, "en")] == [
        "Start, lowest point",
        "Kilometre 1",
        "Highest point",
        "Kilometre 2",
        "Kilometre 3",
        "Finish",
    ]
    start = profile.key_points[0]
    assert (start.lat, start.lon, start.kinds) == (49.87, 8.65, ("start", "lowest"))


@pytest.mark.parametrize(
    ("km", "step"), [(1.9, 0.5), (3.1, 1), (8.8, 2), (16, 5), (36.8, 10), (120, 50)]
)
def test_kilometre_marks_are_at_most_five(km, step):
    assert km_step(km) == step


def test_a_long_tour_stays_small():
    ride = track("muehlbachtal-radtour.gpx", DEMO, activity="Radfahren")
    profile = elevation_profile(ride.points, "de", id_prefix="radtour")
    assert len(ride.points) > 800
    points = polyline(parse(profile.svg))
    assert 50 < len(points) <= MAX_POINTS
    assert all(0 <= x <= 1000 and 0 <= y <= 200 for x, y in points)
    assert points[0][0] == 0 and points[-1][0] == 1000
    assert len(profile.svg.encode()) < 8_000
