"""Find every image a page uses: the front-matter `image` and each Markdown `![alt](src)`.

Markdown is parsed with the site's own parser (`MarkdownRenderer.parse`), so the `src` and `alt`
found here are exactly what the renderer later hands to `index.image_renderer`.
"""

from __future__ import annotations

from dataclasses import dataclass

from plugins.site.markdown import MarkdownRenderer, decorative_title


@dataclass(frozen=True)
class ImageUse:
    """One image on one page. `hero` = the front-matter image (shown first, loaded eagerly)."""

    source: str  # the page's file, relative to content/
    line: int
    src: str
    alt: str
    decorative: bool = False
    credit: str = ""
    hero: bool = False
    gallery: int | None = None  # position in the front-matter `gallery` list
    caption: str = ""


def front_matter_use(item) -> ImageUse | None:
    image = item.meta.get("image")
    if not image or not image.get("src"):
        return None
    return ImageUse(
        source=item.source,
        line=item.line("image", "src"),
        src=image["src"],
        alt=image.get("alt") or "",
        decorative=bool(image.get("decorative")),
        credit=image.get("credit") or "",
        hero=True,
    )


def gallery_uses(item) -> list[ImageUse]:
    """The pictures of a front-matter `gallery` (a list of {src, alt, caption, credit})."""
    uses = []
    for position, entry in enumerate(item.meta.get("gallery") or ()):
        if not entry.get("src"):
            continue
        uses.append(
            ImageUse(
                source=item.source,
                line=item.line("gallery", position, "src"),
                src=entry["src"],
                alt=entry.get("alt") or "",
                credit=entry.get("credit") or "",
                gallery=position,
                caption=entry.get("caption") or "",
            )
        )
    return uses


# (source, body line, body) -> what body_images found: a preview does not parse unchanged bodies
_FOUND: dict = {}


def body_images(item, parser: MarkdownRenderer) -> tuple[list[ImageUse], list[str]]:
    """Markdown images in the body (with their file lines) and the hrefs of links."""
    key = (item.source, item.body_line, item.body)
    if key not in _FOUND:
        if "![" not in item.body and "](" not in item.body and "]:" not in item.body:
            return [], []
        if len(_FOUND) > 50_000:  # old versions of edited bodies
            _FOUND.clear()
        _FOUND[key] = _scan_body(item, parser)
    images, links = _FOUND[key]
    return list(images), list(links)


def _scan_body(item, parser: MarkdownRenderer) -> tuple[list[ImageUse], list[str]]:
    md = parser.md
    images, links = [], []
    for block in parser.parse(item.body):
        if not block.children:
            continue
        line = item.body_line + (block.map[0] if block.map else 0)
        for token in block.children:
            if token.type in ("softbreak", "hardbreak"):
                line += 1
            elif token.type == "image":
                alt = md.renderer.renderInlineAsText(token.children or [], md.options, {})
                src = token.attrGet("src") or ""
                decorative, credit = decorative_title(token.attrGet("title") or "")
                images.append(
                    ImageUse(item.source, line, src, alt, decorative=decorative, credit=credit)
                )
            elif token.type == "link_open":
                links.append(token.attrGet("href") or "")
    return images, links
