"""Check one parsed file against its type's schema; every problem becomes a file:line message."""

from __future__ import annotations

from plugins.kit.i18n import message

from .fields import Invalid, NamesField, convert_fields
from .problems import Problems
from .schema import TYPES, Schema
from .yamlblock import Document


def format_path(path: tuple) -> str:
    """("contacts", 0, "name") -> "contacts[1].name" (1-based, as editors count)."""
    text = ""
    for part in path:
        text += f"[{part + 1}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text


def check(doc: Document, schema: Schema, source: str, problems: Problems) -> dict | None:
    """Typed values for `doc`, or None after adding its problems to `problems`."""
    try:
        return convert_fields(doc.data, schema.all_fields())
    except Invalid as error:
        for path, what, fix in error.problems:
            problems.add(source, doc.line_of(path), located(path, what, schema.name), fix)
        return None


def located(path: tuple, what: str, type_name: str) -> str:
    """The problem's text with the field it is in; unknown and missing fields name themselves."""
    if not isinstance(what, NamesField):
        return message("Feld '{path}': {what}", path=format_path(path), what=what)
    text = str(what)
    if len(path) > 1:
        text = message("in '{path}': {what}", path=format_path(path[:-1]), what=text)
    if what.unknown and type_name != "page":
        text += message(" (beim Typ '{type}')", type=type_name)
    return text


def schema_for(name: str) -> Schema | None:
    return TYPES.get(name)
