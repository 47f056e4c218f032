"""The Pelican generator that reads the content tree and writes every page of the site.

Flow: read + validate every file -> site index (URLs, sections, translations) -> capability
plugins (signal `index_ready`) -> Markdown bodies -> stop with every problem if there is one ->
render the templates -> `site_written` for feeds, calendars and indexes.
"""

from __future__ import annotations

import functools
import logging
import os
import sys
import time
from contextlib import contextmanager
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, PrefixLoader, StrictUndefined, pass_context
from markupsafe import Markup
from pelican.generators import Generator

from plugins.frontmatter import Problems
from plugins.kit.dates import build_date
from plugins.kit.i18n import message, set_editor_language
from plugins.kit.urls import absolute, public_url

from . import registry, signals
from .cache import MarkdownCache, body_key, cache_folder
from .datafiles import read_data_files
from .duplicates import report_duplicates
from .index import SiteIndex, build_index
from .markdown import LinkContext, MarkdownRenderer
from .pages import (
    HOME_TEMPLATE,
    OutputPage,
    breadcrumbs,
    home_url,
    item_page,
    language_links,
    main_navigation,
)
from .parallel import run_in_chunks, running_forked, worker_count
from .placeholders import report_placeholders
from .reading import read_items
from .schema_org import breadcrumb_list, image_urls, with_image
from .site_paths import site_paths
from .templating import make_globals
from .theme_globals import add_not_found_page, add_theme_globals

log = logging.getLogger("site")


def load_site(settings: dict, content_path: Path) -> SiteIndex:
    """Read, validate and index the content, and let the capabilities add to it."""
    set_editor_language(settings.get("EDITOR_LANGUAGE"))
    problems = Problems()
    today = build_date(settings)
    with timed("read and validate content files"):
        items = read_items(content_path, problems, registry.active_types(settings))
        index = build_index(items, problems, settings, today)
    index.build_date = today
    index.content_path = content_path
    with timed("look for example values and duplicate titles"):
        report_placeholders(index)
        report_duplicates(index)
    index.pages = [item_page(item) for item in index.items]
    with timed("read data files"):
        index.data_files = read_data_files(index, settings)
    index.globals = {}  # what every page shows (header, footer, menus)
    index.home = {}  # what only the start pages show (top tasks, blocks of the latest news…)
    index.image_renderer = None
    index.languages = tuple(lang for lang in ("de", "en") if home_url(lang) in index.by_url)
    add_theme_globals(index)
    add_not_found_page(index)
    send_timed(signals.index_ready, index)
    with timed("render Markdown"):
        render_bodies(index)
    return index


@contextmanager
def timed(what: str):
    """Log how long a phase took: the first place to look when a build gets slow."""
    start = time.perf_counter()
    yield
    log.info("site: %s: %.2f s", what, time.perf_counter() - start)


def send_timed(signal, sender, only=None, **kwargs) -> None:
    """Send a signal receiver by receiver (those `only` accepts), timing each plugin."""
    for receiver in signals.receivers(signal, sender):
        if only is None or only(receiver):
            call_timed(receiver, sender, **kwargs)


def call_timed(receiver, sender, **kwargs) -> None:
    with timed(f"{receiver.__module__}.{receiver.__name__}"):
        receiver(sender, **kwargs)


def render_bodies(index: SiteIndex) -> None:
    """Markdown of every item, from the cache where the text is unchanged and each of its links
    still resolves to the URL it had."""
    site_url = index.settings.get("SITEURL", "")
    by_source = {item.source: item for item in index.items}
    paths = site_paths(index)  # after index_ready: generated pages are known too
    links = LinkContext(
        by_source,
        index.content_path,
        site_url,
        index.problems,
        image_renderer=index.image_renderer,
        site_paths=paths,
    )
    check = LinkContext(by_source, index.content_path, site_url, Problems(), site_paths=paths)
    cache = MarkdownCache(cache_folder(index.settings))
    keys = [body_key(item, site_url) for item in index.items]
    todo, entries = [], {}
    for item, key in zip(index.items, keys, strict=True):
        cached = cache.get(key)
        if cached is None or not links_unchanged(check, item, cached[1]):
            todo.append(item)
        else:
            item.html = Markup(cached[0])
            entries[item.source] = cached
    chunks = run_in_chunks(_render_chunk, (todo, links), len(todo), worker_count(index.settings))
    rendered = [entry for entries_, _ in chunks for entry in entries_]
    for item, entry in zip(todo, rendered, strict=True):
        item.html = Markup(entry[0])  # checked by the renderer
        entries[item.source] = entry
    problems = [problem for _, found in chunks for problem in found]
    index.problems.items.extend(problems)
    if not problems:
        for item, key in zip(index.items, keys, strict=True):
            cache.put(key, entries[item.source])
        cache.save()


def links_unchanged(check: LinkContext, item, resolved: tuple) -> bool:
    """True when every link a cached body resolved still resolves to the same URL."""
    before = len(check.problems.items)
    same = all(check.resolve(item, href, line) == url for href, line, url in resolved)
    return same and len(check.problems.items) == before


def _render_chunk(state, start: int, stop: int):
    """Render items[start:stop] (in a worker process, or in this one for small sites):
    [(html, links it resolved)], problems."""
    items, links = state
    links.problems = Problems()
    renderer = MarkdownRenderer()
    entries = []
    for item in items[start:stop]:
        links.recorded = []
        html = renderer.render(item, links)
        entries.append((html, tuple(links.recorded)))
    links.recorded = None
    return entries, links.problems.items


def _breadcrumb_data(public: str, crumbs: list, page: OutputPage, home_name: str) -> dict:
    """The BreadcrumbList of the trail components/breadcrumbs.html shows, page included."""
    trail = [(home_name if c.url == home_url(page.lang) else c.title, c.url) for c in crumbs]
    trail.append((page.title, page.url))
    return breadcrumb_list([(name, absolute(public, url)) for name, url in trail])


class SiteGenerator(Generator):
    """Reads `content/` through the front-matter plugin and writes one page per item."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        registry.check_requirements(self.settings)
        # A plugin's templates are "<its folder name>/<file>": none can shadow another's.
        namespaced = {
            folder.parent.name: FileSystemLoader(str(folder))
            for folder in registry.folders(self.settings, "templates")
        }
        self.env.loader = ChoiceLoader([self.env.loader, PrefixLoader(namespaced)])
        self.env.autoescape = True  # titles and fields come from editors: escape them
        # Every build makes a new environment; checking each template file for changes on every
        # include costs a stat() per include and page (22,000 at 2,000 pages).
        self.env.auto_reload = False
        if self.settings.get("SITE_STRICT_TEMPLATES", True):
            self.env.undefined = StrictUndefined
        self.catalogues = registry.catalogues(self.settings)
        site_url = self.settings.get("SITEURL", "")
        self.env.globals.update(make_globals(self.catalogues, site_url))
        public = public_url(self.settings)
        self.env.globals["asset"] = make_asset_url(site_url)
        self.env.globals["plugin_asset"] = lambda name, path: f"{site_url}/static/{name}/{path}"
        self.env.globals["absolute_url"] = lambda path: absolute(
            public, path if isinstance(path, str) else path.url
        )
        self.env.globals["breadcrumb_data"] = functools.partial(_breadcrumb_data, public)
        self.env.globals["with_image"] = lambda data, item: with_image(
            data, image_urls(item, public)
        )
        self.index: SiteIndex | None = None
        self.copied_static = 0  # files of plugins' static/ folders (for the build's summary)

    def generate_context(self):
        self.index = load_site(self.settings, Path(self.path))
        self.context["site_index"] = self.index
        self.index.problems.raise_if_errors()
        for problem in sorted(self.index.problems.warnings):  # lints: shown, not fatal
            print(message("Warnung: {problem}", problem=problem), file=sys.stderr)

    def page_context(self, page: OutputPage) -> dict:
        index = self.index
        return {
            **index.globals,
            "page": page,
            "item": page.item,
            "lang": page.lang,
            "html_lang": "de" if page.lang == "ls" else page.lang,
            "index": index,
            "today": index.build_date,
            "navigation": main_navigation(index, "de" if page.lang == "ls" else page.lang),
            "breadcrumbs": breadcrumbs(index, page.folder, page.lang, page.item),
            "language_links": language_links(page, self.index.languages),
            "home_url": home_url(page.lang),
            **(index.home if page.template == HOME_TEMPLATE else {}),
            **page.context,
        }

    def write_page(self, page: OutputPage, output: Path) -> None:
        template = self.get_template(page.template.removesuffix(".html"))
        html = template.render(self.page_context(page))
        write_if_changed(output_file(output, page.url), html.encode("utf-8"))

    def generate_output(self, writer):
        output = Path(self.output_path)
        pages = self.index.pages
        workers = worker_count(self.settings)
        with timed(f"render and write {len(pages)} pages"):
            written = sum(run_in_chunks(_write_chunk, (self, pages, output), len(pages), workers))
        self.copied_static = copy_plugin_static(output, registry.folders(self.settings, "static"))
        log.info("site: wrote %d pages", written)
        self.write_extra_files(output)

    def write_extra_files(self, output: Path) -> None:
        """`site_written`: the receivers marked late (search index, feeds, calendars: files no
        page reads) run in forked processes, at once with each other and with the rest here."""
        index = self.index
        kwargs = {"output_path": output, "generator": self}
        late = [r for r in signals.receivers(signals.site_written, index) if signals.is_late(r)]
        if worker_count(self.settings) <= 1:
            late = []
        calls = [functools.partial(call_timed, receiver, index, **kwargs) for receiver in late]
        with running_forked(calls):
            send_timed(signals.site_written, index, only=lambda r: r not in late, **kwargs)


def make_asset_url(site_url: str):
    """`asset("css/site.css")`: the theme file, under its fingerprinted name when the publishing
    plugin put a manifest into the globals (production builds)."""

    @pass_context
    def asset(context, path: str) -> str:
        return f"{site_url}/theme/{context.get('asset_manifest', {}).get(path, path)}"

    return asset


def output_file(output: Path, url: str) -> Path:
    if url.endswith(".html"):
        return output / url.lstrip("/")
    return output / url.lstrip("/") / "index.html"


def _write_chunk(state, start: int, stop: int) -> int:
    """Render and write pages[start:stop] (in a worker process, or in this one)."""
    generator, pages, output = state
    for page in pages[start:stop]:
        generator.write_page(page, output)
    return stop - start


def copy_plugin_static(output: Path, folders: list[Path]) -> int:
    """`plugins/<name>/static/…` is served as `/static/<name>/…` (see `plugin_asset()`);
    returns how many files there are."""
    count = 0
    for folder in sorted(folders):
        for source in sorted(folder.rglob("*")):
            if source.is_file():
                target = output / "static" / folder.parent.name / source.relative_to(folder)
                write_if_changed(target, source.read_bytes())
                count += 1
    return count


def write_if_changed(target: Path, data: bytes) -> None:
    """Write atomically and only when the bytes differ, so unchanged files keep their mtime."""
    try:
        if target.read_bytes() == data:
            return
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    temp.write_bytes(data)
    temp.replace(target)
