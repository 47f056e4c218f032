"""A town made by `invoke init`, in its own brand colours, passes the same checks as the demo:
axe-core (WCAG 2.2 AA) at desktop width, its colour rules again in dark mode (whose colours are
derived from the town's), and the Nu HTML Checker on every page.

The town's colours are not the demo's: a dark red and a dark green, so the brand stylesheet and
the dark-mode derivation are what axe sees.
"""

from __future__ import annotations

import pytest

from plugins.site.static_server import serve_directory
from tests.browser.checks import (
    AXE_COLOUR_RULES,
    DESKTOP,
    axe_violations,
    finish_transitions,
    format_axe_violations,
    open_page,
)
from tests.validators.vnu import check_html

from .towns import build, fill_placeholders, make_town

PAGES = [
    "/",
    "/rathaus/",
    "/tourismus/",
    "/barrierefreiheit/",
    "/datenschutz/",
    "/impressum/",
    "/leichte-sprache/",
    "/gebaerdensprache/",
    "/suche/",
]
COLOURS = {"primary": "#a4161a", "accent": "#0b6e4f"}


@pytest.fixture(scope="module")
def town(tmp_path_factory):
    town = make_town(tmp_path_factory.mktemp("rp") / "beispielhausen", "Beispielhausen", "RP")
    fill_placeholders(town, "Beispielhausen")
    path = town / "town.yml"
    text = path.read_text(encoding="utf-8")
    text = text.replace('"#0b4f8a"', f'"{COLOURS["primary"]}"')
    text = text.replace('"#5b2c83"', f'"{COLOURS["accent"]}"')
    path.write_text(text, encoding="utf-8")
    result = build(town)
    assert result.returncode == 0, result.stdout + result.stderr
    return town


@pytest.fixture(scope="module")
def server(town):
    with serve_directory(town / "output") as base:
        yield base


def test_the_town_uses_its_own_colours_in_light_and_dark_mode(browser, server):
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    page = context.new_page()
    open_page(page, server + "/")
    brand = "getComputedStyle(document.documentElement).getPropertyValue('--ms-brand').trim()"
    assert page.evaluate(brand) == COLOURS["primary"]
    page.emulate_media(color_scheme="dark")
    finish_transitions(page)
    dark = page.evaluate(brand)
    assert dark.startswith("#") and dark != COLOURS["primary"]  # derived, lighter
    context.close()


def test_axe_finds_nothing_in_light_and_dark_mode(browser, server):
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    page = context.new_page()
    problems = []
    for path in PAGES:
        open_page(page, server + path)
        problems += format_axe_violations(path, axe_violations(page))
        page.emulate_media(color_scheme="dark")
        finish_transitions(page)
        problems += format_axe_violations(
            f"{path} dark mode", axe_violations(page, rules=AXE_COLOUR_RULES)
        )
        page.emulate_media(color_scheme="light")
    context.close()
    assert not problems, "axe violations:\n" + "\n".join(problems)


def test_every_page_is_valid_html(town):
    messages = check_html(town / "output", errors_only=True)
    assert not messages, f"{len(messages)} HTML errors:\n" + "\n".join(map(str, messages))
