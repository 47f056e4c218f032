"""An OParl server on loopback: objects at their URLs, lists paginated, `modified_since` honoured.

Objects are served at the path of their `id`; a list is served in pages of `page_size` with
`links.next` (keeping the filter), and with `modified_since` it holds only objects modified at
or after that time, deleted ones included (OParl 1.0, chapter "Objektlisten"). `faults` replaces
the answer for a path (an error status, a delay past the client's timeout, broken JSON).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import UTC, datetime
from urllib.parse import urlencode, urlsplit

from tests.fetch.loopback import Answer, Loopback, Seen


class OParlSite:
    """What the server holds: objects by path and lists of objects (by path, or inline)."""

    def __init__(self, base: str):
        self.base = base
        self.objects: dict[str, dict] = {}
        self.lists: dict[str, list[str | dict]] = {}

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, value: dict) -> str:
        """Serve `value` at its id; returns the id."""
        self.objects[urlsplit(value["id"]).path] = value
        return value["id"]

    def add_list(self, url: str, items: list[str | dict]) -> str:
        """A list at `url`: ids of objects added with `add`, or objects served only in it."""
        self.lists[urlsplit(url).path] = items
        return url

    def items(self, path: str) -> list[dict]:
        return [
            self.objects[urlsplit(item).path] if isinstance(item, str) else item
            for item in self.lists[path]
        ]


class OParlServer:
    def __init__(
        self,
        site: Callable[[str], OParlSite],
        *,
        page_size: int = 2,
        clock: datetime | None = None,
        public_base: str | None = None,
    ):
        self.loopback = Loopback(self.respond, clock)
        # Ids carry the public address; the client reaches it on loopback (see record_demo.py).
        self.site = site(public_base or self.loopback.base)
        self.page_size = page_size
        self.faults: dict[str, Answer] = {}

    @property
    def requests(self) -> list[Seen]:
        return self.loopback.requests

    def url(self, path: str) -> str:
        return self.site.url(path)

    def set_clock(self, clock: datetime) -> None:
        self.loopback.clock = clock

    def __enter__(self) -> OParlServer:
        self.loopback.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.loopback.__exit__(*exc)

    def respond(self, seen: Seen) -> Answer:
        if seen.path in self.faults:
            fault = self.faults[seen.path]
            if not fault.delay:
                return fault
            return Answer(fault.status, fault.body or self._content(seen), delay=fault.delay)
        body = self._content(seen)
        if body is None:
            return Answer(404, b'{"error": "not found"}', {"Content-Type": "application/json"})
        return Answer(200, body, {"Content-Type": "application/json"})

    def _content(self, seen: Seen) -> bytes | None:
        if seen.path in self.site.lists:
            return _json(self._page(seen))
        if seen.path in self.site.objects:
            return _json(self.site.objects[seen.path])
        return None

    def _page(self, seen: Seen) -> dict:
        since = seen.query.get("modified_since")
        items = self.site.items(seen.path)
        if since:
            start = datetime.fromisoformat(since)
            items = [i for i in items if "modified" in i and _time(i["modified"]) >= start]
        else:
            items = [i for i in items if not i.get("deleted")]
        number = int(seen.query.get("page", "1"))
        pages = max(1, -(-len(items) // self.page_size))
        chosen = items[(number - 1) * self.page_size : number * self.page_size]
        filters = {"modified_since": since} if since else {}
        links = {"first": self._link(seen.path, filters, 1)}
        if number < pages:
            links["next"] = self._link(seen.path, filters, number + 1)
        return {
            "data": chosen,
            "pagination": {
                "totalElements": len(items),
                "elementsPerPage": self.page_size,
                "currentPage": number,
                "totalPages": pages,
            },
            "links": links,
        }

    def _link(self, path: str, filters: dict, page: int) -> str:
        query = urlencode({**filters, "page": page} if page > 1 else filters)
        return self.site.url(path) + (f"?{query}" if query else "")


def _time(value: str) -> datetime:
    moment = datetime.fromisoformat(value)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _json(value) -> bytes:
    return json.dumps(value, ensure_ascii=False, indent=1).encode()
