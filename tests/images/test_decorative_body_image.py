"""A decorative image in the body: `![](bild.jpg "dekorativ")` gets alt="" and nothing under it;
its credit (after the word) still reaches the credits page."""

from __future__ import annotations

import re

import pytest

from plugins.site.markdown import decorative_title
from tests.conftest import ROOT, build_site, read_html

from .helpers import parse_tags, photo
from .test_site_build import home_pages, write

PAGE = """\
---
title: Park
summary: Der Park am Schloss.
---
Der Park ist jeden Tag offen.

![](bilder/ranke.jpg "dekorativ")

![](bilder/welle.jpg "Dekorativ; Grafik: Stadt Musterstadt")

![Die Rosenbeete im Juni](bilder/rosen.jpg "Foto: Grünflächenamt")
"""


@pytest.fixture(scope="module")
def park(tmp_path_factory):
    root = tmp_path_factory.mktemp("decorative")
    content = root / "content"
    home_pages(content)
    write(content / "park.md", PAGE)
    for name in ("ranke", "welle", "rosen"):
        photo(content / "bilder" / f"{name}.jpg", (600, 400))
    code, report = build_site(content, root / "output", SITE_CACHE_DIR=str(root / "cache"))
    assert code == 0, report
    return root / "output"


def pictures(html: str) -> list[dict]:
    return [attrs for tag, attrs in parse_tags(html) if tag == "img"]


def test_decorative_images_get_an_empty_alt_and_no_credit_under_them(park):
    html = read_html(park, "/park/")
    images = pictures(html)
    decorative = [img for img in images if "ranke" in img["src"] or "welle" in img["src"]]
    assert len(decorative) == 2
    assert all(img["alt"] == "" for img in decorative)
    assert "Grafik: Stadt Musterstadt" not in html  # no caption under the picture
    assert '<small class="ms-image__credit">Foto: Grünflächenamt</small>' in html
    [roses] = [img for img in images if "rosen" in img["src"]]
    assert roses["alt"] == "Die Rosenbeete im Juni"


def test_the_credit_of_a_decorative_image_is_on_the_credits_page(park):
    assert "<dt>Grafik: Stadt Musterstadt</dt>" in read_html(park, "/bildnachweis/")


def test_an_empty_alt_without_the_mark_is_still_an_error(tmp_path):
    content = tmp_path / "content"
    home_pages(content)
    write(content / "park.md", "---\ntitle: Park\n---\n![](bilder/ranke.jpg)\n")
    photo(content / "bilder" / "ranke.jpg", (300, 200))
    code, report = build_site(content, tmp_path / "out", SITE_CACHE_DIR="")
    assert code == 1
    assert "park.md:4: image has no alt text" in report


def test_decorative_with_alt_text_is_contradictory(tmp_path):
    content = tmp_path / "content"
    home_pages(content)
    page = '---\ntitle: Park\n---\n![Eine Ranke](bilder/ranke.jpg "dekorativ")\n'
    write(content / "park.md", page)
    photo(content / "bilder" / "ranke.jpg", (300, 200))
    code, report = build_site(content, tmp_path / "out", SITE_CACHE_DIR="")
    assert code == 1
    assert "park.md:4: image is marked decorative but has alt text 'Eine Ranke'" in report


def test_the_core_renderer_knows_the_mark_without_the_images_plugin(tmp_path):
    content = tmp_path / "content"
    write(content / "index.md", '---\ntitle: Start\n---\n![](ranke.svg "dekorativ")\n')
    write(content / "ranke.svg", '<svg xmlns="http://www.w3.org/2000/svg"/>')
    code, report = build_site(content, tmp_path / "out", PLUGINS=[], SITE_CACHE_DIR="")
    assert code == 0, report
    assert '<img src="/ranke.svg" alt="" loading="lazy">' in read_html(tmp_path / "out", "/")


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("dekorativ", (True, "")),
        ("Dekorativ; Foto: Stadt", (True, "Foto: Stadt")),
        ("decorative", (True, "")),
        ("Foto: Dekorative Ranke", (False, "Foto: Dekorative Ranke")),
        ("dekorative Ranke", (False, "dekorative Ranke")),
        ("", (False, "")),
    ],
)
def test_the_mark_is_the_first_word_of_the_title(title, expected):
    assert decorative_title(title) == expected


def test_the_guide_shows_the_mark_that_works():
    guide = (ROOT / "docs" / "anleitung.md").read_text(encoding="utf-8")
    examples = re.findall(r'`!\[\]\(([^ )]+) "([^"]+)"\)`', guide)
    assert len(examples) >= 2
    assert all(decorative_title(title)[0] for _, title in examples)
