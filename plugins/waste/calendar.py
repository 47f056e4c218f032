"""From the company's rows and the front matter's rules to the dates of each district.

Pure functions: `expand_rule` (a rhythm → dates), `shift_for_holidays` (the usual
"Feiertagsverschiebung": in a week with a public holiday on a working day, that day's collection
and every later one of the week move one working day later, Saturday included), `Collection`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from itertools import pairwise

from plugins.kit.holidays import holidays_between

WEEKDAY_INDEX = {"Mo": 0, "Di": 1, "Mi": 2, "Do": 3, "Fr": 4, "Sa": 5}

DEFAULT_FRACTIONS = tuple(
    dict(zip(("key", "label", "label_en", "colour", "short"), row, strict=True))
    for row in (
        ("restmuell", "Restmüll", "Residual waste", "#4a4f55", "R"),
        ("bio", "Bioabfall", "Organic waste", "#7a4b1e", "B"),
        ("papier", "Altpapier", "Waste paper", "#1f5fa8", "P"),
        ("gelb", "Gelber Sack", "Recycling bag", "#e3c300", "G"),
    )
)


@dataclass(frozen=True)
class Collection:
    day: dt.date
    fraction: str
    district: str
    planned: dt.date | None = None  # the rule's day, when a holiday moved it
    holiday: str = ""  # the holiday's name, when moved
    series: str = ""  # made by a rule: the key of its series (`rule_series`)


def parse_season(text: str | None) -> tuple[int, int] | None:
    """ "4-10" → (4, 10): months, inclusive; None: all year; ValueError when unreadable."""
    if not text:
        return None
    first, _, last = str(text).partition("-")
    months = int(first), int(last or first)
    if not all(1 <= month <= 12 for month in months):
        raise ValueError(text)
    return months


def in_season(day: dt.date, season: tuple[int, int] | None) -> bool:
    if season is None:
        return True
    first, last = season
    if first <= last:
        return first <= day.month <= last
    return day.month >= first or day.month <= last


def expand_rule(rule: dict, last: dt.date) -> list[dt.date]:
    """The rule's days from `first` through `last` (no holiday shift yet)."""
    first = rule["first"]
    weekday = WEEKDAY_INDEX[rule["weekday"]]
    start = first + dt.timedelta(days=(weekday - first.weekday()) % 7)
    step = dt.timedelta(weeks=int(rule.get("every_weeks") or 1))
    season = parse_season(rule.get("season"))
    days, day = [], start
    while day <= last:
        if in_season(day, season):
            days.append(day)
        day += step
    return days


def shift_for_holidays(days: list[dt.date], land: str) -> list[tuple[dt.date, dt.date, str]]:
    """(new day, planned day, holiday names) for each day; unmoved days have an empty name.

    A holiday on Monday–Saturday moves the collections of that day and the later days of its
    week by one working day each; Sundays and holidays are skipped when moving.
    """
    if not days:
        return []
    found = holidays_between(land, min(days) - dt.timedelta(days=7), max(days) + dt.timedelta(14))
    result = []
    for day in days:
        monday = day - dt.timedelta(days=day.weekday())
        reasons = [
            name
            for holiday, name in found.items()
            if monday <= holiday <= day and holiday.weekday() < 6
        ]
        moved = day
        for _ in reasons:
            moved += dt.timedelta(days=1)
            while moved.weekday() == 6 or moved in found:
                moved += dt.timedelta(days=1)
        result.append((moved, day, ", ".join(reasons) if moved != day else ""))
    return result


RRULE_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA")


def series_key(rule: dict, number: int) -> str:
    return f"{rule['fraction']}-{number}"


def rule_series(rule: dict, last: dt.date) -> dict | None:
    """The rule as an iCalendar series: {start, rrule}; calendar programs expand it themselves,
    so a year of fortnightly collections is one VEVENT instead of 26."""
    days = expand_rule(rule, last)
    if not days:
        return None
    rrule = (
        f"FREQ=WEEKLY;INTERVAL={int(rule.get('every_weeks') or 1)};"
        f"BYDAY={RRULE_DAYS[WEEKDAY_INDEX[rule['weekday']]]};UNTIL={days[-1]:%Y%m%d}"
    )
    season = parse_season(rule.get("season"))
    if season is not None:
        first, end = season
        months = range(first, end + 1) if first <= end else [*range(first, 13), *range(1, end + 1)]
        rrule += ";BYMONTH=" + ",".join(str(month) for month in months)
    return {"start": days[0], "rrule": rrule}


def rule_collections(rules: list[dict], land: str, last: dt.date) -> list[Collection]:
    collections = []
    for number, rule in enumerate(rules):
        days = expand_rule(rule, last)
        for moved, planned, reason in shift_for_holidays(days, land):
            collections.append(
                Collection(
                    moved,
                    str(rule["fraction"]),
                    str(rule["district"]),
                    planned if reason else None,
                    reason,
                    series_key(rule, number),
                )
            )
    return collections


def by_month(collections: list[Collection]) -> list[tuple[dt.date, list[Collection]]]:
    """[(first of month, collections in order)]."""
    months: dict[dt.date, list[Collection]] = {}
    for collection in sorted(collections, key=lambda c: (c.day, c.fraction)):
        months.setdefault(collection.day.replace(day=1), []).append(collection)
    return list(months.items())


def next_per_fraction(collections: list[Collection], order: list[str]) -> list[Collection]:
    """The first collection of each fraction, in the order of the configured fractions."""
    first: dict[str, Collection] = {}
    for collection in sorted(collections, key=lambda c: c.day):
        first.setdefault(collection.fraction, collection)
    return [first[key] for key in order if key in first]


def as_series(days: list[dt.date], minimum: int = 4) -> tuple[dict | None, list[dt.date]]:
    """Explicit dates of one fraction as a weekly rhythm where they have one: ({start, rrule,
    exceptions}, dates off the rhythm) or (None, all dates). A company's list "every second
    Thursday, one moved for a holiday" becomes one RRULE with an EXDATE and one single date."""
    days = sorted(set(days))
    if len(days) < minimum:
        return None, days
    gaps = [(b - a).days for a, b in pairwise(days)]
    weekly = [gap for gap in gaps if gap % 7 == 0 and gap > 0]
    if not weekly:
        return None, days
    step = max(set(weekly), key=lambda gap: (weekly.count(gap), -gap))
    start = days[0]
    on_grid = [d for d in days if (d - start).days % step == 0 and d.weekday() == start.weekday()]
    if len(on_grid) < minimum or len(on_grid) * 2 < len(days):
        return None, days
    last = on_grid[-1]
    grid = [start + dt.timedelta(days=step * n) for n in range((last - start).days // step + 1)]
    present = set(on_grid)
    rrule = (
        f"FREQ=WEEKLY;INTERVAL={step // 7};BYDAY={RRULE_DAYS[start.weekday()]};UNTIL={last:%Y%m%d}"
    )
    series = {"start": start, "rrule": rrule, "exceptions": [d for d in grid if d not in present]}
    return series, [d for d in days if d not in present]
