"""A made-up 5,000-page German/English town site as search documents (deterministic).

Pages are built from word lists: services, offices, events, sights, news and plain pages, with
compound nouns, umlauts and years, about 300 words of body text each. A few known pages
(`NEEDLES`) carry the answers of the benchmark's queries.
"""

import random


def _words(text: str) -> list[str]:
    return text.split()


NOUNS_DE = _words(
    "Antrag Ausweis Abfall Amt Bad Bau Bürger Brücke Büro Dach Dienst Familie Fest Feuer Förderung "
    "Frist Garten Gebühr Gemeinde Gewerbe Grund Hafen Haus Hund Jugend Kasse Kind Kirche Kultur "
    "Land Markt Meldung Miete Müll Museum Musik Nachweis Park Pass Platz Post Rad Rat Recht Reise "
    "Schule Schwimm Senioren Sport Stadt Steuer Straße Tonne Turm Umwelt Urkunde Verkehr Wahl "
    "Wald Wasser Weg Wohnung Zeit Zentrum Zoo Bücherei Ufer Öffnung Übung Ärger Brief Karte Hof"
)
TAILS_DE = _words(
    "amt antrag ausweis bescheid büro dienst gebühr hof karte kosten markt ordnung pass platz "
    "stelle steuer straße verwaltung zeiten zentrum fest halle haus schein abfuhr beitrag"
)
VERBS_DE = _words(
    "beantragen anmelden abmelden bezahlen verlängern ändern melden besuchen buchen finden "
    "erhalten vereinbaren einreichen prüfen nutzen"
)
FILL_DE = _words(
    "Sie können den Antrag online oder vor Ort stellen. Bitte bringen Sie alle Unterlagen mit. "
    "Die Bearbeitung dauert in der Regel zwei Wochen. "
    "Für Rückfragen erreichen Sie uns telefonisch. "
    "Die Gebühr richtet sich nach der Satzung der Stadt. "
    "Termine vergeben wir montags bis freitags. "
    "Barrierefreie Zugänge sind vorhanden. Weitere Informationen erhalten Sie im Bürgerbüro."
)
WORDS_EN = _words(
    "apply register town hall office fee form appointment permit waste collection library "
    "opening hours parking resident museum harbour tower festival market concert tour guide "
    "river bridge park garden school swimming pool tax dog birth certificate passport identity "
    "card marriage building planning youth senior sports culture tourist information"
)
FILL_EN = _words(
    "You can apply online or in person. Please bring all documents with you. Processing usually "
    "takes two weeks. For questions, call us. Fees follow the town's fee schedule. Appointments "
    "are available Monday to Friday. Step-free access is available."
)

TYPES = ("service", "office", "event", "poi", "news", "notice", "page")
SECTIONS = {
    "service": "Rathaus",
    "office": "Rathaus",
    "event": "Veranstaltungen",
    "poi": "Tourismus",
    "news": "Aktuelles",
    "notice": "Bekanntmachungen",
    "page": "Stadtleben",
}

NEEDLES = [
    {
        "url": "/rathaus/leistungen/personalausweis/",
        "title": "Personalausweis beantragen",
        "keywords": ["Perso", "Ausweis", "ID-Karte"],
        "summary": "Einen neuen Personalausweis beantragen Sie persönlich im Bürgerbüro.",
        "body": "Der Personalausweis gilt zehn Jahre. Bringen Sie ein biometrisches Passfoto mit.",
        "type": "service",
        "section": "Rathaus",
    },
    {
        "url": "/rathaus/leistungen/sperrmuell/",
        "title": "Sperrmüll anmelden",
        "keywords": ["Sperrgut", "Möbel entsorgen"],
        "summary": "Die Abholung von Sperrmüll melden Sie online an.",
        "body": "Zweimal im Jahr holt die Müllabfuhr Sperrmüll kostenlos an der Straße ab.",
        "type": "service",
        "section": "Rathaus",
    },
    {
        "url": "/rathaus/aemter/buergerbuero/",
        "title": "Bürgerbüro",
        "keywords": ["Einwohnermeldeamt", "Bürgeramt"],
        "summary": "Öffnungszeiten, Anschrift und Leistungen des Bürgerbüros am Marktplatz.",
        "body": "Das Bürgerbüro ist montags bis freitags von 8 bis 18 Uhr geöffnet.",
        "type": "office",
        "section": "Rathaus",
    },
    {
        "url": "/veranstaltungen/stadtfest-2026/",
        "title": "Stadtfest 2026",
        "keywords": ["Volksfest", "Kirmes"],
        "summary": "Drei Tage Musik, Markt und Feuerwerk in der Altstadt im Juni 2026.",
        "body": "Das Stadtfest beginnt am 19. Juni 2026 mit dem Fassanstich auf dem Marktplatz.",
        "type": "event",
        "section": "Veranstaltungen",
    },
    {
        "url": "/en/town-hall/services/parking-permit/",
        "title": "Residents' parking permit",
        "keywords": ["parking badge", "resident parking"],
        "summary": "Apply for a residents' parking permit for your street zone.",
        "body": "The permit is valid for one year and costs 30 euros.",
        "type": "service",
        "section": "Town hall",
    },
]

QUERIES = [
    ("de", "Personalausweis", "/rathaus/leistungen/personalausweis/"),
    ("de", "Ausweis", "/rathaus/leistungen/personalausweis/"),
    ("de", "Sperrmuell", "/rathaus/leistungen/sperrmuell/"),
    ("de", "Öffnungszeiten Bürgerbüro", "/rathaus/aemter/buergerbuero/"),
    ("de", "Stadtfest 2026", "/veranstaltungen/stadtfest-2026/"),
    ("de", "Perso", "/rathaus/leistungen/personalausweis/"),
    ("en", "parking permit", "/en/town-hall/services/parking-permit/"),
]


def _german_page(rng: random.Random, number: int, doc_type: str) -> dict:
    head, tail = rng.choice(NOUNS_DE), rng.choice(TAILS_DE)
    compound = head + tail
    title = f"{compound} {rng.choice(VERBS_DE)}" if doc_type == "service" else compound
    if doc_type == "event":
        title = f"{compound} {rng.choice((2025, 2026, 2027))}"
    words = []
    while len(words) < 300:
        if rng.random() < 0.25:
            words.append(rng.choice(NOUNS_DE) + rng.choice(TAILS_DE))
        else:
            words.append(rng.choice(FILL_DE))
    return {
        "url": f"/{SECTIONS[doc_type].lower()}/{compound.lower()}-{number}/",
        "title": title,
        "keywords": [rng.choice(NOUNS_DE) + rng.choice(TAILS_DE) for _ in range(rng.randint(0, 3))],
        "summary": " ".join(rng.choice(FILL_DE) for _ in range(20)) + f" {compound}.",
        "body": " ".join(words),
        "type": doc_type,
        "section": SECTIONS[doc_type],
    }


def _english_page(rng: random.Random, number: int, doc_type: str) -> dict:
    topic = " ".join(rng.sample(WORDS_EN, 2))
    words = [rng.choice(FILL_EN + WORDS_EN) for _ in range(250)]
    return {
        "url": f"/en/{doc_type}/{topic.replace(' ', '-')}-{number}/",
        "title": topic.capitalize(),
        "keywords": rng.sample(WORDS_EN, 2),
        "summary": " ".join(rng.choice(FILL_EN) for _ in range(20)),
        "body": " ".join(words),
        "type": doc_type,
        "section": "Town hall" if doc_type in ("service", "office") else "Visit",
    }


def site_documents(pages: int = 5000, english_share: float = 0.2, seed: int = 2026) -> dict:
    """{"de": [documents], "en": [documents]} with `pages` documents in all."""
    rng = random.Random(seed)
    site = {"de": [d for d in NEEDLES if not d["url"].startswith("/en/")], "en": [NEEDLES[-1]]}
    english = int(pages * english_share) - len(site["en"])
    german = pages - english - len(site["en"]) - len(site["de"])
    weights = (40, 5, 20, 10, 15, 5, 5)
    for number in range(german):
        site["de"].append(_german_page(rng, number, rng.choices(TYPES, weights)[0]))
    for number in range(english):
        site["en"].append(_english_page(rng, number, rng.choices(TYPES, weights)[0]))
    return site
