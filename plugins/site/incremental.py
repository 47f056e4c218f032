"""Preview rebuilds that re-render only what one edit affects, with the same result as a full build.

A `LiveSite` keeps the settings, the Jinja environment and the last site index in memory. After
an edit it reads the content again (unchanged files come from a cache), lets the plugins rebuild
their data, and then renders only the pages whose inputs changed:

- an item page depends on its item, its translations, its breadcrumb trail, its section's
  children (for landing pages) and every item it refers to through `item.data`;
- a generated page (lists, indexes) depends on the items in its context — generated pages are
  few, so they are always rendered again;
- what every page shows (menu, alerts, footer links, start-page blocks) makes every page depend on
  it: a change there renders everything.

Templates, plugins, settings or non-Markdown files changing means a full build.
"""

from __future__ import annotations

import hashlib
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from pelican import signals as pelican_signals

from . import signals
from .generator import SiteGenerator, load_site, output_file, send_timed, write_if_changed
from .index import SiteIndex
from .items import Item
from .pages import OutputPage, breadcrumbs


def item_signature(item: Item) -> str:
    """Everything about an item that a page showing it could print."""
    translations = sorted((lang, other.url) for lang, other in item.translations.items())
    text = repr(
        (
            item.source,
            item.type,
            item.lang,
            item.key,
            item.url,
            sorted(item.meta.items()),
            item.body,
            translations,
            str(item.html),
        )
    )
    return hashlib.sha256(text.encode()).hexdigest()


def _items_in(value, found: set[str], depth: int = 0) -> None:
    """Sources of the items inside a context value (items, lists, dicts; a few levels deep)."""
    if isinstance(value, Item):
        found.add(value.source)
    elif depth < 3 and isinstance(value, (list, tuple, set)):
        for entry in value:
            _items_in(entry, found, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for entry in value.values():
            _items_in(entry, found, depth + 1)


def page_dependencies(index: SiteIndex, page: OutputPage) -> set[str] | None:
    """Sources a page shows; None means "render it every time" (generated pages)."""
    item = page.item
    if item is None:
        return None
    found = {item.source}
    _items_in(list(item.translations.values()), found)
    _items_in(breadcrumbs(index, page.folder, page.lang, item), found)
    _items_in(item.data, found)
    _items_in(page.context, found)
    if item.is_index:
        section = index.section(item.folder)
        if section is not None:
            _items_in(section.items, found)
            _items_in([s.index for s in section.subsections], found)
    return found


def global_dependencies(index: SiteIndex) -> set[str]:
    found: set[str] = set()
    _items_in(index.globals, found)
    return found


@dataclass
class Snapshot:
    signatures: dict[str, str] = field(default_factory=dict)
    dependencies: dict[str, set[str] | None] = field(default_factory=dict)  # url -> sources
    global_sources: set[str] = field(default_factory=set)


def snapshot(index: SiteIndex) -> Snapshot:
    return Snapshot(
        signatures={item.source: item_signature(item) for item in index.items},
        dependencies={page.url: page_dependencies(index, page) for page in index.pages},
        global_sources=global_dependencies(index),
    )


def pages_to_render(before: Snapshot, after: Snapshot, index: SiteIndex) -> list[OutputPage]:
    changed = {s for s, sig in after.signatures.items() if before.signatures.get(s) != sig}
    changed |= set(before.signatures) - set(after.signatures)
    if changed & (before.global_sources | after.global_sources):
        return list(index.pages)
    return [page for page in index.pages if _affected(page.url, before, after, changed)]


def _affected(url: str, before: Snapshot, after: Snapshot, changed: set[str]) -> bool:
    old, new = before.dependencies.get(url), after.dependencies[url]
    if old is None or new is None:  # a new page, or one that is always rendered
        return True
    return bool(changed & (old | new))


_LAST: dict = {}


def _owned_folder(output: Path, url: str, remaining: set[str]) -> Path | None:
    """The folder of a removed page, if no remaining page lives in it (files of plugins too)."""
    if url.endswith(".html") or any(other.startswith(url) for other in remaining):
        return None
    return output / url.lstrip("/")


def remember_generator(index, output_path=None, generator=None) -> None:
    _LAST["generator"] = generator


class LiveSite:
    """One preview process: a full build first, then rebuilds of what changed."""

    def __init__(self, settings: dict):
        from pelican import Pelican

        self.settings = settings
        self.pelican = Pelican(settings)
        self.output = Path(settings["OUTPUT_PATH"])
        signals.site_written.connect(remember_generator)
        self.generator: SiteGenerator | None = None
        self.state: Snapshot | None = None

    def full(self) -> SiteIndex:
        """A complete build (static files too), remembered for the next `update()`."""
        self.pelican.run()
        self.generator = _LAST["generator"]
        self.state = snapshot(self.generator.index)
        return self.generator.index

    def remove_pages(self, urls: set[str], index: SiteIndex) -> None:
        remaining = {page.url for page in index.pages}
        for url in urls:
            folder = _owned_folder(self.output, url, remaining)
            if folder is not None and folder.is_dir():
                shutil.rmtree(folder)
            else:
                output_file(self.output, url).unlink(missing_ok=True)

    def update(self) -> tuple[int, float]:
        """Rebuild after an edit of content files; (pages rendered, seconds)."""
        start = time.perf_counter()
        old_urls = {page.url for page in self.generator.index.pages}
        index = load_site(self.settings, Path(self.generator.path))
        index.problems.raise_if_errors()
        self.generator.index = index
        after = snapshot(index)
        todo = pages_to_render(self.state, after, index)
        for page in todo:
            self.generator.write_page(page, self.output)
        self.remove_pages(old_urls - {page.url for page in index.pages}, index)
        send_timed(signals.site_written, index, output_path=self.output, generator=self.generator)
        pelican_signals.finalized.send(self.pelican)  # post-processing, as after a full build
        self.state = after
        return len(todo), time.perf_counter() - start


__all__ = ["LiveSite", "pages_to_render", "snapshot", "write_if_changed"]
