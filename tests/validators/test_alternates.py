"""hreflang alternates: the pages' <head> and sitemap.xml give the same sets, every alternate
points back, and Leichte Sprache pages are in no set (they are German; no hreflang that search
engines use distinguishes them from the standard German page, see OutputPage.alternates).

sitemap.xml is read with a real XML parser (xml.etree). No package ships the sitemaps.org XSD,
and fetching it would need the network, so the structure is checked by hand: <urlset> of <url>
with one <loc> and xhtml:link rel="alternate".
"""

import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
XHTML = "{http://www.w3.org/1999/xhtml}"
LS_PREFIX = "/leichte-sprache/"


def html_alternates(path: Path) -> dict[str, str]:
    head = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").head
    return {
        link["hreflang"]: link["href"]
        for link in head.find_all("link", rel="alternate")
        if link.get("hreflang")
    }


@pytest.fixture(scope="module")
def sitemap(site) -> dict[str, dict[str, str]]:
    """{loc: {hreflang: href}} of sitemap.xml."""
    root = ET.parse(site / "sitemap.xml").getroot()
    assert root.tag == SITEMAP + "urlset"
    entries = {}
    for url in root:
        assert url.tag == SITEMAP + "url"
        (loc,) = url.findall(SITEMAP + "loc")
        links = url.findall(XHTML + "link")
        assert all(link.get("rel") == "alternate" for link in links)
        entries[loc.text] = {link.get("hreflang"): link.get("href") for link in links}
    return entries


@pytest.fixture(scope="module")
def pages(site) -> dict[str, dict[str, str]]:
    """{url path: {hreflang: href}} from the <head> of every built HTML page."""
    found = {}
    for path in sorted(site.rglob("*.html")):
        url = "/" + path.relative_to(site).as_posix().removesuffix("index.html")
        found[url] = html_alternates(path)
    return found


def test_sitemap_and_pages_give_the_same_alternates(sitemap, pages):
    differ = [
        f"{loc}: sitemap {links} != page {found}"
        for loc, links in sitemap.items()
        if links != (found := pages[urlsplit(loc).path])
    ]
    assert not differ, "\n".join(differ)
    assert sum(1 for links in sitemap.values() if links) > 50


def test_every_alternate_points_back_with_the_same_set(pages):
    problems = []
    for url, links in pages.items():
        for hreflang, href in links.items():
            other = pages.get(urlsplit(href).path)
            if other is None:
                problems.append(f"{url}: {hreflang} -> {href} is no built page")
            elif other != links:
                problems.append(f"{url}: {hreflang} -> {href} lists {other}, not {links}")
        if links:
            assert links["x-default"] == links.get("de", links["x-default"])
            assert urlsplit(links[own_lang(url)]).path == url, f"{url} misses itself"
    assert not problems, "\n".join(problems)


def own_lang(url: str) -> str:
    return "en" if url.startswith("/en/") else "de"


def test_leichte_sprache_pages_are_in_no_alternate_set(pages, sitemap):
    easy = [url for url in pages if url.startswith(LS_PREFIX)]
    assert easy, "the example site has Leichte Sprache pages"
    assert all(not pages[url] for url in easy)
    every_href = [href for links in [*pages.values(), *sitemap.values()] for href in links.values()]
    assert not [href for href in every_href if urlsplit(href).path.startswith(LS_PREFIX)]
    ls_entries = [loc for loc in sitemap if urlsplit(loc).path.startswith(LS_PREFIX)]
    assert ls_entries and all(not sitemap[loc] for loc in ls_entries)
