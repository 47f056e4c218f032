"""Data that is not Markdown: files beside content (CSV, JSON, GPX, ICS) and the data folder that
`invoke fetch` writes (setting DATA_PATH).

A capability registers what it reads, in its plugin (usually in `register()`):

    register_reader(DataReader(
        name="waste",                       # where the records land: index.data_files["waste"]
        patterns=("strassen.csv", "termine.csv"),  # globs matched against the path's end
        read=read_waste_file,               # DataFile -> records (plain values, dicts, dataclasses)
        folder_type="waste",                # optional: only beside an index.md of this type
        root="content",                     # or "data" (DATA_PATH)
        publish=False,                      # also copy the file into the site?
    ))

The site reads every matching file of the listed plugins' readers after the content is indexed
and before the capabilities run (`index_ready`). `read` reports problems with
`file.problem(line, what, fix)` (shown as `path:LINE: what — fix`, like content problems). A data
file beside content belongs to the item of its folder's `index.md` (`DataEntry.owner`): when the
file changes, that item's page is rendered again in a preview; pages made from the records in
their context are compared by what they show, like every page.
"""

from __future__ import annotations

import fnmatch
import hashlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from plugins.frontmatter import Problems

from .registry import is_active

IGNORED_DIRS = {"_drafts", ".git", "node_modules", "__pycache__"}


@dataclass
class DataFile:
    """One file a reader is given: where it is and how to report a problem in it."""

    path: Path  # on disk
    rel: str  # as shown to editors: "rathaus/abfall/strassen.csv" (content) or "data/rat/x.json"
    problems: Problems

    def problem(self, line: int, what: str, fix: str = "") -> None:
        self.problems.add(self.rel, line, what, fix)

    def warning(self, line: int, what: str, fix: str = "") -> None:
        self.problems.warn(self.rel, line, what, fix)

    def read_bytes(self) -> bytes:
        return self.path.read_bytes()


@dataclass(frozen=True)
class DataReader:
    name: str
    patterns: tuple[str, ...]
    read: Callable[[DataFile], Any]
    root: str = "content"  # "content" or "data"
    folder_type: str = ""  # only files beside an index.md of this type
    publish: bool = False
    module: str = ""  # the registering plugin's module (set by register_reader)

    def matches(self, rel: PurePosixPath) -> bool:
        return any(rel.match(pattern) for pattern in self.patterns)


@dataclass
class DataEntry:
    reader: str
    rel: str
    records: Any
    digest: str
    owner: str | None = None  # source of the item of the file's folder (content files)
    folder: tuple = ()


@dataclass
class DataFiles:
    """What the readers read: by reader name, then by relative path."""

    by_reader: dict[str, dict[str, DataEntry]] = field(default_factory=dict)

    def __getitem__(self, reader: str) -> dict[str, DataEntry]:
        return self.by_reader.get(reader, {})

    def beside(self, reader: str, folder: tuple) -> list[DataEntry]:
        """The entries of `reader` in one content folder, by file name."""
        return [entry for entry in self[reader].values() if entry.folder == tuple(folder)]

    def owned_by(self) -> dict[str, tuple[str, ...]]:
        """Item source -> digests of the data files beside it (for the preview's comparison)."""
        owned: dict[str, list[str]] = {}
        for entries in self.by_reader.values():
            for entry in entries.values():
                if entry.owner is not None:
                    owned.setdefault(entry.owner, []).append(entry.digest)
        return {source: tuple(sorted(digests)) for source, digests in owned.items()}


READERS: dict[str, DataReader] = {}


def register_reader(reader: DataReader, module: str | None = None) -> None:
    import sys

    module = module or sys._getframe(1).f_globals.get("__name__", "")
    READERS[reader.name] = DataReader(**{**reader.__dict__, "module": module})


def active_readers(settings: dict) -> list[DataReader]:
    return [reader for reader in READERS.values() if is_active(reader.module, settings)]


def unpublished_patterns(settings: dict) -> list[str]:
    """File-name globs of content data files that stay out of the site's static files."""
    return sorted(
        {
            pattern.rpartition("/")[2]
            for reader in active_readers(settings)
            if reader.root == "content" and not reader.publish
            for pattern in reader.patterns
        }
    )


def is_data_file(path: str, settings: dict) -> bool:
    """True when a preview should treat a change of `path` like a content edit."""
    for reader in active_readers(settings):
        root = _root(reader, settings)
        if root is None:
            continue
        try:
            rel = PurePosixPath(Path(path).resolve().relative_to(root.resolve()).as_posix())
        except ValueError:
            continue
        if reader.matches(rel):
            return True
    return False


# In a long-running preview unchanged files are not read again: (reader, path) -> (stamp, entry).
_READ: dict[tuple[str, str], tuple[tuple, DataEntry]] = {}


def read_data_files(index, settings: dict) -> DataFiles:
    """Read every file the listed plugins' readers match; problems go to `index.problems`."""
    found = DataFiles()
    for reader in active_readers(settings):
        root = _root(reader, settings)
        entries = found.by_reader.setdefault(reader.name, {})
        if root is None or not root.is_dir():
            continue
        for path, rel in _files(root, reader):
            folder = rel.parent.parts if reader.root == "content" else ()
            owner = _owner(index, folder) if reader.root == "content" else None
            if reader.folder_type and (owner is None or owner.type != reader.folder_type):
                continue
            shown = str(rel) if reader.root == "content" else f"{root.name}/{rel}"
            entry = _read(reader, path, shown, index.problems)
            if entry is not None:
                entry.owner = owner.source if owner is not None else None
                entry.folder = folder
                entries[shown] = entry
    return found


def _root(reader: DataReader, settings: dict) -> Path | None:
    if reader.root == "content":
        return Path(settings["PATH"])
    data = settings.get("DATA_PATH")
    return Path(data) if data else None


def _files(root: Path, reader: DataReader) -> list[tuple[Path, PurePosixPath]]:
    found = []
    for folder, dirs, files in os.walk(root):
        dirs[:] = sorted(name for name in dirs if name not in IGNORED_DIRS)
        base = os.path.relpath(folder, root).replace(os.sep, "/")
        for name in sorted(files):
            if name.startswith(".") or not any(
                fnmatch.fnmatch(name, p.rpartition("/")[2]) for p in reader.patterns
            ):
                continue
            rel = PurePosixPath(name if base == "." else f"{base}/{name}")
            if reader.matches(rel):
                found.append((Path(folder) / name, rel))
    return found


def _owner(index, folder: tuple):
    """The item of the folder's index.md (German first), if there is one."""
    section = index.section(folder)
    if section is None or not section.index:
        return None
    return section.index.get("de") or next(iter(section.index.values()))


def _read(reader: DataReader, path: Path, shown: str, problems: Problems) -> DataEntry | None:
    stat = path.stat()
    stamp = (stat.st_mtime_ns, stat.st_size)
    known = _READ.get((reader.name, str(path)))
    if known is not None and known[0] == stamp:
        return DataEntry(**known[1].__dict__)
    found = Problems()
    records = reader.read(DataFile(path, shown, found))
    problems.items.extend(found.items)
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    entry = DataEntry(reader.name, shown, records, digest)
    if not found.items:  # a file with problems is read again until it is fixed
        _READ[(reader.name, str(path))] = (stamp, entry)
    return entry


def forget_read() -> None:
    _READ.clear()
