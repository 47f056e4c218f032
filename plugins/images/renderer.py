"""The Markdown image renderer: looks up markup made before rendering (see prepare.py).

It runs in forked workers, so it only reads. An image it does not know (which the scan should
have found) falls back to the core's plain renderer, which still checks path and alt text.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from plugins.site.markdown import plain_image

from .markup import picture_html

# Images in the text column are at most as wide as the column.
BODY_SIZES = "(min-width: 45rem) 45rem, 100vw"


def body_markup(processed, use) -> str:
    """`<picture>` for a Markdown image; its title (`![…](x.jpg "Foto: …")`) is the credit,
    shown right under it (`<small>`, because markdown-it puts images inside a paragraph).
    A decorative image (`![](x.jpg "dekorativ")`) gets alt="" and nothing under it."""
    html = picture_html(
        processed, use.alt, sizes=BODY_SIZES, css_class="ms-image", decorative=use.decorative
    )
    credit = " ".join(use.credit.split())
    if credit and not use.decorative:
        html += f'<small class="ms-image__credit">{escape(credit)}</small>'
    return html


class ImageRenderer:
    """`index.image_renderer`: called as `renderer(item, context, src, alt, line, title=…)`."""

    def __init__(self):
        self.markup: dict[tuple[str, str, str], str] = {}
        self.originals: set[Path] = set()  # raster originals not to copy (see static_files.py)

    def add(self, page: str, src: str, alt: str, markup: str) -> None:
        self.markup[(page, src, alt)] = markup

    def __call__(self, item, context, src: str, alt: str, line: int, title: str = "") -> str:
        markup = self.markup.get((item.source, src, alt))
        if markup is None:
            return plain_image(item, context, src, alt, line, title=title)
        return markup  # "" for a failed image: its problem is reported and the build stops
