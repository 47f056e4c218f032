"""/services.json and /en/services.json: parsed, checked, and byte-identical on a rebuild."""

import json

from plugins.services.catalogue import digital_figures

from .helpers import PUBLIC_URL, build_fixture


def _load(site, path):
    return json.loads((site / path).read_text(encoding="utf-8"))


def test_catalogue_entries(services_site):
    data = _load(services_site, "services.json")
    assert data["language"] == "de"
    assert data["url"] == PUBLIC_URL + "/services.json"
    titles = [entry["title"] for entry in data["services"]]
    assert titles == [
        "Abfallkalender bestellen",
        "Änderung des Familiennamens",
        "Anwohnerparkausweis beantragen",
        "Personalausweis beantragen",
        "Zweitwohnungsteuer",
    ]
    ausweis = data["services"][3]
    assert ausweis == {
        "key": "personalausweis",
        "title": "Personalausweis beantragen",
        "summary": "Den Personalausweis beantragen Sie persönlich im Bürgerbüro.",
        "url": PUBLIC_URL + "/rathaus/leistungen/personalausweis/",
        "leika": "99008001012000",
        "office": {
            "key": "buergerbuero",
            "title": "Bürgerbüro",
            "url": PUBLIC_URL + "/rathaus/aemter/buergerbuero/",
        },
        "online_service": None,
        "topics": ["Ausweise", "Umzug"],
    }
    assert data["services"][0]["online_service"] == (
        "https://service.testhausen.example/abfallkalender"
    )
    assert data["services"][4]["office"] is None


def test_catalogue_figures(services_site):
    figures = _load(services_site, "services.json")["figures"]
    assert (figures["services"], figures["online"], figures["share"]) == (5, 2, 0.4)
    assert figures["by_topic"]["Umzug"] == {"services": 3, "online": 2, "share": 0.667}
    assert [(o["title"], o["services"], o["online"]) for o in figures["by_office"]] == [
        ("Bürgerbüro", 3, 2),
        ("Standesamt", 1, 0),
    ]


def test_english_catalogue(services_site):
    data = _load(services_site, "en/services.json")
    assert [entry["url"] for entry in data["services"]] == [
        PUBLIC_URL + "/en/town-hall/leistungen/identity-card/"
    ]
    assert data["figures"]["services"] == 1


def test_digital_figures_without_services():
    assert digital_figures([]) == {"services": 0, "online": 0, "share": 0.0}


def test_rebuild_is_byte_identical(services_site, tmp_path):
    again = build_fixture(tmp_path / "again")
    for path in ("services.json", "en/services.json"):
        assert (again / path).read_bytes() == (services_site / path).read_bytes()
