"""The demo town's GPX tracks: reproducible from their generator, read without problems, and
close to what each tour promises (length, climb, barrier-free gradients)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from plugins.frontmatter import Problems
from plugins.tours.gpx import read_track

ROOT = Path(__file__).resolve().parents[2]
TOURS = ROOT / "content" / "tourismus" / "touren"


def test_the_generator_reproduces_the_committed_files():
    result = subprocess.run(
        [sys.executable, "tools/demo_tours.py", "--check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize(
    ("slug", "activity", "km", "ascent"),
    [
        ("altstadt-rundgang", "Stadtrundgang", (2.7, 3.5), (0, 20)),
        ("eichberg-aussichtsturm", "Wandern", (8, 10), (220, 280)),
        ("muehlbachtal-radtour", "Radfahren", (32, 39), (100, 300)),
        ("barrierefrei-schlossgarten", "Barrierefrei", (1.6, 2.4), (0, 15)),
        ("hoehenweg-hoher-kopf", "Wandern", (14.5, 17.5), (300, 500)),
    ],
)
def test_demo_tours_read_cleanly_and_keep_their_promise(slug, activity, km, ascent):
    problems = Problems()
    track = read_track(TOURS / f"{slug}.gpx", problems, activity=activity)
    assert problems.items == []
    figures = track.figures
    assert km[0] <= figures.length_km <= km[1]
    assert ascent[0] <= figures.ascent_m <= ascent[1]
    assert figures.lowest_m >= 130 and figures.highest_m <= 420
    start, end = track.points[0], track.points[-1]
    assert (start.lat, start.lon) == (end.lat, end.lon)  # every demo tour is circular
    gaps = [b.distance - a.distance for a, b in zip(track.points, track.points[1:], strict=False)]
    assert max(gaps) <= 51
    assert track.waypoints


def test_the_tower_stands_on_the_highest_point_of_its_hike():
    track = read_track(TOURS / "eichberg-aussichtsturm.gpx", Problems())
    assert track.figures.highest_m == 312  # the Eichberg's height on the tower's page
    [tower] = [w for w in track.waypoints if w.name.startswith("Aussichtsturm")]
    top = max(track.points, key=lambda p: p.ele)
    assert abs(top.lat - tower.lat) < 0.0005 and abs(top.lon - tower.lon) < 0.0007


def steepest_percent(points, over_m: float = 50.0) -> float:
    worst, j = 0.0, 0
    for _i, a in enumerate(points):
        while j < len(points) - 1 and points[j].distance - a.distance < over_m:
            j += 1
        run = points[j].distance - a.distance
        if run >= over_m:
            worst = max(worst, abs(points[j].ele - a.ele) / run * 100)
    return worst


def test_the_barrier_free_walk_has_no_steep_stretch():
    # DIN 18040-1: up to 3 % a path needs no landings; we promise "ohne nennenswerte Steigungen"
    track = read_track(TOURS / "barrierefrei-schlossgarten.gpx", Problems())
    assert steepest_percent(track.points) <= 3.5
    hike = read_track(TOURS / "eichberg-aussichtsturm.gpx", Problems())
    assert steepest_percent(hike.points) > 10  # the measure does find a climb
