"""Preview rebuilds that re-render only what one edit affects, with the same result as a full build.

A `LiveSite` keeps the settings, the Jinja environment and the last site index in memory. After
an edit it reads the content again (unchanged files come from a cache, and so does what plugins
derive from them: dates, sort keys, validated fields), lets the plugins rebuild their data, and
then renders only the pages whose inputs changed:

- every page has a picture of what it shows: its template, title, translations and context
  (`describe`), items in it by their source; a page whose picture changed is rendered again;
- an item page also depends on its item, its translations, its breadcrumb trail, its section's
  children (for landing pages) and every item it refers to through `item.data`;
- a generated page (lists, indexes) depends on the items in its context and what they refer to;
- start pages also show `index.home` (top tasks, latest news); what every page shows
  (`index.globals`: menu, alerts, footer links) makes every page depend on it: a change there
  renders everything.

`update()` returns once the pages are written, which is when the browser reloads; the files no
page reads (search index, feeds, calendars, caches, sitemap) are written by a forked process
meanwhile (`wait()` for it). Templates, plugins, settings or non-Markdown files changing means a
full build (`full()`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import gc
import hashlib
import logging
import multiprocessing
import shutil
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from pelican import signals as pelican_signals

from plugins.frontmatter import ContentError
from plugins.kit.i18n import message

from . import signals
from .cache import BuildCache
from .generator import (
    SiteGenerator,
    call_timed,
    load_site,
    output_file,
    send_timed,
    timed,
    write_if_changed,
)
from .index import SiteIndex
from .items import Item
from .pages import HOME_TEMPLATE, OutputPage, breadcrumbs
from .parallel import running_forked
from .summary import without_pelican_summary


def item_signature(item: Item, meta_digests: dict, data: tuple = ()) -> int:
    """Everything about an item that a page showing it could print, with the digests of the
    data files beside it (`data`). Python's own hash is enough (and much faster than a digest
    of the text): signatures never leave this process."""
    translations = tuple(sorted((lang, other.url) for lang, other in item.translations.items()))
    return hash(
        (
            item.source,
            item.type,
            item.lang,
            item.key,
            item.url,
            _meta_digest(item, meta_digests),
            translations,
            str(item.html),
            data,
        )
    )


def _meta_digest(item: Item, digests: dict) -> str:
    """The digest of the item's fields and body; unchanged files keep their (read-only) meta
    dict between rebuilds, so the digest is looked up by identity (the entry holds the dict)."""
    known = digests.get(id(item.meta))
    if known is None or known[0] is not item.meta:
        text = repr((sorted(item.meta.items()), item.body))
        known = (item.meta, hashlib.sha256(text.encode()).hexdigest())
    digests[id(item.meta)] = known
    return known[1]


def describe(value, found: set[str], depth: int = 0):
    """A comparable picture of a template value: items as their source (collected in `found`,
    their own changes are tracked by signature), containers entry by entry, the rest by repr."""
    kind = type(value)
    if kind in PLAIN_TYPES:
        return value
    if kind is Item:
        found.add(value.source)
        return ("item", value.source)
    if depth > 6:
        return repr(value)
    if kind is dict:
        return tuple((k, describe(v, found, depth + 1)) for k, v in value.items())
    if kind is list or kind is tuple:
        return (kind.__name__, *[describe(v, found, depth + 1) for v in value])
    if isinstance(value, (str, int, float, dt.date)):  # Markup, enums, subclasses
        return (kind.__name__, value)
    if isinstance(value, dict):  # defaultdict, OrderedDict
        return (kind.__name__, describe(dict(value), found, depth + 1))
    if isinstance(value, (list, tuple, set, frozenset)):
        return (kind.__name__, describe(list(value), found, depth + 1))
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return (kind.__name__, describe(list(vars(value).values()), found, depth + 1))
    return repr(value)  # an object with the default repr differs every time: rendered again


PLAIN_TYPES = frozenset((str, int, float, bool, type(None), dt.date, dt.datetime))
PLAIN = (str, int, float, type(None), dt.date)  # for isinstance: bool is an int, datetime a date


def page_dependencies(index: SiteIndex, page: OutputPage, refers: dict) -> tuple[set[str], int]:
    """(sources of the items a page shows, a hash of everything else it shows).

    An item page shows its item (with what plugins derived from its fields in `item.data`), its
    translations, breadcrumbs, the items in `item.data` and, for a landing page, the section's
    children. A generated page (lists, indexes) shows the items in its context and what they
    refer to."""
    found: set[str] = set()
    translations = tuple(sorted(page.translations.items()))
    shown = (page.context, index.home if page.template == HOME_TEMPLATE else None)
    item = page.item
    if item is not None and item.source not in refers:
        # An item made from fetched data (an imported event) has no signature: what it shows
        # is part of the page's picture instead.
        shown = (*shown, item.meta, str(item.html))
    picture = (page.template, page.lang, page.title, translations, describe(shown, found))
    if item is None:
        for source in list(found):
            found |= refers.get(source, set())
    else:
        found.add(item.source)
        found |= refers.get(item.source, set())
        _items_in(list(item.translations.values()), found)
        _items_in(breadcrumbs(index, page.folder, page.lang, item), found)
        if item.is_index:
            section = index.section(item.folder)
            if section is not None:
                _items_in(section.items, found)
                _items_in([s.index for s in section.subsections], found)
    return found, hash(picture)


def _items_in(value, found: set[str], depth: int = 0) -> None:
    """Sources of the items inside a context value (items, lists, dicts; a few levels deep)."""
    stack = [(value, depth)]
    while stack:  # a loop, not recursion: this runs for every page on every rebuild
        value, depth = stack.pop()
        if isinstance(value, Item):
            found.add(value.source)
        elif depth < 3 and isinstance(value, (list, tuple, set, dict)):
            entries = value.values() if isinstance(value, dict) else value
            stack.extend((entry, depth + 1) for entry in entries if not isinstance(entry, PLAIN))


@dataclass
class Snapshot:
    signatures: dict[str, int] = field(default_factory=dict)
    dependencies: dict[str, tuple[set[str], int]] = field(default_factory=dict)  # url -> deps
    global_sources: set[str] = field(default_factory=set)
    global_digest: str = ""
    meta_digests: dict = field(default_factory=dict)


def snapshot(index: SiteIndex, before: Snapshot | None = None) -> Snapshot:
    digests = before.meta_digests if before is not None else {}
    used: dict = {}
    signatures = {}
    owned = index.data_files.owned_by()
    for item in index.items:
        signatures[item.source] = item_signature(item, digests, owned.get(item.source, ()))
        used[id(item.meta)] = digests[id(item.meta)]
    refers = {}  # source -> sources of the items in its item.data
    for item in index.items:
        refers[item.source] = found = set()
        _items_in(item.data, found)
    global_sources: set[str] = set()
    shown_everywhere = repr((index.build_date, describe(index.globals, global_sources)))
    return Snapshot(
        signatures=signatures,
        dependencies={page.url: page_dependencies(index, page, refers) for page in index.pages},
        global_sources=global_sources,
        global_digest=hashlib.sha256(shown_everywhere.encode()).hexdigest(),
        meta_digests=used,
    )


def pages_to_render(before: Snapshot, after: Snapshot, index: SiteIndex) -> list[OutputPage]:
    changed = {s for s, sig in after.signatures.items() if before.signatures.get(s) != sig}
    changed |= set(before.signatures) - set(after.signatures)
    if before.global_digest != after.global_digest:
        return list(index.pages)
    if changed & (before.global_sources | after.global_sources):
        return list(index.pages)
    return [page for page in index.pages if _affected(page.url, before, after, changed)]


def _affected(url: str, before: Snapshot, after: Snapshot, changed: set[str]) -> bool:
    old, new = before.dependencies.get(url), after.dependencies[url]
    if old is None or old[1] != new[1]:  # a new page, or one whose other values changed
        return True
    return bool(changed & (old[0] | new[0]))


log = logging.getLogger("site")
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
        self.late = None  # the process writing the previous rebuild's late files

    def full(self) -> SiteIndex:
        """A complete build (static files too), remembered for the next `update()`."""
        self.wait()
        gc.unfreeze()  # the last full build's objects may go now
        with without_pelican_summary():
            self.pelican.run()
        self.generator = _LAST["generator"]
        self.state = snapshot(self.generator.index)
        # What the full build made (templates, caches, modules) lives as long as the preview:
        # keep the garbage collector from scanning it again on every rebuild.
        gc.collect()
        gc.freeze()
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
        """Rebuild after an edit of content files; (pages rendered, seconds).

        Returns once the pages are written; the files no page reads (search index, sitemap,
        editor) are written by a forked process: `wait()` for them."""
        self.wait()
        start = time.perf_counter()
        gc.disable()  # a rebuild allocates a site's worth of objects: collect after, not during
        BuildCache.deferred = []  # caches are written with the late files
        try:
            return self._update(start)
        finally:
            BuildCache.deferred = None
            gc.enable()

    def _update(self, start: float) -> tuple[int, float]:
        old_urls = {page.url for page in self.generator.index.pages}
        index = load_site(self.settings, Path(self.generator.path))
        index.problems.raise_if_errors()
        self.generator.index = index
        with timed("compare with the last build"):
            after = snapshot(index, self.state)
            todo = pages_to_render(self.state, after, index)
        with timed(f"render and write {len(todo)} pages"):
            for page in todo:
                self.generator.write_page(page, self.output)
        self.remove_pages(old_urls - {page.url for page in index.pages}, index)
        send_timed(
            signals.site_written,
            index,
            only=lambda receiver: not signals.is_late(receiver),
            output_path=self.output,
            generator=self.generator,
        )
        self.state = after
        sys.stdout.flush()  # else the forked process prints what is buffered a second time
        sys.stderr.flush()
        fork = multiprocessing.get_context("fork")
        self.late = fork.Process(target=self._late_work, args=(index, BuildCache.deferred))
        self.late.start()
        return len(todo), time.perf_counter() - start

    def _late_work(self, index: SiteIndex, caches: list[BuildCache]) -> None:
        """In the forked process: caches, the late `site_written` receivers, post-processing."""
        BuildCache.deferred = None  # this process writes the caches it uses
        try:
            for cache in caches:
                cache.write()
            kwargs = {"output_path": self.output, "generator": self.generator}
            late = [r for r in signals.receivers(signals.site_written, index) if signals.is_late(r)]
            with running_forked([functools.partial(call_timed, r, index, **kwargs) for r in late]):
                pass  # each in a process of its own, at once
            pelican_signals.finalized.send(self.pelican)  # as after a full build
        except ContentError as error:
            print("\n".join(str(problem) for problem in error.problems), file=sys.stderr)
            sys.exit(1)

    def wait(self) -> bool:
        """Wait for the late files of the last rebuild; False if writing them failed."""
        late, self.late = self.late, None
        if late is None:
            return True
        start = time.perf_counter()
        late.join()
        waited = time.perf_counter() - start
        if waited > 0.05:  # saves come faster than the search index of the last one is written
            log.info("preview: waited %.2f s for the last rebuild's late files", waited)
        if late.exitcode != 0:
            log.warning(
                message(
                    "Vorschau: Suchindex, Sitemap oder Dateien des Browser-Editors wurden nicht "
                    "aktualisiert (siehe oben)"
                )
            )
        return late.exitcode == 0


__all__ = ["LiveSite", "pages_to_render", "snapshot", "write_if_changed"]
