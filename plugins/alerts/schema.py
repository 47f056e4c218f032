"""The `alert` type: warnings shown on every page until they expire."""

from plugins.frontmatter.fields import Choice, DateTime
from plugins.frontmatter.schema import Expiry, Schema, register_type

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
    example_title="Sperrung der Hauptstraße",
    example_summary="Die Hauptstraße ist bis Freitag gesperrt.",
    search_as="news",  # current news for visitors, until it expires
    expiry=Expiry("expires"),
    record=True,
)
register_type(ALERT)
