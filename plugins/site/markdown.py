"""Markdown bodies to HTML (markdown-it-py), with links between content files resolved.

Links to other content files (`[Bürgerbüro](../aemter/buergerbuero.md)`, `{filename}/…`,
Pelican-style) become the target page's URL in the reader's language; a link to a file that
does not exist is a problem with the line it is on. Raw HTML is allowed only in a safe subset.
Images are handed to a pluggable renderer (the images plugin replaces the plain default).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from markdown_it import MarkdownIt
from mdit_py_plugins.anchors import anchors_plugin

from plugins.kit.i18n import german, message

from .items import Item, slugify
from .site_paths import SitePaths

_UNSAFE_HTML = [
    (
        re.compile(r"<\s*(script|iframe|object|embed|style|form|base|meta|link)\b", re.I),
        german("Eingebettete Inhalte und Skripte sind im Text nicht erlaubt"),
        german(
            "für eine Karte oder ein Video fragen Sie das Web-Team nach dem Baustein zum Nachladen"
        ),
    ),
    (
        re.compile(r"\son[a-z]+\s*=", re.I),
        german("Ereignis-Attribute (on…=) sind im Text nicht erlaubt"),
        german("löschen Sie das Attribut"),
    ),
    (
        re.compile(r"javascript\s*:", re.I),
        german("Adressen mit 'javascript:' sind nicht erlaubt"),
        german("verlinken Sie statt dessen eine Seite oder eine Webadresse"),
    ),
]
_UNSAFE_URL = re.compile(r"^\s*(javascript|vbscript|data)\s*:", re.I)
_PREFIXES = ("{filename}", "{static}", "{attach}")


class MarkdownRenderer:
    """One configured parser; `render(item, ...)` is called per page."""

    def __init__(self):
        self.md = MarkdownIt("commonmark", {"html": True, "typographer": False})
        self.md.enable(["table", "strikethrough"])
        anchors_plugin(self.md, min_level=2, max_level=4, slug_func=slugify, permalink=False)
        self.md.add_render_rule("link_open", _render_link_open)
        self.md.add_render_rule("image", _render_image)
        self.md.add_render_rule("html_block", _render_html)
        self.md.add_render_rule("html_inline", _render_html)

    def parse(self, text: str):
        return self.md.parse(text)

    def render(self, item: Item, context: LinkContext) -> str:
        _check_script_links(item, context.problems)
        tokens = self.md.parse(item.body)
        _number_lines(tokens, item.body_line)
        return self.md.renderer.render(tokens, self.md.options, {"item": item, "links": context})


_SCRIPT_LINK = re.compile(r"\]\(\s*<?\s*(javascript|vbscript|data)\s*:", re.I)


def _check_script_links(item: Item, problems) -> None:
    """markdown-it drops such links silently; the editor should learn why the link is gone."""
    for number, line in enumerate(item.body.splitlines(), start=item.body_line):
        if _SCRIPT_LINK.search(line):
            problems.add(
                item.source,
                number,
                message("Links auf 'javascript:' oder 'data:' sind nicht erlaubt"),
                message("verlinken Sie eine Seite oder eine https://-Adresse"),
            )


def _number_lines(tokens, first_line: int) -> None:
    """Give every token (inline children too) the file line it comes from."""
    line = first_line
    for token in tokens:
        if token.map:
            line = first_line + token.map[0]
        token.meta["line"] = line
        for child in token.children or []:
            child.meta["line"] = line
            if child.type == "softbreak" or child.type == "hardbreak":
                line += 1


class LinkContext:
    """What link resolution needs: items by source file, the site's URL prefix, the problems."""

    def __init__(
        self,
        items_by_source: dict,
        content_root: Path,
        site_url: str,
        problems,
        image_renderer: Callable | None = None,
        site_paths: SitePaths | None = None,
    ):
        self.items_by_source = items_by_source
        self.content_root = content_root
        self.site_url = site_url.rstrip("/")
        self.problems = problems
        self.image_renderer = image_renderer or plain_image
        self.site_paths = site_paths  # pages and files a site path may name (None: unchecked)
        self.recorded: list | None = None  # (href, line, URL) of each link resolved, if a list

    def resolve(self, item: Item, href: str, line: int) -> str:
        """The URL a link in `item`'s body points to; a problem if its target does not exist."""
        url = self._resolve(item, href, line)
        if self.recorded is not None:
            self.recorded.append((href, line, url))
        return url

    def target_path(self, item: Item, href: str) -> PurePosixPath | None:
        """The content-relative path a local link points to, or None for web addresses."""
        href = unquote(href)
        for prefix in _PREFIXES:
            if href.startswith(prefix):
                href = href[len(prefix) :]
        parts = urlsplit(href)
        if parts.scheme or parts.netloc or not parts.path:
            return None
        if parts.path.startswith("/"):
            joined = PurePosixPath(parts.path.lstrip("/"))
        else:
            joined = PurePosixPath(item.source).parent / parts.path
        normal = []
        for part in joined.parts:
            if part == "..":
                if not normal:
                    return PurePosixPath("..")  # escapes the content folder
                normal.pop()
            elif part != ".":
                normal.append(part)
        return PurePosixPath(*normal)

    def _resolve(self, item: Item, href: str, line: int) -> str:
        parts = urlsplit(href)
        if parts.scheme or parts.netloc:  # a web address (or mailto:, tel:): leave it alone
            return href
        href = unquote(href)
        parts = urlsplit(href)
        is_file_link = any(href.startswith(p) for p in _PREFIXES) or parts.path.endswith(".md")
        if not is_file_link and (parts.path.startswith("/") or not parts.path):
            if not parts.path:
                return href
            self._check_site_path(item, href, parts.path, line)
            return self.site_url + href
        target = self.target_path(item, href)
        if target is None:
            return href
        fragment = f"#{parts.fragment}" if parts.fragment else ""
        if str(target) == ".." or target.parts[:1] == ("..",):
            self.problems.add(
                item.source,
                line,
                message("Der Link '{href}' führt aus dem Ordner content/ hinaus", href=href),
                message("verlinken Sie eine Datei in content/"),
            )
            return href
        if target.suffix == ".md":
            linked = self.items_by_source.get(str(target))
            if linked is None:
                self.problems.add(
                    item.source,
                    line,
                    message("Der Link '{href}' führt zu einer Seite, die es nicht gibt", href=href),
                    message("prüfen Sie den Dateinamen; Links gehen von dieser Datei aus"),
                )
                return href
            linked = _in_language(linked, item.lang)
            return self.site_url + linked.url + fragment
        if not (self.content_root / target).is_file():
            self.problems.add(
                item.source,
                line,
                message("Der Link '{href}' führt zu einer Datei, die es nicht gibt", href=href),
                message("prüfen Sie den Dateinamen; Links gehen von dieser Datei aus"),
            )
            return href
        return f"{self.site_url}/{target}{fragment}"

    def _check_site_path(self, item: Item, href: str, path: str, line: int) -> None:
        """A site path (`/rathaus/leistungen/hundesteuer/`) must lead to a page or file."""
        if self.site_paths is None:
            return
        found = self.site_paths.problem(href, path)
        if found is not None:
            self.problems.add(item.source, line, *found)


def _in_language(linked: Item, lang: str) -> Item:
    return linked if linked.lang == lang else linked.translations.get(lang, linked)


# An image's title `![](bild.jpg "dekorativ")` marks it as decorative: it shows nothing the
# text needs (alt="" and no credit under it). What follows the word is its credit, kept for the
# credits page: `"dekorativ; Foto: Stadtverwaltung"`.
_DECORATIVE = re.compile(r"^\s*(?:dekorativ|decorative)\b[\s;,:–-]*", re.I)


def decorative_title(title: str) -> tuple[bool, str]:
    """(whether an image's Markdown title marks it decorative, the credit in the title)."""
    marked = _DECORATIVE.match(title or "")
    if marked is None:
        return False, title or ""
    return True, title[marked.end() :].strip()


def plain_image(
    item: Item, context: LinkContext, src: str, alt: str, line: int, title: str = ""
) -> str:
    """Default image markup: resolve the path and require alt text (unless decorative)."""
    decorative, _ = decorative_title(title)
    target = context.target_path(item, src)
    url = src
    if target is not None:
        if not (context.content_root / target).is_file():
            context.problems.add(
                item.source,
                line,
                message("Das Bild '{src}' gibt es nicht", src=src),
                message("prüfen Sie den Dateinamen; Pfade gehen von dieser Datei aus"),
            )
        url = f"{context.site_url}/{target}"
    if not alt.strip() and not decorative:
        context.problems.add(
            item.source,
            line,
            message("Das Bild '{src}' hat keinen Alternativtext", src=src),
            message(
                "beschreiben Sie, was es zeigt: ![Das Rathaus am Markt](bild.jpg) — oder markieren "
                'Sie es als dekorativ: ![](bild.jpg "dekorativ")'
            ),
        )
    alt = "" if decorative else alt
    return f'<img src="{html.escape(url)}" alt="{html.escape(alt)}" loading="lazy">'


def _render_link_open(self, tokens, idx, options, env):
    token = tokens[idx]
    href = token.attrGet("href") or ""
    line = token.meta.get("line", 1)
    if _UNSAFE_URL.match(href):
        env["links"].problems.add(
            env["item"].source,
            line,
            message("Der Link '{href}' ist nicht erlaubt", href=href),
            message("verlinken Sie eine Seite oder eine https://-Adresse"),
        )
        href = "#"
    token.attrSet("href", env["links"].resolve(env["item"], href, line))
    return self.renderToken(tokens, idx, options, env)


def _render_image(self, tokens, idx, options, env):
    token = tokens[idx]
    alt = self.renderInlineAsText(token.children or [], options, env)
    src = token.attrGet("src") or ""
    title = token.attrGet("title") or ""
    context = env["links"]
    line = token.meta.get("line", 1)
    return context.image_renderer(env["item"], context, src, alt, line, title=title)


def _render_html(self, tokens, idx, options, env):
    token = tokens[idx]
    for pattern, what, fix in _UNSAFE_HTML:
        if pattern.search(token.content):
            line = token.meta.get("line", 1)
            env["links"].problems.add(env["item"].source, line, message(what), message(fix))
            return ""
    return token.content
