"""The waste company's files: `strassen.csv`, `termine.csv` and iCalendar files per district.

CSV as German spreadsheet programs write them: semicolons, UTF-8 with or without BOM, or
Windows-1252; dates `2027-01-07` or `07.01.2027`. Every unreadable line is reported at its line
(`file.problem`); the good rows are kept, so all problems show at once.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from dataclasses import dataclass

from plugins.kit.i18n import message

STREET_COLUMNS = ("strasse", "hausnummern", "bezirk")
DATE_COLUMNS = ("datum", "bezirk", "fraktion")
RANGE = re.compile(r"^(\d+)\s*-\s*(\d+)(?:\s+(gerade|ungerade))?$", re.IGNORECASE)
SINGLE = re.compile(r"^(\d+)$")


@dataclass(frozen=True)
class Numbers:
    """House numbers of a street row: all (first is None), a range, or a range of one parity."""

    first: int | None = None
    last: int | None = None
    parity: str | None = None  # "gerade", "ungerade" or None

    def overlaps(self, other: Numbers) -> bool:
        if self.first is None or other.first is None:
            return True
        if self.last < other.first or other.last < self.first:
            return False
        if self.parity and other.parity and self.parity != other.parity:
            return False
        low, high = max(self.first, other.first), min(self.last, other.last)
        wanted = [p for p in (self.parity, other.parity) if p]
        return any(
            not wanted or (number % 2 == 0) == (wanted[0] == "gerade")
            for number in range(low, high + 1)
        )

    def contains(self, number: int) -> bool:
        if self.first is None:
            return True
        if not self.first <= number <= self.last:
            return False
        return self.parity is None or (number % 2 == 0) == (self.parity == "gerade")

    def text(self) -> str:
        if self.first is None:
            return ""
        text = f"{self.first}–{self.last}"
        return f"{text} {self.parity}" if self.parity else text


@dataclass(frozen=True)
class StreetRow:
    street: str
    numbers: Numbers
    district: str
    line: int


@dataclass(frozen=True)
class DateRow:
    day: dt.date
    district: str
    fraction: str
    line: int


def decode(data: bytes) -> str:
    """UTF-8 (with or without BOM), else Windows-1252 (German Excel)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def parse_day(text: str) -> dt.date | None:
    text = text.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            return dt.date.fromisoformat(text)
        found = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", text)
        if found:
            day, month, year = (int(part) for part in found.groups())
            return dt.date(year, month, day)
    except ValueError:
        return None
    return None


def parse_numbers(text: str) -> Numbers | None:
    text = text.strip()
    if not text:
        return Numbers()
    if SINGLE.match(text):
        return Numbers(int(text), int(text))
    found = RANGE.match(text)
    if not found:
        return None
    first, last = int(found.group(1)), int(found.group(2))
    if last < first:
        return None
    parity = found.group(3).lower() if found.group(3) else None
    return Numbers(first, last, parity)


def _rows(file, columns: tuple[str, ...]):
    """(line, [cells]) of the data rows; a header row naming the columns is skipped."""
    try:
        text = decode(file.read_bytes())
    except OSError as error:
        file.problem(
            1,
            message("Die Datei lässt sich nicht lesen ({reason})", reason=str(error)),
            message("prüfen Sie, ob es eine Datei ist und ob sie gelesen werden darf"),
        )
        return
    reader = csv.reader(io.StringIO(text), delimiter=";")
    for cells in reader:
        line = reader.line_num
        cells = [cell.strip() for cell in cells]
        if not any(cells):
            continue
        if [cell.lower() for cell in cells[: len(columns)]] == list(columns):
            continue
        if len(cells) != len(columns) and not (
            len(cells) > len(columns) and not any(cells[len(columns) :])
        ):
            file.problem(
                line,
                message(
                    "Die Zeile hat {count} Spalten statt {expected} ({columns})",
                    count=len(cells),
                    expected=len(columns),
                    columns=";".join(columns),
                ),
                message("trennen Sie die Spalten mit Semikolon, eine Zeile je Eintrag"),
            )
            continue
        yield line, cells[: len(columns)]


def read_streets(file) -> list[StreetRow]:
    rows = []
    for line, (street, numbers_text, district) in _rows(file, STREET_COLUMNS):
        numbers = parse_numbers(numbers_text)
        if not street or not district:
            file.problem(
                line,
                message("Straße oder Bezirk fehlt"),
                message("schreiben Sie Straße;Hausnummern;Bezirk, etwa Am Markt;;1"),
            )
        elif numbers is None:
            file.problem(
                line,
                message("Die Hausnummern '{raw}' sind unverständlich", raw=numbers_text),
                message(
                    "lassen Sie das Feld leer (alle) oder schreiben Sie 1-49, 2-50 gerade "
                    "oder 1-49 ungerade"
                ),
            )
        else:
            rows.append(StreetRow(street, numbers, district, line))
    return rows


def read_dates(file) -> list[DateRow]:
    rows = []
    for line, (day_text, district, fraction) in _rows(file, DATE_COLUMNS):
        day = parse_day(day_text)
        if day is None:
            file.problem(
                line,
                message("Das Datum '{raw}' ist unverständlich", raw=day_text),
                message("schreiben Sie das Datum wie 2027-01-07 oder 07.01.2027"),
            )
        elif not district or not fraction:
            file.problem(
                line,
                message("Bezirk oder Fraktion fehlt"),
                message("schreiben Sie Datum;Bezirk;Fraktion, etwa 07.01.2027;1;restmuell"),
            )
        else:
            rows.append(DateRow(day, district, fraction, line))
    return rows


def read_ics(file) -> list[DateRow]:
    """A provider's calendar of one district: `bezirk-<name>.ics`; SUMMARY names the fraction."""
    import icalendar

    district = file.path.stem.removeprefix("bezirk-")
    try:
        calendar = icalendar.Calendar.from_ical(file.read_bytes())
    except (ValueError, OSError) as error:
        file.problem(
            1,
            message("Die Kalenderdatei lässt sich nicht lesen ({reason})", reason=str(error)),
            message("laden Sie die Datei erneut aus dem Portal des Entsorgers herunter"),
        )
        return []
    rows = []
    for event in calendar.walk("VEVENT"):
        start = event.decoded("DTSTART", None)
        if isinstance(start, dt.datetime):
            start = start.date()
        summary = str(event.get("SUMMARY", "")).strip()
        if start is None or not summary:
            file.problem(
                1,
                message("Ein Termin ohne Datum oder Bezeichnung (SUMMARY)"),
                message("laden Sie die Datei erneut aus dem Portal des Entsorgers herunter"),
            )
            continue
        rows.append(DateRow(start, district, summary, 0))
    return rows


def read_waste_file(file):
    """The data reader: {"kind": ..., "rows": [...]}."""
    name = file.path.name
    if name == "strassen.csv":
        return {"kind": "streets", "rows": read_streets(file)}
    if name == "termine.csv":
        return {"kind": "dates", "rows": read_dates(file)}
    return {"kind": "ics", "rows": read_ics(file)}
