"""The small town fixture of the news, notices and digital tests, and helpers to read its pages.

`tests/news/town/` has 14 German press releases (2025 and 2026) and one English one, five
notices of which one expired before the build date 2026-11-25, and five services (three online).
It is copied out of the Git checkout before building, so the Git trend is "not available" there.
"""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

from tests.conftest import build_site

TOWN = Path(__file__).resolve().parent / "town"


def build_town(tmp_path_factory, content: Path = TOWN, **overrides) -> Path:
    root = tmp_path_factory.mktemp("town")
    shutil.copytree(content, root / "content")
    code, report = build_site(root / "content", root / "output", **overrides)
    assert code == 0, report
    return root / "output"


class PageParts(HTMLParser):
    """JSON-LD blocks, links (href, attributes, text) and <time> values of a page."""

    def __init__(self):
        super().__init__()
        self.json_ld: list[dict] = []
        self.links: list[dict] = []
        self.times: list[str] = []
        self._script = None
        self._link = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self._script = []
        elif tag == "a":
            self._link = {**attrs, "text": ""}
        elif tag == "link":
            self.links.append({**attrs, "text": "", "tag": "link"})
        elif tag == "time":
            self.times.append(attrs.get("datetime"))

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)
        if self._link is not None:
            self._link["text"] += data

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            block = json.loads("".join(self._script))
            if block.get("@type") != "BreadcrumbList":  # every page's; see tests/validators
                self.json_ld.append(block)
            self._script = None
        elif tag == "a" and self._link is not None:
            self.links.append(self._link)
            self._link = None


def parts(html: str) -> PageParts:
    parser = PageParts()
    parser.feed(html)
    return parser


def hrefs(html: str) -> list[str]:
    return [link.get("href") for link in parts(html).links]


def svgs(html: str) -> list[ET.Element]:
    """Every inline <svg> of the page, parsed as XML."""
    found, start = [], html.find("<svg")
    while start != -1:
        end = html.index("</svg>", start) + len("</svg>")
        found.append(ET.fromstring(html[start:end]))
        start = html.find("<svg", end)
    return found
