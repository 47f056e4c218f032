"""YAML read once into its values and the 1-based line of every key path, for messages that
name the line (the town file and the Länder table)."""

from __future__ import annotations

from typing import Any

import yaml


def parse_with_lines(text: str, loader=yaml.SafeLoader) -> tuple[Any, dict[tuple, int]]:
    """(values, {key path: line}); a path is a tuple of keys and list indexes. A key's line is
    where the key stands, a list entry's where the entry starts."""
    reader = loader(text)
    try:
        node = reader.get_single_node()
        data = reader.construct_document(node) if node is not None else None
    finally:
        reader.dispose()
    lines: dict[tuple, int] = {}

    def walk(node: yaml.Node, keys: tuple) -> None:
        lines.setdefault(keys, node.start_mark.line + 1)
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                lines[(*keys, key.value)] = key.start_mark.line + 1
                walk(value, (*keys, key.value))
        elif isinstance(node, yaml.SequenceNode):
            for index, value in enumerate(node.value):
                walk(value, (*keys, index))

    if node is not None:
        walk(node, ())
    return data, lines
