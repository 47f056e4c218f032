"""What the tours plugin adds at `index_ready`: each tour's figures, profile, map and JSON-LD, the
tours list on its folder's landing page and one pre-rendered page per filter value."""

from __future__ import annotations

import posixpath
from pathlib import Path

from markupsafe import Markup

from plugins.kit import facets
from plugins.kit.i18n import message, translate
from plugins.kit.urls import absolute, public_url
from plugins.maps.geo import Place, map_links
from plugins.site.index import sort_key
from plugins.site.schema_org import government_organization

from . import filters
from .formatting import duration_iso, figure_facts, format_duration, format_length
from .gpx import CYCLING, Track, compute_figures
from .profile import elevation_profile, key_point_rows
from .settings import SettingsError, TourSettings, tour_settings
from .structured_data import attraction, tourist_trip
from .tracks import READER

LANGS = ("de", "en")
LIST_TEMPLATE = "tours/tours.html"
PROFILE_TABLE_ID = "hoehenprofil-tabelle"


def gpx_path(item) -> str:
    """The GPX file's path relative to content/, as the data reader knows it."""
    return posixpath.join(posixpath.dirname(item.source), item.meta["gpx"])


def settings_of(index) -> TourSettings | None:
    try:
        return tour_settings(index.settings)
    except SettingsError as error:
        index.problems.add("pelicanconf.py", 1, str(error), message("korrigieren Sie TOURS"))
        return None


def track_of(index, item) -> Track | None:
    """The tour's track, or None: a missing file is reported at the page's `gpx:` line, a broken
    one was reported by the reader in the file itself."""
    rel = gpx_path(item)
    entry = index.data_files[READER].get(rel)
    if entry is not None:
        return entry.records
    if not (Path(index.content_path) / rel).is_file():
        index.problems.add(
            item.source,
            item.line("gpx"),
            message("Feld 'gpx': die Datei {name} gibt es nicht", name=item.meta["gpx"]),
            message("legen Sie die GPX-Datei neben die Seite oder korrigieren Sie den Dateinamen"),
        )
    return None


def start_of(index, item) -> dict | None:
    """{name, url, address, geo} of the start: a sight (by key) or a name with an address."""
    start = item.meta.get("start")
    if not start:
        return None
    if isinstance(start, dict):
        return {"name": start["name"], "url": None, "address": start.get("address"), "geo": None}
    sight = index.resolve(item, "start", ("poi",))
    if sight is None:
        return None
    return {
        "name": sight.title,
        "url": sight.url,
        "address": sight.meta.get("address"),
        "geo": sight.meta.get("geo"),
    }


def sights_of(index, item) -> list:
    found = []
    for key in item.meta.get("sights") or ():
        sight = index.resolve(item, "sights", ("poi",), key=key)
        if sight is not None:
            found.append(sight)
    return found


def card_meta(item, figures, lang: str) -> list[str]:
    """The short facts on a tour's card: activity, difficulty, length, time."""
    return [
        translate(item.meta["activity"], lang),
        translate("Schwierigkeit", lang) + ": " + translate(item.meta["difficulty"], lang),
        format_length(figures.length_m, lang),
        format_duration(figures.duration_min, lang),
    ]


def tour_data(index, item, track: Track, config: TourSettings) -> dict:
    lang = item.lang
    cycling = item.meta["activity"] in CYCLING
    figures = compute_figures(
        track.points, cycling=cycling, cycling_speed_kmh=config.cycling_speed_kmh
    )
    profile = elevation_profile(
        track.points, lang, id_prefix="hoehenprofil", described_by=PROFILE_TABLE_ID
    )
    start = start_of(index, item)
    sights = sights_of(index, item)
    base = public_url(index.settings)
    gpx_url = "/" + gpx_path(item)
    places = [Place(s.title, s.url, s.meta["geo"]["lat"], s.meta["geo"]["lon"]) for s in sights]
    first = track.points[0]
    stops = [attraction(s.title, absolute(base, s.url), s.meta["geo"], None) for s in sights]
    origin = None
    if start is not None:
        origin = attraction(
            start["name"],
            absolute(base, start["url"]) if start["url"] else None,
            start["geo"] or {"lat": first.lat, "lon": first.lon},
            start["address"],
        )
    trip = tourist_trip(
        name=item.title,
        description=item.summary,
        url=absolute(base, item.url),
        tourist_type=translate(item.meta["activity"], lang),
        stops=stops,
        origin=origin,
        gpx_url=absolute(base, gpx_url),
    )
    trip["provider"] = government_organization(index.settings.get("AUTHOR", ""), base)
    return {
        "figures": figures,
        "facts": figure_facts(figures, lang),
        "card_meta": card_meta(item, figures, lang),
        "duration_iso": duration_iso(figures.duration_min),
        "activity": translate(item.meta["activity"], lang),
        "difficulty": translate(item.meta["difficulty"], lang),
        "profile_svg": Markup(profile.svg) if profile else None,
        "profile_rows": key_point_rows(profile.key_points, lang) if profile else [],
        "profile_table_id": PROFILE_TABLE_ID,
        "start": start,
        "start_links": map_links(first.lat, first.lon, item.title),
        "sights": sights,
        "map_places": [place.as_marker() for place in places],
        "map_line": [[round(p.lat, 5), round(p.lon, 5)] for p in track.line],
        "gpx_url": gpx_url,
        "gpx_name": item.meta["gpx"],
        "structured_data": trip,
    }


def prepare_tours(index) -> None:
    config = settings_of(index)
    pages = {page.item.source: page for page in index.pages if page.item is not None}
    for item in index.of_type("tour"):
        track = track_of(index, item)
        if track is None or config is None:
            continue
        data = tour_data(index, item, track, config)
        item.data["tour"] = data
        # The page's context is what the preview compares: a changed GPX file re-renders it.
        pages[item.source].context["tour"] = data
    add_list_pages(index)


# --- the list and its filters ---------------------------------------------------------------


def tours(index, lang: str) -> list:
    return sorted(
        (item for item in index.of_type("tour", lang) if "tour" in item.data), key=sort_key
    )


def landing(index, lang: str):
    for item in index.of_type("tour", lang):
        section = index.section(item.folder)
        if section is not None and lang in section.index:
            return section.index[lang]
    return None


def cards(items: list) -> list[dict]:
    return [{"item": item, "meta": item.data["tour"]["card_meta"]} for item in items]


def filter_nav(home, items: list, lang: str, current: tuple | None) -> list[dict]:
    """Per dimension, the values some tour has, with their page and how many tours."""
    return facets.filter_nav(home.url, items, filters.DIMENSIONS, filters.values_of, lang, current)


def list_context(home, items: list, shown: list, lang: str, current=None, label="") -> dict:
    return {
        "tour_cards": cards(shown),
        "tour_filters": filter_nav(home, items, lang, current),
        "tours_home": home,
        "current_filter": label,
        "tour_count": len(shown),
    }


def add_list_pages(index) -> None:
    homes = {lang: landing(index, lang) for lang in LANGS}
    for lang, home in homes.items():
        if home is None:
            continue
        items = tours(index, lang)
        for page in index.pages:
            if page.item is home:
                page.template = LIST_TEMPLATE
                page.context.update(list_context(home, items, items, lang))
        other_lang = "en" if lang == "de" else "de"
        other = homes.get(other_lang)
        twin = (other, tours(index, other_lang)) if other is not None else None

        def context(shown, current, label, home=home, items=items, lang=lang):
            return list_context(home, items, shown, lang, current, label)

        index.pages += facets.filter_pages(
            home, items, filters.DIMENSIONS, filters.values_of, context, LIST_TEMPLATE, twin=twin
        )
