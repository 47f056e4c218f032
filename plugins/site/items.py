"""Items: one content file, typed and placed in the site (language, key, section, URL)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import PurePosixPath
from typing import Any

from plugins.kit.urls import HTML_LANG, LANG_PREFIX

__all__ = ["HTML_LANG", "LANG_PREFIX", "Item", "slugify", "split_name"]

_GERMAN = str.maketrans(
    {"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue", "ß": "ss"}
)


@lru_cache(maxsize=65536)  # the same titles and names on every rebuild
def slugify(text: str) -> str:
    """'Bürgerbüro Süd' -> 'buergerbuero-sued': German transliteration first, then ASCII."""
    text = text.translate(_GERMAN)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


@lru_cache(maxsize=65536)  # called for every file on every rebuild; pathlib is slow
def split_name(path: PurePosixPath) -> tuple[str, str | None]:
    """'schloss.en.md' -> ('schloss', 'en'); 'schloss.md' -> ('schloss', None)."""
    stem = path.name[: -len(path.suffix)] if path.suffix else path.name
    base, dot, suffix = stem.rpartition(".")
    if dot and suffix in LANG_PREFIX:
        return base, suffix
    return stem, None


@dataclass(eq=False)
class Item:
    """A page of the site. `meta` holds the typed front matter; capabilities add to `data`."""

    source: str  # path relative to the content folder, e.g. "rathaus/aemter/buergerbuero.md"
    type: str
    lang: str
    key: str
    slug: str
    folder: tuple  # folder parts, e.g. ("rathaus", "aemter")
    is_index: bool
    meta: dict
    body: str
    body_line: int
    lines: dict = field(default_factory=dict)  # front-matter path -> line
    url: str = ""
    html: str = ""
    translations: dict = field(default_factory=dict)  # lang -> Item (this one excluded)
    data: dict = field(default_factory=dict)  # added by capability plugins
    # Its type's expiry date has passed (plugins.frontmatter.schema.Expiry): the item leaves
    # lists, feeds, search and sitemap; its page stays (noindex) for the type's grace days.
    expired: bool = False

    @property
    def title(self) -> str:
        return self.meta["title"]

    @property
    def summary(self) -> str:
        return self.meta.get("summary", "")

    @property
    def html_lang(self) -> str:
        return HTML_LANG[self.lang]

    @property
    def draft(self) -> bool:
        return self.meta.get("status") == "draft"

    @property
    def section(self) -> tuple:
        """The folder this item belongs to; for an index.md, its parent folder."""
        return self.folder[:-1] if self.is_index else self.folder

    def line(self, *path: Any) -> int:
        while path:
            if path in self.lines:
                return self.lines[path]
            path = path[:-1]
        return 1

    def get(self, name: str, default: Any = None) -> Any:
        return self.meta.get(name, default)

    def __repr__(self) -> str:
        return f"<Item {self.lang}:{self.key} {self.source}>"
