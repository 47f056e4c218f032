"""Serving the built site on this computer (`invoke serve`, `invoke livereload`, `invoke edit`).

The port is checked before anything is built: a preview already running in another window is
the usual reason it is taken, and a build of a minute that cannot be served helps nobody. An
unknown address gets the site's own 404 page with status 404, as on the web server.
"""

from __future__ import annotations

import errno
import http.server
import socket
from pathlib import Path

from plugins.kit.i18n import message

NOT_FOUND_PAGE = "404.html"


def port_problem(port, command: str, host: str = "127.0.0.1") -> str | None:
    """One line saying why `invoke COMMAND` cannot serve on `port`, or None when it can."""
    try:
        number = int(port)
    except (TypeError, ValueError):
        number = -1
    if not 0 < number < 65536:
        return message(
            "Den Port {port} gibt es nicht — nehmen Sie eine Zahl bis 65535: "
            "invoke {command} --port 8001",
            port=port,
            command=command,
        )
    error = _bind_error(host, number)
    if error is None:
        return None
    other = next_free_port(number, host)
    if error == errno.EADDRINUSE:
        return message(
            "Port {port} ist schon belegt (läuft die Vorschau schon in einem anderen Fenster?) "
            "— beenden Sie das andere Programm mit Strg+C oder nehmen Sie einen anderen Port: "
            "invoke {command} --port {other}",
            port=number,
            command=command,
            other=other,
        )
    return message(
        "Port {port} lässt sich nicht öffnen — nehmen Sie einen anderen Port: "
        "invoke {command} --port {other}",
        port=number,
        command=command,
        other=other,
    )


def _bind_error(host: str, port: int) -> int | None:
    """The errno of binding `port` as the servers do (SO_REUSEADDR: a port whose last
    connections are still closing counts as free), or None when it is free."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind((host, port))
        except OSError as error:
            return error.errno or -1
    return None


def next_free_port(port: int, host: str = "127.0.0.1") -> int:
    """The first free port after `port` (to suggest one that works)."""
    for candidate in range(port + 1, min(port + 100, 65536)):
        if _bind_error(host, candidate) is None:
            return candidate
    return 8001


class SiteRequestHandler(http.server.SimpleHTTPRequestHandler):
    """`invoke serve`: the output folder, with the site's own 404 page for unknown paths."""

    def send_error(self, code, text=None, explain=None):
        page = Path(self.directory) / NOT_FOUND_PAGE
        if code != 404 or not page.is_file():
            super().send_error(code, text, explain)
            return
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
