"""The demo town's Gastgeberverzeichnis as built: the directory (de/en), its pre-rendered filter
and price pages, the map data, the GeoJSON, each host's page with JSON-LD and the card images."""

from __future__ import annotations

import json
from pathlib import Path

from bs4 import BeautifulSoup

DIRECTORY = {"de": "tourismus/uebernachten", "en": "en/tourism/accommodation"}
# What schema.org defines for LodgingBusiness (and so for its subtypes used here).
ALLOWED = {
    "@context", "@type", "name", "description", "url", "address", "geo", "telephone", "email",
    "sameAs", "image", "priceRange", "numberOfRooms", "starRating", "amenityFeature",
}  # fmt: skip


def soup(site: Path, path: str) -> BeautifulSoup:
    return BeautifulSoup((site / path / "index.html").read_text(encoding="utf-8"), "html.parser")


def card_titles(page: BeautifulSoup) -> list[str]:
    return [a.get_text(strip=True) for a in page.select(".ms-lodging-cards .ms-card__title a")]


def status(page: BeautifulSoup) -> str:
    return page.select_one(".ms-lodging-status").get_text(strip=True)


def test_the_directory_lists_twelve_hosts_by_name_in_both_languages(site):
    german = soup(site, DIRECTORY["de"])
    titles = card_titles(german)
    assert len(titles) == 12
    assert titles[0] == "Campingplatz Am Woog" and titles[-1] == "Wohnmobilstellplatz am Festplatz"
    assert status(german) == "12 Gastgeber gefunden"
    english = soup(site, DIRECTORY["en"])
    assert len(card_titles(english)) == 12 and status(english) == "12 hosts found"
    assert english.find("h1").get_text(strip=True) == "Where to stay"


def test_the_price_page_lists_the_cheapest_first(site):
    page = soup(site, DIRECTORY["de"] + "/nach-preis")
    prices = [float(li["data-price"]) for li in page.select(".ms-lodging-cards > li")]
    assert len(prices) == 12 and prices == sorted(prices)
    assert card_titles(page)[0] == "Wohnmobilstellplatz am Festplatz"
    assert page.select_one("#lodging-sort option[selected]")["value"] == "price"
    english = soup(site, DIRECTORY["en"] + "/by-price")
    assert card_titles(english)[-1] == "Holiday home Mühlbachtal"


def test_filter_pages_exist_for_each_value_some_host_has(site):
    hotels = soup(site, DIRECTORY["de"] + "/kategorie/hotel")
    assert card_titles(hotels) == [
        "Hotel am Bahnhof",
        "Hotel Zum Goldenen Löwen",
        "Schlosshotel Orangerie",
    ]
    assert status(hotels) == "3 Gastgeber gefunden"
    current = hotels.select('.ms-lodging-filter [aria-current="page"]')
    assert [a.get_text(" ", strip=True) for a in current] == ["Hotel (3)"]
    # Without JavaScript the filter page has links, not the script's form.
    assert hotels.select_one("form.ms-lodging-form") is None
    wheelchair = soup(site, DIRECTORY["de"] + "/barrierefrei/rollstuhlfahrer")
    assert set(card_titles(wheelchair)) == {
        "Hotel Zum Goldenen Löwen",
        "Hotel am Bahnhof",
        "Ferienwohnung Am Stadtpark",
        "Jugendherberge Musterstadt",
    }
    pets = soup(site, DIRECTORY["en"] + "/amenities/pets-allowed")
    assert len(card_titles(pets)) == 5
    stars = soup(site, DIRECTORY["de"] + "/klassifizierung/dehoga-4-sterne")
    assert set(card_titles(stars)) == {"Hotel Zum Goldenen Löwen", "Schlosshotel Orangerie"}
    assert soup(site, DIRECTORY["en"] + "/classification/dtv-5-stars") is not None
    # No page for a value nobody has.
    assert not (site / DIRECTORY["de"] / "klassifizierung" / "dehoga-5-sterne").exists()


def test_every_filter_link_leads_to_a_page_with_as_many_hosts_as_it_says(site):
    page = soup(site, DIRECTORY["en"])
    links = page.select(".ms-lodging-filter__group a")
    assert len(links) > 20
    for link in links:
        count = int(link.select_one(".ms-lodging-filter__count").get_text(strip=True).strip("()"))
        target = soup(site, link["href"].strip("/"))
        assert len(card_titles(target)) == count, link["href"]


def test_the_cards_carry_what_the_script_filters_by_and_images(site):
    page = soup(site, DIRECTORY["de"])
    cards = {
        li.select_one("h3 a").get_text(strip=True): li
        for li in page.select(".ms-lodging-cards > li")
    }
    lion = cards["Hotel Zum Goldenen Löwen"]
    assert lion["data-category"] == "hotel"
    assert lion["data-classification"] == "dehoga-4-sterne"
    assert "sauna" in lion["data-amenity"].split()
    assert lion["data-accessibility"].split() == ["menschen-mit-gehbehinderung", "rollstuhlfahrer"]
    assert lion["data-price"] == "109"
    assert lion.select_one("picture img")["alt"] == ""  # the title link names the card
    assert "ab 109 €" in lion.select_one(".ms-card__meta").get_text()
    assert cards["Pension Lindenhof"].select_one("picture") is None


def test_the_map_shows_all_hosts_and_the_geojson_lists_them(site):
    page = soup(site, DIRECTORY["de"])
    markers = json.loads(page.select_one("#map-lodging .ms-map__data").string)
    assert len(markers) == 12
    assert all({"title", "url", "lat", "lon"} <= set(marker) for marker in markers)
    # Nothing from a third party until the click: no tile or script address in an attribute.
    assert "tile.openstreetmap.org" not in str(page.select_one("#map-lodging img") or "")
    data = json.loads((site / "gastgeber.geojson").read_text(encoding="utf-8"))
    assert len(data["features"]) == 12
    lion = next(
        f for f in data["features"] if f["properties"]["title"] == "Hotel Zum Goldenen Löwen"
    )
    assert lion["geometry"]["coordinates"] == [8.6531, 49.8727]
    assert lion["properties"]["category"] == "Hotel"
    english = json.loads((site / "en/lodging.geojson").read_text(encoding="utf-8"))
    assert len(english["features"]) == 12


def structured_data(site: Path, path: str) -> dict:
    page = soup(site, path)
    blocks = [json.loads(s.string) for s in page.find_all("script", type="application/ld+json")]
    return next(b for b in blocks if b.get("@type") not in ("BreadcrumbList", "WebSite"))


def test_each_host_page_has_json_ld_of_its_type_with_only_known_properties(site):
    expected = {
        "hotel-zum-goldenen-loewen": "Hotel",
        "pension-lindenhof": "BedAndBreakfast",
        "jugendherberge": "Hostel",
        "campingplatz-am-woog": "Campground",
        "ferienwohnung-am-stadtpark": "LodgingBusiness",
    }
    for slug, kind in expected.items():
        data = structured_data(site, f"{DIRECTORY['de']}/{slug}")
        assert data["@type"] == kind
        assert set(data) <= ALLOWED, set(data) - ALLOWED
        assert data["address"]["@type"] == "PostalAddress"
        assert data["geo"]["@type"] == "GeoCoordinates"
    lion = structured_data(site, f"{DIRECTORY['en']}/hotel-zum-goldenen-loewen")
    assert lion["starRating"] == {
        "@type": "Rating",
        "ratingValue": 4,
        "author": {"@type": "Organization", "name": "German Hotel Classification (DEHOGA)"},
    }
    assert {"@type": "LocationFeatureSpecification", "name": "Wi-Fi", "value": True} in lion[
        "amenityFeature"
    ]
    assert lion["priceRange"] == "from €109"
    assert lion["telephone"] == "06151 2840"
    assert lion["image"].startswith("http") and "/images/" in lion["image"]
    assert "starRating" not in structured_data(site, f"{DIRECTORY['de']}/jugendherberge")


def test_a_host_page_shows_accessibility_booking_and_the_tourist_information(site):
    page = soup(site, f"{DIRECTORY['de']}/hotel-zum-goldenen-loewen")
    text = page.find("main").get_text(" ", strip=True)
    assert "Reisen für Alle: Barrierefreiheit geprüft" in text
    assert "gültig bis 31.05.2028" in text
    assert page.find("a", string="Direkt beim Gastgeber buchen")["href"].startswith("https://")
    help_box = page.select_one(".ms-lodging-help")
    assert "Tourist-Information" in help_box.get_text() and help_box.select_one(
        'a[href^="tel:+49"]'
    )
    english = soup(site, f"{DIRECTORY['en']}/hotel-zum-goldenen-loewen")
    assert "Accessibility checked" in english.find("main").get_text(" ", strip=True)
    assert english.find("html")["lang"] == "en"
