"""Attachments of a notice: the real file beside the .md, its type and size for the link text
(plugins/kit/downloads.py).

People need to know what they download before they click ("PDF, 23 KB"); the figures are read
from the file itself, so they cannot go stale. A missing file is a build error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from plugins.kit.downloads import describe, file_type, size_text
from plugins.kit.i18n import message

__all__ = ["Attachment", "describe", "file_type", "read_attachments", "size_text"]


@dataclass
class Attachment:
    title: str
    url: str  # "/rathaus/bekanntmachungen/plan.pdf": Pelican copies content files as they are
    file_type: str  # "PDF"
    size: int  # bytes


def source_path(item_source: str, file_name: str) -> PurePosixPath:
    """The attachment's path relative to content/, from the notice's own folder."""
    return PurePosixPath(item_source).parent / file_name


def read_attachments(item, content_path: Path, problems) -> list[Attachment]:
    """The notice's attachments; each missing or unsafe file is reported at its own line."""
    found = []
    for number, entry in enumerate(item.meta.get("attachments") or []):
        line = item.line("attachments", number, "file")
        relative = source_path(item.source, entry["file"])
        path = content_path / relative
        if ".." in PurePosixPath(entry["file"]).parts or entry["file"].startswith("/"):
            problems.add(
                item.source,
                line,
                message(
                    "Anlage '{file}': die Datei muss neben dieser Bekanntmachung liegen",
                    file=entry["file"],
                ),
                message(
                    "legen Sie die Datei in den Ordner dieser Bekanntmachung (oder einen "
                    "Unterordner) und nennen Sie ihren Namen"
                ),
            )
            continue
        if not path.is_file():
            problems.add(
                item.source,
                line,
                message(
                    "Anlage '{file}' fehlt (gesucht: content/{path})",
                    file=entry["file"],
                    path=relative,
                ),
                message(
                    "legen Sie die Datei '{name}' neben {page} oder berichtigen Sie den Dateinamen",
                    name=PurePosixPath(entry["file"]).name,
                    page=PurePosixPath(item.source).name,
                ),
            )
            continue
        found.append(
            Attachment(
                title=entry["title"],
                url="/" + str(relative),
                file_type=file_type(entry["file"]),
                size=path.stat().st_size,
            )
        )
    return found
