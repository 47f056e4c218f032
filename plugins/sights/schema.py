"""The `poi` type: sights and places for visitors."""

from plugins.frontmatter.fields import ListOf, Obj, Phone, Text, Url
from plugins.frontmatter.schema import Schema, address_field, geo_field, register_type
from plugins.kit.opening_hours import opening_hours_field

POI = Schema(
    name="poi",
    label="Sehenswürdigkeit",
    folder="tourismus/sehenswuerdigkeiten",
    required_summary=True,
    description="Eine Sehenswürdigkeit oder ein Ort für Besucherinnen und Besucher.",
    body_example="## Geschichte\n\nBeschreibung.\n",
    fields={
        "geo": geo_field(required=True),
        "address": address_field(),
        "opening_hours": opening_hours_field(),
        "prices": ListOf(help="Eintrittspreise", example=["Erwachsene 6 Euro"]),
        "accessibility": Text(help="Barrierefreiheit", example="Erdgeschoss stufenlos erreichbar."),
        "categories": ListOf(help="Kategorien", example=["Kultur"]),
        "website": Url(help="Website"),
        "phone": Phone(help="Telefon"),
        "gallery": ListOf(
            help="Einige weitere Bilder mit Bildunterschrift und Bildnachweis",
            item=Obj(
                fields={
                    "src": Text(
                        help="Pfad zur Bilddatei, relativ zu dieser Datei",
                        example="bilder/brunnen.jpg",
                        required=True,
                    ),
                    "alt": Text(
                        help="Was das Bild zeigt (Alternativtext)",
                        example="Der Brunnen mit der Figur der Stadtpatronin",
                        required=True,
                    ),
                    "caption": Text(help="Bildunterschrift", example="Der Marktbrunnen von 1780"),
                    "credit": Text(
                        help="Bildnachweis (Urheber, Lizenz)", example="Foto: Stadtverwaltung"
                    ),
                }
            ),
            label="Bildergalerie",
        ),
    },
    example_title="Altes Rathaus",
    example_summary="Das Rathaus von 1598 am Marktplatz mit Ratssaal und Turm.",
    search_label="Sehenswürdigkeit",
    search_rank=40,
)
register_type(POI)
