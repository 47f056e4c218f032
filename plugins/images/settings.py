"""Settings of the image pipeline, and the part of them that decides the encoded bytes."""

from dataclasses import dataclass, field
from pathlib import Path

import PIL
from PIL import features

# Bump when the encoding code changes in a way that changes output bytes: old cache entries
# then stop matching instead of being served stale.
PIPELINE_VERSION = 1

FORMAT_EXTENSIONS = {"avif": "avif", "webp": "webp", "jpeg": "jpg", "png": "png", "svg": "svg"}
MIME_TYPES = {
    "avif": "image/avif",
    "webp": "image/webp",
    "jpeg": "image/jpeg",
    "png": "image/png",
    "svg": "image/svg+xml",
}


@dataclass(frozen=True)
class ImageSettings:
    """What to produce. A JPEG fallback (PNG for transparent or PNG/GIF sources) is always added.

    `avif` is off by default: it roughly doubles the encode time (see notes/images.md).
    `max_pixels` guards against decompression bombs (a 50-megapixel camera is fine).
    """

    widths: tuple[int, ...] = (480, 960, 1600)
    formats: tuple[str, ...] = ("webp",)
    avif: bool = False
    jpeg_quality: int = 82
    webp_quality: int = 80
    avif_quality: int = 60
    cache_dir: Path = field(default=Path(".cache/images"))
    max_pixels: int = 60_000_000
    og: bool = True
    og_size: tuple[int, int] = (1200, 630)

    def __post_init__(self):
        unknown = [f for f in self.formats if f not in ("webp", "avif")]
        if unknown:
            raise ValueError(f"image formats: expected 'webp' or 'avif', got {unknown}")
        if not self.widths or min(self.widths) <= 0:
            raise ValueError(f"image widths: expected positive pixel widths, got {self.widths}")

    def modern_formats(self) -> tuple[str, ...]:
        """Modern formats in the order browsers should try them (AVIF first, it is smallest)."""
        wanted = set(self.formats) | ({"avif"} if self.avif else set())
        if not features.check("avif"):
            wanted.discard("avif")
        return tuple(f for f in ("avif", "webp") if f in wanted)

    def fingerprint(self) -> dict:
        """Everything that changes the encoded bytes; part of every cache key."""
        return {
            "version": PIPELINE_VERSION,
            "pillow": PIL.__version__,
            "widths": sorted(set(self.widths)),
            "formats": list(self.modern_formats()),
            "jpeg_quality": self.jpeg_quality,
            "webp_quality": self.webp_quality,
            "avif_quality": self.avif_quality,
            "og_size": list(self.og_size) if self.og else None,
        }
