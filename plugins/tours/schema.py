"""The `tour` type: a walking, cycling or accessible route with a GPX file beside its page.

Editors write what a visitor needs to decide and to find the start; the figures (length, ascent,
time) come from the GPX file at build time, so nobody types them (`gpx.py`).
"""

from plugins.frontmatter.fields import Choice, Either, Flag, ListOf, Obj, Pattern, Ref, Text
from plugins.frontmatter.schema import Schema, address_field, register_type
from plugins.kit.i18n import german

from .gpx import ACTIVITIES

DIFFICULTIES = ("leicht", "mittel", "schwer")

TOUR = Schema(
    name="tour",
    label="Tour",
    folder="tourismus/touren",
    required_summary=True,
    description=(
        "Eine Wander- oder Radtour, ein Stadtrundgang oder ein barrierefreier Weg mit einer "
        "GPX-Datei; Länge, Höhenmeter und Gehzeit berechnet die Website aus der Datei."
    ),
    body_example="Vom Marktplatz gehen Sie …\n",
    fields={
        "gpx": Pattern(
            help="Name der GPX-Datei neben dieser Seite (aus dem Tourenplaner exportiert)",
            example="altstadt-rundgang.gpx",
            regex=r"[A-Za-z0-9][A-Za-z0-9._-]*\.gpx",
            expected=german(
                "der Name einer GPX-Datei neben dieser Seite, z. B. altstadt-rundgang.gpx"
            ),
            required=True,
            label="GPX-Datei",
        ),
        "activity": Choice(
            help="Art der Tour: " + ", ".join(ACTIVITIES),
            options=ACTIVITIES,
            example="Wandern",
            required=True,
            label="Aktivität",
        ),
        "difficulty": Choice(
            help="Schwierigkeit: leicht, mittel oder schwer",
            options=DIFFICULTIES,
            example="mittel",
            required=True,
            label="Schwierigkeit",
        ),
        "circular": Flag(
            help="true, wenn die Tour am Startpunkt endet (Rundtour)", label="Rundtour"
        ),
        "start": Either(
            help="Startpunkt: Schlüssel einer Sehenswürdigkeit, oder Name und Anschrift",
            example="marktplatz",
            ref=Ref(types=("poi",)),
            obj=Obj(
                fields={
                    "name": Text(help="Name des Startpunkts", required=True),
                    "address": address_field(),
                }
            ),
            label="Startpunkt",
        ),
        "public_transport": Text(
            help="Mit Bus und Bahn zum Startpunkt",
            example="Straßenbahnlinien 3 und 5 bis Haltestelle „Marktplatz“.",
            label="Anfahrt mit Bus und Bahn",
        ),
        "season": Text(help="Beste Jahreszeit", example="Ganzjährig.", label="Jahreszeit"),
        "signposting": Text(
            help="Markierung des Weges", example="Weißes E auf blauem Grund.", label="Markierung"
        ),
        "accessibility": Text(
            help="Barrierefreiheit: Wege, Steigungen, Stufen, Toiletten",
            example="Stufenlos, Steigungen höchstens 3 Prozent.",
            label="Barrierefreiheit",
        ),
        "sights": ListOf(
            help="Sehenswürdigkeiten am Weg (ihre Schlüssel, in der Reihenfolge der Tour)",
            item=Ref(types=("poi",)),
            example=["marktplatz", "schloss"],
            label="Sehenswürdigkeiten am Weg",
        ),
    },
    example_title="Altstadtrundgang",
    example_summary="Ein gemütlicher Rundgang zu den schönsten Sehenswürdigkeiten der Altstadt.",
    search_label="Tour",
    search_rank=35,
)
register_type(TOUR)
