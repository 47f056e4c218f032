"""Shared by the services and office-page tests: the fixture site and HTML/JSON-LD readers."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup

from tests.conftest import build_site, read_html

FIXTURE = Path(__file__).resolve().parent / "site"
PUBLIC_URL = "https://www.testhausen.example"


def build_fixture(output: Path) -> Path:
    """Build tests/services/site at the shared build date (a Wednesday, 2026-11-25)."""
    code, report = build_site(FIXTURE, output, SITE_PUBLIC_URL=PUBLIC_URL)
    assert code == 0, report
    return output


def soup(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup(read_html(site, url), "html.parser")


def json_ld(page: BeautifulSoup) -> list[dict]:
    """Every JSON-LD block of a page, parsed, but the BreadcrumbList every page below the start
    page carries (tests/validators checks it against the visible trail)."""
    blocks = [json.loads(s.string) for s in page.find_all("script", type="application/ld+json")]
    return [block for block in blocks if block.get("@type") != "BreadcrumbList"]


def main_text(page: BeautifulSoup, selector: str) -> str:
    """The whitespace-normalised text of the first element matching `selector` in <main>."""
    element = page.select_one(f"main {selector}")
    assert element is not None, f"no {selector} in <main>"
    return " ".join(element.get_text(" ").split())
