"""Search documents from the site index: one list per search language, plain text only."""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import urlsplit

# Content types -> the indexer's types (indexer.TYPES); alerts are current news.
TYPE_MAP = {
    "service": "service",
    "office": "office",
    "event": "event",
    "poi": "poi",
    "news": "news",
    "notice": "notice",
    "alert": "news",
    "page": "page",
}
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
    """The path part of SITEURL: "" for "https://musterstadt.de", "/stadt" for ".../stadt/"."""
    return urlsplit(site_url or "").path.rstrip("/")


def search_documents(index) -> dict[str, list[dict]]:
    """{"de": [...], "en": [...]}: a document per published item that has a page of its own."""
    written = {page.url for page in index.pages if page.item is not None}
    result: dict[str, list[dict]] = {"de": [], "en": []}
    for item in index.items:
        lang = INDEX_LANG.get(item.lang)
        if lang is None or item.url not in written or item.url.startswith(EXCLUDED_PREFIXES):
            continue
        if item.type == "alert" and _expired(item, index.build_date):
            continue
        result[lang].append(document(item, "page" if item.lang == "ls" else None))
    return result


def document(item, doc_type: str | None = None) -> dict:
    return {
        "url": item.url,
        "title": item.title,
        "keywords": list(item.meta.get("keywords") or []),
        "summary": item.summary or "",
        "body": plain_text(item.html),
        "type": doc_type or TYPE_MAP.get(item.type, "page"),
        "section": item.folder[0] if item.folder else "",
    }


def _expired(item, today: dt.date) -> bool:
    expires = item.meta.get("expires")
    if isinstance(expires, dt.datetime):
        expires = expires.date()
    return isinstance(expires, dt.date) and expires < today
