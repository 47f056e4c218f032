"""The checks themselves: each finds the problem it is meant to find in a deliberately bad
page, and stays silent on a good one. Runs without the built site."""

from pathlib import Path

import pytest

from tests.validators.vnu import check_html

from .checks import (
    AXE_COLOUR_RULES,
    CSP_LISTENER_JS,
    NARROW,
    axe_violations,
    csp_violations,
    elements_without_focus_indicator,
    finish_transitions,
    horizontal_overflow,
    moving_elements,
    open_page,
)
from .external_refs import external_refs_in_css, external_refs_in_html, is_external
from .server import serve_directory
from .site_pages import PageInfo, all_pages, sample_pages
from .test_keyboard import skip_link_problems

GOOD_PAGE = """<!doctype html>
<html lang="de" data-template="page">
<head><meta charset="utf-8"><title>Gut</title>
<link rel="stylesheet" href="/good.css"></head>
<body>
<a class="skip" href="#main">Zum Inhalt springen</a>
<header><nav aria-label="Hauptnavigation"><a href="/">Start</a></nav></header>
<main id="main" tabindex="-1"><h1>Gut</h1><p>Text mit <a href="/">Link</a>.</p></main>
</body></html>
"""
GOOD_CSS = """
.skip { position: absolute; left: -9999px }
.skip:focus { left: 0; outline: 3px solid #000 }
a { transition: color .2s }
@media (prefers-reduced-motion: reduce) { a { transition: none } }
"""
# Low contrast, image without alt, no skip link, too wide, motion, inline script and style,
# an image from another host, invalid nesting.
BAD_PAGE = """<!doctype html>
<html lang="de" data-template="page">
<head><meta charset="utf-8"><title>Schlecht</title>
<style>a { transition: color 2s } .wide { width: 2000px }</style></head>
<body>
<a href="/">Start</a>
<main><h1>Schlecht</h1>
<p style="color: #bbb; background: #fff">kaum lesbar</p>
<p><a href="/" style="outline: none">ohne Fokus</a></p>
<img src="https://example.invalid/foto.png">
<div class="wide">breit</div><span></div>
<script>document.title = "inline";</script>
</main></body></html>
"""


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("fixture_site")
    (root / "good.html").write_text(GOOD_PAGE, encoding="utf-8")
    (root / "good.css").write_text(GOOD_CSS, encoding="utf-8")
    (root / "bad.html").write_text(BAD_PAGE, encoding="utf-8")
    return root


@pytest.fixture(scope="module")
def fixture_server(fixture_site):
    with serve_directory(fixture_site) as base_url:
        yield base_url


@pytest.fixture(scope="module")
def fixture_csp_server(fixture_site):
    headers = {"Content-Security-Policy": "default-src 'self'"}
    with serve_directory(fixture_site, headers=headers) as base_url:
        yield base_url


def test_axe_reports_contrast_and_alt_only_on_the_bad_page(page, fixture_server):
    open_page(page, fixture_server + "/good.html")
    assert axe_violations(page) == []
    open_page(page, fixture_server + "/bad.html")
    rules = {violation["id"] for violation in axe_violations(page)}
    assert {"color-contrast", "image-alt"} <= rules


def test_axe_colour_rules_see_dark_mode(page, fixture_server):
    page.set_content(
        "<html lang=de><title>x</title><style>p { transition: color 1s }"
        "@media (prefers-color-scheme: dark) { p { color: #333; background: #000 } }"
        "</style><main><p>Text</p></main>"
    )
    assert axe_violations(page, rules=AXE_COLOUR_RULES) == []
    page.emulate_media(color_scheme="dark")
    finish_transitions(page)
    found = axe_violations(page, rules=AXE_COLOUR_RULES)
    assert [violation["id"] for violation in found] == ["color-contrast"]


def test_axe_runs_despite_the_csp_header(page, fixture_csp_server):
    open_page(page, fixture_csp_server + "/bad.html")
    assert axe_violations(page), "axe did not run under default-src 'self'"


def test_overflow_and_motion_are_found(new_context, fixture_server):
    page = new_context(viewport=NARROW, reduced_motion="reduce").new_page()
    open_page(page, fixture_server + "/good.html")
    assert horizontal_overflow(page) == []
    assert moving_elements(page) == []
    open_page(page, fixture_server + "/bad.html")
    assert 'div.wide reaches 2008px: "breit"' in horizontal_overflow(page)  # 8px body margin
    assert any(problem.startswith("a: transition 2s") for problem in moving_elements(page))


def test_skip_link_problems(page, fixture_server):
    open_page(page, fixture_server + "/good.html")
    assert skip_link_problems(page) == []
    open_page(page, fixture_server + "/bad.html")
    assert skip_link_problems(page) == ["first Tab focuses a 'Start', not the skip link"]


def test_elements_without_focus_indicator_are_found(page, fixture_server):
    open_page(page, fixture_server + "/good.html")
    assert elements_without_focus_indicator(page) == []
    open_page(page, fixture_server + "/bad.html")
    assert elements_without_focus_indicator(page) == ['a "ohne Fokus"']


def test_focus_indicator_is_read_after_its_transition(page):
    page.set_content(
        "<style>a { outline: none; transition: box-shadow 10s } "
        "a:focus-visible { box-shadow: 0 0 0 4px #000 }</style><a href='/'>Link</a>"
    )
    assert elements_without_focus_indicator(page) == []


def test_csp_violations_are_recorded(new_context, off_site_requests, fixture_csp_server):
    context = new_context()
    context.add_init_script(CSP_LISTENER_JS)
    page = context.new_page()
    open_page(page, fixture_csp_server + "/good.html")
    assert csp_violations(page) == []
    open_page(page, fixture_csp_server + "/bad.html")
    page.evaluate("new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve)))")
    blocked = {violation.split(" blocked")[0] for violation in csp_violations(page)}
    assert {"script-src-elem", "style-src-elem", "style-src-attr", "img-src"} <= blocked
    assert off_site_requests.urls == []  # CSP stopped the image before the network


def test_off_site_requests_are_aborted_and_recorded(new_context, off_site_requests, fixture_server):
    page = new_context().new_page()
    page.goto(fixture_server + "/good.html")
    page.set_content('<img src="https://example.invalid/a.png"><img src="/good.css">')
    page.wait_for_load_state("load")
    assert off_site_requests.urls == ["https://example.invalid/a.png"]


def test_server_answers_404_with_the_site_page(fixture_site, page):
    (fixture_site / "404.html").write_text(GOOD_PAGE, encoding="utf-8")
    with serve_directory(fixture_site) as base_url:
        response = page.goto(base_url + "/fehlt/")
        assert response.status == 404
        assert page.locator("h1").inner_text() == "Gut"
        response = page.goto(base_url + "/good.css")
        assert response.headers["content-type"].startswith("text/css")
    (fixture_site / "404.html").unlink()


def test_vnu_reports_file_line_and_message(fixture_site):
    messages = check_html(fixture_site)
    assert {message.file for message in messages} == {Path("bad.html")}
    assert any("Unclosed element “span”" in message.message for message in messages)
    assert all(message.line for message in messages)


@pytest.mark.parametrize(
    ("html", "expected"),
    [
        ('<img src="https://cdn.example/a.png">', ["https://cdn.example/a.png"]),
        ('<img srcset="/a.webp 1x, //cdn.example/b.webp 2x">', ["//cdn.example/b.webp"]),
        (
            '<link rel="stylesheet" href="https://fonts.googleapis.com/css">',
            ["https://fonts.googleapis.com/css"],
        ),
        ('<link rel="preconnect" href="https://fonts.gstatic.com">', ["https://fonts.gstatic.com"]),
        ('<script src="https://cdn.example/x.js"></script>', ["https://cdn.example/x.js"]),
        (
            '<iframe src="https://www.youtube.com/embed/x"></iframe>',
            ["https://www.youtube.com/embed/x"],
        ),
        ('<video poster="https://cdn.example/p.jpg"></video>', ["https://cdn.example/p.jpg"]),
        ('<div style="background: url(https://cdn.example/b.png)">', ["https://cdn.example/b.png"]),
        ("<style>\n@import 'https://cdn.example/x.css';</style>", ["https://cdn.example/x.css"]),
        ('<svg><use href="https://cdn.example/i.svg#x"/></svg>', ["https://cdn.example/i.svg#x"]),
        ('<a href="https://www.bund.de/">Bund</a>', []),
        ('<form action="https://example.org/"></form>', []),
        ('<img src="/bild.webp" srcset="bild-2x.webp 2x">', []),
        ('<link rel="canonical" href="https://www.musterstadt.de/">', []),
        ('<img src="data:image/png;base64,AAAA">', []),
    ],
)
def test_external_refs_in_html(html, expected):
    own = frozenset({"www.musterstadt.de"})
    assert [ref.url for ref in external_refs_in_html(html, own)] == expected


def test_external_refs_in_css_with_lines():
    css = """@import url("https://a.example/x.css");
@font-face { src: url(https://fonts.gstatic.com/f.woff2) format("woff2") }
@media print { .logo { background: image-set("https://c.example/l.png" 1x) } }
.ok { background: url(/bild.webp) }"""
    found = [(ref.line, ref.where, ref.url) for ref in external_refs_in_css(css)]
    assert found == [
        (1, "CSS url()", "https://a.example/x.css"),
        (2, "CSS url()", "https://fonts.gstatic.com/f.woff2"),
        (3, "CSS image-set()", "https://c.example/l.png"),
    ]


def test_is_external_ignores_relative_and_own_host():
    assert not is_external("/x.png")
    assert not is_external("../x.png")
    assert not is_external("https://www.musterstadt.de/x.png", frozenset({"www.musterstadt.de"}))
    assert is_external("https://musterstadt.de.evil.example/x.png", frozenset({"musterstadt.de"}))


def test_sample_takes_first_page_per_template_and_language(tmp_path):
    pages = {
        "index.html": ("home", "de"),
        "en/index.html": ("home", "en"),
        "b/index.html": ("service", "de"),
        "a/index.html": ("service", "de"),
        "en/a/index.html": ("service", "en"),
        "plain.html": (None, "de"),
    }
    for name, (template, lang) in pages.items():
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        template_attr = f' data-template="{template}"' if template else ""
        path.write_text(f'<html lang="{lang}"{template_attr}><h1>x</h1></html>', encoding="utf-8")
    chosen = [page.url_path for page in sample_pages(all_pages(tmp_path))]
    assert chosen == ["/", "/en/", "/a/", "/en/a/"]


def test_page_info_counts_h1_and_reads_html_attributes(tmp_path):
    (tmp_path / "x.html").write_text('<html lang="de"><h1>a</h1><h1>b</h1></html>')
    assert all_pages(tmp_path) == [PageInfo(Path("x.html"), None, "de", 2)]
