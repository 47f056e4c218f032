"""Opening hours: an OpenStreetMap `opening_hours` string in, tables, JSON-LD and intervals out.

Parsing and evaluation are done entirely by opening-hours-py (the `opening_hours` module); this
module only asks it for the state of concrete days and shapes the answers for templates.

Every function is pure: the build date comes in as a parameter, the clock is never read.
Times are wall-clock times in Europe/Berlin. Public holidays (`PH`) are those of the town's Land
(`Calendar`, from the setting LAND, through `plugins.kit.holidays`): opening-hours-py knows only
the nationwide ones, so it evaluates every string without holidays, and on a holiday of the Land
the day is evaluated with `PH` standing for that day's weekday (`Sa,Su,PH 10:00-18:00` becomes
`Sa,Su,Th 10:00-18:00` on a Thursday that is Fronleichnam). The town's own closing days
(`CLOSING_DAYS`: a date, optionally from a time, and a name) close every office from then on.

"Regular" hours are what a day normally looks like: evaluated without public holidays and,
per day, the most common hours of the same weekday within four weeks before and after. So a
change lasting at least five weeks (a season such as `Apr-Oct`) shows up as regular hours, and
a shorter one (`Dec 24 off`, a two-week closure) as an exception.
"""

import re
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo

from opening_hours import OpeningHours, ParserError, State

from plugins.frontmatter.fields import Checked, parse_date
from plugins.kit.i18n import german, message

from .holidays import holiday_name, land_of

TIMEZONE = ZoneInfo("Europe/Berlin")
WEEKDAY_CODES = ("Mo", "Tu", "We", "Th", "Fr", "Sa", "Su")
_PH = re.compile(r"\bPH\b")
# Weeks looked at on each side of a day to tell its regular hours from a one-off change.
REGULAR_WINDOW_WEEKS = 4
SCHEMA_DAYS = (
    "https://schema.org/Monday",
    "https://schema.org/Tuesday",
    "https://schema.org/Wednesday",
    "https://schema.org/Thursday",
    "https://schema.org/Friday",
    "https://schema.org/Saturday",
    "https://schema.org/Sunday",
)

Interval = tuple[str, str]  # ("08:00", "12:00"); an end at midnight is "24:00"


class Day(NamedTuple):
    """The hours of one weekday (0 = Monday) in a week table."""

    weekday: int
    intervals: tuple[Interval, ...]
    closed: bool
    comment: str = ""
    # Times marked `unknown` by the editor, e.g. `Sa 10:00-12:00 unknown "nach Vereinbarung"`.
    unknown: tuple[Interval, ...] = ()


class Season(NamedTuple):
    """Regular hours valid from `start` through `end` (both inclusive)."""

    start: date
    end: date
    days: tuple[Day, ...]  # one row per weekday occurring in the period, Monday first


class SpecialDay(NamedTuple):
    """A date whose hours differ from the regular week."""

    date: date
    intervals: tuple[Interval, ...]
    closed: bool
    holiday: str | None = None  # the public holiday's name, if the date is one
    comment: str = ""
    unknown: tuple[Interval, ...] = ()


@dataclass(frozen=True)
class Closure:
    """A closing day of the whole administration: from `start` on (None: the whole day)."""

    day: date
    name: str
    start: time | None = None


@dataclass(frozen=True)
class Calendar:
    """Which days are public holidays (the Land's) and which are the town's closing days."""

    land: str = "HE"
    closures: tuple[Closure, ...] = ()

    def holiday(self, day: date, lang: str = "de") -> str | None:
        return holiday_name(self.land, day, lang)

    def closure(self, day: date) -> Closure | None:
        return next((c for c in self.closures if c.day == day), None)


def calendar_of(settings: dict) -> Calendar:
    """The Calendar of a site: LAND and CLOSING_DAYS ([{date, name, from}] from the town file)."""
    closures = []
    for entry in settings.get("CLOSING_DAYS") or ():
        day = entry["date"] if isinstance(entry["date"], date) else parse_date(str(entry["date"]))
        start = entry.get("from")
        if isinstance(start, str):
            start = time.fromisoformat(start)
        closures.append(Closure(day, str(entry.get("name", "")), start))
    return Calendar(land_of(settings), tuple(sorted(closures, key=lambda c: c.day)))


DEFAULT_CALENDAR = Calendar()


# --- validation -----------------------------------------------------------------------------

# What the parser's grammar rules mean to an editor; rules not listed are left out.
_EXPECTED = {
    "timespan": german("eine Zeitspanne wie 08:00-12:00"),
    "timespan_plus": german("eine Zeitspanne wie 08:00-12:00"),
    "holiday": german("PH (Feiertag)"),
    "small_range_selectors": german("Tage wie Mo-Fr"),
    "week_selector": german("Tage wie Mo-Fr"),
    "monthday_range": german("Daten wie Dec 24"),
    "year": german("Daten wie Dec 24"),
    "always_open": '"24/7"',
    "rules_modifier": german('ein Zustand wie "off"'),
    "comment": german('ein Kommentar in "Anführungszeichen"'),
    "any_rule_separator": german('";" zwischen den Regeln'),
}


def opening_hours_field(**kwargs):
    """The front-matter field for opening hours (offices, sights, lodging)."""
    return Checked(
        help="Öffnungszeiten in OpenStreetMap-Schreibweise",
        example="Mo-Fr 08:00-12:00, Th 14:00-18:00; PH off",
        check=validate,
        **kwargs,
    )


def validate(text: str) -> str | None:
    """None if opening-hours-py can read `text`, else a short message for the editor."""
    if not text.strip():
        return message("Die Öffnungszeiten sind leer")
    try:
        _parse(text)
    except (ParserError, SyntaxError, ValueError) as error:
        return _explain(text, str(error))
    return None


def _explain(text: str, error: str) -> str:
    column = _error_column(error)
    if column is None:
        return message("Die Öffnungszeiten {text} lassen sich nicht lesen", text=repr(text))
    start = _word_start(text, column - 1)
    if start >= len(text.rstrip()):
        problem = message("{text} endet zu früh", text=repr(text))
    else:
        problem = message(
            "{text} lässt sich nicht lesen (Zeichen {position})",
            text=repr(text[start : start + 30]),
            position=start + 1,
        )
    expected = _expected_words(error)
    if not expected:
        return problem
    return message(
        "{problem}: erwartet wird {expected}", problem=problem, expected=_join_or(expected)
    )


def _error_column(error: str) -> int | None:
    # pest errors carry the position as "--> LINE:COLUMN"; our strings are one line.
    for line in error.splitlines():
        if "-->" in line:
            position = line.split("-->", 1)[1].strip()
            column = position.rpartition(":")[2]
            return int(column) if column.isdigit() else None
    return None


def _word_start(text: str, index: int) -> int:
    # Point at the whole word ("Thu", not "u") so the editor recognises what they wrote.
    index = min(index, len(text))
    while index > 0 and (text[index - 1].isalnum() or text[index - 1] == ":"):
        index -= 1
    return index


def _expected_words(error: str) -> list[str]:
    for line in error.splitlines():
        line = line.strip()
        if line.startswith("= expected "):
            names = line.removeprefix("= expected ").replace(" or ", " ").split(",")
            words = {_EXPECTED.get(name.strip()) for name in names}
            # In the order of _EXPECTED: the likeliest fix first.
            return [word for word in dict.fromkeys(_EXPECTED.values()) if word in words]
    return []


def _join_or(words: list[str]) -> str:
    words = [message(word) for word in words]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + message(" oder ") + words[-1]


# --- evaluation -----------------------------------------------------------------------------


@lru_cache(maxsize=256)
def _parse(text: str) -> OpeningHours:
    # Without a country opening-hours-py knows no public holidays, so `PH` rules never apply:
    # holidays are the Land's, handled day by day (`_rules_for`).
    return OpeningHours(
        text, timezone=TIMEZONE, country=None, auto_country=False, auto_timezone=False
    )


def _rules_for(text: str, day: date, calendar: Calendar | None) -> str:
    """The string to evaluate `day` with: on a holiday of the Land, `PH` is that day's weekday."""
    if calendar is None or calendar.holiday(day) is None:
        return text
    return _PH.sub(WEEKDAY_CODES[day.weekday()], text)


def _midnight(day: date) -> datetime:
    return datetime.combine(day, time(), TIMEZONE)


def _local(moment: datetime) -> datetime:
    """A naive datetime is taken as Berlin wall-clock time."""
    if moment.tzinfo is None:
        return moment.replace(tzinfo=TIMEZONE)
    return moment.astimezone(TIMEZONE)


def _clock(moment: datetime, day: date) -> str:
    return "24:00" if moment.date() > day else moment.strftime("%H:%M")


def _moments(text: str, day: date, calendar: Calendar | None) -> list[tuple]:
    """(begin, end, state, comment) of one calendar day: the Land's holidays and the town's
    closing days applied when a `calendar` is given (None: the regular hours)."""
    start, end = _midnight(day), _midnight(day + timedelta(days=1))
    closure = calendar.closure(day) if calendar is not None else None
    cut = end if closure is None else datetime.combine(day, closure.start or time(), TIMEZONE)
    found = []
    for begin, finish, state, comment in _parse(_rules_for(text, day, calendar)).intervals(
        start, end
    ):
        finish = end if finish is None else min(finish, end)
        if state in (State.OPEN, State.UNKNOWN):
            finish = min(finish, cut)
        if begin < finish:
            found.append((begin, finish, state, comment))
    return found


@lru_cache(maxsize=1 << 17)  # a year of days for a few hundred different strings
def _day(text: str, day: date, calendar: Calendar | None) -> Day:
    """The hours of one calendar day (regular hours when `calendar` is None)."""
    found: dict[State, list[Interval]] = {State.OPEN: [], State.UNKNOWN: []}
    comments: list[str] = []
    for begin, finish, state, comment in _moments(text, day, calendar):
        if state in found:
            found[state].append((_clock(begin, day), _clock(finish, day)))
        if comment and comment not in comments:
            comments.append(comment)
    opened, unknown = tuple(found[State.OPEN]), tuple(found[State.UNKNOWN])
    return Day(day.weekday(), opened, not opened and not unknown, "; ".join(comments), unknown)


@lru_cache(maxsize=1 << 16)
def _regular_day(text: str, day: date) -> Day:
    """The most common hours of this weekday around `day`, public holidays ignored."""
    # Nearest weeks first, so a tie goes to the hours closest to `day`.
    offsets = [0]
    for week in range(1, REGULAR_WINDOW_WEEKS + 1):
        offsets += [week, -week]
    samples = [_day(text, day + timedelta(weeks=offset), None) for offset in offsets]
    return Counter(samples).most_common(1)[0][0]


def _dates(first: date, stop: date) -> list[date]:
    """The dates from `first` up to, not including, `stop`."""
    return [first + timedelta(days=offset) for offset in range((stop - first).days)]


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


# --- public functions -----------------------------------------------------------------------


def week_table(text: str, today: date) -> list[Day]:
    """Regular hours Monday..Sunday of the week containing `today` (holidays left out)."""
    monday = _monday(today)
    return [_regular_day(text, monday + timedelta(days=offset)) for offset in range(7)]


def seasons(text: str, today: date, days: int = 366) -> list[Season]:
    """Periods of unchanging regular hours from the week of `today` for `days` days.

    One period means the hours hold all year; `Apr-Oct: ...; Nov-Mar: ...` gives three (the
    current season, the other one, the current one again next year).
    """
    return list(_seasons(text, today, days))


@lru_cache(maxsize=4096)  # a year of days per office: the same on every preview rebuild
def _seasons(text: str, today: date, days: int) -> tuple[Season, ...]:
    monday = _monday(today)
    horizon = today + timedelta(days=days)
    # Start a week early so every weekday is known before the first change can be noticed.
    periods = _periods(text, monday - timedelta(days=7), horizon)
    return tuple(
        Season(max(start, monday), end, tuple(rows[weekday] for weekday in sorted(rows)))
        for start, end, rows in periods
        if end >= monday
    )


def _periods(text: str, first: date, last: date) -> list[tuple[date, date, dict[int, Day]]]:
    periods = []
    start, rows = first, {}
    for day in _dates(first, last):
        regular = _regular_day(text, day)
        known = rows.get(day.weekday())
        if known is not None and known != regular:
            change = _change_day(text, max(start, day - timedelta(days=6)), day)
            periods.append((start, change - timedelta(days=1), rows))
            start = change
            rows = {early.weekday(): _regular_day(text, early) for early in _dates(change, day)}
        rows[day.weekday()] = regular
    periods.append((start, last - timedelta(days=1), rows))
    return periods


def _change_day(text: str, earliest: date, noticed: date) -> date:
    """The first day of new hours that were noticed on `noticed`.

    Days before `noticed` whose hours are the same in the old and the new period could belong
    to either; all those dates describe the hours truly. Prefer the 1st of a month among them,
    as seasons are written as months (`Apr-Oct`), else the earliest.
    """
    change = noticed
    while change > earliest:
        before = change - timedelta(days=1)
        if _regular_day(text, before) != _regular_day(text, before + timedelta(weeks=1)):
            break
        change = before
    firsts = [day for day in _dates(change, noticed + timedelta(days=1)) if day.day == 1]
    return firsts[0] if firsts else change


def exceptions(
    text: str,
    today: date,
    days: int = 60,
    lang: str = "de",
    calendar: Calendar = DEFAULT_CALENDAR,
) -> list[SpecialDay]:
    """Dates from `today` on (for `days` days) whose hours differ from the regular hours: the
    Land's public holidays and the town's closing days among them, with their names.

    `lang` ("de" or "en") picks the language of holiday names.
    """
    found = []
    for day in _dates(today, today + timedelta(days=days)):
        actual = _day(text, day, calendar)
        if actual != _regular_day(text, day):
            closure = calendar.closure(day)
            name = calendar.holiday(day, lang) or (closure.name if closure else None)
            found.append(
                SpecialDay(
                    day, actual.intervals, actual.closed, name, actual.comment, actual.unknown
                )
            )
    return found


def hours_on(text: str, day: date, calendar: Calendar = DEFAULT_CALENDAR) -> list[Interval]:
    """Open intervals on one date, public holidays and exceptions included."""
    return list(_day(text, day, calendar).intervals)


def is_open(text: str, moment: datetime, calendar: Calendar = DEFAULT_CALENDAR) -> bool:
    """Whether the place is open at `moment` (naive = Berlin wall-clock time)."""
    local = _local(moment)
    return any(
        begin <= local < finish and state == State.OPEN
        for begin, finish, state, _ in _moments(text, local.date(), calendar)
    )


def intervals(
    text: str, start: datetime, days: int = 14, calendar: Calendar = DEFAULT_CALENDAR
) -> list[tuple[str, str]]:
    """Open intervals from `start` for `days` days as ISO 8601 strings with UTC offsets.

    Adjacent open intervals are merged, so 24/7 gives one interval. The first one begins at
    `start` at the earliest: pass midnight of the build date to cover the whole day.
    """
    begin = _local(start)
    end = begin + timedelta(days=days)  # wall-clock arithmetic: DST days stay whole days
    merged: list[list[datetime]] = []
    moments = [
        moment
        for day in _dates(begin.date(), end.date() + timedelta(days=1))
        for moment in _moments(text, day, calendar)
    ]
    for first, last, state, _comment in moments:
        first, last = max(first, begin), min(last, end)
        if state != State.OPEN or first >= last:
            continue
        if merged and merged[-1][1] == first:
            merged[-1][1] = last
        else:
            merged.append([first, last])
    return [(first.isoformat(), last.isoformat()) for first, last in merged]


def schema_org(
    text: str, today: date, days: int = 60, calendar: Calendar = DEFAULT_CALENDAR
) -> list[dict]:
    """schema.org `OpeningHoursSpecification` dicts: regular hours plus upcoming exceptions.

    Seasonal hours carry `validFrom`/`validThrough`; closed exception days are expressed as
    opens = closes = "00:00", the way schema.org documents it.
    """
    periods = seasons(text, today)
    specs = []
    for period in periods:
        validity = {}
        if len(periods) > 1:
            validity = {
                "validFrom": period.start.isoformat(),
                "validThrough": period.end.isoformat(),
            }
        specs += [{**spec, **validity} for spec in _week_specs(period.days)]
    for special in exceptions(text, today, days, calendar=calendar):
        specs += _special_specs(special)
    return specs


def _week_specs(rows: tuple[Day, ...]) -> list[dict]:
    # One entry per opening interval, listing every weekday that has it.
    weekdays: dict[Interval, list[int]] = {}
    for row in rows:
        for interval in row.intervals:
            weekdays.setdefault(interval, []).append(row.weekday)
    ordered = sorted(weekdays.items(), key=lambda item: (item[1][0], item[0]))
    return [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [SCHEMA_DAYS[weekday] for weekday in days],
            "opens": opens,
            "closes": _schema_time(closes),
        }
        for (opens, closes), days in ordered
    ]


def _special_specs(special: SpecialDay) -> list[dict]:
    day = special.date.isoformat()
    hours = special.intervals or (("00:00", "00:00"),)
    return [
        {
            "@type": "OpeningHoursSpecification",
            "opens": opens,
            "closes": _schema_time(closes),
            "validFrom": day,
            "validThrough": day,
        }
        for opens, closes in hours
    ]


def _schema_time(clock: str) -> str:
    # schema.org Time has no 24:00; Google documents 23:59 for "until midnight".
    return "23:59" if clock == "24:00" else clock
