"""Decap CMS with its local backend in Chromium: create a service through the UI.

The site is built from a copy of the mini fixture inside a temporary Git repository,
decap-server writes into that repository, and the editor page is served with the CSP that
`plugins.cms.editor_csp` documents. Every request to another host is aborted and fails the test.
"""

from __future__ import annotations

import io
import os
import shutil
import socket
import subprocess
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import sync_playwright

from benchmarks.preview_process import free_port
from plugins.cms import editor_csp
from plugins.site.build import run
from tests.browser.server import serve_directory
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, build_site

DECAP_SERVER = ROOT / "node_modules" / ".bin" / "decap-server"
SERVICES = Path("content") / "rathaus" / "leistungen"
TIMEOUT_MS = 20_000


def wait_for_port(port: int, process: subprocess.Popen, seconds: float = 15) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"decap-server exited: {process.stdout.read()}")
        with socket.socket() as probe:
            if probe.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.1)
    raise TimeoutError(f"decap-server did not listen on port {port}")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A Git repository whose content/ is a copy of the mini fixture site."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", repo / "content")
    subprocess.run(["git", "init", "-q", "-b", "main", str(repo)], check=True)
    return repo


@pytest.fixture
def decap_server(repo: Path):
    """decap-server on a free port, working on `repo`; yields its API address."""
    port = free_port()
    env = dict(
        os.environ, GIT_REPO_DIRECTORY=str(repo), PORT=str(port), BIND_HOST="127.0.0.1", MODE="fs"
    )
    process = subprocess.Popen(
        [str(DECAP_SERVER)], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        wait_for_port(port, process)
        yield f"http://127.0.0.1:{port}/api/v1"
    finally:
        process.terminate()
        process.wait(timeout=10)


def create_service(base_url: str, foreign: list, problems: list) -> str:
    """Fill in and publish a new service in the editor; returns the text Decap shows after."""
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        try:
            context = browser.new_context(locale="de-DE")
            context.set_default_timeout(TIMEOUT_MS)

            def only_local(route):
                if urlsplit(route.request.url).hostname == "127.0.0.1":
                    route.continue_()
                else:
                    foreign.append(route.request.url)
                    route.abort()

            context.route("**/*", only_local)
            page = context.new_page()
            page.on("pageerror", lambda error: problems.append(f"script error: {error}"))
            page.on(
                "console",
                lambda m: problems.append(m.text) if "Content Security Policy" in m.text else None,
            )
            page.goto(base_url + "/admin/")
            page.get_by_role("button", name="Login").click()
            page.goto(base_url + "/admin/#/collections/service/new")
            page.get_by_label("Titel", exact=True).fill("Führungszeugnis für Vereine")
            page.get_by_label("Kurzbeschreibung", exact=True).fill(
                "Ein erweitertes Führungszeugnis für die Arbeit im Verein beantragen."
            )
            office = page.get_by_label("Zuständiges Amt (optional)")
            office.click()
            office.press_sequentially("Bürger")
            page.get_by_text("Bürgerbüro", exact=True).click()
            page.get_by_role("button", name="Veröffentlichen").click()
            page.get_by_text("Jetzt veröffentlichen").click()
            page.get_by_text("Beitrag gespeichert").wait_for()
            return page.inner_text("body")
        finally:
            browser.close()


def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("---\n"), text
    block, _, _body = text[4:].partition("\n---")
    return yaml.safe_load(block)


def test_create_service_with_local_backend(repo, decap_server, tmp_path):
    output = tmp_path / "output"
    code, report = build_site(repo / "content", output, CMS_LOCAL_BACKEND={"url": decap_server})
    assert code == 0, report
    before = set((repo / SERVICES).glob("*.md"))
    csp = editor_csp({"CMS_LOCAL_BACKEND": {"url": decap_server}})
    foreign, problems = [], []

    with serve_directory(output, headers={"Content-Security-Policy": csp}) as base_url:
        create_service(base_url, foreign, problems)

    assert foreign == [], "the editor must load nothing from other hosts"
    assert problems == []
    created = sorted(set((repo / SERVICES).glob("*.md")) - before)
    # Decap's accent cleaning drops the umlaut dots: ü -> u (documented in plugins/cms).
    assert [p.name for p in created] == ["fuhrungszeugnis-fur-vereine.md"]
    meta = front_matter(created[0])
    assert meta == {
        "type": "service",
        "title": "Führungszeugnis für Vereine",
        "summary": "Ein erweitertes Führungszeugnis für die Arbeit im Verein beantragen.",
        "office": "buergerbuero",
    }
    stream = io.StringIO()
    overrides = {"PATH": str(repo / "content"), "SITE_BUILD_DATE": "2026-11-25"}
    assert run(str(ROOT / "pelicanconf.py"), overrides, check_only=True, stream=stream) == 0, (
        stream.getvalue()
    )
