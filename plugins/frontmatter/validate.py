"""Check one parsed file against its type's schema; every problem becomes a file:line message."""

from __future__ import annotations

from .fields import Invalid, convert_fields
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
            line = doc.line_of(path)
            if what.startswith(("unknown field", "the field ")):
                message = what
                if len(path) > 1:
                    message = f"in '{format_path(path[:-1])}': {what}"
            else:
                message = f"field '{format_path(path)}': {what}"
            if what.startswith("unknown field") and schema.name != "page":
                message += f" (for type '{schema.name}')"
            problems.add(source, line, message, fix)
        return None


def schema_for(name: str) -> Schema | None:
    return TYPES.get(name)
