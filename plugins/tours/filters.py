"""The tours list's filters: activity, difficulty and length, each value a pre-rendered page.

Visitors filter without JavaScript by following links: every value that at least one tour has
gets its own page (`aktivitaet/wandern/`, en `activity/hiking/`), like the events' categories.
Values are the German keys editors write; labels and English addresses come from here; the
pages themselves are made by `plugins/kit/facets.py`.
"""

from __future__ import annotations

from plugins.kit.facets import Dimension, Value
from plugins.kit.i18n import german, translate

from .gpx import ACTIVITIES
from .schema import DIFFICULTIES

# Length bands: (key, German label, upper limit in km or None, slugs)
LENGTH_BANDS = (
    ("kurz", german("bis 5 km"), 5.0, {"de": "bis-5-km", "en": "up-to-5-km"}),
    ("mittel", german("5 bis 15 km"), 15.0, {"de": "5-bis-15-km", "en": "5-to-15-km"}),
    ("lang", german("über 15 km"), None, {"de": "ueber-15-km", "en": "over-15-km"}),
)
ACTIVITY_SLUGS = {
    german("Wandern"): {"de": "wandern", "en": "hiking"},
    german("Radfahren"): {"de": "radfahren", "en": "cycling"},
    german("Stadtrundgang"): {"de": "stadtrundgang", "en": "town-walks"},
    german("Barrierefrei"): {"de": "barrierefrei", "en": "accessible"},
}
DIFFICULTY_SLUGS = {
    german("leicht"): {"de": "leicht", "en": "easy"},
    german("mittel"): {"de": "mittel", "en": "moderate"},
    german("schwer"): {"de": "schwer", "en": "difficult"},
}

DIMENSIONS = (
    Dimension(
        "activity",
        "Aktivität",
        {"de": "aktivitaet", "en": "activity"},
        tuple(Value(a, a, ACTIVITY_SLUGS[a]) for a in ACTIVITIES),
    ),
    Dimension(
        "difficulty",
        "Schwierigkeit",
        {"de": "schwierigkeit", "en": "difficulty"},
        tuple(Value(d, d, DIFFICULTY_SLUGS[d]) for d in DIFFICULTIES),
    ),
    Dimension(
        "length",
        "Länge",
        {"de": "laenge", "en": "length"},
        tuple(Value(key, label, slugs) for key, label, _, slugs in LENGTH_BANDS),
    ),
)


def length_band(length_km: float) -> str:
    """The band a tour of `length_km` belongs to: "kurz", "mittel" or "lang"."""
    for key, _, limit, _ in LENGTH_BANDS:
        if limit is None or length_km < limit:
            return key
    return LENGTH_BANDS[-1][0]


def value_of(dimension: str, meta: dict, length_km: float) -> str:
    if dimension == "length":
        return length_band(length_km)
    return meta[dimension]


def values_of(dimension: str, item) -> set[str]:
    """The one value a tour has in a dimension (as `plugins/kit/facets.py` asks for it)."""
    return {value_of(dimension, item.meta, item.data["tour"]["figures"].length_km)}


def label(text: str, lang: str) -> str:
    return translate(text, lang)
