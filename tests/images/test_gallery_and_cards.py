"""A sight's gallery and the card pictures, in a real build: derivatives, captions and credits,
the credits page, lazy card pictures with alt="" beside cards without a picture."""

from __future__ import annotations

from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from tests.helpers import build_files

from .helpers import photo

PARK = """\
---
title: Park
summary: Der Park am Schloss.
geo: {lat: 49.876, lon: 8.66}
image:
  src: bilder/park.jpg
  alt: Alte Bäume am Teich
  credit: "Foto: Maria Beispiel"
gallery:
  - src: bilder/rosen.jpg
    alt: Rosenbeete in Rot und Weiß
    caption: Der Rosengarten im Juni.
    credit: "Foto: Grünflächenamt"
  - src: bilder/teich.jpg
    alt: Zwei Schwäne auf dem Teich
---
Text.
"""
FILES = {
    "index.md": "---\ntitle: Musterstadt\n---\nWillkommen.\n",
    "orte/index.md": "---\ntitle: Orte\ndefault_type: poi\n---\nText.\n",
    "orte/park.md": PARK,
    "orte/brunnen.md": "---\ntitle: Brunnen\nsummary: Ein Brunnen.\ngeo: {lat: 49.87, lon: 8.65}\n---\nText.\n",  # noqa: E501
}


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> tuple[Path, str]:
    tmp = tmp_path_factory.mktemp("gallery")
    for name in ("park", "rosen", "teich"):
        photo(tmp / "content" / "orte" / "bilder" / f"{name}.jpg", size=(1600, 1000))
    code, report, output = build_files(tmp, FILES, SITE_CACHE_DIR=str(tmp / "cache"))
    assert code == 0, report
    return output, report


def page(output: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((output / url.strip("/") / "index.html").read_text("utf-8"), "html.parser")


def test_gallery_pictures_have_captions_credits_and_link_their_largest_version(built):
    output, _ = built
    items = page(output, "/orte/park/").select(".ms-gallery li")
    assert len(items) == 2
    first = items[0]
    img = first.select_one("img")
    assert img["alt"] == "Rosenbeete in Rot und Weiß" and img["loading"] == "lazy"
    assert "480w" in first.select_one("source[type='image/webp']")["srcset"]
    assert first.figcaption.get_text(" ", strip=True) == (
        "Der Rosengarten im Juni. Foto: Grünflächenamt"
    )
    link = first.select_one("a.ms-gallery__link")
    assert link["href"].startswith("/images/rosen-") and link["href"].endswith("-1600.jpg")
    assert (output / link["href"].lstrip("/")).is_file()
    assert items[1].select_one(".ms-gallery__credit") is None


def test_a_gallery_picture_without_credit_is_a_warning_at_its_line(tmp_path, capsys):
    files = {name: text for name, text in FILES.items() if name != "orte/brunnen.md"}
    for name in ("park", "rosen", "teich"):
        photo(tmp_path / "content" / "orte" / "bilder" / f"{name}.jpg", size=(400, 250))
    code, report, _ = build_files(tmp_path, files, SITE_CACHE_DIR=str(tmp_path / "cache"))
    assert code == 0, report
    warnings = capsys.readouterr().err
    assert "warning: orte/park.md:14: image has no credit" in warnings
    assert "orte/park.md:10" not in warnings  # the rose garden has its credit


def test_gallery_credits_are_on_the_credits_page(built):
    output, _ = built
    credits = page(output, "/bildnachweis/")
    entries = {dt.get_text(): dd.get_text(" ", strip=True) for dt, dd in
               zip(credits.select("dt"), credits.select("dd"), strict=True)}  # fmt: skip
    assert entries["Foto: Grünflächenamt"] == "Park"
    assert entries["Foto: Maria Beispiel"] == "Park"


def test_cards_with_and_without_a_picture(built):
    output, _ = built
    cards = {c.h3.get_text(strip=True): c for c in page(output, "/orte/").select(".ms-card")}
    park, brunnen = cards["Park"], cards["Brunnen"]
    img = park.select_one(".ms-card__media img")
    assert img["alt"] == "" and img["loading"] == "lazy"
    assert "45vw" in img["sizes"]
    assert park.select_one(".ms-card__credit").get_text() == "Foto: Maria Beispiel"
    assert brunnen.select("img, .ms-card__credit") == []
    assert "ms-card--image" not in brunnen["class"]
