"""Search documents from the site index: one list per search language, plain text only."""

from __future__ import annotations

import html
import re
from urllib.parse import urlsplit

from plugins.kit.i18n import translate

# Leichte Sprache pages are German: they go into the German index as pages, so that visitors
# who need them find them too.
INDEX_LANG = {"de": "de", "ls": "de", "en": "en"}
EXCLUDED_PREFIXES = ("/admin/",)

_TAG = re.compile(r"<[^>]*>")
_SKIPPED_BLOCK = re.compile(r"<(script|style|template)\b.*?</\1>", re.S | re.I)


def plain_text(markup: str) -> str:
    """The text of rendered HTML: tags become spaces (so words never glue), entities decoded."""
    text = _TAG.sub(" ", _SKIPPED_BLOCK.sub(" ", str(markup or "")))
    return " ".join(html.unescape(text).split())


def site_prefix(site_url: str) -> str:
    """The path part of SITEURL: "" for "https://beispielhausen.de", "/stadt" for ".../stadt/"."""
    return urlsplit(site_url or "").path.rstrip("/")


def search_types(types: dict, lang: str, catalogues: dict) -> tuple[tuple[str, str], ...]:
    """(group, label) of every result group the content types declare, in filter order;
    labels in `lang` (from the site's `catalogues`). A type with `search_as` joins another
    type's group."""
    groups = {
        schema.search_group: schema
        for schema in types.values()
        if schema.search and not schema.search_as
    }
    ordered = sorted(groups.values(), key=lambda schema: (schema.search_rank, schema.name))
    return tuple(
        (schema.name, translate(schema.search_label or schema.label, lang, catalogues))
        for schema in ordered
    )


def search_documents(index, types: dict) -> dict[str, list[dict]]:
    """{"de": [...], "en": [...]}: a document per published item that has a page of its own,
    is of a searchable type (`types`: name -> Schema) and has not expired."""
    written = {page.url for page in index.pages if page.item is not None}
    result: dict[str, list[dict]] = {"de": [], "en": []}
    for item in index.items:
        lang = INDEX_LANG.get(item.lang)
        schema = types.get(item.type)
        if lang is None or schema is None or not schema.search or item.expired:
            continue
        if item.url not in written or item.url.startswith(EXCLUDED_PREFIXES):
            continue
        result[lang].append(document(item, "page" if item.lang == "ls" else schema.search_group))
    return result


def document(item, doc_type: str) -> dict:
    return {
        "url": item.url,
        "title": item.title,
        "keywords": list(item.meta.get("keywords") or []),
        "summary": item.summary or "",
        "body": plain_text(item.html),
        "type": doc_type,
        "section": item.folder[0] if item.folder else "",
    }
