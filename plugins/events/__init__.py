"""Events: calendar, recurrences and iCalendar export."""

import datetime as dt

from plugins.site import signals

from . import schema  # noqa: F401  (registers the type)
from .occurrences import validate_rrule


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
            index.problems.add(
                event.source,
                event.line("recurrence"),
                f"field 'recurrence': {message}",
                "write it like FREQ=WEEKLY;BYDAY=SA;UNTIL=20270328",
            )
        if isinstance(event.meta.get("location"), str):
            event.data["location"] = index.resolve(event, "location", ("poi", "office"))


def register():
    signals.index_ready.connect(check_events)
