"""The configured sources (setting EXTERNAL_SOURCES), their limits and the registry of kinds.

A kind ("oparl", "ical", …) is registered by the capability that understands it, when
`invoke fetch` imports the modules listed in FETCH_MODULES:

    from plugins.fetch import register_kind
    register_kind("oparl", "OParl", fetch_oparl, options=("body",))

Problems in the settings are collected per source (one report line each), never raised.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, fields, replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from plugins.kit.i18n import message

from .links import is_http_url

if TYPE_CHECKING:
    from .http import Client

NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,39}$")


@dataclass(frozen=True)
class Limits:
    """How long to wait and how much to take from one source (FETCH_LIMITS, or per source)."""

    timeout: float = 20.0  # seconds a server may stay silent (connecting or between bytes)
    retries: int = 2  # further attempts after a timeout, a lost connection, 429 or 5xx
    backoff: float = 2.0  # seconds before the first retry; doubled for each further one
    max_response_mb: float = 20.0  # one answer
    max_source_mb: float = 200.0  # everything one source sends in one run
    max_pages: int = 500  # pages of one paginated list


LIMIT_KEYS = tuple(f.name for f in fields(Limits))


@dataclass(frozen=True)
class Kind:
    name: str
    label: str  # in the report line: "rat (OParl): …"
    fetch: Callable  # fetch(context) -> Result
    options: tuple[str, ...] = ()  # further keys a source of this kind may have
    required: tuple[str, ...] = ()  # … of which these must be there


@dataclass(frozen=True)
class Source:
    index: int  # position in EXTERNAL_SOURCES (for messages)
    name: str
    kind: str
    url: str
    options: Mapping[str, object] = field(default_factory=dict)
    limits: Limits = Limits()


@dataclass
class Context:
    """What a kind's fetch function gets for one source in one run."""

    source: Source
    previous: Path | None  # the last good files: read them, never write there
    client: Client  # bounded GET for this source (only http(s), limits, retries)
    now: datetime  # the time of this run (UTC)
    full: bool = False  # ignore incremental state and fetch everything again
    validators: dict[str, dict[str, str]] = field(default_factory=dict)  # url -> etag, …
    data_path: Path = Path("data")

    def meta_path(self) -> str:
        """How the report line names this source's meta.json."""
        return f"{self.data_path.name}/{self.source.name}/meta.json"


@dataclass
class Result:
    """What a kind fetched: the complete set of files for data/<name>/, or None when the
    server said nothing changed (the folder stays as it is)."""

    files: dict[str, bytes] | None
    summary: str  # the report line after "name (Label): "
    validators: dict[str, dict[str, str]] = field(default_factory=dict)  # sent next time


_KINDS: dict[str, Kind] = {}


def register_kind(
    name: str,
    label: str,
    fetch: Callable,
    *,
    options: tuple[str, ...] = (),
    required: tuple[str, ...] = (),
) -> None:
    """Make sources of kind `name` fetchable; `fetch(context)` returns a `Result` or raises
    `FetchError`. Registering a name again replaces it (a module imported twice is harmless)."""
    _KINDS[name] = Kind(name, label, fetch, tuple(options), tuple(required))


def kinds() -> dict[str, Kind]:
    return dict(_KINDS)


def label_of(kind: str) -> str:
    return _KINDS[kind].label if kind in _KINDS else kind


def read_limits(settings: Mapping, source: Mapping | None = None) -> tuple[Limits, list[str]]:
    """FETCH_LIMITS over the defaults, then the source's own keys; problems as messages."""
    limits, problems = Limits(), []
    for where, values in (("FETCH_LIMITS", settings.get("FETCH_LIMITS") or {}), ("", source)):
        for key in LIMIT_KEYS:
            if not values or key not in values:
                continue
            value = values[key]
            number = _positive_number(value, allow_zero=key in ("retries", "backoff"))
            if number is None:
                label = f"{where}[{key!r}]" if where else key
                if key in ("retries", "backoff"):
                    problem = message(
                        "'{key}' muss eine Zahl ab 0 sein, gelesen wurde '{value}'",
                        key=label,
                        value=value,
                    )
                else:
                    problem = message(
                        "'{key}' muss eine Zahl größer als 0 sein, gelesen wurde '{value}'",
                        key=label,
                        value=value,
                    )
                problems.append(problem)
                continue
            if key in ("retries", "max_pages"):
                number = int(number)
            limits = replace(limits, **{key: number})
    return limits, problems


def _positive_number(value, allow_zero: bool) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    if value < 0 or (value == 0 and not allow_zero):
        return None
    return float(value)


def read_sources(settings: Mapping) -> tuple[list[Source], dict[int, list[str]]]:
    """The sources of EXTERNAL_SOURCES and, by position, what is wrong with them.

    A source with problems is returned too (so it gets its report line), but is not fetched.
    """
    raw = settings.get("EXTERNAL_SOURCES") or []
    if not isinstance(raw, list | tuple):
        raise TypeError(
            message(
                "EXTERNAL_SOURCES muss eine Liste sein, gelesen wurde {value} — schreiben Sie die "
                "Quellen in eckige Klammern: EXTERNAL_SOURCES = [ … ]",
                value=type(raw).__name__,
            )
        )
    sources, problems, seen = [], {}, set()
    for index, entry in enumerate(raw):
        if not isinstance(entry, Mapping):
            name = f"#{index + 1}"
            problems[index] = [message("der Eintrag ist kein Wörterbuch mit name, kind und url")]
            sources.append(Source(index, name, "", ""))
            continue
        name = str(entry.get("name") or f"#{index + 1}")
        found = _check_entry(entry, seen)
        seen.add(name)
        limits, limit_problems = read_limits(settings, entry)
        options = {k: v for k, v in entry.items() if k not in ("name", "kind", "url", *LIMIT_KEYS)}
        sources.append(
            Source(
                index,
                name,
                str(entry.get("kind") or ""),
                str(entry.get("url") or ""),
                options,
                limits,
            )
        )
        if found or limit_problems:
            problems[index] = found + limit_problems
    return sources, problems


def _check_entry(entry: Mapping, seen: set[str]) -> list[str]:
    found = []
    name, kind, url = entry.get("name"), entry.get("kind"), entry.get("url")
    if not isinstance(name, str) or not NAME.match(name):
        found.append(
            message(
                "'name' fehlt oder ist ungeeignet ('{value}') — nehmen Sie einen kurzen Namen aus "
                "Kleinbuchstaben, Ziffern und Bindestrichen wie 'rat' oder 'vereine'; er ist der "
                "Ordnername unter dem Datenordner",
                value=name or "",
            )
        )
    elif name in seen:
        found.append(
            message(
                "der Name '{name}' kommt zweimal vor — jede Quelle braucht einen eigenen", name=name
            )
        )
    if kind not in _KINDS:
        found.append(
            message(
                "unbekannte Art '{kind}' — möglich sind: {known}",
                kind=kind or "",
                known=", ".join(sorted(_KINDS)) or "-",
            )
        )
    if not isinstance(url, str) or not is_http_url(url):
        found.append(
            message(
                "'url' fehlt oder ist keine http(s)-Adresse ('{value}') — tragen Sie die Adresse "
                "ein, die mit https:// beginnt",
                value=url or "",
            )
        )
    if kind in _KINDS:
        found += _check_options(entry, _KINDS[kind])
    return found


def _check_options(entry: Mapping, kind: Kind) -> list[str]:
    found = []
    allowed = {"name", "kind", "url", *LIMIT_KEYS, *kind.options}
    for key in sorted(set(entry) - allowed):
        found.append(
            message(
                "unbekanntes Feld '{key}' — erlaubt sind: {allowed}",
                key=key,
                allowed=", ".join(sorted(allowed)),
            )
        )
    for key in kind.required:
        if not entry.get(key):
            found.append(message("Feld '{key}' fehlt", key=key))
    for key in kind.options:
        if key in entry and not isinstance(entry[key], str):
            found.append(
                message(
                    "Feld '{key}' muss ein Text sein, gelesen wurde '{value}'",
                    key=key,
                    value=entry[key],
                )
            )
    return found
