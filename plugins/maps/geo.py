"""Places on a map: links to OpenStreetMap and routing apps, and GeoJSON (RFC 7946).

Pure functions; a place is anything with a title, a URL and (latitude, longitude).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

OSM = "https://www.openstreetmap.org"
# Tiles are fetched by the visitor's browser only after they clicked "Karte laden".
TILE_URL = "https://tile.openstreetmap.org/{z}/{x}/{y}.png"
DETAIL_ZOOM = 17


@dataclass(frozen=True)
class Place:
    """A marker: `url` is the page about the place (absolute or site-relative)."""

    title: str
    url: str
    lat: float
    lon: float
    category: str = ""

    def as_marker(self) -> dict:
        """What the map script needs (embedded in the page as a JSON data block)."""
        return {"title": self.title, "url": self.url, "lat": self.lat, "lon": self.lon}


def _coordinate(value: float) -> str:
    # Six decimals are about 10 cm: enough, and the same text on every build.
    return f"{value:.6f}".rstrip("0").rstrip(".")


def osm_url(lat: float, lon: float, zoom: int = DETAIL_ZOOM) -> str:
    """The place on openstreetmap.org, with a marker."""
    lat_text, lon_text = _coordinate(lat), _coordinate(lon)
    return f"{OSM}/?mlat={lat_text}&mlon={lon_text}#map={zoom}/{lat_text}/{lon_text}"


def directions_url(lat: float, lon: float) -> str:
    """OpenStreetMap's route planner with the place as destination (start left to the user)."""
    return f"{OSM}/directions?route=%3B{_coordinate(lat)}%2C{_coordinate(lon)}"


def geo_uri(lat: float, lon: float, label: str = "") -> str:
    """RFC 5870 `geo:` URI; phones open it in their map or navigation app."""
    uri = f"geo:{_coordinate(lat)},{_coordinate(lon)}"
    if label:
        # Android's query extension shows the label on the pin; others ignore it.
        uri += f"?q={_coordinate(lat)},{_coordinate(lon)}({quote(label)})"
    return uri


def map_links(lat: float, lon: float, label: str = "") -> dict:
    """The static map links a template shows (costing the visitor no third-party request)."""
    return {
        "osm": osm_url(lat, lon),
        "directions": directions_url(lat, lon),
        "geo": geo_uri(lat, lon, label),
        "lat": _coordinate(lat),
        "lon": _coordinate(lon),
    }


def feature_collection(places: list[Place]) -> dict:
    """A GeoJSON FeatureCollection; coordinates are [longitude, latitude] as RFC 7946 says."""
    return {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [place.lon, place.lat]},
                "properties": {
                    "title": place.title,
                    "url": place.url,
                    "category": place.category,
                },
            }
            for place in places
        ],
    }
