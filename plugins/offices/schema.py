"""The `office` type: an office or building with contacts, address and opening hours."""

from plugins.frontmatter.fields import Email, ListOf, Obj, Phone, Text
from plugins.frontmatter.schema import Schema, address_field, geo_field, register_type
from plugins.kit.opening_hours import opening_hours_field

OFFICE = Schema(
    name="office",
    label="Amt / Einrichtung",
    folder="rathaus/aemter",
    description="Ein Amt oder eine Einrichtung mit Anschrift, Kontakt und Öffnungszeiten.",
    body_example="## Aufgaben\n\nWofür das Amt zuständig ist.\n",
    fields={
        "address": address_field(),
        "phone": Phone(help="Telefon"),
        "email": Email(help="E-Mail"),
        "opening_hours": opening_hours_field(),
        "geo": geo_field(),
        "contacts": ListOf(
            help="Ansprechpersonen",
            item=Obj(
                fields={
                    "name": Text(help="Name", example="Petra Beispiel", required=True),
                    "role": Text(help="Funktion", example="Leitung"),
                    "phone": Phone(help="Telefon"),
                    "email": Email(help="E-Mail"),
                    "room": Text(help="Raum", example="E.04"),
                }
            ),
            example=[{"name": "Petra Beispiel", "role": "Leitung", "phone": "06151 12-3400"}],
        ),
        "accessibility": Text(
            help="Barrierefreiheit des Gebäudes",
            example="Stufenloser Zugang, Aufzug, barrierefreies WC.",
        ),
    },
    example_title="Bürgerbüro",
    example_summary="Ausweise, Meldewesen und Beglaubigungen an einem Ort.",
    search_label="Amt",
    search_rank=20,
)
register_type(OFFICE)
