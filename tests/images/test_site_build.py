"""The images plugin in a real build: a small site with photos is built into a tmp folder."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from jinja2 import Environment, FileSystemLoader
from PIL import Image

import plugins.images.pipeline as pipeline
from plugins.site.build import import_plugins
from plugins.site.generator import load_site
from tests.conftest import ROOT, build_site, read_html

from .helpers import gps_exif, parse_tags, photo

PUBLIC_URL = "https://www.musterstadt.example"

SCHLOSS_DE = """\
---
title: Schloss
summary: Das Schloss am Park.
image:
  src: bilder/schloss.jpg
  alt: Schloss mit zwei Türmen hinter dem Rasen
  credit: "Foto: Maria Beispiel"
---
Das Schloss steht am Park.

![Rosenbeete in Rot und Weiß](bilder/rosen.jpg "Foto: Grünflächenamt")

Ein kleines Wappen:
![Wappen der Stadt, ein roter Löwe](/bilder/wappen.png)

[Schloss in voller Größe](/bilder/gross.jpg) und
![Der Schlosshof von oben](/bilder/gross.jpg)
"""

SCHLOSS_EN = """\
---
title: Castle
summary: The castle by the park.
image:
  src: bilder/schloss.jpg
  alt: Castle with two towers behind the lawn
  credit: "Photo: Maria Beispiel"
---
The castle stands by the park.
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def home_pages(content: Path) -> None:
    write(content / "index.md", "---\ntitle: Startseite\n---\nWillkommen.\n")
    write(content / "index.en.md", "---\ntitle: Home\n---\nWelcome.\n")
    write(content / "index.ls.md", "---\ntitle: Start-Seite\n---\nHallo.\n")


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    """A site with a hero photo (EXIF orientation + GPS), body images, a small PNG, a linked
    original; built once with a fresh cache."""
    root = tmp_path_factory.mktemp("images-site")
    content = root / "content"
    home_pages(content)
    write(content / "tourismus" / "schloss.md", SCHLOSS_DE)
    write(content / "tourismus" / "schloss.en.md", SCHLOSS_EN)
    # Stored 2000×1500, EXIF orientation 6: shown upright as 1500×2000.
    photo(content / "tourismus" / "bilder" / "schloss.jpg", (2000, 1500), exif=gps_exif(6))
    photo(content / "tourismus" / "bilder" / "rosen.jpg", (1200, 800), exif=gps_exif(1))
    photo(content / "bilder" / "gross.jpg", (1000, 700))
    Image.new("RGB", (300, 200), "red").save(content / "bilder" / "wappen.png")
    output = root / "output"
    overrides = {
        "SITE_CACHE_DIR": str(root / "cache"),
        "SITE_PUBLIC_URL": PUBLIC_URL,
        "PUBLISH_LINK_CHECK": True,  # every src/srcset must point to a written file
    }
    code, report = build_site(content, output, **overrides)
    assert code == 0, report
    return {"root": root, "content": content, "output": output, "overrides": overrides}


def images_in(html: str) -> list[tuple[str, dict]]:
    return [(tag, attrs) for tag, attrs in parse_tags(html) if tag in ("source", "img")]


def srcset_entries(srcset: str) -> list[tuple[str, int]]:
    entries = []
    for part in srcset.split(","):
        url, width = part.split()
        entries.append((url, int(width.removesuffix("w"))))
    return entries


def output_file(site: Path, url: str) -> Path:
    return site / url.lstrip("/")


def test_markdown_image_becomes_picture_with_srcset_sizes_and_dimensions(good):
    html = read_html(good["output"], "/tourismus/schloss/")
    tags = parse_tags(html)
    img = next(a for t, a in tags if t == "img" and a.get("alt", "").startswith("Rosenbeete"))
    index = tags.index(("img", img))
    assert tags[index - 2][0] == "picture"
    source = tags[index - 1][1]
    assert source["type"] == "image/webp"
    assert [w for _, w in srcset_entries(source["srcset"])] == [480, 960, 1200]
    assert [w for _, w in srcset_entries(img["srcset"])] == [480, 960, 1200]
    assert source["sizes"] == img["sizes"] == "(min-width: 45rem) 45rem, 100vw"
    assert (img["width"], img["height"]) == ("1200", "800")
    assert img["loading"] == "lazy"
    assert img["decoding"] == "async"
    assert img["src"].endswith("-1200.jpg")


def test_every_derivative_has_the_advertised_width_and_format(good):
    html = read_html(good["output"], "/tourismus/schloss/")
    checked = 0
    for _tag, attrs in images_in(html):
        if "srcset" not in attrs:
            continue
        expected = {"image/webp": "WEBP"}.get(attrs.get("type"))
        for url, width in srcset_entries(attrs["srcset"]):
            with Image.open(output_file(good["output"], url)) as image:
                assert image.width == width, url
                fallback = "JPEG" if url.endswith(".jpg") else "PNG"
                assert image.format == (expected or fallback), url
            checked += 1
    assert checked >= 12


def test_outputs_carry_no_exif_and_are_upright(good):
    files = sorted((good["output"] / "images").glob("schloss-*"))
    assert files, "no derivatives of the hero photo"
    for path in files:
        with Image.open(path) as image:
            exif = image.getexif()
            assert 0x8825 not in exif, f"{path.name} keeps GPS"  # GPSInfo
            assert 0x0110 not in exif, f"{path.name} keeps the camera model"
            if not path.stem.endswith("-og"):
                assert image.height > image.width, f"{path.name} is not rotated upright"


def test_small_images_are_never_upscaled(good):
    widths = []
    for path in (good["output"] / "images").glob("wappen-*"):
        with Image.open(path) as image:
            widths.append(image.width)
    assert widths and max(widths) == 300


def test_processed_originals_are_not_copied_but_linked_ones_are(good):
    output = good["output"]
    assert not (output / "tourismus" / "bilder" / "schloss.jpg").exists()
    assert not (output / "tourismus" / "bilder" / "rosen.jpg").exists()
    assert not (output / "bilder" / "wappen.png").exists()
    assert (output / "bilder" / "gross.jpg").is_file()  # a page links to it


def test_body_image_credit_follows_the_picture(good):
    html = read_html(good["output"], "/tourismus/schloss/")
    assert re.search(
        r'</picture><small class="ms-image__credit">Foto: Grünflächenamt</small>', html
    )


def test_credits_pages_list_each_credit_with_its_pages(good):
    de = parse_tags(read_html(good["output"], "/bildnachweis/"))
    html_de = read_html(good["output"], "/bildnachweis/")
    assert "<dt>Foto: Maria Beispiel</dt>" in html_de
    assert "<dt>Foto: Grünflächenamt</dt>" in html_de
    assert "Photo: Maria Beispiel" not in html_de
    assert ("a", {"href": "/tourismus/schloss/"}) in de
    html_en = read_html(good["output"], "/en/image-credits/")
    assert "<dt>Photo: Maria Beispiel</dt>" in html_en
    assert "Foto:" not in html_en
    hrefs = [a.get("href", "") for t, a in parse_tags(html_en) if t == "a"]
    assert "/en/tourismus/schloss/" in hrefs


@pytest.fixture(scope="module")
def good_index(good):
    """The site index of the good site, read again in this process (cache now warm)."""
    import_plugins(str(ROOT / "pelicanconf.py"))
    from pelican.settings import read_settings

    settings = read_settings(
        str(ROOT / "pelicanconf.py"),
        override={
            "PATH": str(good["content"]),
            "OUTPUT_PATH": str(good["output"]),
            "SITE_BUILD_DATE": "2026-11-25",
            **good["overrides"],
        },
    )
    return load_site(settings, good["content"])


def hero_item(index, lang="de"):
    return next(i for i in index.items if i.key == "schloss" and i.lang == lang)


def test_hero_data_renders_through_the_figure_component(good_index):
    item = hero_item(good_index)
    image = item.data["image"]
    assert image["credit"] == "Foto: Maria Beispiel"
    assert (image["width"], image["height"]) == (1500, 2000)
    env = Environment(
        loader=FileSystemLoader(str(ROOT / "plugins" / "images" / "templates")), autoescape=True
    )
    # The exact line the lead adds to theme/templates/page.html:
    line = (
        '{% if item.data.get("image") %}{% with image = item.data.image %}'
        '{% include "components/figure.html" %}{% endwith %}{% endif %}'
    )
    html = env.from_string(line).render(item=item)
    tags = parse_tags(html)
    assert [t for t, _ in tags][:2] == ["figure", "picture"]
    img = next(a for t, a in tags if t == "img")
    assert img["alt"] == "Schloss mit zwei Türmen hinter dem Rasen"
    assert "fetchpriority" not in img and "loading" not in img
    assert (img["width"], img["height"]) == ("1500", "2000")
    assert '<figcaption class="ms-figure__caption">Foto: Maria Beispiel</figcaption>' in html


def test_og_image_is_an_absolute_1200_by_630_jpeg(good_index, good):
    item = hero_item(good_index, "en")
    url = item.data["og_image"]
    assert url.startswith(f"{PUBLIC_URL}/images/") and url.endswith("-og.jpg")
    with Image.open(good["output"] / url.removeprefix(PUBLIC_URL).lstrip("/")) as image:
        assert image.size == (1200, 630)
        assert image.format == "JPEG"


def test_second_build_encodes_nothing(good, monkeypatch, tmp_path):
    def no_encoding(job):
        raise AssertionError(f"encoded {job.source.name} again")

    monkeypatch.setattr(pipeline, "encode", no_encoding)
    before = {p.name: p.stat().st_mtime_ns for p in (good["output"] / "images").iterdir()}
    code, report = build_site(good["content"], good["output"], **good["overrides"])
    assert code == 0, report  # an encode would have become a build error
    after = {p.name: p.stat().st_mtime_ns for p in (good["output"] / "images").iterdir()}
    assert after == before
    # A fresh output folder is filled from the cache alone.
    code, report = build_site(good["content"], tmp_path / "fresh", **good["overrides"])
    assert code == 0, report
    assert sorted(p.name for p in (tmp_path / "fresh" / "images").iterdir()) == sorted(before)


BAD_PAGE = """\
---
title: Fehler
image:
  src: bilder/ok.jpg
---
![](bilder/ok.jpg)

![Foto](bilder/ok.jpg)

![IMG_1234.jpg](bilder/ok.jpg)

![Der Marktplatz](bilder/fehlt.jpg)

![Die Stadtmauer](../geheim.jpg)

![Ein beschädigtes Foto](bilder/kaputt.jpg)
"""


def test_bad_images_are_reported_with_file_and_line(tmp_path):
    content = tmp_path / "content"
    home_pages(content)
    write(content / "fehler.md", BAD_PAGE)
    photo(content / "bilder" / "ok.jpg", (800, 600))
    whole = photo(tmp_path / "whole.jpg", (800, 600)).read_bytes()
    (content / "bilder" / "kaputt.jpg").write_bytes(whole[: len(whole) // 2])
    photo(tmp_path / "geheim.jpg", (400, 300))
    code, report = build_site(content, tmp_path / "out", SITE_CACHE_DIR=str(tmp_path / "c"))
    assert code == 1
    expected = [
        ("fehler.md:4:", "image has no alt text"),  # front matter: the line of `src`
        ("fehler.md:6:", "image has no alt text"),
        ("fehler.md:8:", "alt text 'Foto' only says that this is an image"),
        ("fehler.md:10:", "alt text 'IMG_1234.jpg' is a file name"),
        ("fehler.md:12:", "image 'bilder/fehlt.jpg' not found"),
        ("fehler.md:14:", "image path '../geheim.jpg' points outside the content folder"),
        ("fehler.md:16:", "image 'kaputt.jpg' is damaged or truncated"),
    ]
    lines = report.splitlines()
    for prefix, what in expected:
        assert any(line.startswith(prefix) and what in line for line in lines), (prefix, report)
    assert not list((tmp_path / "out" / "images").glob("kaputt-*"))
