"""Events: calendar, recurrences and iCalendar export.

- `check_events` reports bad dates, rules and locations (file:line: what — fix).
- Each event gets its dates up to 12 months from the build date (`item.data["calendar"]`) and
  JSON-LD `Event`s; `event.html` shows them with an "add to calendar" link to `event.ics`.
- The events landing page lists upcoming dates by month; one page per category
  (`kategorie/<slug>/`), an archive (`archiv/`), and a start-page block.
- iCalendar files: `<event>/event.ics`, `veranstaltungen.ics` (en: `events.ics`) for all upcoming
  events and one per category.
- `static/hide-past.js` hides dates that ended since the nightly build.
"""

import datetime as dt
import logging

from plugins.kit.recurrence import validate_rrule
from plugins.site import signals

from . import schema  # noqa: F401  (registers the type)
from .pages import add_listing_pages, prepare_event, write_calendars

log = logging.getLogger("events")


def _starts_after(end, start) -> bool:
    if isinstance(start, dt.datetime) != isinstance(end, dt.datetime):
        start = start.date() if isinstance(start, dt.datetime) else start
        end = end.date() if isinstance(end, dt.datetime) else end
    return end >= start


def check_events(index):
    for event in index.of_type("event"):
        start, end = event.meta["start"], event.meta.get("end")
        if end is not None and not _starts_after(end, start):
            index.problems.add(
                event.source,
                event.line("end"),
                f"field 'end': the event ends ({end}) before it starts ({start})",
                "check both dates; 'end' must be the same as or after 'start'",
            )
        rule = event.meta.get("recurrence")
        message = validate_rrule(rule, start) if rule else None
        if message:
            # validate_rrule's messages carry their own fix after " — "; add one only if not.
            what, _, fix = message.partition(" — ")
            index.problems.add(
                event.source,
                event.line("recurrence"),
                f"field 'recurrence': {what}",
                fix or "write it like FREQ=WEEKLY;BYDAY=SA;UNTIL=20270328",
            )
        if isinstance(event.meta.get("location"), str):
            event.data["location"] = index.resolve(event, "location", ("poi", "office"))


def prepare_calendar(index):
    """One receiver, so the checks run before the dates are expanded."""
    check_events(index)
    for item in index.of_type("event"):
        prepare_event(index, item)
    add_listing_pages(index)


@signals.runs_late  # iCalendar files and feeds: no page reads them while it is rendered
def write_event_files(index, output_path, **kwargs):
    log.info("events: wrote %d iCalendar files", write_calendars(index, output_path))


def register():
    signals.index_ready.connect(prepare_calendar)
    signals.site_written.connect(write_event_files)
