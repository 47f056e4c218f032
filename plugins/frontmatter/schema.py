"""Content types: one declaration each, registered by the plugin that owns the type.

A type declares everything about itself here, in its own plugin's `schema.py`: its fields, its
German label, the folder `invoke new` writes to, an example, how it shows in search, whether it
expires, its page template. The validator, `invoke new`, the editors' reference, the browser
editor's configuration, the search index and the sitemap all derive from these declarations, so
adding a type touches no file outside its plugin.
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path

from plugins.kit.i18n import german
from plugins.kit.urls import LANGUAGES

from .fields import (
    Choice,
    Date,
    DayOrMoment,
    Field,
    Flag,
    ListOf,
    Number,
    Obj,
    Pattern,
    Text,
    Url,
)


@dataclass(frozen=True)
class Expiry:
    """When an item's time is over: the day after the date in `field` (or the moment, for a
    date-time). From then on it leaves lists, feeds, the search index and the sitemap, and its
    page says so and is `noindex`; `grace_days` later it is no longer built (None: the page
    stays for good, as an archive)."""

    field: str
    grace_days: int | None = None


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
    # Title and summary of the example file in the editors' reference.
    example_title: str = ""
    example_summary: str = ""
    # Search: the result group the items join (default: the type itself), that group's label
    # (German; translated through the catalogues) and its place among the filters (lower first);
    # search=False keeps the type out of the index.
    search: bool = True
    search_as: str = ""
    search_label: str = ""
    search_rank: int = 100
    in_sitemap: bool = True
    expiry: Expiry | None = None
    # A dated record (news, notice, event): it stays as published, so only its review_by date
    # makes it due for review (`invoke stale`), not its age.
    record: bool = False
    template: str = ""  # default "<plugin folder>/<name>.html"
    module: str = ""  # set by register_type: the module that declared the type

    @property
    def search_group(self) -> str:
        return self.search_as or self.name

    def template_name(self) -> str:
        if self.template:
            return self.template
        module = sys.modules.get(self.module)
        folder = Path(module.__file__).parent.name if module and module.__file__ else "."
        return f"{folder}/{self.name}.html"

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


def register_type(schema: Schema, module: str | None = None) -> None:
    """Add a type (called by the owning plugin's schema.py on import)."""
    schema.module = module or sys._getframe(1).f_globals.get("__name__", "")
    TYPES[schema.name] = schema
    names = sorted(TYPES, key=lambda name: (name != "page", name))  # the same in any import order
    for choice in (COMMON_FIELDS["type"], COMMON_FIELDS["default_type"]):
        choice.options = tuple(names)


def unregister_type(name: str) -> None:
    """Remove a type again (tests that add a throw-away type)."""
    TYPES.pop(name, None)
    names = sorted(TYPES, key=lambda n: (n != "page", n))
    for choice in (COMMON_FIELDS["type"], COMMON_FIELDS["default_type"]):
        choice.options = tuple(names)


def address_field(**kwargs) -> Obj:
    return Obj(
        help="Anschrift",
        fields={
            "street": Text(help="Straße und Hausnummer", example="Marktplatz 1", required=True),
            "postal_code": Pattern(
                help="Postleitzahl (fünf Ziffern)",
                example="64283",
                regex=r"\d{5}",
                expected=german("eine fünfstellige Postleitzahl"),
                required=True,
            ),
            "city": Text(help="Ort", example="Beispielort", required=True),
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
            "credit": Text(help="Bildnachweis (Urheber, Lizenz)", example="Foto: Stadtverwaltung"),
            "decorative": Flag(help="true, wenn das Bild nichts Inhaltliches zeigt"),
        },
    )


def date_or_time(help_text: str, required: bool = False) -> DayOrMoment:
    """`date` and `modified`: a day, or a day and a time (`2026-11-20 10:30`)."""
    return DayOrMoment(help=help_text, required=required)


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
        options=(),  # every registered type (register_type adds it)
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
        expected=german("Kleinbuchstaben, Ziffern und Bindestriche"),
    ),
    "lang": Choice(
        help="Sprache: de, en oder ls (Leichte Sprache)", options=LANGUAGES, example="de"
    ),
    "translation_key": Pattern(
        help="Gleicher Wert in allen Sprachfassungen eines Inhalts",
        example="personalausweis",
        regex=r"[a-z0-9][a-z0-9_-]*",
        expected=german("Kleinbuchstaben, Ziffern und Bindestriche"),
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
    "date": date_or_time("Datum (Veröffentlichung)"),
    "modified": date_or_time("Datum der letzten inhaltlichen Änderung"),
    "review_by": Date(help="Bis wann die Seite überprüft werden muss"),
    "order": Number(
        help="Zahl zum Sortieren innerhalb des Bereichs (kleiner zuerst)", example="10"
    ),
    "default_type": Choice(
        help="Nur in index.md: Typ aller anderen Dateien in diesem Ordner",
        options=(),  # every registered type (register_type adds it)
    ),
}


PAGE = Schema(
    name="page",
    label="Seite",
    folder="",
    description="Eine gewöhnliche Seite: Informationen, Bereichsseiten, rechtliche Seiten.",
    body_example="## Überschrift\n\nText der Seite.\n",
    example_title="Partnerstädte",
    example_summary="Die Stadt pflegt Partnerschaften mit drei Städten in Europa.",
    search_label="Seite",
    search_rank=1000,
    template="page.html",
)
register_type(PAGE)
