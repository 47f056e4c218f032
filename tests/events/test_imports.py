"""Events from fetched iCalendar feeds (data/<source>/feed.ics): recurrence across a DST change,
time zones, a cancelled event kept, duplicates merged by UID, marked with their source, the
editors' importe.yml (hide, category, errors as file:line), fetched text escaped."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from icalendar import Calendar

from tests.conftest import build_site, read_html
from tests.helpers import write_files

BERLIN = ZoneInfo("Europe/Berlin")
CONTENT = {
    "index.md": "---\ntitle: Start\nsummary: Start.\n---\n",
    "tourismus/index.md": "---\ntitle: Tourismus\nsummary: T.\n---\n",
    "tourismus/veranstaltungen/index.md": "---\ntitle: Veranstaltungen\nsummary: V.\n---\n",
    "tourismus/veranstaltungen/markt.md": (
        "---\ntype: event\ntitle: Markt\nsummary: Markt.\nstart: 2027-01-09 08:00\n---\n"
    ),
}
# Club feed: a weekly series at 18:30 Berlin time from 4 March to 29 April 2027 (across the
# change to summer time on 28 March), a cancelled event, and an event the region also sends.
CLUBS = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//Vereine//DE
BEGIN:VEVENT
UID:lauftreff@vereine.example
DTSTAMP:20261120T080000Z
DTSTART;TZID=Europe/Berlin:20270304T183000
DTEND;TZID=Europe/Berlin:20270304T193000
RRULE:FREQ=WEEKLY;BYDAY=TH;UNTIL=20270429T163000Z
SUMMARY:Lauftreff <script>alert(1)</script>
DESCRIPTION:Jeden Donnerstag.
CATEGORIES:Sport
END:VEVENT
BEGIN:VEVENT
UID:versammlung@vereine.example
DTSTAMP:20261120T080000Z
DTSTART;TZID=Europe/Berlin:20270122T190000
SUMMARY:Versammlung
STATUS:CANCELLED
END:VEVENT
BEGIN:VEVENT
UID:putz@region.example
DTSTAMP:20261120T080000Z
DTSTART;VALUE=DATE:20270320
DTEND;VALUE=DATE:20270321
SUMMARY:Saubere Landschaft
END:VEVENT
BEGIN:VEVENT
UID:geheim@vereine.example
DTSTAMP:20261120T080000Z
DTSTART:20270201T180000Z
SUMMARY:Ausgeblendet
END:VEVENT
END:VCALENDAR
"""
REGION = """\
BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Test//Region//DE
BEGIN:VEVENT
UID:putz@region.example
DTSTAMP:20261118T080000Z
DTSTART;VALUE=DATE:20270320
DTEND;VALUE=DATE:20270321
SUMMARY:Saubere Landschaft
END:VEVENT
BEGIN:VEVENT
UID:radtour@region.example
DTSTAMP:20261118T080000Z
DTSTART:20270502T080000Z
SUMMARY:Radtour
END:VEVENT
END:VCALENDAR
"""
OVERRIDES = """\
- uid: geheim@vereine.example
  ausblenden: ja
- uid: putz@region.example
  kategorie: Umwelt
"""
SOURCES = [
    {"name": "vereine", "kind": "ical", "url": "https://v.ex/a.ics", "organizer": "Vereine"},
    {
        "name": "region",
        "kind": "ical",
        "url": "https://r.example/b.ics",
        "organizer": "Region",
        "category": "Ausflüge",
    },
]


def data(folder: Path) -> Path:
    files = {}
    for source in SOURCES:
        meta = {"kind": "ical", "url": source["url"], "organizer": source["organizer"]}
        if "category" in source:
            meta["category"] = source["category"]
        files[f"{source['name']}/meta.json"] = json.dumps(meta)
    files["vereine/feed.ics"] = CLUBS.replace("\n", "\r\n")
    files["region/feed.ics"] = REGION.replace("\n", "\r\n")
    return write_files(folder, files)


def build(base: Path, overrides: str = OVERRIDES):
    content = write_files(
        base / "content", {**CONTENT, "tourismus/veranstaltungen/importe.yml": overrides}
    )
    return build_site(
        content,
        base / "out",
        DATA_PATH=str(data(base / "data")),
        EXTERNAL_SOURCES=SOURCES,
    )


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    base = tmp_path_factory.mktemp("imports")
    code, report = build(base)
    assert code == 0, report
    return base / "out"


def imported_pages(site: Path) -> dict[str, BeautifulSoup]:
    folder = site / "tourismus/veranstaltungen"
    pages = {}
    for page in folder.glob("*-????????/index.html"):
        html = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        pages[html.h1.get_text(strip=True)] = html
    return pages


def test_each_uid_once_hidden_left_out(site):
    assert sorted(imported_pages(site)) == [
        "Lauftreff <script>alert(1)</script>",
        "Radtour",
        "Saubere Landschaft",
        "Versammlung",
    ]


def test_duplicate_marked_with_both_sources_and_overridden_category(site):
    page = imported_pages(site)["Saubere Landschaft"]
    facts = page.select_one("dl.ms-facts").get_text(" ", strip=True)
    assert "Vereine, Region" in facts
    assert "Umwelt" in facts and "Ausflüge" not in facts


def test_category_from_source_or_feed(site):
    pages = imported_pages(site)
    assert "Ausflüge" in pages["Radtour"].select_one("dl.ms-facts").get_text()
    assert "Sport" in pages["Lauftreff <script>alert(1)</script>"].select_one("dl").get_text()


def test_cancelled_is_kept_and_shown(site):
    page = imported_pages(site)["Versammlung"]
    assert page.select_one(".ms-event-cancelled")
    listing = read_html(site, "/tourismus/veranstaltungen/")
    card = [
        c
        for c in BeautifulSoup(listing, "html.parser").select(".ms-event")
        if "Versammlung" in c.get_text()
    ]
    assert card and "is-cancelled" in card[0]["class"]


def test_series_keeps_local_time_across_the_dst_change(site):
    folder = next((site / "tourismus/veranstaltungen").glob("lauftreff-*"))
    calendar = Calendar.from_ical((folder / "event.ics").read_bytes())
    (event,) = calendar.walk("VEVENT")
    assert str(event["UID"]) == "lauftreff@vereine.example"
    import recurring_ical_events

    dates = recurring_ical_events.of(calendar).between(datetime(2027, 3, 1), datetime(2027, 5, 1))
    starts = sorted(e.decoded("DTSTART").astimezone(BERLIN) for e in dates)
    assert len(starts) == 9
    assert {s.strftime("%H:%M") for s in starts} == {"18:30"}
    assert {s.utcoffset().total_seconds() / 3600 for s in starts} == {1.0, 2.0}


def test_fetched_text_is_escaped(site):
    folder = next((site / "tourismus/veranstaltungen").glob("lauftreff-*"))
    html = (folder / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_imported_events_in_the_calendar_feed(site):
    calendar = Calendar.from_ical(
        (site / "tourismus/veranstaltungen/veranstaltungen.ics").read_bytes()
    )
    uids = sorted(str(e["UID"]) for e in calendar.walk("VEVENT"))
    assert "putz@region.example" in uids and "geheim@vereine.example" not in uids
    assert uids.count("putz@region.example") == 1


def test_override_errors_with_file_and_line(tmp_path, capsys):
    code, report = build(tmp_path, "- uid: putz@region.example\n  ausblenden: vielleicht\n")
    assert code != 0
    out = report + capsys.readouterr().err
    assert "tourismus/veranstaltungen/importe.yml:2:" in out
    assert "vielleicht" in out
