"""Encode one source image into its cached derivatives (runs in a worker process).

Everything here works on plain, picklable values and returns a manifest dict (or an error
dict), so the pool never has to ship exceptions or Pillow objects between processes.
"""

import json
import math
import os
import shutil
import warnings
from dataclasses import dataclass
from pathlib import Path

from PIL import ExifTags, Image, ImageOps, UnidentifiedImageError

from plugins.kit.i18n import message

from .settings import FORMAT_EXTENSIONS, ImageSettings

SWAPPING_ORIENTATIONS = {5, 6, 7, 8}  # EXIF orientations that rotate by 90°


@dataclass(frozen=True)
class EncodeJob:
    source: Path
    entry_dir: Path  # final cache folder; written as a whole via a temp folder + rename
    settings: ImageSettings
    want_og: bool
    focal: tuple[float, float] | None = None


def target_widths(intrinsic_width: int, widths: tuple[int, ...]) -> list[int]:
    """Widths to produce: never wider than the source; the source's own width closes the set
    when it is smaller than the largest wanted width (a 300 px image gives just 300)."""
    smaller = sorted({w for w in widths if w < intrinsic_width})
    if intrinsic_width <= max(widths):
        smaller.append(intrinsic_width)
    return smaller


def og_crop_box(
    size: tuple[int, int], target: tuple[int, int], focal: tuple[float, float] | None = None
) -> tuple[int, int, int, int]:
    """The largest box with the target's aspect ratio, centred on `focal` (fractions 0–1 of
    width and height; default the centre) and shifted to stay inside the image."""
    width, height = size
    ratio = target[0] / target[1]
    if width / height > ratio:
        crop_w, crop_h = round(height * ratio), height
    else:
        crop_w, crop_h = width, round(width / ratio)
    fx, fy = focal or (0.5, 0.5)
    left = min(max(fx * width - crop_w / 2, 0), width - crop_w)
    top = min(max(fy * height - crop_h / 2, 0), height - crop_h)
    return round(left), round(top), round(left) + crop_w, round(top) + crop_h


@dataclass
class Decoded:
    """A source decoded upright, in RGB(A), without metadata."""

    pixels: Image.Image
    width: int  # intrinsic size, upright
    height: int
    widths: list[int]
    fallback: str
    icc_profile: bytes | None


def encode(job: EncodeJob) -> dict:
    """Return the manifest of the cache entry, or {"error": {"what": ..., "fix": ...}}."""
    decoded = _decode_guarded(job)
    if isinstance(decoded, dict):
        return decoded
    temp_dir = job.entry_dir.with_name(f"{job.entry_dir.name}.tmp-{os.getpid()}")
    shutil.rmtree(temp_dir, ignore_errors=True)
    try:
        temp_dir.mkdir(parents=True)
        manifest = _write_entry(decoded, job, temp_dir)
        _publish(temp_dir, job.entry_dir)
    finally:
        # After a failed write nothing half-written stays behind.
        shutil.rmtree(temp_dir, ignore_errors=True)
    return manifest


def _decode_guarded(job: EncodeJob) -> Decoded | dict:
    previous_limit = Image.MAX_IMAGE_PIXELS
    # Pillow warns above the limit and refuses above twice it; we refuse above the limit.
    Image.MAX_IMAGE_PIXELS = job.settings.max_pixels
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            with Image.open(job.source) as image:
                return _decode(image, job)
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        return _error(
            message(
                "Das Bild '{name}' hat zu viele Bildpunkte (über {most}); es könnte eine "
                "Dekompressionsbombe sein",
                name=job.source.name,
                most=f"{job.settings.max_pixels:,}",
            ),
            message("verkleinern Sie es auf höchstens 6000 px an der langen Seite"),
        )
    except UnidentifiedImageError:
        return _error(
            message("'{name}' ist kein lesbares Bild", name=job.source.name),
            message(
                "speichern Sie es als JPEG, PNG oder WebP (HEIC vom Telefon: als JPEG exportieren)"
            ),
        )
    except (OSError, SyntaxError, ValueError, EOFError) as exc:
        return _error(
            message(
                "Das Bild '{name}' ist beschädigt oder unvollständig ({error})",
                name=job.source.name,
                error=exc,
            ),
            message("exportieren oder laden Sie das Bild noch einmal herunter"),
        )
    finally:
        Image.MAX_IMAGE_PIXELS = previous_limit


def _decode(image: Image.Image, job: EncodeJob) -> Decoded:
    settings = job.settings
    orientation = image.getexif().get(ExifTags.Base.Orientation, 1)
    stored_w, stored_h = image.size
    swapped = orientation in SWAPPING_ORIENTATIONS
    width, height = (stored_h, stored_w) if swapped else (stored_w, stored_h)
    widths = target_widths(width, settings.widths)
    og_size = settings.og_size if job.want_og and settings.og else None
    if image.format == "JPEG":
        scale = _needed_scale((width, height), widths, og_size, job.focal)
        # Decode the JPEG at 1/2, 1/4 or 1/8 size when that still covers every output.
        image.draft(image.mode, (math.ceil(stored_w * scale), math.ceil(stored_h * scale)))
    fallback = _fallback_format(image)
    icc_profile = image.info.get("icc_profile") if image.mode != "CMYK" else None
    upright = ImageOps.exif_transpose(image)  # loads the pixels: truncation shows here
    pixels = _to_output_mode(upright)
    return Decoded(pixels, width, height, widths, fallback, icc_profile)


def _write_entry(decoded: Decoded, job: EncodeJob, folder: Path) -> dict:
    settings = job.settings
    pixels = decoded.pixels
    variants = []
    for w in decoded.widths:
        h = max(1, round(w * decoded.height / decoded.width))
        frame = pixels if (w, h) == pixels.size else _resize(pixels, (w, h))
        for fmt in (*settings.modern_formats(), decoded.fallback):
            variants.append(_save(frame, fmt, f"{w}", folder, settings, decoded.icc_profile))
    want_og = job.want_og and settings.og
    manifest = {
        "width": decoded.width,
        "height": decoded.height,
        "fallback": decoded.fallback,
        "variants": variants,
        "og": _save_og(pixels, job, folder, decoded.icc_profile) if want_og else None,
    }
    (folder / "manifest.json").write_text(json.dumps(manifest, indent=1, sort_keys=True))
    return manifest


def _needed_scale(size, widths, og_size, focal) -> float:
    # The smallest scale of the upright image at which every output is still a downscale.
    scale = max(widths) / size[0]
    if og_size:
        left, _, right, _ = og_crop_box(size, og_size, focal)
        scale = max(scale, min(og_size[0], right - left) / (right - left))
    return min(scale, 1.0)


def _fallback_format(image: Image.Image) -> str:
    # Transparent images and graphics (PNG/GIF sources) stay PNG; photos become JPEG.
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    return "png" if has_alpha or image.format in ("PNG", "GIF") else "jpeg"


def _to_output_mode(image: Image.Image) -> Image.Image:
    has_alpha = image.mode in ("RGBA", "LA", "PA") or "transparency" in image.info
    converted = image.convert("RGBA" if has_alpha else "RGB")
    # convert() may return the same object or keep `info`; outputs must carry no EXIF/XMP.
    converted = converted.copy() if converted is image else converted
    converted.info = {}
    return converted


def _resize(image: Image.Image, size: tuple[int, int], box=None) -> Image.Image:
    resized = image.resize(size, Image.Resampling.LANCZOS, box=box, reducing_gap=3.0)
    resized.info = {}
    return resized


def _save(frame, fmt, name, folder: Path, settings: ImageSettings, icc_profile) -> dict:
    path = folder / f"{name}.{FORMAT_EXTENSIONS[fmt]}"
    options = {
        "jpeg": {"quality": settings.jpeg_quality, "optimize": True, "progressive": True},
        "webp": {"quality": settings.webp_quality, "method": 4},
        "avif": {"quality": settings.avif_quality},
        "png": {"optimize": True},
    }[fmt]
    if icc_profile:
        # The colour profile is colour data, not personal metadata: keep it so colours stay true.
        options["icc_profile"] = icc_profile
    frame.save(path, format=fmt.upper(), **options)
    return {
        "format": fmt,
        "width": frame.width,
        "height": frame.height,
        "file": path.name,
        "bytes": path.stat().st_size,
    }


def _save_og(pixels: Image.Image, job: EncodeJob, folder: Path, icc_profile) -> dict:
    target = job.settings.og_size
    box = og_crop_box(pixels.size, target, job.focal)
    crop_w = box[2] - box[0]
    # Never upscale: a small source gives a smaller crop of the same aspect ratio.
    size = target if crop_w >= target[0] else (crop_w, round(crop_w * target[1] / target[0]))
    cropped = _resize(pixels, size, box=box)
    if cropped.mode == "RGBA":
        # Social networks want an opaque JPEG: flatten transparency onto white.
        flat = Image.new("RGB", cropped.size, "white")
        flat.paste(cropped, mask=cropped.getchannel("A"))
        cropped = flat
    return _save(cropped, "jpeg", "og", folder, job.settings, icc_profile)


def _publish(temp_dir: Path, entry_dir: Path) -> None:
    # Renaming the folder makes the whole entry appear at once; if another build got there
    # first, its entry is identical, so ours is dropped.
    try:
        temp_dir.rename(entry_dir)
    except OSError:
        if not (entry_dir / "manifest.json").is_file():
            raise
        shutil.rmtree(temp_dir, ignore_errors=True)


def _error(what: str, fix: str) -> dict:
    return {"error": {"what": what, "fix": fix}}
