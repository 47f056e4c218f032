"""Alt-text checks as pure functions: they return messages, the build decides how to report."""

import re

EXAMPLE = 'e.g. "Rathaus am Marktplatz mit Brunnen im Vordergrund"'
FIX = f"describe what the image shows, {EXAMPLE}"

# Words that say "this is an image" but nothing about what it shows (German and English).
GENERIC_WORDS = frozenset(
    {
        "bild",
        "foto",
        "photo",
        "image",
        "grafik",
        "graphic",
        "picture",
        "img",
        "abbildung",
        "symbolbild",
        "titelbild",
        "platzhalter",
        "placeholder",
    }
)
IMAGE_EXTENSIONS = r"jpe?g|png|gif|webp|avif|svg|tiff?|heic|heif|bmp"
# Anything ending in an image extension is a file name or path ("rathaus.jpg", "bilder/a b.png").
FILE_NAME = re.compile(rf"\S\.(?:{IMAGE_EXTENSIONS})$", re.IGNORECASE)
# Camera and phone file names, also without extension: IMG_1234, DSC01234, PXL_20240501_...
CAMERA_NAME = re.compile(r"^(?:img|dsc|dscn|dscf|pxl|p|dji|gopr|wp|screenshot)[_-]?\d[\w-]*$", re.I)


def check_alt(alt: str | None, *, decorative: bool = False) -> list[str]:
    """Return the problems with `alt` (empty list: fine). English messages, each with a fix."""
    text = (alt or "").strip()
    if decorative:
        if text:
            return [
                f"image is marked decorative but has alt text '{text}' — remove the alt text, "
                "or drop `decorative` if the image carries information"
            ]
        return []
    if not text:
        return [
            "image has no alt text — "
            f'{FIX}; if it is purely decorative, mark it decorative (it then gets alt="")'
        ]
    if FILE_NAME.search(text) or CAMERA_NAME.match(text):
        return [f"alt text '{text}' is a file name — {FIX}"]
    if _is_generic(text):
        return [f"alt text '{text}' only says that this is an image — {FIX}"]
    return []


def _is_generic(text: str) -> bool:
    # "Bild", "Foto:", "Bild 1", "Image." all count as generic.
    core = re.sub(r"[\s\d.:;,!?()\-–_#]+", " ", text).strip().casefold()
    return core in GENERIC_WORDS
