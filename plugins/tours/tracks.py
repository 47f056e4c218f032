"""The GPX files beside tour pages, read once per build by the site's data-file machinery.

Registered as a `DataReader` with `publish=True`: the file is also copied into the site (the
page offers it for download), and when it changes, the preview reads it again and re-renders the
pages that show its figures. Problems are reported in the GPX file itself, at its line.
"""

from __future__ import annotations

import dataclasses

from plugins.frontmatter import Problems
from plugins.site.datafiles import DataFile, DataReader

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
