"""`date` and `modified` with a time of day: the news page, the list, the Atom feed and the JSON-LD
use it; a day without a time still works beside it."""

from __future__ import annotations

import feedparser
import pytest

from tests.conftest import read_html
from tests.helpers import build_files
from tests.news.town_site import parts

SITE = {
    "index.md": "---\ntitle: Start\n---\n",
    "rathaus/index.md": "---\ntitle: Rathaus\n---\n",
    "rathaus/aktuelles/index.md": "---\ntitle: Aktuelles\ndefault_type: news\n---\n",
    "rathaus/aktuelles/morgens.md": """\
        ---
        title: Sperrung am Morgen
        summary: Die Hauptstraße ist gesperrt.
        date: 2026-11-20 10:30
        modified: 21.11.2026 08:15
        ---
        Umleitung über die Ringstraße.
        """,
    "rathaus/aktuelles/abends.md": """\
        ---
        title: Freigabe am Abend
        summary: Die Hauptstraße ist wieder frei.
        date: 2026-11-20 16:45
        ---
        Alles frei.
        """,
    "rathaus/aktuelles/ohne-uhrzeit.md": """\
        ---
        title: Bauarbeiten beginnen
        summary: Ab heute wird gebaut.
        date: 2026-11-20
        ---
        Die Arbeiten dauern zwei Wochen.
        """,
    "rathaus/bekanntmachungen/index.md": (
        "---\ntitle: Bekanntmachungen\ndefault_type: notice\n---\n"
    ),
    "rathaus/bekanntmachungen/sitzung.md": (
        "---\ntitle: Sitzung des Rates\ndate: 2026-11-19 18:00\n---\nDer Rat tagt.\n"
    ),
    "rathaus/bekanntmachungen/satzung.md": (
        "---\ntitle: Satzung\ndate: 2026-11-19\nmodified: 2026-11-20 09:00\n---\nNeu.\n"
    ),
}


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    code, report, output = build_files(tmp_path_factory.mktemp("datetimes"), SITE)
    assert code == 0, report
    return output


def test_the_news_page_shows_the_time(site):
    html = read_html(site, "/rathaus/aktuelles/morgens/")
    assert "2026-11-20T10:30:00+01:00" in parts(html).times
    assert "20. November 2026, 10:30 Uhr" in html


def test_a_day_without_time_stays_a_day(site):
    html = read_html(site, "/rathaus/aktuelles/ohne-uhrzeit/")
    assert "2026-11-20" in parts(html).times
    assert "20. November 2026</time>" in html


def test_the_json_ld_carries_the_times(site):
    page = parts(read_html(site, "/rathaus/aktuelles/morgens/"))
    [article] = [d for d in page.json_ld if d.get("@type") == "NewsArticle"]
    assert article["datePublished"] == "2026-11-20T10:30:00+01:00"
    assert article["dateModified"] == "2026-11-21T08:15:00+01:00"


def test_the_feed_carries_the_times_newest_first(site):
    feed = feedparser.parse((site / "rathaus/aktuelles/feed.atom").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert [entry.title for entry in feed.entries] == [
        "Freigabe am Abend",
        "Sperrung am Morgen",
        "Bauarbeiten beginnen",  # a plain day counts from midnight
    ]
    morning = feed.entries[1]
    assert morning.published == "2026-11-20T10:30:00+01:00"
    assert morning.published_parsed[:5] == (2026, 11, 20, 9, 30)  # UTC
    assert morning.updated == "2026-11-21T08:15:00+01:00"


def test_the_list_and_the_year_archive_sort_times_and_days_together(site):
    for url in ("/rathaus/aktuelles/", "/rathaus/aktuelles/2026/"):
        html = read_html(site, url)
        positions = [html.index(title) for title in ("Freigabe", "Sperrung", "Bauarbeiten")]
        assert positions == sorted(positions), url


def test_notices_take_times_too(site):
    html = read_html(site, "/rathaus/bekanntmachungen/sitzung/")
    assert "2026-11-19T18:00:00+01:00" in parts(html).times
    assert "19. November 2026, 18:00 Uhr" in html
    listing = read_html(site, "/rathaus/bekanntmachungen/")
    assert listing.index("Sitzung des Rates") < listing.index("Satzung")
    feed = feedparser.parse((site / "rathaus/bekanntmachungen/feed.atom").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert [entry.published for entry in feed.entries] == [
        "2026-11-19T18:00:00+01:00",
        "2026-11-19T00:00:00+01:00",
    ]
    assert feed.entries[1].updated == "2026-11-20T09:00:00+01:00"
