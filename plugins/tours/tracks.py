"""The GPX files beside tour pages, read once per build by the site's data-file machinery.

Registered as a `DataReader` with `publish=True`: the file is also copied into the site (the
page offers it for download), and when it changes, the preview reads it again and re-renders the
pages that show its figures. Problems are reported in the GPX file itself, at its line.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from plugins.frontmatter import Problems
from plugins.site.datafiles import DataFile, DataReader
from plugins.site.generator import write_if_changed

from .gpx import Track, read_track

READER = "tours"


def read_gpx_file(file: DataFile) -> Track | None:
    """The track of one GPX file (figures as for walking; cycling tours recompute the time)."""
    found = Problems()
    track = read_track(file.path, found)
    for problem in found.items:  # reported under the path editors know, not the disk path
        file.problems.items.append(dataclasses.replace(problem, path=file.rel))
    return track


GPX_READER = DataReader(name=READER, patterns=("*.gpx",), read=read_gpx_file, publish=True)


def publish_gpx_files(index, output_path: Path) -> None:
    """Copy each tour's GPX file into the site (`site_written`). A full build's static files
    include them already; a preview re-renders the page after the file changed but copies no
    static files, and the download must match the figures the page shows."""
    content = Path(index.content_path)
    for rel in sorted(index.data_files[READER]):
        source = content / rel
        if source.is_file():
            write_if_changed(Path(output_path) / rel, source.read_bytes())
