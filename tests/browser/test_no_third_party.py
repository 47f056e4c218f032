"""Nothing is loaded from another host: no fonts, CDNs, map tiles, analytics, embeds.

(a) a static scan of every built HTML and CSS file, (b) Chromium on one page per template type.
Links (<a href>) are navigation and allowed.
"""

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from .external_refs import external_refs_in_css, external_refs_in_html

# "networkidle" means 500 ms without requests; pages loading side by side wait in parallel.
TABS_AT_ONCE = 6


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


def test_pages_request_nothing_from_other_hosts(
    new_context, off_site_requests, http_server, sample
):
    context = new_context()
    for start in range(0, len(sample), TABS_AT_ONCE):
        tabs = []
        for info in sample[start : start + TABS_AT_ONCE]:
            tab = context.new_page()
            response = tab.goto(http_server + info.url_path, wait_until="commit")
            assert response is not None and response.status == 200, f"{info.label}: HTTP error"
            tabs.append(tab)
        for tab in tabs:
            # Scripts (maps, search) fetch after "load". Lazy images below the fold are not
            # fetched here, but the static scan above covers every src and srcset.
            tab.wait_for_load_state("networkidle")
            tab.close()
    labels = {http_server + info.url_path: info.label for info in sample}
    problems = [
        f"{labels.get(page_url, page_url)}: requested {url}"
        for page_url, url in off_site_requests.found
    ]
    assert not problems, "requests to other hosts:\n" + "\n".join(problems)
