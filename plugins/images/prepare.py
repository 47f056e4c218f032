"""Process every image of the site once, before Markdown is rendered (signal `index_ready`).

Markdown is rendered in forked workers, which cannot hand state back: so here, in the parent,
every image is found, resolved, checked and processed, every problem is reported with its
file:line, and the finished markup is kept in an `ImageRenderer` that the workers only read.
"""

from __future__ import annotations

import tempfile
from contextlib import nullcontext
from pathlib import Path

from markupsafe import Markup

from plugins.kit.i18n import message
from plugins.site.generator import cache_folder
from plugins.site.markdown import MarkdownRenderer
from plugins.site.parallel import worker_count

from .alt_text import check_alt
from .errors import ImagePathError
from .markup import picture_html
from .paths import resolve_image_path
from .pipeline import ImageRequest, ImageSettings, process_images
from .renderer import ImageRenderer, body_markup
from .scan import ImageUse, body_images, front_matter_use, gallery_uses

OUTPUT_FOLDER = "images"  # derivatives are served under /images/
HERO_SIZES = "(min-width: 60rem) 60rem, 100vw"
# Cards: one column on a phone, two from 40rem, three or four in the 72rem page.
CARD_SIZES = "(min-width: 72rem) 22rem, (min-width: 40rem) 45vw, 100vw"
GALLERY_SIZES = "(min-width: 60rem) 19rem, (min-width: 30rem) 45vw, 100vw"


def image_settings(settings: dict, cache_dir: Path) -> ImageSettings:
    """Pipeline settings from pelicanconf: IMAGE_WIDTHS, IMAGE_AVIF (both optional)."""
    return ImageSettings(
        widths=tuple(settings.get("IMAGE_WIDTHS") or ImageSettings.widths),
        avif=bool(settings.get("IMAGE_AVIF", False)),
        cache_dir=cache_dir,
    )


def prepare_images(index) -> None:
    """The `index_ready` receiver: see the module docstring."""
    uses, linked = find_uses(index)
    resolved = resolve_sources(index, uses)
    check_texts(index, uses)
    results = run_pipeline(index, uses, resolved)
    report_failures(index, uses, resolved, results)
    renderer = ImageRenderer()
    by_source = {item.source: item for item in index.items}
    for use in uses:
        processed = results.get(resolved.get(use))
        ok = processed is not None and processed.ok
        item = by_source[use.source]
        if use.hero:
            if ok:
                add_item_data(index, item, use, processed)
            continue
        if use.gallery is not None:
            if ok:
                item.data.setdefault("gallery", []).append(gallery_entry(use, processed))
            continue
        renderer.add(use.source, use.src, use.alt, body_markup(processed, use) if ok else "")
        if use.credit.strip():
            item.data.setdefault("body_image_credits", []).append(" ".join(use.credit.split()))
    renderer.originals = replaced_originals(index, results, linked)
    index.image_renderer = renderer


def find_uses(index) -> tuple[list[ImageUse], list[tuple[str, str]]]:
    """Every image use in the site, and every (page, href) of a Markdown link."""
    parser = MarkdownRenderer()
    uses, linked = [], []
    for item in index.items:
        hero = front_matter_use(item)
        if hero is not None:
            uses.append(hero)
        uses.extend(gallery_uses(item))
        images, links = body_images(item, parser)
        uses.extend(images)
        linked.extend((item.source, href) for href in links)
    return uses, linked


def resolve_sources(index, uses: list[ImageUse]) -> dict[ImageUse, Path]:
    """The file of every use; a path that cannot be resolved is a problem on its line."""
    resolved = {}
    for use in uses:
        try:
            resolved[use] = resolve_image_path(use.src, _page_file(index, use), index.content_path)
        except ImagePathError as error:
            index.problems.add(use.source, use.line, error.error.what, error.error.fix)
    return resolved


def check_texts(index, uses: list[ImageUse]) -> None:
    for use in uses:
        for problem in check_alt(use.alt, decorative=use.decorative):
            what, _, fix = problem.partition(" — ")
            index.problems.add(use.source, use.line, what, fix)
        shown_alone = use.hero or use.gallery is not None  # body images have titles instead
        if shown_alone and not use.decorative and not use.credit.strip():
            index.problems.warn(
                use.source,
                use.line,
                message("Das Bild hat keinen Bildnachweis"),
                message(
                    "ergänzen Sie `credit:` mit Fotograf oder Quelle und der Lizenz, "
                    'z. B. "Foto: Stadtverwaltung"'
                ),
            )


def run_pipeline(index, uses, resolved) -> dict:
    """Process every resolved source once (cached, in parallel) into OUTPUT_PATH/images/."""
    requests = [ImageRequest(resolved[use], want_og=use.hero) for use in uses if use in resolved]
    if not requests:
        return {}
    settings = index.settings
    site_url = settings.get("SITEURL", "").rstrip("/")
    output_dir = Path(settings["OUTPUT_PATH"]) / OUTPUT_FOLDER
    root = cache_folder(settings)
    # Without a cache folder (SITE_CACHE_DIR empty) the build still works, it only encodes all.
    holder = nullcontext(str(root)) if root else tempfile.TemporaryDirectory()
    with holder as cache_root:
        pipeline_settings = image_settings(settings, Path(cache_root) / "images")
        return process_images(
            requests,
            pipeline_settings,
            output_dir=output_dir,
            url_prefix=f"{site_url}/{OUTPUT_FOLDER}",
            workers=worker_count(settings),
        )


def report_failures(index, uses, resolved, results) -> None:
    """A file that fails (damaged, too large, unreadable) is reported on every line using it."""
    for use in uses:
        processed = results.get(resolved.get(use))
        if processed is not None and not processed.ok:
            index.problems.add(use.source, use.line, processed.error.what, processed.error.fix)


def add_item_data(index, item, use: ImageUse, processed) -> None:
    """`item.data["image"]` for templates (components/figure.html) and `og_image` for <head>."""
    fallback = processed.of_format(processed.fallback_format)[-1]
    html = picture_html(processed, use.alt, decorative=use.decorative, eager=True, sizes=HERO_SIZES)
    # On cards (lists of sights, tours, events) the title link names the subject: alt="".
    card = picture_html(
        processed, "", decorative=True, sizes=CARD_SIZES, css_class="ms-card__image"
    )
    item.data["image"] = {
        "html": Markup(html),
        "card_html": Markup(card),
        "alt": "" if use.decorative else use.alt,
        "credit": " ".join(use.credit.split()),
        "decorative": use.decorative,
        "width": processed.width,
        "height": processed.height,
        "url": fallback.url,
    }
    # The sights plugin shows `image_url` as a plain <img>: point it at a derivative, because
    # the original is no longer copied to the output.
    if "image_url" in item.data:
        item.data["image_url"] = f"/{OUTPUT_FOLDER}/{fallback.path.name}"
    if processed.og is not None:
        public = index.settings.get("SITE_PUBLIC_URL") or index.settings.get("SITEURL", "")
        item.data["og_image"] = f"{public.rstrip('/')}/{OUTPUT_FOLDER}/{processed.og.path.name}"


def gallery_entry(use: ImageUse, processed) -> dict:
    """One picture of a gallery (`images/components/gallery.html`): lazy, linked to its
    largest derivative so it can be seen in full without JavaScript."""
    largest = processed.of_format(processed.fallback_format)[-1]
    html = picture_html(processed, use.alt, sizes=GALLERY_SIZES, css_class="ms-gallery__image")
    return {
        "html": Markup(html),
        "alt": use.alt,
        "caption": " ".join(use.caption.split()),
        "credit": " ".join(use.credit.split()),
        "url": largest.url,
    }


def replaced_originals(index, results: dict, linked: list[tuple[str, str]]) -> set[Path]:
    """Raster originals that every page shows through derivatives: not worth copying.

    A file that a page also links to (e.g. "Foto in voller Größe") stays copied.
    """
    originals = {path for path, processed in results.items() if processed.ok and not processed.svg}
    for page, href in linked:
        try:
            target = resolve_image_path(href, index.content_path / page, index.content_path)
        except ImagePathError:
            continue
        originals.discard(target)
    return originals


def _page_file(index, use: ImageUse) -> Path:
    return Path(index.content_path) / use.source
