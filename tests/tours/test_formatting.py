"""Figures as visitors read them, German and English, numbers through Babel."""

from __future__ import annotations

import pytest

from plugins.tours.formatting import (
    duration_iso,
    figure_facts,
    format_duration,
    format_length,
    format_metres,
)
from plugins.tours.gpx import Figures

NBSP = "\u00a0"


@pytest.mark.parametrize(
    ("minutes", "de", "en"),
    [
        (195, "3 Std. 15 Min.", "3 h 15 min"),
        (45, "45 Min.", "45 min"),
        (120, "2 Std.", "2 h"),
        (5, "5 Min.", "5 min"),
    ],
)
def test_durations(minutes, de, en):
    assert format_duration(minutes, "de").replace(NBSP, " ") == de
    assert format_duration(minutes, "en").replace(NBSP, " ") == en
    assert f"{NBSP}Std." in format_duration(60, "de")  # number and unit never part


def test_lengths_and_heights_use_the_locale_not_the_machine():
    assert format_length(1500, "de") == f"1,5{NBSP}km"
    assert format_length(1500, "en") == f"1.5{NBSP}km"
    assert format_length(12_040, "de") == f"12{NBSP}km"
    assert format_length(36_770, "ls") == f"36,8{NBSP}km"  # Leichte Sprache: German numbers
    assert format_metres(312.4, "de") == f"312{NBSP}m"
    assert format_metres(1050, "de") == f"1.050{NBSP}m"
    assert format_metres(1050, "en") == f"1,050{NBSP}m"


def test_iso_durations():
    assert duration_iso(195) == "PT3H15M"
    assert duration_iso(120) == "PT2H"
    assert duration_iso(45) == "PT45M"


def test_facts_of_a_hike_and_of_a_ride():
    hike = Figures(8840, 252, 252, 150, 312, 180)
    assert [(k, v.replace(NBSP, " ")) for k, v in figure_facts(hike, "de")] == [
        ("Länge", "8,8 km"),
        ("Aufstieg", "252 m"),
        ("Abstieg", "252 m"),
        ("Höchster Punkt", "312 m"),
        ("Tiefster Punkt", "150 m"),
        ("Gehzeit (nach DIN 33466)", "3 Std."),
    ]
    ride = Figures(36770, 169, 170, 136, 282, 150, cycling_speed_kmh=15.0)
    facts = dict(figure_facts(ride, "en"))
    assert facts[f"Riding time (at 15{NBSP}km/h)"] == f"2{NBSP}h 30{NBSP}min"
    assert facts["Length"] == f"36.8{NBSP}km"


def test_facts_without_elevation_leave_out_the_climb():
    flat = Figures(2226, None, None, None, None, 35)
    assert [k for k, _ in figure_facts(flat, "de")] == ["Länge", "Gehzeit (nach DIN 33466)"]
