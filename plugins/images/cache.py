"""The derivative cache: content hashes (remembered by size + mtime) and cache keys."""

import hashlib
import json
import os
from pathlib import Path

from .settings import ImageSettings


class SourceHashes:
    """sha256 of source files, hashed once and remembered by (size, mtime).

    A fresh clone resets mtimes, so then files are hashed again, but the derivatives are
    keyed by the hash and still hit the (restored) cache.
    """

    def __init__(self, path: Path):
        self.path = path
        self.changed = False
        try:
            self.known = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self.known = {}

    def digest(self, source: Path) -> str:
        stat = source.stat()
        key = str(source.resolve())
        remembered = self.known.get(key)
        if remembered and remembered[:2] == [stat.st_size, stat.st_mtime_ns]:
            return remembered[2]
        with source.open("rb") as handle:
            digest = hashlib.file_digest(handle, "sha256").hexdigest()
        self.known[key] = [stat.st_size, stat.st_mtime_ns, digest]
        self.changed = True
        return digest

    def save(self) -> None:
        if self.changed:
            write_atomically(self.path, json.dumps(self.known, sort_keys=True).encode())
            self.changed = False


def cache_key(
    content_hash: str, settings: ImageSettings, want_og: bool, focal: tuple | None
) -> str:
    """Key of one cache entry: the source's bytes plus everything that changes the outputs."""
    recipe = {
        "source": content_hash,
        "settings": settings.fingerprint(),
        "og": bool(want_og and settings.og),
        "focal": list(focal) if focal and want_og and settings.og else None,
    }
    return hashlib.sha256(json.dumps(recipe, sort_keys=True).encode()).hexdigest()


def entry_dir(cache_dir: Path, key: str) -> Path:
    return cache_dir / key[:2] / key


def write_atomically(path: Path, data: bytes) -> None:
    """Write via a temp file in the same folder + rename: readers see old or new, never half."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp-{os.getpid()}")
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def copy_atomically(source: Path, target: Path) -> None:
    """Copy into the output folder; skipped when the target already has the same size
    (target names contain the cache key, so same name and size means same content)."""
    size = source.stat().st_size
    if target.is_file() and target.stat().st_size == size:
        return
    write_atomically(target, source.read_bytes())
