"""Public holidays of the town's Land, and the town's own closing days.

`PH` in opening hours, the waste calendar's holiday shifts and the holiday names on pages all ask
here, so they agree. The Land is the setting `LAND` (ISO 3166-2 code without "DE-": "RP", "NI");
the calendar comes from the `holidays` package with that subdivision.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from functools import lru_cache

import holidays

COUNTRY = "DE"
LANDS = (
    "BB", "BE", "BW", "BY", "HB", "HE", "HH", "MV", "NI", "NW", "RP", "SH", "SL", "SN", "ST", "TH",
)  # fmt: skip
DEFAULT_LAND = "HE"  # the example town's; a real town sets LAND in its town file


def land_of(settings: dict) -> str:
    """The town's Land code from the settings ("DE-RP" and "rp" are read as "RP")."""
    value = str(settings.get("LAND") or DEFAULT_LAND).upper().removeprefix("DE-")
    return value


@lru_cache(maxsize=256)
def public_holidays(land: str, years: tuple[int, ...], lang: str = "de") -> dict[dt.date, str]:
    """{date: name} of the Land's public holidays in `years`; names in German or English."""
    if land not in LANDS:
        raise ValueError(f"unknown Land {land!r}: expected one of {', '.join(LANDS)}")
    calendar = holidays.country_holidays(
        COUNTRY, subdiv=land, years=years, language="en_US" if lang == "en" else "de"
    )
    return dict(sorted(calendar.items()))


def holidays_between(land: str, first: dt.date, last: dt.date, lang: str = "de") -> dict:
    """{date: name} of the Land's public holidays from `first` through `last`."""
    found = public_holidays(land, tuple(range(first.year, last.year + 1)), lang)
    return {day: name for day, name in found.items() if first <= day <= last}


def holiday_name(land: str, day: dt.date, lang: str = "de") -> str | None:
    return public_holidays(land, (day.year,), lang).get(day)


def is_working_day(land: str, day: dt.date, closed_weekdays: Iterable[int] = (6,)) -> bool:
    """Not a public holiday of the Land and not on a closed weekday (default: Sunday)."""
    return day.weekday() not in tuple(closed_weekdays) and holiday_name(land, day) is None
