"""docs/referenz.md: the editors' front-matter reference, written from the content schemas.

The same `Schema` and `Field` objects that validate every file give the tables and the filled-in
example file of each type here, so the reference cannot drift from the validator (a test
regenerates the file and compares). Import every plugin first (`import_plugins()`), so that all
types are registered.
"""

from __future__ import annotations

from pathlib import Path

from plugins.frontmatter.fields import (
    Checked,
    Choice,
    Date,
    DateTime,
    DayOrMoment,
    Either,
    Email,
    Field,
    Flag,
    ListOf,
    Number,
    Obj,
    Pattern,
    Phone,
    Ref,
    Text,
    Url,
)
from plugins.frontmatter.schema import COMMON_FIELDS, TYPES, Schema
from plugins.frontmatter.yamlblock import dump

HEADER = (
    "<!-- Erzeugt mit `invoke docs` aus den Schemas in plugins/*/schema.py: nicht von Hand "
    "ändern. -->"
)


def type_label(name: str) -> str:
    schema = TYPES.get(name)
    return f"{schema.label} (`{name}`)" if schema else f"`{name}`"


def describe(spec: Field) -> str:
    """What an editor writes, in German: the kind of value and its limits."""
    if isinstance(spec, Choice):
        return "eins von: " + ", ".join(f"`{o}`" for o in spec.options)
    if isinstance(spec, Flag):
        return "`true` oder `false`"
    if isinstance(spec, Number):
        limits = [f"ab {spec.minimum}" if spec.minimum is not None else ""]
        limits.append(f"bis {spec.maximum}" if spec.maximum is not None else "")
        limits = " ".join(x for x in limits if x)
        return "Zahl" + (f" ({limits})" if limits else "")
    if isinstance(spec, Date):
        return "Datum: `2027-05-01` oder `1.5.2027`"
    if isinstance(spec, DayOrMoment):
        return "Datum: `2027-05-01` oder `1.5.2027`; auch mit Uhrzeit: `2027-05-01 10:30`"
    if isinstance(spec, DateTime):
        either = " oder nur ein Datum" if spec.allow_date else ""
        return f"Datum und Uhrzeit: `2027-05-01 18:00`{either}"
    if isinstance(spec, Url):
        local = " oder eine Adresse dieser Website (`/…`)" if spec.local else ""
        return f"Webadresse (`https://…`){local}"
    if isinstance(spec, Email):
        return "E-Mail-Adresse"
    if isinstance(spec, Phone):
        return "Telefonnummer"
    if isinstance(spec, Ref):
        return "Schlüssel eines Eintrags: " + " oder ".join(type_label(t) for t in spec.types)
    if isinstance(spec, Either):
        return describe(spec.ref) + ", oder eine Gruppe mit den Feldern darunter"
    if isinstance(spec, Obj):
        short = f"; oder nur `{spec.shorthand}` als Text" if spec.shorthand else ""
        return f"Gruppe mit den Feldern darunter{short}"
    if isinstance(spec, ListOf):
        if isinstance(spec.item, Obj):
            return "Liste; jeder Eintrag eine Gruppe mit den Feldern darunter"
        return "Liste (`- …` je Zeile); ein einzelner Wert geht auch"
    if isinstance(spec, Pattern):
        return "Text im Format des Beispiels"
    if isinstance(spec, Checked):
        return "Text, der beim Bauen geprüft wird"
    if isinstance(spec, Text) and spec.max_length:
        return f"Text, höchstens {spec.max_length} Zeichen"
    return "Text"


def children(spec: Field) -> dict:
    if isinstance(spec, Either):
        return spec.obj.fields
    if isinstance(spec, Obj):
        return spec.fields
    if isinstance(spec, ListOf) and isinstance(spec.item, Obj):
        return spec.item.fields
    return {}


def cell(text) -> str:
    return str(text).replace("|", "\\|").replace("\n", " ")


def example_cell(spec: Field) -> str:
    if spec.example is None or (isinstance(spec.example, (list, dict)) and children(spec)):
        return ""
    if isinstance(spec.example, list):
        return cell(", ".join(f"`{v}`" for v in spec.example))
    return f"`{cell(spec.example)}`"


def field_rows(fields: dict, prefix: str = "") -> list[str]:
    rows = []
    for name, spec in fields.items():
        path = prefix + name
        required = "ja" if spec.required else ""
        rows.append(
            f"| `{path}` | {required} | {cell(spec.help)} | {cell(describe(spec))} "
            f"| {example_cell(spec)} |"
        )
        sub = "[]." if isinstance(spec, ListOf) else "."
        rows += field_rows(children(spec), path + sub)
    return rows


def field_table(fields: dict) -> list[str]:
    return [
        "| Feld | Pflicht | Bedeutung | Wert | Beispiel |",
        "|---|---|---|---|---|",
        *field_rows(fields),
    ]


def example_value(spec: Field):
    if isinstance(spec, Obj) and not isinstance(spec.example, (str, dict)):
        values = {k: example_value(f) for k, f in spec.fields.items()}
        return {k: v for k, v in values.items() if v is not None}
    return spec.example


def example_data(schema: Schema) -> dict:
    """A filled-in front matter of the type: every field of its own that has an example."""
    fields = schema.all_fields()
    data = {} if schema.name == "page" else {"type": schema.name}
    data["title"] = schema.example_title or f"Beispiel: {schema.label}"
    data["summary"] = schema.example_summary or fields["summary"].example
    data["review_by"] = fields["review_by"].example
    for name, spec in schema.fields.items():
        value = example_value(spec)
        if value not in (None, {}, ""):
            data[name] = value
    return data


def example_file(schema: Schema) -> str:
    front = dump(example_data(schema))
    body = schema.body_example or "Text der Seite.\n"
    return f"---\n{front}---\n\n{body}"


def type_section(schema: Schema) -> list[str]:
    folder = f"content/{schema.folder}/" if schema.folder else "content/ (jeder Ordner)"
    summary = "Pflicht" if schema.required_summary else "freiwillig"
    lines = [
        f"## {schema.label} (`{schema.name}`)",
        "",
        schema.description,
        "",
        f"- Ordner: `{folder}`",
        f'- Neue Datei: `invoke new {schema.name} "{example_data(schema)["title"]}"`',
        f"- Zusammenfassung (`summary`): {summary}",
        "",
        "Beispiel einer vollständigen Datei:",
        "",
        "```markdown",
        example_file(schema).rstrip("\n"),
        "```",
        "",
    ]
    if schema.fields:
        lines += ["Felder dieses Typs (dazu die gemeinsamen Felder):", ""]
        lines += field_table(schema.fields)
    else:
        lines.append("Dieser Typ hat nur die gemeinsamen Felder.")
    return [*lines, ""]


def render_reference(registered: dict | None = None) -> str:
    """The whole reference as Markdown (deterministic: same schemas, same text); `registered`:
    the types to describe (default: every registered type)."""
    registered = TYPES if registered is None else registered
    types = [registered[name] for name in sorted(registered, key=lambda n: (n != "page", n))]
    lines = [
        HEADER,
        "",
        "# Referenz: Kopfdaten (Front Matter) aller Inhaltstypen",
        "",
        "Diese Seite ist aus denselben Schemas erzeugt, mit denen `invoke check` jede Datei "
        "prüft. Die Anleitung steht in [anleitung.md](anleitung.md).",
        "",
        "| Typ | Name | Ordner | Wofür |",
        "|---|---|---|---|",
    ]
    for schema in types:
        folder = f"`content/{schema.folder}/`" if schema.folder else "beliebig"
        lines.append(
            f"| [`{schema.name}`](#{anchor(schema)}) | {schema.label} | {folder} "
            f"| {cell(schema.description)} |"
        )
    lines += [
        "",
        "## Gemeinsame Felder (alle Typen)",
        "",
        "`summary` ist Pflicht bei: "
        + ", ".join(f"{s.label} (`{s.name}`)" for s in types if s.required_summary)
        + ".",
        "",
        *field_table(COMMON_FIELDS),
        "",
    ]
    for schema in types:
        lines += type_section(schema)
    return "\n".join(lines).rstrip("\n") + "\n"


def anchor(schema: Schema) -> str:
    """The anchor GitHub and GitLab give the heading '## Label (`name`)'."""
    text = f"{schema.label} ({schema.name})".lower()
    kept = "".join(c for c in text if c.isalnum() or c in " -_")
    return kept.replace(" ", "-")


def write_reference(path: Path, types: dict | None = None) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(render_reference(types), encoding="utf-8")
    return path
