"""The `lodging` type: a host (Gastgeber) in the Tourist-Information's directory.

Editors write what a guest compares: category, official classification (with its scheme),
size, price, amenities, accessibility ("Reisen für Alle"), contact and booking link. The
amenities come from a configured list (`LODGING["amenities"]`, `settings.py`); the stars are
checked against their scheme at build time (`checks.py`).
"""

from plugins.frontmatter.fields import (
    Choice,
    Date,
    Email,
    Flag,
    ListOf,
    Number,
    Obj,
    Phone,
    Text,
    Url,
)
from plugins.frontmatter.schema import (
    Schema,
    address_field,
    geo_field,
    image_field,
    register_type,
)
from plugins.kit.i18n import german

CATEGORIES = (
    "Hotel",
    "Gasthof",
    "Pension",
    "Ferienwohnung",
    "Ferienhaus",
    "Jugendherberge",
    "Campingplatz",
    "Wohnmobilstellplatz",
)

# scheme -> (German name, highest number of stars, whether "Superior" exists)
SCHEMES = {
    "DEHOGA": (german("Deutsche Hotelklassifizierung (DEHOGA)"), 5, True),
    "DEHOGA G": (german("G-Klassifizierung für Gasthöfe und Pensionen (DEHOGA)"), 4, True),
    "DTV": (german("DTV-Klassifizierung für Ferienwohnungen und Privatzimmer"), 5, False),
    "BVCD": (german("BVCD-Klassifizierung für Campingplätze"), 5, False),
}

RFA_LEVELS = (german("Barrierefreiheit geprüft"), german("Information zur Barrierefreiheit"))
RFA_GROUPS = (
    german("Menschen mit Gehbehinderung"),
    german("Rollstuhlfahrer"),
    german("Menschen mit Hörbehinderung"),
    german("Gehörlose Menschen"),
    german("Menschen mit Sehbehinderung"),
    german("Blinde Menschen"),
    german("Menschen mit kognitiven Beeinträchtigungen"),
)

LODGING = Schema(
    name="lodging",
    label="Gastgeber",
    folder="tourismus/uebernachten",
    required_summary=True,
    description=(
        "Ein Hotel, eine Pension, eine Ferienwohnung, ein Campingplatz oder ein anderer "
        "Gastgeber im Gastgeberverzeichnis der Tourist-Information."
    ),
    body_example="Unser Haus liegt …\n",
    fields={
        "category": Choice(
            help="Art der Unterkunft: " + ", ".join(CATEGORIES),
            options=CATEGORIES,
            example="Hotel",
            required=True,
            label="Kategorie",
        ),
        "classification": Obj(
            help="Offizielle Klassifizierung mit Sternen; das System muss genannt sein",
            fields={
                "scheme": Choice(
                    help="Klassifizierungssystem: " + ", ".join(SCHEMES),
                    options=tuple(SCHEMES),
                    example="DEHOGA",
                    required=True,
                ),
                "stars": Number(help="Anzahl der Sterne (ganze Zahl)", example="4", required=True),
                "superior": Flag(help="true bei „Superior“ (nur DEHOGA)"),
            },
            label="Klassifizierung",
        ),
        "rooms": Number(help="Anzahl der Zimmer oder Einheiten", example="24", minimum=1),
        "beds": Number(help="Anzahl der Betten oder Stellplätze", example="45", minimum=1),
        "price_from": Number(
            help="Preis ab (Euro pro Nacht, für das günstigste Zimmer oder die Einheit)",
            example="79",
            minimum=0,
            label="Preis ab (Euro)",
        ),
        "amenities": ListOf(
            help="Ausstattung aus der festgelegten Liste (LODGING in pelicanconf.py)",
            item=Text(),
            example=[german("WLAN"), german("Parkplatz"), german("Frühstück")],
            label="Ausstattung",
        ),
        "accessibility": Obj(
            help="Barrierefreiheit, mit der Zertifizierung „Reisen für Alle“, falls vorhanden",
            fields={
                "description": Text(
                    help="Was Gäste mit Einschränkungen wissen müssen",
                    example="Zwei rollstuhlgerechte Zimmer, Aufzug.",
                ),
                "reisen_fuer_alle": Choice(
                    help="Stufe von „Reisen für Alle“: " + " oder ".join(RFA_LEVELS),
                    options=RFA_LEVELS,
                    example="Barrierefreiheit geprüft",
                ),
                "groups": ListOf(
                    help="Für wen die Zertifizierung gilt: " + ", ".join(RFA_GROUPS),
                    item=Choice(options=RFA_GROUPS),
                    example=["Menschen mit Gehbehinderung", "Rollstuhlfahrer"],
                ),
                "valid_until": Date(help="Zertifikat gültig bis"),
                "report_url": Url(help="Prüfbericht von „Reisen für Alle“"),
            },
            label="Barrierefreiheit",
        ),
        "address": address_field(required=True),
        "geo": geo_field(required=True),
        "phone": Phone(help="Telefon"),
        "email": Email(help="E-Mail"),
        "website": Url(help="Website"),
        "booking_url": Url(help="Direkt buchen (Adresse mit https://)", label="Buchungslink"),
        "opening_season": Text(
            help="Saison, wenn nicht ganzjährig geöffnet",
            example="April bis Oktober",
            label="Saison",
        ),
        "image": image_field(),
    },
    example_title="Hotel Zum Goldenen Löwen",
    example_summary="Traditionshaus am Marktplatz mit 62 Zimmern und Restaurant.",
    search_label="Gastgeber",
    search_rank=45,
)
register_type(LODGING)
