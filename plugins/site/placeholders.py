"""Example values that `invoke new` wrote and nobody replaced: an error with file:line.

The placeholders come from the schemas (each field's `example`, the type's `body_example` and
example summary), the same values `archetypes.py` writes, so a new type is checked for free.

- The example summary and the example text of the body are never real content: always an error.
- Any other field holding its example (an example office, example fees, an example date) is an
  error while the file still has the line `invoke new` put at its top (`archetypes.py`): an
  example office may well be the right office, so the editor confirms it by deleting that line.
  Choices, yes/no flags and numbers are left alone: picking the suggested one is a choice too.
"""

from __future__ import annotations

from dataclasses import dataclass

from plugins.frontmatter.fields import Choice, Either, Field, Flag, Invalid, ListOf, Number, Obj
from plugins.frontmatter.schema import COMMON_FIELDS, TYPES, Schema
from plugins.frontmatter.validate import format_path
from plugins.kit.i18n import message

from .archetypes import DEFAULT_BODY
from .items import Item
from .reading import new_file_line

# Set by the command line or the page itself, never an example.
NOT_EXAMPLES = {"type", "title", "slug", "lang", "translation_key", "default_type", "status"}


def report_placeholders(index) -> None:
    """Add an error for every example value left in `index.items` (a warning when the setting
    PLACEHOLDERS_WARN_ONLY is on: the preview of a town just made with `invoke init`, whose
    Leichte Sprache and DGS pages wait for their texts; `invoke check` and publishing still
    refuse them)."""
    content = str(index.content_path)
    report = (
        index.problems.warn if index.settings.get("PLACEHOLDERS_WARN_ONLY") else index.problems.add
    )
    examples: dict[str, TypeExamples] = {}
    for item in index.items:
        schema = TYPES.get(item.type)
        if schema is None:
            continue
        if item.type not in examples:
            examples[item.type] = TypeExamples.of(schema)
        for line, what, fix in placeholders(item, examples[item.type], content):
            report(item.source, line, what, fix)


@dataclass(frozen=True)
class TypeExamples:
    """What `invoke new` writes for one type, ready to compare (made once per check)."""

    summaries: frozenset[str]
    body_lines: frozenset[str]  # example prose of the body (its headings may stay)
    fields: tuple[tuple[str, Field], ...]  # the fields that can hold an example

    @classmethod
    def of(cls, schema: Schema) -> TypeExamples:
        summaries = (COMMON_FIELDS["summary"].example, schema.example_summary)
        body = (schema.body_example or DEFAULT_BODY).splitlines()
        prose = {
            line.strip() for line in body if line.strip() and not line.lstrip().startswith("#")
        }
        fields = tuple(
            (name, spec)
            for name, spec in schema.all_fields().items()
            if name not in NOT_EXAMPLES and name != "summary"
        )
        return cls(frozenset(t for t in summaries if t), frozenset({*prose, DEFAULT_BODY}), fields)


def placeholders(item: Item, examples: TypeExamples, content: str) -> list[tuple[int, str, str]]:
    """(line, what, fix) of every example value left in `item`."""
    found = []
    summary = item.meta.get("summary")
    if summary and summary in examples.summaries:
        found.append(
            (
                item.line("summary"),
                message(
                    "Feld 'summary': hier steht noch der Beispieltext „{example}“", example=summary
                ),
                message("ersetzen Sie den Beispieltext durch ein bis zwei Sätze über diese Seite"),
            )
        )
    for line, text in example_body_lines(item, examples.body_lines):
        found.append(
            (
                line,
                message("Im Text steht noch der Beispieltext „{example}“", example=text),
                message("ersetzen Sie den Beispieltext durch den Text der Seite"),
            )
        )
    marker = new_file_line(content, item.source)
    if marker is not None:
        for path, shown in left_examples(item, examples.fields):
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


def example_body_lines(item: Item, examples: frozenset[str]) -> list[tuple[int, str]]:
    """Lines of the body that are example prose."""
    if not any(example in item.body for example in examples):
        return []  # the usual case, without splitting the body into lines
    return [
        (number, line.strip())
        for number, line in enumerate(item.body.splitlines(), start=item.body_line)
        if line.strip() in examples
    ]


def left_examples(item: Item, fields: tuple) -> list[tuple[tuple, str]]:
    """(field path, example as written) of every field value that equals its example."""
    found = []
    for name, spec in fields:
        if name in item.meta:
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
    example = _converted(spec, str(spec.example))
    return [(path, str(spec.example))] if example is not _NONE and value == example else []


def _example_values(spec: ListOf) -> list:
    """The list example of `spec`, converted as the field converts an editor's list."""
    if not isinstance(spec.example, list):
        return []
    values = _converted(spec, spec.example)
    return [] if values is _NONE else values


_NONE = object()  # an example the field itself rejects
_CONVERTED: dict[int, tuple] = {}  # id(spec) -> (spec, example as the field converts it)


def _converted(spec: Field, example):
    """`spec.convert(example)`, once per field (opening hours and dates are parsed)."""
    known = _CONVERTED.get(id(spec))
    if known is None or known[0] is not spec:
        try:
            value = spec.convert(example)
        except Invalid:
            value = _NONE
        known = _CONVERTED[id(spec)] = (spec, value)
    return known[1]


def _shown(example) -> str:
    if isinstance(example, dict):
        return ", ".join(str(value) for value in example.values())
    return str(example)
