"""Sight pages, the overview with its map, GeoJSON, JSON-LD and the start-page block, checked on
the example site built at 2026-11-25 (the `site` fixture)."""

from __future__ import annotations

import json
import re
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

import pytest

from plugins.sights.structured_data import is_free, tourist_attraction
from tests.conftest import ROOT, read_html
from tests.helpers import check_files

SIGHTS = ROOT / "content" / "tourismus" / "sehenswuerdigkeiten"
OVERVIEW = {"de": "/tourismus/sehenswuerdigkeiten/", "en": "/en/tourism/sights/"}


class Collector(HTMLParser):
    """JSON-LD blocks, map data blocks, and the text of the page."""

    def __init__(self):
        super().__init__()
        self.json_ld, self.map_data, self.text = [], [], []
        self._kind = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "script" and attrs.get("type") == "application/ld+json":
            self._kind = self.json_ld
        elif tag == "script" and attrs.get("class") == "ms-map__data":
            self._kind = self.map_data

    def handle_endtag(self, tag):
        if tag == "script":
            self._kind = None

    def handle_data(self, data):
        if self._kind is not None:
            block = json.loads(data)
            if not isinstance(block, dict) or block.get("@type") != "BreadcrumbList":
                # the BreadcrumbList every page carries is checked in tests/validators
                self._kind.append(block)
        else:
            self.text.append(data)


def parse(site: Path, url: str) -> Collector:
    collector = Collector()
    collector.feed(read_html(site, url))
    return collector


def sight_count(lang: str) -> int:
    suffix = ".en.md" if lang == "en" else ".md"
    names = [p for p in SIGHTS.glob("*.md") if not p.name.startswith("index.")]
    if lang == "en":
        return sum(1 for p in names if p.name.endswith(".en.md"))
    return sum(1 for p in names if p.name.count(".") == 1 and p.name.endswith(suffix))


@pytest.mark.parametrize("lang, path", [("de", "poi.geojson"), ("en", "en/poi.geojson")])
def test_geojson_is_a_valid_feature_collection(site, lang, path):
    data = json.loads((site / path).read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == sight_count(lang) >= 10
    for feature in data["features"]:
        assert feature["type"] == "Feature"
        assert feature["geometry"]["type"] == "Point"
        lon, lat = feature["geometry"]["coordinates"]
        # Musterstadt lies near 49.87 N, 8.65 E: longitude first (RFC 7946), not latitude.
        assert 8 < lon < 9 and 49 < lat < 50
        props = feature["properties"]
        assert props["title"] and props["category"]
        assert props["url"].startswith("http") and props["url"].endswith("/")
    urls = [f["properties"]["url"] for f in data["features"]]
    assert len(set(urls)) == len(urls)


def test_sight_page_has_facts_hours_and_static_map_links(site):
    html = read_html(site, "/tourismus/sehenswuerdigkeiten/schloss/")
    page = parse(site, "/tourismus/sehenswuerdigkeiten/schloss/")
    text = " ".join(page.text)
    assert "Schlossplatz 1, 64283 Musterstadt" in text
    assert "Erwachsene 9,00 Euro" in text and "Aufzug im Nordflügel" in text
    # Tu-Su 10:00-17:00: Monday closed, Tuesday open
    assert re.search(r"<th scope=\"row\">Montag</th>\s*<td>geschlossen</td>", html)
    assert re.search(r"<th scope=\"row\">Dienstag</th>\s*<td>10:00–17:00</td>", html)
    # Dec 24-26 off lie within the 60 days after the build date
    assert "24. Dezember 2026 (Heiligabend)" in text or "24. Dezember 2026" in text
    assert (
        'href="https://www.openstreetmap.org/?mlat=49.8745&amp;mlon=8.657#map=17/49.8745/8.657"'
        in html
    )
    assert 'href="geo:49.8745,8.657' in html
    assert "https://www.openstreetmap.org/directions?route=" in html
    assert "Karte laden (Daten von OpenStreetMap)" in html
    assert page.map_data == [
        [
            {
                "title": "Schloss Musterstadt",
                "url": "/tourismus/sehenswuerdigkeiten/schloss/",
                "lat": 49.8745,
                "lon": 8.657,
            }
        ]
    ]
    assert 'href="tel:+496151126100"' in html


def test_no_page_requests_tiles_or_leaflet_by_itself(site):
    html = read_html(site, "/tourismus/sehenswuerdigkeiten/schloss/")
    assert "tile.openstreetmap.org" not in re.sub(r'data-tiles="[^"]*"', "", html)
    assert "leaflet.js" not in re.sub(r'data-leaflet-js="[^"]*"', "", html)
    assert (site / "static/maps/leaflet/leaflet.js").stat().st_size > 100_000
    assert (site / "static/maps/leaflet/images/marker-icon.png").exists()


def test_tourist_attraction_json_ld(site):
    [data] = parse(site, "/tourismus/sehenswuerdigkeiten/schloss/").json_ld
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "TouristAttraction"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 49.8745, "longitude": 8.657}
    assert data["address"]["streetAddress"] == "Schlossplatz 1"
    assert data["address"]["postalCode"] == "64283"
    specs = data["openingHoursSpecification"]
    tuesday = [s for s in specs if "https://schema.org/Tuesday" in s.get("dayOfWeek", [])]
    assert tuesday and tuesday[0]["opens"] == "10:00" and tuesday[0]["closes"] == "17:00"
    closed = [s for s in specs if s.get("validFrom") == "2026-12-24"]
    assert closed and closed[0]["opens"] == closed[0]["closes"] == "00:00"
    assert "isAccessibleForFree" not in data


def test_free_public_square_is_marked_free_and_public(site):
    [data] = parse(site, "/tourismus/sehenswuerdigkeiten/marktplatz/").json_ld
    assert data["isAccessibleForFree"] is True
    assert data["publicAccess"] is True


@pytest.mark.parametrize(
    "prices, expected",
    [
        (["Eintritt frei"], True),
        (["frei zugänglich"], True),
        (["free access"], True),
        (["Erwachsene 9,00 Euro", "Kinder frei"], None),
        (["Außenbesichtigung kostenlos; der Ratssaal nur mit Führung"], None),
        (None, None),
    ],
)
def test_is_free(prices, expected):
    assert is_free(prices) is expected


def test_tourist_attraction_leaves_out_unknown_values():
    data = tourist_attraction(
        {"geo": {"lat": 1.0, "lon": 2.0}}, "T", "S", "https://x.example/t/", date(2026, 1, 5)
    )
    assert set(data) == {"@context", "@type", "name", "description", "url", "geo"}


@pytest.mark.parametrize("lang", ["de", "en"])
def test_overview_lists_every_sight_by_category_with_a_map_of_all(site, lang):
    page = parse(site, OVERVIEW[lang])
    html = read_html(site, OVERVIEW[lang])
    [markers] = page.map_data
    assert len(markers) == sight_count(lang)
    geojson = json.loads((site / ("en/" if lang == "en" else "") / "poi.geojson").read_text())
    for marker in markers:
        assert f'href="{marker["url"]}"' in html
    categories = {f["properties"]["category"] for f in geojson["features"]}
    for category in categories:
        assert f'<h2 class="ms-section-title">{category}</h2>' in html


def test_home_page_block_shows_the_first_sights_by_order(site):
    html = read_html(site, "/")
    block = html[html.index('id="home-sights"') :]
    block = block[: block.index("</section>")]
    titles = re.findall(r'<h3 class="ms-card__title"><a href="([^"]+)"', block)
    assert titles == [
        "/tourismus/sehenswuerdigkeiten/altes-rathaus/",
        "/tourismus/sehenswuerdigkeiten/stadtkirche-st-marien/",
        "/tourismus/sehenswuerdigkeiten/schloss/",
        "/tourismus/sehenswuerdigkeiten/stadtmuseum/",
    ]
    assert 'href="/tourismus/sehenswuerdigkeiten/">Alle Sehenswürdigkeiten</a>' in block


def check(tmp_path: Path, text: str) -> tuple[int, str]:
    return check_files(tmp_path, {"turm.md": text})


@pytest.mark.parametrize(
    "geo, message",
    [
        (
            "  lat: 95.5\n  lon: 8.6\n",
            "turm.md:6: field 'geo.lat': must be at most 90, YAML read '95.5'\n",
        ),
        (
            "  lat: 49.8\n  lon: -181\n",
            "turm.md:7: field 'geo.lon': must be at least -180, YAML read '-181'\n",
        ),
    ],
)
def test_coordinates_out_of_range_stop_the_build(tmp_path, geo, message):
    code, report = check(
        tmp_path,
        "---\ntype: poi\ntitle: Turm\nsummary: Ein Turm.\ngeo:\n" + geo + "---\n",
    )
    assert code == 1
    assert message in report
