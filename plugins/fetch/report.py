"""Pieces of the report lines: counts with their noun, dates as editors read them."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from plugins.kit.i18n import editor_language, message

from .folder import read_meta

BERLIN = ZoneInfo("Europe/Berlin")


def counted(number: int, one: str, many: str) -> str:
    """`counted(1, "{count} Sitzung", "{count} Sitzungen")` -> "1 Sitzung" (translated)."""
    return message(one if number == 1 else many, count=number)


def stamp(moment: datetime) -> str:
    """A run's time as stored in meta.json: UTC, to the second."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat()


def format_day(value: object) -> str | None:
    """'2026-12-02T03:00:00+00:00' as the editor reads a date: 2.12.2026 (English: 2026-12-02)."""
    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return None
    if moment.tzinfo is not None:
        moment = moment.astimezone(BERLIN)
    day = moment.date()
    return f"{day.day}.{day.month}.{day.year}" if editor_language() == "de" else day.isoformat()


def kept(previous: Path | None) -> str:
    """What the build uses when a fetch failed: the last good data (with their date) or none."""
    if previous is None:
        return message("von dieser Quelle gibt es noch keine Daten")
    day = format_day((read_meta(previous) or {}).get("fetched_at"))
    if day:
        return message("die Daten vom {date} bleiben", date=day)
    return message("die bisherigen Daten bleiben")
