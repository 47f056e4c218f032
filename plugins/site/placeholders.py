"""Example values that `invoke new` wrote and nobody replaced: an error with file:line.

The placeholders come from the schemas (each field's `example`, the type's `body_example` and
example summary), the same values `archetypes.py` writes, so a new type is checked for free.

- The example summary and the example text of the body are never real content: always an error.
- Any other field holding its example (an example office, example fees, an example date) is an
  error while the file still has the line `invoke new` put at its top (`NEW_FILE_MARKER`): an
  example office may well be the right office, so the editor confirms it by deleting that line.
  Choices, yes/no flags and numbers are left alone: picking the suggested one is a choice too.
"""

from __future__ import annotations

from pathlib import Path

from plugins.frontmatter.fields import Choice, Either, Field, Flag, Invalid, ListOf, Number, Obj
from plugins.frontmatter.schema import COMMON_FIELDS, TYPES, Schema
from plugins.frontmatter.validate import format_path
from plugins.kit.i18n import message

from .items import Item

# The first line of a file made by `invoke new` (a comment: the site never shows it).
NEW_FILE_MARKER = (
    "## Neu angelegt mit invoke new: ersetzen Sie alle Beispielwerte, dann löschen Sie diese Zeile."
)
MARKER_WORDS = "invoke new"  # what identifies the marker, should an editor shorten it
DEFAULT_BODY = "Text der Seite."  # the body `invoke new` writes for a type without an example
# Set by the command line or the page itself, never an example.
NOT_EXAMPLES = {"type", "title", "slug", "lang", "translation_key", "default_type", "status"}


def report_placeholders(index) -> None:
    """Add an error for every example value left in `index.items`."""
    for item in index.items:
        schema = TYPES.get(item.type)
        if schema is None:
            continue
        for line, what, fix in placeholders(item, schema, Path(index.content_path)):
            index.problems.add(item.source, line, what, fix)


def placeholders(item: Item, schema: Schema, content: Path) -> list[tuple[int, str, str]]:
    """(line, what, fix) of every example value left in `item`."""
    found = []
    summary = item.meta.get("summary")
    if summary and summary in example_summaries(schema):
        found.append(
            (
                item.line("summary"),
                message(
                    "Feld 'summary': hier steht noch der Beispieltext „{example}“", example=summary
                ),
                message("ersetzen Sie den Beispieltext durch ein bis zwei Sätze über diese Seite"),
            )
        )
    for line, text in example_body_lines(item, schema):
        found.append(
            (
                line,
                message("Im Text steht noch der Beispieltext „{example}“", example=text),
                message("ersetzen Sie den Beispieltext durch den Text der Seite"),
            )
        )
    fields = left_examples(item, schema)
    marker = marker_line(content / item.source) if fields else None
    if marker is not None:
        for path, shown in fields:
            found.append(
                (
                    item.line(*path),
                    message(
                        "Feld '{name}': hier steht noch der Beispielwert „{value}“ aus invoke new",
                        name=format_path(path),
                        value=shown,
                    ),
                    message(
                        "ersetzen Sie den Beispieltext; ist der Wert richtig, löschen Sie "
                        "Zeile {line} („## Neu angelegt mit invoke new …“)",
                        line=marker,
                    ),
                )
            )
    return found


def example_summaries(schema: Schema) -> set[str]:
    return {text for text in (COMMON_FIELDS["summary"].example, schema.example_summary) if text}


def example_body_lines(item: Item, schema: Schema) -> list[tuple[int, str]]:
    """Lines of the body that are example prose (headings of the example may stay)."""
    examples = {
        line.strip()
        for line in (schema.body_example or DEFAULT_BODY).splitlines()
        if line.strip() and not line.lstrip().startswith("#")
    }
    examples.add(DEFAULT_BODY)
    return [
        (number, line.strip())
        for number, line in enumerate(item.body.splitlines(), start=item.body_line)
        if line.strip() in examples
    ]


def left_examples(item: Item, schema: Schema) -> list[tuple[tuple, str]]:
    """(field path, example as written) of every field value that equals its example."""
    found = []
    for name, spec in schema.all_fields().items():
        if name in NOT_EXAMPLES or name == "summary" or name not in item.meta:
            continue
        found += _matches(spec, item.meta[name], (name,))
    return found


def _matches(spec: Field, value, path: tuple) -> list[tuple[tuple, str]]:
    if isinstance(spec, (Choice, Flag, Number)):
        return []
    if isinstance(spec, Either) and isinstance(value, dict):
        return _matches(spec.obj, value, path)
    if isinstance(spec, ListOf):
        examples = _example_values(spec)
        found = []
        for position, entry in enumerate(value if isinstance(value, list) else []):
            if examples and entry in examples:
                found.append(((*path, position), _shown(spec.example[examples.index(entry)])))
            else:
                found += _matches(spec.item, entry, (*path, position))
        return found
    if isinstance(spec, Obj):
        if not isinstance(value, dict):
            return []
        found = []
        for name, sub in spec.fields.items():
            if name in value:
                found += _matches(sub, value[name], (*path, name))
        return found
    if spec.example is None or isinstance(spec.example, (list, dict)):
        return []
    try:
        example = spec.convert(str(spec.example))
    except Invalid:
        return []
    return [(path, str(spec.example))] if value == example else []


def _example_values(spec: ListOf) -> list:
    """The list example of `spec`, converted as the field converts an editor's list."""
    if not isinstance(spec.example, list):
        return []
    try:
        return spec.convert(spec.example)
    except Invalid:
        return []


def _shown(example) -> str:
    if isinstance(example, dict):
        return ", ".join(str(value) for value in example.values())
    return str(example)


def marker_line(path: Path) -> int | None:
    """The line of the `invoke new` marker in the front matter of `path`, if it is still there."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return None
    for number, line in enumerate(lines[1:], start=2):
        if line.strip() == "---":
            return None
        if line.lstrip().startswith("#") and MARKER_WORDS in line:
            return number
    return None
