"""Site paths written in a body (`[Hundesteuer](/rathaus/leistungen/hundesteuer/)`): do they lead
somewhere?

Checked while Markdown is rendered, after every plugin has added its pages (`index_ready`), so a
link to a generated page (a list, the A–Z index, `/suche/`, a year archive) passes like a link to
an item. Files the build writes only after the pages (feeds, `.ics`, JSON, the search index,
derivatives of images, the theme's and plugins' static files) cannot be looked up yet: they pass
when they sit in one of the folders the build writes them to, or have the suffix of such a file
beside an existing page. `invoke check-links` checks those on the built site.
"""

from __future__ import annotations

import difflib
import posixpath
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from plugins.kit.i18n import message

# Top-level folders that only the build fills: plugin static files, image derivatives, the
# search index, the browser editor (the theme's folder, THEME_STATIC_DIR, is added).
GENERATED_FOLDERS = ("static", "images", "search", "admin")
# Files plugins write beside a page or at the root: feeds, calendars, data, sitemaps.
GENERATED_SUFFIXES = frozenset(
    {".atom", ".rss", ".ics", ".json", ".geojson", ".xml", ".txt", ".gpx", ".webmanifest"}
)


@dataclass(frozen=True)
class SitePaths:
    """The pages of a build and where its other files come from."""

    pages: frozenset[str]  # every page URL ("/rathaus/", "/404.html")
    content_root: Path
    generated_folders: tuple[str, ...] = GENERATED_FOLDERS

    def problem(self, href: str, path: str) -> tuple[str, str] | None:
        """(what, fix) when the site path `path` (from the link `href`) leads nowhere."""
        if path in self.pages:
            return None
        if not path.endswith("/") and path + "/" in self.pages:
            return (
                message(
                    "Der Link '{href}' führt zu keiner Seite: Seitenadressen enden mit /", href=href
                ),
                message("schreiben Sie '{url}'", url=path + "/"),
            )
        relative = posixpath.normpath(path.lstrip("/")) if path.strip("/") else ""
        if relative.startswith(".."):
            return None  # the path leaves the site: not ours to judge
        if relative.split("/", 1)[0] in self.generated_folders:
            return None
        if relative and (self.content_root / relative).is_file():
            return None
        pure = PurePosixPath("/" + relative)
        folder = str(pure.parent).rstrip("/") + "/"
        if pure.suffix.lower() in GENERATED_SUFFIXES and (folder == "/" or folder in self.pages):
            return None
        return message("Der Link '{href}' führt zu keiner Seite dieser Website", href=href), (
            self._fix(path)
        )

    def _fix(self, path: str) -> str:
        close = difflib.get_close_matches(path, self.pages, n=1, cutoff=0.85)
        if close:
            return message("meinten Sie '{url}'?", url=close[0])
        return message(
            "prüfen Sie die Adresse, oder verlinken Sie die Datei der Seite, "
            "z. B. [Bürgerbüro](../aemter/buergerbuero.md): solche Links passt die Website "
            "selbst an"
        )


def site_paths(index) -> SitePaths:
    """What the body links of `index` may point to (call after `index_ready`)."""
    theme_folder = str(index.settings.get("THEME_STATIC_DIR") or "theme").strip("/")
    return SitePaths(
        pages=frozenset(page.url for page in index.pages),
        content_root=Path(index.content_path),
        generated_folders=(*GENERATED_FOLDERS, theme_folder),
    )
