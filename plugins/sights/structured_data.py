"""JSON-LD for sights: schema.org `TouristAttraction`."""

from __future__ import annotations

import re
from datetime import date

from plugins.kit import opening_hours
from plugins.site.schema_org import postal_address

# A single price entry like "Eintritt frei" or "free access" means entry costs nothing.
FREE = re.compile(
    r"^\s*(eintritt frei|frei zugänglich|kostenlos|free( access| admission| entry)?|"
    r"admission free)\s*\.?\s*$",
    re.IGNORECASE,
)


def geo_coordinates(geo: dict | None) -> dict | None:
    if not geo:
        return None
    return {"@type": "GeoCoordinates", "latitude": geo["lat"], "longitude": geo["lon"]}


def is_free(prices: list[str] | None) -> bool | None:
    """True when the only price says entry is free; None (unknown) otherwise."""
    if prices and len(prices) == 1 and FREE.match(prices[0]):
        return True
    return None


def tourist_attraction(
    meta: dict,
    title: str,
    summary: str,
    url: str,
    today: date,
    calendar: opening_hours.Calendar = opening_hours.DEFAULT_CALENDAR,
) -> dict:
    """The `TouristAttraction` of one sight; `url` is the page's absolute address."""
    data = {
        "@context": "https://schema.org",
        "@type": "TouristAttraction",
        "name": title,
        "description": summary,
        "url": url,
        "geo": geo_coordinates(meta.get("geo")),
        "address": postal_address(meta.get("address")),
        "telephone": meta.get("phone"),
        "sameAs": meta.get("website"),
    }
    hours = meta.get("opening_hours")
    if hours:
        data["openingHoursSpecification"] = opening_hours.schema_org(
            hours, today, calendar=calendar
        )
    free = is_free(meta.get("prices"))
    if free:
        data["isAccessibleForFree"] = True
        # Free and without opening hours: a public square or park anyone may enter any time.
        if not hours:
            data["publicAccess"] = True
    return {key: value for key, value in data.items() if value is not None}
