"""The `alert` type: warnings shown on every page until they expire."""

from plugins.frontmatter.fields import Choice, DateTime
from plugins.frontmatter.schema import Schema, register_type

ALERT = Schema(
    name="alert",
    label="Warnung / Hinweis",
    folder="warnungen",
    description="Ein Hinweis, der bis zum Ablauf auf jeder Seite oben erscheint.",
    body_example="Was los ist und was zu tun ist.\n",
    fields={
        "level": Choice(
            help="info, warning (Warnung) oder emergency (Notfall)",
            options=("info", "warning", "emergency"),
            example="warning",
            required=True,
        ),
        "expires": DateTime(
            help="Läuft ab am (Datum und Uhrzeit)",
            example="2027-01-31 12:00",
            allow_date=True,
            required=True,
        ),
    },
)
register_type(ALERT)
