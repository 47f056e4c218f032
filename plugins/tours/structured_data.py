"""JSON-LD for a tour: schema.org `TouristTrip` with its itinerary.

Only properties schema.org defines for the types used (TouristTrip ← Trip ← Thing; ItemList,
ListItem, TouristAttraction, GeoCoordinates, DataDownload): `tests/tours/test_structured_data.py`
checks every key against that list. Length and time have no property on a Trip; they are in the
description the page shows, not invented here.
"""

from __future__ import annotations

from plugins.site.schema_org import postal_address


def geo(lat: float, lon: float) -> dict:
    return {"@type": "GeoCoordinates", "latitude": round(lat, 6), "longitude": round(lon, 6)}


def attraction(name: str, url: str | None, location: dict | None, address: dict | None) -> dict:
    data = {"@type": "TouristAttraction", "name": name}
    if url:
        data["url"] = url
    if location:
        data["geo"] = geo(location["lat"], location["lon"])
    if address:
        data["address"] = postal_address(address)
    return data


def tourist_trip(
    *,
    name: str,
    description: str,
    url: str,
    tourist_type: str,
    stops: list[dict],
    origin: dict | None,
    gpx_url: str,
) -> dict:
    """`stops` and `origin` are `attraction()` dicts; URLs are absolute. The image is added
    when the page is rendered (the `with_image` global: images are processed later)."""
    data = {
        "@context": "https://schema.org",
        "@type": "TouristTrip",
        "name": name,
        "description": description,
        "url": url,
        "touristType": tourist_type,
    }
    if origin:
        data["tripOrigin"] = origin
    if stops:
        data["itinerary"] = {
            "@type": "ItemList",
            "numberOfItems": len(stops),
            "itemListOrder": "https://schema.org/ItemListOrderAscending",
            "itemListElement": [
                {"@type": "ListItem", "position": position, "item": stop}
                for position, stop in enumerate(stops, start=1)
            ],
        }
    data["subjectOf"] = {
        "@type": "DataDownload",
        "name": "GPX",
        "encodingFormat": "application/gpx+xml",
        "contentUrl": gpx_url,
    }
    return data
