"""In Chromium: no map tile (and no other host) is contacted before the visitor clicks
"Karte laden", and after the click the Leaflet map appears with its markers and asks
tile.openstreetmap.org for tiles (aborted here and recorded: that proves the click loads them)."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.server import serve_directory

OVERVIEW = "/tourismus/sehenswuerdigkeiten/"
SIGHT = "/tourismus/sehenswuerdigkeiten/schloss/"
BUTTON = "Karte laden (Daten von OpenStreetMap)"


@pytest.fixture(scope="module")
def base_url(site) -> Iterator[str]:
    with serve_directory(site) as url:
        yield url


class Recorder:
    """Aborts every request that does not go to 127.0.0.1 and remembers its URL."""

    def __init__(self):
        self.foreign: list[str] = []
        self.local: list[str] = []

    def route(self, route):
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1":
            self.local.append(url)
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()

    def tiles(self) -> list[str]:
        return [url for url in self.foreign if urlsplit(url).hostname == "tile.openstreetmap.org"]


def open_page(browser: Browser, url: str, javascript: bool = True) -> tuple[Page, Recorder]:
    context = browser.new_context(java_script_enabled=javascript)
    recorder = Recorder()
    context.route("**/*", recorder.route)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    return page, recorder


@pytest.mark.parametrize("path, markers", [(OVERVIEW, 10), (SIGHT, 1)])
def test_map_loads_only_after_the_click(browser, base_url, path, markers):
    page, recorder = open_page(browser, base_url + path)
    try:
        button = page.get_by_role("button", name=BUTTON)
        assert button.is_visible()
        page.wait_for_timeout(500)  # give a misbehaving script time to fetch anyway
        assert recorder.foreign == []
        assert not any("leaflet" in url for url in recorder.local)
        assert page.locator(".leaflet-container").count() == 0

        button.click()
        page.locator(".leaflet-container").wait_for(state="visible")
        page.wait_for_function("document.querySelectorAll('.leaflet-marker-icon').length > 0")
        assert page.locator(".leaflet-marker-icon").count() == markers
        page.wait_for_timeout(500)
        assert recorder.tiles(), "no tile was requested after the click"
        assert set(recorder.foreign) == set(recorder.tiles())
        assert not button.is_visible()
        assert page.locator(".leaflet-control-attribution").inner_text().count("OpenStreetMap")
    finally:
        page.context.close()


def test_marker_popup_links_the_sight(browser, base_url):
    page, _recorder = open_page(browser, base_url + OVERVIEW)
    try:
        page.get_by_role("button", name=BUTTON).click()
        page.locator('.leaflet-marker-icon[title="Schloss Musterstadt"]').click()
        link = page.locator(".leaflet-popup-content a")
        assert link.get_attribute("href") == SIGHT
    finally:
        page.context.close()


def test_remembered_choice_loads_the_next_map_directly(browser, base_url):
    page, _recorder = open_page(browser, base_url + SIGHT)
    try:
        page.locator(".ms-map__remember").check()
        page.get_by_role("button", name=BUTTON).click()
        page.locator(".leaflet-container").wait_for()
        page.goto(base_url + OVERVIEW, wait_until="networkidle")
        page.locator(".leaflet-container").wait_for()
        assert not page.get_by_role("button", name=BUTTON).is_visible()
    finally:
        page.context.close()


def test_without_javascript_the_static_links_show_and_no_button(browser, base_url):
    page, recorder = open_page(browser, base_url + SIGHT, javascript=False)
    try:
        assert not page.get_by_role("button", name=BUTTON).is_visible()
        link = page.get_by_role("link", name="Auf OpenStreetMap ansehen")
        assert link.is_visible()
        assert link.get_attribute("href").startswith("https://www.openstreetmap.org/?mlat=49.8745")
        assert page.get_by_role("link", name="Route planen (OpenStreetMap)").is_visible()
        assert recorder.foreign == []
    finally:
        page.context.close()
