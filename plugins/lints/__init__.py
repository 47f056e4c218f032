"""Content lints: accessibility and readability checks on every page's Markdown at build time.

Adds warnings (errors with `invoke check --strict`, the setting SITE_STRICT_WARNINGS) for skipped
heading levels, an h1 in the body, link texts like "hier" or a bare web address, ALL-CAPS
passages, tables without a header row, PDFs linked without "PDF" and a size or accessibility note,
long sentences in Leichte Sprache and emoji used as bullets (rules in `rules.py`). Also the
editors' report of pages due for review (`invoke stale`, `stale.py`).
"""

from __future__ import annotations

from plugins.kit.i18n import editor_language
from plugins.site import signals
from plugins.site.cache import BuildCache, cache_folder, text_key
from plugins.site.parallel import run_in_chunks, worker_count

from .rules import RULES, Finding, lint_body

RULES_VERSION = "1"  # bump when a rule changes, so cached findings are not reused

__all__ = ["RULES", "Finding", "lint_body", "lint_site", "register"]


def lint_site(index) -> None:
    """Lint every item's body; report findings as warnings, or as errors in strict mode."""
    strict = bool(index.settings.get("SITE_STRICT_WARNINGS"))
    report = index.problems.add if strict else index.problems.warn
    # Findings are cached as text, so in the editors' language: one cache per language.
    cache = BuildCache(cache_folder(index.settings), f"lints-v{RULES_VERSION}-{editor_language()}")
    keys = [_key(item) for item in index.items]
    todo = [item for item, key in zip(index.items, keys, strict=True) if cache.get(key) is None]
    chunks = run_in_chunks(_lint_chunk, todo, len(todo), worker_count(index.settings))
    for item, found in zip(todo, (f for chunk in chunks for f in chunk), strict=True):
        cache.put(_key(item), found)
    for item, key in zip(index.items, keys, strict=True):
        for finding in cache.get(key):
            report(item.source, finding.line, finding.what, finding.fix)
    cache.save()


def _key(item) -> str:
    return text_key(item.lang, item.body_line, item.body)


def _lint_chunk(items, start: int, stop: int) -> list[list[Finding]]:
    """Findings of items[start:stop]; independent per page, so it runs on every core."""
    return [lint_body(item.body, item.body_line, item.lang) for item in items[start:stop]]


def register():
    signals.index_ready.connect(lint_site)
