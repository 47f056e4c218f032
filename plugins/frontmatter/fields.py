"""Field types of the front-matter contract: each turns the editor's text into a typed value.

A field raises `Invalid(what, fix)` when the text cannot be what it needs; containers (objects and
lists) collect the problems of all their parts so that an editor sees every mistake at once.
Every field carries a German `help` text and an `example`: the editors' reference, the
`invoke new` archetypes and the browser editor's configuration are generated from them.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo

BERLIN = ZoneInfo("Europe/Berlin")


class Invalid(Exception):
    """One or more problems in a value; `problems` holds (path, what, fix) triples."""

    def __init__(self, what: str = "", fix: str = "", path: tuple = (), problems=None):
        self.problems = problems if problems is not None else [(path, what, fix)]
        super().__init__(what)


def _shown(raw: Any) -> str:
    """How a raw value is quoted in a message."""
    if isinstance(raw, list):
        return "a list"
    if isinstance(raw, dict):
        return "a group of fields"
    return f"'{raw}'"


def did_you_mean(key: str, known) -> str:
    match = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    if match:
        return f"did you mean '{match[0]}'?"
    return "known fields: " + ", ".join(sorted(known))


@dataclass
class Field:
    """Base: plain text. Subclasses override `parse` (one value) and `kind` (for docs and CMS)."""

    help: str = ""
    example: Any = None
    required: bool = False
    kind: str = "text"
    label: str = ""  # short German label for forms (the browser editor); default: the name

    def convert(self, raw: Any) -> Any:
        if isinstance(raw, (list, dict)):
            raise Invalid(f"expected {self.describe()}, but found {_shown(raw)}", self.hint())
        return self.parse(raw.strip())

    def parse(self, text: str) -> Any:
        return text

    def describe(self) -> str:
        return "text"

    def hint(self) -> str:
        return f"write it on one line, e.g. {self.example}" if self.example else "write it as text"

    def is_empty(self, raw: Any) -> bool:
        return raw is None or (isinstance(raw, str) and not raw.strip()) or raw == []


@dataclass
class Text(Field):
    multiline: bool = False
    max_length: int = 0

    def parse(self, text: str) -> str:
        if self.max_length and len(text) > self.max_length:
            raise Invalid(
                f"is {len(text)} characters long, at most {self.max_length} are allowed",
                "shorten it: one or two plain sentences",
            )
        return text


@dataclass
class Choice(Field):
    options: tuple = ()
    kind: str = "choice"

    def parse(self, text: str) -> str:
        if text not in self.options:
            close = difflib.get_close_matches(text, self.options, n=1)
            fix = f"did you mean '{close[0]}'?" if close else ""
            raise Invalid(
                f"must be one of {', '.join(self.options)}, YAML read '{text}'",
                fix or f"write one of: {', '.join(self.options)}",
            )
        return text


_TRUE = {"true", "yes", "ja", "on", "1"}
_FALSE = {"false", "no", "nein", "off", "0"}


@dataclass
class Flag(Field):
    kind: str = "boolean"
    example: Any = "false"

    def parse(self, text: str) -> bool:
        low = text.lower()
        if low in _TRUE:
            return True
        if low in _FALSE:
            return False
        raise Invalid(f"must be true or false, YAML read '{text}'", "write true or false")


@dataclass
class Number(Field):
    kind: str = "number"
    minimum: float | None = None
    maximum: float | None = None

    def parse(self, text: str) -> float | int:
        try:
            value = float(text.replace(",", ".")) if not text.lstrip("-").isdigit() else int(text)
        except ValueError:
            raise Invalid(
                f"must be a number, YAML read '{text}'", "write digits, e.g. 10"
            ) from None
        if self.minimum is not None and value < self.minimum:
            raise Invalid(f"must be at least {self.minimum}, YAML read '{text}'", "")
        if self.maximum is not None and value > self.maximum:
            raise Invalid(f"must be at most {self.maximum}, YAML read '{text}'", "")
        return value


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


def parse_date(text: str) -> dt.date | None:
    """ISO (2027-05-01) or German (1.5.2027) dates; None when the text is neither."""
    iso = _ISO_DATE.match(text)
    german = _GERMAN_DATE.match(text)
    if iso:
        year, month, day = (int(x) for x in iso.groups())
    elif german:
        day, month, year = (int(x) for x in german.groups())
    else:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


@dataclass
class Date(Field):
    kind: str = "date"
    example: Any = "2027-05-01"

    def parse(self, text: str) -> dt.date:
        value = parse_date(text)
        if value is None:
            raise Invalid(
                f"expected a date like 2027-05-01, YAML read '{text}'",
                "write year-month-day (2027-05-01) or day.month.year (1.5.2027)",
            )
        return value

    def describe(self) -> str:
        return "a date"


@dataclass
class DateTime(Field):
    """A date-time in Europe/Berlin (an explicit offset is kept); a bare date where allowed."""

    kind: str = "datetime"
    example: Any = "2027-05-01 18:00"
    allow_date: bool = True

    def parse(self, text: str) -> dt.date | dt.datetime:
        date_part, _, time_part = text.replace("T", " ").partition(" ")
        day = parse_date(date_part)
        time_part = time_part.strip()
        if day is not None and not time_part and self.allow_date:
            return day
        offset = None
        if time_part and time_part[-6:-5] in "+-" and len(time_part) > 6:
            time_part, offset = time_part[:-6], time_part[-6:]
        elif time_part.endswith("Z"):
            time_part, offset = time_part[:-1], "+00:00"
        clock = _TIME.match(time_part.removesuffix(" Uhr").strip())
        if day is None or not clock:
            raise Invalid(
                f"expected a date and time like 2027-05-01 18:00, YAML read '{text}'",
                "write year-month-day, a space, then hours:minutes (24-hour clock)",
            )
        hour, minute, second = int(clock[1]), int(clock[2]), int(clock[3] or 0)
        try:
            value = dt.datetime.combine(day, dt.time(hour, minute, second))
        except ValueError:
            raise Invalid(f"'{time_part}' is not a time of day", "use 00:00 to 23:59") from None
        if offset:
            sign = 1 if offset[0] == "+" else -1
            hours, minutes = int(offset[1:3]), int(offset[4:6])
            zone = dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
            return value.replace(tzinfo=zone)
        return value.replace(tzinfo=BERLIN)

    def describe(self) -> str:
        return "a date and time"


@dataclass
class DayOrMoment(DateTime):
    """A day (`2026-11-20`) or a moment (`2026-11-20 10:30`, Europe/Berlin), as Pelican reads
    `date` and `modified`. A text without a time is read, and reported, as a date."""

    kind: str = "date"  # the browser editor offers a date picker; a time is typed in the file
    example: Any = "2027-05-01"

    def parse(self, text: str) -> dt.date | dt.datetime:
        if " " not in text and "T" not in text:
            return Date().parse(text)
        return super().parse(text)


@dataclass
class Url(Field):
    """An absolute http(s) address, or (with `local`) a path on this site starting with '/'."""

    kind: str = "url"
    example: Any = "https://service.example.org/antrag"
    local: bool = False

    def parse(self, text: str) -> str:
        if self.local and text.startswith("/") and not text.startswith("//"):
            return text
        parts = urlsplit(text)
        if parts.scheme not in ("http", "https") or not parts.netloc or " " in text:
            raise Invalid(
                f"expected a web address starting with https://, YAML read '{text}'",
                "copy the full address from the browser's address bar",
            )
        return text

    def describe(self) -> str:
        return "a web address"


@dataclass
class Email(Field):
    kind: str = "email"
    example: Any = "buergerbuero@example.org"

    def parse(self, text: str) -> str:
        text = text.removeprefix("mailto:")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", text):
            raise Invalid(
                f"expected an e-mail address, YAML read '{text}'",
                "write it like name@example.org",
            )
        return text


@dataclass
class Phone(Field):
    kind: str = "phone"
    example: Any = "06151 12-3456"

    def parse(self, text: str) -> str:
        digits = re.sub(r"\D", "", text)
        if not re.fullmatch(r"\+?[\d\s()/.–-]+", text) or len(digits) < 5:
            raise Invalid(
                f"expected a phone number, YAML read '{text}'",
                "write digits with spaces or dashes, e.g. 06151 12-3456 or +49 6151 12-3456",
            )
        return text


@dataclass
class Pattern(Field):
    """Text that must match a regular expression (LeiKa keys, postal codes, slugs)."""

    regex: str = ""
    expected: str = ""

    def parse(self, text: str) -> str:
        if not re.fullmatch(self.regex, text):
            raise Invalid(f"expected {self.expected}, YAML read '{text}'", self.hint())
        return text

    def hint(self) -> str:
        return f"e.g. {self.example}" if self.example else ""


@dataclass
class Checked(Field):
    """Text checked by a function that returns None or a message (opening hours, RRULEs)."""

    check: Any = None

    def parse(self, text: str) -> str:
        message = self.check(text) if self.check else None
        if message:
            raise Invalid(message, self.hint())
        return text


@dataclass
class Ref(Field):
    """The key of another item (its translation_key, or its slug); resolved by the site index."""

    kind: str = "reference"
    types: tuple = ()

    def parse(self, text: str) -> str:
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", text):
            raise Invalid(
                f"expected the key of a {' or '.join(self.types)}, YAML read '{text}'",
                "write the file name without '.md', e.g. buergerbuero",
            )
        return text

    def describe(self) -> str:
        return "the key of a " + " or ".join(self.types)


@dataclass
class ListOf(Field):
    """A list; a single value where a list is expected is a one-item list."""

    item: Field = field(default_factory=Text)
    kind: str = "list"

    def convert(self, raw: Any) -> list:
        items = raw if isinstance(raw, list) else [raw]
        values, problems = [], []
        for index, value in enumerate(items):
            if self.item.is_empty(value):
                continue
            try:
                values.append(self.item.convert(value))
            except Invalid as error:
                problems += [((index, *p), w, f) for p, w, f in error.problems]
        if problems:
            raise Invalid(problems=problems)
        return values


@dataclass
class Obj(Field):
    """A group of named fields, e.g. an address. Unknown names are errors with a hint."""

    fields: dict = field(default_factory=dict)
    kind: str = "object"
    shorthand: str = ""  # a single text value fills this field (e.g. an image's src)

    def convert(self, raw: Any) -> dict:
        if isinstance(raw, str) and self.shorthand:
            raw = {self.shorthand: raw}
        if not isinstance(raw, dict):
            names = ", ".join(self.fields)
            raise Invalid(
                f"expected a group of fields ({names}), but found {_shown(raw)}",
                "write each part on its own indented line, e.g. '  "
                + next(iter(self.fields), "name")
                + ": …'",
            )
        return convert_fields(raw, self.fields)

    def describe(self) -> str:
        return "a group of fields"


def convert_fields(raw: dict, fields: dict) -> dict:
    """Convert every known field, flag unknown and missing ones; raise all problems together."""
    values, problems = {}, []
    for key, value in raw.items():
        spec = fields.get(key)
        if spec is None:
            problems.append(((key,), f"unknown field '{key}'", did_you_mean(key, fields)))
            continue
        if spec.is_empty(value):
            continue
        try:
            values[key] = spec.convert(value)
        except Invalid as error:
            problems += [((key, *p), w, f) for p, w, f in error.problems]
    for key, spec in fields.items():
        if spec.required and key not in values and not any(p[0][:1] == (key,) for p in problems):
            example = f": {spec.example}" if spec.example is not None else ""
            problems.append(((key,), f"the field '{key}' is required", f"add '{key}{example}'"))
    if problems:
        raise Invalid(problems=problems)
    return values


@dataclass
class Either(Field):
    """A reference (text) or a group of fields, e.g. an event's location."""

    ref: Ref = field(default_factory=Ref)
    obj: Obj = field(default_factory=Obj)
    kind: str = "reference-or-object"

    def convert(self, raw: Any) -> Any:
        if isinstance(raw, dict):
            return self.obj.convert(raw)
        return self.ref.convert(raw)
