"""Bad lodging input in a real build: every problem as `file:LINE: what — fix`, never a
traceback. Messages are read in English (the suite's EDITOR_LANGUAGE)."""

from __future__ import annotations

from tests.helpers import build_files

HOST = """\
---
title: Hotel Test
summary: Ein Hotel.
category: {category}
classification:
  scheme: {scheme}
  stars: {stars}
  superior: {superior}
amenities: [WLAN, {amenity}]
address: {{street: Markt 1, postal_code: "64283", city: Musterstadt}}
geo: {{lat: 49.87, lon: 8.65}}
booking_url: {booking}
---
Text.
"""


def site(
    category="Hotel",
    scheme="DEHOGA",
    stars="4",
    superior="false",
    amenity="Sauna",
    booking="https://hotel.example/buchen",
    extra="",
) -> dict:
    host = HOST.format(
        category=category,
        scheme=scheme,
        stars=stars,
        superior=superior,
        amenity=amenity,
        booking=booking,
    )
    if extra:
        host = host.replace("---\nText.", extra + "---\nText.")
    return {
        "index.md": "---\ntitle: Musterstadt\n---\nWillkommen.\n",
        "tourismus/index.md": "---\ntitle: Tourismus\n---\nText.\n",
        "tourismus/uebernachten/index.md": (
            "---\ntitle: Übernachten\ndefault_type: lodging\n---\nText.\n"
        ),
        "tourismus/uebernachten/hotel.md": host,
    }


def report_of(tmp_path, files, **settings) -> str:
    code, report, _ = build_files(tmp_path, files, **settings)
    assert code != 0 and "Traceback" not in report
    return report


def test_a_good_host_builds(tmp_path):
    code, report, output = build_files(tmp_path, site())
    assert code == 0, report
    assert (output / "tourismus/uebernachten/hotel/index.html").is_file()
    assert (output / "tourismus/uebernachten/kategorie/hotel/index.html").is_file()


def test_an_unknown_category_is_reported_at_its_line(tmp_path):
    report = report_of(tmp_path, site(category="Motel"))
    assert "tourismus/uebernachten/hotel.md:4:" in report
    assert "Hotel, Gasthof, Pension" in report


def test_an_unknown_amenity_is_reported_with_the_configured_list(tmp_path):
    report = report_of(tmp_path, site(amenity="Pool"))
    assert (
        "tourismus/uebernachten/hotel.md:9: Field 'amenities': the amenity 'Pool' is not in the "
        "list — write one of: WLAN, Parkplatz"
    ) in report


def test_the_amenity_list_comes_from_the_setting(tmp_path):
    code, report, _ = build_files(
        tmp_path, site(amenity="Pool"), LODGING={"amenities": ["WLAN", "Pool"]}
    )
    assert code == 0, report
    report = report_of(tmp_path / "again", site(), LODGING={"amenities": ["WLAN", "Pool"]})
    assert "the amenity 'Sauna' is not in the list — write one of: WLAN, Pool" in report


def test_stars_outside_the_scheme_are_reported(tmp_path):
    report = report_of(tmp_path, site(scheme="DEHOGA G", stars="5"))
    assert (
        "tourismus/uebernachten/hotel.md:7: Field 'classification': DEHOGA G awards 1 to 4 stars, "
        "read 5 — write the stars on the certificate as a whole number"
    ) in report
    assert "awards 1 to 5 stars, read 3.5" in report_of(tmp_path / "half", site(stars="3.5"))
    assert "awards 1 to 5 stars, read 0" in report_of(tmp_path / "zero", site(stars="0"))


def test_an_unknown_scheme_and_superior_outside_dehoga_are_reported(tmp_path):
    report = report_of(tmp_path, site(scheme="ADAC"))
    assert (
        "tourismus/uebernachten/hotel.md:6:" in report and "DEHOGA, DEHOGA G, DTV, BVCD" in report
    )
    report = report_of(tmp_path / "dtv", site(scheme="DTV", superior="true"))
    assert "hotel.md:8: Field 'classification': DTV has no “Superior” — remove 'superior'" in report


def test_a_booking_link_without_https_is_reported(tmp_path):
    report = report_of(tmp_path, site(booking="http://hotel.example/buchen"))
    assert (
        "tourismus/uebernachten/hotel.md:12: Field 'booking_url': the booking link must start "
        "with https://"
    ) in report


def test_a_reisen_fuer_alle_level_needs_its_groups_and_a_known_level(tmp_path):
    extra = "accessibility:\n  reisen_fuer_alle: Barrierefreiheit geprüft\n"
    report = report_of(tmp_path, site(extra=extra))
    assert "hotel.md:14: Field 'accessibility': whom does the “Reisen für Alle”" in report
    extra = "accessibility:\n  reisen_fuer_alle: zertifiziert\n  groups: [Rollstuhlfahrer]\n"
    report = report_of(tmp_path / "level", site(extra=extra))
    assert "hotel.md:14:" in report and "Barrierefreiheit geprüft" in report


def test_a_bad_lodging_setting_is_reported(tmp_path):
    report = report_of(tmp_path, site(), LODGING={"amenity": ["WLAN"]})
    assert "pelicanconf.py:1: LODGING: unknown setting amenity — correct LODGING" in report
