"""Nothing is loaded from another host: no fonts, CDNs, map tiles, analytics, embeds.

(a) a static scan of every built HTML and CSS file, (b) Chromium on one page per template type.
Links (<a href>) are navigation and allowed.
"""

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .checks import open_page
from .external_refs import external_refs_in_css, external_refs_in_html


class _CanonicalParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag == "link" and (values.get("rel") or "").lower() == "canonical":
            self.hrefs.append(values.get("href") or "")


@pytest.fixture(scope="session")
def own_hosts(site: Path) -> frozenset[str]:
    """The site's own host(s): from the canonical link of the start page, if it has one.

    Canonical and hreflang links name the published host (SITEURL); they are not third party.
    """
    parser = _CanonicalParser()
    parser.feed((site / "index.html").read_text(encoding="utf-8"))
    return frozenset(urlsplit(href).hostname or "" for href in parser.hrefs) - {""}


def test_built_files_reference_no_other_host(site, own_hosts):
    problems = []
    for path in sorted(site.rglob("*")):
        if path.suffix not in {".html", ".css"}:
            continue
        text = path.read_text(encoding="utf-8")
        if path.suffix == ".html":
            refs = external_refs_in_html(text, own_hosts)
        else:
            refs = external_refs_in_css(text, own_hosts)
        relative = path.relative_to(site)
        problems += [f"{relative}:{ref.line}: {ref.where} loads {ref.url}" for ref in refs]
    assert not problems, "references to other hosts:\n" + "\n".join(problems)


def test_pages_request_nothing_from_other_hosts(page, off_site_requests, http_server, sample):
    for info in sample:
        # Scripts (maps, search) fetch after "load". Lazy images below the fold are not
        # fetched here, but the static scan above covers every src and srcset.
        open_page(page, http_server + info.url_path, wait_until="networkidle")
    labels = {http_server + info.url_path: info.label for info in sample}
    problems = [
        f"{labels.get(page_url, page_url)}: requested {url}"
        for page_url, url in off_site_requests.found
    ]
    assert not problems, "requests to other hosts:\n" + "\n".join(problems)
