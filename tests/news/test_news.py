"""News pages, JSON-LD, pagination, year archive, Atom feeds and the start-page block."""

import datetime as dt
import json
import re

import feedparser

from plugins.kit.listing import paginate
from plugins.news.structured_data import news_article
from plugins.site.items import Item
from tests.conftest import read_html
from tests.news.town_site import hrefs, parts

PUBLIC = "http://localhost:8000"
NEWEST = "/rathaus/aktuelles/2026-11-24-weihnachtsmarkt/"


def news_item(**meta) -> Item:
    meta = {"title": "Titel", "summary": "Kurz.", "date": dt.date(2026, 3, 1), **meta}
    return Item(
        source="rathaus/aktuelles/x.md", type="news", lang="de", key="x", slug="x",
        folder=("rathaus", "aktuelles"), is_index=False, meta=meta, body="", body_line=1,
        url="/rathaus/aktuelles/x/",
    )  # fmt: skip


def test_news_article_has_the_required_properties():
    data = news_article(news_item(), PUBLIC, "Stadt Musterstadt")
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Titel"
    assert data["datePublished"] == "2026-03-01"
    assert data["dateModified"] == "2026-03-01"  # no `modified`: the publication date
    assert data["inLanguage"] == "de"
    assert data["url"] == "http://localhost:8000/rathaus/aktuelles/x/"
    assert data["publisher"] == {
        "@type": "GovernmentOrganization",
        "name": "Stadt Musterstadt",
        "url": "http://localhost:8000/",
    }


def test_news_article_uses_modified_date():
    data = news_article(news_item(modified=dt.date(2026, 3, 5)), PUBLIC, "Stadt Musterstadt")
    assert data["dateModified"] == "2026-03-05"


def test_paginate_always_gives_one_page():
    assert paginate([], 10) == [[]]
    assert [len(p) for p in paginate(list(range(21)), 10)] == [10, 10, 1]


def test_news_page_has_time_summary_and_json_ld(town):
    page = parts(read_html(town, NEWEST))
    assert "2026-11-24" in page.times
    [data] = [d for d in page.json_ld if d.get("@type") == "NewsArticle"]
    assert data["headline"] == "Weihnachtsmarkt „Am Markt“ & mehr"
    assert data["datePublished"] == "2026-11-24"
    assert data["dateModified"] == "2026-11-25"
    assert data["url"] == PUBLIC + NEWEST
    html = read_html(town, NEWEST)
    assert "Der Weihnachtsmarkt öffnet am 27. November." in html
    assert "Programm und Verkehrshinweise." in html


def news_links(html: str) -> list[str]:
    """Links to news pages (their slugs start with the date), not to year archives."""
    return [h for h in hrefs(html) if re.fullmatch(r"/rathaus/aktuelles/20\d\d-[^/]+/", h)]


def test_landing_lists_the_ten_newest_first(town):
    html = read_html(town, "/rathaus/aktuelles/")
    listed = news_links(html)
    assert len(listed) == 10
    assert listed[0] == NEWEST
    assert listed[1] == "/rathaus/aktuelles/2026-11-meldung/"
    assert listed[-1] == "/rathaus/aktuelles/2026-03-meldung/"
    assert "Pressekontakt" in html  # the landing's own text stays


def test_second_page_has_the_rest_and_pages_link_each_other(town):
    html = read_html(town, "/rathaus/aktuelles/seite/2/")
    assert news_links(html) == [
        "/rathaus/aktuelles/2026-02-meldung/",
        "/rathaus/aktuelles/2026-01-meldung/",
        "/rathaus/aktuelles/2025-12-11-stadtmauer/",
        "/rathaus/aktuelles/2025-10-01-haushalt/",
    ]
    page = parts(html)
    current = [link for link in page.links if link.get("aria-current") == "page"]
    assert [link["href"] for link in current][-1] == "/rathaus/aktuelles/seite/2/"
    assert any(link.get("rel") == "prev" for link in page.links)
    assert 'aria-label="Seiten der Pressemitteilungen"' in html
    first = parts(read_html(town, "/rathaus/aktuelles/"))
    assert any(
        link.get("rel") == "next" and link["href"] == "/rathaus/aktuelles/seite/2/"
        for link in first.links
    )
    assert not (town / "rathaus/aktuelles/seite/3").exists()


def test_year_archives_exist_and_link_each_other(town):
    landing = hrefs(read_html(town, "/rathaus/aktuelles/"))
    assert "/rathaus/aktuelles/2026/" in landing and "/rathaus/aktuelles/2025/" in landing
    y2025 = read_html(town, "/rathaus/aktuelles/2025/")
    assert news_links(y2025) == [
        "/rathaus/aktuelles/2025-12-11-stadtmauer/",
        "/rathaus/aktuelles/2025-10-01-haushalt/",
    ]
    assert "/rathaus/aktuelles/2026/" in hrefs(y2025)
    y2026 = read_html(town, "/rathaus/aktuelles/2026/")
    assert len(news_links(y2026)) == 12
    assert "/rathaus/aktuelles/2025/" in hrefs(y2026)
    assert "/rathaus/aktuelles/" in hrefs(y2026)


def test_german_feed_is_valid_with_absolute_links_and_dates(town):
    feed = feedparser.parse((town / "rathaus/aktuelles/feed.atom").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.version == "atom10"
    assert feed.feed.title == "Pressemitteilungen der Stadt Musterstadt"
    assert len(feed.entries) == 14
    first = feed.entries[0]
    assert first.link == PUBLIC + NEWEST
    assert first.id == PUBLIC + NEWEST
    assert first.published_parsed[:3] == (
        2026,
        11,
        23,
    )  # midnight Berlin = 23:00 UTC the day before
    assert first.published == "2026-11-24T00:00:00+01:00"
    assert first.updated == "2026-11-25T00:00:00+01:00"
    assert all(entry.link.startswith(PUBLIC + "/rathaus/aktuelles/") for entry in feed.entries)
    dates = [entry.published for entry in feed.entries]
    assert dates == sorted(dates, reverse=True)


def test_english_feed_has_the_english_news(town):
    feed = feedparser.parse((town / "en/town-hall/news/feed.atom").read_bytes())
    assert not feed.bozo
    assert [entry.link for entry in feed.entries] == [
        PUBLIC + "/en/town-hall/news/christmas-market/"
    ]
    assert feed.feed.language == "en"


def test_every_page_links_its_languages_feed(town):
    for url in ("/", "/rathaus/bekanntmachungen/", NEWEST):
        feeds = [
            link["href"]
            for link in parts(read_html(town, url)).links
            if link.get("type") == "application/atom+xml" and link.get("tag") == "link"
        ]
        assert "/rathaus/aktuelles/feed.atom" in feeds
    english = parts(read_html(town, "/en/")).links
    assert any(link.get("href") == "/en/town-hall/news/feed.atom" for link in english)


def test_start_page_shows_the_news_block(town):
    html = read_html(town, "/")
    assert 'id="home-news"' in html
    start = html.index('id="home-news"')
    block = html[start : html.index("</section>", start)]
    assert news_links(block)[:3] == [
        NEWEST,
        "/rathaus/aktuelles/2026-11-meldung/",
        "/rathaus/aktuelles/2026-10-meldung/",
    ]


def test_feed_is_reproducible(town, tmp_path_factory):
    from tests.news.town_site import build_town

    again = build_town(tmp_path_factory)
    for feed in ("rathaus/aktuelles/feed.atom", "rathaus/bekanntmachungen/feed.atom"):
        assert (town / feed).read_bytes() == (again / feed).read_bytes()
    json.loads((again / "digitale-verwaltung.json").read_text())
