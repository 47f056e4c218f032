"""Content lints: accessibility and readability checks on every page's Markdown at build time.

Adds warnings (errors with `invoke check --strict`, the setting SITE_STRICT_WARNINGS) for skipped
heading levels, an h1 in the body, link texts like "hier" or a bare web address, ALL-CAPS
passages, tables without a header row, PDFs linked without "PDF" and a size or accessibility note,
long sentences in Leichte Sprache and emoji used as bullets (rules in `rules.py`). Also the
editors' report of pages due for review (`invoke stale`, `stale.py`).
"""

from __future__ import annotations

from plugins.site import signals

from .rules import RULES, Finding, lint_body

__all__ = ["RULES", "Finding", "lint_body", "lint_site", "register"]


def lint_site(index) -> None:
    """Lint every item's body; report findings as warnings, or as errors in strict mode."""
    strict = bool(index.settings.get("SITE_STRICT_WARNINGS"))
    report = index.problems.add if strict else index.problems.warn
    for item in index.items:
        for finding in lint_body(item.body, item.body_line, item.lang):
            report(item.source, finding.line, finding.what, finding.fix)


def register():
    signals.index_ready.connect(lint_site)
