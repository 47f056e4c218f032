"""Alt-text checks as pure functions: they return messages, the build decides how to report."""

import re

from plugins.kit.i18n import german, message

FIX = german(
    'beschreiben Sie, was das Bild zeigt, z. B. "Rathaus am Marktplatz mit Brunnen im Vordergrund"'
)

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
    """Return the problems with `alt` (empty list: fine), each "what — fix", in the editors'
    language."""
    text = (alt or "").strip()
    if decorative:
        if text:
            return [
                message(
                    "Das Bild ist als dekorativ markiert, hat aber den Alternativtext '{text}' — "
                    "löschen Sie den Alternativtext, oder nehmen Sie `decorative` heraus, wenn das "
                    "Bild etwas Inhaltliches zeigt",
                    text=text,
                )
            ]
        return []
    if not text:
        return [
            message(
                "Das Bild hat keinen Alternativtext — {fix}; ist es rein dekorativ, markieren Sie "
                'es als dekorativ (dann bekommt es alt="")',
                fix=message(FIX),
            )
        ]
    if FILE_NAME.search(text) or CAMERA_NAME.match(text):
        return [
            message(
                "Der Alternativtext '{text}' ist ein Dateiname — {fix}", text=text, fix=message(FIX)
            )
        ]
    if _is_generic(text):
        return [
            message(
                "Der Alternativtext '{text}' sagt nur, dass hier ein Bild ist — {fix}",
                text=text,
                fix=message(FIX),
            )
        ]
    return []


def _is_generic(text: str) -> bool:
    # "Bild", "Foto:", "Bild 1", "Image." all count as generic.
    core = re.sub(r"[\s\d.:;,!?()\-–_#]+", " ", text).strip().casefold()
    return core in GENERIC_WORDS
