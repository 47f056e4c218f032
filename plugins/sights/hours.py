"""Opening hours of a sight as rows for `components/opening_hours_table.html`.

The hours themselves come from the offices plugin (`plugins.kit.opening_hours`), so offices
and sights read the same OSM strings the same way; this module only shapes them for a table.
"""

from __future__ import annotations

from datetime import date

from babel.dates import get_day_names

from plugins.kit import opening_hours
from plugins.site.templating import LOCALES

# Show the season we are in and the next one; the third period repeats the first next year.
SHOWN_SEASONS = 2


def _hours_text(intervals) -> str:
    return ", ".join(f"{start}–{end}" for start, end in intervals)


def _rows(days, lang: str) -> list[dict]:
    names = get_day_names("wide", locale=LOCALES[lang])
    return [
        {
            "day": names[day.weekday],
            "hours": _hours_text(day.intervals),
            "closed": day.closed or not day.intervals,
            "comment": day.comment,
        }
        for day in days
    ]


def hours_tables(text: str, today: date, lang: str, calendar: opening_hours.Calendar) -> dict:
    """{"seasons": [{"start", "end", "rows"}], "exceptions": [{"date", "hours", "closed",
    "holiday", "comment"}]} for the week of `today`; a single season has start/end None."""
    periods = opening_hours.seasons(text, today)[:SHOWN_SEASONS]
    several = len(periods) > 1
    seasons = [
        {
            "start": period.start if several else None,
            "end": period.end if several else None,
            "rows": _rows(sorted(period.days, key=lambda day: day.weekday), lang),
        }
        for period in periods
    ]
    special = [
        {
            "date": day.date,
            "hours": _hours_text(day.intervals),
            "closed": day.closed or not day.intervals,
            "holiday": day.holiday,
            "comment": day.comment,
        }
        for day in opening_hours.exceptions(
            text, today, lang="en" if lang == "en" else "de", calendar=calendar
        )
    ]
    return {"seasons": seasons, "exceptions": special}
