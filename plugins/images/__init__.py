"""Images: responsive derivatives, alt-text checks, credits and Open Graph crops.

What this plugin adds to the build (`register()`):
- at `index_ready` (`prepare.prepare_images`): every image of the site (front-matter `image`
  and Markdown `![alt](src)`) is found, resolved, its alt text checked, and processed once,
  cached under `<SITE_CACHE_DIR>/images/` and encoded in parallel, into `OUTPUT_PATH/images/`.
  Problems are reported as `file:line: what — fix`. Then:
  - `index.image_renderer` (`renderer.ImageRenderer`) gives Markdown images `<picture>` markup
    (a Markdown title `![…](x.jpg "Foto: …")` is the credit, shown under the image);
  - `item.data["image"]` (html, alt, credit, decorative, width, height, url) for the hero
    image, shown by `components/figure.html`; `item.data["og_image"]`, an absolute URL of the
    1200×630 Open Graph crop; the sights plugin's `item.data["image_url"]` points to a
    derivative;
  - the generated "Bildnachweis" pages `/bildnachweis/` and `/en/image-credits/`
    (`credits_page.py`, template `image_credits.html`); `index.globals["image_credits_url"]`.
- at Pelican's `static_generator_finalized` (`static_files.py`): raster originals that are only
  shown through derivatives are not copied to the output.
Settings (optional): IMAGE_WIDTHS (default 480, 960, 1600), IMAGE_AVIF (default False).

The pieces, usable alone:
- `pipeline.process_images()` turns every raster image used in content into resized WebP
  (optionally AVIF) variants plus a JPEG/PNG fallback, EXIF orientation applied and all
  metadata dropped, cached by content hash and settings, encoded in parallel. SVGs are
  copied untouched.
- `markup.picture_html()` writes `<picture>`/`srcset`/`sizes` with width/height, lazy loading
  and async decoding.
- `paths.resolve_image_path()` understands the paths editors write (relative, `/root`,
  `{static}`, `{attach}`).
- `alt_text.check_alt()` and `credits.collect_credits()` are pure helpers for the checks and
  the "Bildnachweis" page.

Bad input never raises out of the pipeline: each image gets an `ImageError` (what — fix)
that the build turns into `file:line: what — fix`.
"""

from pelican import signals as pelican_signals

from plugins.site import signals

from .credits_page import add_credits_pages
from .prepare import prepare_images
from .static_files import drop_processed_originals


def prepare_and_list_credits(index) -> None:
    prepare_images(index)
    add_credits_pages(index)


def register():
    """Images run after the capabilities (their receivers are connected earlier), so the
    sights plugin's `image_url` exists when it is replaced."""
    signals.index_ready.connect(prepare_and_list_credits)
    pelican_signals.static_generator_finalized.connect(drop_processed_originals)
