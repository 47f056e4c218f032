"""Fixtures for the browser and site-quality tests.

The built site comes from the `site` fixture of tests/conftest.py (a pathlib.Path to the
output folder, served at "/"). Here: HTTP servers for it, one Chromium for this package (the
`browser` fixture of tests/conftest.py), fresh contexts per test that abort and record every
request to another host, and the page sample.
"""

from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, Route

# One Chromium for this package: imported here so that its package scope is tests/browser.
from tests.conftest import browser as browser

from .checks import DESKTOP
from .server import serve_directory
from .site_pages import PageInfo, all_pages, sample_pages

STRICT_CSP = "default-src 'self'"


@pytest.fixture(scope="session")
def site_pages(site: Path) -> list[PageInfo]:
    """Every built HTML page, sorted by path."""
    return all_pages(site)


@pytest.fixture(scope="session")
def sample(site_pages: list[PageInfo]) -> list[PageInfo]:
    """One page per template type and language: what the browser checks visit."""
    pages = sample_pages(site_pages)
    assert pages, "no page with <html data-template> found in the built site"
    return pages


@pytest.fixture(scope="session")
def http_server(site: Path) -> Iterator[str]:
    """Base URL ("http://127.0.0.1:PORT") serving the built site."""
    with serve_directory(site) as base_url:
        yield base_url


@pytest.fixture(scope="session")
def csp_server(site: Path) -> Iterator[str]:
    """Base URL serving the built site with `Content-Security-Policy: default-src 'self'`."""
    with serve_directory(site, headers={"Content-Security-Policy": STRICT_CSP}) as base_url:
        yield base_url


class OffSiteRequests:
    """Aborts every request to a host other than 127.0.0.1 and remembers it.

    Tests never reach the network this way, and a third-party request is a finding, not a hang.
    `found` holds (URL of the page that asked, URL requested).
    """

    def __init__(self) -> None:
        self.found: list[tuple[str, str]] = []

    @property
    def urls(self) -> list[str]:
        return [url for _, url in self.found]

    def install(self, context: BrowserContext) -> None:
        context.route("**/*", self._handle)

    def _handle(self, route: Route) -> None:
        request = route.request
        if urlsplit(request.url).hostname == "127.0.0.1":
            route.continue_()
            return
        try:
            page_url = request.frame.page.url
        except Exception:  # requests of workers have no frame
            page_url = "(worker)"
        self.found.append((page_url, request.url))
        route.abort("blockedbyclient")


@pytest.fixture
def off_site_requests() -> OffSiteRequests:
    """Records the off-site requests of every context made by `new_context` in this test."""
    return OffSiteRequests()


@pytest.fixture
def new_context(
    browser: Browser, off_site_requests: OffSiteRequests
) -> Iterator[Callable[..., BrowserContext]]:
    """Factory for browser contexts (keyword arguments as for Browser.new_context).

    Defaults: 1280×800, German locale, service workers blocked (so every request is seen).
    """
    contexts: list[BrowserContext] = []

    def make(**options) -> BrowserContext:
        settings = {"viewport": DESKTOP, "locale": "de-DE", "service_workers": "block"}
        context = browser.new_context(**{**settings, **options})
        off_site_requests.install(context)
        contexts.append(context)
        return context

    yield make
    for context in contexts:
        context.close()


@pytest.fixture
def page(new_context: Callable[..., BrowserContext]) -> Page:
    """A page in a fresh desktop-sized context with JavaScript on."""
    return new_context().new_page()
