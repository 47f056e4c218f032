"""Kind "ical": an iCalendar feed, kept as received.

Generic, so it lives here and not in plugins/events: it downloads one calendar file, checks
that icalendar parses it (a malformed feed fails the source and the last good one stays) and
stores it byte for byte as `feed.ics`, with a `meta.json` describing it. What the events mean
(organiser, default category, location key, merging duplicates across feeds) is for the
capability that imports the feed at build time: the events calendar now, a waste company's
collection dates later. The source's own keys (`organizer`, `category`, `location`) are copied
into meta.json for it.

The feed is not rewritten, so links inside it (URL, ATTACH, IMAGE, CONFERENCE) are not removed;
those that are not http(s) are listed in meta.json under `links_not_http`, and the importer
keeps only http(s) links (`plugins.fetch.links.is_http_url`).
"""

from __future__ import annotations

from collections import Counter

from icalendar import Calendar

from plugins.kit.i18n import message

from .folder import json_bytes
from .http import FetchError
from .links import is_http_url
from .report import counted, stamp
from .sources import Context, Result, register_kind

OPTIONS = ("organizer", "category", "location")
LINK_PROPERTIES = ("URL", "ATTACH", "IMAGE", "CONFERENCE")
ACCEPT = "text/calendar, text/plain;q=0.5, */*;q=0.1"


def fetch_feed(context: Context) -> Result:
    url = context.source.url
    known = context.validators.get(url) or {}
    response = context.client.get(
        url, accept=ACCEPT, etag=known.get("etag"), last_modified=known.get("last_modified")
    )
    if response.status == 304:
        return Result(None, message("unverändert seit dem letzten Abruf"), {url: known})
    facts = describe(parse_feed(response.body))
    meta = {
        "kind": "ical",
        "url": url,
        "fetched_at": stamp(context.now),
        **{key: context.source.options[key] for key in OPTIONS if key in context.source.options},
        **facts,
    }
    validators = {
        key: value
        for key, value in (("etag", response.etag), ("last_modified", response.last_modified))
        if value
    }
    return Result(
        {"feed.ics": response.body, "meta.json": json_bytes(meta)},
        summary(context.previous, response.body, facts),
        {url: validators} if validators else {},
    )


def parse_feed(body: bytes) -> Calendar:
    """The feed as an icalendar Calendar; FetchError when it is not a readable iCalendar."""
    try:
        calendar = Calendar.from_ical(body)
    except Exception as error:  # the parser's errors on foreign input vary (ValueError, …)
        raise FetchError(
            message("sendet keinen gültigen iCalendar-Inhalt ({error})", error=_short(error))
        ) from None
    if calendar.name != "VCALENDAR":
        raise FetchError(
            message("sendet keinen Kalender (VCALENDAR), sondern {name}", name=calendar.name)
        )
    for component in calendar.walk():
        for name, error in getattr(component, "errors", ()):
            uid = component.get("UID")
            raise FetchError(
                message(
                    "sendet einen fehlerhaften Eintrag ({component} {uid}, {name}: {error})",
                    component=component.name,
                    uid=uid or "",
                    name=name,
                    error=_short(error),
                )
            )
    return calendar


def describe(calendar: Calendar) -> dict:
    """What the importer and a reviewer want to know about a feed without reading it."""
    events = calendar.walk("VEVENT")
    keys = Counter(
        (str(event.get("UID", "")), str(event.get("RECURRENCE-ID", ""))) for event in events
    )
    unsafe = []
    for event in events:
        for name in LINK_PROPERTIES:
            values = event.get(name)
            for value in values if isinstance(values, list) else [values]:
                if value is None or getattr(value, "params", {}).get("VALUE") == "BINARY":
                    continue
                if not is_http_url(str(value)):
                    unsafe.append(
                        {
                            "uid": str(event.get("UID", "")),
                            "property": name,
                            "value": str(value)[:200],
                        }
                    )
    return {
        "events": len(events),
        "cancelled": sum(str(e.get("STATUS", "")).upper() == "CANCELLED" for e in events),
        "duplicate_uids": sorted({uid for (uid, _), n in keys.items() if n > 1}),
        "links_not_http": unsafe,
    }


def summary(previous, body: bytes, facts: dict) -> str:
    old = previous / "feed.ics" if previous is not None else None
    if old is not None and old.is_file() and old.read_bytes() == body:
        return message("unverändert")
    text = message(
        "{events} geladen",
        events=counted(facts["events"], "{count} Veranstaltung", "{count} Veranstaltungen"),
    )
    if facts["cancelled"]:
        text += ", " + message("davon {count} abgesagt", count=facts["cancelled"])
    if facts["links_not_http"]:
        text += "; " + counted(
            len(facts["links_not_http"]),
            "{count} Link nicht http(s) (der Import übergeht ihn)",
            "{count} Links nicht http(s) (der Import übergeht sie)",
        )
    return text


def _short(error: object, length: int = 160) -> str:
    text = " ".join(str(error).split())
    return text if len(text) <= length else text[: length - 1] + "…"


register_kind("ical", "iCalendar", fetch_feed, options=OPTIONS)
