"""Musterstadt's council information system as OParl 1.1 objects: the source of the demo data.

`python -m tests.council.record_demo` serves this on loopback and records it with the real
fetcher into data/rat/. Fictitious throughout: the people's names are placeholders ("Anna
Beispiel", "Bernd Platzhalter"); the groups, committees, dates and agenda follow the example
site (content/rathaus/politik/, the Stadtrat meeting of 3 December 2026 in the
Bekanntmachungen, the budget of 10 December 2025, the Bebauungsplan "Am Lindenhof").

Recorded on 25 November 2026: meetings from December 2025 (the last year) to March 2027;
agendas for past meetings and for those already invited to (3 and 7 December); later meetings
are scheduled without agenda, and papers name them in their consultations ahead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from itertools import count
from zoneinfo import ZoneInfo

from tests.council.oparl_server import OParlSite

BERLIN = ZoneInfo("Europe/Berlin")
RECORDED = date(2026, 11, 25)
PUBLIC = "https://ratsinfo.musterstadt.example"
SCHEMA = "https://schema.oparl.org/1.1/"
TERM_START = date(2026, 4, 1)

# Committees: key -> (name, short name, genitive for meeting names, classification, room, time)
GREMIEN = {
    "SR": ("Stadtrat", "Stadtrat", "des Stadtrats", "Rat", "saal", (18, 0), (21, 0)),
    "HFA": (
        "Haupt- und Finanzausschuss",
        "HFA",
        "des Haupt- und Finanzausschusses",
        "Hauptausschuss",
        "zimmer",
        (17, 0),
        (19, 0),
    ),
    "BAU": (
        "Ausschuss für Bauen, Umwelt und Mobilität",
        "Bau- und Umweltausschuss",
        "des Ausschusses für Bauen, Umwelt und Mobilität",
        "Ausschuss",
        "technisch",
        (17, 0),
        (19, 30),
    ),
    "SOZ": (
        "Ausschuss für Soziales, Bildung und Kultur",
        "Sozial- und Kulturausschuss",
        "des Ausschusses für Soziales, Bildung und Kultur",
        "Ausschuss",
        "zimmer",
        (17, 0),
        (19, 0),
    ),
    "WIR": (
        "Ausschuss für Wirtschaft und Tourismus",
        "Wirtschaftsausschuss",
        "des Ausschusses für Wirtschaft und Tourismus",
        "Ausschuss",
        "zimmer",
        (17, 0),
        (18, 30),
    ),
    "OBR": (
        "Ortsbeirat Eichenau",
        "Ortsbeirat Eichenau",
        "des Ortsbeirats Eichenau",
        "Ortsbeirat",
        "buergerhaus",
        (19, 30),
        (21, 30),
    ),
}

# Meeting dates; the number of the first meeting of the old term shown here (2021–2026).
MEETINGS = {
    "SR": (
        38,
        "2025-12-10 2026-01-29 2026-02-26 2026-03-12 | 2026-04-16 2026-05-07 2026-06-11 "
        "2026-07-09 2026-09-10 2026-10-01 2026-10-22 2026-11-12 2026-12-03 2027-01-28 "
        "2027-02-25 2027-03-25",
    ),
    "HFA": (
        31,
        "2025-12-02 2026-02-17 | 2026-06-02 2026-09-01 2026-10-13 2026-11-24 "
        "2027-01-19 2027-02-16 2027-03-16",
    ),
    "BAU": (
        29,
        "2026-01-15 2026-03-05 | 2026-06-18 2026-09-03 2026-10-29 2026-11-19 2027-01-14 2027-03-04",
    ),
    "SOZ": (22, "2026-02-05 | 2026-06-04 2026-10-08 2027-02-04"),
    "WIR": (17, "2026-03-19 | 2026-09-24 2027-01-21 2027-03-11"),
    "OBR": (24, "2025-12-08 2026-03-09 | 2026-05-18 2026-10-26 2026-12-07 2027-03-15"),
}
CANCELLED = {("WIR", "2027-01-21")}
INVITED_UPCOMING = {("SR", "2026-12-03"), ("OBR", "2026-12-07")}
INVITATION_SENT = date(2026, 11, 23)

FRAKTIONEN = [  # name, seats (content/rathaus/politik/index.md)
    ("Bürgerliste Musterstadt", "BLM", 12),
    ("Sozialdemokratische Fraktion", "SDF", 10),
    ("Grüne Liste", "GL", 9),
    ("Christlich-Konservative Fraktion", "CKF", 8),
    ("Freie Wähler", "FW", 4),
    ("Liberale Gruppe", "LG", 2),
]
COMMITTEE_SEATS = [3, 3, 2, 2, 1, 0]  # per Fraktion, in each committee of 11
VERWALTUNG = {
    "FB1": "Fachbereich 1 – Zentrale Dienste und Digitalisierung",
    "FB2": "Fachbereich 2 – Finanzen",
    "FB3": "Fachbereich 3 – Bürgerdienste, Soziales und Kultur",
    "FB4": "Fachbereich 4 – Bauen, Umwelt und Mobilität",
    "WT": "Stabsstelle Wirtschaftsförderung und Tourismus",
}
FAMILY = [
    "Beispiel",
    "Platzhalter",
    "Testfall",
    "Fiktiv",
    "Exempel",
    "Stichprobe",
    "Demo",
    "Lorem",
    "Ipsum",
    "Vorlage",
    "Entwurf",
    "Modell",
    "Schablone",
    "Attrappe",
    "Kulisse",
    "Annahme",
    "Skizze",
    "Dolor",
    "Erfunden",
    "Ausgedacht",
    "Namenlos",
    "Unbekannt",
    "Probe",
    "Muster",
    "Sitamet",
    "Blindtext",
]
GIVEN_FEMALE = [
    "Anna",
    "Birgit",
    "Claudia",
    "Doris",
    "Elke",
    "Friederike",
    "Gabriele",
    "Heike",
    "Ines",
    "Julia",
    "Karin",
    "Lena",
    "Monika",
    "Nicole",
    "Olga",
    "Petra",
    "Renate",
    "Sabine",
    "Tanja",
    "Ursula",
    "Vera",
    "Waltraud",
    "Yvonne",
    "Zeynep",
    "Maria",
    "Sophie",
    "Leonie",
]
GIVEN_MALE = [
    "Andreas",
    "Bernd",
    "Christian",
    "Dieter",
    "Emil",
    "Frank",
    "Georg",
    "Hans",
    "Ingo",
    "Jürgen",
    "Klaus",
    "Lars",
    "Markus",
    "Norbert",
    "Otto",
    "Peter",
    "Ralf",
    "Stefan",
    "Thomas",
    "Uwe",
    "Volker",
    "Walter",
    "Yusuf",
    "Zacharias",
    "Tobias",
    "Felix",
    "Jonas",
]

V, E, K, A = "Vorberatung", "Entscheidung", "Kenntnisnahme", "Anhörung"


@dataclass(frozen=True)
class Paper:
    title: str
    kind: str  # paperType
    source: str  # administration unit key, or a Fraktion short name for Anträge/Anfragen
    issued: str
    consultations: tuple  # (Gremium, date, role, result or None[, title on the agenda])
    keywords: tuple = ()
    attachments: tuple = ()


DIGITAL = ("Digitalisierung",)
OZG = ("Digitalisierung", "Onlinezugangsgesetz")

PAPERS = [
    # The last months of the old term.
    Paper(
        "Haushaltssatzung und Haushaltsplan 2026",
        "Beschlussvorlage",
        "FB2",
        "2025-10-20",
        (
            ("HFA", "2025-12-02", V, "mehrheitlich empfohlen"),
            ("SR", "2025-12-10", E, "mehrheitlich beschlossen"),
        ),
        ("Haushalt",),
        ("Entwurf des Haushaltsplans 2026",),
    ),
    Paper(
        "Bericht zum Stand der Digitalisierung der Verwaltung – 1. Halbjahr 2025",
        "Mitteilungsvorlage",
        "FB1",
        "2025-11-10",
        (
            ("HFA", "2025-12-02", K, "zur Kenntnis genommen"),
            ("SR", "2025-12-10", K, "zur Kenntnis genommen"),
        ),
        DIGITAL,
        ("Anlage 1 – Kennzahlen der Online-Dienste",),
    ),
    Paper(
        "Wirtschaftsplan 2026 des Eigenbetriebs Abfallwirtschaft",
        "Beschlussvorlage",
        "FB4",
        "2025-10-27",
        (
            ("HFA", "2025-12-02", V, "einstimmig empfohlen"),
            ("SR", "2025-12-10", E, "einstimmig beschlossen"),
        ),
    ),
    Paper(
        "Antrag auf Verkehrsberuhigung der Hauptstraße in Eichenau",
        "Antrag",
        "OBR",
        "2025-11-17",
        (
            ("OBR", "2025-12-08", E, "einstimmig beschlossen"),
            ("BAU", "2026-01-15", K, "zur Kenntnis genommen"),
        ),
        ("Verkehr",),
    ),
    Paper(
        "Haushalt 2026 – Anhörung des Ortsbeirats Eichenau",
        "Mitteilungsvorlage",
        "FB2",
        "2025-11-03",
        (("OBR", "2025-12-08", A, "zur Kenntnis genommen"),),
        ("Haushalt",),
    ),
    Paper(
        "Bebauungsplan Nr. 47 „Am Lindenhof“ – Aufstellungsbeschluss",
        "Beschlussvorlage",
        "FB4",
        "2025-12-15",
        (
            ("BAU", "2026-01-15", V, "einstimmig empfohlen"),
            ("SR", "2026-01-29", E, "einstimmig beschlossen"),
        ),
        ("Bauleitplanung",),
        ("Übersichtsplan des Plangebiets",),
    ),
    Paper(
        "Kita-Bedarfsplanung 2026/2027",
        "Beschlussvorlage",
        "FB3",
        "2026-01-12",
        (
            ("SOZ", "2026-02-05", V, "einstimmig empfohlen"),
            ("SR", "2026-02-26", E, "einstimmig beschlossen"),
        ),
        ("Kinderbetreuung",),
    ),
    Paper(
        "Bericht zum Stand der Digitalisierung der Verwaltung – 2. Halbjahr 2025",
        "Mitteilungsvorlage",
        "FB1",
        "2026-01-26",
        (
            ("HFA", "2026-02-17", K, "zur Kenntnis genommen"),
            ("SR", "2026-02-26", K, "zur Kenntnis genommen"),
        ),
        DIGITAL,
        ("Anlage 1 – Kennzahlen der Online-Dienste",),
    ),
    Paper(
        "Neubau der Kita Sonnenblume – Vergabe der Rohbauarbeiten",
        "Beschlussvorlage",
        "FB4",
        "2026-01-19",
        (("HFA", "2026-02-17", E, "einstimmig beschlossen"),),
        ("Kinderbetreuung",),
    ),
    Paper(
        "Radverkehrskonzept – Bericht zur Umsetzung 2025",
        "Mitteilungsvorlage",
        "FB4",
        "2026-02-09",
        (("BAU", "2026-03-05", K, "zur Kenntnis genommen"),),
        ("Verkehr",),
    ),
    Paper(
        "Änderung der Baumschutzsatzung",
        "Beschlussvorlage",
        "FB4",
        "2026-02-02",
        (
            ("BAU", "2026-03-05", V, "mehrheitlich empfohlen"),
            ("SR", "2026-03-12", E, "mehrheitlich beschlossen"),
        ),
        ("Umwelt",),
    ),
    Paper(
        "Antrag der Fraktion Grüne Liste: Offene Daten (Open Data) der Stadt Musterstadt",
        "Antrag",
        "GL",
        "2026-01-30",
        (
            ("HFA", "2026-02-17", V, "vertagt"),
            ("HFA", "2026-06-02", V, "geändert empfohlen"),
            ("SR", "2026-06-11", E, "geändert beschlossen"),
        ),
        DIGITAL,
    ),
    Paper(
        "Tourismuskonzept Musterstadt 2030",
        "Beschlussvorlage",
        "WT",
        "2026-02-23",
        (
            ("WIR", "2026-03-19", V, "einstimmig empfohlen"),
            ("SR", "2026-05-07", E, "einstimmig beschlossen"),
        ),
        ("Tourismus",),
        ("Tourismuskonzept 2030 (Langfassung)",),
    ),
    Paper(
        "Gewerbegebiet Eichenau-Süd – Vermarktung der Grundstücke",
        "Beschlussvorlage",
        "WT",
        "2026-02-23",
        (
            ("OBR", "2026-03-09", A, "zur Kenntnis genommen"),
            ("WIR", "2026-03-19", V, "einstimmig empfohlen"),
            ("SR", "2026-05-07", E, "einstimmig beschlossen"),
        ),
        ("Wirtschaft",),
    ),
    Paper(
        "Jahresbericht 2025 des Seniorenbeirats",
        "Bericht",
        "FB3",
        "2026-01-12",
        (("SOZ", "2026-02-05", K, "zur Kenntnis genommen"),),
    ),
    Paper(
        "Anfrage der Christlich-Konservativen Fraktion: Sanierungsbedarf an Schulgebäuden",
        "Anfrage",
        "CKF",
        "2026-02-10",
        (("SR", "2026-02-26", K, "beantwortet"),),
        ("Schulen",),
    ),
    Paper(
        "Spielplatz am Eichenweg – Erneuerung der Spielgeräte",
        "Mitteilungsvorlage",
        "FB4",
        "2026-02-16",
        (("OBR", "2026-03-09", K, "zur Kenntnis genommen"),),
    ),
    # The new term from 16 April 2026.
    Paper(
        "Wahl der Stellvertreterinnen und Stellvertreter der Bürgermeisterin",
        "Beschlussvorlage",
        "FB1",
        "2026-04-02",
        (("SR", "2026-04-16", E, "Wahl durchgeführt"),),
    ),
    Paper(
        "Bildung der Ausschüsse und Wahl ihrer Mitglieder",
        "Beschlussvorlage",
        "FB1",
        "2026-04-02",
        (("SR", "2026-04-16", E, "einstimmig beschlossen"),),
    ),
    Paper(
        "Geschäftsordnung des Stadtrats für die Wahlperiode 2026–2031",
        "Beschlussvorlage",
        "FB1",
        "2026-04-02",
        (("SR", "2026-04-16", E, "einstimmig beschlossen"),),
    ),
    Paper(
        "Umsetzung des Onlinezugangsgesetzes (OZG): Sachstand und nächste Schritte",
        "Mitteilungsvorlage",
        "FB1",
        "2026-05-11",
        (
            ("HFA", "2026-06-02", K, "zur Kenntnis genommen"),
            ("SR", "2026-06-11", K, "zur Kenntnis genommen"),
        ),
        OZG,
        ("Anlage 1 – Übersicht der OZG-Leistungen",),
    ),
    Paper(
        "Einführung der elektronischen Akte (E-Akte) in der Stadtverwaltung",
        "Beschlussvorlage",
        "FB1",
        "2026-05-11",
        (
            ("HFA", "2026-06-02", V, "einstimmig empfohlen"),
            ("SR", "2026-06-11", E, "einstimmig beschlossen"),
        ),
        DIGITAL,
    ),
    Paper(
        "Erweiterung der Grundschule am Schlosspark – Ganztagsbetreuung",
        "Beschlussvorlage",
        "FB3",
        "2026-05-11",
        (
            ("SOZ", "2026-06-04", V, "einstimmig empfohlen"),
            ("SR", "2026-06-11", E, "einstimmig beschlossen"),
        ),
        ("Schulen",),
    ),
    Paper(
        "Glasfaseranschluss aller Schulen – Förderantrag im Digitalpakt Schule",
        "Beschlussvorlage",
        "FB1",
        "2026-05-11",
        (
            ("SOZ", "2026-06-04", V, "einstimmig empfohlen"),
            ("SR", "2026-06-11", E, "einstimmig beschlossen"),
        ),
        ("Digitalisierung", "Schulen"),
    ),
    Paper(
        "WLAN im Bürgerhaus Eichenau und in den Dorfgemeinschaftshäusern",
        "Mitteilungsvorlage",
        "FB1",
        "2026-04-27",
        (("OBR", "2026-05-18", K, "zur Kenntnis genommen"),),
        DIGITAL,
    ),
    Paper(
        "Verwendung des Ortsbeiratsbudgets 2026",
        "Beschlussvorlage",
        "OBR",
        "2026-04-27",
        (("OBR", "2026-05-18", E, "einstimmig beschlossen"),),
    ),
    Paper(
        "Sanierung der Brücke Mühlbachstraße – Ausführungsplanung",
        "Beschlussvorlage",
        "FB4",
        "2026-05-26",
        (
            ("BAU", "2026-06-18", V, "einstimmig empfohlen"),
            ("SR", "2026-07-09", E, "einstimmig beschlossen"),
        ),
        ("Verkehr",),
    ),
    Paper(
        "Klimaschutzbericht 2025",
        "Bericht",
        "FB4",
        "2026-05-26",
        (("BAU", "2026-06-18", K, "zur Kenntnis genommen"),),
        ("Umwelt", "Klimaschutz"),
    ),
    Paper(
        "Überplanmäßige Ausgabe: Sanierung der Sporthalle Eichenau",
        "Beschlussvorlage",
        "FB2",
        "2026-06-22",
        (("SR", "2026-07-09", E, "mehrheitlich beschlossen"),),
        ("Haushalt",),
    ),
    Paper(
        "Jahresabschluss 2025 und Entlastung der Bürgermeisterin",
        "Beschlussvorlage",
        "FB2",
        "2026-06-15",
        (
            ("HFA", "2026-09-01", V, "einstimmig empfohlen"),
            ("SR", "2026-09-10", E, "einstimmig beschlossen"),
        ),
        ("Haushalt",),
    ),
    Paper(
        "Bericht zum Stand der Digitalisierung der Verwaltung – 1. Halbjahr 2026",
        "Mitteilungsvorlage",
        "FB1",
        "2026-08-10",
        (
            ("HFA", "2026-09-01", K, "zur Kenntnis genommen"),
            ("SR", "2026-09-10", K, "zur Kenntnis genommen"),
        ),
        DIGITAL,
        ("Anlage 1 – Kennzahlen der Online-Dienste",),
    ),
    Paper(
        "Finanzbericht zum 30. Juni 2026",
        "Mitteilungsvorlage",
        "FB2",
        "2026-08-10",
        (("HFA", "2026-09-01", K, "zur Kenntnis genommen"),),
        ("Haushalt",),
    ),
    Paper(
        "Kommunale Wärmeplanung – Zwischenbericht",
        "Bericht",
        "FB4",
        "2026-08-17",
        (
            ("BAU", "2026-09-03", K, "zur Kenntnis genommen"),
            ("SR", "2026-09-10", K, "zur Kenntnis genommen"),
        ),
        ("Klimaschutz",),
    ),
    Paper(
        "Antrag der Fraktion Grüne Liste: Tempo 30 vor Schulen und Kitas",
        "Antrag",
        "GL",
        "2026-08-14",
        (
            ("BAU", "2026-09-03", V, "mehrheitlich empfohlen"),
            ("SR", "2026-09-10", E, "mehrheitlich beschlossen"),
        ),
        ("Verkehr",),
    ),
    Paper(
        "Weihnachtsmarkt 2026 – Organisation und Standgebühren",
        "Mitteilungsvorlage",
        "WT",
        "2026-09-01",
        (("WIR", "2026-09-24", K, "zur Kenntnis genommen"),),
        ("Tourismus",),
    ),
    Paper(
        "Leerstandsmanagement in der Innenstadt – Bericht der Wirtschaftsförderung",
        "Bericht",
        "WT",
        "2026-09-01",
        (("WIR", "2026-09-24", K, "zur Kenntnis genommen"),),
        ("Wirtschaft",),
    ),
    Paper(
        "Besetzung des Seniorenbeirats für die Wahlperiode 2026–2031",
        "Beschlussvorlage",
        "FB3",
        "2026-09-14",
        (("SR", "2026-10-01", E, "einstimmig beschlossen"),),
    ),
    Paper(
        "Anfrage der Fraktion Freie Wähler: Barrierefreiheit der städtischen Website",
        "Anfrage",
        "FW",
        "2026-09-18",
        (("SR", "2026-10-01", K, "beantwortet"),),
        ("Digitalisierung", "Barrierefreiheit"),
    ),
    Paper(
        "Kulturförderrichtlinie – Neufassung",
        "Beschlussvorlage",
        "FB3",
        "2026-09-14",
        (
            ("SOZ", "2026-10-08", V, "einstimmig empfohlen"),
            ("SR", "2026-10-22", E, "einstimmig beschlossen"),
        ),
        ("Kultur",),
    ),
    Paper(
        "Antrag der Sozialdemokratischen Fraktion: Längere Öffnungszeiten des Jugendzentrums",
        "Antrag",
        "SDF",
        "2026-09-18",
        (
            ("SOZ", "2026-10-08", V, "einstimmig empfohlen"),
            ("SR", "2026-10-22", E, "einstimmig beschlossen"),
        ),
        ("Jugend",),
    ),
    Paper(
        "Stadtbibliothek: Onleihe und Selbstverbuchung",
        "Mitteilungsvorlage",
        "FB3",
        "2026-09-14",
        (("SOZ", "2026-10-08", K, "zur Kenntnis genommen"),),
        ("Digitalisierung", "Kultur"),
    ),
    Paper(
        "Online-Terminvergabe im Bürgerbüro – Erfahrungsbericht",
        "Mitteilungsvorlage",
        "FB3",
        "2026-09-07",
        (("HFA", "2026-10-13", K, "zur Kenntnis genommen"),),
        OZG,
    ),
    Paper(
        "Beteiligungsbericht 2025 der städtischen Gesellschaften",
        "Bericht",
        "FB2",
        "2026-09-21",
        (
            ("HFA", "2026-10-13", K, "zur Kenntnis genommen"),
            ("SR", "2026-10-22", K, "zur Kenntnis genommen"),
        ),
        ("Haushalt",),
    ),
    Paper(
        "Haushalt 2027 – Anhörung des Ortsbeirats Eichenau",
        "Mitteilungsvorlage",
        "FB2",
        "2026-10-05",
        (("OBR", "2026-10-26", A, "zur Kenntnis genommen"),),
        ("Haushalt",),
    ),
    Paper(
        "Neubau des Feuerwehrgerätehauses Eichenau – Vorentwurf",
        "Beschlussvorlage",
        "FB4",
        "2026-10-05",
        (
            ("OBR", "2026-10-26", A, "einstimmig befürwortet"),
            ("BAU", "2026-10-29", V, "einstimmig empfohlen"),
            ("SR", "2026-11-12", E, "einstimmig beschlossen"),
        ),
        ("Feuerwehr",),
    ),
    Paper(
        "Bebauungsplan Nr. 47 „Am Lindenhof“ – Billigung des Entwurfs und Veröffentlichung",
        "Beschlussvorlage",
        "FB4",
        "2026-10-05",
        (("BAU", "2026-10-29", E, "mehrheitlich beschlossen"),),
        ("Bauleitplanung",),
        ("Planzeichnung (Entwurf)", "Begründung mit Umweltbericht"),
    ),
    Paper(
        "Photovoltaik auf städtischen Dächern – Sachstand 2026",
        "Mitteilungsvorlage",
        "FB4",
        "2026-10-12",
        (("BAU", "2026-10-29", K, "zur Kenntnis genommen"),),
        ("Klimaschutz",),
    ),
    Paper(
        "Benennung einer Straße im Baugebiet „Am Lindenhof“",
        "Beschlussvorlage",
        "FB4",
        "2026-10-19",
        (("SR", "2026-11-12", E, "einstimmig beschlossen"),),
    ),
    Paper(
        "Parkraumkonzept Innenstadt",
        "Beschlussvorlage",
        "FB4",
        "2026-10-19",
        (("BAU", "2026-11-19", V, "mehrheitlich empfohlen"), ("SR", "2027-01-28", E, None)),
        ("Verkehr",),
    ),
    Paper(
        "Winterdienst 2026/2027 – Räum- und Streuplan",
        "Mitteilungsvorlage",
        "FB4",
        "2026-10-19",
        (("BAU", "2026-11-19", K, "zur Kenntnis genommen"), ("OBR", "2026-12-07", K, None)),
    ),
    Paper(
        "Digitalisierungsstrategie Musterstadt 2030",
        "Beschlussvorlage",
        "FB1",
        "2026-10-12",
        (("HFA", "2026-11-24", V, "einstimmig empfohlen"), ("SR", "2027-01-28", E, None)),
        DIGITAL,
        ("Digitalisierungsstrategie 2030",),
    ),
    Paper(
        "Haushaltssatzung und Haushaltsplan 2027",
        "Beschlussvorlage",
        "FB2",
        "2026-11-02",
        (
            ("SR", "2026-12-03", K, None, "Haushaltssatzung 2027 – Einbringung"),
            ("OBR", "2026-12-07", A, None),
            ("HFA", "2027-02-16", V, None),
            ("SR", "2027-02-25", E, None),
        ),
        ("Haushalt",),
        ("Entwurf des Haushaltsplans 2027",),
    ),
    Paper(
        "Satzung über die Erhebung von Gebühren für die Abfallentsorgung – 3. Änderung",
        "Beschlussvorlage",
        "FB4",
        "2026-10-26",
        (("HFA", "2026-11-24", V, "mehrheitlich empfohlen"), ("SR", "2026-12-03", E, None)),
        ("Abfall", "Gebühren"),
    ),
    Paper(
        "Bebauungsplan Nr. 45 „Gewerbegebiet Eichenau-Süd“ – Satzungsbeschluss",
        "Beschlussvorlage",
        "FB4",
        "2026-10-26",
        (("BAU", "2026-11-19", V, "einstimmig empfohlen"), ("SR", "2026-12-03", E, None)),
        ("Bauleitplanung", "Wirtschaft"),
        ("Satzung mit Planzeichnung",),
    ),
    Paper(
        "Fortschreibung des Radverkehrskonzepts",
        "Beschlussvorlage",
        "FB4",
        "2026-10-26",
        (("BAU", "2026-11-19", V, "mehrheitlich empfohlen"), ("SR", "2026-12-03", E, None)),
        ("Verkehr",),
        ("Radverkehrskonzept 2026 (Entwurf)",),
    ),
    Paper(
        "Bericht zur Informationssicherheit der Stadtverwaltung 2026",
        "Bericht",
        "FB1",
        "2026-11-02",
        (("HFA", "2026-11-24", K, "zur Kenntnis genommen"),),
        DIGITAL,
    ),
    Paper(
        "Finanzbericht zum 30. September 2026",
        "Mitteilungsvorlage",
        "FB2",
        "2026-11-02",
        (("HFA", "2026-11-24", K, "zur Kenntnis genommen"),),
        ("Haushalt",),
    ),
    Paper(
        "Antrag der Bürgerliste Musterstadt: Sitzbänke und Trinkbrunnen in der Innenstadt",
        "Antrag",
        "BLM",
        "2026-11-16",
        (("SR", "2026-12-03", E, None),),
    ),
    Paper(
        "Antrag der Liberalen Gruppe: Übertragung der Stadtratssitzungen im Internet",
        "Antrag",
        "LG",
        "2026-11-16",
        (("SR", "2026-12-03", E, None), ("HFA", "2027-01-19", V, None)),
        DIGITAL,
    ),
    Paper(
        "Anfrage der Fraktion Grüne Liste: Stand der Umsetzung des Onlinezugangsgesetzes",
        "Anfrage",
        "GL",
        "2026-11-18",
        (("SR", "2026-12-03", K, None),),
        OZG,
    ),
    Paper(
        "Verwendung des Ortsbeiratsbudgets 2027",
        "Beschlussvorlage",
        "OBR",
        "2026-11-16",
        (("OBR", "2026-12-07", E, None),),
    ),
    Paper(
        "Kommunale Wärmeplanung – Beschluss des Wärmeplans",
        "Beschlussvorlage",
        "FB4",
        "2026-11-16",
        (("BAU", "2027-01-14", V, None), ("SR", "2027-01-28", E, None)),
        ("Klimaschutz",),
    ),
    Paper(
        "Umsetzung des Onlinezugangsgesetzes: Digitaler Bauantrag – Sachstand",
        "Mitteilungsvorlage",
        "FB4",
        "2026-11-16",
        (("BAU", "2027-01-14", K, None),),
        OZG,
    ),
    Paper(
        "Integrationskonzept der Stadt Musterstadt",
        "Beschlussvorlage",
        "FB3",
        "2026-11-09",
        (("SOZ", "2027-02-04", V, None), ("SR", "2027-02-25", E, None)),
    ),
    Paper(
        "Wochenmarkt – Änderung der Marktsatzung",
        "Beschlussvorlage",
        "WT",
        "2026-11-23",
        (("WIR", "2027-03-11", V, None),),
        ("Wirtschaft",),
    ),
]

# Agenda items without a paper, around the papers of a meeting.
OPENING = {
    "SR": [
        "Eröffnung, Feststellung der Beschlussfähigkeit",
        "Einwohnerfragestunde",
        "Mitteilungen der Bürgermeisterin",
    ],
    "OBR": ["Eröffnung, Feststellung der Beschlussfähigkeit", "Bürgerfragestunde"],
}
OPENING_COMMITTEE = [
    "Eröffnung, Feststellung der Beschlussfähigkeit",
    "Genehmigung der Niederschrift der letzten Sitzung",
]
CLOSED = {  # items of the non-public part
    "SR": ["Grundstücksangelegenheiten", "Personalangelegenheiten"],
    "HFA": ["Vergabe von Aufträgen", "Grundstücksangelegenheiten"],
    "BAU": ["Bauvoranfragen"],
}
KONSTITUIERUNG = [
    "Eröffnung durch die Bürgermeisterin",
    "Verpflichtung der Mitglieder des Stadtrats",
]


def musterstadt(base: str) -> OParlSite:
    return Builder(base).site


class Builder:
    def __init__(self, base: str):
        self.base, self.o = base, base + "/oparl/v1"
        self.site = OParlSite(base)
        self.files, self.items, self.consultations = count(1), count(1), count(1)
        self.locations = self.add_locations()
        self.add_system_and_body()
        self.gremien, self.fraktionen, self.verwaltung = self.add_organizations()
        self.people = self.add_persons()
        self.meetings = self.add_meetings()
        self.add_papers()

    def kind(self, name: str) -> str:
        return SCHEMA + name

    # Places --------------------------------------------------------------------------------

    def add_locations(self) -> dict[str, str]:
        places = {
            "saal": (
                "Rathaus Musterstadt, Großer Sitzungssaal",
                "Rathausplatz 1",
                "64283",
                "Musterstadt",
                (8.6545, 49.8722),
            ),
            "zimmer": (
                "Rathaus Musterstadt, Sitzungszimmer 1.12",
                "Rathausplatz 1",
                "64283",
                "Musterstadt",
                (8.6545, 49.8722),
            ),
            "technisch": (
                "Technisches Rathaus, Sitzungssaal",
                "Bessunger Straße 125",
                "64283",
                "Musterstadt",
                (8.6563, 49.8668),
            ),
            "buergerhaus": (
                "Bürgerhaus Eichenau, Saal",
                "Lindenplatz 2",
                "64297",
                "Musterstadt-Eichenau",
                (8.6498, 49.8741),
            ),
        }
        found = {}
        for number, (key, (room, street, code, town, point)) in enumerate(places.items(), 1):
            found[key] = self.site.add(
                {
                    "id": f"{self.o}/location/{number}",
                    "type": self.kind("Location"),
                    "description": f"{room}, {street}, {code} {town}",
                    "room": room.split(", ", 1)[1],
                    "streetAddress": street,
                    "postalCode": code,
                    "locality": town,
                    "geojson": {
                        "type": "Feature",
                        "geometry": {"type": "Point", "coordinates": list(point)},
                        "properties": {"name": room},
                    },
                    "created": "2021-03-01T09:00:00+01:00",
                    "modified": "2021-03-01T09:00:00+01:00",
                }
            )
        return found

    # System, Body, terms --------------------------------------------------------------------

    def add_system_and_body(self) -> None:
        o = self.o
        self.site.add(
            {
                "id": f"{o}/system",
                "type": self.kind("System"),
                "oparlVersion": SCHEMA,
                "body": f"{o}/bodies",
                "name": "Ratsinformationssystem der Stadt Musterstadt",
                "contactEmail": "ratsinfo@musterstadt.example",
                "contactName": "Büro des Stadtrats",
                "website": f"{self.base}/",
                "vendor": "https://ris-hersteller.example/",
                "product": "https://ris-hersteller.example/ratsinfo/",
                "license": "https://creativecommons.org/licenses/by/4.0/",
                "created": "2021-03-01T09:00:00+01:00",
                "modified": "2026-04-01T09:00:00+02:00",
            }
        )
        terms = [
            self.term(1, "Wahlperiode 2021–2026", "2021-04-01", "2026-03-31"),
            self.term(2, "Wahlperiode 2026–2031", "2026-04-01", "2031-03-31"),
        ]
        self.site.add_list(f"{o}/legislativeterms", [t["id"] for t in terms])
        for term in terms:
            self.site.add(term)
        rathaus = self.site.objects[f"/oparl/v1/location/{1}"]
        body = self.site.add(
            {
                "id": f"{o}/body/1",
                "type": self.kind("Body"),
                "system": f"{o}/system",
                "shortName": "Musterstadt",
                "name": "Stadt Musterstadt",
                "website": "https://www.musterstadt.example/",
                "license": "https://creativecommons.org/licenses/by/4.0/",
                "licenseValidSince": "2021-03-01T09:00:00+01:00",
                "oparlSince": "2021-03-01T09:00:00+01:00",
                "contactEmail": "ratsinfo@musterstadt.example",
                "contactName": "Büro des Stadtrats",
                "organization": f"{o}/body/1/organizations",
                "person": f"{o}/body/1/persons",
                "meeting": f"{o}/body/1/meetings",
                "paper": f"{o}/body/1/papers",
                "legislativeTerm": terms,
                "legislativeTermList": f"{o}/legislativeterms",
                "classification": "Stadt",
                "location": rathaus,
                "web": f"{self.base}/",
                "created": "2021-03-01T09:00:00+01:00",
                "modified": "2026-04-01T09:00:00+02:00",
            }
        )
        self.site.add_list(f"{o}/bodies", [body])

    def term(self, number: int, name: str, start: str, end: str) -> dict:
        return {
            "id": f"{self.o}/legislativeterm/{number}",
            "type": self.kind("LegislativeTerm"),
            "body": f"{self.o}/body/1",
            "name": name,
            "startDate": start,
            "endDate": end,
            "modified": "2026-04-01T09:00:00+02:00",
        }

    # Organisations ---------------------------------------------------------------------------

    def add_organizations(self):
        o, numbers = self.o, count(1)
        gremien, fraktionen, verwaltung, ids = {}, {}, {}, []

        def organization(**fields) -> str:
            value = {
                "id": f"{o}/organization/{next(numbers)}",
                "type": self.kind("Organization"),
                "body": f"{o}/body/1",
                **fields,
                "created": "2021-03-01T09:00:00+01:00",
                "modified": "2026-04-16T21:00:00+02:00",
            }
            ids.append(self.site.add(value))
            return value["id"]

        for key, (name, short, _, classification, room, _, _) in GREMIEN.items():
            gremien[key] = organization(
                name=name,
                shortName=short,
                organizationType="Gremium",
                classification=classification,
                startDate="2026-04-16" if key != "OBR" else "2026-04-20",
                post=["Vorsitz", "stellvertretender Vorsitz", "Mitglied"],
                location=self.locations[room],
                web=f"{self.base}/gremien/{key.lower()}",
            )
        for name, short, _ in FRAKTIONEN:
            fraktionen[short] = organization(
                name=name,
                shortName=short,
                organizationType="Fraktion",
                classification="Fraktion",
                post=["Fraktionsvorsitz", "Mitglied"],
            )
        for key, name in VERWALTUNG.items():
            verwaltung[key] = organization(
                name=name,
                shortName=key,
                organizationType="Verwaltungsbereich",
                classification="Verwaltung",
            )
        self.site.add_list(f"{o}/body/1/organizations", ids)
        return gremien, fraktionen, verwaltung

    # People ----------------------------------------------------------------------------------

    def add_persons(self) -> list[dict]:
        """45 Stadtrat members (by Fraktion), 7 of the Ortsbeirat, 3 who left in March 2026."""
        names = [("Erika", "Musterfrau", "female"), ("Max", "Mustermann", "male")]
        for number in range(53):
            female = number % 2 == 0
            given = (GIVEN_FEMALE if female else GIVEN_MALE)[number // 2]
            names.append((given, FAMILY[number % len(FAMILY)], "female" if female else "male"))
        people, seats = [], iter(range(45))
        fraktion_of = [short for _, short, n in FRAKTIONEN for _ in range(n)]
        membership_ids = count(1)
        for number, (given, family, gender) in enumerate(names, 1):
            person = {
                "id": f"{self.o}/person/{number}",
                "type": self.kind("Person"),
                "body": f"{self.o}/body/1",
                "name": ("Dr. " if number % 9 == 4 else "") + f"{given} {family}",
                "familyName": family,
                "givenName": given,
                "formOfAddress": "Frau" if gender == "female" else "Herr",
                "gender": gender,
                "membership": [],
                "created": "2021-03-01T09:00:00+01:00",
                "modified": "2026-04-16T21:00:00+02:00",
            }
            if number % 9 == 4:
                person["title"] = ["Dr."]
            people.append(person)
        for person in people[:45]:
            person["fraktion"] = fraktion_of[next(seats)]
        for person, fraktion in zip(people[52:], ("BLM", "SDF", "CKF"), strict=True):
            person["fraktion"] = fraktion  # members until the end of the old term

        def member(person, organization, role, start, end=None, on_behalf=None, vote=True):
            value = {
                "id": f"{self.o}/membership/{next(membership_ids)}",
                "type": self.kind("Membership"),
                "organization": organization,
                "role": role,
                "votingRight": vote,
                "startDate": start,
            }
            if end:
                value["endDate"] = end
            if on_behalf:
                value["onBehalfOf"] = on_behalf
            person["membership"].append(value)

        for person in people[:45] + people[52:]:
            end = "2026-03-31" if person in people[52:] else None
            start = "2021-04-01" if end else "2026-04-16"
            fraktion = self.fraktionen[person["fraktion"]]
            member(person, self.gremien["SR"], "Mitglied", start, end, fraktion)
        for short in [s for _, s, _ in FRAKTIONEN]:
            group = [p for p in people[:45] if p["fraktion"] == short]
            for index, person in enumerate(group):
                role = "Fraktionsvorsitz" if index == 0 else "Mitglied"
                member(person, self.fraktionen[short], role, "2026-04-16")
        for person in people[52:]:
            member(
                person, self.fraktionen[person["fraktion"]], "Mitglied", "2021-04-01", "2026-03-31"
            )
        for number, key in enumerate(("HFA", "BAU", "SOZ", "WIR")):
            chosen = []
            for (_, short, _), seats_here in zip(FRAKTIONEN, COMMITTEE_SEATS, strict=True):
                group = [p for p in people[:45] if p["fraktion"] == short]
                chosen += [
                    group[(number * seats_here + j + 1) % len(group)] for j in range(seats_here)
                ]
            chair = chosen[3 * (number % 2)]  # alternately from the first two Fraktionen
            deputy = chosen[3 * ((number + 1) % 2)]
            for person in chosen:
                role = {id(chair): "Vorsitz", id(deputy): "stellvertretender Vorsitz"}
                member(
                    person,
                    self.gremien[key],
                    role.get(id(person), "Mitglied"),
                    "2026-04-16",
                    None,
                    self.fraktionen[person["fraktion"]],
                )
        for index, person in enumerate(people[45:52]):
            role = {
                0: "Ortsvorsteherin" if person["gender"] == "female" else "Ortsvorsteher",
                1: "stellvertretender Vorsitz",
            }.get(index, "Mitglied")
            member(person, self.gremien["OBR"], role, "2026-04-20")
        for person in people:
            person.pop("fraktion", None)
            self.site.add(person)
        self.site.add_list(f"{self.o}/body/1/persons", [p["id"] for p in people])
        return people

    # Meetings --------------------------------------------------------------------------------

    def add_meetings(self) -> dict[tuple[str, str], dict]:
        planned = []
        for key, (first, plan) in MEETINGS.items():
            old, new = (part.split() for part in plan.split("|"))
            planned += [(day, key, ordinal) for ordinal, day in enumerate(old, first)]
            planned += [(day, key, ordinal) for ordinal, day in enumerate(new, 1)]
        meetings = {}
        for number, (day, key, ordinal) in enumerate(sorted(planned), 1):  # ids by date
            meetings[(key, day)] = self.meeting(number, key, day, ordinal)
        ordered = sorted(meetings.values(), key=lambda m: (m["start"], m["id"]))
        self.site.add_list(f"{self.o}/body/1/meetings", [m["id"] for m in ordered])
        for meeting in ordered:
            self.site.add(meeting)
        return meetings

    def meeting(self, number: int, key: str, day: str, ordinal: int) -> dict:
        _, _, genitive, _, room, begin, finish = GREMIEN[key]
        held = date.fromisoformat(day)
        start, end = at(held, begin), at(held, finish)
        past = held < RECORDED
        value = {
            "id": f"{self.o}/meeting/{number}",
            "type": self.kind("Meeting"),
            "name": f"{ordinal}. Sitzung {genitive}",
            "meetingState": "durchgeführt" if past else "terminiert",
            "start": start,
            "end": end,
            "location": self.locations[room],  # by URL: the client fetches it
            "organization": [self.gremien[key]],
            "agendaItem": [],
            "web": f"{self.base}/sitzungen/{number}",
            "created": stamp(held - timedelta(days=42), 9),
            "modified": stamp(held - timedelta(days=42), 9),
        }
        if (key, day) in CANCELLED:
            value["cancelled"] = True
        invited = past or (key, day) in INVITED_UPCOMING
        if invited:
            sent = min(held - timedelta(days=10), INVITATION_SENT)
            value["invitation"] = self.file("Einladung", f"einladung-{key.lower()}-{day}.pdf", sent)
            value["modified"] = stamp(sent, 10)
            if not past:
                value["meetingState"] = "eingeladen"
        protocol = held + timedelta(days=11)
        if past and protocol < RECORDED:
            value["resultsProtocol"] = self.file(
                "Niederschrift", f"niederschrift-{key.lower()}-{day}.pdf", protocol
            )
            value["modified"] = stamp(protocol, 14)
        value["_agenda"] = invited  # removed once the agenda is built
        value["_key"], value["_day"] = key, day
        return value

    def file(self, name: str, file_name: str, day: date) -> dict:
        number = next(self.files)
        return {
            "id": f"{self.o}/file/{number}",
            "type": self.kind("File"),
            "name": name,
            "fileName": file_name,
            "mimeType": "application/pdf",
            "date": day.isoformat(),
            "size": 48_000 + number * 7_919 % 900_000,
            "accessUrl": f"{self.base}/dokumente/{number}/{file_name}",
            "downloadUrl": f"{self.base}/dokumente/{number}/{file_name}?download=1",
            "created": stamp(day, 8),
            "modified": stamp(day, 8),
        }

    # Papers and agendas ----------------------------------------------------------------------

    def add_papers(self) -> None:
        ids, on_agenda = [], {}
        for number, paper in enumerate(PAPERS, 1):
            value = self.paper(number, paper, on_agenda)
            ids.append(self.site.add(value))
        self.site.add_list(f"{self.o}/body/1/papers", ids)
        for meeting in self.meetings.values():
            if meeting.pop("_agenda"):
                meeting["agendaItem"] = self.agenda(meeting, on_agenda.get(meeting["id"], []))
            del meeting["_key"], meeting["_day"]

    def paper(self, number: int, paper: Paper, on_agenda: dict) -> dict:
        issued = date.fromisoformat(paper.issued)
        year = issued.year
        reference = f"VO/{year}/{number:04d}"
        slug = reference.replace("/", "-").lower()
        value = {
            "id": f"{self.o}/paper/{number}",
            "type": self.kind("Paper"),
            "body": f"{self.o}/body/1",
            "name": paper.title,
            "reference": reference,
            "date": paper.issued,
            "paperType": paper.kind,
            "mainFile": self.file(f"Vorlage {reference}", f"{slug}.pdf", issued),
            "auxiliaryFile": [
                self.file(title, f"{slug}-anlage-{n}.pdf", issued)
                for n, title in enumerate(paper.attachments, 1)
            ],
            "consultation": [],
            "web": f"{self.base}/vorlagen/{number}",
            "created": stamp(issued, 10),
            "modified": stamp(issued, 10),
        }
        if paper.keywords:
            value["keyword"] = list(paper.keywords)
        if paper.source in self.verwaltung:
            value["underDirectionOf"] = [self.verwaltung[paper.source]]
        elif paper.source in self.fraktionen:
            value["originatorOrganization"] = [self.fraktionen[paper.source]]
        else:  # the Ortsbeirat's own motions
            value["originatorOrganization"] = [self.gremien["OBR"]]
        last = issued
        for key, day, role, result, *agenda_title in paper.consultations:
            meeting = self.meetings[(key, day)]
            consultation = {
                "id": f"{self.o}/consultation/{next(self.consultations)}",
                "type": self.kind("Consultation"),
                "meeting": meeting["id"],
                "organization": [self.gremien[key]],
                "authoritative": role == E,
                "role": role,
            }
            if meeting["_agenda"]:
                item = f"{self.o}/agendaitem/{next(self.items)}"
                consultation["agendaItem"] = item
                on_agenda.setdefault(meeting["id"], []).append(
                    (
                        item,
                        consultation["id"],
                        agenda_title[0] if agenda_title else paper.title,
                        paper.kind,
                        result,
                    )
                )
            value["consultation"].append(consultation)
            if date.fromisoformat(day) < RECORDED:
                last = date.fromisoformat(day)
        value["modified"] = stamp(last + timedelta(days=1), 12)
        return value

    def agenda(self, meeting: dict, papers: list[tuple]) -> list[dict]:
        key, day = meeting["_key"], meeting["_day"]
        past = date.fromisoformat(day) < RECORDED
        order = {
            "Beschlussvorlage": 0,
            "Antrag": 1,
            "Mitteilungsvorlage": 2,
            "Bericht": 2,
            "Anfrage": 3,
        }
        papers = sorted(papers, key=lambda p: order[p[3]])
        if (key, day) == ("SR", "2026-04-16"):
            opening = KONSTITUIERUNG
        else:
            opening = OPENING.get(key, OPENING_COMMITTEE)
        items, number = [], count(1)

        def add(name, public=True, consultation=None, result=None, item_id=None, label=None):
            item = {
                "id": item_id or f"{self.o}/agendaitem/{next(self.items)}",
                "type": self.kind("AgendaItem"),
                "meeting": meeting["id"],
                "number": label or str(next(number)),
                "order": len(items) + 1,
                "name": name,
                "public": public,
            }
            if consultation:
                item["consultation"] = consultation
            if result and past:
                item["result"] = result
            items.append(item)

        for name in opening:
            add(name)
        motions = [p for p in papers if p[3] == "Antrag"]
        questions = [p for p in papers if p[3] == "Anfrage"]
        for item_id, consultation, name, kind, result in papers:
            if kind not in ("Antrag", "Anfrage"):
                add(name, consultation=consultation, result=result, item_id=item_id)
        for heading, group in (("Anträge der Fraktionen", motions), ("Anfragen", questions)):
            if key == "SR" and (group or (key, day) == ("SR", "2026-12-03")):
                add(heading)
                parent = items[-1]["number"]
                for sub, (item_id, consultation, name, _, result) in enumerate(group, 1):
                    add(
                        name,
                        consultation=consultation,
                        result=result,
                        item_id=item_id,
                        label=f"{parent}.{sub}",
                    )
            else:
                for item_id, consultation, name, _, result in group:
                    add(name, consultation=consultation, result=result, item_id=item_id)
        if key != "SR":
            add("Mitteilungen der Verwaltung" if key != "OBR" else "Verschiedenes")
        closed = CLOSED.get(key, [])
        for name in closed if key == "SR" else closed[: date.fromisoformat(day).month % 2]:
            add(name, public=False)
        return items


def at(day: date, hour_minute: tuple[int, int]) -> str:
    return datetime.combine(day, time(*hour_minute), BERLIN).isoformat()


def stamp(day: date, hour: int) -> str:
    return datetime.combine(min(day, RECORDED - timedelta(days=1)), time(hour), BERLIN).isoformat()
