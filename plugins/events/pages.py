"""The calendar's pages: the events landing page, one page per category, the archive; the data
each event page shows; the start-page block; and the iCalendar files."""

from __future__ import annotations

import hashlib
from pathlib import Path

from plugins.kit.ical import webcal_url
from plugins.kit.recurrence import RecurrenceError, split_upcoming
from plugins.kit.urls import place_name, public_url, site_owner
from plugins.site.cache import BuildCache, cache_folder
from plugins.site.generator import write_if_changed
from plugins.site.pages import OutputPage
from plugins.site.parallel import run_in_chunks, worker_count

from . import calendar
from .export import EVENT_FILE, FEED_NAME, calendar_event, event_file, feed_file
from .structured_data import event_graph

LANGS = ("de", "en")
SHOWN_DATES = 10
HOME_BLOCK_SIZE = 4
CATEGORY_FOLDER = {"de": "kategorie", "en": "category"}
ARCHIVE_FOLDER = {"de": "archiv", "en": "archive"}


def all_events(index, lang: str | None = None) -> list:
    """The content's events and those imported from feeds (plugins/events/imports.py)."""
    imported = [
        item for item in getattr(index, "imported_events", []) if lang is None or item.lang == lang
    ]
    return [*index.of_type("event", lang), *imported]


def events(index, lang: str) -> list:
    return [item for item in all_events(index, lang) if "occurrences" in item.data]


def landing(index, lang: str):
    """The events section's landing page in `lang` (the folder where events live)."""
    for item in index.of_type("event", lang):
        section = index.section(item.folder)
        if section is not None and lang in section.index:
            return section.index[lang]
    return None


# --- per event ------------------------------------------------------------------------------


def prepare_event(index, item) -> None:
    """Expand the dates and add what event.html shows; a rule already reported as a problem by
    check_events is skipped here (the build stops anyway)."""
    try:
        occurrences = calendar.occurrences_of(item.meta, index.build_date)
    except (RecurrenceError, ValueError):
        return
    item.data["occurrences"] = occurrences
    upcoming, past = split_upcoming(occurrences, index.build_date)
    shown = upcoming or past
    base = public_url(index.settings)
    item.data["calendar"] = {
        "dates": [calendar.listing(item, occurrence) for occurrence in shown[:SHOWN_DATES]],
        "more": max(0, len(shown) - SHOWN_DATES),
        "is_past": not upcoming,
        "is_series": bool(item.meta.get("recurrence")),
        "location": calendar.location_of(item),
        "ics_url": item.url + EVENT_FILE,
        "structured_data": event_graph(
            item, shown, calendar.location_of(item), base + item.url, lambda path: base + path
        ),
    }


# --- listing pages --------------------------------------------------------------------------


def category_url(home, lang: str, slug: str) -> str:
    return f"{home.url}{CATEGORY_FOLDER[lang]}/{slug}/"


def listing_context(index, lang, home, upcoming, slug=None) -> dict:
    names = calendar.categories(events(index, lang))
    feed = (category_url(home, lang, slug) if slug else home.url) + FEED_NAME[lang]
    base = public_url(index.settings)
    return {
        "months": calendar.by_month(upcoming),
        "category_nav": [
            {"slug": key, "name": name, "url": category_url(home, lang, key)}
            for key, name in names.items()
        ],
        "current_category": names.get(slug) if slug else None,
        "events_home": home,
        "archive_url": f"{home.url}{ARCHIVE_FOLDER[lang]}/",
        "feed_url": feed,
        "feed_webcal": webcal_url(base + feed) if base else feed,
    }


def add_listing_pages(index) -> None:
    homes = {lang: landing(index, lang) for lang in LANGS}
    pairs = calendar.category_pairs(events(index, "de"), events(index, "en"))
    back_pairs = {en: de for de, en in pairs.items()}
    for lang, home in homes.items():
        if home is None:
            continue
        other_lang = "en" if lang == "de" else "de"
        other = homes.get(other_lang)
        upcoming, past = calendar.split_listings(events(index, lang), index.build_date)
        for page in index.pages:
            if page.item is home:
                page.template = "events/events.html"
                page.context.update(listing_context(index, lang, home, upcoming))
        for slug, name in calendar.categories(events(index, lang)).items():
            twin = (pairs if lang == "de" else back_pairs).get(slug)
            translations = {}
            if other is not None:
                translations[other_lang] = (
                    category_url(other, other_lang, twin) if twin else other.url
                )
            index.pages.append(
                OutputPage(
                    url=category_url(home, lang, slug),
                    template="events/events.html",
                    lang=lang,
                    title=f"{home.title}: {name}",
                    context=listing_context(
                        index, lang, home, [e for e in upcoming if name in e.categories], slug
                    ),
                    translations=translations,
                    folder=home.folder,
                )
            )
        index.pages.append(
            OutputPage(
                url=f"{home.url}{ARCHIVE_FOLDER[lang]}/",
                template="events/events_archive.html",
                lang=lang,
                title=index.label("Vergangene Veranstaltungen", lang),
                context={"months": calendar.by_month(past), "events_home": home},
                translations=(
                    {other_lang: f"{other.url}{ARCHIVE_FOLDER[other_lang]}/"} if other else {}
                ),
                folder=home.folder,
            )
        )
        add_home_block(index, lang, home, upcoming)


def next_distinct(listings, count: int) -> list:
    """The next dates of `count` different events (a weekly market would fill the block)."""
    seen, result = set(), []
    for listing in listings:
        if listing.item.source not in seen:
            seen.add(listing.item.source)
            result.append(listing)
        if len(result) == count:
            break
    return result


def add_home_block(index, lang, home, upcoming) -> None:
    if not upcoming:
        return
    index.add_home_block(
        lang,
        {
            "id": "events",
            "title": index.label("Veranstaltungen", lang),
            "entries": next_distinct(upcoming, HOME_BLOCK_SIZE),
            "more_url": home.url,
            "more_label": index.label("Alle Veranstaltungen", lang),
        },
    )


# --- iCalendar files ------------------------------------------------------------------------


def ics_cache(settings: dict) -> BuildCache:
    """iCalendar bytes by what they are made of (the event's calendar data, language, day and
    the code that encodes them): warm builds and previews encode only what changed."""
    code = hashlib.sha256()
    kit = Path(__file__).parent.parent / "kit"
    for path in (Path(__file__).parent / "export.py", kit / "ical.py", kit / "recurrence.py"):
        code.update(path.read_bytes())
    return BuildCache(cache_folder(settings), f"icalendar-{code.hexdigest()[:12]}")


def _key(*parts) -> str:
    return hashlib.sha256(repr(parts).encode()).hexdigest()


def _encode_event_files(state, start: int, stop: int) -> list[bytes]:
    """One .ics per event for events[start:stop]; independent per event, so on every core."""
    events_, base, build_date, owner = state
    return [event_file(item, base, build_date, owner) for item in events_[start:stop]]


def write_event_files(index, output: Path, base: str, cache: BuildCache) -> int:
    owner = site_owner(index.settings)
    events_ = [item for item in all_events(index) if "occurrences" in item.data]
    keys = [
        _key(calendar_event(item, base), item.lang, index.build_date, owner) for item in events_
    ]
    todo = [item for item, key in zip(events_, keys, strict=True) if cache.get(key) is None]
    state = (todo, base, index.build_date, owner)
    chunks = run_in_chunks(_encode_event_files, state, len(todo), worker_count(index.settings))
    encoded = iter(data for chunk in chunks for data in chunk)
    for item, key in zip(events_, keys, strict=True):
        if cache.get(key) is None:
            cache.put(key, next(encoded))
        write_if_changed(output / item.url.lstrip("/") / EVENT_FILE, cache.get(key))
    return len(events_)


def _feed(cache: BuildCache, items, lang: str, calname: str, base: str, build_date, owner) -> bytes:
    key = _key([calendar_event(item, base) for item in items], lang, calname, build_date, owner)
    if cache.get(key) is None:
        cache.put(key, feed_file(items, lang, calname, base, build_date, owner))
    return cache.get(key)


def write_calendars(index, output_path: Path) -> int:
    """Every .ics file; returns how many were written."""
    output = Path(output_path)
    base = public_url(index.settings)
    cache = ics_cache(index.settings)
    written = write_event_files(index, output, base, cache)
    for lang in LANGS:
        home = landing(index, lang)
        if home is None:
            continue
        all_events = events(index, lang)
        upcoming = [
            item
            for item in all_events
            if split_upcoming(item.data["occurrences"], index.build_date)[0]
        ]
        calname = index.label("Veranstaltungen in {place}", lang, place=place_name(index.settings))
        owner = site_owner(index.settings)
        feeds = {home.url: (upcoming, calname)}
        for slug, name in calendar.categories(all_events).items():
            chosen = [item for item in upcoming if name in (item.meta.get("categories") or ())]
            feeds[category_url(home, lang, slug)] = (chosen, f"{calname}: {name}")
        for folder, (items, calname) in feeds.items():
            data = _feed(cache, items, lang, calname, base, index.build_date, owner)
            write_if_changed(output / folder.lstrip("/") / FEED_NAME[lang], data)
            written += 1
    cache.save()
    return written
