"""Writing iCalendar files: one per event, a feed of upcoming events, one feed per category.

The files are made by `plugins.kit.ical` (icalendar objects); this module decides what goes where.
"""

from __future__ import annotations

from datetime import UTC, datetime, time
from urllib.parse import urlsplit

from plugins.kit.ical import CalendarEvent, event_calendar, single_event_ics

from .calendar import location_of, location_text

PRODID = {"de": "-//{owner}//Veranstaltungen//DE", "en": "-//{owner}//Events//EN"}
FEED_NAME = {"de": "veranstaltungen.ics", "en": "events.ics"}
EVENT_FILE = "event.ics"


def build_stamp(build_date) -> datetime:
    """DTSTAMP: the build date at 00:00 UTC, so a rebuild of the same day is byte-identical."""
    return datetime.combine(build_date, time.min, UTC)


def site_domain(public_url: str) -> str:
    return urlsplit(public_url).hostname or "localhost"


def calendar_event(item, public_url: str) -> CalendarEvent:
    """The calendar entry of an event; the UID is stable (event key + site domain), so
    subscribed calendars update the entry instead of adding a copy."""
    meta = item.meta
    location = location_of(item)
    geo = (location or {}).get("geo")
    return CalendarEvent(
        uid=meta.get("uid") or f"{item.key}@{site_domain(public_url)}",  # imported: the feed's
        title=item.title,
        start=meta["start"],
        end=meta.get("end"),
        recurrence=meta.get("recurrence"),
        description=item.summary,
        url=public_url.rstrip("/") + item.url,
        location=location_text(location) or None,
        geo=(geo["lat"], geo["lon"]) if geo else None,
        categories=tuple(meta.get("categories") or ()),
        cancelled=bool(meta.get("cancelled")),
        organizer=meta.get("organizer"),
    )


def event_file(item, public_url: str, build_date, owner: str) -> bytes:
    """The .ics of one event; `owner` (the town) names the calendar's producer."""
    lang = "en" if item.lang == "en" else "de"
    return single_event_ics(
        calendar_event(item, public_url),
        lang=lang,
        prodid=PRODID[lang].format(owner=owner),
        build_stamp=build_stamp(build_date),
    )


def feed_file(items, lang: str, calname: str, public_url: str, build_date, owner: str) -> bytes:
    return event_calendar(
        [calendar_event(item, public_url) for item in items],
        lang=lang,
        prodid=PRODID[lang].format(owner=owner),
        calname=calname,
        build_stamp=build_stamp(build_date),
    )
