"""iCalendar (RFC 5545) files built with icalendar's objects: events, waste collection dates,
council meetings.

Reproducible: the same events and ``build_stamp`` give byte-identical files, because UIDs are
given, DTSTAMP is the build stamp and nothing reads the clock or makes random identifiers.
Recurring events keep their RRULE; calendar programs expand it themselves.
"""

import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from icalendar import Alarm, Calendar, Event, Timezone, vCalAddress

from .recurrence import check_dates, parse_rrule

__all__ = ["CalendarEvent", "event_calendar", "single_event_ics", "webcal_url"]


@dataclass(frozen=True)
class CalendarEvent:
    """What an event contributes to a calendar file.

    ``start``/``end``/``recurrence`` follow the conventions of ``occurrences``: for all-day
    events ``end`` is the last day (inclusive). ``geo`` is (latitude, longitude).
    ``organizer`` is a name; with ``organizer_email`` it becomes ORGANIZER, else CONTACT.
    """

    uid: str
    title: str
    start: date | datetime
    end: date | datetime | None = None
    recurrence: str | None = None
    description: str | None = None
    url: str | None = None
    location: str | None = None
    geo: tuple[float, float] | None = None
    categories: Sequence[str] = ()
    cancelled: bool = False
    organizer: str | None = None
    organizer_email: str | None = None
    # A reminder this long before the start (all-day: before 00:00, so 6 hours is 18:00 the
    # evening before), shown with `reminder_text`.
    reminder: timedelta | None = None
    reminder_text: str | None = None
    # Dates of the series that do not take place (EXDATE), e.g. a collection a holiday moved;
    # same kind as `start` (dates for all-day series).
    exceptions: Sequence[date | datetime] = ()


def event_calendar(
    events: Iterable[CalendarEvent],
    *,
    lang: str,
    prodid: str,
    calname: str,
    build_stamp: datetime,
) -> bytes:
    """One VCALENDAR (METHOD:PUBLISH) with a VEVENT per event and the VTIMEZONEs they use."""
    stamp = _utc_stamp(build_stamp)
    events = sorted(events, key=_sort_key)
    calendar = Calendar.new(
        prodid=prodid,
        name=calname,  # NAME (RFC 7986) and X-WR-CALNAME for older clients
        method="PUBLISH",
        # The calendar's own UID must be stable too; derive it from what names the calendar.
        uid=str(uuid.uuid5(uuid.NAMESPACE_URL, f"{prodid}|{lang}|{calname}")),
        subcomponents=[_vevent(event, lang, stamp) for event in events],
    )
    _add_missing_timezones(calendar, **_timezone_span(events))
    return calendar.to_ical()


def _add_missing_timezones(
    calendar: Calendar,
    first_date: date = Timezone.DEFAULT_FIRST_DATE,
    last_date: date = Timezone.DEFAULT_LAST_DATE,
) -> None:
    """`calendar.add_missing_timezones()`, with each VTIMEZONE made once: building one from the
    time zone database was a third of the time of a one-event file."""
    position = len(calendar.timezones)
    for tzid in calendar.get_missing_tzids():
        timezone = _timezone(tzid, first_date, last_date)
        if timezone is not None:  # unknown time zones are left out, as icalendar does
            calendar.subcomponents.insert(position, timezone)
            position += 1


@lru_cache(maxsize=256)
def _timezone(tzid: str, first_date: date, last_date: date) -> Timezone | None:
    try:
        return Timezone.from_tzid(tzid, first_date=first_date, last_date=last_date)
    except ValueError:
        return None


def single_event_ics(
    event: CalendarEvent, *, lang: str, prodid: str, build_stamp: datetime
) -> bytes:
    """The "add to calendar" file of one event; the calendar is named after the event."""
    return event_calendar(
        [event], lang=lang, prodid=prodid, calname=event.title, build_stamp=build_stamp
    )


def webcal_url(https_url: str) -> str:
    """The subscription link for a calendar feed: webcal:// makes calendar programs subscribe
    instead of downloading once."""
    for scheme in ("https://", "http://"):
        if https_url.startswith(scheme):
            return "webcal://" + https_url.removeprefix(scheme)
    raise ValueError(f"expected an http(s) URL, got {https_url!r}")


def _vevent(event: CalendarEvent, lang: str, stamp: datetime) -> Event:
    check_dates(event.start, event.end)
    vevent = Event.new(
        uid=event.uid,
        stamp=stamp,
        summary=event.title,
        description=event.description,
        start=event.start,
        end=_dtend(event),
        location=event.location,
        url=event.url,
        categories=tuple(event.categories),  # () writes no CATEGORIES; [] writes an empty one
        status="CANCELLED" if event.cancelled else "CONFIRMED",
    )
    if event.recurrence:
        vevent.add("rrule", parse_rrule(event.recurrence, event.start))
        if event.exceptions:
            vevent.add("exdate", sorted(event.exceptions))
    if event.geo is not None:
        vevent.add("geo", event.geo)
    _add_organizer(vevent, event)
    if event.reminder is not None:
        vevent.add_component(_alarm(event))
    for name in ("SUMMARY", "DESCRIPTION", "LOCATION", "CATEGORIES"):
        if name in vevent:
            vevent[name].params["LANGUAGE"] = lang
    return vevent


def _alarm(event: CalendarEvent) -> Alarm:
    alarm = Alarm()
    alarm.add("action", "DISPLAY")
    alarm.add("description", event.reminder_text or event.title)
    alarm.add("trigger", -event.reminder)
    return alarm


def _dtend(event: CalendarEvent) -> date | datetime | None:
    """All-day: DTEND is exclusive, the day after the last day (RFC 5545 3.6.1)."""
    if isinstance(event.start, datetime):
        return event.end
    return (event.end or event.start) + timedelta(days=1)


def _add_organizer(vevent: Event, event: CalendarEvent) -> None:
    # ORGANIZER must be an address; a name alone is still useful as CONTACT text.
    if event.organizer_email:
        address = vCalAddress(f"mailto:{event.organizer_email}")
        if event.organizer:
            address.params["CN"] = event.organizer
        vevent.add("organizer", address)
    elif event.organizer:
        vevent.add("contact", event.organizer)


def _utc_stamp(build_stamp: datetime) -> datetime:
    if build_stamp.tzinfo is None:
        raise ValueError("build_stamp must be timezone-aware (UTC)")
    return build_stamp.astimezone(UTC)


def _sort_key(event: CalendarEvent) -> tuple[datetime, str]:
    """Order by start, then UID, so the file does not depend on the order events arrive in."""
    start = event.start
    if not isinstance(start, datetime):
        start = datetime.combine(start, time.min, UTC)
    return start.astimezone(UTC), event.uid


def _timezone_span(events: list[CalendarEvent]) -> dict[str, date]:
    """VTIMEZONE transitions from the first event's year on; icalendar's default end (2038)
    unless events go further. Derived from the events only, so the output stays stable."""
    if not events:
        return {}
    days = [_day(event.start) for event in events]
    days += [_day(event.end) for event in events if event.end is not None]
    last_date = max(Timezone.DEFAULT_LAST_DATE, date(max(days).year + 2, 1, 1))
    return {"first_date": date(min(days).year, 1, 1), "last_date": last_date}


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value
