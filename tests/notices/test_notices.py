"""Notices: current/archive split at 2026-11-25, attachments, archive page, feed, errors."""

import datetime as dt
import shutil

import feedparser
import pytest

from plugins.notices.attachments import size_text
from plugins.notices.listing import is_archived
from plugins.site.items import Item
from tests.conftest import build_site, read_html
from tests.news.town_site import TOWN, hrefs, parts

PUBLIC = "http://localhost:8000"
BASE = "/rathaus/bekanntmachungen/"
TODAY = dt.date(2026, 11, 25)


def notice(valid_until=None) -> Item:
    meta = {"title": "N", "date": dt.date(2026, 11, 1), "valid_until": valid_until}
    return Item(
        source="n.md", type="notice", lang="de", key="n", slug="n", folder=(),
        is_index=False, meta=meta, body="", body_line=1,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("valid_until", "archived"),
    [(None, False), (dt.date(2026, 11, 25), False), (dt.date(2026, 11, 24), True)],
)
def test_a_notice_hangs_until_the_end_of_its_last_day(valid_until, archived):
    assert is_archived(notice(valid_until), TODAY) is archived


@pytest.mark.parametrize(
    ("size", "lang", "text"),
    [(500, "de", "1 KB"), (23 * 1024 + 100, "de", "23 KB"), (1_300_000, "de", "1,2 MB"),
     (1_300_000, "en", "1.2 MB"), (3 * 1024 * 1024, "de", "3 MB")],
)  # fmt: skip
def test_size_text(size, lang, text):
    assert size_text(size, lang) == text


def notice_links(html: str) -> list[str]:
    return [
        h for h in hrefs(html) if h.startswith(BASE) and h.count("/") == 4 and "archiv" not in h
    ]


def test_landing_lists_current_notices_newest_first(town):
    html = read_html(town, BASE)
    assert notice_links(html) == [
        BASE + "sitzung-stadtrat/",  # valid until the build date itself: still current
        BASE + "bebauungsplan-12/",
        BASE + "haushaltssatzung-2026/",  # no valid_until: stays current
    ]
    assert BASE + "archiv/" in hrefs(html)
    assert "Maßgeblich ist der Tag der Bereitstellung." in html


def test_archive_lists_expired_notices(town):
    html = read_html(town, BASE + "archiv/")
    assert notice_links(html) == [BASE + "vollsperrung/"]
    assert BASE in hrefs(html)


def test_expired_notice_says_it_is_archived(town):
    html = read_html(town, BASE + "vollsperrung/")
    assert "Archiviert:" in html
    assert "hing bis 30. Oktober 2026 aus und ist nicht mehr aktuell" in html
    assert "Archiviert:" not in read_html(town, BASE + "bebauungsplan-12/")


def test_notice_page_shows_dates_and_attachments(town):
    html = read_html(town, BASE + "bebauungsplan-12/")
    page = parts(html)
    assert page.times[:2] == ["2026-11-12", "2026-12-18"]
    assert "Aushang bis" in html
    attachments = {link["href"]: link["text"] for link in page.links if ".pdf" in link["href"]}
    assert attachments == {
        BASE + "bebauungsplan-12-plan.pdf": "Planzeichnung (Entwurf)",
        BASE + "anlagen/bebauungsplan-12-begruendung.pdf": "Begründung",
    }
    assert 'Planzeichnung (Entwurf)</a> <span class="ms-attachments__meta">(PDF, 23 KB)' in html
    assert "(PDF, 1,2 MB)" in html
    for url in attachments:  # Pelican copies the files beside the .md to the same path
        assert (town / url.lstrip("/")).read_bytes() == (TOWN / url.removeprefix("/")).read_bytes()


def test_notices_feed(town):
    feed = feedparser.parse((town / "rathaus/bekanntmachungen/feed.atom").read_bytes())
    assert not feed.bozo, feed.bozo_exception
    assert feed.feed.title == "Amtliche Bekanntmachungen der Stadt Musterstadt"
    assert [entry.link for entry in feed.entries] == [
        PUBLIC + BASE + "sitzung-stadtrat/",
        PUBLIC + BASE + "bebauungsplan-12/",
        PUBLIC + BASE + "vollsperrung/",
        PUBLIC + BASE + "haushaltssatzung-2026/",
    ]
    assert feed.entries[0].published == "2026-11-18T00:00:00+01:00"
    assert any(
        link.get("href") == BASE + "feed.atom" and link.get("tag") == "link"
        for link in parts(read_html(town, "/")).links
    )


def test_start_page_block_shows_current_notices(town):
    html = read_html(town, "/")
    start = html.index('id="home-notices"')
    block = html[start : html.index("</section>", start)]
    assert BASE + "sitzung-stadtrat/" in block
    assert BASE + "vollsperrung/" not in block
    assert "Alle amtlichen Bekanntmachungen" in block


def test_missing_attachment_is_an_error_with_file_line_and_fix(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(TOWN, content)
    (content / "rathaus/bekanntmachungen/anlagen/bebauungsplan-12-begruendung.pdf").unlink()
    code, report = build_site(content, tmp_path / "output")
    assert code == 1
    assert (
        "rathaus/bekanntmachungen/bebauungsplan-12.md:10: attachment "
        "'anlagen/bebauungsplan-12-begruendung.pdf' not found (looked for content/rathaus/"
        "bekanntmachungen/anlagen/bebauungsplan-12-begruendung.pdf) — put the file "
        "'bebauungsplan-12-begruendung.pdf' beside bebauungsplan-12.md or correct the file name"
    ) in report
    assert not (tmp_path / "output/rathaus").exists()
