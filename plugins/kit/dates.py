"""Dates as the site uses them: one rule for "has this passed?" at the build date.

A build is made for a day (the build date, never the clock). A nightly build stands for that
whole day, so a date-time counts as passed when it is before noon of the build date, and a plain
date when the day is over (the build date is after it). Alerts, notices, vacancies, the search
index and the sitemap all ask `has_passed`.
"""

from __future__ import annotations

import datetime as dt
import os

from plugins.frontmatter.fields import BERLIN

__all__ = ["BERLIN", "as_datetime", "build_date", "build_moment", "has_passed", "local_date"]


def build_date(settings: dict) -> dt.date:
    """The day the site is built for: SITE_BUILD_DATE (environment, then setting), else today."""
    value = os.environ.get("SITE_BUILD_DATE") or settings.get("SITE_BUILD_DATE")
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(value) if value else dt.date.today()


def build_moment(day: dt.date) -> dt.datetime:
    """The moment a build for `day` stands for: noon in Europe/Berlin."""
    return dt.datetime.combine(day, dt.time(12, 0), tzinfo=BERLIN)


def has_passed(value: dt.date | dt.datetime | None, day: dt.date) -> bool:
    """Whether `value` is over on the build date `day` (None never passes)."""
    if value is None:
        return False
    if isinstance(value, dt.datetime):
        aware = value if value.tzinfo else value.replace(tzinfo=BERLIN)
        return aware <= build_moment(day)
    return value < day


def as_datetime(value: dt.date | dt.datetime) -> dt.datetime:
    """A date-time for feeds and JSON-LD: a plain date is taken as midnight in Europe/Berlin."""
    if isinstance(value, dt.datetime):
        return value if value.tzinfo else value.replace(tzinfo=BERLIN)
    return dt.datetime(value.year, value.month, value.day, tzinfo=BERLIN)


def local_date(value: dt.date | dt.datetime) -> dt.date:
    """The day of a date or date-time in Europe/Berlin (years of archives, "Stand" dates)."""
    if isinstance(value, dt.datetime):
        return as_datetime(value).astimezone(BERLIN).date()
    return value
