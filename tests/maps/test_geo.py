"""Map links and GeoJSON from plugins/maps/geo.py."""

from urllib.parse import parse_qs, urlsplit

from plugins.maps.geo import Place, directions_url, feature_collection, geo_uri, osm_url


def test_osm_url_puts_a_marker_at_the_place():
    url = urlsplit(osm_url(49.8723, 8.6541))
    assert url.netloc == "www.openstreetmap.org"
    assert parse_qs(url.query) == {"mlat": ["49.8723"], "mlon": ["8.6541"]}
    assert url.fragment == "map=17/49.8723/8.6541"


def test_directions_url_has_the_place_as_destination():
    assert directions_url(49.87, 8.665) == (
        "https://www.openstreetmap.org/directions?route=%3B49.87%2C8.665"
    )


def test_geo_uri_follows_rfc_5870_with_an_encoded_label():
    assert geo_uri(49.8723, 8.6541) == "geo:49.8723,8.6541"
    assert geo_uri(49.8723, 8.6541, "Marktplatz & Brunnen") == (
        "geo:49.8723,8.6541?q=49.8723,8.6541(Marktplatz%20%26%20Brunnen)"
    )


def test_coordinates_are_written_the_same_way_every_time():
    assert osm_url(49.1, -8.123456789).startswith(
        "https://www.openstreetmap.org/?mlat=49.1&mlon=-8.123457"
    )


def test_feature_collection_puts_longitude_first():
    data = feature_collection([Place("Turm", "https://x.example/turm/", 49.861, 8.682, "Natur")])
    assert data == {
        "type": "FeatureCollection",
        "features": [
            {
                "type": "Feature",
                "geometry": {"type": "Point", "coordinates": [8.682, 49.861]},
                "properties": {
                    "title": "Turm",
                    "url": "https://x.example/turm/",
                    "category": "Natur",
                },
            }
        ],
    }
