"""OParl 1.0 and 1.1 client: the kind "oparl" of `invoke fetch`.

System → Body → the Body's lists (`meeting`, `paper`, `organization`, `person`, and where the
server offers them `membership` and `legislativeTermList`), each followed through `links.next`
over all its pages. Agenda items, consultations, files and locations come embedded in meetings
and papers; where a server puts a URL in place of such an object, the object is fetched (each URL
once per run). Memberships embedded in persons are moved into memberships.json.

Incremental: the first run (and `invoke fetch --full`) reads everything; later runs ask each list
for `modified_since` the time the last written run started (by the server's clock, minus an hour
for safety), merge what changed into the stored set by id and remove objects that come back with
`deleted: true`. A list answered in one page is asked again with its ETag/Last-Modified, so a
quiet night costs a 304 per list.

Checked on arrival: an object without a required field (plugins/council/oparl_spec.py) or of the
wrong type is skipped and recorded in meta.json; link values that are not http(s) are removed and
recorded; invalid JSON, an error status or a timeout fails the source (its last good files stay).
Text is stored as received: the build escapes it.

Files in data/<source>/, each a JSON list sorted by `id` (numbers in ids compared as numbers),
objects as OParl sends them: meetings.json (with `agendaItem`, `location`, `invitation`, …
embedded), papers.json (with `consultation`, `mainFile`, `auxiliaryFile` embedded),
organizations.json, persons.json (`membership`: list of membership ids), memberships.json (each
with `person`), legislative_terms.json, and meta.json.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import timedelta
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from plugins.fetch import (
    Context,
    FetchError,
    Result,
    counted,
    drop_non_http_links,
    is_http_url,
    json_bytes,
    read_json,
    register_kind,
    stamp,
)
from plugins.kit.i18n import german, message

from .oparl_spec import EMBEDDED, LINK_KEYS, object_problem

ACCEPT = "application/json"
# Changes are asked for since the last written run's start minus this: objects a server stamps
# with the start of a long transaction, or a clock a little off, are not missed. Fetching an
# object twice is harmless: merging is by id.
SAFETY_MARGIN = timedelta(hours=1)


@dataclass(frozen=True)
class ListFile:
    key: str  # the Body's property holding the list URL
    file: str
    type: str
    one: str  # report text for one changed object …
    many: str  # … and for several


LISTS = (
    ListFile(
        "meeting",
        "meetings.json",
        "Meeting",
        german("{count} Sitzung"),
        german("{count} Sitzungen"),
    ),
    ListFile(
        "paper", "papers.json", "Paper", german("{count} Vorlage"), german("{count} Vorlagen")
    ),
    ListFile(
        "organization",
        "organizations.json",
        "Organization",
        german("{count} Gruppierung"),
        german("{count} Gruppierungen"),
    ),
    ListFile(
        "person", "persons.json", "Person", german("{count} Person"), german("{count} Personen")
    ),
    ListFile(
        "membership",
        "memberships.json",
        "Membership",
        german("{count} Mitgliedschaft"),
        german("{count} Mitgliedschaften"),
    ),
    ListFile(
        "legislativeTermList",
        "legislative_terms.json",
        "LegislativeTerm",
        german("{count} Wahlperiode"),
        german("{count} Wahlperioden"),
    ),
)


@dataclass
class Notes:
    """What meta.json records about a run: skipped objects and removed links."""

    skipped: list[dict] = field(default_factory=list)
    links_removed: list[dict] = field(default_factory=list)

    def skip(self, where: str, value: object, reason: str) -> None:
        entry = {"in": where, "reason": reason}
        if isinstance(value, dict) and isinstance(value.get("id"), str):
            entry["id"] = value["id"]
        elif isinstance(value, str):
            entry["id"] = value
        self.skipped.append(entry)


class Crawler:
    """JSON over the source's client: lists with pagination, objects by URL (each once)."""

    def __init__(self, context: Context):
        self.client = context.client
        self.max_pages = context.source.limits.max_pages
        self.known = {} if context.full else context.validators
        self.validators: dict[str, dict[str, str]] = {}
        self.objects: dict[str, dict | None] = {}

    def json(self, url: str):
        response = self.client.get(url, accept=ACCEPT)
        return response, self.parse(url, response.body)

    @staticmethod
    def parse(url: str, body: bytes):
        try:
            return json.loads(body)
        except ValueError as error:
            raise FetchError(
                message("sendet kein gültiges JSON ({url}: {error})", url=url, error=error),
                url=url,
            ) from None

    def list(self, url: str, since: str | None = None, conditional: bool = True) -> list | None:
        """Every item of the list at `url` (all pages), or None when the server answered 304
        (only asked for with `conditional`: the answer must then be data already stored)."""
        first = with_query(url, modified_since=since) if since else url
        known = (self.known.get(first) or {}) if conditional else {}
        page_url, items, seen = first, [], set()
        while page_url:
            if page_url in seen or len(seen) >= self.max_pages:
                raise FetchError(
                    message(
                        "die Liste {url} hat mehr als {pages} Seiten oder verweist im Kreis "
                        "(Grenze 'max_pages')",
                        url=first,
                        pages=self.max_pages,
                    ),
                    url=first,
                )
            seen.add(page_url)
            asked = known if page_url == first else {}
            response = self.client.get(
                page_url,
                accept=ACCEPT,
                etag=asked.get("etag"),
                last_modified=asked.get("last_modified"),
            )
            if response.status == 304:
                self.validators[first] = known
                return None
            page = self.parse(page_url, response.body)
            if not isinstance(page, dict) or not isinstance(page.get("data"), list):
                raise FetchError(
                    message("sendet keine OParl-Liste ({url})", url=page_url), url=page_url
                )
            items += page["data"]
            links = page.get("links") if isinstance(page.get("links"), dict) else {}
            following = links.get("next")
            if following is not None and not is_http_url(following):
                raise FetchError(
                    message(
                        "die nächste Seite der Liste {url} ist keine http(s)-Adresse", url=first
                    ),
                    url=first,
                )
            if conditional and page_url == first and not following:
                self._remember(first, response)
            page_url = following
        for item in items:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                self.objects.setdefault(item["id"], item)
        return items

    def object(self, url: str) -> dict | None:
        """The object at `url`, fetched once per run; None when the server says it is gone."""
        if url not in self.objects:
            try:
                _, value = self.json(url)
            except FetchError as error:
                if error.status not in (404, 410):
                    raise
                value = None
            self.objects[url] = value
        return self.objects[url]

    def _remember(self, url: str, response) -> None:
        validators = {"etag": response.etag, "last_modified": response.last_modified}
        validators = {key: value for key, value in validators.items() if value}
        if validators:
            self.validators[url] = validators


class Reader:
    """Turns what a server sends into checked, cleaned objects with their parts embedded."""

    def __init__(self, crawler: Crawler, notes: Notes):
        self.crawler, self.notes = crawler, notes
        self.received: set[str] = set()  # ids of the objects that passed the checks this run

    def prepare(self, value: object, expected: str, where: str) -> dict | None:
        """A checked object of type `expected` (deleted ones too), or None if it is skipped."""
        if isinstance(value, str):
            url = value
            if not is_http_url(url):
                self.notes.skip(where, url, message("'id' ist keine http(s)-Adresse"))
                return None
            value = self.crawler.object(url)
            if value is None:
                self.notes.skip(where, url, message("unter dieser Adresse nicht zu finden"))
                return None
        problem = object_problem(value, expected)
        if problem:
            self.notes.skip(where, value, problem)
            return None
        self.received.add(value["id"])
        if value.get("deleted") is True:
            return {
                key: value[key] for key in ("id", "type", "deleted", "modified") if key in value
            }
        value = drop_non_http_links(value, LINK_KEYS, self.recorder(value["id"]))
        for key, child_type in EMBEDDED.get(expected, {}).items():
            if key in value:
                self._embed(value, key, child_type)
        return value

    def _embed(self, parent: dict, key: str, child_type: str) -> None:
        where = f"{parent['id']} {key}"
        child = parent[key]
        if isinstance(child, list):
            parts = [
                self.prepare(item, child_type, f"{where}[{n}]") for n, item in enumerate(child)
            ]
            parent[key] = [part for part in parts if part is not None and not part.get("deleted")]
        elif isinstance(child, str | dict):
            part = self.prepare(child, child_type, where)
            if part is None or part.get("deleted"):
                del parent[key]
            else:
                parent[key] = part

    def recorder(self, object_id: str):
        """Records a removed link of `object_id` (path within the object, value) in the notes."""

        def record(path: str, value: object) -> None:
            self.notes.links_removed.append(
                {"object": object_id, "field": path, "value": str(value)[:200]}
            )

        return record

    def items(self, values: list, expected: str, where: str) -> list[dict]:
        found = (self.prepare(value, expected, f"{where} [{n}]") for n, value in enumerate(values))
        return [value for value in found if value is not None]


def fetch_oparl(context: Context) -> Result:
    crawler, notes = Crawler(context), Notes()
    reader = Reader(crawler, notes)
    previous = stored(context)
    since = None if context.full or previous is None else previous["meta"].get("modified_since")
    if since is None:
        crawler.known = {}  # a 304 only helps where there is data to keep

    response, system = crawler.json(context.source.url)
    problem = object_problem(system, "System")
    if not problem and not is_http_url(system["body"]):
        problem = message("'body' ist keine http(s)-Adresse")
    if problem:
        raise FetchError(message("das System-Objekt ist unbrauchbar: {problem}", problem=problem))
    reader.received.add(system["id"])
    bodies = crawler.list(system["body"], conditional=False)
    body = choose_body(reader, bodies, context.source.options)
    server_time = response.date or context.now

    received = {item.file: read_list(crawler, reader, body, item, since) for item in LISTS}
    memberships_from_persons(received)
    received["legislative_terms.json"] += [
        term for term in body.get("legislativeTerm") or [] if isinstance(term, dict)
    ]
    skipped = {note["id"] for note in notes.skipped if "id" in note}
    merged, changed, deleted = merge_all(previous, received, body, since, skipped)
    meta = {
        "kind": "oparl",
        "url": context.source.url,
        "fetched_at": stamp(context.now),
        "modified_since": stamp(server_time - SAFETY_MARGIN),
        "oparl_version": system.get("oparlVersion"),
        "system": drop_non_http_links(system, LINK_KEYS, reader.recorder(system["id"])),
        "body": {**body, "legislativeTerm": sorted(merged["legislative_terms.json"], key=natural)},
        "counts": {item.file: len(merged[item.file]) for item in LISTS},
        "skipped": carried_over(previous, "skipped", notes.skipped, reader.received, since),
        "links_removed": carried_over(
            previous, "links_removed", notes.links_removed, reader.received, since
        ),
    }
    files = {item.file: json_bytes(sorted_objects(merged[item.file])) for item in LISTS}
    files["meta.json"] = json_bytes(meta)
    return Result(files, summary(changed, deleted, notes, context), crawler.validators)


def stored(context: Context) -> dict | None:
    """The last good data set: {"files": {file: {id: object}}, "meta": {…}}, or None."""
    if context.previous is None:
        return None
    meta = read_json(context.previous / "meta.json")
    if not isinstance(meta, dict) or meta.get("kind") != "oparl":
        return None
    files = {}
    for item in LISTS:
        values = read_json(context.previous / item.file)
        if not isinstance(values, list):
            return None  # damaged or hand-edited: fetch everything again
        files[item.file] = {v["id"]: v for v in values if isinstance(v, dict) and "id" in v}
    return {"files": files, "meta": meta}


def choose_body(reader: Reader, bodies: list, options) -> dict:
    """The Body to read: the one named by the source's `body`, or the only one."""
    found = reader.items(bodies, "Body", "body")
    found = [body for body in found if not body.get("deleted")]
    wanted = options.get("body")
    if wanted:
        for body in found:
            if body["id"] == wanted:
                return body
        raise FetchError(
            message(
                "die Körperschaft {body} gibt es auf diesem System nicht — vorhanden: {ids}",
                body=wanted,
                ids=", ".join(b["id"] for b in found) or "-",
            )
        )
    if len(found) == 1:
        return found[0]
    if not found:
        raise FetchError(message("das System nennt keine brauchbare Körperschaft (Body)"))
    raise FetchError(
        message(
            "das System hat {count} Körperschaften — tragen Sie bei der Quelle 'body' mit der id "
            "einer davon ein: {ids}",
            count=len(found),
            ids=", ".join(f"{b['id']} ({b.get('name', '')})" for b in found),
        )
    )


def read_list(crawler: Crawler, reader: Reader, body: dict, item: ListFile, since) -> list:
    url = body.get(item.key)
    if not isinstance(url, str) or not is_http_url(url):
        return []  # optional lists (membership, legislativeTermList) a server does not offer
    values = crawler.list(url, since)
    return reader.items(values or [], item.type, url)


def merge_all(previous: dict | None, received: dict, body: dict, since, skipped: set[str]):
    """Every file's merged objects, how many changed per file, how many were removed."""
    old = previous["files"] if previous else {}
    merged, changed, deleted = {}, {}, 0
    for item in LISTS:
        complete = since is None or (
            item.file == "legislative_terms.json" and not body.get("legislativeTermList")
        )  # without a list of their own, the Body carries all terms every time
        merged[item.file], changed[item.file], gone = merge(
            old.get(item.file, {}), received[item.file], complete
        )
        deleted += gone
    deleted += drop_memberships_of_changed_persons(merged, received, old, skipped)
    return merged, changed, deleted


def memberships_from_persons(received: dict[str, list[dict]]) -> None:
    """Move memberships embedded in persons into the memberships (each with its `person`)."""
    for person in received["persons.json"]:
        parts = person.get("membership")
        if not isinstance(parts, list) or not all(isinstance(p, dict) for p in parts):
            continue
        for part in parts:
            received["memberships.json"].append(
                {**part, "person": part.get("person") or person["id"]}
            )
        person["membership"] = [part["id"] for part in parts]


def drop_memberships_of_changed_persons(
    merged: dict, received: dict, old: dict, skipped: set[str]
) -> int:
    """A membership a person listed before and no longer lists (or a deleted person's) is gone.

    Only those: memberships from the Body's own list that a person does not embed are kept
    (that list marks its deletions itself), and so is one skipped this run for a problem (its
    last good version stays until the server sends a usable one).
    """
    before = {p["id"]: set(p.get("membership") or []) for p in old.get("persons.json", {}).values()}
    dropped = 0
    for person in received["persons.json"]:
        listed = set() if person.get("deleted") else set(person.get("membership") or [])
        for membership_id in before.get(person["id"], set()) - listed - skipped:
            if merged["memberships.json"].pop(membership_id, None) is not None:
                dropped += 1
    return dropped


def merge(old: dict[str, dict], received: list[dict], complete: bool):
    """(merged {id: object}, how many are new or changed, how many were removed).

    `complete`: `received` is the whole list (first or full run), so what is missing is gone;
    otherwise it holds only changes, merged into `old`, and `deleted: true` removes an object.
    """
    merged = {} if complete else dict(old)
    changed = 0
    for value in received:
        if value.get("deleted") is True:
            merged.pop(value["id"], None)
            continue
        if old.get(value["id"]) != value and merged.get(value["id"]) != value:
            changed += 1
        merged[value["id"]] = value
    return merged, changed, len(set(old) - set(merged))


def carried_over(previous, key: str, found: list[dict], received: set[str], since) -> list[dict]:
    """The notes that describe the stored data set: this run's, and from earlier runs those
    about objects not sent again (a fixed object that comes back passes the checks and its old
    note goes; an object sent again with the same problem has it once). A full run starts over.
    """
    old = (previous or {}).get("meta", {}).get(key) if since else None
    kept = [note for note in old or [] if isinstance(note, dict) and not _about(note, received)]
    unique = {json.dumps(note, sort_keys=True): note for note in kept + found}
    return sorted(unique.values(), key=lambda n: (str(n.get("in", n.get("object"))), str(n)))


def _about(note: dict, received: set[str]) -> bool:
    where = str(note.get("in", "")).split(" ", 1)[0]
    return bool({note.get("id"), note.get("object"), where} & received)


def sorted_objects(objects: dict[str, dict]) -> list[dict]:
    """By id, numbers in ids compared as numbers (…/meeting/9 before …/meeting/10)."""
    return [objects[key] for key in sorted(objects, key=natural)]


def natural(text: str) -> tuple:
    return tuple(int(part) if part.isdigit() else part for part in re.split(r"(\d+)", text))


def summary(changed: dict[str, int], deleted: int, notes: Notes, context: Context) -> str:
    parts = [
        counted(changed[item.file], item.one, item.many) for item in LISTS if changed[item.file]
    ]
    if parts:
        text = message("{parts} neu oder geändert", parts=", ".join(parts))
        if deleted:
            text += ", " + message("{count} gelöscht", count=deleted)
    elif deleted:
        text = message("{count} gelöscht", count=deleted)
    else:
        text = message("keine Änderungen")
    extras = []
    if notes.skipped:
        extras.append(
            counted(
                len(notes.skipped), "{count} Objekt übersprungen", "{count} Objekte übersprungen"
            )
        )
    if notes.links_removed:
        extras.append(
            counted(
                len(notes.links_removed),
                "{count} Link entfernt (nicht http(s))",
                "{count} Links entfernt (nicht http(s))",
            )
        )
    if extras:
        text += "; " + message(
            "{notes}, Einzelheiten in {path}", notes=", ".join(extras), path=context.meta_path()
        )
    return text


def with_query(url: str, **params: str) -> str:
    """`url` with `params` added to its query (replacing parameters of the same name)."""
    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k not in params]
    query += list(params.items())
    return urlunsplit(parts._replace(query=urlencode(query)))


register_kind("oparl", "OParl", fetch_oparl, options=("body",))
