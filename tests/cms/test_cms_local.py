"""Sveltia CMS in Chromium, working on a local repository: create a service through the UI.

The site is built from a copy of the mini fixture, and the editor page is served with the CSP
that `plugins.cms.editor_csp` documents. Every request to another host is aborted and fails the
test, and so does every CSP violation: the page must work from the site alone.

An editor picks the project folder in the browser's folder dialog (File System Access API).
Headless Chromium cannot show that dialog (it cancels at once), so the test stands in for that
one click: `showDirectoryPicker` returns a folder of the browser's origin-private file system
holding a copy of the repository (content/ and an empty .git). Sveltia reads and writes it
through the same FileSystemDirectoryHandle API as a folder on disk; the test then copies what
Sveltia wrote back into the repository on disk and runs `check` on it.
"""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import sync_playwright

from plugins.cms import editor_csp
from plugins.site.build import run
from tests.browser.server import serve_directory
from tests.conftest import CHROMIUM, CHROMIUM_ARGS, ROOT, build_site

SERVICES = "content/rathaus/leistungen"
TIMEOUT_MS = 20_000
REPO_IN_BROWSER = "repo"

# The stand-in for the editor's choice in the folder dialog (see the module docstring).
PICK_THE_REPOSITORY = f"""
window.showDirectoryPicker = async () =>
  (await navigator.storage.getDirectory()).getDirectoryHandle("{REPO_IN_BROWSER}");
"""
WRITE_FILES = f"""async (files) => {{
  const root = await navigator.storage.getDirectory();
  const repo = await root.getDirectoryHandle("{REPO_IN_BROWSER}", {{ create: true }});
  await repo.getDirectoryHandle(".git", {{ create: true }});
  for (const [path, text] of Object.entries(files)) {{
    const parts = path.split("/");
    let folder = repo;
    for (const part of parts.slice(0, -1)) {{
      folder = await folder.getDirectoryHandle(part, {{ create: true }});
    }}
    const writable = await (await folder.getFileHandle(parts.at(-1), {{ create: true }}))
      .createWritable();
    await writable.write(text);
    await writable.close();
  }}
}}"""
READ_FILES = f"""async () => {{
  const files = {{}};
  async function walk(folder, prefix) {{
    for await (const [name, handle] of folder.entries()) {{
      if (handle.kind === "directory") {{
        await walk(handle, prefix + name + "/");
      }} else {{
        files[prefix + name] = await (await handle.getFile()).text();
      }}
    }}
  }}
  const root = await navigator.storage.getDirectory();
  await walk(await root.getDirectoryHandle("{REPO_IN_BROWSER}"), "");
  return files;
}}"""


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A project folder whose content/ is a copy of the mini fixture site."""
    repo = tmp_path / "repo"
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", repo / "content")
    return repo


def text_files(repo: Path) -> dict[str, str]:
    return {
        path.relative_to(repo).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted((repo / "content").rglob("*.md"))
    }


class Browser:
    """Chromium with an eye on what leaves the site, breaks the CSP or fails in a script."""

    def __init__(self, playwright):
        self.foreign, self.problems, self.requested = [], [], []
        self.browser = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        self.context = self.browser.new_context(locale="de-DE")
        self.context.set_default_timeout(TIMEOUT_MS)
        self.context.route("**/*", self.only_local)
        self.context.add_init_script(PICK_THE_REPOSITORY)
        self.page = self.context.new_page()
        self.page.on("request", lambda request: self.requested.append(request.url))
        self.page.on("pageerror", lambda error: self.problems.append(f"script error: {error}"))
        self.page.on("console", self.on_console)

    def only_local(self, route):
        if urlsplit(route.request.url).hostname == "127.0.0.1":
            route.continue_()
        else:
            self.foreign.append(route.request.url)
            route.abort()

    def on_console(self, msg):
        if "Content Security Policy" in msg.text:
            self.problems.append(msg.text)

    def close(self):
        self.browser.close()


def create_service(page, base_url: str) -> tuple[str, str]:
    """Sign in with the local repository, fill in and save a new service.

    Returns the text of the sign-in page and of the page after saving."""
    page.goto(base_url + "/admin/")
    sign_in = page.get_by_role("button", name="Mit lokalem Repository arbeiten")
    sign_in.wait_for()
    welcome = page.inner_text("body")
    sign_in.click()
    page.get_by_text("Sammlungen").wait_for()
    page.goto(base_url + "/admin/#/collections/service/new")
    page.get_by_label("Titel", exact=True).fill("Führungszeugnis für Vereine")
    page.get_by_label("Kurzbeschreibung", exact=True).fill(
        "Ein erweitertes Führungszeugnis für die Arbeit im Verein beantragen."
    )
    # The office is picked from the offices Sveltia read from the repository.
    page.get_by_role("radio", name="Bürgerbüro").check()
    page.get_by_role("button", name="Speichern").click()
    page.get_by_text("Eintrag gespeichert").wait_for()
    return welcome, page.inner_text("body")


def front_matter(text: str) -> dict:
    assert text.startswith("---\n"), text
    block, _, _body = text[4:].partition("\n---")
    return yaml.safe_load(block)


def test_create_service_in_a_local_repository(repo, tmp_path):
    output = tmp_path / "output"
    code, report = build_site(repo / "content", output)
    assert code == 0, report
    before = text_files(repo)
    csp = editor_csp({})

    with (
        serve_directory(output, headers={"Content-Security-Policy": csp}) as base_url,
        sync_playwright() as playwright,
    ):
        browser = Browser(playwright)
        try:
            browser.page.goto(base_url + "/404.html")  # same origin, before the editor
            browser.page.evaluate(WRITE_FILES, before)
            welcome, saved = create_service(browser.page, base_url)
            after = browser.page.evaluate(READ_FILES)
        finally:
            browser.close()

    assert browser.foreign == [], "the editor must load nothing from other hosts"
    assert browser.problems == []
    paths = {urlsplit(url).path for url in browser.requested}
    assert "/admin/sveltia@" in " ".join(paths)  # the German interface, from the site itself
    assert {"/admin/fonts/source-sans-3.woff2", "/theme/css/site.css"} <= paths, paths
    assert "Redaktion – Musterstadt" in welcome  # app_title of the generated config
    assert "Führungszeugnis für Vereine" in saved  # listed in its collection

    created = sorted(set(after) - set(before) - {".git"})
    assert created == [f"{SERVICES}/fuehrungszeugnis-fuer-vereine.md"]
    assert {path: after[path] for path in before} == before, "other files stay as they were"
    assert front_matter(after[created[0]]) == {
        "type": "service",
        "title": "Führungszeugnis für Vereine",
        "summary": "Ein erweitertes Führungszeugnis für die Arbeit im Verein beantragen.",
        "office": "buergerbuero",
    }
    (repo / created[0]).write_text(after[created[0]], encoding="utf-8")
    stream = io.StringIO()
    overrides = {"PATH": str(repo / "content"), "SITE_BUILD_DATE": "2026-11-25"}
    assert run(str(ROOT / "pelicanconf.py"), overrides, check_only=True, stream=stream) == 0, (
        stream.getvalue()
    )
