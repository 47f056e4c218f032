"""The site index: every item by type, language and key; sections; translations; references.

This is the one place that knows who refers to whom. Capability plugins resolve their references
through `resolve()`, which reports a missing target as a problem in the referring file.
"""

from __future__ import annotations

import datetime as dt
import difflib
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from plugins.frontmatter import Problems
from plugins.frontmatter.schema import TYPES
from plugins.kit.dates import has_passed
from plugins.kit.i18n import message, translate

from .datafiles import DataFiles
from .items import LANG_PREFIX, Item, slugify
from .registry import catalogues


@dataclass
class Section:
    """A folder of the content tree, with its landing page per language and its children."""

    folder: tuple
    index: dict = field(default_factory=dict)  # lang -> index Item
    items: list = field(default_factory=list)  # non-index items directly in this folder
    subsections: list = field(default_factory=list)

    def landing(self, lang: str) -> Item | None:
        return self.index.get(lang) or self.index.get("de")

    def children(self, lang: str) -> list[Item]:
        """Items and subsection landing pages in `lang`, sorted by order, then title."""
        found = [i for i in self.items if i.lang == lang]
        found += [s.index[lang] for s in self.subsections if lang in s.index]
        return sorted(found, key=sort_key)


def sort_key(item: Item) -> tuple:
    return (item.meta.get("order", 1000), slugify(item.title))


@dataclass
class SiteIndex:
    """Everything a build knows, handed to every plugin (`index_ready`, `site_written`).

    Capability plugins add to `pages`, `globals`, `home`, `problems` and to their items'
    `item.data`; they read the rest. Keys of `item.data` that other plugins read: "office"
    (services: the office Item), "image" and "og_image" (images), "structured_data" (JSON-LD
    dicts for the page's script block), "occurrences" (events), "hours" (offices/sights).
    """

    items: list[Item]  # published items (no drafts, none past their expiry's grace period)
    problems: Problems  # every problem found so far; the build stops on any error
    settings: dict = field(default_factory=dict)
    by_key: dict = field(default_factory=lambda: defaultdict(dict))  # key -> {lang: item}
    sections: dict = field(default_factory=dict)  # folder tuple -> Section
    by_url: dict = field(default_factory=dict)  # url -> Item
    build_date: dt.date | None = None  # the day the site is built for (never the clock)
    content_path: Path | None = None
    pages: list = field(default_factory=list)  # OutputPage: every HTML file to write
    globals: dict = field(default_factory=dict)  # what every page shows (menus, footer, alerts)
    home: dict = field(default_factory=dict)  # what only start pages show (top tasks, blocks)
    languages: tuple = ()  # page languages whose start page exists ("de", "en")
    data_files: DataFiles = field(default_factory=DataFiles)  # records of plugins' data readers
    image_renderer: Any = None  # set by the images plugin: Markdown images -> <picture>
    digital_figures: dict | None = None  # set by the digital plugin (its figures as JSON)

    def label(self, text: str, lang: str, **values) -> str:
        """A German label in `lang`, from the catalogues of the theme and the listed plugins."""
        return translate(text, lang, catalogues(self.settings), **values)

    def add_home_block(self, lang: str, block: dict) -> None:
        """A block on the start page of `lang`: {id, title, entries, more_url, more_label}."""
        self.home.setdefault("home_blocks", {}).setdefault(lang, []).append(block)

    def of_type(self, type_name: str, lang: str | None = None) -> list[Item]:
        return [i for i in self.items if i.type == type_name and (lang is None or i.lang == lang)]

    def get(self, key: str, lang: str = "de") -> Item | None:
        group = self.by_key.get(key)
        if not group:
            return None
        return group.get(lang) or group.get("de") or next(iter(group.values()))

    def resolve(self, item: Item, field_name: str, types: tuple, key: str | None = None):
        """The item that `item`'s field refers to, in `item`'s language; a problem if missing."""
        key = key if key is not None else item.meta.get(field_name)
        if not key:
            return None
        target = self.get(key, item.lang)
        if target is None or target.type not in types:
            wanted = message(" oder ").join(f"'{name}'" for name in types)
            candidates = sorted({i.key for i in self.items if i.type in types})
            what = message(
                "Feld '{field}': es gibt keine Seite vom Typ {types} mit dem Schlüssel '{key}'",
                field=field_name,
                types=wanted,
                key=key,
            )
            if target is not None:
                what = message(
                    "Feld '{field}': '{key}' ist eine Seite vom Typ '{actual}', "
                    "nicht vom Typ {types}",
                    field=field_name,
                    key=key,
                    actual=target.type,
                    types=wanted,
                )
            broken = self._broken_file(key) if target is None else None
            if broken:  # the page exists but could not be read: its own problem comes first
                fix = message(
                    "die Datei {file} hat selbst einen Fehler (siehe dort); beheben Sie zuerst "
                    "diesen",
                    file=broken,
                )
            else:
                fix = key_hint(key, candidates, wanted)
            self.problems.add(item.source, item.line(field_name), what, fix)
            return None
        return target

    def _broken_file(self, key: str) -> str | None:
        """A file named like `key` that has errors of its own (so it is missing from the index)."""
        for problem in self.problems.errors:
            if Path(problem.path).stem.split(".")[0] == key:
                return problem.path
        return None

    def section(self, folder: tuple) -> Section | None:
        return self.sections.get(tuple(folder))


SHOWN_KEYS = 12  # more keys than this: only the nearest ones, and how many there are


def key_hint(key: str, candidates: list[str], types: str) -> str:
    """The fix for an unknown key: the nearest key, and all keys (or the nearest ones and their
    number, so that a list is never cut off without saying so)."""
    if not candidates:
        return message("legen Sie zuerst eine Seite vom Typ {types} an", types=types)
    close = difflib.get_close_matches(key, candidates, n=1, cutoff=0.6)
    guess = message("meinten Sie '{name}'?", name=close[0]) + " " if close else ""
    if len(candidates) <= SHOWN_KEYS:
        return guess + message("möglich sind: {keys}", keys=", ".join(candidates))
    nearest = difflib.get_close_matches(key, candidates, n=SHOWN_KEYS, cutoff=0)
    return guess + message(
        "die ähnlichsten {shown} von {count} Schlüsseln: {keys}",
        shown=len(nearest),
        count=len(candidates),
        keys=", ".join(nearest),
    )


def build_index(
    items: list[Item], problems: Problems, settings: dict, today: dt.date | None = None
) -> SiteIndex:
    """Index the published items; on the build date `today`, items whose type expires are marked
    expired, and left out once their grace period is over."""
    published = [i for i in items if not i.draft and not _retired(i, today)]
    index = SiteIndex(items=published, problems=problems, settings=settings)
    _group_translations(index, published)
    _build_sections(index, published)
    _assign_urls(index, published)
    return index


def _retired(item: Item, today: dt.date | None) -> bool:
    """Mark `item` expired when its type's expiry date has passed; True once the grace period
    after that date is over too (the page is no longer built)."""
    schema = TYPES.get(item.type)
    expiry = schema.expiry if schema else None
    if expiry is None or today is None:
        return False
    ends = item.meta.get(expiry.field)
    item.expired = has_passed(ends, today)
    if not item.expired or expiry.grace_days is None:
        return False
    last_day = ends.date() if isinstance(ends, dt.datetime) else ends
    return (today - last_day).days > expiry.grace_days


def _group_translations(index: SiteIndex, items: list[Item]) -> None:
    for item in items:
        group = index.by_key[item.key]
        other = group.get(item.lang)
        if other is not None:
            index.problems.add(
                item.source,
                item.line("translation_key"),
                message(
                    "'{other}' hat schon den Schlüssel '{key}' in der Sprache '{lang}'",
                    other=other.source,
                    key=item.key,
                    lang=item.lang,
                ),
                message(
                    "geben Sie einer der beiden Dateien einen anderen translation_key "
                    "(oder Dateinamen)"
                ),
            )
            continue
        first = next(iter(group.values()), None)
        if first is not None and first.type != item.type:
            index.problems.add(
                item.source,
                item.line("type"),
                message(
                    "Diese Fassung ('{lang}') hat den Typ '{type}', ihre Übersetzung '{other}' "
                    "aber den Typ '{other_type}'",
                    lang=item.lang,
                    type=item.type,
                    other=first.source,
                    other_type=first.type,
                ),
                message("geben Sie beiden Dateien denselben Typ"),
            )
            continue
        group[item.lang] = item
    for group in index.by_key.values():
        for item in group.values():
            item.translations = {lang: other for lang, other in group.items() if other is not item}


def _build_sections(index: SiteIndex, items: list[Item]) -> None:
    def section(folder: tuple) -> Section:
        if folder not in index.sections:
            index.sections[folder] = Section(folder)
            if folder:
                section(folder[:-1]).subsections.append(index.sections[folder])
        return index.sections[folder]

    for item in items:
        if item.is_index:
            section(item.folder).index[item.lang] = item
        else:
            section(item.folder).items.append(item)


def _path_parts(index: SiteIndex, folder: tuple, lang: str) -> list[str]:
    """URL parts of a folder in `lang`: each folder's index slug in that language, or its name."""
    parts = []
    for depth in range(1, len(folder) + 1):
        landing = index.sections.get(folder[:depth])
        translated = landing.index.get(lang) if landing else None
        parts.append(translated.slug if translated else folder[depth - 1])
    return parts


def folder_url(index: SiteIndex, folder: tuple, lang: str) -> str:
    """A folder's address in `lang`: its landing page's, or made from the folder names with the
    slugs of translated parent landing pages (also when the folder has no landing in `lang`)."""
    section = index.section(folder)
    if section is not None and lang in section.index:
        return section.index[lang].url
    parts = [LANG_PREFIX[lang]] if LANG_PREFIX[lang] else []
    parts += _path_parts(index, tuple(folder), lang)
    return "/" + "".join(f"{p}/" for p in parts)


def url_for(index: SiteIndex, item: Item) -> str:
    parts = [LANG_PREFIX[item.lang]] if LANG_PREFIX[item.lang] else []
    parts += _path_parts(index, item.folder, item.lang)
    if not item.is_index:
        parts.append(item.slug)
    return "/" + "".join(f"{p}/" for p in parts)


def _assign_urls(index: SiteIndex, items: list[Item]) -> None:
    for item in items:
        item.url = url_for(index, item)
        other = index.by_url.get(item.url)
        if other is not None:
            index.problems.add(
                item.source,
                item.line("slug"),
                message(
                    "Die Seite hätte dieselbe Adresse {url} wie '{other}'",
                    url=item.url,
                    other=other.source,
                ),
                message("geben Sie einer der beiden einen anderen Dateinamen oder slug"),
            )
            continue
        index.by_url[item.url] = item
