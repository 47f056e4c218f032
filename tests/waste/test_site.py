"""The waste calendar in a built site: pages, the no-JS street list, .ics, JSON and `check`."""

from __future__ import annotations

import datetime as dt
import json

import icalendar
import recurring_ical_events
from bs4 import BeautifulSoup

from tests.helpers import build_files, check_files

LANDING = """\
---
title: Abfallkalender
type: waste
summary: Wann wird bei mir abgeholt?
year: 2027
reminder: true
fractions:
  - {key: restmuell, label: Restmüll, label_en: Residual waste, colour: "#4a4f55", short: R}
  - {key: papier, label: Altpapier, colour: "#1f5fa8", short: P}
rules:
  - {fraction: restmuell, district: Nord, weekday: Do, every_weeks: 1, first: 2027-05-27}
---
Tonnen bis 6 Uhr rausstellen.
"""
STREETS = (
    "strasse;hausnummern;bezirk\r\n"
    "Ährenweg;;Nord\r\n"
    "Goethestraße;1-49 ungerade;Nord\r\n"
    "Goethestraße;2-50 gerade;Süd\r\n"
    "Zum Wald;;Süd\r\n"
)
DATES = (
    "datum;bezirk;fraktion\r\n"
    "03.06.2027;Nord;papier\r\n"
    "2027-06-04;Süd;papier\r\n"
    "2027-06-11;Süd;restmuell\r\n"
)


def files(streets=STREETS, dates=DATES, landing=LANDING) -> dict:
    return {
        "index.md": "---\ntitle: Musterstadt\n---\nWillkommen.\n",
        "index.en.md": "---\ntitle: Musterstadt\n---\nWelcome.\n",
        "rathaus/index.md": "---\ntitle: Rathaus\n---\nText.\n",
        "rathaus/abfall/index.md": landing,
        "rathaus/abfall/index.en.md": landing.replace("title: Abfallkalender", "title: Waste"),
        "rathaus/abfall/strassen.csv": streets.encode("cp1252"),
        "rathaus/abfall/termine.csv": b"\xef\xbb\xbf" + dates.encode("utf-8"),
    }


def soup(path) -> BeautifulSoup:
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_landing_lists_streets_a_to_z_without_javascript(tmp_path):
    code, report, out = build_files(tmp_path, files())
    assert code == 0, report
    page = soup(out / "rathaus/abfall/index.html")
    letters = [a.get_text() for a in page.select(".ms-waste-letters a")]
    assert letters == ["A", "G", "Z"]  # Ä sorts under A
    for link in page.select(".ms-waste-letters a"):
        assert page.find(id=link["href"][1:]) is not None
    goethe = page.find("li", attrs={"data-waste-street": "goethestraße"})
    parts = [(a.get_text(strip=True), a["href"]) for a in goethe.select("a")]
    assert parts == [
        ("Nr. 1–49 ungerade", "/rathaus/abfall/bezirk-nord/"),
        ("Nr. 2–50 gerade", "/rathaus/abfall/bezirk-sued/"),
    ]
    # The filter is hidden until the script shows it; its result is announced politely.
    box = page.select_one("[data-waste-filter]")
    assert box.has_attr("hidden")
    assert box.select_one("[role=status][aria-live=polite]") is not None
    assert page.select_one("script[src*='street-filter.js']") is not None
    # No form is sent anywhere: the address stays in the browser.
    assert page.select_one("main form") is None


def test_district_page_next_per_fraction_then_months_with_holiday(tmp_path):
    code, report, out = build_files(tmp_path, files())
    assert code == 0, report
    page = soup(out / "rathaus/abfall/bezirk-nord/index.html")
    nexts = [li.get_text(" ", strip=True) for li in page.select(".ms-waste-next li")]
    # Fronleichnam 2027 (Thursday 27 May) is a holiday in HE: that collection moves to Friday.
    assert nexts[0] == "R Restmüll : Fr., 28. Mai (verschoben wegen Feiertag (Fronleichnam))"
    assert nexts[1].startswith("P Altpapier : Do., 3. Juni"), nexts
    moved = page.find("time", attrs={"datetime": "2027-05-28"}).parent
    assert "verschoben wegen Feiertag (Fronleichnam)" in moved.get_text()
    # Colour is never alone: each badge has a letter and the fraction's name beside it.
    badge = page.select_one(".ms-waste-badge")
    assert badge.get_text() == "R" and "Restmüll" in badge.parent.get_text()
    months = [h.get_text() for h in page.select(".ms-waste-month h3")]
    assert months[:2] == ["Mai 2027", "Juni 2027"]
    assert len(months) == 8  # May to December
    english = soup(out / "en/rathaus/abfall/bezirk-nord/index.html")
    assert "Residual waste" in english.select_one(".ms-waste-next").get_text()
    assert "moved because of a public holiday" in english.get_text()


def test_bin_colours_come_from_a_stylesheet_not_style_attributes(tmp_path):
    # The site's Content-Security-Policy blocks style attributes; the town's colours are data.
    code, report, out = build_files(tmp_path, files())
    assert code == 0, report
    for path in ("rathaus/abfall/index.html", "en/rathaus/abfall/bezirk-nord/index.html"):
        page = soup(out / path)
        assert page.select("[style]") == [], path
        links = [link["href"] for link in page.select("link[rel=stylesheet]")]
        assert "/rathaus/abfall/abfallfarben.css" in links, links
    css = (out / "rathaus/abfall/abfallfarben.css").read_text()
    assert ".ms-waste-badge--restmuell { background: #4a4f55; color: #ffffff; }" in css
    assert ".ms-waste-badge--papier { background: #1f5fa8; color: #ffffff; }" in css


def test_no_fronleichnam_shift_in_a_land_without_it(tmp_path):
    code, report, out = build_files(tmp_path, files(), LAND="NI")
    assert code == 0, report
    page = soup(out / "rathaus/abfall/bezirk-nord/index.html")
    assert page.find("time", attrs={"datetime": "2027-05-27"}) is not None
    assert "Feiertag" not in page.select_one(".ms-waste-months").get_text()


def test_ics_per_district_parses_with_reminders_and_stable_uids(tmp_path):
    code, report, out = build_files(tmp_path, files())
    assert code == 0, report
    data = (out / "rathaus/abfall/bezirk-nord/abfuhrtermine.ics").read_bytes()
    calendar = icalendar.Calendar.from_ical(data)
    events = list(calendar.walk("VEVENT"))
    assert len({str(e["UID"]) for e in events}) == len(events)
    for event in events:  # all-day, with a reminder at 18:00 the evening before
        assert type(event.decoded("DTSTART")) is dt.date
        assert event.decoded("DTEND") == event.decoded("DTSTART") + dt.timedelta(days=1)
        assert event.walk("VALARM")[0].decoded("TRIGGER") == -dt.timedelta(hours=6)
    # The rule is one series; the day Fronleichnam moved is excluded and stands on its own.
    (series,) = [e for e in events if "RRULE" in e]
    assert series.decoded("DTSTART") == dt.date(2027, 5, 27)
    occurrences = recurring_ical_events.of(calendar).between(
        dt.date(2027, 1, 1), dt.date(2028, 1, 1)
    )
    days = sorted((e.decoded("DTSTART"), str(e["SUMMARY"])) for e in occurrences)
    page = soup(out / "rathaus/abfall/bezirk-nord/index.html")
    shown = sorted(
        (
            dt.date.fromisoformat(li.time["datetime"]),
            li.select_one(".ms-waste-fraction").get_text(" ", strip=True)[2:],
        )
        for li in page.select(".ms-waste-month li")
    )
    assert days == shown
    assert (dt.date(2027, 5, 28), "Restmüll") in days
    assert (dt.date(2027, 5, 27), "Restmüll") not in days
    assert (dt.date(2027, 6, 3), "Altpapier") in days
    moved = [e for e in events if e.decoded("DTSTART") == dt.date(2027, 5, 28)]
    assert "Fronleichnam" in str(moved[0]["DESCRIPTION"])
    page = soup(out / "en/rathaus/abfall/bezirk-nord/index.html")
    links = [a["href"] for a in page.select(".ms-waste-subscribe a")]
    assert "/rathaus/abfall/bezirk-nord/abfuhrtermine.ics" in links
    # A second build of a later day writes the same bytes (stable DTSTAMP, no clock).
    code, report, again = build_files(tmp_path / "b", files(), SITE_BUILD_DATE="2026-12-20")
    assert (again / "rathaus/abfall/bezirk-nord/abfuhrtermine.ics").read_bytes() == data


def test_one_calendar_per_fraction_holds_that_fractions_dates(tmp_path):
    code, report, out = build_files(tmp_path, files())
    assert code == 0, report
    page = soup(out / "en/rathaus/abfall/bezirk-nord/index.html")
    links = [a["href"] for a in page.select(".ms-waste-fraction-calendars a[download]")]
    assert links == [
        "/rathaus/abfall/bezirk-nord/restmuell.ics",
        "/rathaus/abfall/bezirk-nord/papier.ics",
    ]
    whole = icalendar.Calendar.from_ical(
        (out / "rathaus/abfall/bezirk-nord/abfuhrtermine.ics").read_bytes()
    )

    def days(calendar, summary=None):
        found = recurring_ical_events.of(calendar).between(dt.date(2027, 1, 1), dt.date(2028, 1, 1))
        return sorted(
            (e.decoded("DTSTART"), str(e["UID"]))
            for e in found
            if summary is None or str(e["SUMMARY"]) == summary
        )

    for key, label in (("restmuell", "Restmüll"), ("papier", "Altpapier")):
        data = (out / f"rathaus/abfall/bezirk-nord/{key}.ics").read_bytes()
        calendar = icalendar.Calendar.from_ical(data)
        assert days(calendar) == days(whole, label), key
        assert str(calendar["X-WR-CALNAME"]).endswith(f"({label})")


def test_json_for_apps(tmp_path):
    code, report, out = build_files(tmp_path, files())
    assert code == 0, report
    data = json.loads((out / "rathaus/abfall/abfuhrtermine.json").read_text(encoding="utf-8"))
    assert {"street": "Goethestraße", "numbers": {"first": 2, "last": 50, "parity": "even"},
            "district": "Süd"} in data["streets"]  # fmt: skip
    assert {"date": "2027-06-04", "fraction": "papier"} in data["districts"]["Süd"]
    assert {"date": "2027-05-28", "fraction": "restmuell", "moved_from": "2027-05-27",
            "holiday": "Fronleichnam"} in data["districts"]["Nord"]  # fmt: skip


def test_bad_input_is_reported_all_at_once(tmp_path):
    streets = STREETS + "Zum Wald;1-9;Süd\r\nAm Hang;;Ost\r\nBergweg;1-x;Nord\r\n"
    dates = DATES + "2026-12-31;Nord;papier\r\n2027-02-01;Nord;glas\r\nkaputt\r\n"
    landing = LANDING.replace("every_weeks: 1,", "every_weeks: 1, season: 13-2,")
    code, report = check_files(tmp_path, files(streets, dates, landing))
    assert code != 0
    assert "Traceback" not in report
    expected = [
        "rathaus/abfall/strassen.csv:6: The house numbers of 'Zum Wald' overlap with line 5",
        "rathaus/abfall/strassen.csv:7: The district 'Ost' has no dates",
        "rathaus/abfall/strassen.csv:8: The house numbers '1-x' cannot be understood",
        "rathaus/abfall/termine.csv:5: The date 2026-12-31 is not in the calendar year 2027",
        "rathaus/abfall/termine.csv:6: The waste type 'glas' is not configured",
        "rathaus/abfall/termine.csv:7: The line has 1 columns instead of 3",
        "rathaus/abfall/index.md:",
    ]
    for line in expected:
        assert line in report, f"{line!r} missing in:\n{report}"
    assert "The season '13-2' cannot be understood" in report


PROVIDER_ICS = b"""BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//Entsorger//Portal//DE\r
BEGIN:VEVENT\r
UID:1@entsorger.example\r
DTSTAMP:20261101T000000Z\r
DTSTART;VALUE=DATE:20270609\r
SUMMARY:Altpapier\r
END:VEVENT\r
BEGIN:VEVENT\r
UID:2@entsorger.example\r
DTSTAMP:20261101T000000Z\r
DTSTART;VALUE=DATE:20270616\r
SUMMARY:Restm\xc3\xbcll 14-t\xc3\xa4glich\r
END:VEVENT\r
END:VCALENDAR\r
"""


def test_a_providers_ics_per_district(tmp_path):
    site = files(STREETS + "Ostweg;;ost\r\n")
    site["rathaus/abfall/bezirk-ost.ics"] = PROVIDER_ICS
    code, report, out = build_files(tmp_path, site)
    assert code == 0, report
    page = soup(out / "rathaus/abfall/bezirk-ost/index.html")
    nexts = [li.get_text(" ", strip=True) for li in page.select(".ms-waste-next li")]
    assert nexts == ["R Restmüll : Mi., 16. Juni", "P Altpapier : Mi., 9. Juni"]
