"""The waste calendar in Chromium: the street filter works with the keyboard alone, announces its
result, sends nothing anywhere; without JavaScript the A–Z list is all there is; axe-core
(WCAG 2.2 AA) finds nothing on the landing and a district page at 320 px and desktop width."""

from __future__ import annotations

from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import Browser

from tests.browser.checks import DESKTOP, NARROW, axe_violations, format_axe_violations
from tests.browser.server import serve_directory

LANDING = "/rathaus/abfall/"
DISTRICT = "/rathaus/abfall/bezirk-4/"
PAGES = [LANDING, DISTRICT, "/en/rathaus/abfall/", "/en/rathaus/abfall/bezirk-4/"]


@pytest.fixture(scope="module")
def base_url(site) -> Iterator[str]:
    with serve_directory(site) as url:
        yield url


def open_page(browser: Browser, url: str, javascript=True, viewport=DESKTOP):
    context = browser.new_context(java_script_enabled=javascript, viewport=viewport)
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    return page, requests


def visible_streets(page) -> list[str]:
    return page.eval_on_selector_all(
        "[data-waste-street]",
        "items => items.filter(i => i.offsetParent).map(i => i.dataset.wasteStreet)",
    )


def test_filter_with_the_keyboard_only(browser, base_url):
    page, requests = open_page(browser, base_url + LANDING)
    before = len(requests)
    total = len(visible_streets(page))
    assert total > 50
    for _ in range(60):  # Tab from the top until the search field has the focus
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "waste-street":
            break
    else:
        pytest.fail("the street search cannot be reached with Tab")
    page.keyboard.type("linden")
    assert visible_streets(page) == ["lindenallee", "lindenring", "lindenstraße"]
    status = page.locator("[data-waste-count]")
    assert status.get_attribute("role") == "status"
    page.wait_for_function("document.querySelector('[data-waste-count]').textContent !== ''")
    assert status.text_content() == "3 Straßen gefunden"
    # Empty letter sections disappear with their streets.
    assert page.locator("#buchstabe-a").is_hidden()
    page.keyboard.press("Control+A")
    page.keyboard.type("lindenstr.")
    assert visible_streets(page) == ["lindenstraße"]
    page.wait_for_function(
        "document.querySelector('[data-waste-count]').textContent === '1 Straße gefunden'"
    )
    page.keyboard.press("Control+A")
    page.keyboard.type("xyz")
    page.wait_for_function(
        "document.querySelector('[data-waste-count]').textContent === 'Keine Straße gefunden'"
    )
    # The street goes to the district's page by keyboard.
    page.keyboard.press("Control+A")
    page.keyboard.type("lindenring")
    page.keyboard.press("Tab")  # the one letter left: L
    assert page.evaluate("document.activeElement.textContent") == "L"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Lindenring"
    # Typing asked nobody for anything: the address stays in the browser.
    typed = requests[before:]
    assert not [url for url in typed if "linden" in url.lower() or "xyz" in url], typed
    assert all(urlsplit(url).hostname == "127.0.0.1" for url in requests)
    page.keyboard.press("Enter")
    page.wait_for_url("**/bezirk-4/")
    page.context.close()


def test_without_javascript_the_a_to_z_list_works(browser, base_url):
    page, _ = open_page(browser, base_url + LANDING, javascript=False)
    assert page.locator("[data-waste-filter]").is_hidden()
    assert len(visible_streets(page)) > 50
    page.get_by_role("link", name="L", exact=True).click()
    assert page.url.endswith("#buchstabe-l")
    page.get_by_role("link", name="Lindenring").click()
    page.wait_for_url("**/bezirk-4/")
    assert page.locator(".ms-waste-next li").count() == 6
    page.context.close()


@pytest.mark.parametrize("viewport", [NARROW, DESKTOP], ids=["320px", "desktop"])
@pytest.mark.parametrize("path", PAGES)
def test_axe_finds_nothing(browser, base_url, path, viewport):
    page, _ = open_page(browser, base_url + path, viewport=viewport)
    violations = axe_violations(page)
    assert not violations, format_axe_violations(violations)
    page.context.close()
