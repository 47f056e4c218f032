"""Resolve the image paths editors write in Markdown to files inside the content folder."""

import difflib
import re
from pathlib import Path
from urllib.parse import unquote

from plugins.kit.i18n import message

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
        _fail(
            raw,
            message("Der Pfad des Bildes ist leer"),
            message("schreiben Sie den Pfad des Bildes, z. B. bilder/rathaus.jpg"),
        )
    if EXTERNAL.match(text):
        _fail(
            raw,
            message(
                "Das Bild '{raw}' ist eine Adresse im Internet und lässt sich nicht verarbeiten",
                raw=raw,
            ),
            message(
                "speichern Sie das Bild unter content/ (z. B. neben der Seite) und nennen Sie "
                "seinen Pfad"
            ),
        )
    root = content_root.resolve()
    candidate = _candidate(text, md_file, root)
    if not candidate.is_relative_to(root):
        _fail(
            raw,
            message("Der Bildpfad '{raw}' führt aus dem Ordner content/ hinaus", raw=raw),
            message(
                "legen Sie das Bild unter content/ ab und nennen Sie einen Pfad wie bilder/x.jpg "
                "oder /bilder/x.jpg"
            ),
        )
    if candidate.is_file():
        return candidate
    decoded = candidate.with_name(unquote(candidate.name))
    if decoded.is_relative_to(root) and decoded.is_file():
        return decoded
    looked_for = candidate.relative_to(root).as_posix()
    what = message("Das Bild '{raw}' fehlt (gesucht: {path})", raw=raw, path=looked_for)
    _fail(raw, what, _missing_fix(candidate))


def _candidate(text: str, md_file: Path, root: Path) -> Path:
    text = PELICAN_MARKER.sub("", text).split("#", 1)[0].split("?", 1)[0]
    base = root if text.startswith("/") else md_file.resolve().parent
    joined = base / text.lstrip("/")
    # resolve() collapses `..` and follows symlinks, so an escape through either is caught.
    return joined.resolve()


def _missing_fix(candidate: Path) -> str:
    folder = candidate.parent
    if not folder.is_dir():
        return message(
            "den Ordner {folder}/ gibt es nicht; prüfen Sie den Pfad", folder=folder.name
        )
    names = [p.name for p in folder.iterdir() if p.is_file()]
    lowered = {n.lower(): n for n in names}
    if candidate.name.lower() in lowered:
        return message(
            "die Datei heißt '{name}' (Groß- und Kleinschreibung)",
            name=lowered[candidate.name.lower()],
        )
    close = difflib.get_close_matches(candidate.name, names, n=1, cutoff=0.8)
    if close:
        return message("meinten Sie '{name}'?", name=close[0])
    return message("prüfen Sie die Schreibweise, oder legen Sie die Datei neben die Seite")


def _fail(raw: str, what: str, fix: str):
    raise ImagePathError(ImageError(raw, what, fix))
