"""`invoke new TYPE "Title"`: a new content file filled in from the type's schema.

Required fields get their example value; optional ones are written as comments (`# name: …`)
below their help text (`## …`), so an editor sees every field the type knows without looking
anything up, and switches one on by deleting its `# `. The first line asks to replace every
example: while it is there, `invoke check` reports each example value left (`placeholders.py`).
"""

from __future__ import annotations

import datetime as dt
import difflib
from pathlib import Path

from plugins.frontmatter.fields import Obj
from plugins.frontmatter.schema import TYPES, Schema
from plugins.frontmatter.yamlblock import dump
from plugins.kit.i18n import message

from .items import slugify

# The first line of a file made by `invoke new` (a comment: the site never shows it). While it is
# there, `invoke check` reports every example value left in the file (placeholders.py).
NEW_FILE_MARKER = (
    "## Neu angelegt mit invoke new: ersetzen Sie alle Beispielwerte, dann löschen Sie diese Zeile."
)
MARKER_WORDS = "invoke new"  # what identifies the marker, should an editor shorten it
DEFAULT_BODY = "Text der Seite."  # the body of a type without a `body_example`

SKIP = {"type", "title", "slug", "lang", "translation_key", "default_type", "status"}


def _yaml_value(value) -> str:
    return dump(value, default_flow_style=True).strip().removesuffix("...").strip()


def _field_lines(name: str, spec, value) -> list[str]:
    if isinstance(spec, Obj) and isinstance(value, dict):
        return [f"{name}:"] + [f"  {k}: {_yaml_value(v)}" for k, v in value.items()]
    if isinstance(value, list) and value and isinstance(value[0], dict):
        lines = [f"{name}:"]
        for entry in value:
            first = True
            for k, v in entry.items():
                lines.append(f"  {'- ' if first else '  '}{k}: {_yaml_value(v)}")
                first = False
        return lines
    return [f"{name}: {_yaml_value(value)}"]


def _example(spec):
    if spec.example is not None:
        return spec.example
    if isinstance(spec, Obj):
        return {k: f.example for k, f in spec.fields.items() if f.example is not None}
    return ""


def render(schema: Schema, title: str, today: dt.date, with_type: bool) -> str:
    lines = ["---", NEW_FILE_MARKER]
    if with_type:
        lines.append(f"type: {schema.name}")
    lines.append(f"title: {_yaml_value(title)}")
    for name, spec in schema.all_fields().items():
        if name in SKIP:
            continue
        value = today.isoformat() if name == "date" and spec.required else _example(spec)
        field_lines = _field_lines(name, spec, value)
        if spec.required:
            lines += field_lines
        else:
            lines.append(f"## {spec.help}")
            lines += [f"# {line}" for line in field_lines]
    lines += ["---", "", schema.body_example or DEFAULT_BODY, ""]
    return "\n".join(lines)


def create(
    content: Path,
    type_name: str,
    title: str,
    folder: str | None = None,
    today: dt.date | None = None,
) -> Path:
    schema = TYPES.get(type_name)
    if schema is None:
        close = difflib.get_close_matches(type_name, list(TYPES), n=1, cutoff=0.6)
        guess = message("meinten Sie '{name}'?", name=close[0]) + " " if close else ""
        raise ValueError(
            message(
                "Unbekannter Typ '{name}' — {guess}nehmen Sie einen von: {names}",
                name=type_name,
                guess=guess,
                names=", ".join(sorted(TYPES)),
            )
        )
    folder = folder if folder is not None else schema.folder
    target = content / folder / f"{slugify(title)}.md"
    if target.exists():
        raise ValueError(
            message(
                "{path} gibt es schon — wählen Sie einen anderen Titel oder bearbeiten Sie "
                "diese Datei",
                path=target,
            )
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    with_type = schema.folder != folder or schema.name == "page"
    text = render(schema, title, today or dt.date.today(), with_type and schema.name != "page")
    target.write_text(text, encoding="utf-8")
    return target


def marker_line(text: str) -> int | None:
    """The line of the `invoke new` marker in the front matter of a file's `text`, if any."""
    if MARKER_WORDS not in text:
        return None
    for number, line in enumerate(text.splitlines()[1:], start=2):
        if line.strip() == "---":
            return None
        if line.lstrip().startswith("#") and MARKER_WORDS in line:
            return number
    return None
