"""Keep raster originals out of the output when every page shows them through derivatives.

Pelican's StaticGenerator copies every non-Markdown file under content/ (STATIC_PATHS = [""]).
Its STATIC_EXCLUDES only drops whole folders, so the processed originals are taken out of its
list instead, at `static_generator_finalized` (it runs after the site generator has read and
processed everything, and before anything is copied).
"""

from __future__ import annotations

import os

from .renderer import ImageRenderer


def drop_processed_originals(generator) -> None:
    index = generator.context.get("site_index")
    renderer = getattr(index, "image_renderer", None)
    if not isinstance(renderer, ImageRenderer) or not renderer.originals:
        return
    originals = {os.path.realpath(path) for path in renderer.originals}
    kept = [
        static
        for static in generator.staticfiles
        if os.path.realpath(static.source_path) not in originals
    ]
    # In place: the generator copies what `context["staticfiles"]`, the same list, holds.
    generator.staticfiles[:] = kept
