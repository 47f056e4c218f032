"""The `news` type: press releases (Pressemitteilungen)."""

from plugins.frontmatter.schema import Schema, date_or_time, register_type

NEWS = Schema(
    name="news",
    label="Pressemitteilung",
    folder="rathaus/aktuelles",
    required_summary=True,
    description="Eine Nachricht oder Pressemitteilung der Stadt.",
    body_example="Text der Mitteilung.\n",
    fields={"date": date_or_time("Datum der Veröffentlichung", required=True)},
    example_title="Neue Öffnungszeiten im Bürgerbüro",
    example_summary="Ab Mai ist das Bürgerbüro auch samstags offen.",
    search_label="Aktuelles",
    search_rank=50,
    record=True,
)
register_type(NEWS)
