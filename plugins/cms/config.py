"""The browser editor's `config.yml`, generated from the content schemas (Sveltia CMS, which
reads Decap CMS's configuration format).

One folder collection per content type; every schema field becomes a widget of the matching
kind, required exactly when the validator requires it, with the field's German help as hint.
Whatever the schema gains, the editor gains with the next build: nothing here lists fields.
"""

from __future__ import annotations

from plugins.frontmatter.fields import Field, ListOf, Obj, Pattern, Url
from plugins.frontmatter.schema import Schema

# Shown in the order of the schema, except these common fields, which come last: they matter
# less to an editor than the fields of the type itself.
LATE_FIELDS = ("keywords", "image", "status", "date", "modified", "review_by", "order")
LATE_FIELDS += ("slug", "lang", "translation_key")
# `type` is written as a hidden value; `default_type` only belongs in a folder's index.md.
OMITTED_FIELDS = ("type", "default_type")

# German labels for the form; a field without an entry is labelled with its name.
LABELS = {
    "title": "Titel",
    "summary": "Kurzbeschreibung",
    "keywords": "Suchbegriffe",
    "image": "Bild",
    "src": "Bilddatei",
    "alt": "Alternativtext",
    "credit": "Bildnachweis",
    "decorative": "Rein dekorativ",
    "status": "Status",
    "date": "Datum",
    "modified": "Zuletzt geändert",
    "review_by": "Überprüfen bis",
    "order": "Reihenfolge",
    "slug": "Adresse (Slug)",
    "lang": "Sprache",
    "translation_key": "Übersetzungsschlüssel",
    "office": "Zuständiges Amt",
    "online_service": "Online-Antrag",
    "leika": "LeiKa-Schlüssel",
    "fees": "Gebühren",
    "documents": "Erforderliche Unterlagen",
    "requirements": "Voraussetzungen",
    "processing_time": "Bearbeitungsdauer",
    "deadlines": "Fristen",
    "legal_basis": "Rechtsgrundlagen",
    "forms": "Formulare",
    "topics": "Themen",
    "url": "Adresse (URL)",
    "address": "Anschrift",
    "street": "Straße und Hausnummer",
    "postal_code": "Postleitzahl",
    "city": "Ort",
    "phone": "Telefon",
    "email": "E-Mail",
    "opening_hours": "Öffnungszeiten",
    "geo": "Koordinaten",
    "lat": "Breitengrad",
    "lon": "Längengrad",
    "contacts": "Ansprechpersonen",
    "name": "Name",
    "role": "Funktion",
    "room": "Raum",
    "accessibility": "Barrierefreiheit",
    "valid_until": "Gültig bis",
    "attachments": "Anlagen",
    "file": "Datei",
    "start": "Beginn",
    "end": "Ende",
    "recurrence": "Wiederholung (RRULE)",
    "location": "Ort",
    "categories": "Kategorien",
    "price": "Eintritt",
    "registration": "Anmeldung",
    "organizer": "Veranstalter",
    "cancelled": "Abgesagt",
    "prices": "Preise",
    "website": "Website",
    "level": "Stufe",
    "expires": "Gültig bis",
}

DATE_FORMAT = "YYYY-MM-DD"  # what the validator reads first; day.month.year is only shown
DATETIME_FORMAT = "YYYY-MM-DD HH:mm"  # local time in Europe/Berlin, as the validator assumes
EMAIL_PATTERN = [r"^[^@\s]+@[^@\s]+\.[A-Za-z]{2,}$", "Eine E-Mail-Adresse wie name@beispiel.de"]
WEB_PATTERN = [r"^https?://[^\s/]+\S*$", "Eine Adresse, die mit https:// beginnt"]
LOCAL_OR_WEB_PATTERN = [
    r"^(/(?!/)\S*|https?://[^\s/]+\S*)$",
    "Eine Adresse mit https:// oder ein Pfad dieser Website, der mit / beginnt",
]
TEXT_AREA_LENGTH = 150  # longer texts get a multi-line box


def label(name: str, spec: Field | None = None) -> str:
    """The field's own label, else a known one, else its name."""
    if spec is not None and spec.label:
        return spec.label
    return LABELS.get(name, name.replace("_", " ").capitalize())


def widget(name: str, spec: Field, optional: bool = False) -> dict:
    """The CMS widget for one schema field (without name, label and required).

    `optional`: the field sits in a group that may stay empty (see `field_entry`).
    """
    kind = spec.kind
    if kind == "choice":
        return {"widget": "select", "options": list(spec.options)}
    if kind == "boolean":
        return {"widget": "boolean"}
    if kind == "number":
        decimals = "." in str(spec.example or "")
        return {"widget": "number", "value_type": "float" if decimals else "int"}
    if kind == "date":
        return {
            "widget": "datetime",
            "format": DATE_FORMAT,
            "date_format": "DD.MM.YYYY",
            "time_format": False,
        }
    if kind == "datetime":
        return {
            "widget": "datetime",
            "format": DATETIME_FORMAT,
            "date_format": "DD.MM.YYYY",
            "time_format": "HH:mm",
        }
    if kind in ("reference", "reference-or-object"):
        return relation(spec.ref if kind == "reference-or-object" else spec)
    if kind == "list":
        return list_widget(spec)
    if kind == "object":
        optional = optional or not spec.required
        return {"widget": "object", "collapsed": False, "fields": fields_of(spec.fields, optional)}
    return text_widget(spec)


def relation(ref) -> dict:
    """A picker over the first target type; the stored value is the file name, our key."""
    return {
        "widget": "relation",
        "collection": ref.types[0],
        "value_field": "{{slug}}",
        "search_fields": ["title"],
        "display_fields": ["title"],
    }


def list_widget(spec: ListOf) -> dict:
    item = spec.item
    if isinstance(item, Obj):
        return {"widget": "list", "collapsed": False, "fields": fields_of(item.fields)}
    # A list of single values: one input per entry (a comma list would split "37,00 Euro").
    entry = {"name": "item", "label": "Eintrag", **widget("item", item)}
    return {"widget": "list", "field": entry}


def text_widget(spec: Field) -> dict:
    if spec.kind == "email":
        return {"widget": "string", "pattern": EMAIL_PATTERN}
    if isinstance(spec, Url):
        return {"widget": "string", "pattern": LOCAL_OR_WEB_PATTERN if spec.local else WEB_PATTERN}
    if isinstance(spec, Pattern):
        return {"widget": "string", "pattern": [f"^(?:{spec.regex})$", f"z. B. {spec.example}"]}
    long = getattr(spec, "multiline", False) or getattr(spec, "max_length", 0) > TEXT_AREA_LENGTH
    return {"widget": "text" if long else "string"}


def field_entry(name: str, spec: Field, optional: bool = False) -> dict:
    """One field. Inside an optional group, the CMS would demand the group's required parts even
    when the group is left empty, so there they are optional in the form (the hint says so)
    and the build's validator checks them once the group is filled in."""
    entry = {"name": name, "label": label(name, spec), **widget(name, spec, optional)}
    entry["required"] = bool(spec.required) and not optional
    hint = spec.help
    if spec.required and optional:
        hint = f"{hint} (Pflicht, wenn diese Gruppe ausgefüllt wird)".strip()
    if hint:
        entry["hint"] = hint
    return entry


def fields_of(fields: dict, optional: bool = False) -> list[dict]:
    return [field_entry(name, spec, optional) for name, spec in fields.items()]


def ordered_fields(schema: Schema) -> list[tuple[str, Field]]:
    fields = schema.all_fields()
    names = [n for n in fields if n not in OMITTED_FIELDS and n not in LATE_FIELDS]
    names += [n for n in LATE_FIELDS if n in fields]
    return [(name, fields[name]) for name in names]


def collection(schema: Schema, content_folder: str) -> dict:
    """A folder collection: the schema's folder, Markdown with YAML front matter."""
    folder = "/".join(part for part in (content_folder, schema.folder) if part)
    fields = [{"name": "type", "widget": "hidden", "default": schema.name}]
    fields += [field_entry(name, spec) for name, spec in ordered_fields(schema)]
    fields.append({"name": "body", "label": "Text", "widget": "markdown", "required": False})
    return {
        "name": schema.name,
        "label": schema.label,
        "label_singular": schema.label,
        "description": schema.description,
        "folder": folder,
        "extension": "md",
        "format": "frontmatter",
        "create": True,
        "slug": "{{title}}",
        "identifier_field": "title",
        "summary": "{{title}}",
        "sortable_fields": ["title"],
        "fields": fields,
    }


def cms_config(
    types: dict[str, Schema],
    backend: dict,
    content_folder: str = "content",
    site_url: str = "",
    title: str = "",
    logo: str = "",
) -> dict:
    """The whole configuration; `types` is the schema registry (`schema.TYPES`).

    `title` and `logo` (an address on this site) brand the editor's sign-in page and header.
    """
    config = {
        "backend": dict(backend),
        "publish_mode": "simple",
        "media_folder": f"{content_folder}/medien",
        "public_folder": "/medien",
        # ASCII file names, umlauts written out as in our keys (Bürgerbüro -> buergerbuero).
        "slug": {"encoding": "ascii", "clean_accents": True, "sanitize_replacement": "-"},
        # An optional field left empty is left out, as a person writing the file would do
        # (`leika: ''` would fail the validator).
        "output": {"omit_empty_optional_fields": True},
        "collections": [collection(schema, content_folder) for schema in types.values()],
    }
    if site_url:
        config["site_url"] = site_url
    if title:
        config["app_title"] = title
    if logo:
        config["logo"] = {"src": logo}
    return config
