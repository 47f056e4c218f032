"""`invoke fetch`: fetch every configured source and print one line per source.

Exit code 0 when every source has data the build can use (fetched now, or the last good files
kept) and the settings are right; 1 when a source has no data at all yet or its settings are
wrong; with `strict`, also 1 when any source could not be fetched this time.
"""

from __future__ import annotations

import importlib
import json
import logging
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from plugins.kit.i18n import message, set_editor_language

from .folder import current, fingerprint, write_source
from .http import Client, FetchError
from .report import kept
from .sources import NAME, Context, Source, kinds, label_of, read_sources

log = logging.getLogger("fetch")
# The kinds plugins/fetch brings itself; others come from the modules in FETCH_MODULES.
BUILT_IN_MODULES = ("plugins.fetch.ical_feed",)


@dataclass
class Outcome:
    line: str
    fetched: bool  # this run got an answer it could use
    has_data: bool  # the build finds files for this source (new or kept)
    settings_wrong: bool = False


def main(settings_file: str, **options) -> int:
    """`invoke fetch`: settings from the settings file (paths relative to its folder)."""
    from pelican.settings import read_settings

    settings = read_settings(settings_file)
    return fetch_all(settings, Path(settings_file).resolve().parent, **options)


def fetch_all(
    settings: Mapping,
    root: Path,
    *,
    only: str | None = None,
    full: bool = False,
    strict: bool = False,
    now: datetime | None = None,
    opener=None,
    sleep: Callable[[float], None] = time.sleep,
    out: Callable[[str], None] = print,
) -> int:
    """Fetch the sources of `settings` (or only the one named `only`); return the exit code."""
    set_editor_language(settings.get("EDITOR_LANGUAGE"))
    problem = import_kind_modules(settings.get("FETCH_MODULES") or ())
    if problem:
        out(problem)
        return 1
    try:
        sources, problems = read_sources(settings)
    except TypeError as error:
        out(str(error))
        return 1
    if only:
        sources = [source for source in sources if source.name == only]
        if not sources:
            names = ", ".join(str(s.get("name")) for s in settings.get("EXTERNAL_SOURCES") or [])
            out(
                message(
                    "Es gibt keine Quelle '{name}' — eingerichtet sind: {names}",
                    name=only,
                    names=names or "-",
                )
            )
            return 1
    if not sources:
        out(message("Keine Quellen eingerichtet (EXTERNAL_SOURCES ist leer)."))
        return 0
    data = root / (settings.get("DATA_PATH") or "data")
    cache = root / (settings.get("FETCH_CACHE_PATH") or ".cache/fetch")
    now = (now or datetime.now(UTC)).astimezone(UTC)
    code = 0
    for source in sources:
        if source.index in problems:
            outcome = settings_problem(source, problems[source.index], data)
        else:
            client = Client(source.limits, opener=opener, sleep=sleep)
            outcome = fetch_source(source, data, cache, client, now, full)
        out(outcome.line)
        if outcome.settings_wrong or not outcome.has_data or (strict and not outcome.fetched):
            code = 1
    return code


def import_kind_modules(names: Iterable[str]) -> str | None:
    """Import the modules that register kinds; a message when one cannot be imported."""
    for name in (*BUILT_IN_MODULES, *names):
        try:
            importlib.import_module(name)
        except ImportError as error:
            return message(
                "FETCH_MODULES: das Modul '{name}' lässt sich nicht laden ({error}) — prüfen "
                "Sie den Namen in den Einstellungen",
                name=name,
                error=error,
            )
    return None


def fetch_source(
    source: Source, data: Path, cache: Path, client: Client, now: datetime, full: bool
) -> Outcome:
    prefix = f"{source.name} ({label_of(source.kind)})"
    previous = current(data, source.name)
    context = Context(
        source=source,
        previous=previous,
        client=client,
        now=now,
        full=full,
        validators=load_validators(cache, source.name, previous),
        data_path=data,
    )
    try:
        result = kinds()[source.kind].fetch(context)
        if result.files is not None:
            write_source(data, source.name, result.files)
    except FetchError as error:
        return failed(prefix, error.reason, previous)
    except Exception as error:  # a fetcher's bug must not cost the other sources their run
        log.exception("fetch %s", source.name)
        reason = message(
            "unerwarteter Fehler ({error}; bitte den Entwicklern melden)",
            error=f"{type(error).__name__}: {error}",
        )
        return failed(prefix, reason, previous)
    folder = current(data, source.name)
    save_validators(cache, source.name, folder, result.validators)
    return Outcome(f"{prefix}: {result.summary}", fetched=True, has_data=folder is not None)


def settings_problem(source: Source, problems: list[str], data: Path) -> Outcome:
    prefix = f"{source.name} ({label_of(source.kind)})" if source.kind else source.name
    previous = current(data, source.name) if NAME.match(source.name) else None
    reason = message(
        "EXTERNAL_SOURCES[{index}] in den Einstellungen: {problems}",
        index=source.index,
        problems="; ".join(problems),
    )
    line = f"{prefix}: {reason} ({kept(previous)})"  # the problems carry their own " — fix"
    return Outcome(line, fetched=False, has_data=bool(previous), settings_wrong=True)


def failed(prefix: str, reason: str, previous: Path | None) -> Outcome:
    return Outcome(f"{prefix}: {reason} — {kept(previous)}", fetched=False, has_data=bool(previous))


def load_validators(cache: Path, name: str, folder: Path | None) -> dict:
    """ETag/Last-Modified by URL from the last good run, if they belong to the files there."""
    try:
        stored = json.loads((cache / f"{name}.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(stored, dict) or stored.get("fingerprint") != fingerprint(folder):
        return {}  # the files changed since (a checkout, a restore): ask for everything again
    validators = stored.get("validators")
    return validators if isinstance(validators, dict) else {}


def save_validators(cache: Path, name: str, folder: Path | None, validators: dict) -> None:
    """Remember validators together with the fingerprint of the files they describe."""
    cache.mkdir(parents=True, exist_ok=True)
    target = cache / f"{name}.json"
    if folder is None or not validators:
        target.unlink(missing_ok=True)
        return
    content = {"fingerprint": fingerprint(folder), "validators": validators}
    temporary = cache / f".{name}.json.tmp"
    temporary.write_text(json.dumps(content, indent=2, sort_keys=True), encoding="utf-8")
    temporary.replace(target)
