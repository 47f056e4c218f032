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

from plugins.kit.i18n import german, message

BERLIN = ZoneInfo("Europe/Berlin")


class Invalid(Exception):
    """One or more problems in a value; `problems` holds (path, what, fix) triples."""

    def __init__(self, what: str = "", fix: str = "", path: tuple = (), problems=None):
        self.problems = problems if problems is not None else [(path, what, fix)]
        super().__init__(what)


class NamesField(str):
    """A problem's text that names its field itself (an unknown or a missing field), so the
    validator puts no "Feld '…':" before it."""

    unknown: bool = False


class UnknownField(NamesField):
    unknown = True


def _shown(raw: Any) -> str:
    """How a raw value is quoted in a message."""
    if isinstance(raw, list):
        return message("eine Liste")
    if isinstance(raw, dict):
        return message("eine Gruppe von Feldern")
    return f"'{raw}'"


def did_you_mean(key: str, known, all_known: str = german("bekannte Felder: {names}")) -> str:
    """The fix for an unknown name: the nearest known one, else all of them."""
    match = difflib.get_close_matches(key, list(known), n=1, cutoff=0.6)
    if match:
        return message("meinten Sie '{name}'?", name=match[0])
    return message(all_known, names=", ".join(sorted(known)))


def german_key(text: str) -> str:
    """A display name as a key: 'Bürgerbüro' -> 'buergerbuero' (for examples in fixes)."""
    text = text.lower()
    for umlaut, spelled in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        text = text.replace(umlaut, spelled)
    return re.sub(r"[^a-z0-9]+", "-", text).strip("-")


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
            raise Invalid(
                message(
                    "erwartet wird {expected}, hier steht {found}",
                    expected=self.describe(),
                    found=_shown(raw),
                ),
                self.hint(),
            )
        return self.parse(raw.strip())

    def parse(self, text: str) -> Any:
        return text

    def describe(self) -> str:
        return message("Text")

    def hint(self) -> str:
        if self.example:
            return message("schreiben Sie es in eine Zeile, z. B. {example}", example=self.example)
        return message("schreiben Sie es als Text")

    def is_empty(self, raw: Any) -> bool:
        return raw is None or (isinstance(raw, str) and not raw.strip()) or raw == []


@dataclass
class Text(Field):
    multiline: bool = False
    max_length: int = 0

    def parse(self, text: str) -> str:
        if self.max_length and len(text) > self.max_length:
            raise Invalid(
                message(
                    "ist {length} Zeichen lang, erlaubt sind höchstens {most}",
                    length=len(text),
                    most=self.max_length,
                ),
                message("kürzen Sie es auf ein bis zwei einfache Sätze"),
            )
        return text


@dataclass
class Choice(Field):
    options: tuple = ()
    kind: str = "choice"

    def parse(self, text: str) -> str:
        if text not in self.options:
            close = difflib.get_close_matches(text, self.options, n=1)
            options = ", ".join(self.options)
            raise Invalid(
                message(
                    "muss eines von {options} sein, hier steht '{raw}'", options=options, raw=text
                ),
                message("meinten Sie '{name}'?", name=close[0])
                if close
                else message("schreiben Sie eines von: {options}", options=options),
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
        raise Invalid(
            message("muss true oder false sein, hier steht '{raw}'", raw=text),
            message("schreiben Sie true (ja) oder false (nein)"),
        )


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
                message("muss eine Zahl sein, hier steht '{raw}'", raw=text),
                message("schreiben Sie Ziffern, z. B. 10"),
            ) from None
        if self.minimum is not None and value < self.minimum:
            raise Invalid(
                message(
                    "muss mindestens {least} sein, hier steht '{raw}'", least=self.minimum, raw=text
                )
            )
        if self.maximum is not None and value > self.maximum:
            raise Invalid(
                message(
                    "darf höchstens {most} sein, hier steht '{raw}'", most=self.maximum, raw=text
                )
            )
        return value


_ISO_DATE = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")
_GERMAN_DATE = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::(\d{2}))?$")


MONTHS = (
    german("Januar"),
    german("Februar"),
    german("März"),
    german("April"),
    german("Mai"),
    german("Juni"),
    german("Juli"),
    german("August"),
    german("September"),
    german("Oktober"),
    german("November"),
    german("Dezember"),
)


def date_parts(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of a text shaped like an ISO or a German date, checked or not."""
    iso = _ISO_DATE.match(text)
    dotted = _GERMAN_DATE.match(text)
    if iso:
        year, month, day = (int(x) for x in iso.groups())
    elif dotted:
        day, month, year = (int(x) for x in dotted.groups())
    else:
        return None
    return year, month, day


def parse_date(text: str) -> dt.date | None:
    """ISO (2027-05-01) or German (1.5.2027) dates; None when the text is neither."""
    parts = date_parts(text)
    if parts is None:
        return None
    try:
        return dt.date(*parts)
    except ValueError:
        return None


def no_such_day(text: str) -> None:
    """Raise for a text shaped like a date whose day does not exist ('31.02.2027'): the editor
    mixed up day and month or miscounted, so the format hint would mislead."""
    parts = date_parts(text)
    if parts is None or parse_date(text) is not None:
        return
    year, month, _ = parts
    fix = message("prüfen Sie Tag und Monat")
    if not 1 <= month <= 12:
        raise Invalid(
            message(
                "Den Monat {month} gibt es nicht ('{raw}'): ein Jahr hat 12 Monate",
                month=month,
                raw=text,
            ),
            fix,
        )
    days = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    raise Invalid(
        message(
            "Den Tag '{raw}' gibt es nicht: der {month} {year} hat nur {days} Tage",
            raw=text,
            month=message(MONTHS[month - 1]),
            year=year,
            days=days,
        ),
        fix,
    )


@dataclass
class Date(Field):
    kind: str = "date"
    example: Any = "2027-05-01"

    def parse(self, text: str) -> dt.date:
        value = parse_date(text)
        if value is None:
            no_such_day(text)
            raise Invalid(
                message("erwartet wird ein Datum wie 2027-05-01, hier steht '{raw}'", raw=text),
                message("schreiben Sie Jahr-Monat-Tag (2027-05-01) oder Tag.Monat.Jahr (1.5.2027)"),
            )
        return value

    def describe(self) -> str:
        return message("ein Datum")


@dataclass
class DateTime(Field):
    """A date-time in Europe/Berlin (an explicit offset is kept); a bare date where allowed."""

    kind: str = "datetime"
    example: Any = "2027-05-01 18:00"
    allow_date: bool = True

    def parse(self, text: str) -> dt.date | dt.datetime:
        date_part, _, time_part = text.replace("T", " ").partition(" ")
        day = parse_date(date_part)
        if day is None:
            no_such_day(date_part)
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
                message(
                    "erwartet werden Datum und Uhrzeit wie 2027-05-01 18:00, hier steht '{raw}'",
                    raw=text,
                ),
                message(
                    "schreiben Sie Jahr-Monat-Tag, ein Leerzeichen, dann Stunden:Minuten "
                    "(24-Stunden-Uhr)"
                ),
            )
        hour, minute, second = int(clock[1]), int(clock[2]), int(clock[3] or 0)
        try:
            value = dt.datetime.combine(day, dt.time(hour, minute, second))
        except ValueError:
            raise Invalid(
                message("'{raw}' ist keine Uhrzeit", raw=time_part),
                message("schreiben Sie eine Zeit von 00:00 bis 23:59"),
            ) from None
        if offset:
            sign = 1 if offset[0] == "+" else -1
            hours, minutes = int(offset[1:3]), int(offset[4:6])
            zone = dt.timezone(sign * dt.timedelta(hours=hours, minutes=minutes))
            return value.replace(tzinfo=zone)
        return value.replace(tzinfo=BERLIN)

    def describe(self) -> str:
        return message("Datum und Uhrzeit")


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
                message(
                    "erwartet wird eine Webadresse, die mit https:// beginnt, hier steht '{raw}'",
                    raw=text,
                ),
                message("kopieren Sie die vollständige Adresse aus der Adresszeile des Browsers"),
            )
        return text

    def describe(self) -> str:
        return message("eine Webadresse")


@dataclass
class Email(Field):
    kind: str = "email"
    example: Any = "buergerbuero@example.org"

    def parse(self, text: str) -> str:
        text = text.removeprefix("mailto:")
        if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}", text):
            raise Invalid(
                message("erwartet wird eine E-Mail-Adresse, hier steht '{raw}'", raw=text),
                message("schreiben Sie sie wie name@example.org"),
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
                message("erwartet wird eine Telefonnummer, hier steht '{raw}'", raw=text),
                message(
                    "schreiben Sie Ziffern mit Leerzeichen oder Bindestrichen, "
                    "z. B. 06151 12-3456 oder +49 6151 12-3456"
                ),
            )
        return text


@dataclass
class Pattern(Field):
    """Text that must match a regular expression (LeiKa keys, postal codes, slugs)."""

    regex: str = ""
    expected: str = ""

    def parse(self, text: str) -> str:
        if not re.fullmatch(self.regex, text):
            raise Invalid(
                message(
                    "erwartet wird {expected}, hier steht '{raw}'",
                    expected=message(self.expected),
                    raw=text,
                ),
                self.hint(),
            )
        return text

    def hint(self) -> str:
        return message("z. B. {example}", example=self.example) if self.example else ""


@dataclass
class Checked(Field):
    """Text checked by a function that returns None or a message (opening hours, RRULEs)."""

    check: Any = None

    def parse(self, text: str) -> str:
        problem = self.check(text) if self.check else None
        if problem:
            raise Invalid(problem, self.hint())
        return text


@dataclass
class Ref(Field):
    """The key of another item (its translation_key, or its slug); resolved by the site index."""

    kind: str = "reference"
    types: tuple = ()

    def parse(self, text: str) -> str:
        if not re.fullmatch(r"[a-z0-9][a-z0-9_-]*", text):
            raise Invalid(
                message(
                    "erwartet wird der Schlüssel einer Seite vom Typ {types}, hier steht '{raw}'",
                    types=self.type_names(),
                    raw=text,
                ),
                message(
                    "schreiben Sie den Dateinamen ohne '.md', z. B. {example}",
                    example=german_key(text.removesuffix(".md")) or "buergerbuero",
                ),
            )
        return text

    def type_names(self) -> str:
        return message(" oder ").join(f"'{name}'" for name in self.types)

    def describe(self) -> str:
        return message("der Schlüssel einer Seite vom Typ {types}", types=self.type_names())


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
            raise Invalid(
                message(
                    "erwartet wird eine Gruppe von Feldern ({names}), hier steht {found}",
                    names=", ".join(self.fields),
                    found=_shown(raw),
                ),
                message(
                    "schreiben Sie jeden Teil eingerückt in eine eigene Zeile, z. B. '  {name}: …'",
                    name=next(iter(self.fields), "name"),
                ),
            )
        return convert_fields(raw, self.fields)

    def describe(self) -> str:
        return message("eine Gruppe von Feldern")


def convert_fields(raw: dict, fields: dict) -> dict:
    """Convert every known field, flag unknown and missing ones; raise all problems together."""
    values, problems, misspelt = {}, [], set()
    for key, value in raw.items():
        spec = fields.get(key)
        if spec is None:
            what = UnknownField(message("Unbekanntes Feld '{name}'", name=key))
            problems.append(((key,), what, did_you_mean(key, fields)))
            misspelt.update(difflib.get_close_matches(key, list(fields), n=1, cutoff=0.6))
            continue
        if spec.is_empty(value):
            continue
        try:
            values[key] = spec.convert(value)
        except Invalid as error:
            problems += [((key, *p), w, f) for p, w, f in error.problems]
    for key, spec in fields.items():
        if key in misspelt:  # `sumary:` is there: "meinten Sie 'summary'?" says all
            continue
        if spec.required and key not in values and not any(p[0][:1] == (key,) for p in problems):
            example = f": {spec.example}" if spec.example is not None else ""
            what = NamesField(message("Das Feld '{name}' fehlt", name=key))
            problems.append(
                ((key,), what, message("ergänzen Sie '{line}'", line=f"{key}{example}"))
            )
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
