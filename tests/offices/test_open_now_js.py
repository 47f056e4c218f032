"""open-now.js in Chromium: status text and class for fixed clocks, German and English.

The page is served over HTTP with a strict Content-Security-Policy, so an inline script or eval
in open-now.js would show up as a console error. Intervals come from opening_hours.intervals().
"""

import html
import json
import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from playwright.sync_api import Browser

from plugins.kit import opening_hours
from tests.browser.server import serve_directory

SCRIPT = Path(__file__).resolve().parents[2] / "plugins" / "offices" / "static" / "open-now.js"
STRICT_CSP = {"Content-Security-Policy": "default-src 'self'"}
BUILD_START = datetime(2027, 4, 5)  # a Monday, no public holiday in the next two weeks
OFFICE = "Mo-Fr 08:00-12:00,13:30-16:00; PH off"
CLOSURE = "Mo-Fr 08:00-12:00; Apr 6-Apr 14 off"
LATE = "Mo-Fr 18:00-24:00; Sa 20:00-02:00"

BLOCK = '<div id="{id}" data-opening-intervals="{data}"><p data-open-now-status></p></div>'


def _block(block_id: str, data: str) -> str:
    return BLOCK.format(id=block_id, data=html.escape(data, quote=True))


def _intervals(text: str) -> str:
    return json.dumps(opening_hours.intervals(text, BUILD_START, 14))


PAGE = f"""<!doctype html>
<html lang="de">
<head><meta charset="utf-8"><title>Öffnungszeiten</title>
<script src="open-now.js" defer></script></head>
<body>
{_block("office", _intervals(OFFICE))}
{_block("closure", _intervals(CLOSURE))}
{_block("late", _intervals(LATE))}
{_block("always", _intervals("24/7"))}
{_block("broken", "not json")}
<section lang="en">
{_block("office-en", _intervals(OFFICE))}
{_block("closure-en", _intervals(CLOSURE))}
{_block("late-en", _intervals(LATE))}
</section>
</body>
</html>
"""


@pytest.fixture(scope="module")
def page_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("open-now")
    (folder / "index.html").write_text(PAGE, encoding="utf-8")
    shutil.copy(SCRIPT, folder / "open-now.js")
    (folder / "favicon.ico").write_bytes(b"")  # Chromium asks for it; a 404 would be logged
    with serve_directory(folder, headers=STRICT_CSP) as base_url:
        yield f"{base_url}/index.html"


def _statuses(browser: Browser, url: str, clock: str) -> dict[str, tuple[str, str]]:
    """Status text and is-open/is-closed class of every block at a fixed clock."""
    page = browser.new_page()
    problems: list[str] = []
    page.on("console", lambda message: problems.append(message.text))
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.add_init_script(f"window.__OPEN_NOW_CLOCK__ = {json.dumps(clock)};")
    page.goto(url)
    page.wait_for_load_state("load")
    found = page.eval_on_selector_all(
        "[data-opening-intervals]",
        """blocks => blocks.map(block => [
            block.id,
            block.querySelector('[data-open-now-status]').textContent,
            ['is-open', 'is-closed'].filter(name => block.classList.contains(name)).join(' '),
        ])""",
    )
    page.close()
    assert problems == []
    return {block_id: (text, state) for block_id, text, state in found}


@pytest.mark.parametrize(
    ("clock", "expected"),
    [
        (
            "2027-04-05T09:30:00+02:00",  # Monday morning
            {
                "office": ("Jetzt geöffnet – bis 12:00 Uhr", "is-open"),
                "office-en": ("Now open – until 12:00", "is-open"),
                "closure": ("Jetzt geöffnet – bis 12:00 Uhr", "is-open"),
                "closure-en": ("Now open – until 12:00", "is-open"),
                "late": ("Jetzt geschlossen – öffnet Mo, 18:00 Uhr", "is-closed"),
                "late-en": ("Now closed – opens Mon 18:00", "is-closed"),
                # The only interval ends where the data ends: no closing time to tell.
                "always": ("Jetzt geöffnet", "is-open"),
                "broken": ("", ""),
            },
        ),
        (
            "2027-04-05T10:30:00Z",  # Monday 12:30 in Berlin: lunch break
            {
                "office": ("Jetzt geschlossen – öffnet Mo, 13:30 Uhr", "is-closed"),
                "office-en": ("Now closed – opens Mon 13:30", "is-closed"),
                # Closed until Thursday of next week: the date is shown too.
                "closure": ("Jetzt geschlossen – öffnet Do, 15.04., 08:00 Uhr", "is-closed"),
                "closure-en": ("Now closed – opens Thu 15 Apr 8:00", "is-closed"),
                "late": ("Jetzt geschlossen – öffnet Mo, 18:00 Uhr", "is-closed"),
                "late-en": ("Now closed – opens Mon 18:00", "is-closed"),
                "always": ("Jetzt geöffnet", "is-open"),
                "broken": ("", ""),
            },
        ),
        (
            "2027-04-05T19:00:00+02:00",  # Monday evening
            {
                "office": ("Jetzt geschlossen – öffnet Di, 08:00 Uhr", "is-closed"),
                "office-en": ("Now closed – opens Tue 8:00", "is-closed"),
                "closure": ("Jetzt geschlossen – öffnet Do, 15.04., 08:00 Uhr", "is-closed"),
                "closure-en": ("Now closed – opens Thu 15 Apr 8:00", "is-closed"),
                "late": ("Jetzt geöffnet – bis 24:00 Uhr", "is-open"),
                "late-en": ("Now open – until 24:00", "is-open"),
                "always": ("Jetzt geöffnet", "is-open"),
                "broken": ("", ""),
            },
        ),
        (
            "2027-04-10T23:00:00+02:00",  # Saturday night, open past midnight
            {
                "office": ("Jetzt geschlossen – öffnet Mo, 08:00 Uhr", "is-closed"),
                "office-en": ("Now closed – opens Mon 8:00", "is-closed"),
                "closure": ("Jetzt geschlossen – öffnet Do, 08:00 Uhr", "is-closed"),
                "closure-en": ("Now closed – opens Thu 8:00", "is-closed"),
                "late": ("Jetzt geöffnet – bis So, 02:00 Uhr", "is-open"),
                "late-en": ("Now open – until Sun 2:00", "is-open"),
                "always": ("Jetzt geöffnet", "is-open"),
                "broken": ("", ""),
            },
        ),
        (
            "2027-04-09T17:00:00+02:00",  # Friday evening
            {
                "office": ("Jetzt geschlossen – öffnet Mo, 08:00 Uhr", "is-closed"),
                "office-en": ("Now closed – opens Mon 8:00", "is-closed"),
                # Less than six days ahead: the weekday is enough.
                "closure": ("Jetzt geschlossen – öffnet Do, 08:00 Uhr", "is-closed"),
                "closure-en": ("Now closed – opens Thu 8:00", "is-closed"),
                "late": ("Jetzt geschlossen – öffnet Fr, 18:00 Uhr", "is-closed"),
                "late-en": ("Now closed – opens Fri 18:00", "is-closed"),
                "always": ("Jetzt geöffnet", "is-open"),
                "broken": ("", ""),
            },
        ),
        (
            "2027-05-01T10:00:00+02:00",  # after the data: stale, say nothing
            {
                "office": ("", ""),
                "office-en": ("", ""),
                "closure": ("", ""),
                "closure-en": ("", ""),
                "late": ("", ""),
                "late-en": ("", ""),
                "always": ("", ""),
                "broken": ("", ""),
            },
        ),
    ],
)
def test_status_text_and_class(browser, page_url, clock, expected):
    assert _statuses(browser, page_url, clock) == expected
