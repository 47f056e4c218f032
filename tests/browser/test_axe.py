"""axe-core (WCAG 2.2 AA rules) finds nothing on one page per template type.

Checked at desktop width, at 320 px (where menus and tables change) and in dark mode (contrast).
"""

from playwright.sync_api import Page

from .checks import DESKTOP, NARROW, axe_violations, format_axe_violations, open_page
from .site_pages import PageInfo


def axe_problems(page: Page, base_url: str, sample: list[PageInfo], variant: str) -> list[str]:
    problems = []
    for info in sample:
        open_page(page, base_url + info.url_path)
        problems += format_axe_violations(f"{info.label} {variant}", axe_violations(page))
    return problems


def test_axe_at_desktop_width(new_context, http_server, sample):
    page = new_context(viewport=DESKTOP, color_scheme="light").new_page()
    problems = axe_problems(page, http_server, sample, "at 1280 px")
    assert not problems, "axe violations:\n" + "\n".join(problems)


def test_axe_at_320_px(new_context, http_server, sample):
    page = new_context(viewport=NARROW, color_scheme="light").new_page()
    problems = axe_problems(page, http_server, sample, "at 320 px")
    assert not problems, "axe violations:\n" + "\n".join(problems)


def test_axe_in_dark_mode(new_context, http_server, sample):
    page = new_context(viewport=DESKTOP, color_scheme="dark").new_page()
    problems = axe_problems(page, http_server, sample, "dark mode")
    assert not problems, "axe violations:\n" + "\n".join(problems)
