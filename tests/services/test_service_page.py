"""The rendered service page: field order, no empty headings, apply button, office, JSON-LD."""

from .helpers import PUBLIC_URL, json_ld, main_text, soup

PAGE = "/rathaus/leistungen/personalausweis/"
ORDER = [
    "kurz",
    "beschreibung",
    "was-sie-brauchen",
    "gebuehren",
    "bearbeitungsdauer",
    "fristen",
    "antrag",
    "zustaendig",
    "formulare",
    "rechtsgrundlagen",
]


def test_fields_in_fixed_order(services_site):
    page = soup(services_site, PAGE)
    found = [element["id"] for element in page.select("main [id]") if element["id"] in ORDER]
    assert found == ORDER


def test_what_you_need_lists_documents_and_requirements(services_site):
    page = soup(services_site, PAGE)
    section = page.select_one("main section[aria-labelledby=was-sie-brauchen]")
    headings = [h.get_text(strip=True) for h in section.find_all("h3")]
    assert headings == ["Unterlagen", "Voraussetzungen"]
    items = [li.get_text(strip=True) for li in section.find_all("li")]
    assert items == ["bisheriger Ausweis", "biometrisches Foto", "Hauptwohnsitz in Testhausen"]


def test_missing_fields_leave_no_headings(services_site):
    page = soup(services_site, "/rathaus/leistungen/zweitwohnung/")
    assert page.select("main h2") == []
    assert page.select("main section") == []
    assert main_text(page, ".ms-lead") == "Steuer auf eine Nebenwohnung."


def test_online_service_gets_start_button(services_site):
    page = soup(services_site, "/rathaus/leistungen/abfallkalender/")
    button = page.select_one("main section[aria-labelledby=antrag] a.ms-button--start")
    assert button.get_text(strip=True) == "Online beantragen"
    assert button["href"] == "https://service.testhausen.example/abfallkalender"


def test_without_online_service_apply_in_person(services_site):
    page = soup(services_site, PAGE)
    assert page.select("main a.ms-button--start") == []
    text = main_text(page, "section[aria-labelledby=antrag]")
    assert "Beantragen Sie die Leistung persönlich bei: Bürgerbüro" in text


def test_responsible_office_with_contact_and_todays_hours(services_site):
    page = soup(services_site, PAGE)
    section = page.select_one("main section[aria-labelledby=zustaendig]")
    assert section.find("a", string="Bürgerbüro")["href"] == "/rathaus/aemter/buergerbuero/"
    facts = dict(
        zip(
            [dt.get_text(strip=True) for dt in section.find_all("dt")],
            [" ".join(dd.get_text(" ").split()) for dd in section.find_all("dd")],
            strict=True,
        )
    )
    assert facts["Anschrift"] == "Marktplatz 1 64283 Testhausen"
    assert facts["Telefon"] == "06151 12-3456"
    assert facts["E-Mail"] == "buergerbuero@testhausen.example"
    # The build date 2026-11-25 is a Wednesday: 08:00-12:00.
    assert facts["Öffnungszeiten heute"].startswith("Mittwoch, 25. November 2026 : 08:00–12:00 Uhr")
    assert section.find("a", href="tel:+496151123456") is not None
    assert section.find("a", href="mailto:buergerbuero@testhausen.example") is not None


def test_english_service_page_is_english(services_site):
    page = soup(services_site, "/en/town-hall/leistungen/identity-card/")
    headings = [h.get_text(strip=True) for h in page.select("main h2")]
    assert headings == ["Fees", "How to apply", "Responsible office"]
    today = page.select_one("main section[aria-labelledby=zustaendig] time")
    assert today.get_text(strip=True) == "Wednesday, 25 November 2026"


def test_government_service_json_ld(services_site):
    (data,) = json_ld(soup(services_site, PAGE))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Personalausweis beantragen"
    assert data["url"] == PUBLIC_URL + PAGE
    assert data["identifier"] == {
        "@type": "PropertyValue",
        "propertyID": "LeiKa",
        "value": "99008001012000",
    }
    assert data["areaServed"] == {"@type": "City", "name": "Musterstadt"}
    operator = data["serviceOperator"]
    assert operator == data["provider"]
    assert operator["@type"] == "GovernmentOffice"
    assert operator["name"] == "Bürgerbüro"
    assert operator["url"] == PUBLIC_URL + "/rathaus/aemter/buergerbuero/"
    assert operator["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Marktplatz 1",
        "postalCode": "64283",
        "addressLocality": "Testhausen",
        "addressCountry": "DE",
    }


def test_json_ld_names_the_online_channel(services_site):
    (data,) = json_ld(soup(services_site, "/rathaus/leistungen/abfallkalender/"))
    urls = [c.get("serviceUrl") for c in data["availableChannel"]]
    assert "https://service.testhausen.example/abfallkalender" in urls
    assert "identifier" in data


def test_json_ld_without_office_or_leika(services_site):
    (data,) = json_ld(soup(services_site, "/rathaus/leistungen/zweitwohnung/"))
    assert data["@type"] == "GovernmentService"
    assert "serviceOperator" not in data and "identifier" not in data
