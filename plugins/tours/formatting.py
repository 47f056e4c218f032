"""The figures of a tour as visitors read them: "9,1 km", "250 m", "3 Std. 15 Min." / "3 h 15 min".

Numbers go through Babel (`de_DE`, `en_GB`), so the decimal and thousands separators never depend
on the machine's locale; the units come from the catalogue. A number and its unit are joined by a
no-break space, so "3,2" and "km" never end up on different lines of a narrow phone screen.
"""

from __future__ import annotations

from babel.numbers import format_decimal

from plugins.kit.i18n import translate
from plugins.site.templating import LOCALES

from .gpx import Figures

NBSP = "\u00a0"


def _number(value: float, lang: str, pattern: str) -> str:
    return format_decimal(value, format=pattern, locale=LOCALES.get(lang, "de_DE"))


def format_km(km: float, lang: str, unit: bool = True) -> str:
    """Kilometres with at most one decimal: "1,5 km", "12 km" (en: "1.5 km")."""
    number = _number(round(km, 1), lang, "#,##0.#")
    return number + NBSP + translate("km", lang) if unit else number


def format_length(metres: float, lang: str) -> str:
    """A tour's length: "9,1 km"."""
    return format_km(metres / 1000, lang)


def format_metres(metres: float, lang: str) -> str:
    """An elevation or a height difference in whole metres: "312 m", "1.050 m" (en "1,050 m")."""
    return _number(round(metres), lang, "#,##0") + NBSP + translate("m", lang)


def format_speed(kmh: float, lang: str) -> str:
    return _number(kmh, lang, "#,##0.#") + NBSP + translate("km/h", lang)


def format_duration(minutes: int, lang: str) -> str:
    """ "3 Std. 15 Min.", "45 Min.", "2 Std." (en "3 h 15 min", "45 min", "2 h")."""
    hours, rest = divmod(int(minutes), 60)
    parts = []
    if hours:
        parts.append(_number(hours, lang, "#,##0") + NBSP + translate("Std.", lang))
    if rest or not hours:
        parts.append(_number(rest, lang, "#,##0") + NBSP + translate("Min.", lang))
    return " ".join(parts)


def duration_iso(minutes: int) -> str:
    """ISO 8601 duration for `<time datetime>` and JSON-LD: "PT3H15M"."""
    hours, rest = divmod(int(minutes), 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{rest}M" if rest or not hours else "")


def figure_facts(figures: Figures, lang: str) -> list[tuple[str, str]]:
    """(label, value) for the facts list of a tour page, in the page's language.

    Ascent, descent, highest and lowest point are left out when the GPX file has no elevations.
    """
    facts = [(translate("Länge", lang), format_length(figures.length_m, lang))]
    if figures.ascent_m is not None:
        facts += [
            (translate("Aufstieg", lang), format_metres(figures.ascent_m, lang)),
            (translate("Abstieg", lang), format_metres(figures.descent_m, lang)),
            (translate("Höchster Punkt", lang), format_metres(figures.highest_m, lang)),
            (translate("Tiefster Punkt", lang), format_metres(figures.lowest_m, lang)),
        ]
    if figures.cycling_speed_kmh:
        label = translate(
            "Fahrzeit (bei {speed})", lang, speed=format_speed(figures.cycling_speed_kmh, lang)
        )
    else:
        label = translate("Gehzeit (nach DIN 33466)", lang)
    facts.append((label, format_duration(figures.duration_min, lang)))
    return facts
