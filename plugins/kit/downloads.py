"""Downloads beside a page: the real file's type and size for the link text ("PDF, 23 KB").

People need to know what they download before they click; the figures are read from the file
itself, so they cannot go stale. Shared by notices (attachments) and jobs (documents).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from babel.numbers import format_decimal

from plugins.kit.i18n import message
from plugins.kit.urls import LOCALES

FILE_TYPES = {
    ".pdf": "PDF",
    ".doc": "Word",
    ".docx": "Word",
    ".odt": "ODT",
    ".xls": "Excel",
    ".xlsx": "Excel",
    ".ods": "ODS",
    ".csv": "CSV",
    ".zip": "ZIP",
    ".jpg": "JPEG",
    ".jpeg": "JPEG",
    ".png": "PNG",
    ".gpx": "GPX",
}
KB = 1024
MB = 1024 * 1024


@dataclass
class Download:
    title: str
    url: str  # "/rathaus/stellenangebote/ausschreibung.pdf": Pelican copies content files as is
    file_type: str  # "PDF"
    size: int  # bytes


def file_type(name: str) -> str:
    suffix = PurePosixPath(name).suffix.lower()
    return FILE_TYPES.get(suffix, suffix.lstrip(".").upper() or "Datei")


def size_text(size: int, lang: str = "de") -> str:
    """'23 KB', '1,2 MB' (German decimal comma; en: '1.2 MB'); never '0 KB'."""
    locale = LOCALES.get(lang, "de_DE")
    if size < MB:
        return f"{max(1, round(size / KB))} KB"
    return f"{format_decimal(round(size / MB, 1), format='#,##0.#', locale=locale)} MB"


def describe(download: Download, lang: str = "de") -> str:
    """The text after the link: 'PDF, 23 KB'."""
    return f"{download.file_type}, {size_text(download.size, lang)}"


def read_downloads(
    item, field: str, content_path: Path, problems, suffixes: tuple = ()
) -> list[Download]:
    """The files that `item`'s list field `field` names ([{title, file}]), each beside the item.

    A missing file, a path out of the item's folder or (with `suffixes`, e.g. (".pdf",)) another
    type is reported at the entry's own line and left out."""
    found = []
    for number, entry in enumerate(item.meta.get(field) or []):
        name = entry["file"]
        line = item.line(field, number, "file")
        relative = PurePosixPath(item.source).parent / name
        if ".." in PurePosixPath(name).parts or name.startswith("/"):
            problems.add(
                item.source,
                line,
                message(
                    "Feld '{field}': die Datei '{name}' muss neben dieser Seite liegen",
                    field=field,
                    name=name,
                ),
                message(
                    "legen Sie die Datei in den Ordner dieser Seite und nennen Sie ihren Namen"
                ),
            )
            continue
        if suffixes and PurePosixPath(name).suffix.lower() not in suffixes:
            problems.add(
                item.source,
                line,
                message(
                    "Feld '{field}': '{name}' ist keine {kinds}-Datei",
                    field=field,
                    name=name,
                    kinds="/".join(file_type("x" + s) for s in suffixes),
                ),
                message(
                    "veröffentlichen Sie das Dokument als {kinds}",
                    kinds="/".join(file_type("x" + s) for s in suffixes),
                ),
            )
            continue
        if not (content_path / relative).is_file():
            problems.add(
                item.source,
                line,
                message(
                    "Feld '{field}': die Datei '{name}' fehlt (gesucht: content/{path})",
                    field=field,
                    name=name,
                    path=str(relative),
                ),
                message(
                    "legen Sie '{file}' neben {page} oder berichtigen Sie den Dateinamen",
                    file=PurePosixPath(name).name,
                    page=PurePosixPath(item.source).name,
                ),
            )
            continue
        found.append(
            Download(
                title=entry["title"],
                url="/" + str(relative),
                file_type=file_type(name),
                size=(content_path / relative).stat().st_size,
            )
        )
    return found
