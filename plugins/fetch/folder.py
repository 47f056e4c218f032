"""The data folder: one sub-folder per source, replaced as a whole or not at all.

A fetch writes a source's files into `.<name>.new/` beside it and then switches with two renames
(`<name>` → `.<name>.old`, `.<name>.new` → `<name>`); a run that stops between them leaves
`.<name>.old`, which the next run puts back. A failed fetch never touches `<name>/`.

A folder is rewritten only when its data changes: if the new files differ from the old ones only
in the facts of the run itself (VOLATILE_META in meta.json), nothing is written, so a night
without news leaves Git clean.
"""

from __future__ import annotations

import hashlib
import json
import shutil
from pathlib import Path

# meta.json keys that describe the run, not the data.
VOLATILE_META = ("fetched_at", "modified_since")


def json_bytes(value: object) -> bytes:
    """Stable, diff-friendly JSON: sorted keys, two-space indent, UTF-8, final newline."""
    return (json.dumps(value, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode()


def read_json(path: Path) -> object | None:
    """The JSON in `path`, or None when it is missing or unreadable."""
    try:
        return json.loads(path.read_bytes())
    except (OSError, ValueError):
        return None


def read_meta(folder: Path | None) -> dict | None:
    if folder is None:
        return None
    meta = read_json(folder / "meta.json")
    return meta if isinstance(meta, dict) else None


def current(data: Path, name: str) -> Path | None:
    """The source's folder of last good files, or None before its first successful fetch."""
    recover(data, name)
    folder = data / name
    return folder if folder.is_dir() else None


def recover(data: Path, name: str) -> None:
    """Put back a folder left aside by a run that stopped in the middle of the switch."""
    old, new = data / f".{name}.old", data / f".{name}.new"
    if old.is_dir() and not (data / name).exists():
        old.rename(data / name)
    for leftover in (old, new):
        if leftover.exists():
            shutil.rmtree(leftover)


def write_source(data: Path, name: str, files: dict[str, bytes]) -> bool:
    """Make `data/<name>/` hold exactly `files`; False when it already held the same data."""
    for file_name in files:
        if "/" in file_name or "\\" in file_name or file_name.startswith("."):
            raise ValueError(f"not a plain file name: {file_name!r}")
    target = data / name
    if target.is_dir() and same_data(target, files):
        return False
    data.mkdir(parents=True, exist_ok=True)
    recover(data, name)
    new, old = data / f".{name}.new", data / f".{name}.old"
    new.mkdir()
    try:
        for file_name, content in sorted(files.items()):
            (new / file_name).write_bytes(content)
        if target.exists():
            target.rename(old)
        new.rename(target)
    except BaseException:
        shutil.rmtree(new, ignore_errors=True)
        recover(data, name)
        raise
    shutil.rmtree(old, ignore_errors=True)
    return True


def same_data(folder: Path, files: dict[str, bytes]) -> bool:
    """True when `folder` holds the same files with the same content, meta.json compared
    without VOLATILE_META."""
    present = {path.name for path in folder.iterdir() if path.is_file()}
    if present != set(files):
        return False
    for file_name, content in files.items():
        old = (folder / file_name).read_bytes()
        if old == content:
            continue
        if file_name != "meta.json" or _without_run_facts(old) != _without_run_facts(content):
            return False
    return True


def _without_run_facts(content: bytes) -> object:
    try:
        meta = json.loads(content)
    except ValueError:
        return content
    if isinstance(meta, dict):
        for key in VOLATILE_META:
            meta.pop(key, None)
    return meta


def fingerprint(folder: Path | None) -> str | None:
    """A hash of a source folder's files: HTTP validators are only trusted for these files."""
    if folder is None or not folder.is_dir():
        return None
    digest = hashlib.sha256()
    for path in sorted(p for p in folder.iterdir() if p.is_file()):
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()
