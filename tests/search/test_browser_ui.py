"""The search UI in Chromium on the built example site: type into the header field of a real
page, see results, filter, open one with the keyboard; the search page; narrow screens.

The site is served with `Content-Security-Policy: default-src 'self'` (tests/browser fixtures).
"""

import re

from playwright.sync_api import Page, expect

SERVICE_PAGE = "/rathaus/leistungen/hundesteuer/"


def header_results(page: Page):
    return page.locator('[data-search-results="header"]')


def type_into(page: Page, field: str, text: str, results):
    box = page.locator(field)
    box.fill("")
    box.press_sequentially(text, delay=30)
    expect(results).to_have_attribute("data-search-state", "done")


def watch_problems(page: Page) -> list:
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    return problems


def test_header_field_finds_compounds_and_opens_a_result_with_the_keyboard(page, csp_server):
    problems = watch_problems(page)
    requested = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(csp_server + SERVICE_PAGE)
    page.wait_for_load_state("networkidle")
    assert not [u for u in requested if "/search/de/" in u], "index loaded before typing"

    results = header_results(page)
    type_into(page, "#site-search", "Muell", results)
    titles = results.locator(".search-result__title").all_inner_texts()
    assert "Sperrmüll anmelden" in titles
    assert "Sperrmüll" in results.locator("mark").all_inner_texts()
    expect(page.locator(".search-status").first).to_have_text(
        re.compile(r"^\d+ Ergebnis(se)? für „Muell“\.$")
    )

    type_into(page, "#site-search", "Personalausweis", results)
    page.locator("#site-search").press("ArrowDown")
    focused = page.evaluate("document.activeElement.getAttribute('href')")
    assert focused == "/rathaus/leistungen/personalausweis/"
    page.keyboard.press("Enter")
    page.wait_for_url("**/rathaus/leistungen/personalausweis/")
    assert problems == []


def test_type_filter_with_the_keyboard(page, csp_server):
    problems = watch_problems(page)
    page.goto(csp_server + SERVICE_PAGE)
    results = header_results(page)
    type_into(page, "#site-search", "Rathaus", results)
    everything = page.get_by_role("radio", name=re.compile("^Alle"))
    everything.focus()
    page.keyboard.press("ArrowRight")
    chosen = results.locator(".search-filter").nth(1)
    expect(chosen.locator("input")).to_be_checked()
    expect(results).not_to_have_attribute("aria-busy", "true")
    label = chosen.inner_text().strip()  # "Leistung (3)"
    name, count = re.fullmatch(r"(.+) \((\d+)\)", label).groups()
    types = results.locator(".search-result__type").all_inner_texts()
    assert types and set(types) == {name}
    assert len(types) == min(int(count), 10)
    assert problems == []


def test_enter_in_the_header_opens_the_search_page_with_results(page, csp_server):
    problems = watch_problems(page)
    page.goto(csp_server + SERVICE_PAGE)
    page.locator("#site-search").fill("Hundesteuer")
    page.locator("#site-search").press("Enter")
    page.wait_for_url("**/suche/?q=Hundesteuer")
    expect(page.locator("#search-page-q")).to_have_value("Hundesteuer")
    results = page.locator('[data-search-results="page"]')
    expect(results).to_have_attribute("data-search-state", "done")
    expect(results.locator(".search-result__link").first).to_have_attribute(
        "href", "/rathaus/leistungen/hundesteuer/"
    )
    assert problems == []


def test_english_page_searches_the_english_index(page, csp_server):
    problems = watch_problems(page)
    page.goto(csp_server + "/en/")
    results = header_results(page)
    type_into(page, "#site-search", "identity card", results)
    first = results.locator(".search-result").first
    expect(first.locator(".search-result__title")).to_have_text("Applying for an identity card")
    expect(first.locator(".search-result__type")).to_have_text("Service")
    assert problems == []


def test_results_do_not_cover_the_page_on_a_phone(new_context, csp_server):
    page = new_context(viewport={"width": 320, "height": 640}).new_page()
    page.goto(csp_server + SERVICE_PAGE)
    results = header_results(page)
    type_into(page, "#site-search", "Ausweis", results)
    # Both boxes in one moment: a late answer to an earlier keystroke may still change the list.
    box, main = page.evaluate(
        """() => [document.querySelector('[data-search-results="header"]'),
                  document.querySelector("main")].map((e) => e.getBoundingClientRect().toJSON())"""
    )
    assert box["width"] <= 320
    assert main["y"] >= box["y"] + box["height"], "results overlap the content"
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
