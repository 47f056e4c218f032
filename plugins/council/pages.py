"""The Politik pages made from the council data: meetings, Gremien, papers; JSON-LD and .ics."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime, time
from pathlib import Path
from urllib.parse import urlsplit

from plugins.kit.i18n import german
from plugins.kit.ical import CalendarEvent, event_calendar
from plugins.kit.urls import public_url, site_owner
from plugins.site.generator import write_if_changed
from plugins.site.pages import OutputPage
from plugins.site.schema_org import postal_address

from .model import Council, Meeting

LANGS = ("de", "en")
FOLDERS = {
    "de": {"meetings": "sitzungen", "gremien": "gremien", "papers": "vorlagen"},
    "en": {"meetings": "meetings", "gremien": "committees", "papers": "papers"},
}
TITLES = {"meetings": "Sitzungen", "gremien": german("Gremien"), "papers": "Vorlagen"}
ICS_NAME = {"de": "sitzungen.ics", "en": "meetings.ics"}
PRODID = {"de": "-//{owner}//Ratsinformation//DE", "en": "-//{owner}//Council//EN"}
SCHEDULED = "https://schema.org/EventScheduled"
CANCELLED = "https://schema.org/EventCancelled"
OFFLINE = "https://schema.org/OfflineEventAttendanceMode"


def base_urls(index) -> dict[str, str]:
    """Where the Politik pages live per language: the politik section, or below the town-hall
    section of that language."""
    found = {}
    section = index.section(("rathaus", "politik"))
    rathaus = index.section(("rathaus",))
    for lang in LANGS:
        landing = section.index.get(lang) if section else None
        if landing is not None:
            found[lang] = landing.url
        elif rathaus is not None and lang in rathaus.index:
            found[lang] = rathaus.index[lang].url + ("politik/" if lang == "de" else "politics/")
    return found


def urls(base: str, lang: str) -> dict[str, str]:
    return {kind: f"{base}{folder}/" for kind, folder in FOLDERS[lang].items()}


def meeting_graph(meetings: list[Meeting], lang: str, absolute, page_url: str) -> dict:
    """schema.org `Event`s for public meetings (only properties schema.org defines)."""
    events = []
    for meeting in meetings:
        event = {
            "@type": "Event",
            "name": meeting.name,
            "startDate": meeting.start.isoformat(),
            "eventStatus": CANCELLED if meeting.cancelled else SCHEDULED,
            "eventAttendanceMode": OFFLINE,
            "isAccessibleForFree": True,
            "inLanguage": "de",
            "url": absolute(page_url) + "#" + anchor(meeting),
        }
        if meeting.end is not None and meeting.end > meeting.start:
            event["endDate"] = meeting.end.isoformat()
        if meeting.place:
            place = {"@type": "Place", "name": meeting.place}
            address = postal_address(meeting.address)
            if address:
                place["address"] = address
            event["location"] = place
        if meeting.gremien:
            event["organizer"] = [
                {"@type": "Organization", "name": g.name, **({"url": g.web} if g.web else {})}
                for g in meeting.gremien
            ]
        if meeting.web:
            event["sameAs"] = meeting.web
        events.append(event)
    return {"@context": "https://schema.org", "@graph": events}


def anchor(meeting: Meeting) -> str:
    return f"sitzung-{meeting.start:%Y-%m-%d}-{meeting.id.rstrip('/').rpartition('/')[2]}"


def add_council_pages(index, council: Council, settings: dict) -> None:
    bases = base_urls(index)
    today = index.build_date
    months = int(settings.get("past_months", 12))
    site = public_url(index.settings)

    def absolute(path: str) -> str:
        return site.rstrip("/") + path

    folder = ("rathaus", "politik") if index.section(("rathaus", "politik")) else ("rathaus",)
    all_urls = {lang: urls(base, lang) for lang, base in bases.items()}
    upcoming, past = council.upcoming(today), council.past(today, months)
    for lang in bases:
        own = all_urls[lang]
        shared = {"council_urls": own, "ics_name": ICS_NAME[lang], "anchor": anchor}

        def page(kind: str, template: str, context: dict, lang=lang, own=own, shared=shared):
            index.pages.append(
                OutputPage(
                    url=own[kind],
                    template=f"council/{template}",
                    lang=lang,
                    title=index.label(TITLES[kind], lang),
                    context={**shared, **context},
                    translations={o: u[kind] for o, u in all_urls.items() if o != lang},
                    folder=folder,
                )
            )

        page(
            "meetings",
            "meetings.html",
            {
                "upcoming": upcoming,
                "past": past,
                "months": months,
                "structured": meeting_graph(upcoming, lang, absolute, own["meetings"]),
            },
        )
        page("gremien", "gremien.html", {"gremien": council.gremien})
        page("papers", "papers.html", {"papers": council.papers})
    index.council_ics = [(lang, all_urls[lang]["gremien"], council.gremien) for lang in bases]


def calendar_events(meetings: list[Meeting], page_url: str, domain: str) -> list[CalendarEvent]:
    return [
        CalendarEvent(
            uid=str(uuid.uuid5(uuid.NAMESPACE_URL, meeting.id)) + "@" + domain,
            title=meeting.name,
            start=meeting.start,
            end=meeting.end if meeting.end and meeting.end > meeting.start else None,
            url=page_url + "#" + anchor(meeting),
            location=meeting.place or None,
            cancelled=meeting.cancelled,
            organizer=meeting.gremium_names or None,
        )
        for meeting in meetings
    ]


def write_gremium_calendars(index, output_path) -> int:
    """One .ics per Gremium: its public meetings of the last months and the coming ones."""
    site = public_url(index.settings)
    domain = urlsplit(site).hostname or "localhost"
    owner = site_owner(index.settings)
    stamp = datetime.combine(index.build_date, time.min, UTC)
    months = int(index.settings.get("COUNCIL", {}).get("past_months", 12))
    written = 0
    for lang, folder_url, gremien in getattr(index, "council_ics", []):
        meetings_url = folder_url.replace(FOLDERS[lang]["gremien"], FOLDERS[lang]["meetings"])
        for gremium in gremien:
            shown = [
                m
                for m in gremium.meetings
                if m.public
                and (m.start.date() >= index.build_date or m in _past(gremium, index, months))
            ]
            data = event_calendar(
                calendar_events(shown, site.rstrip("/") + meetings_url, domain),
                lang=lang,
                prodid=PRODID[lang].format(owner=owner),
                calname=gremium.name,
                build_stamp=stamp,
            )
            target = Path(output_path) / folder_url.lstrip("/") / gremium.slug / ICS_NAME[lang]
            write_if_changed(target, data)
            written += 1
    return written


def _past(gremium, index, months: int) -> list[Meeting]:
    from .model import Council

    return Council(gremium.meetings, [], []).past(index.build_date, months)
