"""JSON-LD for a host: schema.org `LodgingBusiness` or its subtype for the category.

Only properties schema.org defines for LodgingBusiness (and so for its subtypes Hotel,
BedAndBreakfast, Hostel, Campground): name, description, url, address, geo, telephone, email,
starRating, amenityFeature, priceRange, numberOfRooms, image, sameAs.
"""

from __future__ import annotations

from plugins.site.schema_org import postal_address

# category -> schema.org type (a subtype of LodgingBusiness where one fits)
TYPES = {
    "Hotel": "Hotel",
    "Gasthof": "Hotel",
    "Pension": "BedAndBreakfast",
    "Ferienwohnung": "LodgingBusiness",
    "Ferienhaus": "LodgingBusiness",
    "Jugendherberge": "Hostel",
    "Campingplatz": "Campground",
    "Wohnmobilstellplatz": "Campground",
}


def star_rating(classification: dict | None, scheme_name: str) -> dict | None:
    if not classification:
        return None
    rating = {
        "@type": "Rating",
        "ratingValue": classification["stars"],
        "bestRating": None,
        "author": {"@type": "Organization", "name": scheme_name},
    }
    return {key: value for key, value in rating.items() if value is not None}


def lodging_business(
    *,
    meta: dict,
    title: str,
    summary: str,
    url: str,
    amenities: list[str],
    scheme_name: str,
    price_range: str | None,
    image: str | None,
) -> dict:
    """`url` and `image` are absolute; `amenities` are the names in the page's language."""
    geo = meta["geo"]
    data = {
        "@context": "https://schema.org",
        "@type": TYPES[meta["category"]],
        "name": title,
        "description": summary,
        "url": url,
        "address": postal_address(meta.get("address")),
        "geo": {"@type": "GeoCoordinates", "latitude": geo["lat"], "longitude": geo["lon"]},
        "telephone": meta.get("phone"),
        "email": meta.get("email"),
        "sameAs": meta.get("website"),
        "image": image,
        "priceRange": price_range,
        "numberOfRooms": meta.get("rooms"),
        "starRating": star_rating(meta.get("classification"), scheme_name),
    }
    if amenities:
        data["amenityFeature"] = [
            {"@type": "LocationFeatureSpecification", "name": name, "value": True}
            for name in amenities
        ]
    return {key: value for key, value in data.items() if value is not None}
