"""JSON-LD for events: schema.org `Event`, one per shown date."""

from __future__ import annotations

import re
from datetime import datetime

from plugins.frontmatter.fields import BERLIN
from plugins.kit.recurrence import Occurrence
from plugins.site.schema_org import postal_address

# At most this many dates of a series go into the JSON-LD (search engines show a few).
MAX_DATES = 10
FREE = re.compile(r"\b(eintritt frei|kostenlos|free admission|free)\b", re.IGNORECASE)
AMOUNT = re.compile(r"(\d+(?:[.,]\d{1,2})?)\s*(?:euro|eur|€)", re.IGNORECASE)
SCHEDULED = "https://schema.org/EventScheduled"
CANCELLED = "https://schema.org/EventCancelled"
OFFLINE = "https://schema.org/OfflineEventAttendanceMode"


def _moment(value) -> str:
    if isinstance(value, datetime):
        return value.astimezone(BERLIN).isoformat()
    return value.isoformat()


def _end(occurrence: Occurrence) -> str | None:
    if occurrence.all_day:
        return occurrence.last_day.isoformat()  # schema.org: the last day for all-day events
    return _moment(occurrence.end) if occurrence.end is not None else None


def place(location: dict | None, absolute) -> dict | None:
    """schema.org Place with an address and/or coordinates; `absolute(path)` makes URLs."""
    if not location:
        return None
    data = {"@type": "Place", "name": location["name"]}
    # Google requires an address for an event's Place. Locations from event feeds are only a
    # text ("Treffpunkt Bauhof"); schema.org allows text as an address, and that text is all
    # the organiser said about where (adding the town could be wrong for a regional feed).
    data["address"] = postal_address(location.get("address")) or location["name"]
    geo = location.get("geo")
    if geo:
        data["geo"] = {"@type": "GeoCoordinates", "latitude": geo["lat"], "longitude": geo["lon"]}
    if location.get("url"):
        data["url"] = absolute(location["url"])
    return data


def offer(price: str | None, url: str) -> dict | None:
    """An Offer when a price is given: 0 for free entry, else the first euro amount in the text;
    the editor's text is kept as the description."""
    if not price:
        return None
    data = {"@type": "Offer", "description": price, "url": url, "priceCurrency": "EUR"}
    amount = AMOUNT.search(price)
    if amount:
        data["price"] = f"{float(amount.group(1).replace(',', '.')):.2f}"
    elif FREE.search(price):
        data["price"] = "0"
    return data


def event_graph(
    item, occurrences: list[Occurrence], location: dict | None, url: str, absolute
) -> dict:
    """`{"@context", "@graph": [Event, ...]}`: one Event per date (up to MAX_DATES)."""
    meta = item.meta
    shared = {
        "@type": "Event",
        "name": item.title,
        "description": item.summary,
        "url": url,
        "inLanguage": "en" if item.lang == "en" else "de",
        "eventStatus": CANCELLED if meta.get("cancelled") else SCHEDULED,
        "eventAttendanceMode": OFFLINE,
        "location": place(location, absolute),
        "offers": offer(meta.get("price"), meta.get("registration") or url),
        "organizer": (
            {"@type": "Organization", "name": meta["organizer"]} if meta.get("organizer") else None
        ),
    }
    shared = {key: value for key, value in shared.items() if value is not None}
    events = []
    for occurrence in occurrences[:MAX_DATES]:
        event = {**shared, "startDate": _moment(occurrence.start)}
        end = _end(occurrence)
        if end is not None:
            event["endDate"] = end
        events.append(event)
    return {"@context": "https://schema.org", "@graph": events}
