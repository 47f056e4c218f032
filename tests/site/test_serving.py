"""Serving on this computer: a busy port is one clear line before anything is built, and an
unknown address gets the site's own 404 page with status 404 (preview and `invoke serve`)."""

from __future__ import annotations

import functools
import http.server
import os
import socket
import subprocess
import threading
import urllib.error
import urllib.request
from collections.abc import Iterator

import pytest

from benchmarks.preview_process import PreviewProcess
from plugins.site.serving import SiteRequestHandler, port_problem
from tests.helpers import BUILD_DATE, ROOT, write_files

INVOKE = ROOT / ".venv" / "bin" / "invoke"


@pytest.fixture
def busy_port() -> Iterator[int]:
    """A port some other program listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        sock.listen()
        yield sock.getsockname()[1]


def run_task(task: str, port: int, lang: str = "en") -> subprocess.CompletedProcess:
    env = {**os.environ, "EDITOR_LANGUAGE": lang}
    return subprocess.run(
        [str(INVOKE), task, "--port", str(port)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("task", ["serve", "livereload"])
def test_a_busy_port_is_one_line_and_nothing_is_built(busy_port, task):
    result = run_task(task, busy_port)
    assert result.returncode == 1
    assert result.stdout == ""  # no build ran: it would report what it wrote
    [line] = result.stderr.splitlines()
    assert "Traceback" not in result.stderr
    assert line.startswith(f"Port {busy_port} is already in use (is the preview running")
    assert (
        f"— stop the other program with Ctrl+C or use another port: invoke {task} --port " in line
    )


def test_the_busy_port_line_in_german(busy_port):
    result = run_task("serve", busy_port, lang="de")
    assert result.returncode == 1
    assert result.stderr.startswith(
        f"Port {busy_port} ist schon belegt (läuft die Vorschau schon in einem anderen Fenster?) "
        "— beenden Sie das andere Programm mit Strg+C oder nehmen Sie einen anderen Port: "
        "invoke serve --port "
    )


def test_the_suggested_port_is_free(busy_port):
    suggested = int(port_problem(busy_port, "serve").rsplit(" ", 1)[1])
    assert suggested != busy_port
    assert port_problem(suggested, "serve") is None


def test_a_port_that_cannot_exist():
    assert port_problem(70000, "livereload") == (
        "There is no port 70000 — use a number up to 65535: invoke livereload --port 8001"
    )


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=10) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")


SITE = {
    "index.md": "---\ntitle: Start\n---\nWillkommen.\n",
    "rathaus/index.md": "---\ntitle: Rathaus\n---\nDas Rathaus.\n",
}


def test_the_preview_answers_an_unknown_path_with_the_sites_404_page(tmp_path):
    content = write_files(tmp_path / "content", SITE)
    with PreviewProcess(content, tmp_path / "output", tmp_path, BUILD_DATE) as preview:
        assert get(preview.url + "/rathaus/")[0] == 200
        status, html = get(preview.url + "/rathaus/gibt-es-nicht/")
    assert status == 404
    assert "<title>Seite nicht gefunden" in html  # the site's page, not the server's
    assert html.startswith("<!doctype html>") and "<h1>Seite nicht gefunden</h1>" in html


class QuietHandler(SiteRequestHandler):
    def log_message(self, *args):
        pass


def test_serve_answers_an_unknown_path_with_the_sites_404_page(tmp_path):
    (tmp_path / "404.html").write_text("<title>Seite nicht gefunden</title>", encoding="utf-8")
    (tmp_path / "index.html").write_text("<title>Start</title>", encoding="utf-8")
    handler = functools.partial(QuietHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    try:
        assert get(base + "/") == (200, "<title>Start</title>")
        assert get(base + "/nichts/") == (404, "<title>Seite nicht gefunden</title>")
    finally:
        server.shutdown()
        server.server_close()
