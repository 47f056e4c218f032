"""Search wired into the site build: pages, header form, index files, documents, the cache."""

import json
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest

from plugins.search.documents import plain_text, search_documents, site_prefix
from plugins.search.site_files import write_search_files
from tests.conftest import ROOT, read_html


class Elements(HTMLParser):
    """Every start tag as (tag, attributes)."""

    def __init__(self, html: str):
        super().__init__()
        self.found: list[tuple[str, dict]] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, dict(attrs)))

    def all(self, tag: str, **wanted) -> list[dict]:
        return [
            a for t, a in self.found if t == tag and all(a.get(k) == v for k, v in wanted.items())
        ]


@pytest.mark.parametrize(
    ("url", "lang"), [("/rathaus/leistungen/hundesteuer/", "de"), ("/en/", "en")]
)
def test_header_form_is_wired_to_the_search(site, url, lang):
    page = Elements(read_html(site, url))
    search_page = {"de": "/suche/", "en": "/en/search/"}[lang]
    (form,) = page.all("form", role="search")
    assert form["action"] == search_page
    assert form["data-search-form"] == "header"
    assert form["data-search-base"] == "/search/"
    assert form["data-search-page"] == search_page
    assert "defer" in page.all("script", src="/search/search.js")[0]
    assert page.all("link", href="/static/search/search.css")


@pytest.mark.parametrize(
    ("url", "links"),
    [
        ("/suche/", {"/rathaus/leistungen/", "/tourismus/veranstaltungen/"}),
        ("/en/search/", {"/rathaus/leistungen/", "/en/tourism/events/"}),
    ],
)
def test_search_page_works_without_javascript(site, url, links):
    html = read_html(site, url)
    page = Elements(html)
    assert page.all("h1")
    (form,) = page.all("form", **{"data-search-form": "page"})
    assert "data-search-page" not in form and form["action"] == url
    assert page.all("div", **{"data-search-results": "page"})
    assert links <= {a["href"] for a in page.all("a")}


def test_index_of_each_language_is_built(site):
    for lang in ("de", "en"):
        manifest = json.loads((site / "search" / lang / "manifest.json").read_text())
        assert manifest["lang"] == lang and manifest["documents"] > 10
    for name in ("search.js", "search-worker.js", "lunr.min.js", "lunr.de.js"):
        assert (site / "search" / name).is_file()
    urls = []
    for chunk in sorted((site / "search" / "de" / "docs").glob("*.json")):
        urls += [row[0] for row in json.loads(chunk.read_text())]
    assert "/rathaus/leistungen/sperrmuell/" in urls
    assert "/leichte-sprache/" in urls  # Leichte Sprache: in the German index
    assert not [u for u in urls if u.startswith(("/admin/", "/en/"))]


def test_plain_text_keeps_words_apart_and_decodes_entities():
    html = "<p>Sperr<b>müll</b></p><p>Gebühr&nbsp;&amp; Kosten</p><script>x()</script>"
    assert plain_text(html) == "Sperr müll Gebühr & Kosten"


@pytest.mark.parametrize(
    ("site_url", "prefix"),
    [("", ""), ("https://musterstadt.de", ""), ("https://example.org/stadt/", "/stadt")],
)
def test_site_prefix_is_the_path_of_siteurl(site_url, prefix):
    assert site_prefix(site_url) == prefix


def _item(url, type_, lang="de", expired=False, **meta):
    return SimpleNamespace(
        url=url,
        type=type_,
        lang=lang,
        title="T",
        summary="",
        html="<p>x</p>",
        folder=tuple(url.strip("/").split("/")[:1]),
        meta={"title": "T", **meta},
        expired=expired,
    )


def test_documents_types_languages_and_expired_alerts():
    import plugins.alerts.schema
    import plugins.news.schema
    import plugins.services.schema  # noqa: F401
    from plugins.frontmatter.schema import TYPES

    items = [
        _item("/rathaus/leistungen/a/", "service", keywords=["Perso"]),
        _item("/leichte-sprache/", "page", lang="ls"),
        _item("/warnungen/alt/", "alert", expired=True),
        _item("/warnungen/neu/", "alert"),
        _item("/en/x/", "news", lang="en"),
        _item("/ohne-seite/", "page"),
        _item("/unbekannt/", "unknown-type"),
    ]
    index = SimpleNamespace(
        items=items,
        pages=[SimpleNamespace(url=i.url, item=i) for i in items if i.url != "/ohne-seite/"],
    )
    docs = search_documents(index, TYPES)
    assert [(d["url"], d["type"]) for d in docs["de"]] == [
        ("/rathaus/leistungen/a/", "service"),
        ("/leichte-sprache/", "page"),
        ("/warnungen/neu/", "news"),
    ]
    assert docs["de"][0]["keywords"] == ["Perso"] and docs["de"][0]["section"] == "rathaus"
    assert [d["url"] for d in docs["en"]] == ["/en/x/"]


def test_unchanged_documents_are_not_indexed_again(tmp_path):
    docs = {"de": [{"url": "/a/", "title": "Sperrmüll", "body": "Müll", "type": "service"}]}
    first = write_search_files(docs, tmp_path, ROOT / "node_modules", "")
    again = write_search_files(docs, tmp_path, ROOT / "node_modules", "")
    docs["de"][0]["title"] = "Sperrmüll anmelden"
    changed = write_search_files(docs, tmp_path, ROOT / "node_modules", "")
    assert first["de"]["documents"] == 1
    assert again == {"de": None}
    assert changed["de"]["documents"] == 1
