"""Links in fetched data: only http(s) addresses are ever followed or kept as links.

Fetched text stays text (the build escapes it); but a value the build may turn into a link
(`href`) must be an http(s) address, so `javascript:`, `data:`, `file:` and the like are
removed when the data is fetched, and what was removed is recorded in the source's meta.json.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from urllib.parse import urlsplit

# Browsers ignore surrounding spaces and control characters and drop tabs and line breaks
# inside a URL before reading its scheme ("java\tscript:" is "javascript:"): accept none of them.
_UNSAFE = {chr(c) for c in range(0x21)} | {"\x7f"}


def is_http_url(value: object) -> bool:
    """True for an absolute http:// or https:// address with a host, and nothing else."""
    if not isinstance(value, str) or not value or any(ch in _UNSAFE for ch in value):
        return False
    try:
        parts = urlsplit(value)
    except ValueError:
        return False
    return parts.scheme.lower() in ("http", "https") and bool(parts.hostname)


def drop_non_http_links(
    value: object,
    link_keys: Collection[str],
    record: Callable[[str, object], None],
    path: str = "",
) -> object:
    """`value` with every string under a key of `link_keys` that is not http(s) removed.

    Walks dicts and lists; under a link key a string is kept only if it is an http(s) address,
    a list keeps its http(s) strings (and its objects, which are walked in turn), and each
    removed value is passed to `record(path, value)` (path like "agendaItem[2].web").
    Other values are returned as they are.
    """
    if isinstance(value, dict):
        cleaned = {}
        for key, item in value.items():
            where = f"{path}.{key}" if path else key
            if key in link_keys and isinstance(item, str):
                if is_http_url(item):
                    cleaned[key] = item
                else:
                    record(where, item)
                continue
            if key in link_keys and isinstance(item, list):
                cleaned[key] = _clean_list(item, link_keys, record, where)
                continue
            cleaned[key] = drop_non_http_links(item, link_keys, record, where)
        return cleaned
    if isinstance(value, list):
        return [
            drop_non_http_links(item, link_keys, record, f"{path}[{number}]")
            for number, item in enumerate(value)
        ]
    return value


def _clean_list(items: list, link_keys, record, path: str) -> list:
    kept = []
    for number, item in enumerate(items):
        where = f"{path}[{number}]"
        if isinstance(item, str):
            if is_http_url(item):
                kept.append(item)
            else:
                record(where, item)
        else:
            kept.append(drop_non_http_links(item, link_keys, record, where))
    return kept
