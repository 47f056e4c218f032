"""The example content (content/) built at 2026-11-25: notices split, feeds, digital page."""

import feedparser

from tests.conftest import read_html
from tests.news.town_site import hrefs, svgs

BASE = "/rathaus/bekanntmachungen/"


def test_example_notices_split_at_the_build_date(site):
    current = hrefs(read_html(site, BASE))
    archived = hrefs(read_html(site, BASE + "archiv/"))
    for slug in ("vollsperrung-kirchgasse", "wahlbekanntmachung-kommunalwahl-2026"):
        assert BASE + slug + "/" in archived and BASE + slug + "/" not in current
    for slug in ("bebauungsplan-47-am-lindenhof", "sitzung-stadtrat-2026-12-03"):
        assert BASE + slug + "/" in current and BASE + slug + "/" not in archived


def test_example_feeds_are_valid(site):
    for path in ("rathaus/aktuelles/feed.atom", "rathaus/bekanntmachungen/feed.atom"):
        feed = feedparser.parse((site / path).read_bytes())
        assert not feed.bozo, (path, feed.bozo_exception)
        assert feed.entries and all(e.link.startswith("http") for e in feed.entries)


def test_example_digital_page_has_charts(site):
    charts = svgs(read_html(site, "/rathaus/digitale-verwaltung/"))
    assert len(charts) >= 2 and all(svg.get("role") == "img" for svg in charts)
