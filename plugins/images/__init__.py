"""Images: responsive derivatives, alt-text checks, credits and Open Graph crops.

What this plugin adds:
- `pipeline.process_images()` turns every raster image used in content into resized WebP
  (optionally AVIF) variants plus a JPEG/PNG fallback, EXIF orientation applied and all
  metadata dropped, cached under `.cache/images/` by content hash and settings, encoded in
  parallel. SVGs are copied untouched.
- `markup.picture_html()` writes `<picture>`/`srcset`/`sizes` with width/height, lazy loading
  and async decoding.
- `paths.resolve_image_path()` understands the paths editors write (relative, `/root`,
  `{static}`, `{attach}`).
- `alt_text.check_alt()` and `credits.collect_credits()` are pure helpers for the checks and
  the "Bildnachweis" page.

Bad input never raises out of the pipeline: each image gets an `ImageError` (what — fix)
that the build turns into `file:line: what — fix`.
"""


def register():
    """Connect nothing yet: the lead wires the pipeline into the build (plugin order: images
    run after the capabilities and i18n, before the search index and checks)."""
