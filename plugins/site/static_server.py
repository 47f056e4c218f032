"""A static file server for a built site on this machine: `invoke serve`, browser tests and
benchmarks (never for the public: use nginx, deploy/nginx.conf).

It serves one folder at URL path root "/", with the MIME types the site uses, the site's own
404 page (status 404) and optional extra headers, e.g. a Content-Security-Policy.
"""

import contextlib
import functools
import threading
from collections.abc import Iterator, Mapping
from http import HTTPStatus
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar

# Python's defaults miss or vary across platforms for several of these.
MIME_TYPES = {
    ".html": "text/html; charset=utf-8",
    ".css": "text/css; charset=utf-8",
    ".js": "text/javascript; charset=utf-8",
    ".mjs": "text/javascript; charset=utf-8",
    ".json": "application/json",
    ".geojson": "application/geo+json",
    ".ics": "text/calendar; charset=utf-8",
    ".xml": "application/xml",
    ".atom": "application/atom+xml",
    ".rss": "application/rss+xml",
    ".svg": "image/svg+xml",
    ".webp": "image/webp",
    ".avif": "image/avif",
    ".woff2": "font/woff2",
    ".woff": "font/woff",
    ".webmanifest": "application/manifest+json",
    ".gpx": "application/gpx+xml",
    ".txt": "text/plain; charset=utf-8",
}


class SiteRequestHandler(SimpleHTTPRequestHandler):
    """Serves `directory`; subclasses set `extra_headers` and get the site's 404 page."""

    extra_headers: ClassVar[Mapping[str, str]] = {}
    extensions_map: ClassVar[dict[str, str]] = {
        **SimpleHTTPRequestHandler.extensions_map,
        **MIME_TYPES,
    }

    def end_headers(self) -> None:
        for name, value in self.extra_headers.items():
            self.send_header(name, value)
        # Tests and previews must see every change of a rebuilt site.
        self.send_header("Cache-Control", "no-store")
        super().end_headers()

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        not_found_page = Path(self.directory) / "404.html"
        if code != HTTPStatus.NOT_FOUND or not not_found_page.is_file():
            super().send_error(code, message, explain)
            return
        body = not_found_page.read_bytes()
        self.send_response(HTTPStatus.NOT_FOUND)
        self.send_header("Content-Type", MIME_TYPES[".html"])
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        # Quiet: test and benchmark output should show results, not access logs.
        pass


@contextlib.contextmanager
def serve_directory(root: Path, headers: Mapping[str, str] | None = None) -> Iterator[str]:
    """Serve `root` on 127.0.0.1 at a free port; yields the base URL without trailing slash."""
    handler_class = type("Handler", (SiteRequestHandler,), {"extra_headers": dict(headers or {})})
    handler = functools.partial(handler_class, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()
