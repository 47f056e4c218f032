"""Attachments of a notice: the real file beside the .md, its type and size for the link text
(plugins/kit/downloads.py).

People need to know what they download before they click ("PDF, 23 KB"); the figures are read
from the file itself, so they cannot go stale. A missing file is a build error.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from plugins.kit.downloads import describe, file_type, size_text

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
                f"attachment '{entry['file']}': the file must lie beside this notice",
                "put the file in this notice's folder (or a subfolder) and give its name",
            )
            continue
        if not path.is_file():
            problems.add(
                item.source,
                line,
                f"attachment '{entry['file']}' not found (looked for content/{relative})",
                f"put the file '{PurePosixPath(entry['file']).name}' beside "
                f"{PurePosixPath(item.source).name} or correct the file name",
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
