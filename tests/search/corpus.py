"""A small German/English town site as search documents, and queries with the page expected first.

Written by hand so that each query has one right answer among plausible neighbours (Reisepass
next to Personalausweis, Stadtfest 2025 next to Stadtfest 2026, Parkausweis next to Ausweis).
"""


def doc(url, title, keywords, summary, body, doc_type, section):
    return {
        "url": url,
        "title": title,
        "keywords": keywords,
        "summary": summary,
        "body": body,
        "type": doc_type,
        "section": section,
    }


R = "Rathaus"
GERMAN = [
    doc(
        "/rathaus/leistungen/personalausweis/",
        "Personalausweis beantragen",
        ["Perso", "Ausweis", "ID-Karte"],
        "Einen neuen Personalausweis beantragen Sie persönlich im Bürgerbüro.",
        "Der Personalausweis gilt zehn Jahre. Bringen Sie ein biometrisches Passfoto und den "
        "alten Ausweis mit. Die Gebühr beträgt 37 Euro.",
        "service",
        R,
    ),
    doc(
        "/rathaus/leistungen/reisepass/",
        "Reisepass beantragen",
        ["Pass", "Kinderreisepass"],
        "Reisepässe stellt das Bürgerbüro aus.",
        "Ein Reisepass ist für Reisen außerhalb der EU nötig. Planen Sie vier Wochen ein. "
        "Für Kinder gibt es den Kinderreisepass.",
        "service",
        R,
    ),
    doc(
        "/rathaus/leistungen/anwohnerparkausweis/",
        "Anwohnerparkausweis",
        ["Parken", "Bewohnerparken"],
        "Mit dem Anwohnerparkausweis parken Sie in Ihrer Parkzone.",
        "Der Parkausweis gilt ein Jahr und kostet 30 Euro. Beantragen Sie ihn online.",
        "service",
        R,
    ),
    doc(
        "/rathaus/leistungen/sperrmuell/",
        "Sperrmüll anmelden",
        ["Sperrgut", "Möbel entsorgen"],
        "Die Abholung von Sperrmüll melden Sie online oder telefonisch an.",
        "Zweimal im Jahr holt der Entsorgungsbetrieb Sperrmüll kostenlos an der Straße ab. "
        "Elektrogeräte gehören nicht dazu.",
        "service",
        R,
    ),
    doc(
        "/rathaus/leistungen/muellabfuhr/",
        "Müllabfuhr und Abfallkalender",
        ["Abfuhrtermine", "Tonne"],
        "Wann die Restmülltonne, die Biotonne und die Gelbe Tonne geleert werden.",
        "Den Abfallkalender 2026 gibt es als PDF und als Kalenderdatei. Stellen Sie die Tonne "
        "bis 6 Uhr an die Straße.",
        "service",
        R,
    ),
    doc(
        "/rathaus/leistungen/strassenreinigung/",
        "Straßenreinigung",
        ["Kehrwoche", "Winterdienst"],
        "Wer wann welche Straße reinigt und wer im Winter Schnee räumt.",
        "Die Gebühr für die Straßenreinigung richtet sich nach der Länge des Grundstücks an "
        "der Straße.",
        "service",
        R,
    ),
    doc(
        "/rathaus/leistungen/hundesteuer/",
        "Hundesteuer",
        ["Hund anmelden", "Hundemarke"],
        "Wer einen Hund hält, meldet ihn innerhalb von zwei Wochen an.",
        "Die Hundesteuer beträgt 96 Euro im Jahr für den ersten Hund. Sie erhalten eine "
        "Hundemarke.",
        "service",
        R,
    ),
    doc(
        "/rathaus/leistungen/gewerbeanmeldung/",
        "Gewerbeanmeldung",
        ["Gewerbe anmelden", "Selbstständigkeit"],
        "Ein Gewerbe melden Sie vor Beginn der Tätigkeit an.",
        "Die Gewerbeanmeldung kostet 26 Euro. Auch Ummeldung und Abmeldung sind möglich.",
        "service",
        R,
    ),
    doc(
        "/rathaus/leistungen/wohnsitz-anmelden/",
        "Wohnsitz anmelden",
        ["Umzug", "Ummeldung", "Meldebescheinigung"],
        "Nach einem Umzug melden Sie sich innerhalb von zwei Wochen an.",
        "Bringen Sie die Wohnungsgeberbestätigung und Ihren Ausweis mit.",
        "service",
        R,
    ),
    doc(
        "/rathaus/leistungen/kita-platz/",
        "Kindertagesstätte: Platz beantragen",
        ["Kita", "Kindergarten", "Krippe"],
        "Einen Betreuungsplatz für Kinder bis zum Schuleintritt beantragen.",
        "Die Anmeldung für das Kitajahr 2026/27 ist bis März möglich.",
        "service",
        R,
    ),
    doc(
        "/rathaus/leistungen/eheschliessung/",
        "Eheschließung",
        ["Hochzeit", "heiraten", "Trauung"],
        "Trauungen im Standesamt und im historischen Trausaal.",
        "Melden Sie die Eheschließung beim Standesamt an. Termine für 2026 sind frei.",
        "service",
        R,
    ),
    doc(
        "/rathaus/leistungen/geburtsurkunde/",
        "Geburtsurkunde",
        ["Abstammung"],
        "Eine Geburtsurkunde stellt das Standesamt des Geburtsortes aus.",
        "Die erste Urkunde ist gebührenfrei.",
        "service",
        R,
    ),
    doc(
        "/rathaus/leistungen/baugenehmigung/",
        "Baugenehmigung",
        ["Bauantrag", "bauen"],
        "Für Neubau und Umbau brauchen Sie meist eine Genehmigung.",
        "Den Bauantrag reichen Sie beim Bauamt ein.",
        "service",
        R,
    ),
    doc(
        "/rathaus/aemter/buergerbuero/",
        "Bürgerbüro",
        ["Einwohnermeldeamt", "Bürgeramt"],
        "Öffnungszeiten, Anschrift und Leistungen des Bürgerbüros am Marktplatz.",
        "Das Bürgerbüro ist montags bis freitags von 8 bis 18 Uhr geöffnet.",
        "office",
        R,
    ),
    doc(
        "/rathaus/aemter/standesamt/",
        "Standesamt",
        [],
        "Das Standesamt beurkundet Geburten, Eheschließungen und Sterbefälle.",
        "Öffnungszeiten: Dienstag und Donnerstag.",
        "office",
        R,
    ),
    doc(
        "/rathaus/aemter/fundbuero/",
        "Fundbüro",
        ["Fundsachen", "verloren"],
        "Verlorenes abgeben und abholen.",
        "Fundsachen bewahren wir sechs Monate auf.",
        "office",
        R,
    ),
    doc(
        "/rathaus/aemter/bauamt/",
        "Bauamt",
        ["Bauaufsicht"],
        "Beratung zu Bauvorhaben und Bebauungsplänen.",
        "Sprechzeiten nach Vereinbarung.",
        "office",
        R,
    ),
    doc(
        "/veranstaltungen/stadtfest-2026/",
        "Stadtfest 2026",
        ["Volksfest"],
        "Drei Tage Musik, Markt und Feuerwerk in der Altstadt.",
        "Das Stadtfest beginnt am 19. Juni 2026 auf dem Marktplatz.",
        "event",
        "Veranstaltungen",
    ),
    doc(
        "/aktuelles/stadtfest-2025-rueckblick/",
        "Rückblick: Stadtfest 2025",
        [],
        "So schön war das Stadtfest im letzten Jahr.",
        "Über 20.000 Gäste feierten 2025 in der Altstadt.",
        "news",
        "Aktuelles",
    ),
    doc(
        "/veranstaltungen/weihnachtsmarkt/",
        "Weihnachtsmarkt",
        ["Adventsmarkt"],
        "Glühwein, Kunsthandwerk und Musik auf dem Marktplatz.",
        "Der Weihnachtsmarkt öffnet am 27. November 2026.",
        "event",
        "Veranstaltungen",
    ),
    doc(
        "/veranstaltungen/stadtfuehrung/",
        "Öffentliche Stadtführung",
        ["Führung"],
        "Jeden Samstag durch die Altstadt.",
        "Treffpunkt ist der Brunnen vor dem Rathaus.",
        "event",
        "Veranstaltungen",
    ),
    doc(
        "/tourismus/aussichtsturm/",
        "Aussichtsturm am Mühlberg",
        ["Ausblick"],
        "Von oben sehen Sie die ganze Stadt.",
        "Der Turm ist 32 Meter hoch.",
        "poi",
        "Tourismus",
    ),
    doc(
        "/tourismus/freibad/",
        "Freibad Musterstadt",
        ["Schwimmbad", "baden"],
        "Beheiztes Freibad mit Sprungturm und Liegewiese.",
        "Geöffnet von Mai bis September.",
        "poi",
        "Tourismus",
    ),
    doc(
        "/tourismus/stadtmuseum/",
        "Stadtmuseum",
        ["Museum", "Ausstellung"],
        "Geschichte der Stadt vom Mittelalter bis heute.",
        "Eintritt 4 Euro.",
        "poi",
        "Tourismus",
    ),
    doc(
        "/tourismus/historisches-rathaus/",
        "Historisches Rathaus",
        [],
        "Das Rathaus von 1562 am Marktplatz.",
        "Führungen nach Anmeldung.",
        "poi",
        "Tourismus",
    ),
    doc(
        "/aktuelles/haushalt-2026/",
        "Haushalt 2026 beschlossen",
        [],
        "Der Stadtrat hat den Haushalt beschlossen.",
        "Schwerpunkte sind Schulen und Straßen.",
        "news",
        "Aktuelles",
    ),
    doc(
        "/bekanntmachungen/bebauungsplan-12/",
        "Bebauungsplan Nr. 12 „Am Mühlbach“",
        [],
        "Öffentliche Auslegung des Entwurfs.",
        "Stellungnahmen bis 30. April 2026.",
        "notice",
        "Bekanntmachungen",
    ),
    doc(
        "/stadtleben/stadtbibliothek/",
        "Stadtbibliothek",
        ["Bücherei", "Ausleihe"],
        "Bücher, Filme und Spiele ausleihen.",
        "Der Bibliotheksausweis kostet 10 Euro im Jahr.",
        "page",
        "Stadtleben",
    ),
    doc(
        "/barrierefreiheit/",
        "Erklärung zur Barrierefreiheit",
        [],
        "Wie barrierefrei diese Website ist.",
        "Melden Sie uns Barrieren.",
        "page",
        "Service",
    ),
]

E = "Town hall"
ENGLISH = [
    doc(
        "/en/town-hall/passport/",
        "Passport",
        ["travel document"],
        "Apply for a passport at the citizens' office.",
        "A passport is valid for ten years.",
        "service",
        E,
    ),
    doc(
        "/en/town-hall/identity-card/",
        "Identity card",
        ["ID card"],
        "Apply for a German identity card.",
        "Bring a biometric photo.",
        "service",
        E,
    ),
    doc(
        "/en/town-hall/waste-collection/",
        "Waste collection",
        ["bins", "rubbish"],
        "When your bins are emptied.",
        "Put the bins out by 6 am.",
        "service",
        E,
    ),
    doc(
        "/en/town-hall/bulky-waste/",
        "Bulky waste",
        ["furniture"],
        "Book a collection of bulky waste.",
        "Twice a year free of charge.",
        "service",
        E,
    ),
    doc(
        "/en/town-hall/parking-permit/",
        "Residents' parking permit",
        ["parking badge"],
        "Apply for a parking permit for your zone.",
        "It costs 30 euros a year.",
        "service",
        E,
    ),
    doc(
        "/en/town-hall/citizens-office/",
        "Citizens' office",
        ["Bürgerbüro", "Rathaus"],
        "Opening hours and services of the citizens' office.",
        "Open Monday to Friday, 8 am to 6 pm.",
        "office",
        E,
    ),
    doc(
        "/en/visit/library/",
        "Town library",
        ["books"],
        "Borrow books, films and games.",
        "A library card costs 10 euros.",
        "poi",
        "Visit",
    ),
    doc(
        "/en/events/town-festival-2026/",
        "Town festival 2026",
        [],
        "Three days of music in the old town.",
        "Starts on 19 June 2026.",
        "event",
        "Events",
    ),
    doc(
        "/en/events/town-festival-2025/",
        "Town festival 2025 review",
        [],
        "Looking back at last year.",
        "20,000 guests in 2025.",
        "news",
        "News",
    ),
]

# (language, query, URL expected first)
QUERIES = [
    ("de", "Personalausweis", "/rathaus/leistungen/personalausweis/"),
    ("de", "Personalausweise", "/rathaus/leistungen/personalausweis/"),  # plural
    ("de", "Ausweis", "/rathaus/leistungen/personalausweis/"),  # synonym and compound part
    ("de", "Perso", "/rathaus/leistungen/personalausweis/"),  # synonym
    ("de", "Personalauswies", "/rathaus/leistungen/personalausweis/"),  # typo
    ("de", "Reisepässe", "/rathaus/leistungen/reisepass/"),  # plural with umlaut
    ("de", "Sperrmüll", "/rathaus/leistungen/sperrmuell/"),
    ("de", "Sperrmuell", "/rathaus/leistungen/sperrmuell/"),  # ue for ü
    ("de", "Müllabfuhr", "/rathaus/leistungen/muellabfuhr/"),
    ("de", "Abfall", "/rathaus/leistungen/muellabfuhr/"),  # compound part (Abfallkalender)
    ("de", "Öffnungszeiten Bürgerbüro", "/rathaus/aemter/buergerbuero/"),
    ("de", "Oeffnungszeiten Buergerbuero", "/rathaus/aemter/buergerbuero/"),  # oe/ue
    ("de", "Bürgeramt", "/rathaus/aemter/buergerbuero/"),  # synonym
    ("de", "Strassenreinigung", "/rathaus/leistungen/strassenreinigung/"),  # ss for ß
    ("de", "Hundesteuer", "/rathaus/leistungen/hundesteuer/"),
    ("de", "Hundesteur", "/rathaus/leistungen/hundesteuer/"),  # typo
    ("de", "Hund", "/rathaus/leistungen/hundesteuer/"),
    ("de", "Gewerbe anmelden", "/rathaus/leistungen/gewerbeanmeldung/"),
    ("de", "Umzug", "/rathaus/leistungen/wohnsitz-anmelden/"),  # synonym
    ("de", "Kindergarten", "/rathaus/leistungen/kita-platz/"),  # synonym
    ("de", "Kita", "/rathaus/leistungen/kita-platz/"),
    ("de", "heiraten", "/rathaus/leistungen/eheschliessung/"),  # synonym
    ("de", "Urkunde", "/rathaus/leistungen/geburtsurkunde/"),  # compound part
    ("de", "Stadtfest 2026", "/veranstaltungen/stadtfest-2026/"),  # number
    ("de", "Stadtfest 2025", "/aktuelles/stadtfest-2025-rueckblick/"),  # number
    ("de", "Haushalt 2026", "/aktuelles/haushalt-2026/"),
    ("de", "Weihnachtsmrakt", "/veranstaltungen/weihnachtsmarkt/"),  # typo (swap)
    ("de", "Schwimmbad", "/tourismus/freibad/"),  # synonym
    ("de", "Turm", "/tourismus/aussichtsturm/"),  # compound part
    ("de", "Fundbuero", "/rathaus/aemter/fundbuero/"),
    ("de", "Bebauungsplan 12", "/bekanntmachungen/bebauungsplan-12/"),
    ("de", "Bücherei", "/stadtleben/stadtbibliothek/"),
    ("de", "Personala", "/rathaus/leistungen/personalausweis/"),  # still typing
    ("en", "passport", "/en/town-hall/passport/"),
    ("en", "parking permits", "/en/town-hall/parking-permit/"),  # plural
    ("en", "bulky waste", "/en/town-hall/bulky-waste/"),
    ("en", "opening hours", "/en/town-hall/citizens-office/"),
    ("en", "libary", "/en/visit/library/"),  # typo
    ("en", "town festival 2026", "/en/events/town-festival-2026/"),  # number
    ("en", "Rathaus", "/en/town-hall/citizens-office/"),  # synonym
    ("en", "rubbish", "/en/town-hall/waste-collection/"),  # synonym
]

# Compound parts: each query must find every listed page (not necessarily first).
FINDS_ALL = [
    ("de", "Müll", ["/rathaus/leistungen/sperrmuell/", "/rathaus/leistungen/muellabfuhr/"]),
    ("de", "Muell", ["/rathaus/leistungen/sperrmuell/", "/rathaus/leistungen/muellabfuhr/"]),
    (
        "de",
        "Ausweis",
        ["/rathaus/leistungen/personalausweis/", "/rathaus/leistungen/anwohnerparkausweis/"],
    ),
    ("de", "Straße", ["/rathaus/leistungen/strassenreinigung/"]),
]
