"""Kind "ical": a feed is stored as received; a broken one keeps the last good feed."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
import recurring_ical_events
from icalendar import Calendar

from tests.fetch.helpers import NOW, run_fetch, snapshot
from tests.fetch.loopback import Answer, Loopback

FEEDS = Path(__file__).parent / "feeds"
NOW_LATER = NOW + timedelta(days=1)
GOOD = (FEEDS / "recurring_across_dst_cancelled_duplicate.ics").read_bytes()


class Feed:
    """A server with one feed at /vereine.ics whose content a test can swap."""

    def __init__(self, body: bytes = GOOD):
        self.body, self.status = body, 200
        self.server = Loopback(
            lambda seen: Answer(self.status, self.body, {"Content-Type": "text/calendar"})
        )

    def source(self, **extra) -> dict:
        return {
            "name": "vereine",
            "kind": "ical",
            "url": self.server.url("/vereine.ics"),
            "organizer": "Vereinsring Musterstadt",
            "category": "Vereine",
            "location": "buergerhaus-eichenau",
            **extra,
        }


@pytest.fixture
def feed():
    served = Feed()
    with served.server:
        yield served


def test_the_feed_is_stored_as_received_with_what_the_import_needs(tmp_path, feed):
    code, lines = run_fetch(tmp_path, [feed.source()])
    folder = tmp_path / "data" / "vereine"
    assert code == 0
    assert lines == [
        "vereine (iCalendar): 5 Veranstaltungen geladen, davon 1 abgesagt; "
        "1 Link nicht http(s) (der Import übergeht ihn)"
    ]
    assert sorted(p.name for p in folder.iterdir()) == ["feed.ics", "meta.json"]
    assert (folder / "feed.ics").read_bytes() == GOOD
    assert json.loads((folder / "meta.json").read_text(encoding="utf-8")) == {
        "kind": "ical",
        "url": feed.server.url("/vereine.ics"),
        "fetched_at": "2026-11-25T02:00:00+00:00",
        "organizer": "Vereinsring Musterstadt",
        "category": "Vereine",
        "location": "buergerhaus-eichenau",
        "events": 5,
        "cancelled": 1,
        "duplicate_uids": ["konzert-2027-04@vereinsring.musterstadt.example"],
        "links_not_http": [
            {
                "uid": "vortrag-2027-02@vereinsring.musterstadt.example",
                "property": "URL",
                "value": "javascript:alert(document.cookie)",
            }
        ],
    }


def test_a_recurring_event_keeps_its_local_time_across_the_dst_change(tmp_path, feed):
    run_fetch(tmp_path, [feed.source()])
    stored = Calendar.from_ical((tmp_path / "data" / "vereine" / "feed.ics").read_bytes())
    rehearsals = [
        o
        for o in recurring_ical_events.of(stored).between(date(2027, 3, 1), date(2027, 4, 30))
        if str(o["UID"]).startswith("chorprobe")
    ]
    starts = [o["DTSTART"].dt for o in rehearsals]
    assert [(s.date().isoformat(), s.strftime("%H:%M")) for s in starts] == [
        ("2027-03-18", "19:30"),
        ("2027-03-25", "19:30"),
        ("2027-04-01", "19:30"),  # summer time since 28 March
        ("2027-04-08", "19:30"),
    ]
    assert [s.utcoffset() for s in starts] == [timedelta(hours=h) for h in (1, 1, 2, 2)]


def test_cancelled_events_and_duplicate_uids_stay_as_the_feed_sent_them(tmp_path, feed):
    run_fetch(tmp_path, [feed.source()])
    stored = Calendar.from_ical((tmp_path / "data" / "vereine" / "feed.ics").read_bytes())
    events = stored.walk("VEVENT")
    assert [str(e["UID"]) for e in events].count(
        "konzert-2027-04@vereinsring.musterstadt.example"
    ) == 2
    assert [str(e.get("STATUS")) for e in events if str(e["UID"]).startswith("flohmarkt")] == [
        "CANCELLED"
    ]


def test_script_in_a_feed_is_kept_as_text(tmp_path, feed):
    run_fetch(tmp_path, [feed.source()])
    assert (
        b"SUMMARY:Vortrag <script>alert(1)</script> zur Stadtgeschichte"
        in (tmp_path / "data" / "vereine" / "feed.ics").read_bytes()
    )


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            (FEEDS / "truncated_download.ics").read_bytes(),
            "sendet keinen gültigen iCalendar-Inhalt (Found no components where exactly one is "
            "required: ",
        ),
        (
            b"<!DOCTYPE html><html><body>Wartungsarbeiten</body></html>",
            "sendet keinen gültigen iCalendar-Inhalt (Content line could not be parsed",
        ),
        (
            (FEEDS / "impossible_date.ics").read_bytes(),
            "sendet einen fehlerhaften Eintrag (VEVENT sommerfest@vereinsring.musterstadt.example, "
            "DTSTART: ",
        ),
        (b"", "sendet keinen gültigen iCalendar-Inhalt ("),
        (
            b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Erika Musterfrau\r\nEND:VCARD\r\n",
            "sendet keinen Kalender",
        ),
    ],
    ids=["truncated", "html-page", "impossible-date", "empty", "vcard"],
)
def test_a_broken_feed_keeps_the_last_good_one(tmp_path, feed, body, reason):
    run_fetch(tmp_path, [feed.source()])
    before = snapshot(tmp_path / "data")
    feed.body = body
    code, lines = run_fetch(tmp_path, [feed.source()], now=NOW_LATER)
    assert code == 0
    assert len(lines) == 1
    assert lines[0].startswith("vereine (iCalendar): " + reason), lines[0]
    assert lines[0].endswith(" — die Daten vom 25.11.2026 bleiben")
    assert snapshot(tmp_path / "data") == before


def test_a_failing_server_keeps_the_last_good_feed(tmp_path, feed):
    run_fetch(tmp_path, [feed.source()])
    before = snapshot(tmp_path / "data")
    feed.status = 503
    code, lines = run_fetch(tmp_path, [feed.source()], now=NOW_LATER)
    assert (code, lines) == (
        0,
        [
            f"vereine (iCalendar): antwortet mit Fehler 503 ({feed.server.url('/vereine.ics')}) "
            "— die Daten vom 25.11.2026 bleiben"
        ],
    )
    assert snapshot(tmp_path / "data") == before


def test_not_modified_keeps_the_files_untouched(tmp_path, feed):
    run_fetch(tmp_path, [feed.source()])
    before = snapshot(tmp_path / "data")
    code, lines = run_fetch(tmp_path, [feed.source()], now=NOW_LATER)
    last = feed.server.requests[-1]
    assert (code, lines) == (0, ["vereine (iCalendar): unverändert seit dem letzten Abruf"])
    assert last.headers["If-None-Match"] and last.status == 304
    assert snapshot(tmp_path / "data") == before


def test_validators_are_not_used_once_the_files_changed(tmp_path, feed):
    run_fetch(tmp_path, [feed.source()])
    (tmp_path / "data" / "vereine" / "feed.ics").write_bytes(b"edited by hand")
    _, lines = run_fetch(tmp_path, [feed.source()], now=NOW_LATER)
    assert "If-None-Match" not in feed.server.requests[-1].headers
    assert (tmp_path / "data" / "vereine" / "feed.ics").read_bytes() == GOOD
    assert lines[0].startswith("vereine (iCalendar): 5 Veranstaltungen geladen")


def test_a_changed_feed_replaces_the_old_one(tmp_path, feed):
    run_fetch(tmp_path, [feed.source()])
    feed.body = GOOD.replace(b"COUNT=4", b"COUNT=6")
    _, lines = run_fetch(tmp_path, [feed.source()], now=NOW_LATER)
    assert lines[0].startswith("vereine (iCalendar): 5 Veranstaltungen geladen")
    meta = json.loads((tmp_path / "data" / "vereine" / "meta.json").read_text(encoding="utf-8"))
    assert (tmp_path / "data" / "vereine" / "feed.ics").read_bytes() == feed.body
    assert meta["fetched_at"] == "2026-11-26T02:00:00+00:00"
