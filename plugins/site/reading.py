"""Read every Markdown file under the content folder into typed Items, collecting all problems."""

from __future__ import annotations

import os
from functools import cache
from pathlib import Path, PurePosixPath

from plugins.frontmatter import Problems
from plugins.frontmatter.fields import did_you_mean
from plugins.frontmatter.schema import LANGUAGES, TYPES
from plugins.frontmatter.validate import check
from plugins.frontmatter.yamlblock import Document, FrontMatterError, parse
from plugins.kit.i18n import german, message

from .archetypes import marker_line
from .items import Item, slugify, split_name

IGNORED_DIRS = {"_drafts", ".git", "node_modules"}


def content_files(root: Path) -> list[PurePosixPath]:
    """All Markdown files, as paths relative to `root`, in a stable order."""
    found = []
    for folder, dirs, files in os.walk(root):  # os.walk: a third of rglob's time at 5,000 files
        dirs[:] = [name for name in dirs if name not in IGNORED_DIRS]
        base = os.path.relpath(folder, root).replace(os.sep, "/")
        for name in files:
            if name.endswith(".md") and not name.startswith((".", "_")):
                found.append(_relative_path(name if base == "." else f"{base}/{name}"))
    return sorted(found, key=_parts)  # the order of paths; comparing them directly is slow


def _parts(path: PurePosixPath) -> tuple[str, ...]:
    return path.parts


@cache  # making a path object costs more than reading its file's stamp
def _relative_path(text: str) -> PurePosixPath:
    return PurePosixPath(text)


# In a long-running preview, files that did not change are not parsed again: path -> (stamp, doc).
_PARSED: dict[str, tuple] = {}
# Files that still have the first line `invoke new` wrote: path -> that line (placeholders.py).
# Noted while the text is read anyway; a file parsed again is noted again.
_NEW_FILES: dict[str, int] = {}


def parse_file(root: Path, rel: PurePosixPath, problems: Problems) -> Document | None:
    path = os.path.join(root, rel)
    stat = os.stat(path)
    stamp = (stat.st_mtime_ns, stat.st_size)
    known = _PARSED.get(path)
    if known is not None and known[0] == stamp:
        return known[1]
    doc = _parse_file(path, rel, problems)
    if doc is not None:
        _PARSED[path] = (stamp, doc)
    return doc


def forget_parsed() -> None:
    _PARSED.clear()


def new_file_line(root, rel) -> int | None:
    """The line of the `invoke new` marker in the file `rel` under `root`, if it is still there."""
    return _NEW_FILES.get(os.path.join(root, rel))


def _parse_file(path: str, rel: PurePosixPath, problems: Problems) -> Document | None:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.add(
            rel,
            1,
            message("Die Datei ist kein UTF-8-Text"),
            message("speichern Sie sie mit der Kodierung UTF-8"),
        )
        return None
    marker = marker_line(text)
    if marker is None:
        _NEW_FILES.pop(path, None)
    else:
        _NEW_FILES[path] = marker
    try:
        return parse(text)
    except FrontMatterError as error:
        problems.add(rel, error.line, error.what, error.fix)
        return None


def folder_defaults(docs: dict) -> dict:
    """Folder -> default type, from the `default_type` of each folder's index.md."""
    defaults = {}
    for rel, doc in docs.items():
        name, _ = split_name(rel)
        value = doc.data.get("default_type")
        if name == "index" and isinstance(value, str) and value.strip():
            defaults[rel.parent.parts] = value.strip()
    return defaults


def type_of(rel: PurePosixPath, doc: Document, defaults: dict) -> str:
    explicit = doc.data.get("type")
    if isinstance(explicit, str) and explicit.strip():
        return explicit.strip()
    if split_name(rel)[0] == "index":
        return "page"
    folder = rel.parent.parts
    while True:
        if folder in defaults:
            return defaults[folder]
        if not folder:
            return "page"
        folder = folder[:-1]


def language_of(rel: PurePosixPath, meta: dict, problems: Problems, doc: Document) -> str:
    _, suffix = split_name(rel)
    declared = meta.get("lang")
    if suffix and declared and suffix != declared:
        problems.add(
            rel,
            doc.line_of(("lang",)),
            message(
                "Der Dateiname nennt die Sprache '{suffix}', das Feld lang aber '{declared}'",
                suffix=suffix,
                declared=declared,
            ),
            message("benennen Sie die Datei um oder schreiben Sie 'lang: {suffix}'", suffix=suffix),
        )
    return declared or suffix or "de"


def make_item(
    rel: PurePosixPath, doc: Document, type_name: str, problems: Problems, types: dict
) -> Item | None:
    schema = types.get(type_name)
    if schema is None:
        problems.add(
            rel,
            doc.line_of(("type",)),
            message("Unbekannter Typ '{name}'", name=type_name),
            did_you_mean(type_name, types, german("bekannte Typen: {names}")),
        )
        return None
    meta = doc.checked.get(type_name)
    if meta is None:
        meta = check(doc, schema, str(rel), problems)
        if meta is None:
            return None
        doc.checked[type_name] = meta
    stem, _ = split_name(rel)
    is_index = stem == "index"
    folder = rel.parent.parts
    default_name = (folder[-1] if folder else "index") if is_index else stem
    if "default_type" in meta and not is_index:
        problems.add(
            rel,
            doc.line_of(("default_type",)),
            message("Das Feld 'default_type' wirkt nur in der index.md eines Ordners"),
            message("verschieben Sie es in die index.md dieses Ordners, oder löschen Sie es"),
        )
    return Item(
        source=str(rel),
        type=type_name,
        lang=language_of(rel, meta, problems, doc),
        key=meta.get("translation_key") or slugify(default_name) or "index",
        slug=meta.get("slug") or slugify(default_name),
        folder=folder,
        is_index=is_index,
        meta=meta,
        body=doc.body,
        body_line=doc.body_line,
        lines=doc.lines,
    )


def read_items(root: Path, problems: Problems, types: dict | None = None) -> list[Item]:
    """Parse, type and validate every content file. Invalid files are left out (with problems).

    `types`: the content types of the listed plugins (default: every registered type)."""
    types = TYPES if types is None else types
    docs = {}
    for rel in content_files(root):
        doc = parse_file(root, rel, problems)
        if doc is not None:
            docs[rel] = doc
    defaults = folder_defaults(docs)
    items = []
    for rel, doc in docs.items():
        item = make_item(rel, doc, type_of(rel, doc, defaults), problems, types)
        if item is not None:
            items.append(item)
    return items


__all__ = ["LANGUAGES", "read_items"]
