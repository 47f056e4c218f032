"""Events from iCalendar feeds: what `invoke fetch` stored (kind "ical": data/<source>/feed.ics
and meta.json, plugins/fetch/ical_feed.py) becomes events of the calendar at build time.

- Every VEVENT becomes an event item (not a content file: `item.source` names the feed) with its
  own page under the events section, in German and English, marked with its source (the
  organiser of the source's settings, else the feed's ORGANIZER).
- Recurrence (RRULE) and time zones (TZID, UTC) are kept; floating times are Europe/Berlin.
  `STATUS:CANCELLED` keeps the event, shown as cancelled. Moved single dates of a series
  (RECURRENCE-ID) are left out: the series shows its rule.
- The same UID in several feeds (or twice in one) is one event: the highest SEQUENCE wins, then
  the first source in EXTERNAL_SOURCES; the others are named as further sources.
- Category: the source's `category`, else the feed's first CATEGORIES value.
- Editors hide an imported event or change its category in `importe.yml` beside the events'
  index.md (errors as file:line), without touching the feed:

      - uid: sommerfest-2027@vereinsring.example
        ausblenden: ja
      - uid: konzert-42@musikverein.example
        kategorie: Musik
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import yaml
from icalendar import Calendar
from markupsafe import Markup, escape

from plugins.fetch.links import is_http_url
from plugins.frontmatter.fields import BERLIN
from plugins.frontmatter.yamlblock import Loader, _to_python
from plugins.kit.i18n import message
from plugins.site.items import Item, slugify

OVERRIDES_FILE = "importe.yml"
YES = {"ja", "yes", "true", "wahr"}
NO = {"nein", "no", "false", "falsch"}


@dataclass
class Imported:
    """One event of a feed, as plain values (what the reader keeps between preview rebuilds)."""

    uid: str
    title: str
    start: date | datetime
    end: date | datetime | None
    recurrence: str | None
    description: str
    location: str
    url: str | None
    categories: tuple[str, ...]
    cancelled: bool
    organizer: str
    sequence: int = 0
    sources: list[str] = field(default_factory=list)  # names of the sources that carry it


def _local(value):
    if isinstance(value, datetime) and value.tzinfo is None:
        return value.replace(tzinfo=BERLIN)  # a floating time: the town's time
    return value


def _text(component, name: str) -> str:
    value = component.get(name)
    return str(value).strip() if value is not None else ""


def read_feed_file(file) -> list[Imported] | dict | None:
    """feed.ics: its events; meta.json: the source's facts (kind "ical" only)."""
    if file.path.name == "meta.json":
        import json

        try:
            meta = json.loads(file.read_bytes())
        except ValueError:
            return None
        return meta if isinstance(meta, dict) and meta.get("kind") == "ical" else None
    try:
        calendar = Calendar.from_ical(file.read_bytes())
    except Exception as error:  # foreign input: the parser's errors vary
        file.warning(
            1,
            message("keine lesbare iCalendar-Datei ({error})", error=str(error)[:160]),
            message("rufen Sie `invoke fetch --full` auf, um die Daten neu zu laden"),
        )
        return []
    found = []
    for event in calendar.walk("VEVENT"):
        if event.get("RECURRENCE-ID") is not None or event.get("DTSTART") is None:
            continue
        start = _local(event.decoded("DTSTART"))
        end = None
        if event.get("DTEND") is not None:
            end = _local(event.decoded("DTEND"))
        elif event.get("DURATION") is not None:
            end = start + event.decoded("DURATION")
        if not isinstance(start, datetime) and isinstance(end, date):
            end = end - timedelta(days=1)  # iCalendar's end is exclusive, ours the last day
            end = None if end <= start else end
        elif end is not None and end <= start:
            end = None
        rule = event.get("RRULE")
        url = _text(event, "URL")
        organizer = event.get("ORGANIZER")
        categories = []
        for value in event.get("CATEGORIES") or []:
            categories += [str(c) for c in getattr(value, "cats", [value])]
        found.append(
            Imported(
                uid=_text(event, "UID") or _fallback_uid(event),
                title=_text(event, "SUMMARY") or "—",
                start=start,
                end=end,
                recurrence=rule.to_ical().decode() if rule is not None else None,
                description=_text(event, "DESCRIPTION"),
                location=_text(event, "LOCATION"),
                url=url if is_http_url(url) else None,
                categories=tuple(categories),
                cancelled=_text(event, "STATUS").upper() == "CANCELLED",
                organizer=(organizer.params.get("CN") or "") if organizer is not None else "",
                sequence=int(event.get("SEQUENCE") or 0),
            )
        )
    return found


def _fallback_uid(event) -> str:
    return hashlib.sha256(event.to_ical()).hexdigest()[:16]


@dataclass
class Override:
    hide: bool = False
    category: str | None = None


def read_overrides(file) -> dict[str, Override]:
    """importe.yml: a list of {uid, ausblenden, kategorie}; problems as file:line."""
    text = file.read_bytes().decode("utf-8", errors="replace")
    try:
        node = yaml.compose(text, Loader=Loader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        file.problem(
            (mark.line + 1) if mark else 1,
            message("kein gültiges YAML ({error})", error=getattr(error, "problem", error)),
            message("prüfen Sie Einrückung und Bindestriche"),
        )
        return {}
    if node is None:
        return {}
    lines: dict = {}
    data = _to_python(node, (), lines, 1)
    if not isinstance(data, list):
        file.problem(
            1,
            message("erwartet wird eine Liste von Einträgen"),
            message("beginnen Sie jeden Eintrag mit '- uid: …'"),
        )
        return {}
    found = {}
    for n, entry in enumerate(data):
        line = lines.get((n,), 1)
        if not isinstance(entry, dict) or not entry.get("uid"):
            file.problem(
                line,
                message("Eintrag ohne 'uid'"),
                message("schreiben Sie die UID der Veranstaltung aus dem Kalender dazu"),
            )
            continue
        unknown = sorted(set(entry) - {"uid", "ausblenden", "kategorie"})
        if unknown:
            file.problem(
                lines.get((n, unknown[0]), line),
                message("unbekanntes Feld '{name}'", name=unknown[0]),
                message("erlaubt sind: uid, ausblenden, kategorie"),
            )
        hide = str(entry.get("ausblenden", "nein")).strip().lower()
        if hide not in YES | NO:
            file.problem(
                lines.get((n, "ausblenden"), line),
                message("Feld 'ausblenden': '{value}' ist weder ja noch nein", value=hide),
                message("schreiben Sie 'ausblenden: ja'"),
            )
        category = entry.get("kategorie")
        found[entry["uid"]] = Override(
            hide=hide in YES,
            category=str(category).strip() if category else None,
        )
    return found


def merge_feeds(feeds: list[tuple[str, dict, list[Imported]]]) -> list[Imported]:
    """[(source name, meta, events)] in the order of the settings -> one event per UID."""
    merged: dict[str, Imported] = {}
    for name, meta, events in feeds:
        for event in events:
            organizer = str(meta.get("organizer") or "") or event.organizer or name
            category = str(meta.get("category") or "")
            event = Imported(
                **{
                    **event.__dict__,
                    "organizer": organizer,
                    "categories": (category,) if category else event.categories[:1],
                    "sources": [organizer],
                }
            )
            known = merged.get(event.uid)
            if known is None:
                merged[event.uid] = event
                continue
            if event.sequence > known.sequence:
                event.sources = known.sources + [s for s in event.sources if s not in known.sources]
                merged[event.uid] = event
            elif organizer not in known.sources:
                known.sources.append(organizer)
    return sorted(merged.values(), key=lambda e: e.uid)


def feeds_in_order(entries, settings: dict) -> list[tuple[str, dict, list[Imported]]]:
    """The feeds the data readers found, in the order of EXTERNAL_SOURCES (then by name)."""
    folders: dict[str, dict] = {}
    for rel, entry in entries.items():
        parts = rel.split("/")
        if len(parts) >= 2:
            folders.setdefault(parts[-2], {})[parts[-1]] = entry.records
    order = [s.get("name") for s in settings.get("EXTERNAL_SOURCES") or [] if isinstance(s, dict)]
    names = sorted(folders, key=lambda n: (order.index(n) if n in order else len(order), n))
    return [
        (name, folders[name]["meta.json"], folders[name].get("feed.ics") or [])
        for name in names
        if folders[name].get("meta.json")
    ]


def event_items(events: list[Imported], overrides, home, lang: str, data_name: str) -> list[Item]:
    """Event items for the events section `home` in `lang` (hidden ones left out)."""
    items = []
    for event in events:
        override = overrides.get(event.uid) or Override()
        if override.hide:
            continue
        digest = hashlib.sha256(event.uid.encode()).hexdigest()[:8]
        slug = f"{slugify(event.title)[:60].strip('-') or 'termin'}-{digest}"
        meta = {
            "title": event.title,
            "summary": event.description.split("\n")[0][:300] if event.description else "",
            "start": event.start,
            "categories": [override.category] if override.category else list(event.categories),
            "organizer": ", ".join(event.sources),
            "cancelled": event.cancelled,
            "uid": event.uid,
            "imported_from": event.sources,
        }
        if event.end is not None:
            meta["end"] = event.end
        if event.recurrence:
            meta["recurrence"] = event.recurrence
        if event.location:
            meta["location"] = {"name": event.location}
        if event.url:
            meta["registration"] = event.url
        paragraphs = [p for p in event.description.split("\n\n") if p.strip()]
        item = Item(
            source=f"{data_name}/{'/'.join(event.sources)}#{event.uid}",
            type="event",
            lang=lang,
            key=f"import-{digest}",
            slug=slug,
            folder=home.folder,
            is_index=False,
            meta=meta,
            body=event.description,
            body_line=1,
            url=f"{home.url}{slug}/",
            html=Markup("".join(f"<p>{escape(p.strip())}</p>" for p in paragraphs)),
        )
        items.append(item)
    return items
