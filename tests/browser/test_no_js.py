"""Everything works without JavaScript: navigation, content, search form."""

from urllib.parse import urljoin, urlsplit

import pytest
from playwright.sync_api import Page

from .checks import open_page

# The theme labels its main navigation; fall back to the first <nav> in the header.
MAIN_NAV = (
    'nav[aria-label*="Haupt" i], nav[aria-label*="main" i], nav#main-nav, nav.main-nav, header nav'
)
SEARCH_FORM = 'form[role="search"], search form, form:has(input[type="search"])'


@pytest.fixture
def no_js_page(new_context) -> Page:
    return new_context(java_script_enabled=False).new_page()


def hidden_text_in_main(page: Page) -> list[str]:
    """Text blocks in <main> that are not rendered (closed <details> are fine: one click opens)."""
    return page.evaluate(
        """(() => [...document.querySelectorAll(
              'main p, main li, main dd, main td, main h2, main h3, main address')]
            .filter(element => element.textContent.trim()
              && !element.closest('details:not([open])')
              && (element.getClientRects().length === 0
                  || getComputedStyle(element).visibility === 'hidden'))
            .map(element => `<${element.tagName.toLowerCase()}> `
                            + element.textContent.trim().slice(0, 60)))()"""
    )


def test_main_navigation_works_without_javascript(no_js_page, http_server):
    open_page(no_js_page, http_server + "/")
    links = no_js_page.locator(MAIN_NAV).first.locator("a[href]")
    assert links.count() > 0, f"no links in the main navigation ({MAIN_NAV})"
    hrefs = []
    for index in range(links.count()):
        link = links.nth(index)
        assert link.is_visible(), f"main navigation link {link.inner_text()!r} is hidden"
        hrefs.append(urljoin(no_js_page.url, link.get_attribute("href")))
    problems = []
    for url in hrefs:
        if urlsplit(url).hostname != "127.0.0.1":
            continue
        response = no_js_page.goto(url)
        if response is None or response.status != 200:
            problems.append(f"{url}: HTTP {response.status if response else 'no response'}")
        elif not no_js_page.locator("h1").first.is_visible():
            problems.append(f"{url}: no visible h1")
    assert not problems, "main navigation without JavaScript:\n" + "\n".join(problems)


def test_service_page_content_is_visible_without_javascript(no_js_page, http_server, sample):
    services = [info for info in sample if info.template == "service"]
    assert services, "no page with data-template=service in the built site"
    problems = []
    for info in services:
        open_page(no_js_page, http_server + info.url_path)
        if not no_js_page.locator("main h1").first.is_visible():
            problems.append(f"{info.label}: no visible h1 in main")
        problems += [f"{info.label}: hidden {text}" for text in hidden_text_in_main(no_js_page)]
    assert not problems, "content hidden without JavaScript:\n" + "\n".join(problems)


def test_search_form_submits_without_javascript(no_js_page, http_server):
    open_page(no_js_page, http_server + "/")
    form = no_js_page.locator(SEARCH_FORM).first
    assert form.count() == 1, f"no search form on the start page ({SEARCH_FORM})"
    field = form.locator('input[type="search"], input[type="text"]').first
    field.fill("Personalausweis")
    with no_js_page.expect_navigation() as navigation:
        field.press("Enter")
    response = navigation.value
    assert response is not None and response.status == 200, (
        f"search form leads to {no_js_page.url}: HTTP {response.status if response else '-'}"
    )
    assert "Personalausweis" in urlsplit(no_js_page.url).query, no_js_page.url
