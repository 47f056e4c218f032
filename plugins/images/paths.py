"""Resolve the image paths editors write in Markdown to files inside the content folder."""

import difflib
import re
from pathlib import Path
from urllib.parse import unquote

from .errors import ImageError, ImagePathError

# Pelican's link markers: `{static}/x.jpg` is relative to the content root,
# `{static}x.jpg` and `{attach}x.jpg` to the Markdown file, like Pelican itself does.
PELICAN_MARKER = re.compile(r"^(?:\{(?:static|attach|filename)\}|\|(?:static|attach|filename)\|)")
EXTERNAL = re.compile(r"^(?:[a-z][a-z0-9+.-]*:|//)", re.IGNORECASE)


def resolve_image_path(raw: str, md_file: Path, content_root: Path) -> Path:
    """Return the absolute path of the image `raw` used in `md_file`.

    Raises `ImagePathError` (with `.error`, an `ImageError`) for an external URL, a path
    that leaves the content folder, or a file that does not exist.
    """
    text = raw.strip()
    if not text:
        _fail(raw, "empty image path", "write the path of the image, e.g. bilder/rathaus.jpg")
    if EXTERNAL.match(text):
        _fail(
            raw,
            f"image '{raw}' is an external URL and cannot be processed",
            "save the image under content/ (e.g. beside the page) and use its path",
        )
    root = content_root.resolve()
    candidate = _candidate(text, md_file, root)
    if not candidate.is_relative_to(root):
        _fail(
            raw,
            f"image path '{raw}' points outside the content folder",
            "put the image under content/ and use a path like bilder/x.jpg or /bilder/x.jpg",
        )
    if candidate.is_file():
        return candidate
    decoded = candidate.with_name(unquote(candidate.name))
    if decoded.is_relative_to(root) and decoded.is_file():
        return decoded
    looked_for = candidate.relative_to(root).as_posix()
    _fail(raw, f"image '{raw}' not found (looked for {looked_for})", _missing_fix(candidate))


def _candidate(text: str, md_file: Path, root: Path) -> Path:
    text = PELICAN_MARKER.sub("", text).split("#", 1)[0].split("?", 1)[0]
    base = root if text.startswith("/") else md_file.resolve().parent
    joined = base / text.lstrip("/")
    # resolve() collapses `..` and follows symlinks, so an escape through either is caught.
    return joined.resolve()


def _missing_fix(candidate: Path) -> str:
    folder = candidate.parent
    if not folder.is_dir():
        return f"the folder {folder.name}/ does not exist; check the path"
    names = [p.name for p in folder.iterdir() if p.is_file()]
    lowered = {n.lower(): n for n in names}
    if candidate.name.lower() in lowered:
        return f"the file is named '{lowered[candidate.name.lower()]}' (letter case differs)"
    close = difflib.get_close_matches(candidate.name, names, n=1, cutoff=0.8)
    if close:
        return f"did you mean '{close[0]}'?"
    return "check the spelling, or add the file beside the page"


def _fail(raw: str, what: str, fix: str):
    raise ImagePathError(ImageError(raw, what, fix))
