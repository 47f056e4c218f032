"""The index by life situation (topics), German and English."""

from .helpers import soup


def _topics(page) -> dict[str, list[str]]:
    found = {}
    for section in page.select("main section"):
        name = section.find("h2").get_text(strip=True)
        found[name] = [a.get_text(strip=True) for a in section.select("li a")]
    return found


def test_german_life_events(services_site):
    page = soup(services_site, "/rathaus/leistungen/lebenslagen/")
    assert page.find("h1").get_text(strip=True) == "Leistungen nach Lebenslage"
    assert _topics(page) == {
        "Ausweise": ["Personalausweis beantragen"],
        "Familie": ["Änderung des Familiennamens"],
        "Umzug": [
            "Abfallkalender bestellen",
            "Anwohnerparkausweis beantragen",
            "Personalausweis beantragen",
        ],
        "Wohnen": ["Zweitwohnungsteuer"],
    }
    nav = [a["href"] for a in page.select("main nav a")]
    assert nav == ["#ausweise", "#familie", "#umzug", "#wohnen"]


def test_english_life_events_only_english_services(services_site):
    page = soup(services_site, "/en/town-hall/leistungen/life-events/")
    assert page.find("html")["lang"] == "en"
    assert _topics(page) == {
        "Identity documents": ["Applying for an identity card"],
        "Moving house": ["Applying for an identity card"],
    }
