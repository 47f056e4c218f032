"""The events calendar: occurrences within the horizon, listings by month, categories.

Everything here works on the build date (`index.build_date`), never on the clock, so a build is
reproducible; `static/hide-past.js` hides what ended between two nightly builds.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import lru_cache

from babel.dates import format_date, format_time

from plugins.frontmatter.fields import BERLIN
from plugins.kit.recurrence import Occurrence, expand, split_upcoming
from plugins.site.items import slugify
from plugins.site.templating import LOCALES

HORIZON_MONTHS = 12
DAY_FORMAT = {"de": "EEEE, d. MMMM y", "en": "EEEE d MMMM y"}
SHORT_DAY_FORMAT = {"de": "d. MMMM y", "en": "d MMMM y"}


@dataclass(frozen=True)
class Listing:
    """One occurrence of one event as a list shows it. `url`/`title`/`summary` let the theme's
    `components/item_list.html` show it too (the start-page block)."""

    item: object
    occurrence: Occurrence
    when: str
    location: str
    categories: tuple = field(default_factory=tuple)

    @property
    def url(self) -> str:
        return self.item.url

    @property
    def title(self) -> str:
        return self.item.title

    @property
    def summary(self) -> str:
        return f"{self.when} · {self.location}" if self.location else self.when

    @property
    def cancelled(self) -> bool:
        return bool(self.item.meta.get("cancelled"))

    @property
    def ends(self) -> str:
        return end_iso(self.occurrence)

    @property
    def day(self) -> date:
        return _day(self.occurrence.start)


def _day(value: date | datetime) -> date:
    return value.astimezone(BERLIN).date() if isinstance(value, datetime) else value


def lang_of(lang: str) -> str:
    return "en" if lang == "en" else "de"


# --- dates ------------------------------------------------------------------------------------


def occurrences_of(meta: dict, build_date: date) -> list[Occurrence]:
    """All dates of an event from the build date up to the horizon (one-off events: their
    single date, even if it lies in the past or beyond the horizon)."""
    # An unchanged file keeps its (read-only) meta between preview rebuilds: look it up by
    # identity; the entry holds the dict, so the id cannot be reused while it is there.
    known = _EXPANDED.get(id(meta))
    if known is None or known[0] is not meta or known[1] != build_date:
        dates = expand(
            meta["start"], meta.get("end"), meta.get("recurrence"), build_date, HORIZON_MONTHS
        )
        if len(_EXPANDED) > 20_000:
            _EXPANDED.clear()
        known = _EXPANDED[id(meta)] = (meta, build_date, tuple(dates))
    return list(known[2])


_EXPANDED: dict[int, tuple] = {}


def end_iso(occurrence: Occurrence) -> str:
    """When the occurrence is over, as ISO 8601 with offset (for `data-event-end`)."""
    if occurrence.all_day or occurrence.end is None or occurrence.end <= occurrence.start:
        over = datetime.combine(occurrence.last_day + timedelta(days=1), time.min, BERLIN)
    else:
        over = occurrence.end.astimezone(BERLIN)
    return over.isoformat()


def _clock(moment: datetime, lang: str) -> str:
    return format_time(moment.astimezone(BERLIN), "HH:mm", locale=LOCALES[lang])


@lru_cache(maxsize=65536)  # Babel formatting is slow; a site has a few thousand dates
def when_text(occurrence: Occurrence, lang: str) -> str:
    """'Samstag, 28. November 2026, 07:00–13:00 Uhr' / 'Saturday 28 November 2026, 07:00–13:00'."""
    lang = lang_of(lang)
    locale = LOCALES[lang]
    first, last = _day(occurrence.start), occurrence.last_day
    if occurrence.all_day:
        if first == last:
            return format_date(first, DAY_FORMAT[lang], locale=locale)
        return (
            f"{format_date(first, SHORT_DAY_FORMAT[lang], locale=locale)} – "
            f"{format_date(last, SHORT_DAY_FORMAT[lang], locale=locale)}"
        )
    suffix = " Uhr" if lang == "de" else ""
    start = _clock(occurrence.start, lang)
    if occurrence.end is None:
        return f"{format_date(first, DAY_FORMAT[lang], locale=locale)}, {start}{suffix}"
    end = _clock(occurrence.end, lang)
    if first == last:
        return f"{format_date(first, DAY_FORMAT[lang], locale=locale)}, {start}–{end}{suffix}"
    return (
        f"{format_date(first, SHORT_DAY_FORMAT[lang], locale=locale)}, {start}{suffix} – "
        f"{format_date(last, SHORT_DAY_FORMAT[lang], locale=locale)}, {end}{suffix}"
    )


# --- locations ------------------------------------------------------------------------------


def location_of(item) -> dict | None:
    """{"name", "url", "address", "geo"}: a linked poi/office page (resolved by check_events)
    or the name and address written in the event."""
    target = item.data.get("location")
    if target is not None:
        return {
            "name": target.title,
            "url": target.url,
            "address": target.meta.get("address"),
            "geo": target.meta.get("geo"),
        }
    written = item.meta.get("location")
    if isinstance(written, dict):
        return {
            "name": written["name"],
            "url": None,
            "address": written.get("address"),
            "geo": None,
        }
    return None


def location_text(location: dict | None) -> str:
    """'Marktplatz, Marktplatz 1, 55116 Beispielhausen' for calendars and lists."""
    if not location:
        return ""
    address = location.get("address")
    if not address:
        return location["name"]
    return f"{location['name']}, {address['street']}, {address['postal_code']} {address['city']}"


# --- listings -------------------------------------------------------------------------------


def listing(item, occurrence: Occurrence) -> Listing:
    location = location_of(item)
    return Listing(
        item=item,
        occurrence=occurrence,
        when=when_text(occurrence, item.lang),
        location=location["name"] if location else "",
        categories=tuple(item.meta.get("categories") or ()),
    )


def _sort_moment(entry: Listing) -> tuple:
    start = entry.occurrence.start
    if not isinstance(start, datetime):
        start = datetime.combine(start, time.min, BERLIN)
    return (start, entry.item.title)


def split_listings(events: list, build_date: date) -> tuple[list[Listing], list[Listing]]:
    """(upcoming occurrences, soonest first; events that are entirely over, newest first).

    Series that are still running are not in the archive; an ended series is shown there by
    its first date."""
    upcoming, past = [], []
    for item in events:
        occurrences = item.data.get("occurrences")
        if occurrences is None:
            continue  # a rule that could not be read; check_events reported it
        coming, gone = split_upcoming(occurrences, build_date)
        upcoming += [listing(item, occurrence) for occurrence in coming]
        if not coming:
            first = (
                gone[0]
                if gone
                else Occurrence(
                    item.meta["start"],
                    item.meta.get("end"),
                    not isinstance(item.meta["start"], datetime),
                )
            )
            past.append(listing(item, first))
    upcoming.sort(key=_sort_moment)
    past.sort(key=_sort_moment, reverse=True)
    return upcoming, past


def by_month(entries: list[Listing]) -> list[dict]:
    """[{"month": first day of the month, "entries": [...]}] in the order of `entries`."""
    groups: list[dict] = []
    for entry in entries:
        month = entry.day.replace(day=1)
        if not groups or groups[-1]["month"] != month:
            groups.append({"month": month, "entries": []})
        groups[-1]["entries"].append(entry)
    return groups


def categories(events: list) -> dict[str, str]:
    """{slug: name} of the categories used by `events`, sorted by name."""
    found = {slugify(name): name for item in events for name in item.meta.get("categories") or ()}
    return dict(sorted(found.items(), key=lambda pair: slugify(pair[1])))


def category_pairs(events_de: list, events_en: list) -> dict[str, str]:
    """German category slug -> English category slug, learned from translated events whose
    category lists line up (same length; same position = same category). Most votes win."""
    votes: dict[str, dict[str, int]] = {}
    for item in events_de:
        other = item.translations.get("en")
        if other is None or other not in events_en:
            continue
        german = item.meta.get("categories") or []
        english = other.meta.get("categories") or []
        if len(german) != len(english):
            continue
        for de_name, en_name in zip(german, english, strict=True):
            counts = votes.setdefault(slugify(de_name), {})
            counts[slugify(en_name)] = counts.get(slugify(en_name), 0) + 1
    return {
        de_slug: max(sorted(counts), key=lambda slug: counts[slug])
        for de_slug, counts in votes.items()
    }
