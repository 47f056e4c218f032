"""Dienstleistungen A–Z and the index by life situation, sorted the German way.

Sorting uses the Unicode Collation Algorithm (pyuca), which compares Ä like A, Ö like O, Ü like
U and ß like ss at the first level, as German dictionaries do (DIN 5007, variant 1).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

import pyuca

from plugins.site.items import Item, slugify

LETTERS = tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
OTHER = "#"  # titles starting with a digit or a sign


@lru_cache(maxsize=1)
def _collator() -> pyuca.Collator:
    return pyuca.Collator()  # loads the collation table once per build


@lru_cache(maxsize=65536)  # pyuca is slow, and the same titles are sorted on every rebuild
def german_key(text: str) -> tuple:
    """Sort key: German dictionary order; the text itself breaks ties (Abend before abend)."""
    return (_collator().sort_key(text), text)


def first_letter(text: str) -> str:
    """'Änderung' -> 'A'; '115' -> '#'."""
    base = unicodedata.normalize("NFD", text.strip()[:1])[:1].upper()
    return base if base in LETTERS else OTHER


@dataclass(frozen=True)
class Entry:
    """A line of the A–Z index: a service under its title, or a synonym pointing to it."""

    label: str
    service: Item
    synonym: bool = False


@dataclass
class Letter:
    letter: str
    entries: list[Entry] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "buchstabe-" + ("0" if self.letter == OTHER else self.letter.lower())


def synonyms(service: Item) -> list[str]:
    """Keywords worth their own line: not the title, not its first words ("Personalausweis" for
    "Personalausweis beantragen" would sit right next to it); "Perso" stays."""
    title = service.title.casefold()
    found: list[str] = []
    for word in service.meta.get("keywords") or []:
        word = word.strip()
        folded = word.casefold()
        if not word or word in found or title == folded or title.startswith(folded + " "):
            continue
        found.append(word)
    return found


def az_entries(services: Iterable[Item]) -> list[Entry]:
    entries = []
    for service in services:
        entries.append(Entry(service.title, service))
        entries += [Entry(word, service, synonym=True) for word in synonyms(service)]
    return sorted(
        entries, key=lambda e: (german_key(e.label), e.synonym, german_key(e.service.title))
    )


def az_index(services: Iterable[Item]) -> list[Letter]:
    """Entries grouped by first letter, letters in alphabetical order ('#' last)."""
    groups: dict[str, Letter] = {}
    for entry in az_entries(services):
        letter = first_letter(entry.label)
        groups.setdefault(letter, Letter(letter)).entries.append(entry)
    order = {letter: position for position, letter in enumerate((*LETTERS, OTHER))}
    return sorted(groups.values(), key=lambda group: order[group.letter])


def letter_navigation(groups: list[Letter]) -> list[dict]:
    """All letters A–Z; only those with entries get an anchor to link to."""
    present = {group.letter: group.anchor for group in groups}
    letters = [*LETTERS, OTHER] if OTHER in present else list(LETTERS)
    return [{"letter": letter, "anchor": present.get(letter)} for letter in letters]


@dataclass
class Topic:
    """A life situation (Lebenslage) and the services that belong to it."""

    name: str  # as written in the front matter (German), also the key across languages
    label: str  # in the page's language
    services: list[Item] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return slugify(self.name)


def topic_index(services: Iterable[Item], translate: Callable[[str], str]) -> list[Topic]:
    """Topics by their label in the page's language, each with its services in A–Z order."""
    topics: dict[str, Topic] = {}
    for service in services:
        for name in service.meta.get("topics") or []:
            topics.setdefault(name, Topic(name, translate(name))).services.append(service)
    for topic in topics.values():
        topic.services.sort(key=lambda s: german_key(s.title))
    return sorted(topics.values(), key=lambda t: german_key(t.label))
