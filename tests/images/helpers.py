"""Test images are generated with Pillow in tmp folders; nothing binary is checked in."""

from html.parser import HTMLParser
from pathlib import Path

from PIL import Image


def photo(path: Path, size=(2000, 1500), exif: Image.Exif | None = None, **save) -> Path:
    """A photo-like JPEG: smooth random blobs (each call differs, so content hashes do).
    Pixel-level noise would make WebP encoding, and so the tests, several times slower."""
    small = (max(1, size[0] // 16), max(1, size[1] // 16))
    noise = Image.effect_noise(small, 60).resize(size, Image.Resampling.BICUBIC).convert("RGB")
    path.parent.mkdir(parents=True, exist_ok=True)
    noise.save(path, "JPEG", quality=85, exif=exif or Image.Exif(), **save)
    return path


def gps_exif(orientation: int = 6) -> Image.Exif:
    """EXIF with an orientation, a camera model and GPS coordinates (the privacy leak)."""
    exif = Image.Exif()
    exif[0x0112] = orientation  # Orientation
    exif[0x0110] = "Musterkamera X100"  # Model
    gps = exif.get_ifd(0x8825)  # GPSInfo
    gps[1] = "N"
    gps[2] = (52.0, 31.0, 12.5)
    gps[3] = "E"
    gps[4] = (13.0, 24.0, 36.0)
    return exif


class TagCollector(HTMLParser):
    """Every start tag with its attributes, as the stdlib HTML parser reads them."""

    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def parse_tags(html: str) -> list[tuple[str, dict[str, str | None]]]:
    collector = TagCollector()
    collector.feed(html)
    collector.close()
    return collector.tags
