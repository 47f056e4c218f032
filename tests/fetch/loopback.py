"""An HTTP server on 127.0.0.1 (a free port chosen by the system) that answers from a function.

Every 200 answer carries an ETag (a hash of its body) and a Date from the server's own clock,
so conditional requests and the server-side time can be tested; a request whose If-None-Match
matches gets 304. An answer may wait first (`delay`), longer than the client's timeout.
"""

from __future__ import annotations

import hashlib
import http.server
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime
from urllib.parse import parse_qs, urlsplit


@dataclass
class Answer:
    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


@dataclass
class Seen:
    """A request as the server saw it, and what it answered."""

    path: str
    query: dict[str, str]
    headers: dict[str, str]
    status: int = 0


class Loopback:
    def __init__(self, respond: Callable[[Seen], Answer], clock: datetime | None = None):
        self.respond = respond
        self.clock = clock or datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
        self.requests: list[Seen] = []
        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
        self.httpd.daemon_threads = True
        self.httpd.block_on_close = False
        self.httpd.owner = self
        self.port = self.httpd.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, path: str) -> str:
        return self.base + path

    def __enter__(self) -> Loopback:
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()

    def seen(self, path: str) -> list[Seen]:
        return [request for request in self.requests if request.path == path]


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        owner = self.server.owner
        parts = urlsplit(self.path)
        query = {key: values[-1] for key, values in parse_qs(parts.query).items()}
        seen = Seen(parts.path, query, dict(self.headers.items()))
        owner.requests.append(seen)
        answer = owner.respond(seen)
        if answer.delay:
            time.sleep(answer.delay)
        headers = dict(answer.headers)
        status = answer.status
        if status == 200:
            headers.setdefault("ETag", '"' + hashlib.sha1(answer.body).hexdigest()[:16] + '"')
            if self.headers.get("If-None-Match") == headers["ETag"]:
                status = 304
        seen.status = status
        body = b"" if status == 304 else answer.body
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (a timeout test)

    def date_time_string(self, timestamp=None):
        return format_datetime(self.server.owner.clock.astimezone(UTC), usegmt=True)

    def log_message(self, *args):
        pass
