"""Bad tour input in a real build: every problem as `file:LINE: what — fix`, never a traceback.
Messages are read in English (the suite's EDITOR_LANGUAGE)."""

from __future__ import annotations

from pathlib import Path

from bs4 import BeautifulSoup

from tests.helpers import build_files

FIXTURES = Path(__file__).parent / "fixtures"
SIGHT = """\
---
title: Marktplatz
summary: Der Platz in der Mitte der Altstadt.
geo: {lat: 49.8723, lon: 8.6541}
---
Text.
"""
TOUR = """\
---
title: Runde um den Markt
summary: Eine kleine Runde.
gpx: {gpx}
activity: Wandern
difficulty: leicht
start: {start}
sights: [{sights}]
---
Text.
"""


def site(gpx_name: str, gpx: bytes | None, start="marktplatz", sights="marktplatz") -> dict:
    files = {
        "index.md": "---\ntitle: Musterstadt\n---\nWillkommen.\n",
        "tourismus/index.md": "---\ntitle: Tourismus\n---\nText.\n",
        "tourismus/orte/index.md": "---\ntitle: Orte\ndefault_type: poi\n---\nText.\n",
        "tourismus/orte/marktplatz.md": SIGHT,
        "tourismus/touren/index.md": "---\ntitle: Touren\ndefault_type: tour\n---\nText.\n",
        "tourismus/touren/runde.md": TOUR.format(gpx="runde.gpx", start=start, sights=sights),
    }
    if gpx is not None:
        files[f"tourismus/touren/{gpx_name}"] = gpx
    return files


def fixture(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


def test_a_missing_gpx_file_is_reported_at_the_gpx_line(tmp_path):
    code, report, _ = build_files(tmp_path, site("andere.gpx", fixture("four_points_north.gpx")))
    assert code != 0 and "Traceback" not in report
    assert (
        "tourismus/touren/runde.md:4: Field 'gpx': there is no file runde.gpx — put the GPX file "
        "next to the page or correct the file name"
    ) in report


def test_a_broken_gpx_file_is_reported_at_its_own_line(tmp_path):
    code, report, _ = build_files(tmp_path, site("runde.gpx", fixture("mismatched_tag_line_7.gpx")))
    assert code != 0 and "Traceback" not in report
    assert "tourismus/touren/runde.gpx:7: The GPX file is not valid XML" in report
    assert "runde.md" not in report  # the page is fine; the fix is in the GPX file


def test_a_gpx_without_track_points_stops_the_build(tmp_path):
    code, report, _ = build_files(tmp_path, site("runde.gpx", fixture("waypoints_only.gpx")))
    assert code != 0
    assert "tourismus/touren/runde.gpx:2: The GPX file contains no way" in report


def test_without_elevations_the_page_has_figures_but_no_profile_and_a_warning(tmp_path, capsys):
    code, report, output = build_files(tmp_path, site("runde.gpx", fixture("no_elevation.gpx")))
    assert code == 0, report
    warnings = capsys.readouterr().err  # a build that succeeds shows its warnings on stderr
    assert "warning: tourismus/touren/runde.gpx:5: The GPX file contains no elevations" in warnings
    page = BeautifulSoup(
        (output / "tourismus/touren/runde/index.html").read_text(encoding="utf-8"), "html.parser"
    )
    labels = [dt.get_text() for dt in page.select(".ms-tour-stats dt")]
    assert "Länge" in labels and "Gehzeit (nach DIN 33466)" in labels
    assert "Aufstieg" not in labels and "Höchster Punkt" not in labels
    assert page.select("svg.ms-profile, table.ms-profile-table") == []


def test_an_unknown_sight_along_the_way_names_the_line_and_the_known_keys(tmp_path):
    files = site("runde.gpx", fixture("four_points_north.gpx"), sights="marktplatz, rathaus")
    code, report, _ = build_files(tmp_path, files)
    assert code != 0
    assert (
        "tourismus/touren/runde.md:8: field 'sights': there is no page of type 'poi' with the key "
        "'rathaus' — possible keys: marktplatz"
    ) in report


def test_a_start_given_as_name_and_address(tmp_path):
    start = "\n  name: Parkplatz am Woog\n  address: {street: Woogstraße 1, postal_code: 64283, city: Musterstadt}"  # noqa: E501
    files = site("runde.gpx", fixture("four_points_north.gpx"), start=start)
    code, report, output = build_files(tmp_path, files)
    assert code == 0, report
    html = (output / "tourismus/touren/runde/index.html").read_text(encoding="utf-8")
    assert "Parkplatz am Woog" in html and "Woogstraße 1, 64283 Musterstadt" in html
