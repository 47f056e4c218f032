"""Publishing: what a production build adds after every page is written, and safe releases.

After the whole output exists (Pelican's `finalized`, which comes after the theme's and the
content's static files are copied; the site's own `site_written` comes before that), in order:

1. internal link check (`links.py`): every href/src/srcset to the site resolves to a file, anchors
   to an id; broken links fail the build with the content file that contains them;
2. `sitemap.xml` with hreflang alternates, `robots.txt`, `/.well-known/security.txt` (`sitemap.py`);
3. copies of the theme's CSS/JS under content-hashed names (`fingerprint.py`; `asset()` points to
   them when PUBLISH_FINGERPRINT is on);
4. minified HTML/CSS/JS (PUBLISH_MINIFY) and precompressed `.gz`/`.br` (PUBLISH_PRECOMPRESS),
   both in `compress.py`.

`release.py` builds into a fresh release folder, runs the checks and switches the live `current`
symlink atomically (`invoke publish`, `invoke rollback`). Keep this plugin last in PLUGINS.
"""

from __future__ import annotations

import logging
from pathlib import Path

from pelican import signals as pelican_signals

from plugins.frontmatter import ContentError
from plugins.site import signals

from . import compress, fingerprint, links, sitemap

log = logging.getLogger("publishing")

# site_written hands over the index; the output is complete only at Pelican's `finalized`.
_pending: dict[Path, object] = {}


def remember_index(index, output_path: Path, **_):
    _pending[Path(output_path).resolve()] = index


def add_asset_manifest(index) -> None:
    """Point `asset()` at the fingerprinted copies (rendering happens after this signal)."""
    if not index.settings.get("PUBLISH_FINGERPRINT"):
        return
    theme_static = Path(index.settings["THEME"]) / "static"
    manifest = fingerprint.manifest(theme_static)
    index.globals["asset_manifest"] = manifest  # read by the core's asset()


def finish_output(pelican) -> None:
    output = Path(pelican.output_path).resolve()
    index = _pending.pop(output, None)
    if index is None:  # a check-only run or another generator's build
        return
    settings = index.settings
    if settings.get("PUBLISH_FINGERPRINT"):
        fingerprint.write_copies(Path(settings["THEME"]) / "static", output / "theme")
    if settings.get("PUBLISH_LINK_CHECK"):
        problems = links.check_site(output, index)
        if problems:
            raise ContentError(problems)
    sitemap.write_all(output, index)
    if settings.get("PUBLISH_MINIFY"):
        count = compress.minify_tree(output)
        log.info("publishing: minified %d files", count)
    if settings.get("PUBLISH_PRECOMPRESS"):
        count = compress.precompress_tree(output)
        log.info("publishing: precompressed %d files", count)


def register():
    signals.index_ready.connect(add_asset_manifest)
    signals.site_written.connect(remember_index)
    pelican_signals.finalized.connect(finish_output)
