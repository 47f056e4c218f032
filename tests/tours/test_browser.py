"""Tours in Chromium: the map asks nobody for anything before the click and then draws the track
with the sights; the filters work without JavaScript; axe-core (WCAG 2.2 AA) finds nothing on the
tours list, a tour page and the tourism landing at 320 px and at desktop width; the park's gallery
is reached and seen with the keyboard."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser, Page

from tests.browser.checks import (
    DESKTOP,
    NARROW,
    axe_violations,
    elements_without_focus_indicator,
    format_axe_violations,
    horizontal_overflow,
)
from tests.browser.server import serve_directory

TOUR = "/tourismus/touren/eichberg-aussichtsturm/"
LIST = "/tourismus/touren/"
BUTTON = "Karte laden (Daten von OpenStreetMap)"
AXE_PAGES = [LIST, TOUR, "/en/tourism/tours/activity/cycling/", "/tourismus/"]


@pytest.fixture(scope="module")
def base_url(site) -> Iterator[str]:
    with serve_directory(site) as url:
        yield url


class Requests:
    """Lets requests to 127.0.0.1 through and records them; aborts and records all others."""

    def __init__(self):
        self.local: list[str] = []
        self.foreign: list[str] = []

    def route(self, route):
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1":
            self.local.append(url)
            route.continue_()
        else:
            self.foreign.append(url)
            route.abort()


def open_page(browser: Browser, url: str, javascript=True, viewport=DESKTOP):
    context = browser.new_context(java_script_enabled=javascript, viewport=viewport)
    requests = Requests()
    context.route("**/*", requests.route)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    return page, requests


def test_the_map_loads_nothing_before_the_click_then_draws_the_track(browser, base_url):
    page, requests = open_page(browser, base_url + TOUR)
    try:
        button = page.get_by_role("button", name=BUTTON)
        assert button.is_visible()
        page.wait_for_timeout(500)  # a misbehaving script would have fetched by now
        before = list(requests.local)
        assert requests.foreign == []
        assert not any("leaflet" in url for url in before)
        assert page.locator(".leaflet-container").count() == 0

        button.click()
        page.locator(".leaflet-container").wait_for(state="visible")
        page.wait_for_function("document.querySelectorAll('.leaflet-marker-icon').length > 0")
        assert page.locator(".leaflet-marker-icon").count() == 3  # the sights along the way
        assert page.locator(".leaflet-overlay-pane path.leaflet-interactive").count() == 1
        page.wait_for_timeout(500)
        assert any("leaflet" in url for url in requests.local[len(before) :])
        hosts = {urlsplit(url).hostname for url in requests.foreign}
        assert hosts == {"tile.openstreetmap.org"}
    finally:
        page.context.close()


def test_filters_work_without_javascript(browser, base_url):
    page, requests = open_page(browser, base_url + LIST, javascript=False)
    try:
        assert page.locator(".ms-tour-cards > li").count() == 5
        page.get_by_role("link", name="Radfahren (1 Tour)").click()
        page.wait_for_load_state()
        assert page.url == base_url + "/tourismus/touren/aktivitaet/radfahren/"
        assert page.locator(".ms-tour-cards h3").all_inner_texts() == ["Radtour durchs Mühlbachtal"]
        page.get_by_role("link", name="Alle Touren").click()
        page.wait_for_load_state()
        assert page.locator(".ms-tour-cards > li").count() == 5
        assert requests.foreign == []
    finally:
        page.context.close()


@pytest.mark.parametrize("viewport", [NARROW, DESKTOP], ids=["320px", "desktop"])
def test_axe_finds_nothing(browser, base_url, viewport):
    page, _ = open_page(browser, base_url + AXE_PAGES[0], viewport=viewport)
    problems = []
    try:
        for path in AXE_PAGES:
            page.goto(base_url + path, wait_until="load")
            where = f"{path} at {viewport['width']} px"
            problems += format_axe_violations(where, axe_violations(page))
            if viewport is NARROW:
                problems += [f"{where}: {line}" for line in horizontal_overflow(page)]
    finally:
        page.context.close()
    assert not problems, "\n".join(problems)


def tab_to(page: Page, selector: str, most: int = 80) -> bool:
    for _ in range(most):
        page.keyboard.press("Tab")
        if page.evaluate(f"document.activeElement.matches({selector!r})"):
            return True
    return False


def test_the_gallery_is_reached_with_the_keyboard_without_javascript(browser, base_url):
    page, _ = open_page(browser, base_url + "/tourismus/sehenswuerdigkeiten/stadtpark/", False)
    try:
        links = page.locator(".ms-gallery__link")
        assert links.count() == 3
        assert tab_to(page, ".ms-gallery__link")
        name = page.evaluate(
            "document.activeElement.querySelector('img').alt + document.activeElement.textContent"
        )
        assert name.startswith("Zeichnung: Rosenbeete") and "Bild in voller Größe" in name
        assert [p for p in elements_without_focus_indicator(page) if "gallery" in p] == []
        href = links.first.get_attribute("href")
        assert href.startswith("/images/rosengarten-") and href.endswith("-1600.jpg")
        links.first.focus()  # the focus check above moved the focus away
        page.keyboard.press("Enter")
        page.wait_for_url("**" + href)
        assert page.url.endswith(href)
    finally:
        page.context.close()
