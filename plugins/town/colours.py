"""The town's brand colours: checked for contrast, and the dark-mode colours derived from them.

The theme uses the primary colour for links, the secondary button's text and as the background
of buttons with white text (`--ms-brand`, `--ms-link`); the accent colour for visited links
(`--ms-link-visited`). Both are text, so WCAG 2.2 AA asks 4.5:1 against every background they
stand on: white, the light surface, the info box and the warning box (in dark mode their dark
counterparts). A colour that fails stops the build
with its ratio and the nearest colour that passes: the same hue and chroma, only the lightness
moved in OKLab (the perceptual space, so the suggestion looks like the town's colour, darker).

Dark mode cannot use the same colours (a dark blue on near-black fails), so it derives its own:
the town's colour made lighter in OKLab until it passes against the dark backgrounds.
"""

from __future__ import annotations

import math

from plugins.kit.colours import contrast, hex_to_rgb, linear
from plugins.kit.i18n import german, message

AA_TEXT = 4.5  # WCAG 2.2 SC 1.4.3, normal text
# The backgrounds the theme puts text in the brand colours on (theme/static/css/site.css).
LIGHT_BACKGROUNDS = {
    german("auf Weiß"): "#ffffff",
    german("auf der hellen Fläche"): "#f3f5f8",
    german("auf der Hinweisfläche"): "#e8f1fb",
    german("auf der Warnfläche"): "#fff4d6",  # links in warnings (.ms-alert--warning)
}
DARK_BACKGROUNDS = {"#111418", "#1c2128", "#14273d", "#3a2c05"}
DARK_BUTTON_TEXT = "#0b1a2a"  # text on the brand colour in dark mode (--ms-brand-contrast)
ROLE_NAMES = {"primary": german("Hauptfarbe"), "accent": german("Akzentfarbe")}


def rgb_to_hex(rgb: tuple[float, float, float]) -> str:
    return "#" + "".join(f"{round(min(max(c, 0.0), 1.0) * 255):02x}" for c in rgb)


def _gamma(channel: float) -> float:
    if channel <= 0.0031308:
        return 12.92 * channel
    return 1.055 * channel ** (1 / 2.4) - 0.055


def to_oklab(colour: str) -> tuple[float, float, float]:
    r, g, b = (linear(c) for c in hex_to_rgb(colour))
    l_ = math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b)
    m_ = math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b)
    s_ = math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b)
    return (
        0.2104542553 * l_ + 0.7936177850 * m_ - 0.0040720468 * s_,
        1.9779984951 * l_ - 2.4285922050 * m_ + 0.4505937099 * s_,
        0.0259040371 * l_ + 0.7827717662 * m_ - 0.8086757660 * s_,
    )


def from_oklab(lab: tuple[float, float, float]) -> str:
    """The sRGB colour of an OKLab value; channels outside sRGB are clipped."""
    lightness, a, b = lab
    l_ = (lightness + 0.3963377774 * a + 0.2158037573 * b) ** 3
    m_ = (lightness - 0.1055613458 * a - 0.0638541728 * b) ** 3
    s_ = (lightness - 0.0894841775 * a - 1.2914855480 * b) ** 3
    rgb = (
        4.0767416621 * l_ - 3.3077115913 * m_ + 0.2309699292 * s_,
        -1.2684380046 * l_ + 2.6097574011 * m_ - 0.3413193965 * s_,
        -0.0041960863 * l_ - 0.7034186147 * m_ + 1.7076147010 * s_,
    )
    return rgb_to_hex(tuple(_gamma(min(max(c, 0.0), 1.0)) for c in rgb))  # type: ignore[arg-type]


def worst(colour: str, backgrounds) -> float:
    return min(contrast(colour, background) for background in backgrounds)


def nearest_passing(colour: str, backgrounds, lighter: bool) -> str:
    """The colour with only its OKLab lightness moved (darker, or lighter for dark mode) by the
    smallest step that reaches 4.5:1 against every background; the colour itself if it passes."""
    if worst(colour, backgrounds) >= AA_TEXT:
        return colour
    lightness, a, b = to_oklab(colour)
    step = 0.002 if lighter else -0.002
    for number in range(1, 600):
        candidate = from_oklab((min(max(lightness + step * number, 0.0), 1.0), a, b))
        if worst(candidate, backgrounds) >= AA_TEXT:
            return candidate
    return "#ffffff" if lighter else "#000000"


def problems(role: str, colour: str) -> list[tuple[str, str]]:
    """[(what, fix)] when `colour` fails as text on a light background (the worst one is
    named); [] when it passes."""
    name, background = min(LIGHT_BACKGROUNDS.items(), key=lambda kv: contrast(colour, kv[1]))
    ratio = contrast(colour, background)
    if ratio >= AA_TEXT:
        return []
    suggestion = nearest_passing(colour, LIGHT_BACKGROUNDS.values(), lighter=False)
    what = message(
        "{role} {colour} hat {background} ({hex}) nur ein Kontrastverhältnis von {ratio}:1;"
        " WCAG 2.2 AA verlangt für Text mindestens 4,5:1",
        role=message(ROLE_NAMES[role]),
        colour=colour,
        background=message(name),
        hex=background,
        ratio=_ratio(ratio),
    )
    fix = message(
        "die nächste Farbe, die besteht, ist {suggestion} ({ratio}:1 auf dem schwierigsten"
        " Hintergrund)",
        suggestion=suggestion,
        ratio=_ratio(worst(suggestion, LIGHT_BACKGROUNDS.values())),
    )
    return [(what, fix)]


def _ratio(value: float) -> str:
    """4.47 → "4,47" (rounded down, so a failing ratio never reads 4,50)."""
    return f"{math.floor(value * 100) / 100:.2f}".replace(".", ",")


def dark_variant(colour: str) -> str:
    """The colour for dark mode: lighter until text in it passes on every dark background and
    the dark button text passes on it."""
    return nearest_passing(colour, [*DARK_BACKGROUNDS, DARK_BUTTON_TEXT], lighter=True)


def brand_css(primary: str, accent: str) -> str:
    """The custom properties of site.css in the town's colours, light and dark."""
    dark_primary, dark_accent = dark_variant(primary), dark_variant(accent)
    return (
        "/* Generated from the town file's colours (plugins/town/colours.py); do not edit. */\n"
        ":root {\n"
        f"  --ms-brand: {primary};\n"
        f"  --ms-link: {primary};\n"
        f"  --ms-link-visited: {accent};\n"
        "}\n"
        "@media (prefers-color-scheme: dark) {\n"
        "  :root {\n"
        f"    --ms-brand: {dark_primary};\n"
        f"    --ms-link: {dark_primary};\n"
        f"    --ms-link-visited: {dark_accent};\n"
        "  }\n"
        "}\n"
    )
