"""Split a Markdown file into its YAML front matter and body, keeping line numbers.

YAML is loaded with the *base* resolver: every scalar stays the text the editor typed
(`01067` stays "01067", `14:00` stays "14:00", `no` stays "no"). Each field then converts that
text to the type it needs (see fields.py), so YAML 1.1 never guesses a type.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

from plugins.kit.i18n import german, message

try:  # the C loader is ~5x faster; fall back where libyaml is missing
    from yaml import CBaseLoader as Loader
except ImportError:  # pragma: no cover - depends on the machine
    from yaml import BaseLoader as Loader

Path_ = tuple  # a path into the front matter: ("contacts", 0, "name")


class FrontMatterError(Exception):
    """The front matter cannot be read at all; `line` is 1-based in the file."""

    def __init__(self, line: int, what: str, fix: str):
        super().__init__(what)
        self.line, self.what, self.fix = line, what, fix


@dataclass
class Document:
    """A content file's raw parts: plain-text values, the line of every key, and the body."""

    data: dict
    lines: dict = field(default_factory=dict)  # Path_ -> 1-based line in the file
    body: str = ""
    body_line: int = 1  # line of the body's first line in the file
    # Typed values per type name, kept by the reader so that a long-running preview does not
    # convert an unchanged file again (the values are read-only after validation).
    checked: dict = field(default_factory=dict, compare=False, repr=False)

    def line_of(self, path: Path_) -> int:
        """The line of `path`, or of its nearest parent that has one."""
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1


def split(text: str) -> tuple[str, str, int]:
    """Return (yaml_text, body, body_line). The block must open on line 1 with `---`."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].rstrip() != "---":
        raise FrontMatterError(
            1,
            message("Die Datei beginnt nicht mit den Feldern der Seite"),
            message(
                "schreiben Sie zuerst eine Zeile '---', dann Felder wie 'title: …', "
                "dann wieder eine Zeile '---'"
            ),
        )
    for number, line in enumerate(lines[1:], start=2):
        if line.rstrip() in ("---", "..."):
            return "".join(lines[1 : number - 1]), "".join(lines[number:]), number + 1
    raise FrontMatterError(
        1,
        message("Die Felder am Anfang der Datei sind nicht abgeschlossen"),
        message("schreiben Sie nach dem letzten Feld, vor dem Text der Seite, eine Zeile '---'"),
    )


# YAML's own messages, translated into what an editor should do.
_FIXES = {
    "mapping values are not allowed": german(
        "ein Wert enthält ': ' — setzen Sie den ganzen Wert in doppelte Anführungszeichen, "
        'z. B. title: "Rathaus: Öffnungszeiten"'
    ),
    "cannot start any token": german(
        "rücken Sie mit Leerzeichen ein, nicht mit Tabulatoren, und setzen Sie Werte, "
        "die mit @ oder ` beginnen, in Anführungszeichen"
    ),
    "could not find expected ':'": german(
        "jede Zeile braucht 'name: Wert'; ein langer Wert muss in einer Zeile stehen "
        "oder in Anführungszeichen"
    ),
    "did not find expected key": german(
        "prüfen Sie die Einrückung: die Einträge einer Liste oder Gruppe beginnen "
        "in derselben Spalte"
    ),
    "did not find expected '-' indicator": german(
        "prüfen Sie die Einrückung: jeder Eintrag einer Liste beginnt mit '- ' in derselben Spalte"
    ),
    "found unexpected end of stream": german(
        "ein Anführungszeichen ist geöffnet, aber nicht geschlossen"
    ),
    "found undefined alias": german(
        "ein Wert beginnt mit '*': setzen Sie ihn in Anführungszeichen"
    ),
}
INDENT_FIX = german(
    "rücken Sie die Zeile genau so weit ein wie die Felder, zu denen sie gehört "
    "(mit Leerzeichen, nicht mit Tabulatoren)"
)


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _line_above(lines: list[str], number: int) -> str | None:
    """The nearest line above `number` (0-based) that holds a field, not a blank or comment."""
    for line in reversed(lines[:number]):
        if line.strip() and not line.lstrip().startswith("#"):
            return line
    return None


def _indentation_problem(yaml_text: str, number: int, problem: str) -> str | None:
    """What is wrong when YAML's error is really a line indented too far or not far enough:
    then the usual hints (quote the value) would mislead."""
    lines = yaml_text.splitlines()
    if number >= len(lines):
        return None
    line = lines[number]
    if line[: _indent(line) + 1].endswith("\t") or "tab character" in problem:
        return message("Die Einrückung stimmt nicht: die Zeile ist mit einem Tabulator eingerückt")
    above = _line_above(lines, number)
    if above is None:
        return None
    if "mapping values are not allowed" in problem and _indent(line) > _indent(above):
        return message(
            "Die Einrückung stimmt nicht: diese Zeile ist weiter eingerückt als die Felder darüber"
        )
    if "did not find expected" in problem and _indent(line) < _indent(above):
        return message(
            "Die Einrückung stimmt nicht: diese Zeile ist weniger weit eingerückt als die Felder "
            "darüber"
        )
    return None


def _yaml_error(error: yaml.YAMLError, yaml_text: str, first_line: int) -> FrontMatterError:
    problem = getattr(error, "problem", None) or str(error)
    marks = ("problem_mark", "context_mark")
    if "end of stream" in problem:  # an unclosed quote: its opening line, not the file's end
        marks = marks[::-1]
    mark = getattr(error, marks[0], None) or getattr(error, marks[1], None)
    number = mark.line if mark else 0
    indentation = _indentation_problem(yaml_text, number, problem)
    if indentation:
        return FrontMatterError(first_line + number, indentation, message(INDENT_FIX))
    fix = next(
        (f for key, f in _FIXES.items() if key in problem),
        german("prüfen Sie Anführungszeichen und Einrückung"),
    )
    what = message(
        "Die Felder am Anfang der Datei lassen sich nicht lesen (YAML meldet: {problem})",
        problem=problem,
    )
    return FrontMatterError(first_line + number, what, message(fix))


def _to_python(node: yaml.Node, path: Path_, lines: dict, first_line: int):
    lines[path] = first_line + node.start_mark.line
    if isinstance(node, yaml.ScalarNode):
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [
            _to_python(child, (*path, i), lines, first_line) for i, child in enumerate(node.value)
        ]
    result = {}
    for key_node, value_node in node.value:
        line = first_line + key_node.start_mark.line
        if not isinstance(key_node, yaml.ScalarNode):
            raise FrontMatterError(
                line,
                message("Ein Feldname muss einfacher Text sein"),
                message("schreiben Sie 'name: Wert'"),
            )
        key = key_node.value
        if key in result:
            raise FrontMatterError(
                line,
                message("Das Feld '{name}' steht zweimal da", name=key),
                message(
                    "behalten Sie eine Zeile '{name}:' und löschen Sie die andere (Zeile {line})",
                    name=key,
                    line=lines[(*path, key)],
                ),
            )
        result[key] = _to_python(value_node, (*path, key), lines, first_line)
        lines[(*path, key)] = line
    return result


def parse(text: str) -> Document:
    """Parse a whole content file. Raises FrontMatterError with a 1-based line."""
    yaml_text, body, body_line = split(text)
    first_line = 2  # the YAML starts on the line after the opening '---'
    try:
        node = yaml.compose(yaml_text, Loader=Loader)
    except yaml.YAMLError as error:
        raise _yaml_error(error, yaml_text, first_line) from None
    lines: dict = {}
    if node is None:
        data = {}
    elif not isinstance(node, yaml.MappingNode):
        raise FrontMatterError(
            first_line,
            message("Am Anfang der Datei müssen Felder der Form 'name: Wert' stehen"),
            message("beginnen Sie jede Zeile mit einem Feldnamen wie 'title:'"),
        )
    else:
        data = _to_python(node, (), lines, first_line)
    lines.pop((), None)
    return Document(data=data, lines=lines, body=body, body_line=body_line)


class PlainDumper(
    yaml.emitter.Emitter,
    yaml.serializer.Serializer,
    yaml.representer.SafeRepresenter,
    yaml.resolver.BaseResolver,
):
    """Quotes only where YAML needs it (': ' in a value): our reader takes every value as text,
    so 2027-05-01 and false need no quotes, and the examples should not teach them."""

    def __init__(self, stream, **kwargs):
        yaml.emitter.Emitter.__init__(
            self, stream, width=kwargs.get("width"), allow_unicode=kwargs.get("allow_unicode")
        )
        yaml.serializer.Serializer.__init__(self)
        yaml.representer.SafeRepresenter.__init__(
            self,
            default_flow_style=kwargs.get("default_flow_style", False),
            sort_keys=kwargs.get("sort_keys", True),
        )
        yaml.resolver.BaseResolver.__init__(self)


def dump(data, **kwargs) -> str:
    """Front matter as an editor would write it (for examples and new files)."""
    options = {"allow_unicode": True, "sort_keys": False, "width": 100, **kwargs}
    return yaml.dump(data, Dumper=PlainDumper, **options)
