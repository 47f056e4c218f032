"""Broken internal links fail the build, named by the content file and line they are on."""

from __future__ import annotations

from tests.conftest import build_site
from tests.publishing.conftest import PRODUCTION


def add_page(content, name: str, body: str) -> None:
    (content / name).write_text(f"---\ntitle: Testseite\n---\n{body}\n", encoding="utf-8")


def test_clean_site_passes(tmp_path, mini_content):
    code, report = build_site(mini_content, tmp_path / "out", **PRODUCTION)
    assert code == 0, report


def test_broken_link_in_a_body_names_the_file_and_line(tmp_path, mini_content):
    # A calendar beside an existing page could be written by a plugin after the pages, so the
    # check while rendering lets it pass (a page that does not exist it reports itself, see
    # tests/site/test_content_checks.py); the check of the built site finds it missing.
    body = "Erste Zeile.\n\nSiehe [Abfallkalender](/rathaus/abfall-gibt-es-nicht.ics)."
    add_page(mini_content, "kaputt.md", body)
    code, report = build_site(mini_content, tmp_path / "out", **PRODUCTION)
    assert code == 1
    assert (
        "kaputt.md:6: the link '/rathaus/abfall-gibt-es-nicht.ics' is broken: no such file in "
        "the site" in report
    )
    assert "nothing was published" in report


def test_missing_anchor_is_broken(tmp_path, mini_content):
    add_page(mini_content, "anker.md", "## Gibt es\n\n[weg](#gibt-es-nicht) [da](#gibt-es)")
    code, report = build_site(mini_content, tmp_path / "out", **PRODUCTION)
    assert code == 1
    assert "anker.md:6: the link '#gibt-es-nicht' is broken: the page has no element" in report
    assert "'#gibt-es'" not in report


def test_link_without_the_sub_path_is_broken(tmp_path, mini_content):
    add_page(mini_content, "pfad.md", '<a href="/rathaus/">Rathaus</a>')
    code, report = build_site(
        mini_content,
        tmp_path / "out",
        SITEURL="https://example.org/stadt",
        SITE_PUBLIC_URL="https://example.org/stadt",
        SITE_CACHE_DIR="",
        **PRODUCTION,
    )
    assert code == 1
    assert "pfad.md:4: the link '/rathaus/' is broken: it leaves the site's path /stadt/" in report
