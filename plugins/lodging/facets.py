"""The directory's filters: category, classification, amenities and accessibility.

Visitors filter without JavaScript by following links: every value that at least one host has
gets its own pre-rendered page (`kategorie/hotel/`, en `category/hotel/`). A host may have
several values of one dimension (amenities, accessibility groups). The pages themselves are
made by `plugins/kit/facets.py`.
"""

from __future__ import annotations

from plugins.kit.facets import Dimension, Value
from plugins.kit.i18n import german, translate
from plugins.site.items import slugify

from .schema import CATEGORIES, RFA_GROUPS, SCHEMES

CATEGORY_SLUGS_EN = {
    german("Hotel"): "hotel",
    german("Gasthof"): "inn",
    german("Pension"): "guesthouse",
    german("Ferienwohnung"): "holiday-flat",
    german("Ferienhaus"): "holiday-home",
    german("Jugendherberge"): "youth-hostel",
    german("Campingplatz"): "campsite",
    german("Wohnmobilstellplatz"): "motorhome-pitch",
}


def _value(key: str, label: str) -> Value:
    return Value(key, label, {"de": slugify(label), "en": slugify(translate(label, "en"))})


def classification_key(classification: dict | None) -> str | None:
    if not classification:
        return None
    return f"{classification['scheme']} {int(classification['stars'])}"


def classification_label(key: str, lang: str) -> str:
    scheme, stars = key.rsplit(" ", 1)
    count = int(stars)
    text = translate("1 Stern", lang) if count == 1 else translate("{n} Sterne", lang, n=count)
    return f"{scheme} {text}"


def dimensions(amenities: tuple) -> tuple[Dimension, ...]:
    classification_values = tuple(
        Value(
            f"{scheme} {stars}",
            f"{scheme} {stars}",
            {
                "de": slugify(classification_label(f"{scheme} {stars}", "de")),
                "en": slugify(classification_label(f"{scheme} {stars}", "en")),
            },
        )
        for scheme, (_, highest, _) in SCHEMES.items()
        for stars in range(highest, 0, -1)
    )
    return (
        Dimension(
            "category",
            "Kategorie",
            {"de": "kategorie", "en": "category"},
            tuple(Value(c, c, {"de": slugify(c), "en": CATEGORY_SLUGS_EN[c]}) for c in CATEGORIES),
        ),
        Dimension(
            "classification",
            "Klassifizierung",
            {"de": "klassifizierung", "en": "classification"},
            classification_values,
        ),
        Dimension(
            "amenity",
            "Ausstattung",
            {"de": "ausstattung", "en": "amenities"},
            tuple(_value(a, a) for a in amenities),
        ),
        Dimension(
            "accessibility",
            german("Barrierefreiheit (Reisen für Alle)"),
            {"de": "barrierefrei", "en": "accessible"},
            tuple(_value(g, g) for g in RFA_GROUPS),
        ),
    )


def values_of(dimension: str, item) -> set[str]:
    """The keys a host has in one dimension."""
    meta = item.meta
    if dimension == "category":
        return {meta["category"]}
    if dimension == "classification":
        key = classification_key(meta.get("classification"))
        return {key} if key else set()
    if dimension == "amenity":
        return set(meta.get("amenities") or ())
    access = meta.get("accessibility") or {}
    if access.get("reisen_fuer_alle"):
        return set(access.get("groups") or ())
    return set()


def value_label(dimension: Dimension, value: Value, lang: str) -> str:
    """How a value is named on the page (classifications in words, the rest translated)."""
    if dimension.name == "classification":
        return classification_label(value.key, lang)
    return translate(value.label, lang)
