"""Dienstleistungen A–Z: German sorting, letters, synonyms; rendered on the services landing."""

import pytest

from plugins.services.az import first_letter, german_key

from .helpers import soup

LANDING = "/rathaus/leistungen/"


@pytest.mark.parametrize(
    ("text", "letter"),
    [("Änderung", "A"), ("Öl", "O"), ("Übung", "U"), ("ärger", "A"), ("Zoo", "Z"), ("115", "#")],
)
def test_first_letter_folds_umlauts(text, letter):
    assert first_letter(text) == letter


def test_german_sort_puts_umlauts_with_their_vowel():
    words = ["Zoo", "Übung", "Uhr", "Öl", "Ofen", "Ärger", "Abfall", "Straße", "Strom"]
    assert sorted(words, key=german_key) == [
        "Abfall",
        "Ärger",
        "Ofen",
        "Öl",
        "Straße",
        "Strom",
        "Übung",
        "Uhr",
        "Zoo",
    ]


def test_letter_navigation_links_only_letters_with_entries(services_site):
    nav = soup(services_site, LANDING).select_one("main nav.ms-az-nav")
    links = {a.get_text(strip=True): a["href"] for a in nav.find_all("a")}
    assert links == {
        "A": "#buchstabe-a",
        "M": "#buchstabe-m",
        "N": "#buchstabe-n",
        "O": "#buchstabe-o",
        "P": "#buchstabe-p",
        "Z": "#buchstabe-z",
    }
    plain = [span.get_text(strip=True) for span in nav.select("span.ms-az-nav__empty")]
    assert len(plain) == 20 and "B" in plain and "Ä" not in plain


def test_letters_in_order_and_targets_exist(services_site):
    page = soup(services_site, LANDING)
    headings = [h.get_text(strip=True) for h in page.select("main section.ms-az-letter h2")]
    assert headings == ["A", "M", "N", "O", "P", "Z"]
    for link in page.select("main nav.ms-az-nav a"):
        assert page.find(id=link["href"][1:]) is not None


def _entries(page, letter):
    section = page.find(id=f"buchstabe-{letter}").find_parent("section")
    return [" ".join(li.get_text(" ").split()) for li in section.find_all("li")]


def test_german_order_within_a_letter(services_site):
    page = soup(services_site, LANDING)
    assert _entries(page, "a") == [
        "Abfallkalender bestellen online",
        "Änderung des Familiennamens",
        "Anwohnerparkausweis beantragen online",
        "Ausweis → siehe Personalausweis beantragen",
    ]


def test_synonyms_point_to_their_service(services_site):
    page = soup(services_site, LANDING)
    assert _entries(page, "p") == [
        "Perso → siehe Personalausweis beantragen",
        "Personalausweis beantragen",
    ]
    synonym = page.select("main li.ms-az-list__synonym")
    targets = {li.contents[0].strip(): li.find("a")["href"] for li in synonym}
    assert targets["Perso"] == "/rathaus/leistungen/personalausweis/"
    assert targets["Müllkalender"] == "/rathaus/leistungen/abfallkalender/"
    assert targets["Öffentlich-rechtliche Namensänderung"] == (
        "/rathaus/leistungen/namensaenderung/"
    )


def test_landing_keeps_its_text_and_links_life_events(services_site):
    page = soup(services_site, LANDING)
    assert page.select_one("main .ms-prose").get_text(strip=True) == (
        "Einleitungstext der Leistungen."
    )
    assert page.select_one("main a[href='/rathaus/leistungen/lebenslagen/']") is not None


def test_english_a_to_z_has_its_own_page(services_site):
    page = soup(services_site, "/en/town-hall/leistungen/")
    assert page.find("h1").get_text(strip=True) == "Services A–Z"
    assert _entries(page, "a") == ["Applying for an identity card"]
    assert _entries(page, "p") == ["Perso → see Applying for an identity card"]
