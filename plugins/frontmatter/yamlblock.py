"""Split a Markdown file into its YAML front matter and body, keeping line numbers.

YAML is loaded with the *base* resolver: every scalar stays the text the editor typed
(`01067` stays "01067", `14:00` stays "14:00", `no` stays "no"). Each field then converts that
text to the type it needs (see fields.py), so YAML 1.1 never guesses a type.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import yaml

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
            "the file does not start with front matter",
            "put a line '---' first, then fields such as 'title: …', then another line '---'",
        )
    for number, line in enumerate(lines[1:], start=2):
        if line.rstrip() in ("---", "..."):
            return "".join(lines[1 : number - 1]), "".join(lines[number:]), number + 1
    raise FrontMatterError(
        1,
        "the front matter is not closed",
        "add a line '---' after the last field, before the text of the page",
    )


# YAML's own messages, translated into what an editor should do.
_FIXES = {
    "mapping values are not allowed": (
        "a value contains ': ' — put the whole value in double quotes, "
        'e.g. title: "Rathaus: Öffnungszeiten"'
    ),
    "cannot start any token": (
        "indent with spaces, not tabs, and quote values that start with @ or `"
    ),
    "could not find expected ':'": (
        "every line needs 'name: value'; a long value must stay on one line or be in quotes"
    ),
    "did not find expected key": (
        "check the indentation: items of one list or block must start in the same column"
    ),
    "did not find expected '-' indicator": (
        "check the indentation: every item of a list starts with '- ' in the same column"
    ),
    "found unexpected end of stream": "a quote is opened but never closed",
    "found undefined alias": "a value starts with '*': put it in quotes",
}


def _yaml_error(error: yaml.YAMLError, first_line: int) -> FrontMatterError:
    mark = getattr(error, "problem_mark", None) or getattr(error, "context_mark", None)
    line = first_line + (mark.line if mark else 0)
    problem = getattr(error, "problem", None) or str(error)
    fix = next((f for key, f in _FIXES.items() if key in problem), "check quotes and indentation")
    return FrontMatterError(line, f"the front matter is not valid YAML ({problem})", fix)


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
            raise FrontMatterError(line, "a field name must be plain text", "write 'name: value'")
        key = key_node.value
        if key in result:
            raise FrontMatterError(
                line,
                f"the field '{key}' appears twice",
                f"keep one '{key}:' line and delete the other (line {lines[(*path, key)]})",
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
        raise _yaml_error(error, first_line) from None
    lines: dict = {}
    if node is None:
        data = {}
    elif not isinstance(node, yaml.MappingNode):
        raise FrontMatterError(
            first_line,
            "the front matter must be a list of 'name: value' fields",
            "start each line with a field name such as 'title:'",
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
