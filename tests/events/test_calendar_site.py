"""The events calendar built from a small tourism site at fixed build dates: listings by month,
upcoming/past splitting, category pages, JSON-LD, every .ics parsed with icalendar (dates,
recurrences across the daylight-saving changes, time zones), and bad input."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
import recurring_ical_events
from icalendar import Calendar

from tests.conftest import build_site, read_html
from tests.helpers import check_files, write_files

BERLIN = ZoneInfo("Europe/Berlin")
DOMAIN = "localhost"  # from SITE_PUBLIC_URL in pelicanconf.py

MARKT = """\
---
type: poi
title: Marktplatz
summary: Der Platz in der Mitte.
geo:
  lat: 49.8723
  lon: 8.6541
address:
  street: Marktplatz 1
  postal_code: "64283"
  city: Musterstadt
---
"""
# Saturdays 10-12 from 6 March to 6 November 2027: across the change to summer time
# (28 March) and back to winter time (31 October).
WOCHENMARKT = """\
---
title: Wochenmarkt
summary: Jeden Samstag Markt.
start: 2027-03-06 10:00
end: 2027-03-06 12:00
recurrence: FREQ=WEEKLY;BYDAY=SA;UNTIL=20271106
location: markt
categories: [Markt]
price: Eintritt frei
organizer: Marktverwaltung
---
Obst und Gemüse.
"""
WOCHENMARKT_EN = """\
---
title: Weekly market
summary: Market every Saturday.
start: 2027-03-06 10:00
end: 2027-03-06 12:00
recurrence: FREQ=WEEKLY;BYDAY=SA;UNTIL=20271106
location: markt
categories: [Market]
---
"""
# All-day over two days.
OSTERMARKT = """\
---
title: Ostermarkt
summary: Zwei Tage Ostermarkt.
start: 2027-04-10
end: 2027-04-11
location: markt
categories: [Markt, Familie]
---
"""
VORTRAG = """\
---
title: Vortrag Stadtgeschichte
summary: Ein Abend über 800 Jahre.
start: 2027-01-15 18:00
end: 2027-01-15 20:00
location:
  name: Volkshochschule
  address:
    street: Schulstraße 3
    postal_code: "64283"
    city: Musterstadt
categories: [Vortrag]
---
"""
KONZERT = """\
---
title: Frühlingskonzert
summary: Ein Konzert im Mai.
start: 2027-05-01 19:00
end: 2027-05-01 21:00
location: markt
categories: [Musik]
price: 12,00 Euro, ermäßigt 8,00 Euro
registration: https://tickets.example.org/konzert
cancelled: true
---
"""
FILES = {
    "index.md": "---\ntitle: Startseite\n---\n",
    "index.en.md": "---\ntitle: Home\n---\n",
    "index.ls.md": "---\ntitle: Startseite\n---\n",
    "orte/index.md": "---\ntitle: Orte\ndefault_type: poi\n---\n",
    "orte/markt.md": MARKT,
    "termine/index.md": "---\ntitle: Termine\ndefault_type: event\n---\n",
    "termine/index.en.md": "---\ntype: page\ntitle: Dates\nslug: dates\n---\n",
    "termine/wochenmarkt.md": WOCHENMARKT,
    "termine/wochenmarkt.en.md": WOCHENMARKT_EN,
    "termine/ostermarkt.md": OSTERMARKT,
    "termine/vortrag.md": VORTRAG,
    "termine/konzert.md": KONZERT,
}
SATURDAYS = 36  # 6 March .. 6 November 2027


@pytest.fixture(scope="module")
def content(tmp_path_factory) -> Path:
    return write_files(tmp_path_factory.mktemp("tourism"), FILES)


def build_at(content: Path, output: Path, day: str) -> Path:
    code, report = build_site(content, output, SITE_BUILD_DATE=day)
    assert code == 0, report
    return output


@pytest.fixture(scope="module")
def april(content, tmp_path_factory) -> Path:
    """Built on 1 April 2027."""
    return build_at(content, tmp_path_factory.mktemp("april"), "2027-04-01")


def upcoming_titles(site: Path, url: str = "/termine/") -> list[str]:
    html = read_html(site, url)
    return re.findall(r'<h3 class="ms-card__title"><a href="[^"]+">([^<]+)</a>', html)


def ics(site: Path, path: str) -> Calendar:
    return Calendar.from_ical((site / path.lstrip("/")).read_bytes())


def json_ld(html: str) -> dict:
    """The page's Event graph (its BreadcrumbList is checked in tests/validators)."""
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    [graph] = [data for data in map(json.loads, blocks) if "@graph" in data]
    return graph


# --- listings and splitting -----------------------------------------------------------------


def test_listing_groups_upcoming_dates_by_month(april):
    html = read_html(april, "/termine/")
    months = re.findall(r'<h2 id="month-[^"]+">([^<]+)</h2>', html)
    assert months == [
        "April 2027",
        "Mai 2027",
        "Juni 2027",
        "Juli 2027",
        "August 2027",
        "September 2027",
        "Oktober 2027",
        "November 2027",
    ]
    titles = upcoming_titles(april)
    assert titles[:3] == ["Wochenmarkt", "Ostermarkt", "Wochenmarkt"]  # 3 Apr, 10 Apr all day
    assert titles.count("Wochenmarkt") == 32  # 3 April .. 6 November
    assert "Vortrag Stadtgeschichte" not in titles
    assert "Samstag, 3. April 2027, 10:00–12:00 Uhr" in html
    assert "10. April 2027 – 11. April 2027" in html


def test_cancelled_event_is_listed_and_says_so_in_words(april):
    html = read_html(april, "/termine/")
    entry = html[html.index("Frühlingskonzert") - 400 : html.index("Frühlingskonzert") + 300]
    assert "is-cancelled" in entry
    assert '<span class="ms-badge ms-badge--cancelled">Abgesagt</span>' in entry


def test_entries_carry_their_end_for_hide_past_js(april):
    html = read_html(april, "/termine/")
    assert 'data-event-end="2027-04-03T12:00:00+02:00"' in html
    assert 'data-event-end="2027-04-12T00:00:00+02:00"' in html  # all-day: the next midnight


def test_english_listing_has_english_events_only(april):
    titles = upcoming_titles(april, "/en/dates/")
    assert set(titles) == {"Weekly market"}
    html = read_html(april, "/en/dates/")
    assert "Saturday 3 April 2027, 10:00–12:00" in html
    assert '<h2 id="month-2027-04-01">April 2027</h2>' in html


def test_past_events_are_in_the_archive(april):
    assert upcoming_titles(april, "/termine/archiv/") == ["Vortrag Stadtgeschichte"]
    html = read_html(april, "/termine/vortrag/")
    assert "Diese Veranstaltung hat bereits stattgefunden." in html
    assert "data-event-end" not in html


@pytest.mark.parametrize(
    "day, listed, archived",
    [
        ("2027-04-11", True, False),  # second day of the two-day market: still on
        ("2027-04-12", False, True),
    ],
)
def test_multi_day_event_is_upcoming_through_its_last_day(content, tmp_path, day, listed, archived):
    site = build_at(content, tmp_path, day)
    assert ("Ostermarkt" in upcoming_titles(site)) is listed
    assert ("Ostermarkt" in upcoming_titles(site, "/termine/archiv/")) is archived


def test_category_pages_filter_without_javascript(april):
    assert set(upcoming_titles(april, "/termine/kategorie/markt/")) == {"Wochenmarkt", "Ostermarkt"}
    assert upcoming_titles(april, "/termine/kategorie/musik/") == ["Frühlingskonzert"]
    assert upcoming_titles(april, "/termine/kategorie/vortrag/") == []
    html = read_html(april, "/termine/")
    for slug in ("familie", "markt", "musik", "vortrag"):
        assert f'href="/termine/kategorie/{slug}/"' in html
    page = read_html(april, "/termine/kategorie/markt/")
    assert '<a href="/termine/kategorie/markt/" aria-current="page">Markt</a>' in page


def test_category_page_links_its_translation(april):
    html = read_html(april, "/termine/kategorie/markt/")
    assert 'hreflang="en" href="http://localhost:8000/en/dates/category/market/"' in html


def test_home_page_block_shows_the_next_dates_of_different_events(april):
    html = read_html(april, "/")
    block = html[html.index('id="home-events"') :]
    block = block[: block.index("</section>")]
    assert re.findall(r'ms-card__title"><a href="([^"]+)"', block) == [
        "/termine/wochenmarkt/",
        "/termine/ostermarkt/",
        "/termine/konzert/",
    ]


# --- event pages and JSON-LD ----------------------------------------------------------------


def test_recurring_event_page_shows_ten_dates_and_how_many_more(april):
    html = read_html(april, "/termine/wochenmarkt/")
    assert html.count("<li data-event-end=") == 10
    assert "und 22 weitere Termine" in html
    assert 'href="/termine/wochenmarkt/event.ics"' in html and "Zum Kalender hinzufügen" in html
    assert '<a href="/orte/markt/">Marktplatz</a>' in html


def test_event_json_ld_one_event_per_date_with_offsets(april):
    data = json_ld(read_html(april, "/termine/wochenmarkt/"))
    events = data["@graph"]
    assert data["@context"] == "https://schema.org" and len(events) == 10
    first = events[0]
    assert first["@type"] == "Event"
    assert first["startDate"] == "2027-04-03T10:00:00+02:00"
    assert first["endDate"] == "2027-04-03T12:00:00+02:00"
    assert first["eventStatus"] == "https://schema.org/EventScheduled"
    assert first["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert first["location"]["geo"] == {
        "@type": "GeoCoordinates",
        "latitude": 49.8723,
        "longitude": 8.6541,
    }
    assert first["offers"]["price"] == "0" and first["offers"]["priceCurrency"] == "EUR"


def test_cancelled_event_json_ld_and_banner(april):
    html = read_html(april, "/termine/konzert/")
    assert "Diese Veranstaltung ist abgesagt." in html
    [event] = json_ld(html)["@graph"]
    assert event["eventStatus"] == "https://schema.org/EventCancelled"
    assert event["offers"]["price"] == "12.00"
    assert event["offers"]["url"] == "https://tickets.example.org/konzert"
    assert event["startDate"] == "2027-05-01T19:00:00+02:00"


def test_written_location_becomes_a_place_with_address(april):
    [event] = json_ld(read_html(april, "/termine/vortrag/"))["@graph"]
    assert event["location"] == {
        "@type": "Place",
        "name": "Volkshochschule",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "Schulstraße 3",
            "postalCode": "64283",
            "addressLocality": "Musterstadt",
            "addressCountry": "DE",
        },
    }
    assert event["startDate"] == "2027-01-15T18:00:00+01:00"
    assert "offers" not in event


# --- iCalendar --------------------------------------------------------------------------------


def test_every_ics_file_parses_and_is_stamped_with_the_build_date(april):
    files = sorted(april.rglob("*.ics"))
    # 5 event files (4 German, 1 English) + 2 feeds + 4 German and 1 English category feeds
    assert len(files) == 12
    for path in files:
        calendar = Calendar.from_ical(path.read_bytes())
        assert calendar["VERSION"] == "2.0"
        for event in calendar.walk("VEVENT"):
            assert event["DTSTAMP"].dt == datetime(2027, 4, 1, tzinfo=UTC)
            assert event["UID"].endswith("@" + DOMAIN)
        if any(isinstance(e["DTSTART"].dt, datetime) for e in calendar.walk("VEVENT")):
            assert [tz["TZID"] for tz in calendar.walk("VTIMEZONE")] == ["Europe/Berlin"]


def test_recurring_event_keeps_its_rrule_and_wall_clock_time_across_dst(april):
    calendar = ics(april, "/termine/wochenmarkt/event.ics")
    [event] = calendar.walk("VEVENT")
    assert event["UID"] == f"wochenmarkt@{DOMAIN}"
    assert event["DTSTART"].params["TZID"] == "Europe/Berlin"
    rule = event["RRULE"]
    assert rule["FREQ"] == ["WEEKLY"] and rule["BYDAY"] == ["SA"]
    dates = recurring_ical_events.of(calendar).between(date(2027, 1, 1), date(2028, 1, 1))
    starts = [occurrence["DTSTART"].dt for occurrence in dates]
    assert len(starts) == SATURDAYS
    assert all(start.astimezone(BERLIN).hour == 10 for start in starts)
    offsets = {start.date(): start.utcoffset() for start in starts}
    assert offsets[date(2027, 3, 27)] == timedelta(hours=1)  # last winter-time Saturday
    assert offsets[date(2027, 4, 3)] == timedelta(hours=2)
    assert offsets[date(2027, 10, 30)] == timedelta(hours=2)  # last summer-time Saturday
    assert offsets[date(2027, 11, 6)] == timedelta(hours=1)


def test_all_day_event_has_exclusive_date_end(april):
    [event] = ics(april, "/termine/ostermarkt/event.ics").walk("VEVENT")
    assert event["DTSTART"].dt == date(2027, 4, 10)
    assert event["DTEND"].dt == date(2027, 4, 12)
    assert str(event["LOCATION"]) == "Marktplatz, Marktplatz 1, 64283 Musterstadt"


def test_cancelled_event_has_status_cancelled(april):
    [event] = ics(april, "/termine/konzert/event.ics").walk("VEVENT")
    assert event["STATUS"] == "CANCELLED"


def test_feeds_hold_upcoming_events_only(april):
    uids = {str(e["UID"]) for e in ics(april, "/termine/veranstaltungen.ics").walk("VEVENT")}
    assert uids == {f"{key}@{DOMAIN}" for key in ("wochenmarkt", "ostermarkt", "konzert")}
    markt = ics(april, "/termine/kategorie/markt/veranstaltungen.ics")
    assert {str(e["UID"]) for e in markt.walk("VEVENT")} == {
        f"wochenmarkt@{DOMAIN}",
        f"ostermarkt@{DOMAIN}",
    }
    english = ics(april, "/en/dates/events.ics")
    [event] = english.walk("VEVENT")
    assert str(event["SUMMARY"]) == "Weekly market"
    assert event["SUMMARY"].params["LANGUAGE"] == "en"
    html = read_html(april, "/termine/")
    assert 'href="webcal://localhost:8000/termine/veranstaltungen.ics"' in html


def test_calendar_files_are_reproducible(content, april, tmp_path):
    again = build_at(content, tmp_path, "2027-04-01")
    for path in sorted(april.rglob("*.ics")):
        assert (again / path.relative_to(april)).read_bytes() == path.read_bytes(), path


# --- bad input ------------------------------------------------------------------------------


def check(tmp_path: Path, files: dict[str, str]) -> tuple[int, str]:
    return check_files(tmp_path, {"orte/markt.md": MARKT, **files})


EVENT = "---\ntype: event\ntitle: T\nsummary: S\nstart: 2027-05-01 18:00\n{extra}---\n"
BAD_INPUT = {
    "end_before_start": (
        "end: 2027-04-30 20:00\n",
        "e.md:6: field 'end': the event ends (2027-04-30 20:00:00+02:00) before it starts "
        "(2027-05-01 18:00:00+02:00) — check both dates; 'end' must be the same as or after "
        "'start'\n",
    ),
    "unknown_weekday_in_rrule": (
        "recurrence: FREQ=WEEKLY;BYDAY=XX\n",
        "e.md:6: field 'recurrence': unknown weekday 'XX' — use MO,TU,WE,TH,FR,SA,SU\n",
    ),
    "start_not_a_date_of_the_rule": (
        "recurrence: FREQ=WEEKLY;BYDAY=SU\n",
        "e.md:6: field 'recurrence': the start 2027-05-01 is a Saturday, which the rule does "
        "not include — move the start to the first date of the series\n",
    ),
    "rrule_without_freq": (
        "recurrence: BYDAY=SA\n",
        "e.md:6: field 'recurrence': FREQ is missing — add e.g. FREQ=WEEKLY\n",
    ),
    "unknown_location": (
        "location: rathausplatz\n",
        "e.md:6: field 'location': there is no page of type 'poi' or 'office' with the key "
        "'rathausplatz' — possible keys: markt\n",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_INPUT))
def test_bad_event_input_names_file_line_and_fix(tmp_path, case):
    extra, message = BAD_INPUT[case]
    code, report = check(tmp_path, {"e.md": EVENT.format(extra=extra)})
    assert code == 1
    assert message in report
    assert report.count(" — ") == 1, report  # one fix per problem, never two
