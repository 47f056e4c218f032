"""The search UI in Chromium: type, see results, filter, open one with the keyboard.

Runs against a small static site written into a temp folder and served on 127.0.0.1 with
`Content-Security-Policy: default-src 'self'`. Playwright runs in its own thread so that this
module works in a session where another test package already holds a sync Playwright.
"""

import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from playwright.sync_api import Page, expect, sync_playwright

from .conftest import CORPUS
from .helpers import serve, write_test_site

CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
CSP = {"Content-Security-Policy": "default-src 'self'"}


@pytest.fixture(scope="module")
def site_url(tmp_path_factory):
    root = tmp_path_factory.mktemp("ui-site")
    write_test_site(root, CORPUS)
    with serve(root, headers=CSP) as url:
        yield url


def in_browser(check, url):
    """Run check(page, url, problems) in a fresh Chromium page in a thread of its own."""

    def run():
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS
            )
            page = browser.new_page()
            problems = []
            page.on("pageerror", lambda error: problems.append(str(error)))
            page.on(
                "console",
                lambda m: problems.append(m.text) if m.type in ("error", "warning") else None,
            )
            try:
                check(page, url, problems)
            finally:
                browser.close()

    with ThreadPoolExecutor(1) as pool:
        pool.submit(run).result()


def results(page: Page):
    return page.locator('[data-search-results="page"]')


def type_query(page: Page, text: str):
    field = page.get_by_role("searchbox")
    field.fill("")
    field.press_sequentially(text, delay=30)
    expect(results(page)).to_have_attribute("data-search-state", "done")


def test_type_filter_and_open_with_keyboard(site_url):
    def check(page: Page, url: str, problems: list):
        requested = []
        page.on("request", lambda r: requested.append(r.url))
        page.goto(url + "/suche/")
        assert not [u for u in requested if "manifest.json" in u], "index loaded before search"

        type_query(page, "Muell")
        titles = results(page).locator(".search-result__title")
        expect(titles.first).to_be_visible()
        assert {"Sperrmüll anmelden", "Müllabfuhr und Abfallkalender"} <= set(
            titles.all_inner_texts()
        )
        marks = results(page).locator("mark").all_inner_texts()
        assert "Sperrmüll" in marks
        status = page.get_by_role("status")
        expect(status).to_have_text(re.compile(r"^\d+ Ergebnisse für „Muell“\.$"))

        # Filter by type with the keyboard: radio buttons, arrow keys.
        type_query(page, "Stadtfest")
        expect(results(page).locator(".search-result")).to_have_count(2)
        page.get_by_role("radio", name=re.compile("^Alle")).focus()
        page.keyboard.press("ArrowRight")  # Veranstaltung
        page.keyboard.press("ArrowRight")  # Aktuelles
        expect(page.get_by_role("radio", name=re.compile("^Aktuelles"))).to_be_checked()
        expect(results(page).locator(".search-result")).to_have_count(1)
        expect(results(page).locator(".search-result__type")).to_have_text(["Aktuelles"])
        expect(status).to_have_text("1 Ergebnis für „Stadtfest“.")

        # Back to all, then open the first result with the keyboard only.
        page.get_by_role("radio", name=re.compile("^Alle")).check()
        type_query(page, "Personalausweis")
        page.get_by_role("searchbox").press("ArrowDown")
        focused = page.evaluate("document.activeElement.getAttribute('href')")
        assert focused == "/rathaus/leistungen/personalausweis/"
        page.keyboard.press("Enter")
        page.wait_for_url("**/rathaus/leistungen/personalausweis/")
        assert problems == []

    in_browser(check, site_url)


def test_arrow_keys_and_escape_move_between_field_and_results(site_url):
    def check(page: Page, url: str, problems: list):
        page.goto(url + "/suche/")
        type_query(page, "Ausweis")
        field = page.get_by_role("searchbox")
        field.press("ArrowDown")
        page.keyboard.press("ArrowDown")
        second = page.evaluate("document.activeElement.getAttribute('href')")
        links = results(page).locator("a").evaluate_all("ls => ls.map(l => l.getAttribute('href'))")
        assert second == links[1]
        page.keyboard.press("Escape")
        expect(field).to_be_focused()
        page.keyboard.press("Escape")
        expect(field).to_have_value("")
        expect(results(page).locator(".search-result")).to_have_count(0)
        assert problems == []

    in_browser(check, site_url)


def test_english_page_uses_english_index_and_words(site_url):
    def check(page: Page, url: str, problems: list):
        page.goto(url + "/en/search/")
        type_query(page, "passport")
        expect(results(page).locator(".search-result__title").first).to_have_text("Passport")
        expect(results(page).locator(".search-result__type").first).to_have_text("Service")
        expect(page.get_by_role("status")).to_have_text("1 result for “passport”.")
        assert problems == []

    in_browser(check, site_url)


def test_query_in_the_address_is_searched_at_once(site_url):
    def check(page: Page, url: str, problems: list):
        page.goto(url + "/suche/?q=Hundesteuer")
        expect(page.get_by_role("searchbox")).to_have_value("Hundesteuer")
        expect(results(page)).to_have_attribute("data-search-state", "done")
        expect(results(page).locator(".search-result__title").first).to_have_text("Hundesteuer")
        assert problems == []

    in_browser(check, site_url)
