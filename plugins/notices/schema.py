"""The `notice` type: official public notices (amtliche Bekanntmachungen) with attachments."""

from plugins.frontmatter.fields import Date, ListOf, Obj, Text
from plugins.frontmatter.schema import Schema, date_or_time, register_type

NOTICE = Schema(
    name="notice",
    label="Amtliche Bekanntmachung",
    folder="rathaus/bekanntmachungen",
    description="Eine amtliche Bekanntmachung mit Veröffentlichungsdatum und Anlagen.",
    body_example="Text der Bekanntmachung.\n",
    fields={
        "date": date_or_time("Datum der Veröffentlichung", required=True),
        "valid_until": Date(help="Aushang bis (danach im Archiv)"),
        "attachments": ListOf(
            help="Anlagen (Dateien neben dieser Datei)",
            item=Obj(
                fields={
                    "title": Text(help="Bezeichnung", example="Planzeichnung", required=True),
                    "file": Text(
                        help="Dateiname, relativ zu dieser Datei", example="plan.pdf", required=True
                    ),
                }
            ),
            example=[{"title": "Planzeichnung", "file": "plan.pdf"}],
        ),
    },
    example_title="Haushaltssatzung 2027",
    example_summary="Die Haushaltssatzung 2027 liegt öffentlich aus.",
    search_label="Bekanntmachung",
    search_rank=60,
    record=True,
)
register_type(NOTICE)
