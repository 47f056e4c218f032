"""`invoke check-external`: ask every linked web address on other hosts whether it still exists.

Only on request (it needs the internet and other sites' goodwill), never in CI. HEAD first, GET
when a server refuses HEAD; a few requests at a time, each with a timeout.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

USER_AGENT = "Stadtwebsite-Linkcheck/1.0"


class _Anchors(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a":
            href = dict(attrs).get("href") or ""
            if urlsplit(href).scheme in ("http", "https"):
                self.urls.append(href)


def external_links(root: Path, own_hosts: set[str]) -> dict[str, list[str]]:
    """{url: [pages that link it]} for links to other hosts."""
    found: dict[str, list[str]] = defaultdict(list)
    for path in sorted(root.rglob("*.html")):
        parser = _Anchors()
        parser.feed(path.read_text(encoding="utf-8"))
        for url in parser.urls:
            if urlsplit(url).hostname not in own_hosts:
                found[url].append(path.relative_to(root).as_posix())
    return found


def status_of(url: str, timeout: float) -> str | None:
    """None when the address answers with success, else what went wrong."""
    for method in ("HEAD", "GET"):
        request = urllib.request.Request(url, method=method, headers={"User-Agent": USER_AGENT})
        try:
            with urllib.request.urlopen(request, timeout=timeout):
                return None
        except urllib.error.HTTPError as error:
            if method == "HEAD" and error.code in (403, 405, 501):
                continue  # some servers refuse HEAD only
            return f"HTTP {error.code}"
        except (urllib.error.URLError, TimeoutError, OSError) as error:
            return f"unreachable ({getattr(error, 'reason', error)})"
    return "refused"


def check_external_links(root: Path, timeout: float = 10, own_hosts=frozenset()) -> list[str]:
    links = external_links(root, set(own_hosts))
    with ThreadPoolExecutor(max_workers=8) as pool:
        results = dict(zip(links, pool.map(lambda u: status_of(u, timeout), links), strict=True))
    return [
        f"{pages[0]}: {url} — {results[url]}"
        + (f" (and {len(pages) - 1} more pages)" if len(pages) > 1 else "")
        for url, pages in sorted(links.items())
        if results[url]
    ]
