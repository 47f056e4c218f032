"""What the sights plugin adds to the site: per-sight data, the overview, GeoJSON, home block."""

from __future__ import annotations

import json
import posixpath
from pathlib import Path

from plugins.kit import opening_hours
from plugins.kit.urls import absolute, public_url, tel_uri
from plugins.maps.geo import Place, feature_collection, map_links
from plugins.site.generator import write_if_changed
from plugins.site.index import sort_key

from .hours import hours_tables
from .structured_data import tourist_attraction

LANGS = ("de", "en")
HOME_BLOCK_SIZE = 4
GEOJSON_URL = {"de": "/poi.geojson", "en": "/en/poi.geojson"}


def sights(index, lang: str) -> list:
    return sorted(index.of_type("poi", lang), key=sort_key)


def place_of(item) -> Place:
    geo = item.meta["geo"]
    categories = item.meta.get("categories") or []
    return Place(item.title, item.url, geo["lat"], geo["lon"], categories[0] if categories else "")


def image_url(item) -> str | None:
    """The image path as the editor wrote it, relative to the Markdown file (the images plugin
    may replace it with derivatives)."""
    image = item.meta.get("image")
    if not image:
        return None
    src = image["src"]
    if src.startswith(("/", "http://", "https://")):
        return src
    return "/" + posixpath.normpath(posixpath.join(posixpath.dirname(item.source), src))


def prepare_sight(index, item) -> None:
    geo = item.meta["geo"]
    hours = item.meta.get("opening_hours")
    calendar = opening_hours.calendar_of(index.settings)
    item.data["hours"] = (
        hours_tables(hours, index.build_date, item.lang, calendar) if hours else None
    )
    item.data["map_links"] = map_links(geo["lat"], geo["lon"], item.title)
    item.data["map_places"] = [place_of(item).as_marker()]
    item.data["image_url"] = image_url(item)
    item.data["phone_uri"] = tel_uri(item.meta.get("phone"))
    page_url = absolute(public_url(index.settings), item.url)
    item.data["structured_data"] = tourist_attraction(
        item.meta, item.title, item.summary, page_url, index.build_date, calendar
    )


def by_category(items: list) -> list[dict]:
    """Groups in order of first appearance (items come sorted by `order`); each sight is listed
    under its first category so the overview has no duplicates."""
    groups: dict[str, list] = {}
    for item in items:
        categories = item.meta.get("categories") or [""]
        groups.setdefault(categories[0], []).append(item)
    return [{"category": name, "entries": entries} for name, entries in groups.items()]


def sight_sections(index) -> set[tuple]:
    return {item.folder for item in index.of_type("poi")}


def overview_context(index, lang: str) -> dict:
    items = sights(index, lang)
    return {
        "sight_groups": by_category(items),
        "map_places": [place_of(item).as_marker() for item in items],
        "geojson_url": GEOJSON_URL[lang],
    }


def use_overview_template(index) -> None:
    """The landing page of each folder with sights becomes the overview with the map."""
    folders = sight_sections(index)
    for page in index.pages:
        item = page.item
        if item is not None and item.is_index and item.folder in folders and item.lang in LANGS:
            page.template = "sights/sights.html"
            page.context.update(overview_context(index, item.lang))


def add_home_block(index) -> None:
    for lang in LANGS:
        items = sights(index, lang)
        if not items:
            continue
        landing = index.section(items[0].folder).index.get(lang)
        index.add_home_block(
            lang,
            {
                "id": "sights",
                "title": index.label("Sehenswürdigkeiten", lang),
                "entries": items[:HOME_BLOCK_SIZE],
                "more_url": landing.url if landing else None,
                "more_label": index.label("Alle Sehenswürdigkeiten", lang),
            },
        )


def geojson(index, lang: str) -> dict:
    places = []
    for item in sights(index, lang):
        place = place_of(item)
        places.append(
            Place(
                place.title,
                absolute(public_url(index.settings), item.url),
                place.lat,
                place.lon,
                place.category,
            )
        )
    return feature_collection(places)


def write_geojson(index, output_path: Path) -> None:
    for lang in LANGS:
        data = json.dumps(geojson(index, lang), ensure_ascii=False, indent=1, sort_keys=True)
        write_if_changed(Path(output_path) / GEOJSON_URL[lang].lstrip("/"), data.encode())
