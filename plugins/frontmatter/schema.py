"""Content types: one declared schema each, registered by the plugin that owns the type.

The validator, `invoke new` archetypes and the editors' reference are generated from these
declarations, so they cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .fields import (
    Choice,
    Date,
    Field,
    Flag,
    ListOf,
    Number,
    Obj,
    Pattern,
    Text,
    Url,
)

LANGUAGES = ("de", "en", "ls")  # ls = Leichte Sprache (German, rendered lang="de")


@dataclass
class Schema:
    """A content type: its name, its own fields (on top of the common ones) and where it lives."""

    name: str
    label: str  # German name for editors, e.g. "Leistung"
    fields: dict = field(default_factory=dict)
    folder: str = ""  # where `invoke new` puts a new file
    required_summary: bool = False
    description: str = ""  # German: what this type is for
    body_example: str = ""

    def all_fields(self) -> dict:
        common = dict(COMMON_FIELDS)
        if self.required_summary:
            common["summary"] = Text(
                help=COMMON_FIELDS["summary"].help,
                example=COMMON_FIELDS["summary"].example,
                required=True,
                max_length=400,
            )
        return {**common, **self.fields}


TYPES: dict[str, Schema] = {}


def register_type(schema: Schema) -> None:
    TYPES[schema.name] = schema


def address_field(**kwargs) -> Obj:
    return Obj(
        help="Anschrift",
        fields={
            "street": Text(help="Straße und Hausnummer", example="Marktplatz 1", required=True),
            "postal_code": Pattern(
                help="Postleitzahl (fünf Ziffern)",
                example="64283",
                regex=r"\d{5}",
                expected="a five-digit postal code",
                required=True,
            ),
            "city": Text(help="Ort", example="Musterstadt", required=True),
        },
        **kwargs,
    )


def geo_field(**kwargs) -> Obj:
    return Obj(
        help="Lage als Koordinaten (z. B. aus OpenStreetMap: Rechtsklick, „Adresse anzeigen“)",
        fields={
            "lat": Number(
                help="Breitengrad", example="49.8728", minimum=-90, maximum=90, required=True
            ),
            "lon": Number(
                help="Längengrad", example="8.6512", minimum=-180, maximum=180, required=True
            ),
        },
        **kwargs,
    )


def image_field() -> Obj:
    return Obj(
        help="Bild zur Seite; Alternativtext ist Pflicht, außer das Bild ist rein dekorativ",
        shorthand="src",
        fields={
            "src": Text(
                help="Pfad zur Bilddatei, relativ zu dieser Datei",
                example="bilder/foto.jpg",
                required=True,
            ),
            "alt": Text(
                help="Was das Bild zeigt (Alternativtext)", example="Das Alte Rathaus am Markt"
            ),
            "credit": Text(
                help="Bildnachweis (Urheber, Lizenz)", example="Foto: Stadt Musterstadt"
            ),
            "decorative": Flag(help="true, wenn das Bild nichts Inhaltliches zeigt"),
        },
    )


def link_list(help_text: str, example_title: str, example_url: str) -> ListOf:
    return ListOf(
        help=help_text,
        item=Obj(
            fields={
                "title": Text(help="Linktext", example=example_title, required=True),
                "url": Url(help="Adresse", example=example_url, required=True, local=True),
            }
        ),
        example=[{"title": example_title, "url": example_url}],
    )


COMMON_FIELDS: dict[str, Field] = {
    "type": Choice(
        help="Inhaltstyp; ohne Angabe gilt der Typ des Ordners oder „page“",
        options=("page", "service", "office", "news", "notice", "event", "poi", "alert"),
        example="page",
    ),
    "title": Text(
        help="Titel der Seite (Überschrift)",
        example="Personalausweis beantragen",
        required=True,
        max_length=150,
    ),
    "summary": Text(
        help="Ein bis zwei Sätze: worum es geht (erscheint in Listen, Suche und Vorschau)",
        example="Hier beantragen Sie einen neuen Personalausweis.",
        max_length=400,
    ),
    "slug": Pattern(
        help="Letzter Teil der Adresse; ohne Angabe aus dem Dateinamen",
        example="personalausweis",
        regex=r"[a-z0-9]+(?:-[a-z0-9]+)*",
        expected="lower-case letters, digits and dashes",
    ),
    "lang": Choice(
        help="Sprache: de, en oder ls (Leichte Sprache)", options=LANGUAGES, example="de"
    ),
    "translation_key": Pattern(
        help="Gleicher Wert in allen Sprachfassungen eines Inhalts",
        example="personalausweis",
        regex=r"[a-z0-9][a-z0-9_-]*",
        expected="lower-case letters, digits and dashes",
    ),
    "keywords": ListOf(
        help="Suchbegriffe und Synonyme, die Menschen eintippen", example=["Perso", "Ausweis"]
    ),
    "status": Choice(
        help="published (veröffentlicht) oder draft (Entwurf)",
        options=("published", "draft"),
        example="published",
    ),
    "image": image_field(),
    "date": Date(help="Datum (Veröffentlichung)"),
    "modified": Date(help="Datum der letzten inhaltlichen Änderung"),
    "review_by": Date(help="Bis wann die Seite überprüft werden muss"),
    "order": Number(
        help="Zahl zum Sortieren innerhalb des Bereichs (kleiner zuerst)", example="10"
    ),
    "default_type": Choice(
        help="Nur in index.md: Typ aller anderen Dateien in diesem Ordner",
        options=("page", "service", "office", "news", "notice", "event", "poi", "alert"),
    ),
}


PAGE = Schema(
    name="page",
    label="Seite",
    folder="",
    description="Eine gewöhnliche Seite: Informationen, Bereichsseiten, rechtliche Seiten.",
    body_example="## Überschrift\n\nText der Seite.\n",
)
register_type(PAGE)
