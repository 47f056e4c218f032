"""Event dates: check an editor's RRULE and expand events into dated occurrences.

Conventions (the content validator converts front matter into these):
- ``start`` is a ``date`` (all-day) or a timezone-aware ``datetime`` (Europe/Berlin);
- ``end`` is the same kind or None; for all-day events it is the *last day* (inclusive);
- ``recurrence`` is an RFC 5545 RRULE value such as ``FREQ=WEEKLY;BYDAY=SA;UNTIL=20270328``.

Recurrences are expanded with dateutil's rrule, which keeps the local wall-clock time across
daylight-saving changes because every occurrence carries the start's ``ZoneInfo``.
"""

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache

from dateutil.relativedelta import relativedelta
from dateutil.rrule import rrulestr
from icalendar import vRecur

from plugins.kit.i18n import editor_language, german, message

__all__ = [
    "Occurrence",
    "RecurrenceError",
    "check_dates",
    "expand",
    "parse_rrule",
    "split_upcoming",
    "validate_rrule",
]

FREQUENCIES = ("DAILY", "WEEKLY", "MONTHLY", "YEARLY")
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKDAY_NAMES = (
    german("Montag"),
    german("Dienstag"),
    german("Mittwoch"),
    german("Donnerstag"),
    german("Freitag"),
    german("Samstag"),
    german("Sonntag"),
)
RULE_PARTS = (
    "FREQ",
    "INTERVAL",
    "COUNT",
    "UNTIL",
    "BYDAY",
    "BYMONTHDAY",
    "BYMONTH",
    "BYSETPOS",
    "BYWEEKNO",
    "BYYEARDAY",
    "WKST",
)
# Numeric parts: (allowed absolute values, message, negatives allowed). Zero is never allowed.
NUMBER_PARTS = {
    "INTERVAL": (range(1, 1000), german("INTERVAL muss eine ganze Zahl sein, z. B. 2"), False),
    "COUNT": (range(1, 10000), german("COUNT muss eine ganze Zahl sein, z. B. 10"), False),
    "BYMONTH": (
        range(1, 13),
        german("BYMONTH muss Monatszahlen von 1 bis 12 enthalten, z. B. 5 oder 5,6"),
        False,
    ),
    "BYMONTHDAY": (
        range(1, 32),
        german(
            "BYMONTHDAY muss Tage von 1 bis 31 oder -31 bis -1 enthalten (-1 ist der letzte Tag), "
            "z. B. 1 oder 15,-1"
        ),
        True,
    ),
    "BYSETPOS": (range(1, 367), german("BYSETPOS muss eine Zahl sein, z. B. 1 oder -1"), True),
    "BYWEEKNO": (
        range(1, 54),
        german("BYWEEKNO muss Kalenderwochen von 1 bis 53 enthalten, z. B. 1 oder -1"),
        True,
    ),
    "BYYEARDAY": (
        range(1, 367),
        german("BYYEARDAY muss Tage von 1 bis 366 oder -366 bis -1 enthalten"),
        True,
    ),
}
WEEKDAY_HELP = german("nehmen Sie MO,TU,WE,TH,FR,SA,SU (Montag bis Sonntag)")
# How far to look for the first date of a rule; keeps impossible rules from running long.
SEARCH_YEARS = 10


class RecurrenceError(ValueError):
    """An RRULE an editor wrote cannot be used; the message says why in plain English."""


@dataclass(frozen=True)
class Occurrence:
    """One dated occurrence of an event.

    ``start``/``end`` have the kind of the event's start: dates for all-day events (``end`` is
    the last day, inclusive), aware datetimes otherwise. ``end`` is None when the event has none.
    """

    start: date | datetime
    end: date | datetime | None
    all_day: bool

    @property
    def last_day(self) -> date:
        """The last calendar day the occurrence touches (an end at midnight belongs to the day
        before)."""
        if self.all_day:
            return self.end or self.start
        if self.end is None or self.end <= self.start:
            return self.start.date()
        return (self.end - timedelta(microseconds=1)).date()


# --- checking and normalising a rule -------------------------------------------------------


def validate_rrule(text: str, start: date | datetime) -> str | None:
    """Return None if ``text`` is a usable RRULE for an event starting at ``start``, else a short
    message for the editor (in the editors' language)."""
    return _rrule_problem(text, start, editor_language())


@lru_cache(maxsize=4096)  # the same rules on every preview rebuild; the message per language
def _rrule_problem(text: str, start: date | datetime, lang: str) -> str | None:
    try:
        parse_rrule(text, start)
    except RecurrenceError as error:
        return str(error)
    return None


def parse_rrule(text: str, start: date | datetime) -> vRecur:
    """Parse an editor's RRULE into an icalendar ``vRecur`` that follows RFC 5545.

    Forgiving about case, spaces, a leading ``RRULE:`` and an UNTIL written as a plain date
    (it becomes the end of that day in the start's time zone, in UTC, as RFC 5545 requires for
    timed events). Raises ``RecurrenceError`` with an editor-friendly message.
    """
    check_dates(start, None)
    parts = _split_parts(text)
    recur = vRecur()
    for key, value in parts.items():
        recur[key] = _parse_part(key, value)
    _check_combination(recur)
    if "UNTIL" in recur:
        recur["UNTIL"] = [_normalise_until(recur["UNTIL"][0], start)]
        _check_until_after_start(recur["UNTIL"][0], start)
    _check_first_date(recur, start)
    return recur


def _split_parts(text: str) -> dict[str, str]:
    cleaned = (text or "").strip().upper()
    cleaned = cleaned.removeprefix("RRULE:").strip()
    if not cleaned:
        raise RecurrenceError(
            message("Die Wiederholung ist leer — schreiben Sie z. B. FREQ=WEEKLY;BYDAY=SA")
        )
    parts: dict[str, str] = {}
    for raw in cleaned.split(";"):
        part = raw.strip()
        if not part:
            continue  # a trailing or doubled ';' is harmless
        key, sep, value = (piece.strip() for piece in part.partition("="))
        if not sep or not key or not value:
            raise RecurrenceError(
                message(
                    "'{part}' hat nicht die Form NAME=WERT — schreiben Sie z. B. FREQ=WEEKLY",
                    part=part,
                )
            )
        if key not in RULE_PARTS:
            raise RecurrenceError(
                message(
                    "Unbekannter Teil '{key}' — nehmen Sie {names}",
                    key=key,
                    names=_or_list(RULE_PARTS),
                )
            )
        if key in parts:
            raise RecurrenceError(message("{key} steht zweimal da", key=key))
        parts[key] = value
    if "FREQ" not in parts:
        raise RecurrenceError(message("FREQ fehlt — ergänzen Sie z. B. FREQ=WEEKLY"))
    return parts


def _parse_part(key: str, value: str) -> list:
    if key == "FREQ":
        if value not in FREQUENCIES:
            raise RecurrenceError(
                message(
                    "Unbekannte FREQ '{value}' — nehmen Sie {names}",
                    value=value,
                    names=_or_list(FREQUENCIES),
                )
            )
        return [value]
    if key in ("BYDAY", "WKST"):
        return [_parse_weekday(key, token.strip()) for token in value.split(",")]
    if key == "UNTIL":
        try:
            return _icalendar_values(key, value)
        except ValueError:
            raise RecurrenceError(message("UNTIL muss ein Datum sein wie 20270328")) from None
    allowed, problem, negative_ok = NUMBER_PARTS[key]
    try:
        numbers = _icalendar_values(key, value)
    except ValueError:
        raise RecurrenceError(message(problem)) from None
    for number in numbers:
        if abs(number) not in allowed or (number < 0 and not negative_ok):
            raise RecurrenceError(message(problem))
    return numbers


def _parse_weekday(key: str, token: str) -> str:
    """One weekday; in BYDAY optionally numbered: 1SA is the first Saturday, -1SU the last
    Sunday."""
    day = token[-2:]
    number = token[:-2]
    if day not in WEEKDAYS or (number and (key == "WKST" or not re.fullmatch(r"[+-]?\d+", number))):
        raise RecurrenceError(_unknown_weekday(token))
    if number and not 1 <= abs(int(number)) <= 53:
        raise RecurrenceError(
            message(
                "Die Zahl in '{token}' muss aussehen wie 1 (der erste) oder -1 (der letzte)",
                token=token,
            )
        )
    try:
        return _icalendar_values(key, token)[0]
    except ValueError:
        raise RecurrenceError(_unknown_weekday(token)) from None


def _icalendar_values(key: str, value: str) -> list:
    # icalendar's vRecur does the typing (ints, dates, weekdays) and raises ValueError.
    return vRecur.from_ical(f"{key}={value}")[key]


def _check_combination(recur: vRecur) -> None:
    if "COUNT" in recur and "UNTIL" in recur:
        raise RecurrenceError(message("Nehmen Sie COUNT oder UNTIL, nicht beides"))
    numbered = [day for day in recur.get("BYDAY", []) if day not in WEEKDAYS]
    if numbered and recur["FREQ"][0] not in ("MONTHLY", "YEARLY"):
        raise RecurrenceError(
            message(
                "Ein nummerierter Wochentag wie '{day}' braucht FREQ=MONTHLY oder FREQ=YEARLY",
                day=numbered[0],
            )
        )
    _check_month_days_exist(recur)


def _check_month_days_exist(recur: vRecur) -> None:
    """Catch rules like 30 February before dateutil searches up to the year 9999 for them."""
    if "BYMONTHDAY" not in recur:
        return
    months = recur.get("BYMONTH", range(1, 13))
    longest = max(calendar.monthrange(2028, month)[1] for month in months)  # 2028: leap year
    if all(abs(day) > longest for day in recur["BYMONTHDAY"]):
        days = ",".join(str(day) for day in recur["BYMONTHDAY"])
        raise RecurrenceError(
            message("BYMONTHDAY={days} kommt in den Monaten der Regel nie vor", days=days)
        )


def _normalise_until(until: date | datetime, start: date | datetime) -> date | datetime:
    """RFC 5545: UNTIL is a date for all-day events and a UTC date-time for timed ones."""
    if not isinstance(start, datetime):
        return until.date() if isinstance(until, datetime) else until
    if not isinstance(until, datetime):
        # A plain date includes the whole day, local time.
        until = datetime.combine(until, time(23, 59, 59), start.tzinfo)
    elif until.tzinfo is None:
        until = until.replace(tzinfo=start.tzinfo)
    return until.astimezone(UTC)


def _check_until_after_start(until: date | datetime, start: date | datetime) -> None:
    if until < start:
        shown = until.astimezone(start.tzinfo) if isinstance(until, datetime) else until
        raise RecurrenceError(
            message(
                "UNTIL {until} liegt vor dem Beginn {start}",
                until=f"{shown:%Y%m%d}",
                start=_day(start).isoformat(),
            )
        )


def _check_first_date(recur: vRecur, start: date | datetime) -> None:
    """The start must itself be a date of the rule: RFC 5545 counts DTSTART as an occurrence
    while dateutil skips it, so a mismatch would give different dates in different programs."""
    bound = _as_rule_datetime(start) + relativedelta(years=SEARCH_YEARS)
    if "UNTIL" in recur:
        bound = min(bound, _as_rule_datetime(recur["UNTIL"][0]))
    rule = _dateutil_rule(recur, start).replace(until=bound, count=None)
    first = next(iter(rule), None)
    if first is None:
        raise RecurrenceError(
            message(
                "Die Regel ergibt in den {years} Jahren nach dem Beginn keinen Termin",
                years=SEARCH_YEARS,
            )
        )
    if first != _as_rule_datetime(start):
        day = _day(start)
        raise RecurrenceError(
            message(
                "Der Beginn {day} ist ein {weekday}, den die Regel nicht enthält — legen Sie den "
                "Beginn auf den ersten Termin der Reihe",
                day=day.isoformat(),
                weekday=message(WEEKDAY_NAMES[day.weekday()]),
            )
        )


def _dateutil_rule(recur: vRecur, start: date | datetime):
    try:
        return rrulestr(recur.to_ical().decode(), dtstart=_as_rule_datetime(start))
    except (ValueError, TypeError) as error:
        raise RecurrenceError(
            message("Die Regel lässt sich nicht lesen: {error}", error=error)
        ) from None


# --- expanding -------------------------------------------------------------------------------


def expand(
    start: date | datetime,
    end: date | datetime | None,
    recurrence: str | None,
    horizon_from: date,
    months: int = 12,
) -> list[Occurrence]:
    """The occurrences of one event, in date order.

    A non-recurring event gives its single occurrence, whatever the horizon. A recurring event
    gives the occurrences that touch the window from ``horizon_from`` (inclusive; multi-day
    occurrences still running that day count) to ``horizon_from + months`` (exclusive), each
    keeping the event's duration. Raises ``RecurrenceError`` for an unusable rule.
    """
    check_dates(start, end)
    all_day = not isinstance(start, datetime)
    if not recurrence:
        return [Occurrence(start, end, all_day)]
    rule = _dateutil_rule(parse_rrule(recurrence, start), start)
    duration = end - start if end is not None else None
    horizon_end = horizon_from + relativedelta(months=months)
    # Search from a little before horizon_from so occurrences that are still running count.
    reach_back = (duration or timedelta(0)) + timedelta(days=1)
    search_from = _as_rule_datetime(horizon_from, like=start) - reach_back
    search_to = _as_rule_datetime(horizon_end, like=start)
    occurrences = []
    for moment in rule.between(search_from, search_to, inc=True):
        occurrence_start = moment if not all_day else moment.date()
        occurrence_end = occurrence_start + duration if duration is not None else None
        occurrence = Occurrence(occurrence_start, occurrence_end, all_day)
        if occurrence.last_day >= horizon_from and _day(occurrence_start) < horizon_end:
            occurrences.append(occurrence)
    return occurrences


def split_upcoming(
    occurrences: list[Occurrence], today: date | datetime
) -> tuple[list[Occurrence], list[Occurrence]]:
    """Split into (upcoming, past), keeping order. An occurrence is upcoming until it has ended.

    With a ``date`` (the build date) an occurrence is upcoming through its last day; without an
    end that is the start's day. With an aware ``datetime`` the comparison is to the minute:
    the end, or the end of the start's day when there is none.
    """
    upcoming, past = [], []
    for occurrence in occurrences:
        if _has_not_ended(occurrence, today):
            upcoming.append(occurrence)
        else:
            past.append(occurrence)
    return upcoming, past


def _has_not_ended(occurrence: Occurrence, today: date | datetime) -> bool:
    if not isinstance(today, datetime):
        return occurrence.last_day >= today
    if today.tzinfo is None:
        raise ValueError("split_upcoming needs a timezone-aware datetime or a date")
    if occurrence.all_day or occurrence.end is None:
        tz = today.tzinfo if occurrence.all_day else occurrence.start.tzinfo
        ends = datetime.combine(occurrence.last_day + timedelta(days=1), time.min, tz)
    else:
        ends = occurrence.end
    return ends > today


# --- small helpers -----------------------------------------------------------------------------


def check_dates(start: date | datetime, end: date | datetime | None) -> None:
    """Catch programming errors early: the validator guarantees these for content."""
    if isinstance(start, datetime) and start.tzinfo is None:
        raise ValueError("event start must be timezone-aware")
    if end is not None and isinstance(end, datetime) != isinstance(start, datetime):
        raise ValueError("event start and end must both be dates or both be datetimes")
    if end is not None and end < start:
        raise ValueError("event end is before its start")


def _as_rule_datetime(day_or_moment: date | datetime, like: date | datetime | None = None):
    """dateutil works on datetimes: all-day dates become naive midnights, and a horizon day
    becomes local midnight in the event's time zone."""
    if isinstance(day_or_moment, datetime):
        return day_or_moment
    like = like if like is not None else day_or_moment
    tz = like.tzinfo if isinstance(like, datetime) else None
    return datetime.combine(day_or_moment, time.min, tz)


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def _or_list(words: tuple[str, ...]) -> str:
    return ", ".join(words[:-1]) + message(" oder ") + words[-1]


def _unknown_weekday(token: str) -> str:
    return message(
        "Unbekannter Wochentag '{token}' — {help}", token=token, help=message(WEEKDAY_HELP)
    )
