"""axe-core (WCAG 2.2 AA rules) finds nothing on one page per template type.

Checked at desktop width, in dark mode (the colour rules; nothing else depends on the colour
scheme) and at 320 px, where navigation, tables and target sizes change.
"""

from .checks import (
    AXE_COLOUR_RULES,
    DESKTOP,
    NARROW,
    axe_violations,
    finish_transitions,
    format_axe_violations,
    open_page,
)


def test_axe_at_desktop_width_in_light_and_dark_mode(new_context, http_server, sample):
    page = new_context(viewport=DESKTOP, color_scheme="light").new_page()
    problems = []
    for info in sample:
        open_page(page, http_server + info.url_path)
        problems += format_axe_violations(f"{info.label} at 1280 px", axe_violations(page))
        page.emulate_media(color_scheme="dark")
        finish_transitions(page)  # else axe reads colours halfway between light and dark
        dark = axe_violations(page, rules=AXE_COLOUR_RULES)
        problems += format_axe_violations(f"{info.label} dark mode", dark)
        page.emulate_media(color_scheme="light")
    assert not problems, "axe violations:\n" + "\n".join(problems)


def test_axe_at_320_px(new_context, http_server, sample):
    page = new_context(viewport=NARROW, color_scheme="light").new_page()
    problems = []
    for info in sample:
        open_page(page, http_server + info.url_path)
        problems += format_axe_violations(f"{info.label} at 320 px", axe_violations(page))
    assert not problems, "axe violations:\n" + "\n".join(problems)
