"""The rendered office pages and the offices landing, on tests/services/site built at 2026-11-25.

Checks the weekly table for a string with several rules and an exception, holidays, contacts,
office <-> service links both ways, JSON-LD, and open-now.js in Chromium at fixed clocks on the
real built page served over HTTP with the site's strict CSP.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.browser.server import serve_directory
from tests.helpers import build_files
from tests.services.helpers import PUBLIC_URL, build_fixture, json_ld, main_text, soup

OFFICE = "/rathaus/aemter/buergerbuero/"
# opening_hours: Mo-Fr 08:00-12:00; Th 08:00-12:00,14:00-18:00; Sa 10:00-12:00; PH off; Dec 24 off
WEEK = [
    ("Montag", "08:00–12:00 Uhr"),
    ("Dienstag", "08:00–12:00 Uhr"),
    ("Mittwoch", "08:00–12:00 Uhr"),
    ("Donnerstag", "08:00–12:00 Uhr, 14:00–18:00 Uhr"),
    ("Freitag", "08:00–12:00 Uhr"),
    ("Samstag", "10:00–12:00 Uhr"),
    ("Sonntag", "geschlossen"),
]
STRICT_CSP = {"Content-Security-Policy": "default-src 'self'"}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> Path:
    return build_fixture(tmp_path_factory.mktemp("offices"))


def _text(element) -> str:
    return " ".join(element.get_text(" ").split())


def test_week_table(built):
    table = soup(built, OFFICE).select_one("main table.ms-opening-hours")
    assert _text(table.caption) == "Regelmäßige Öffnungszeiten"
    assert [th["scope"] for th in table.thead.find_all("th")] == ["col", "col"]
    rows = table.tbody.find_all("tr")
    assert [row.th["scope"] for row in rows] == ["row"] * 7
    assert [(_text(row.th), _text(row.td)) for row in rows] == WEEK


def test_holidays_and_exceptions(built):
    items = soup(built, OFFICE).select("main ul.ms-special-days li")
    assert [_text(li) for li in items] == [
        "Donnerstag, 24. Dezember 2026 : geschlossen",
        "Freitag, 25. Dezember 2026 (Erster Weihnachtstag): geschlossen",
        "Samstag, 26. Dezember 2026 (Zweiter Weihnachtstag): geschlossen",
        "Freitag, 1. Januar 2027 (Neujahr): geschlossen",
    ]
    assert items[0].time["datetime"] == "2026-12-24"


def test_seasonal_hours_say_until_when(built):
    caption = soup(built, "/tourismus/tourist-information/").select_one("main table caption")
    assert _text(caption) == "Regelmäßige Öffnungszeiten (gültig bis 31. März 2027)"


def test_contact_people_and_building(built):
    page = soup(built, OFFICE)
    rows = page.select("main section[aria-labelledby=ansprechpersonen] tbody tr")
    assert [[_text(cell) for cell in row.find_all(["th", "td"])] for row in rows] == [
        ["Petra Beispiel", "Leitung", "06151 12-3401", "petra.beispiel@testhausen.example", "E.04"],
        ["Max Muster", "", "", "", ""],
    ]
    assert main_text(page, "section[aria-labelledby=barrierefreiheit] p") == (
        "Stufenloser Eingang, Aufzug, barrierefreies WC."
    )
    assert page.select_one("main a[href='tel:+496151123456']") is not None


def test_office_lists_its_services_and_services_link_back(built):
    page = soup(built, OFFICE)
    links = page.select("main section[aria-labelledby=leistungen] li a")
    assert [(a.get_text(strip=True), a["href"]) for a in links] == [
        ("Abfallkalender bestellen", "/rathaus/leistungen/abfallkalender/"),
        ("Anwohnerparkausweis beantragen", "/rathaus/leistungen/anwohnerparken/"),
        ("Personalausweis beantragen", "/rathaus/leistungen/personalausweis/"),
    ]
    for _title, url in [(a.get_text(), a["href"]) for a in links]:
        service = soup(built, url)
        office = service.select_one("main section[aria-labelledby=zustaendig] a")
        assert office["href"] == OFFICE
    standesamt = soup(built, "/rathaus/aemter/standesamt/")
    assert [a.get_text(strip=True) for a in standesamt.select("main #leistungen ~ ul a")] == [
        "Änderung des Familiennamens"
    ]


def test_government_office_json_ld(built):
    (data,) = json_ld(soup(built, OFFICE))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentOffice"
    assert data["name"] == "Bürgerbüro"
    assert data["url"] == PUBLIC_URL + OFFICE
    assert data["telephone"] == "06151 12-3456"
    assert data["address"]["@type"] == "PostalAddress"
    assert data["address"]["streetAddress"] == "Marktplatz 1"
    specs = data["openingHoursSpecification"]
    assert all(spec["@type"] == "OpeningHoursSpecification" for spec in specs)
    afternoon = [spec for spec in specs if spec["opens"] == "14:00" and "dayOfWeek" in spec]
    assert afternoon == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": ["https://schema.org/Thursday"],
            "opens": "14:00",
            "closes": "18:00",
        }
    ]
    christmas_eve = [spec for spec in specs if spec.get("validFrom") == "2026-12-24"]
    assert christmas_eve[0]["opens"] == christmas_eve[0]["closes"] == "00:00"


def test_tourist_information_json_ld(built):
    (data,) = json_ld(soup(built, "/tourismus/tourist-information/"))
    assert data["@type"] == "TouristInformationCenter"
    assert {spec.get("validThrough") for spec in data["openingHoursSpecification"]} >= {
        "2027-03-31"
    }


def test_open_now_markup_and_script(built):
    page = soup(built, OFFICE)
    block = page.select_one("main [data-opening-intervals]")
    intervals = json.loads(block["data-opening-intervals"])
    assert intervals[0] == ["2026-11-25T08:00:00+01:00", "2026-11-25T12:00:00+01:00"]
    assert intervals[-1][1] < "2026-12-09T00:00:00+01:00"  # 14 days from midnight
    assert block.select_one("[data-open-now-status]").get_text() == ""  # complete without JS
    script = page.find("script", src="/static/offices/open-now.js")
    assert script is not None
    assert (built / "static/offices/open-now.js").is_file()


def test_offices_landing_cards(built):
    cards = soup(built, "/rathaus/aemter/").select("main li.ms-card")
    assert [_text(card.h3) for card in cards] == ["Bürgerbüro", "Standesamt"]
    assert _text(cards[0].address) == "Marktplatz 1 64283 Testhausen"
    assert cards[0].select_one("a[href='tel:+496151123456']").get_text() == "06151 12-3456"
    assert cards[1].select_one("a[href='tel:+496151125000']") is not None


@pytest.fixture(scope="module")
def server(built) -> Iterator[str]:
    (built / "favicon.ico").write_bytes(b"")
    with serve_directory(built, headers=STRICT_CSP) as base_url:
        yield base_url


@pytest.mark.parametrize(
    ("clock", "text", "state"),
    [
        ("2026-11-25T09:30:00+01:00", "Jetzt geöffnet – bis 12:00 Uhr", "is-open"),
        ("2026-11-25T13:00:00+01:00", "Jetzt geschlossen – öffnet Do, 08:00 Uhr", "is-closed"),
        ("2026-11-26T15:00:00+01:00", "Jetzt geöffnet – bis 18:00 Uhr", "is-open"),
        ("2026-11-28T12:30:00+01:00", "Jetzt geschlossen – öffnet Mo, 08:00 Uhr", "is-closed"),
    ],
)
def test_open_now_in_chromium(browser, server, clock, text, state):
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on(
        "console",
        lambda message: errors.append(message.text) if message.type == "error" else None,
    )
    page.add_init_script(f"window.__OPEN_NOW_CLOCK__ = {json.dumps(clock)};")
    page.goto(server + OFFICE)
    page.wait_for_load_state("load")
    block = page.locator("main [data-opening-intervals]")
    shown = block.locator("[data-open-now-status]").text_content()
    classes = block.get_attribute("class").split()
    page.close()
    assert errors == []
    assert shown == text
    assert state in classes


SEASONAL = {
    "index.md": "---\ntitle: Start\n---\n",
    "ti.md": """\
        ---
        type: office
        title: Tourist-Information
        opening_hours: "Apr-Oct: Mo-Sa 09:00-18:00; Nov-Mar: Mo-Fr 10:00-16:00"
        ---
        """,
}


@pytest.mark.parametrize(
    ("day", "shows_summer"),
    [("2027-01-10", False), ("2027-02-25", True), ("2027-03-31", True), ("2027-04-02", False)],
)
def test_the_coming_season_shows_some_weeks_before_it_starts(tmp_path, day, shows_summer):
    code, report, out = build_files(tmp_path, SEASONAL, SITE_BUILD_DATE=day)
    assert code == 0, report
    html = (out / "ti/index.html").read_text(encoding="utf-8")
    assert ("Öffnungszeiten ab 1. April 2027" in html) is shows_summer
    if shows_summer:
        coming = html.split("Öffnungszeiten ab 1. April 2027</caption>")[1].split("</table>")[0]
        assert "Samstag" in coming and "09:00" in coming
