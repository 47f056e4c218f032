"""The `job` type: a vacancy of the administration (Stellenangebot) with its application deadline.

From the day after `valid_through` a vacancy is expired: out of the list, the feed, the search
index and the sitemap, its page `noindex` and saying that the deadline has passed; GRACE_DAYS
later its page is no longer built (plugins/frontmatter/schema.py `Expiry`).
"""

from urllib.parse import urlsplit

from plugins.frontmatter.fields import (
    Choice,
    Date,
    Email,
    Invalid,
    ListOf,
    Number,
    Obj,
    Phone,
    Ref,
    Text,
    Url,
)
from plugins.frontmatter.schema import Expiry, Schema, date_or_time, register_type
from plugins.kit.i18n import german, message

GRACE_DAYS = 14  # an expired vacancy's page stays this long (links in mails, printed notices)
HOURS = (german("Vollzeit"), german("Teilzeit"), german("Vollzeit oder Teilzeit"))


class HttpsUrl(Url):
    """A web address that must start with https:// (applicants send personal data there)."""

    def parse(self, text: str) -> str:
        if urlsplit(text).scheme == "http":
            raise Invalid(
                message(
                    "die Bewerbungsadresse muss mit https:// beginnen, gelesen wurde '{raw}'",
                    raw=text,
                ),
                message(
                    "Bewerbungen enthalten persönliche Daten: nennen Sie die verschlüsselte "
                    "Adresse (https://…) oder statt dessen apply_email"
                ),
            )
        return super().parse(text)


JOB = Schema(
    name="job",
    label="Stellenangebot",
    folder="rathaus/stellenangebote",
    required_summary=True,
    description=(
        "Eine Stellenausschreibung der Verwaltung mit Bewerbungsfrist; nach der Frist "
        "verschwindet sie aus Liste, Feed und Suche."
    ),
    body_example=(
        "## Ihre Aufgaben\n\n- Aufgabe\n\n## Ihr Profil\n\n- Anforderung\n\n"
        "## Wir bieten\n\n- Leistung\n"
    ),
    fields={
        "date": date_or_time("Datum der Veröffentlichung", required=True),
        "office": Ref(
            help="Ausschreibendes Amt (Dateiname des Amts ohne .md)",
            example="buergerbuero",
            types=("office",),
            required=True,
        ),
        "reference": Text(help="Kennziffer der Ausschreibung", example="2026-41"),
        "pay": Text(
            help="Bezahlung: Entgeltgruppe oder Besoldungsgruppe",
            example="TVöD EG 9a",
        ),
        "hours": Obj(
            help="Umfang: Vollzeit, Teilzeit oder Vollzeit oder Teilzeit; bei Teilzeit die "
            "Stunden pro Woche",
            shorthand="type",
            fields={
                "type": Choice(
                    help="Vollzeit oder Teilzeit", options=HOURS, example="Teilzeit", required=True
                ),
                "per_week": Number(help="Stunden pro Woche", example="30", minimum=1, maximum=48),
            },
        ),
        "start": Text(help="Beginn", example="zum nächstmöglichen Zeitpunkt"),
        "limited": Text(
            help="Befristung: unbefristet, oder bis wann bzw. wie lange befristet",
            example="unbefristet",
        ),
        "valid_through": Date(
            help="Bewerbungsfrist (letzter Tag); danach verschwindet die Stelle",
            example="2027-01-15",
            required=True,
        ),
        "apply_url": HttpsUrl(
            help="Adresse der Online-Bewerbung (nur https://)",
            example="https://karriere.example.org/stellen/2026-41",
        ),
        "apply_email": Email(
            help="E-Mail-Adresse für Bewerbungen", example="bewerbung@example.org"
        ),
        "contact": Obj(
            help="Ansprechperson für Fragen zur Stelle",
            fields={
                "name": Text(help="Name", example="Petra Beispiel", required=True),
                "role": Text(help="Funktion", example="Personalgewinnung"),
                "phone": Phone(help="Telefon"),
                "email": Email(help="E-Mail"),
            },
        ),
        "documents": ListOf(
            help="PDF-Dokumente zur Stelle (Dateien neben dieser Datei)",
            item=Obj(
                fields={
                    "title": Text(
                        help="Bezeichnung", example="Stellenausschreibung", required=True
                    ),
                    "file": Text(
                        help="Dateiname (PDF), relativ zu dieser Datei",
                        example="ausschreibung.pdf",
                        required=True,
                    ),
                }
            ),
            example=[{"title": "Stellenausschreibung", "file": "ausschreibung.pdf"}],
        ),
    },
    example_title="Sachbearbeitung Bürgerbüro (m/w/d)",
    example_summary="Das Bürgerbüro sucht eine Sachbearbeiterin oder einen Sachbearbeiter.",
    search_label="Stellenangebot",
    search_rank=70,
    expiry=Expiry("valid_through", grace_days=GRACE_DAYS),
    record=True,
)
register_type(JOB)
