"""A vacancy by build date: open up to and on its deadline; from the day after out of the list,
the feed, the search index and the sitemap, its page `noindex` saying so; gone after the grace
period (14 days)."""

from __future__ import annotations

import feedparser
import pytest

from plugins.jobs.schema import GRACE_DAYS
from tests.helpers import build_files
from tests.news.town_site import hrefs

from .site import job, town

LIST = "/rathaus/stellenangebote/"
PAGE = LIST + "frist/"
OTHER = LIST + "offen/"
FILES = town(
    frist=job(valid_through="2026-11-25"), offen=job(title="Offen", valid_through="2027-01-31")
)

# (build date, open, page built)
CASES = {
    "before": ("2026-11-24", True, True),
    "on the deadline": ("2026-11-25", True, True),
    "day after": ("2026-11-26", False, True),
    "last day of grace": ("2026-12-09", False, True),
    "after grace": ("2026-12-10", False, False),
}


@pytest.fixture(scope="module", params=list(CASES), ids=list(CASES))
def built(request, tmp_path_factory):
    date, is_open, page_built = CASES[request.param]
    code, report, output = build_files(tmp_path_factory.mktemp("jobs"), FILES, SITE_BUILD_DATE=date)
    assert code == 0, report
    return output, is_open, page_built


def read(output, url):
    return (output / url.lstrip("/") / "index.html").read_text(encoding="utf-8")


def test_grace_period_is_fourteen_days():
    assert GRACE_DAYS == 14


def test_list(built):
    output, is_open, _ = built
    links = hrefs(read(output, LIST))
    assert (PAGE in links) is is_open
    assert OTHER in links  # the other vacancy stays


def test_feed(built):
    output, is_open, _ = built
    feed = feedparser.parse((output / "rathaus/stellenangebote/feed.atom").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    links = [entry.link for entry in feed.entries]
    assert any(link.endswith(OTHER) for link in links)
    assert any(link.endswith(PAGE) for link in links) is is_open


def test_search_index(built):
    output, is_open, _ = built
    text = "".join(p.read_text(encoding="utf-8") for p in (output / "search").rglob("*.json"))
    assert OTHER in text
    assert (PAGE in text) is is_open


def test_sitemap(built):
    output, is_open, _ = built
    sitemap = (output / "sitemap.xml").read_text(encoding="utf-8")
    assert OTHER in sitemap
    assert (PAGE in sitemap) is is_open


def test_page(built):
    output, is_open, page_built = built
    path = output / PAGE.lstrip("/") / "index.html"
    assert path.exists() is page_built
    if not page_built:
        return
    html = path.read_text(encoding="utf-8")
    assert ('<meta name="robots" content="noindex">' in html) is not is_open
    assert ("Die Bewerbungsfrist ist abgelaufen" in html) is not is_open
    assert ('"JobPosting"' in html) is is_open  # no JobPosting for a closed vacancy
    assert ("Jetzt online bewerben" in html) is is_open


def test_browser_checks_sample_the_list_an_open_and_an_expired_vacancy(tmp_path):
    from tests.browser.site_pages import JOBS_TEMPLATES, all_pages, sample_pages

    code, report, output = build_files(tmp_path, FILES, SITE_BUILD_DATE="2026-11-26")
    assert code == 0, report
    sampled = {(p.template, p.lang): p.url_path for p in sample_pages(all_pages(output))}
    assert {t: sampled.get((t, "de")) for t in JOBS_TEMPLATES} == {
        "jobs-list": LIST,
        "job": OTHER,
        "job-expired": PAGE,
    }
    assert sampled[("jobs-list", "en")] == "/en/rathaus/jobs/"
