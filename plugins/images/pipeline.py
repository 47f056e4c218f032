"""Turn the images used in content into cached, responsive derivatives in the output folder.

    results = process_images(
        [ImageRequest(Path("content/bilder/rathaus.jpg"), want_og=True)],
        ImageSettings(cache_dir=Path(".cache/images")),
        output_dir=Path("output/images"),
        url_prefix="/images",
    )
    html = picture_html(results[path], "Rathaus am Marktplatz", eager=True)

Errors (missing, damaged, too large, unreadable) come back as `ProcessedImage.error`;
nothing here raises for bad input.
"""

import json
import logging
import os
import re
import shutil
import sys
import unicodedata
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import NamedTuple

from plugins.kit.i18n import german, message

from . import cache
from .encode import EncodeJob, encode
from .errors import ImageError
from .markup import picture_html
from .settings import FORMAT_EXTENSIONS, MIME_TYPES, ImageSettings
from .svg import svg_size

__all__ = [
    "ImageError",
    "ImageRequest",
    "ImageSettings",
    "ProcessedImage",
    "Variant",
    "picture_html",
    "process_images",
]

log = logging.getLogger("plugins.images")

RASTER_SUFFIXES = {".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".tif", ".tiff", ".bmp"}
Progress = Callable[[int, int], None]


class Target(NamedTuple):
    """Where derivatives go and the URL that folder is served under."""

    folder: Path
    url_prefix: str

    def url(self, name: str) -> str:
        return f"{self.url_prefix.rstrip('/')}/{name}"


class ImageRequest(NamedTuple):
    """One image used in content. `focal` = (x, y) fractions 0–1 for the Open Graph crop."""

    source: Path
    want_og: bool = False
    focal: tuple[float, float] | None = None


@dataclass(frozen=True)
class Variant:
    format: str  # "avif", "webp", "jpeg", "png" or "svg"
    width: int | None
    height: int | None
    url: str
    path: Path
    bytes: int

    @property
    def mime_type(self) -> str:
        return MIME_TYPES[self.format]


@dataclass(frozen=True)
class ProcessedImage:
    """The result for one source: variants (modern formats first, then the fallback, each
    by ascending width), the upright intrinsic size, the Open Graph crop, or an error."""

    source: Path
    width: int | None = None
    height: int | None = None
    variants: tuple[Variant, ...] = ()
    fallback_format: str | None = None
    og: Variant | None = None
    svg: bool = False
    from_cache: bool = False
    error: ImageError | None = None

    @property
    def ok(self) -> bool:
        return self.error is None

    def of_format(self, fmt: str) -> list[Variant]:
        return sorted((v for v in self.variants if v.format == fmt), key=lambda v: v.width or 0)

    @property
    def formats(self) -> list[str]:
        return list(dict.fromkeys(v.format for v in self.variants))


def process_images(
    requests: list[ImageRequest],
    settings: ImageSettings,
    output_dir: Path,
    url_prefix: str,
    workers: int | None = None,
    progress: Progress | bool | None = None,
) -> dict[Path, ProcessedImage]:
    """Produce the derivatives of every requested source, keyed by Path(requested source).

    Cache hits are copied from `settings.cache_dir`; misses are encoded on `workers`
    processes (default: all cores; 1 runs in this process). `progress`: a callback
    (done, total), True/False, or None for a counter on stderr when it is a terminal
    and `CI` is not set.
    """
    merged = _merge(requests)
    target = Target(output_dir, url_prefix)
    report = _progress_reporter(progress, len(merged))
    hashes = cache.SourceHashes(settings.cache_dir / "source-hashes.json")
    results: dict[Path, ProcessedImage] = {}
    jobs: dict[Path, tuple[EncodeJob, str]] = {}
    for source, request in merged.items():
        early = _check_source(source)
        if early is None and source.suffix.lower() == ".svg":
            early = _copy_svg(source, hashes, target)
        if early is not None:
            results[source] = early
            report()
            continue
        try:
            content_hash = hashes.digest(source)
        except OSError as exc:
            what = message("'{path}' lässt sich nicht lesen ({error})", path=source, error=exc)
            results[source] = _failed(source, what)
            report()
            continue
        key = cache.cache_key(content_hash, settings, request.want_og, request.focal)
        entry = cache.entry_dir(settings.cache_dir, key)
        manifest = _cached_manifest(entry)
        if manifest is None:
            jobs[source] = (EncodeJob(source, entry, settings, request.want_og, request.focal), key)
            continue
        results[source] = _publish_safely(source, manifest, entry, key, target, from_cache=True)
        report()
    hashes.save()
    for source, manifest in _run(jobs, workers, report):
        job, key = jobs[source]
        if "error" in manifest:
            results[source] = _failed(source, **manifest["error"])
            continue
        results[source] = _publish_safely(source, manifest, job.entry_dir, key, target)
    report(final=True)
    return {Path(request.source): results[Path(request.source)] for request in requests}


def _merge(requests: list[ImageRequest]) -> dict[Path, ImageRequest]:
    # One source used on several pages is processed once; any page wanting the OG crop
    # gets it, and the first focal point given wins.
    merged: dict[Path, ImageRequest] = {}
    for request in requests:
        source = Path(request.source)
        known = merged.get(source)
        if known is None:
            merged[source] = ImageRequest(source, request.want_og, request.focal)
        else:
            merged[source] = ImageRequest(
                source, known.want_og or request.want_og, known.focal or request.focal
            )
    return merged


def _check_source(source: Path) -> ProcessedImage | None:
    if not source.is_file():
        return _failed(
            source,
            message("Das Bild '{path}' fehlt", path=source),
            message("prüfen Sie den Pfad, oder legen Sie die Datei neben die Seite"),
        )
    suffix = source.suffix.lower()
    if suffix != ".svg" and suffix not in RASTER_SUFFIXES:
        return _failed(
            source,
            message(
                "'{name}' ist keine unterstützte Bildart ({suffix})",
                name=source.name,
                suffix=suffix or message("ohne Endung"),
            ),
            message(
                "nehmen Sie JPEG, PNG, WebP oder SVG; andere Dateien verlinken Sie als Download"
            ),
        )
    return None


def _run(jobs: dict, workers: int | None, report) -> list[tuple[Path, dict]]:
    if not jobs:
        return []
    workers = min(workers or os.cpu_count() or 1, len(jobs))
    if workers == 1:
        done = []
        for source, (job, _) in jobs.items():
            done.append((source, _encode_safely(job)))
            report()
        return done
    done = []
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = {pool.submit(_encode_safely, job): source for source, (job, _) in jobs.items()}
        for future in as_completed(futures):
            try:
                manifest = future.result()
            except BrokenProcessPool as exc:
                # A worker died (e.g. killed for memory): report it on its image, keep going.
                crashed = message("Die Bildverarbeitung ist abgestürzt ({error})", error=exc)
                manifest = {"error": {"what": crashed, "fix": message(_RETRY)}}
            done.append((futures[future], manifest))
            report()
    return done


_RETRY = german(
    "bauen Sie noch einmal; passiert es wieder, verkleinern Sie das Bild, bevor Sie es einfügen"
)


def _encode_safely(job: EncodeJob) -> dict:
    # Bad images are handled in encode(); this catches what is left (disk full, permissions)
    # so one failure becomes an error on its image instead of a traceback.
    try:
        return encode(job)
    except Exception as exc:
        what = f"processing '{job.source.name}' failed ({exc!r})"
        return {"error": {"what": what, "fix": _RETRY}}


def _cached_manifest(entry: Path) -> dict | None:
    """The manifest of a complete cache entry, or None to encode. A damaged entry (e.g. a
    partly restored CI cache) is removed so the encoder can write it again."""
    try:
        manifest = json.loads((entry / "manifest.json").read_text(encoding="utf-8"))
        files = [item["file"] for item in manifest["variants"]]
        files += [manifest["og"]["file"]] if manifest.get("og") else []
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        files = None
    if files and all((entry / name).is_file() for name in files):
        return manifest
    shutil.rmtree(entry, ignore_errors=True)
    return None


def _publish_safely(source, manifest, entry, key, target, from_cache=False) -> ProcessedImage:
    try:
        return _publish(source, manifest, entry, key, target, from_cache)
    except OSError as exc:
        what = message(
            "'{name}' lässt sich nicht in den Ausgabeordner schreiben ({error})",
            name=source.name,
            error=exc,
        )
        return _failed(source, what)


def _publish(source, manifest, entry, key, target: Target, from_cache) -> ProcessedImage:
    """Copy one cache entry's files into the output folder and describe them."""
    stem = f"{slugify(source.stem)}-{key[:10]}"

    def variant(item: dict) -> Variant:
        suffix = "og" if item["file"].startswith("og.") else f"{item['width']}"
        name = f"{stem}-{suffix}.{FORMAT_EXTENSIONS[item['format']]}"
        cache.copy_atomically(entry / item["file"], target.folder / name)
        return Variant(
            item["format"], item["width"], item["height"], target.url(name),
            target.folder / name, item["bytes"],
        )  # fmt: skip

    return ProcessedImage(
        source=source,
        width=manifest["width"],
        height=manifest["height"],
        variants=tuple(variant(item) for item in manifest["variants"]),
        fallback_format=manifest["fallback"],
        og=variant(manifest["og"]) if manifest.get("og") else None,
        from_cache=from_cache,
    )


def _copy_svg(source, hashes, target: Target) -> ProcessedImage:
    size = svg_size(source)
    if isinstance(size, ImageError):
        return ProcessedImage(source, svg=True, error=size)
    name = f"{slugify(source.stem)}-{hashes.digest(source)[:10]}.svg"
    cache.copy_atomically(source, target.folder / name)
    width, height = size
    variant = Variant(
        "svg", width, height, target.url(name), target.folder / name, source.stat().st_size
    )
    return ProcessedImage(source, width, height, (variant,), "svg", svg=True)


def _failed(source: Path, what: str, fix: str = "") -> ProcessedImage:
    return ProcessedImage(source, error=ImageError(source, what, fix or message(_RETRY)))


def slugify(text: str) -> str:
    """File-name-safe ASCII: "Rathaus Größe" → "rathaus-groesse"."""
    text = text.lower().translate(str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}))
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-") or "image"


def _progress_reporter(progress: Progress | bool | None, total: int):
    if callable(progress):
        done = 0

        def call(final: bool = False):
            nonlocal done
            if not final:
                done += 1
                progress(done, total)

        return call
    show = progress if progress is not None else sys.stderr.isatty() and not os.environ.get("CI")
    done = 0

    def count(final: bool = False):
        nonlocal done
        if not show or total == 0:
            return
        if final:
            sys.stderr.write("\n")
        else:
            done += 1
            sys.stderr.write(f"\rimages: {done}/{total}")
        sys.stderr.flush()

    return count
