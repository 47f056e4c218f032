"""The last lines of a build, for editors: pages written by type and language, files copied, the
time taken and the warnings.

Pelican ends each run with "Done: Processed 0 articles, … 0 pages": true of its own article and
page model, which this site does not use (every page comes from the site generator), so that
line is silenced (`without_pelican_summary`) and this one printed instead.
"""

from __future__ import annotations

import fnmatch
import os
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from babel.numbers import format_decimal

from plugins.frontmatter.schema import TYPES
from plugins.kit.i18n import editor_language, message, translate

_LAST: dict = {}  # the generators of the last Pelican run in this process


def forget() -> None:
    _LAST.clear()


def remember_generators(generators) -> None:
    """Pelican's `all_generators_finalized`: keep the generators to count what they wrote."""
    _LAST["generators"] = list(generators)


@contextmanager
def without_pelican_summary():
    """Pelican's console prints nothing but its "Done: Processed …" line during a run."""
    from pelican.log import console

    quiet, console.quiet = console.quiet, True
    try:
        yield
    finally:
        console.quiet = quiet


@dataclass
class BuildSummary:
    pages: Counter = field(default_factory=Counter)  # (type, lang) -> pages; type "" = generated
    content_files: int = 0  # attachments and images copied from content/
    design_files: int = 0  # the theme's and the plugins' static files
    seconds: float = 0.0
    warnings: int = 0


def last_summary(settings: dict, seconds: float) -> BuildSummary | None:
    """What the last Pelican run in this process wrote (None if no site generator ran)."""
    from pelican.generators import StaticGenerator

    from .generator import SiteGenerator

    generators = _LAST.get("generators") or []
    site = next((g for g in generators if isinstance(g, SiteGenerator)), None)
    if site is None or site.index is None:
        return None
    static = next((g for g in generators if isinstance(g, StaticGenerator)), None)
    return BuildSummary(
        pages=page_counts(site.index.pages),
        content_files=len(static.staticfiles) if static is not None else 0,
        design_files=theme_files(settings) + site.copied_static,
        seconds=seconds,
        warnings=len(site.index.problems.warnings),
    )


def page_counts(pages) -> Counter:
    return Counter((page.item.type if page.item is not None else "", page.lang) for page in pages)


def theme_files(settings: dict) -> int:
    """The files Pelican copies from the theme's static folders (THEME_STATIC_PATHS)."""
    theme = Path(settings.get("THEME", "theme"))
    ignored = settings.get("IGNORE_FILES") or []
    count = 0
    for name in settings.get("THEME_STATIC_PATHS") or ["static"]:
        for _folder, _dirs, files in os.walk(theme / name):
            count += sum(1 for f in files if not any(fnmatch.fnmatch(f, p) for p in ignored))
    return count


def format_summary(summary: BuildSummary) -> str:
    """A short table in the editor's language."""
    lang = editor_language()
    langs = sorted({lang_ for _, lang_ in summary.pages}, key=("de", "en", "ls").index)
    rows = [(_type_label(name, lang), name) for name in _types_in(summary.pages)]
    width = max([len(label) for label, _ in rows] + [len(message("zusammen")), 18])
    seconds = format_decimal(round(summary.seconds, 1), locale="de_DE" if lang == "de" else "en")
    lines = [message("Fertig nach {seconds} s.", seconds=seconds)]
    lines.append("  " + message("Seiten geschrieben").ljust(width) + _cells(langs))
    for label, name in rows:
        counts = [summary.pages.get((name, lang_), 0) for lang_ in langs]
        lines.append("  " + label.ljust(width) + _cells(counts))
    totals = [sum(n for (_, lang_), n in summary.pages.items() if lang_ == x) for x in langs]
    lines.append("  " + message("zusammen").ljust(width) + _cells(totals))
    lines.append(
        "  "
        + message(
            "Dateien kopiert: {count} ({content} aus content/, {design} für die Gestaltung)",
            count=summary.content_files + summary.design_files,
            content=summary.content_files,
            design=summary.design_files,
        )
    )
    if summary.warnings:
        lines.append("  " + message("Warnungen: {count} (siehe oben)", count=summary.warnings))
    else:
        lines.append("  " + message("Warnungen: keine"))
    return "\n".join(lines)


def _types_in(pages: Counter) -> list[str]:
    """Content types first (page, then by name), generated pages ("") last."""
    names = {name for name, _ in pages}
    return sorted(names, key=lambda name: (name == "", name != "page", name))


def _type_label(name: str, lang: str) -> str:
    if not name:
        return message("Übersichten und Listen")
    schema = TYPES.get(name)
    label = translate(schema.label, lang) if schema else name
    return f"{label} ({name})"


def _cells(values) -> str:
    return "".join(str(value).rjust(6) for value in values)
