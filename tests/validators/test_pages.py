"""Findings of the validators on single pages: the start page with two folders of news (one
heading and id per block), the search page's meta description, the 404 page's noindex."""

from collections import Counter

import pytest
from bs4 import BeautifulSoup

from tests.conftest import read_html
from tests.helpers import build_files

NEWS = """\
---
title: {title}
date: 2026-11-{day}
summary: Kurz gesagt.
---
Text.
"""

TWO_NEWS_FOLDERS = {
    "index.md": "---\ntitle: Willkommen\nsummary: Start.\n---\nText.\n",
    "rathaus/index.md": "---\ntitle: Rathaus\nsummary: Rathaus.\n---\nText.\n",
    "rathaus/aktuelles/index.md": (
        "---\ntitle: Pressemitteilungen\ndefault_type: news\nsummary: Presse.\n---\nText.\n"
    ),
    "rathaus/aktuelles/haushalt.md": NEWS.format(title="Haushalt beschlossen", day=20),
    "tourismus/index.md": "---\ntitle: Tourismus\nsummary: Tourismus.\n---\nText.\n",
    "tourismus/neues/index.md": (
        "---\ntitle: Neues aus der Tourist-Information\ndefault_type: news\n"
        "summary: Neues.\n---\nText.\n"
    ),
    "tourismus/neues/fuehrungen.md": NEWS.format(title="Neue Stadtführungen", day=21),
    # Two folders of notices (the town's and a Ortsbeirat's) the same way.
    "rathaus/bekanntmachungen/index.md": (
        "---\ntitle: Amtliche Bekanntmachungen\ndefault_type: notice\nsummary: B.\n---\nText.\n"
    ),
    "rathaus/bekanntmachungen/satzung.md": NEWS.format(title="Satzung", day=18),
    "rathaus/ortsbeirat/index.md": (
        "---\ntitle: Ortsbeirat Nord\ndefault_type: notice\nsummary: O.\n---\nText.\n"
    ),
    "rathaus/ortsbeirat/sitzung.md": NEWS.format(title="Sitzung des Ortsbeirats", day=19),
}


@pytest.fixture(scope="module")
def two_folders(tmp_path_factory):
    code, report, output = build_files(tmp_path_factory.mktemp("news"), TWO_NEWS_FOLDERS)
    assert code == 0, report
    return BeautifulSoup(read_html(output, "/"), "html.parser")


def test_two_news_folders_give_two_blocks_each_with_its_own_title_and_id(two_folders):
    sections = two_folders.select("section.ms-home__section")
    headings = {s.h2["id"]: s.h2.get_text(strip=True) for s in sections if "news" in s.h2["id"]}
    assert headings == {
        "home-news-rathaus-aktuelles": "Aktuelles: Pressemitteilungen",
        "home-news-tourismus-neues": "Aktuelles: Neues aus der Tourist-Information",
    }
    for section in sections:
        assert section["aria-labelledby"] == section.h2["id"]
    ids = Counter(element["id"] for element in two_folders.select("[id]"))
    assert not [name for name, count in ids.items() if count > 1]
    tourism = two_folders.select_one("#home-news-tourismus-neues").parent
    assert [a["href"] for a in tourism.select("li a")] == ["/tourismus/neues/fuehrungen/"]
    assert tourism.select_one("a.ms-more-link").get_text(strip=True) == (
        "Alle Meldungen: Neues aus der Tourist-Information"
    )


def test_two_notice_folders_give_two_blocks_each_with_its_own_title_and_id(two_folders):
    headings = {
        h2["id"]: h2.get_text(strip=True)
        for h2 in two_folders.select("section.ms-home__section h2")
        if "notices" in h2["id"]
    }
    assert headings == {
        "home-notices-rathaus-bekanntmachungen": "Bekanntmachungen: Amtliche Bekanntmachungen",
        "home-notices-rathaus-ortsbeirat": "Bekanntmachungen: Ortsbeirat Nord",
    }


def test_one_news_folder_keeps_the_plain_aktuelles_block(site):
    page = BeautifulSoup(read_html(site, "/"), "html.parser")
    assert page.select_one("#home-news").get_text(strip=True) == "Aktuelles"


@pytest.mark.parametrize(
    ("url", "start"), [("/suche/", "Suche auf allen Seiten"), ("/en/search/", "Search all pages")]
)
def test_the_search_page_has_a_meta_description(site, url, start):
    page = BeautifulSoup(read_html(site, url), "html.parser")
    assert page.find("meta", attrs={"name": "description"})["content"].startswith(start)


def test_the_404_page_is_noindex_and_not_in_the_sitemap(site):
    page = BeautifulSoup((site / "404.html").read_text(encoding="utf-8"), "html.parser")
    assert page.find("meta", attrs={"name": "robots"})["content"] == "noindex"
    assert "404" not in (site / "sitemap.xml").read_text(encoding="utf-8")
