"""A cache of rendered Markdown, kept outside output/ and keyed by content hash.

A key covers the body and the file's place; an entry holds the HTML and every link the body
resolved, with the URL it resolved to. An entry is used only while each of those links still
resolves to the same URL (generator.render_bodies), so a hit is always what rendering would give,
and adding or renaming one page does not render every other page again. A fresh clone with the
cache folder restored (CI) renders nothing that has not changed: modification times play no part.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from pathlib import Path
from typing import ClassVar

VERSION = "2"  # bump when the renderer's output or the entries change for the same input


def body_key(item, site_url: str = "") -> str | None:
    """None for bodies with images: their markup depends on the image files, not only the text."""
    if "![" in item.body:
        return None
    return text_key(VERSION, site_url, item.source, item.body_line, item.body)


def text_key(*parts) -> str:
    """sha256 of the parts joined by NUL characters. A preview brings the same bodies again:
    their keys are looked up here, not hashed again."""
    key = _TEXT_KEYS.get(parts)
    if key is None:
        if len(_TEXT_KEYS) > 100_000:  # old versions of edited bodies
            _TEXT_KEYS.clear()
        text = "\0".join(map(str, parts))
        key = _TEXT_KEYS[parts] = hashlib.sha256(text.encode()).hexdigest()
    return key


_TEXT_KEYS: dict[tuple, str] = {}


class BuildCache:
    """Results keyed by content hash, in one file per kind under the cache folder.

    Only what a build used is kept, so the file never grows beyond the site; a damaged file only
    makes the build slower.
    """

    # path -> (file stamp, entries): a preview rebuilding again does not unpickle the file again
    # (stamp None: this process wrote the entries and trusts its own copy)
    _loaded: ClassVar[dict] = {}
    # During a preview rebuild: the caches to write after the browser reloaded (see incremental)
    deferred: ClassVar[list | None] = None

    def __init__(self, folder: Path | None, name: str):
        self.path = folder / f"{name}.pickle" if folder else None
        self.entries: dict = {}
        self.used: dict = {}
        if self.path and self.path.exists():
            self.entries = self._load(self.path)

    @classmethod
    def _load(cls, path: Path) -> dict:
        known = cls._loaded.get(path)
        if known is not None and (known[0] is None or known[0] == _stamp(path)):
            return known[1]
        stamp = _stamp(path)
        try:
            entries = pickle.loads(path.read_bytes())
        except (pickle.UnpicklingError, EOFError, AttributeError, ValueError, ImportError):
            return {}
        cls._loaded[path] = (stamp, entries)
        return entries

    def get(self, key: str | None):
        if key is None:
            return None
        if key in self.used:
            return self.used[key]
        if key in self.entries:
            self.used[key] = self.entries[key]
            return self.used[key]
        return None

    def put(self, key: str | None, value) -> None:
        if key is not None:
            self.used[key] = value

    def save(self) -> None:
        if not self.path or self.used == self.entries:
            return
        if BuildCache.deferred is not None:
            BuildCache.deferred.append(self)
            self._loaded[self.path] = (None, self.used)
            return
        self.write()

    def write(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temp = self.path.with_suffix(f".{os.getpid()}.tmp")
        temp.write_bytes(pickle.dumps(self.used, protocol=pickle.HIGHEST_PROTOCOL))
        temp.replace(self.path)
        self._loaded[self.path] = (_stamp(self.path), self.used)


def _stamp(path: Path) -> tuple:
    stat = path.stat()
    return (stat.st_mtime_ns, stat.st_size, stat.st_ino)


class MarkdownCache(BuildCache):
    def __init__(self, folder: Path | None):
        super().__init__(folder, f"markdown-v{VERSION}")


def cache_folder(settings: dict) -> Path | None:
    """SITE_CACHE_DIR (default .cache); empty turns caching off."""
    folder = settings.get("SITE_CACHE_DIR", ".cache")
    return Path(folder) if folder else None
