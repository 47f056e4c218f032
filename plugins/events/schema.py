"""The `event` type: dated, possibly recurring events with a location."""

from plugins.frontmatter.fields import DateTime, Either, Flag, ListOf, Obj, Ref, Text, Url
from plugins.frontmatter.schema import Schema, address_field, register_type

EVENT = Schema(
    name="event",
    label="Veranstaltung",
    folder="tourismus/veranstaltungen",
    required_summary=True,
    description="Eine Veranstaltung, einmalig oder wiederkehrend.",
    body_example="Beschreibung der Veranstaltung.\n",
    fields={
        "start": DateTime(
            help="Beginn (Datum oder Datum und Uhrzeit)", example="2027-05-01 18:00", required=True
        ),
        "end": DateTime(help="Ende", example="2027-05-01 22:00"),
        # checked against `start` by the events plugin, once both are known
        "recurrence": Text(help="Wiederholung als RRULE", example="FREQ=WEEKLY;BYDAY=SA"),
        "location": Either(
            help="Ort: Schlüssel einer Sehenswürdigkeit oder eines Amts, oder Name und Anschrift",
            example="marktplatz",
            ref=Ref(types=("poi", "office")),
            obj=Obj(
                fields={
                    "name": Text(help="Name des Ortes", required=True),
                    "address": address_field(),
                }
            ),
        ),
        "categories": ListOf(help="Kategorien", example=["Kultur"]),
        "price": Text(help="Eintritt", example="8 Euro, ermäßigt 5 Euro"),
        "registration": Url(help="Adresse der Anmeldung"),
        "organizer": Text(help="Veranstalter", example="Kulturamt"),
        "cancelled": Flag(help="true, wenn die Veranstaltung abgesagt ist"),
    },
    example_title="Musikalischer Stadtrundgang",
    example_summary="Eine Führung durch die Altstadt mit Live-Musik.",
    search_label="Veranstaltung",
    search_rank=30,
    record=True,
)
register_type(EVENT)
