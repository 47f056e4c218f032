"""The Gastgeberverzeichnis in Chromium: the script filters and sorts instantly and announces the
count in the live region; without JavaScript the links lead to the pre-rendered pages; the map
asks nobody for anything before the click; axe-core (WCAG 2.2 AA) finds nothing on the
directory and a host's page at 320 px and at desktop width; no CSP violation."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from tests.browser.checks import (
    CSP_LISTENER_JS,
    DESKTOP,
    NARROW,
    axe_violations,
    csp_violations,
    format_axe_violations,
    horizontal_overflow,
)
from tests.browser.server import serve_directory

LIST = "/tourismus/uebernachten/"
HOST = "/tourismus/uebernachten/hotel-zum-goldenen-loewen/"
AXE_PAGES = [LIST, HOST, "/en/tourism/accommodation/", "/tourismus/uebernachten/kategorie/hotel/"]


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


def open_page(browser, url: str, javascript=True, viewport=DESKTOP):
    context = browser.new_context(java_script_enabled=javascript, viewport=viewport)
    requests = Requests()
    context.route("**/*", requests.route)
    context.add_init_script(CSP_LISTENER_JS)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    return page, requests


def visible_titles(page) -> list[str]:
    return page.locator(".ms-lodging-cards > li:not([hidden]) h3").all_inner_texts()


def test_the_script_filters_instantly_and_announces_the_count(browser, base_url):
    page, requests = open_page(browser, base_url + LIST)
    try:
        form = page.locator("form.ms-lodging-form")
        assert form.is_visible()
        assert not page.locator("nav.ms-lodging-filter").is_visible()  # the links give way
        status = page.locator(".ms-lodging-status")
        assert status.get_attribute("role") == "status"
        assert status.inner_text() == "12 Gastgeber gefunden"
        assert len(visible_titles(page)) == 12

        form.get_by_label("Hotel", exact=True).check()
        assert status.inner_text() == "3 Gastgeber gefunden"
        form.get_by_label("Pension", exact=True).check()  # one group: either value
        assert status.inner_text() == "5 Gastgeber gefunden"
        form.get_by_label("Rollstuhlfahrer").check()  # another group: both must hold
        assert visible_titles(page) == ["Hotel am Bahnhof", "Hotel Zum Goldenen Löwen"]
        assert status.inner_text() == "2 Gastgeber gefunden"
        form.get_by_label("Sauna").check()
        assert status.inner_text() == "1 Gastgeber gefunden"

        form.get_by_role("button", name="Alle Filter zurücksetzen").click()
        page.wait_for_function(
            "document.querySelector('.ms-lodging-status').textContent === '12 Gastgeber gefunden'"
        )
        form.get_by_label("Sortieren nach").select_option("price")
        titles = visible_titles(page)
        assert titles[0] == "Wohnmobilstellplatz am Festplatz"
        assert titles[-1] == "Ferienhaus Mühlbachtal"
        prices = page.eval_on_selector_all(
            ".ms-lodging-cards > li", "items => items.map(li => parseFloat(li.dataset.price))"
        )
        assert prices == sorted(prices)
        form.get_by_label("Sortieren nach").select_option("name")
        assert visible_titles(page)[0] == "Campingplatz Am Woog"
        assert requests.foreign == []
        assert csp_violations(page) == []
    finally:
        page.context.close()


def test_the_filters_work_without_javascript(browser, base_url):
    page, requests = open_page(browser, base_url + LIST, javascript=False)
    try:
        assert not page.locator("form.ms-lodging-form").is_visible()
        assert page.locator(".ms-lodging-cards > li").count() == 12
        page.get_by_role("link", name="Campingplatz (1)").click()
        page.wait_for_load_state()
        assert page.url == base_url + "/tourismus/uebernachten/kategorie/campingplatz/"
        assert visible_titles(page) == ["Campingplatz Am Woog"]
        page.get_by_role("link", name="Alle Gastgeber", exact=True).click()
        page.wait_for_load_state()
        page.get_by_role("link", name="Preis", exact=True).click()
        page.wait_for_load_state()
        assert page.url == base_url + "/tourismus/uebernachten/nach-preis/"
        assert visible_titles(page)[0] == "Wohnmobilstellplatz am Festplatz"
        assert requests.foreign == []
    finally:
        page.context.close()


def test_the_map_of_all_hosts_loads_nothing_before_the_click(browser, base_url):
    page, requests = open_page(browser, base_url + LIST)
    try:
        button = page.get_by_role("button", name="Karte laden (Daten von OpenStreetMap)")
        assert button.is_visible()
        page.wait_for_timeout(500)
        assert requests.foreign == []
        assert not any("leaflet" in url for url in requests.local)
        button.click()
        page.locator(".leaflet-container").wait_for(state="visible")
        page.wait_for_function("document.querySelectorAll('.leaflet-marker-icon').length > 0")
        assert page.locator(".leaflet-marker-icon").count() == 12
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


def test_on_a_phone_the_filter_groups_fold_and_open_with_the_keyboard(browser, base_url):
    page, _ = open_page(browser, base_url + LIST, viewport=NARROW)
    try:
        form = page.locator("form.ms-lodging-form")
        assert not form.get_by_label("Hotel", exact=True).is_visible()
        summary = form.locator("summary", has_text="Kategorie")
        summary.focus()
        page.keyboard.press("Enter")
        form.get_by_label("Hotel", exact=True).check()
        assert page.locator(".ms-lodging-status").inner_text() == "3 Gastgeber gefunden"
    finally:
        page.context.close()
