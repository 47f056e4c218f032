"""Content-hashed copies of the theme's CSS and JavaScript, so servers can cache them for a year.

`css/site.css` is copied to `css/site.3f9a1c2b.css` beside the original: relative references inside
the file (`url(../img/x.svg)`) keep working, and the unhashed original stays for anything that
still names it.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from plugins.site.generator import write_if_changed

SUFFIXES = (".css", ".js")
HASH_LENGTH = 8


def hashed_name(path: str, data: bytes) -> str:
    """ "css/site.css" + bytes -> "css/site.<first 8 hex of sha256>.css"."""
    digest = hashlib.sha256(data).hexdigest()[:HASH_LENGTH]
    stem, _, suffix = path.rpartition(".")
    return f"{stem}.{digest}.{suffix}"


def manifest(static_dir: Path) -> dict[str, str]:
    """{"css/site.css": "css/site.3f9a1c2b.css", …} for every CSS/JS file under `static_dir`."""
    result = {}
    for source in sorted(static_dir.rglob("*")):
        if source.is_file() and source.suffix in SUFFIXES:
            path = source.relative_to(static_dir).as_posix()
            result[path] = hashed_name(path, source.read_bytes())
    return result


def write_copies(static_dir: Path, output_dir: Path) -> dict[str, str]:
    """Write the hashed copies into `output_dir` (the theme's folder in the output)."""
    names = manifest(static_dir)
    for path, hashed in names.items():
        write_if_changed(output_dir / hashed, (static_dir / path).read_bytes())
    return names
