"""Keyboard use: the skip link comes first, is visibly focused and leads into <main>."""

import re

from playwright.sync_api import Page

from .checks import (
    elements_without_focus_indicator,
    focused_element,
    main_has_focusable,
    open_page,
)

SKIP_LINK_TEXT = re.compile(r"Zum Inhalt|Skip to (main )?content", re.IGNORECASE)


def skip_link_problems(page: Page) -> list[str]:
    """Press Tab, check the skip link, press Enter and Tab, check where focus went."""
    page.keyboard.press("Tab")
    link = focused_element(page)
    if not SKIP_LINK_TEXT.search(link["text"]) or not (link["href"] or "").startswith("#"):
        return [f"first Tab focuses {link['description']} {link['text']!r}, not the skip link"]
    problems = []
    if not link["outlineVisible"] and link["boxShadow"] == "none":
        problems.append(f"focused skip link has no outline ({link['outline']}) and no box-shadow")
    if not link["onScreen"]:
        problems.append("focused skip link is not visible on screen")
    target = page.evaluate(
        """id => {
          const target = document.getElementById(id);
          const main = document.querySelector('main');
          if (!target) return 'missing';
          if (!main || !target.contains(main)) return 'not main';
          if (target !== main) return 'wrapper';
          return target.getAttribute('tabindex') === '-1' ? 'main' : 'no tabindex';
        }""",
        link["href"][1:],
    )
    messages = {
        "missing": f"skip link target {link['href']} does not exist",
        "not main": f"skip link target {link['href']} is not <main> and does not contain it",
        "no tabindex": f'skip link target {link["href"]} (<main>) lacks tabindex="-1"',
    }
    if target in messages:
        return [*problems, messages[target]]
    page.keyboard.press("Enter")
    after_enter = focused_element(page)
    # A wrapper around <main> cannot take focus; then only the next Tab tells.
    if target == "main" and not after_enter["isMain"]:
        problems.append(f"after Enter on the skip link focus is on {after_enter['description']}")
    page.keyboard.press("Tab")
    after_tab = focused_element(page)
    if main_has_focusable(page) and not after_tab["inMain"]:
        problems.append(
            f"Tab after the skip link goes to {after_tab['description']}, not into main"
        )
    return problems


def test_skip_link_leads_into_main(page, http_server, sample):
    problems = []
    for info in sample:
        open_page(page, http_server + info.url_path)
        problems += [f"{info.label}: {problem}" for problem in skip_link_problems(page)]
    assert not problems, "keyboard problems:\n" + "\n".join(problems)


def test_every_focusable_element_shows_focus(page, http_server, sample):
    problems = []
    for info in sample:
        open_page(page, http_server + info.url_path)
        problems += [
            f"{info.label}: {element} shows no focus indicator"
            for element in elements_without_focus_indicator(page)
        ]
    assert not problems, "focus not visible (WCAG 2.4.7):\n" + "\n".join(problems)
