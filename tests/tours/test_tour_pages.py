"""Tour pages, the tours list and its filter pages, checked on the example site built at
2026-11-25 (the `site` fixture): figures, the profile's text alternative, JSON-LD, GPX download,
cards with and without pictures."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from pelican.settings import read_settings

from plugins.frontmatter import Problems
from plugins.site.incremental import LiveSite
from plugins.tours.formatting import format_length
from plugins.tours.gpx import read_track
from plugins.tours.profile import elevation_profile, key_point_rows
from tests.conftest import BUILD_DATE, ROOT, read_html
from tests.helpers import write_files
from tests.tours.test_bad_input import fixture, site

TOURS = ROOT / "content" / "tourismus" / "touren"
EICHBERG = {
    "de": "/tourismus/touren/eichberg-aussichtsturm/",
    "en": "/en/tourism/tours/eichberg-lookout-tower-hike/",
}
CYCLING = "/tourismus/touren/muehlbachtal-radtour/"
LIST = {"de": "/tourismus/touren/", "en": "/en/tourism/tours/"}

# schema.org properties of the types the TouristTrip uses (schema.org 29, read from the type
# pages): Thing's, Trip's and TouristTrip's own; ItemList, ListItem, Place/TouristAttraction,
# GeoCoordinates, PostalAddress, DataDownload (MediaObject), GovernmentOrganization.
THING = {"name", "description", "url", "image", "sameAs", "identifier", "subjectOf",
         "additionalType", "alternateName", "disambiguatingDescription", "mainEntityOfPage",
         "potentialAction"}  # fmt: skip
PROPERTIES = {
    "TouristTrip": THING | {"touristType", "arrivalTime", "departureTime", "itinerary",
                            "offers", "partOfTrip", "provider", "subTrip", "tripOrigin"},
    "ItemList": THING | {"itemListElement", "numberOfItems", "itemListOrder"},
    "ListItem": THING | {"position", "item", "nextItem", "previousItem"},
    "TouristAttraction": THING | {"geo", "address", "telephone", "openingHoursSpecification",
                                  "isAccessibleForFree", "publicAccess", "touristType"},
    "GeoCoordinates": THING | {"latitude", "longitude", "elevation", "address"},
    "PostalAddress": THING | {"streetAddress", "postalCode", "addressLocality",
                              "addressRegion", "addressCountry"},
    "DataDownload": THING | {"encodingFormat", "contentUrl", "contentSize", "measurementTechnique"},
    "GovernmentOrganization": THING | {"address", "telephone", "email", "logo"},
}  # fmt: skip


def soup(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup(read_html(site, url), "html.parser")


def trip(site: Path, url: str) -> dict:
    blocks = soup(site, url).select('script[type="application/ld+json"]')
    [data] = [d for d in map(json.loads, (b.string for b in blocks)) if d["@type"] == "TouristTrip"]
    return data


def schema_org_problems(node, where="") -> list[str]:
    """Every key of every typed node that schema.org does not define for its type."""
    found = []
    if isinstance(node, list):
        for index, value in enumerate(node):
            found += schema_org_problems(value, f"{where}[{index}]")
    elif isinstance(node, dict):
        kind = node.get("@type")
        if kind is not None:
            allowed = PROPERTIES.get(kind)
            if allowed is None:
                return [f"{where}: type {kind} is not in the checked list"]
            found += [f"{where}: {kind} has no property {key}" for key in node
                      if not key.startswith("@") and key not in allowed]  # fmt: skip
        for key, value in node.items():
            found += schema_org_problems(value, f"{where}.{key}")
    return found


# --- the tour page -------------------------------------------------------------------------


def test_figures_are_shown_with_units_in_german_and_english(site):
    german = soup(site, EICHBERG["de"]).select_one(".ms-tour-stats").get_text(" ", strip=True)
    english = soup(site, EICHBERG["en"]).select_one(".ms-tour-stats").get_text(" ", strip=True)
    assert "Länge 8,8\u00a0km" in german and "Aufstieg 252\u00a0m" in german
    assert "Gehzeit (nach DIN 33466) 3\u00a0Std." in german
    assert "Length 8.8\u00a0km" in english and "Walking time (DIN 33466) 3\u00a0h" in english
    cycling = soup(site, CYCLING).select_one(".ms-tour-stats").get_text(" ", strip=True)
    assert "Fahrzeit (bei 15\u00a0km/h) 2\u00a0Std. 30\u00a0Min." in cycling


def test_the_profile_has_its_key_points_as_a_table(site):
    page = soup(site, EICHBERG["de"])
    svg = page.select_one("svg.ms-profile")
    table = page.select_one("table.ms-profile-table")
    assert svg["role"] == "img" and svg["aria-describedby"] == table["id"]
    assert svg.select_one("title").get_text().startswith("Höhenprofil: 8,8\u00a0km lang")
    assert table.caption.get_text(strip=True) == "Wichtige Punkte des Höhenprofils"
    assert [th.get_text() for th in table.thead.select("th")] == [
        "Punkt",
        "Entfernung vom Start",
        "Höhe",
    ]
    shown = [tuple(c.get_text() for c in row.select("th, td")) for row in table.tbody.select("tr")]
    # The same rows as the profile module makes from the GPX file itself.
    track = read_track(TOURS / "eichberg-aussichtsturm.gpx", Problems())
    expected = key_point_rows(elevation_profile(track.points, "de").key_points, "de")
    assert shown == [tuple(row) for row in expected]
    assert shown[0][0] == "Startpunkt" and shown[-1][0] == "Ziel"
    assert ("Höchster Punkt", "2,9\u00a0km", "312\u00a0m") in shown


def test_tour_page_offers_the_gpx_file_as_published(site):
    link = soup(site, EICHBERG["en"]).select_one('a[type="application/gpx+xml"]')
    assert link["href"] == "/tourismus/touren/eichberg-aussichtsturm.gpx"
    assert link.has_attr("download")
    published = site / "tourismus/touren/eichberg-aussichtsturm.gpx"
    assert published.read_bytes() == (TOURS / "eichberg-aussichtsturm.gpx").read_bytes()


def test_map_data_has_the_track_and_the_sights_along_it(site):
    page = soup(site, EICHBERG["de"])
    line = json.loads(page.select_one("script.ms-map__line").string)
    places = json.loads(page.select_one("script.ms-map__data").string)
    assert 50 < len(line) <= 400
    assert all(49 < lat < 50 and 8 < lon < 9 for lat, lon in line)
    assert [p["title"] for p in places] == [
        "Marktplatz mit Marktbrunnen",
        "Freibad am Woog",
        "Aussichtsturm auf dem Eichberg",
    ]
    stops = [a.get_text() for a in page.select(".ms-tour-stops a")]
    assert stops == [p["title"] for p in places]


@pytest.mark.parametrize("lang", ["de", "en"])
def test_json_ld_is_a_tourist_trip_with_its_itinerary(site, lang):
    data = trip(site, EICHBERG[lang])
    assert data["@context"] == "https://schema.org" and data["@type"] == "TouristTrip"
    assert schema_org_problems(data) == []
    assert data["url"] == "http://localhost:8000" + EICHBERG[lang]
    assert data["touristType"] == {"de": "Wandern", "en": "Hiking"}[lang]
    itinerary = data["itinerary"]
    assert itinerary["@type"] == "ItemList" and itinerary["numberOfItems"] == 3
    positions = [entry["position"] for entry in itinerary["itemListElement"]]
    assert positions == [1, 2, 3]
    first = itinerary["itemListElement"][0]["item"]
    assert first["@type"] == "TouristAttraction"
    assert first["url"].startswith("http://localhost:8000/") and first["geo"]["latitude"] > 49
    assert data["tripOrigin"]["address"]["postalCode"] == "64283"
    download = data["subjectOf"]
    assert download["encodingFormat"] == "application/gpx+xml"
    assert download["contentUrl"].endswith("/tourismus/touren/eichberg-aussichtsturm.gpx")


def test_the_property_check_can_fail():
    assert schema_org_problems({"@type": "TouristTrip", "length": "8 km"}) == [
        ": TouristTrip has no property length"
    ]
    assert schema_org_problems({"@type": "Trip", "itinerary": {"@type": "Place"}}) != []


# --- the list, its cards and its filters ----------------------------------------------------


def test_list_shows_every_tour_as_a_card_with_its_picture_and_facts(site):
    page = soup(site, LIST["de"])
    cards = page.select("ul.ms-tour-cards > li.ms-card")
    assert len(cards) == 5
    for card in cards:
        img = card.select_one(".ms-card__media img")
        assert img["alt"] == "" and img["loading"] == "lazy" and "480w" in img["srcset"]
        assert "automatisch erzeugt" in card.select_one(".ms-card__credit").get_text()
        assert "Schwierigkeit:" in card.select_one(".ms-card__meta").get_text()
    titles = [card.select_one(".ms-card__title").get_text(strip=True) for card in cards]
    assert "Radtour durchs Mühlbachtal" in titles


def test_cards_with_and_without_pictures_on_the_tourism_landing(site):
    page = soup(site, "/tourismus/")
    cards = {
        c.select_one(".ms-card__title").get_text(strip=True): c for c in page.select(".ms-card")
    }
    with_picture = cards["Touren"]
    assert "ms-card--image" in with_picture["class"]
    assert with_picture.select_one("picture source[type='image/webp']")
    # The title comes first in the document; the picture is shown above it by CSS only.
    parts = [child["class"][0] for child in with_picture.find_all(recursive=False)]
    assert parts == ["ms-card__body", "ms-card__media"]
    without = cards["Anreise und Parken"]
    assert "ms-card--image" not in without["class"]
    assert without.select("img, picture, .ms-card__credit") == []
    assert page.select_one("main .ms-figure img:not([loading])"), "the hero loads at once"


def filter_links(site: Path, url: str) -> dict[str, str]:
    nav = soup(site, url).select_one("nav.ms-tour-filter")
    return {a.get_text(" ", strip=True): a["href"] for a in nav.select("li a")}


def card_titles(site: Path, url: str) -> list[str]:
    return [h.get_text(strip=True) for h in soup(site, url).select(".ms-tour-cards h3")]


def test_every_filter_link_is_a_built_page_listing_the_tours_with_that_value(site):
    links = filter_links(site, LIST["de"])
    assert links == {
        "Wandern (2 Touren)": "/tourismus/touren/aktivitaet/wandern/",
        "Radfahren (1 Tour)": "/tourismus/touren/aktivitaet/radfahren/",
        "Stadtrundgang (1 Tour)": "/tourismus/touren/aktivitaet/stadtrundgang/",
        "Barrierefrei (1 Tour)": "/tourismus/touren/aktivitaet/barrierefrei/",
        "leicht (2 Touren)": "/tourismus/touren/schwierigkeit/leicht/",
        "mittel (2 Touren)": "/tourismus/touren/schwierigkeit/mittel/",
        "schwer (1 Tour)": "/tourismus/touren/schwierigkeit/schwer/",
        "bis 5 km (2 Touren)": "/tourismus/touren/laenge/bis-5-km/",
        "5 bis 15 km (1 Tour)": "/tourismus/touren/laenge/5-bis-15-km/",
        "über 15 km (2 Touren)": "/tourismus/touren/laenge/ueber-15-km/",
    }
    for text, url in links.items():
        count = int(text.rpartition("(")[2].split()[0])
        assert len(card_titles(site, url)) == count, url
        current = soup(site, url).select_one('nav.ms-tour-filter [aria-current="page"]')
        assert current["href"] == url
    # Sorted like every list: by `order`, then title ("Großer …" before "Radtour …").
    assert card_titles(site, "/tourismus/touren/laenge/ueber-15-km/") == [
        "Großer Höhenweg über Dachsberg und Hohen Kopf",
        "Radtour durchs Mühlbachtal",
    ]


def test_english_filter_pages_have_english_addresses_and_link_their_german_twin(site):
    links = filter_links(site, LIST["en"])
    assert links["Cycling (1 tour)"] == "/en/tourism/tours/activity/cycling/"
    assert links["moderate (2 tours)"] == "/en/tourism/tours/difficulty/moderate/"
    assert links["up to 5 km (2 tours)"] == "/en/tourism/tours/length/up-to-5-km/"
    page = soup(site, "/en/tourism/tours/activity/cycling/")
    assert page.select_one('link[hreflang="de"]')["href"].endswith(
        "/tourismus/touren/aktivitaet/radfahren/"
    )
    assert card_titles(site, "/en/tourism/tours/activity/cycling/") == [
        "Cycle tour through the Mühlbach valley"
    ]
    assert page.h1.get_text(strip=True) == "Tours – Activity: Cycling"


def test_lengths_on_cards_match_the_gpx_files(site):
    for card in soup(site, LIST["de"]).select(".ms-tour-cards .ms-card"):
        href = card.select_one("h3 a")["href"]
        name = href.rstrip("/").rpartition("/")[2] + ".gpx"
        track = read_track(TOURS / name, Problems())
        assert format_length(track.figures.length_m, "de") in card.get_text()


def test_the_preview_re_renders_a_tour_when_its_gpx_file_changes(tmp_path):
    content = write_files(tmp_path / "content", site("runde.gpx", fixture("four_points_north.gpx")))
    overrides = {
        "PATH": str(content),
        "OUTPUT_PATH": str(tmp_path / "live"),
        "SITE_BUILD_DATE": BUILD_DATE,
        "SITE_CACHE_DIR": str(tmp_path / "cache"),
    }
    live = LiveSite(read_settings(str(ROOT / "pelicanconf.py"), override=overrides))
    live.full()
    page = live.output / "tourismus/touren/runde/index.html"
    assert "Aufstieg</dt><dd>130\u00a0m" in page.read_text(encoding="utf-8")
    gpx = content / "tourismus/touren/runde.gpx"
    gpx.write_text(gpx.read_text().replace("<ele>250</ele>", "<ele>350</ele>"), encoding="utf-8")
    rendered, _ = live.update()
    assert live.wait()
    assert "Aufstieg</dt><dd>230\u00a0m" in page.read_text(encoding="utf-8")
    assert (live.output / "tourismus/touren/runde.gpx").read_bytes() == gpx.read_bytes()
    # The tour, the list and the filter pages showing its figures: not the whole site.
    assert 4 <= rendered < len(live.generator.index.pages) / 2
