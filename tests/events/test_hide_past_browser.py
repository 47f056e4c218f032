"""In Chromium, with the browser's clock set: hide-past.js hides dates that ended after the
nightly build, and a month with nothing left."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from playwright.sync_api import Browser

from tests.browser.server import serve_directory
from tests.helpers import write_files

from .test_calendar_site import FILES, build_at

BERLIN = ZoneInfo("Europe/Berlin")


@pytest.fixture(scope="module")
def base_url(tmp_path_factory) -> Iterator[str]:
    content = write_files(tmp_path_factory.mktemp("content"), FILES)
    site = build_at(content, tmp_path_factory.mktemp("built"), "2027-04-01")
    with serve_directory(site) as url:
        yield url


def visible_dates(browser: Browser, base_url: str, path: str, now: datetime) -> list[str]:
    page = browser.new_page()
    try:
        page.clock.install(time=now)
        page.goto(base_url + path)
        page.wait_for_load_state("load")
        return page.locator("[data-event-end]:visible time").all_inner_texts()
    finally:
        page.close()


def test_nothing_is_hidden_on_the_build_day(browser, base_url):
    dates = visible_dates(browser, base_url, "/termine/", datetime(2027, 4, 1, 9, tzinfo=BERLIN))
    assert dates[0] == "Samstag, 3. April 2027, 10:00–12:00 Uhr"
    assert len(dates) == 32 + 2


def test_dates_that_ended_since_the_build_are_hidden(browser, base_url):
    # Saturday 3 April, 12:30: the market ended at 12:00.
    dates = visible_dates(
        browser, base_url, "/termine/", datetime(2027, 4, 3, 12, 30, tzinfo=BERLIN)
    )
    assert dates[0] == "10. April 2027 – 11. April 2027"
    assert len(dates) == 32 + 2 - 1


def test_event_page_dates_are_hidden_too(browser, base_url):
    dates = visible_dates(
        browser, base_url, "/termine/wochenmarkt/", datetime(2027, 4, 10, 13, tzinfo=BERLIN)
    )
    assert dates[0] == "Samstag, 17. April 2027, 10:00–12:00 Uhr"
    assert len(dates) == 10 - 2
