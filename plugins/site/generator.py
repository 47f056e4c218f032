"""The Pelican generator that reads the content tree and writes every page of the site.

Flow: read + validate every file -> site index (URLs, sections, translations) -> capability
plugins (signal `index_ready`) -> Markdown bodies -> stop with every problem if there is one ->
render the templates -> `site_written` for feeds, calendars and indexes.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
from pathlib import Path

from jinja2 import ChoiceLoader, FileSystemLoader, StrictUndefined
from markupsafe import Markup
from pelican.generators import Generator

from plugins.frontmatter import Problems

from . import signals
from .index import SiteIndex, build_index
from .markdown import LinkContext, MarkdownRenderer
from .pages import OutputPage, breadcrumbs, home_url, item_page, language_links, main_navigation
from .reading import read_items
from .templating import load_catalogues, make_globals
from .theme_globals import add_not_found_page, add_theme_globals

log = logging.getLogger("site")
PLUGINS_DIR = Path(__file__).resolve().parent.parent


def build_date(settings: dict) -> dt.date:
    """The day the site is built for: SITE_BUILD_DATE (env or setting), else today."""
    value = os.environ.get("SITE_BUILD_DATE") or settings.get("SITE_BUILD_DATE")
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value) if value else dt.date.today()


def load_site(settings: dict, content_path: Path) -> SiteIndex:
    """Read, validate and index the content, and let the capabilities add to it."""
    problems = Problems()
    items = read_items(content_path, problems)
    index = build_index(items, problems, settings)
    index.build_date = build_date(settings)
    index.content_path = content_path
    index.pages = [item_page(item) for item in index.items]
    index.globals = {}
    index.image_renderer = None
    add_theme_globals(index)
    add_not_found_page(index)
    signals.index_ready.send(index)
    render_bodies(index)
    return index


def render_bodies(index: SiteIndex) -> None:
    site_url = index.settings.get("SITEURL", "")
    by_source = {item.source: item for item in index.items}
    links = LinkContext(
        by_source, index.content_path, site_url, index.problems, image_renderer=index.image_renderer
    )
    renderer = MarkdownRenderer()
    for item in index.items:
        item.html = Markup(renderer.render(item, links))  # checked by the renderer


class SiteGenerator(Generator):
    """Reads `content/` through the front-matter plugin and writes one page per item."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        template_dirs = sorted(str(p) for p in PLUGINS_DIR.glob("*/templates") if p.is_dir())
        self.env.loader = ChoiceLoader([self.env.loader, FileSystemLoader(template_dirs)])
        self.env.autoescape = True  # titles and fields come from editors: escape them
        if self.settings.get("SITE_STRICT_TEMPLATES", True):
            self.env.undefined = StrictUndefined
        folders = [Path(self.theme), *sorted(p.parent for p in PLUGINS_DIR.glob("*/translations"))]
        self.catalogues = load_catalogues(folders)
        site_url = self.settings.get("SITEURL", "")
        self.env.globals.update(make_globals(self.catalogues, site_url))
        public_url = self.settings.get("SITE_PUBLIC_URL") or site_url
        self.env.globals["asset"] = lambda path: f"{site_url}/theme/{path}"
        self.env.globals["plugin_asset"] = lambda name, path: f"{site_url}/static/{name}/{path}"
        self.env.globals["absolute_url"] = lambda path: (
            public_url.rstrip("/") + (path if isinstance(path, str) else path.url)
        )
        self.index: SiteIndex | None = None

    def generate_context(self):
        self.index = load_site(self.settings, Path(self.path))
        self.context["site_index"] = self.index
        self.index.problems.raise_if_errors()

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
            "language_links": language_links(page),
            "home_url": home_url(page.lang),
            **page.context,
        }

    def generate_output(self, writer):
        output = Path(self.output_path)
        written = 0
        for page in self.index.pages:
            template = self.get_template(page.template.removesuffix(".html"))
            html = template.render(self.page_context(page))
            target = output / page.url.lstrip("/") / "index.html"
            if page.url.endswith(".html"):
                target = output / page.url.lstrip("/")
            write_if_changed(target, html.encode("utf-8"))
            written += 1
        copy_plugin_static(output)
        log.info("site: wrote %d pages", written)
        signals.site_written.send(self.index, output_path=output, generator=self)


def copy_plugin_static(output: Path) -> None:
    """`plugins/<name>/static/…` is served as `/static/<name>/…` (see `plugin_asset()`)."""
    for folder in sorted(PLUGINS_DIR.glob("*/static")):
        for source in sorted(folder.rglob("*")):
            if source.is_file():
                target = output / "static" / folder.parent.name / source.relative_to(folder)
                write_if_changed(target, source.read_bytes())


def write_if_changed(target: Path, data: bytes) -> None:
    """Write atomically and only when the bytes differ, so unchanged files keep their mtime."""
    try:
        if target.read_bytes() == data:
            return
    except FileNotFoundError:
        target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.tmp")
    temp.write_bytes(data)
    temp.replace(target)
