"""A small fixture site: URLs, sections, translations, references, escaping."""

from __future__ import annotations

from tests.conftest import read_html


def test_clean_urls_mirror_the_folders(mini_site):
    assert (mini_site / "rathaus/aemter/buergerbuero/index.html").is_file()
    assert (mini_site / "rathaus/leistungen/personalausweis/index.html").is_file()


def test_english_urls_use_english_section_slugs(mini_site):
    assert (mini_site / "en/tourism/castle/index.html").is_file()


def test_body_links_between_files_become_page_urls(mini_site):
    html = read_html(mini_site, "/")
    assert 'href="/rathaus/aemter/buergerbuero/"' in html


def test_language_switch_links_the_translation(mini_site):
    html = read_html(mini_site, "/tourismus/schloss/")
    assert 'href="/en/tourism/castle/" hreflang="en"' in html


def test_language_switch_without_translation_goes_to_the_other_start_page(mini_site):
    html = read_html(mini_site, "/rathaus/aemter/buergerbuero/")
    assert 'href="/en/" hreflang="en"' in html
    assert "not available in English" in html


def test_hreflang_pairs(mini_site):
    de = read_html(mini_site, "/tourismus/schloss/")
    en = read_html(mini_site, "/en/tourism/castle/")
    assert 'hreflang="en" href="http://localhost:8000/en/tourism/castle/"' in de
    assert 'hreflang="de" href="http://localhost:8000/tourismus/schloss/"' in en


def test_titles_are_escaped(mini_site):
    html = read_html(mini_site, "/tourismus/")
    assert "Tourismus &amp; Freizeit" in html


def test_breadcrumbs_follow_the_folders(mini_site):
    html = read_html(mini_site, "/rathaus/aemter/buergerbuero/")
    crumbs = html.split('class="ms-breadcrumbs"')[1].split("</nav>")[0]
    assert (
        crumbs.index('href="/"')
        < crumbs.index('href="/rathaus/"')
        < crumbs.index('href="/rathaus/aemter/"')
    )


def test_one_h1_per_page(mini_site):
    for page in mini_site.rglob("*.html"):
        if page.parts[len(mini_site.parts)] == "admin":  # the CMS app, not a page of the site
            continue
        assert page.read_text(encoding="utf-8").count("<h1") == 1, page
