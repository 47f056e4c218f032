"""The demo town's waste calendar: every district's .ics, expanded by recurring-ical-events,
gives exactly the dates its page lists (series, exceptions and single dates agree)."""

import datetime as dt

import icalendar
import pytest
import recurring_ical_events
from bs4 import BeautifulSoup

DISTRICTS = [f"bezirk-{n}" for n in range(1, 7)]


@pytest.mark.parametrize("district", DISTRICTS)
def test_ics_expands_to_the_dates_on_the_page(site, district):
    folder = site / "rathaus" / "abfall" / district
    calendar = icalendar.Calendar.from_ical((folder / "abfuhrtermine.ics").read_bytes())
    occurrences = recurring_ical_events.of(calendar).between(
        dt.date(2026, 11, 25), dt.date(2028, 1, 1)
    )
    from_ics = sorted((e.decoded("DTSTART"), str(e["SUMMARY"])) for e in occurrences)
    page = BeautifulSoup((folder / "index.html").read_text(encoding="utf-8"), "html.parser")
    on_page = sorted(
        (
            dt.date.fromisoformat(li.time["datetime"]),
            li.select_one(".ms-waste-fraction").get_text(" ", strip=True)[2:],
        )
        for li in page.select(".ms-waste-month li")
    )
    assert len(on_page) > 60
    assert from_ics == on_page
    # Far fewer entries to encode than dates: rhythms are series.
    assert len(list(calendar.walk("VEVENT"))) < len(on_page) / 2
