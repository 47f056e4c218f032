"""The council data as the pages show it: read from the files `invoke fetch` wrote (data/<source>/,
see oparl.py), never from the network.

Pure functions over plain dicts: what a meeting, a Gremium, a paper shows. Fetched text stays
text (templates escape it); links are kept only when they are http(s) (checked again here,
though the fetcher already removed others).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from plugins.fetch.links import is_http_url
from plugins.frontmatter.fields import BERLIN
from plugins.kit.i18n import message
from plugins.site.items import slugify

LISTS = (
    "meetings.json",
    "papers.json",
    "organizations.json",
    "persons.json",
    "memberships.json",
)
# Organisations shown as Gremien (OParl `organizationType`, else `classification`).
GREMIUM_TYPES = {"gremium"}
NOT_GREMIUM = {"fraktion", "verwaltung", "verwaltungsbereich", "partei", "sonstiges"}


def read_council_file(file) -> object:
    """A council data file: a JSON list (meta.json: an object; only OParl ones count)."""
    try:
        value = json.loads(file.read_bytes())
    except ValueError as error:
        file.warning(
            getattr(error, "lineno", 1),
            message("kein gültiges JSON ({error})", error=error),
            message("rufen Sie `invoke fetch --full` auf, um die Daten neu zu laden"),
        )
        return None
    if file.path.name == "meta.json":
        return value if isinstance(value, dict) and value.get("kind") == "oparl" else None
    if not isinstance(value, list):
        file.warning(
            1,
            message("erwartet wird eine JSON-Liste"),
            message("rufen Sie `invoke fetch --full` auf, um die Daten neu zu laden"),
        )
        return None
    return [
        entry for entry in value if isinstance(entry, dict) and isinstance(entry.get("id"), str)
    ]


def gather(entries) -> dict[str, list[dict]] | None:
    """{file name: objects} of every OParl source folder (a site usually has one), or None."""
    by_folder: dict[str, dict] = {}
    for rel, entry in sorted(entries.items()):
        parts = rel.split("/")
        if len(parts) < 2:
            continue
        by_folder.setdefault(parts[-2], {})[parts[-1]] = entry.records
    found: dict[str, list[dict]] = {name: [] for name in LISTS}
    any_source = False
    for files in by_folder.values():
        if not files.get("meta.json"):
            continue  # not an OParl folder (an iCalendar feed, …)
        any_source = True
        for name in LISTS:
            found[name] += files.get(name) or []
    return found if any_source else None


# --- values -----------------------------------------------------------------------------------


def moment(text) -> datetime | None:
    if not isinstance(text, str):
        return None
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    if value.tzinfo is None:
        value = value.replace(tzinfo=BERLIN)
    return value.astimezone(BERLIN)


def day(text) -> date | None:
    if not isinstance(text, str):
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def text(value) -> str:
    return value.strip() if isinstance(value, str) else ""


def http(value) -> str | None:
    return value if isinstance(value, str) and is_http_url(value) else None


@dataclass(frozen=True)
class Link:
    """A file or page in the council system: linked, never embedded."""

    name: str
    url: str
    kind: str = ""  # "PDF", …
    size: int | None = None


def file_link(value, fallback: str) -> Link | None:
    if not isinstance(value, dict):
        return None
    url = http(value.get("accessUrl")) or http(value.get("downloadUrl")) or http(value.get("web"))
    if url is None:
        return None
    mime = text(value.get("mimeType"))
    kind = {"application/pdf": "PDF"}.get(mime, mime.rpartition("/")[2].upper())
    size = value.get("size") if isinstance(value.get("size"), int) else None
    return Link(text(value.get("name")) or text(value.get("fileName")) or fallback, url, kind, size)


def file_links(values, fallback: str) -> list[Link]:
    if isinstance(values, dict):
        values = [values]
    found = [file_link(value, fallback) for value in values or [] if isinstance(values, list)]
    return [link for link in found if link is not None]


# --- the model --------------------------------------------------------------------------------


@dataclass
class Gremium:
    id: str
    name: str
    short: str
    slug: str
    web: str | None
    members: list[dict] = field(default_factory=list)  # {name, role, group}
    # Meeting, soonest first; left out of repr/compare (meetings refer back to their Gremien)
    meetings: list = field(default_factory=list, repr=False, compare=False)


@dataclass
class Paper:
    id: str
    name: str
    reference: str
    slug: str
    paper_type: str
    date: date | None
    web: str | None
    files: list[Link]
    keywords: tuple[str, ...]
    consultations: list[dict] = field(default_factory=list)  # {meeting, gremien, role, result}


@dataclass
class AgendaEntry:
    number: str
    name: str
    result: str
    papers: list[Paper]


@dataclass
class Meeting:
    id: str
    name: str
    start: datetime
    end: datetime | None
    gremien: list[Gremium]
    place: str
    address: dict | None
    cancelled: bool
    state: str
    web: str | None
    files: list[Link]
    agenda: list[AgendaEntry]  # public items only
    public: bool

    @property
    def gremium_names(self) -> str:
        return ", ".join(g.name for g in self.gremien)


@dataclass
class Council:
    meetings: list[Meeting]  # soonest first
    gremien: list[Gremium]
    papers: list[Paper]  # newest first
    body_web: str | None = None

    def upcoming(self, today: date) -> list[Meeting]:
        return [m for m in self.meetings if m.start.date() >= today and m.public]

    def past(self, today: date, months: int = 12) -> list[Meeting]:
        since = today - timedelta(days=round(months * 365.25 / 12))
        found = [m for m in self.meetings if since <= m.start.date() < today and m.public]
        return list(reversed(found))


def unique_slug(wanted: str, taken: set[str]) -> str:
    slug, n = wanted or "eintrag", 2
    while slug in taken:
        slug, n = f"{wanted}-{n}", n + 1
    taken.add(slug)
    return slug


def last_part(object_id: str) -> str:
    return slugify(object_id.rstrip("/").rpartition("/")[2])


def is_gremium(org: dict) -> bool:
    kind = text(org.get("organizationType")).lower()
    if kind:
        return kind in GREMIUM_TYPES
    return text(org.get("classification")).lower() not in NOT_GREMIUM


def current(value: dict, today: date) -> bool:
    start, end = day(value.get("startDate")), day(value.get("endDate"))
    return (start is None or start <= today) and (end is None or end >= today)


def location_parts(value) -> tuple[str, dict | None]:
    if not isinstance(value, dict):
        return "", None
    description = text(value.get("description"))
    address = None
    if text(value.get("streetAddress")):
        address = {
            "street": text(value.get("streetAddress")),
            "postal_code": text(value.get("postalCode")),
            "city": text(value.get("locality")),
        }
    if not description:
        room = text(value.get("room"))
        description = ", ".join(
            part
            for part in (room, address and address["street"], address and address["city"])
            if part
        )
    return description, address


def build_council(data: dict[str, list[dict]], today: date) -> Council:
    orgs = {o["id"]: o for o in data["organizations.json"]}
    persons = {p["id"]: p for p in data["persons.json"]}

    taken: set[str] = set()
    gremien = {}
    for org in sorted(orgs.values(), key=lambda o: text(o.get("name"))):
        if not is_gremium(org) or not text(org.get("name")) or not current(org, today):
            continue
        name = text(org["name"])
        gremien[org["id"]] = Gremium(
            id=org["id"],
            name=name,
            short=text(org.get("shortName")) or name,
            slug=unique_slug(slugify(text(org.get("shortName")) or name), taken),
            web=http(org.get("web")),
        )
    for membership in data["memberships.json"]:
        gremium = gremien.get(membership.get("organization"))
        person = persons.get(membership.get("person"))
        if gremium is None or person is None or not current(membership, today):
            continue
        group = orgs.get(membership.get("onBehalfOf")) or {}
        gremium.members.append(
            {
                "name": text(person.get("name"))
                or " ".join(
                    p for p in (text(person.get("givenName")), text(person.get("familyName"))) if p
                ),
                "family": text(person.get("familyName")) or text(person.get("name")),
                "role": text(membership.get("role")),
                "group": text(group.get("shortName")) or text(group.get("name")),
            }
        )
    role_order = {"vorsitz": 0, "stellvertretender vorsitz": 1}
    for gremium in gremien.values():
        gremium.members.sort(
            key=lambda m: (role_order.get(m["role"].lower(), 2), m["family"], m["name"])
        )

    taken = set()
    papers, by_consultation = [], {}
    for raw in data["papers.json"]:
        reference = text(raw.get("reference"))
        paper = Paper(
            id=raw["id"],
            name=text(raw.get("name")) or reference,
            reference=reference,
            slug=unique_slug(slugify(reference) or last_part(raw["id"]), taken),
            paper_type=text(raw.get("paperType")),
            date=day(raw.get("date")),
            web=http(raw.get("web")),
            files=file_links(raw.get("mainFile"), "Vorlage")
            + file_links(raw.get("auxiliaryFile"), "Anlage"),
            keywords=tuple(k for k in raw.get("keyword") or [] if isinstance(k, str)),
        )
        papers.append((paper, raw))
        for consultation in raw.get("consultation") or []:
            if isinstance(consultation, dict) and isinstance(consultation.get("id"), str):
                by_consultation[consultation["id"]] = paper

    meetings = {}
    for raw in data["meetings.json"]:
        start = moment(raw.get("start"))
        if start is None:
            continue
        items = [i for i in raw.get("agendaItem") or [] if isinstance(i, dict)]
        public_items = [i for i in items if i.get("public") is not False]
        agenda = []
        for item in sorted(public_items, key=lambda i: (i.get("order", 0), text(i.get("number")))):
            consultation = item.get("consultation")
            paper = by_consultation.get(consultation) if isinstance(consultation, str) else None
            agenda.append(
                AgendaEntry(
                    number=text(item.get("number")),
                    name=text(item.get("name")),
                    result=text(item.get("result")),
                    papers=[paper] if paper else [],
                )
            )
        place, address = location_parts(raw.get("location"))
        meeting = Meeting(
            id=raw["id"],
            name=text(raw.get("name")),
            start=start,
            end=moment(raw.get("end")),
            gremien=[gremien[o] for o in raw.get("organization") or [] if o in gremien],
            place=place,
            address=address,
            cancelled=raw.get("cancelled") is True,
            state=text(raw.get("meetingState")),
            web=http(raw.get("web")),
            files=file_links(raw.get("invitation"), "Einladung")
            + file_links(raw.get("resultsProtocol"), "Ergebnisprotokoll")
            + file_links(raw.get("verbatimProtocol"), "Wortprotokoll")
            + file_links(raw.get("auxiliaryFile"), "Anlage"),
            agenda=agenda,
            public=not items or bool(public_items),
        )
        meetings[meeting.id] = meeting
    ordered = sorted(meetings.values(), key=lambda m: (m.start, m.name))
    for meeting in ordered:
        for gremium in meeting.gremien:
            gremium.meetings.append(meeting)

    for paper, raw in papers:
        for consultation in raw.get("consultation") or []:
            if not isinstance(consultation, dict):
                continue
            meeting = meetings.get(consultation.get("meeting"))
            names = [
                text(orgs[o].get("name"))
                for o in consultation.get("organization") or []
                if isinstance(o, str) and o in orgs
            ]
            result = ""
            if meeting is not None:
                for entry_raw in meeting.agenda:
                    if paper in entry_raw.papers:
                        result = entry_raw.result
            paper.consultations.append(
                {
                    "meeting": meeting,
                    "gremien": ", ".join(names) or (meeting.gremium_names if meeting else ""),
                    "role": text(consultation.get("role")),
                    "authoritative": consultation.get("authoritative") is True,
                    "result": result,
                }
            )
        paper.consultations.sort(
            key=lambda c: (
                c["meeting"].start if c["meeting"] else datetime.max.replace(tzinfo=BERLIN)
            )
        )
    paper_list = [paper for paper, _ in papers]
    paper_list.sort(key=lambda p: (p.date or date.min, p.reference), reverse=True)
    return Council(ordered, list(gremien.values()), paper_list)


def matches(paper: Paper, terms, types) -> bool:
    """Whether a paper is about one of `terms` (in its name, reference or keywords) or of one of
    the paper `types`."""
    haystack = " ".join((paper.name, *paper.keywords)).lower()
    if any(term.lower() in haystack for term in terms or ()):
        return True
    return paper.paper_type.lower() in {t.lower() for t in types or ()}
