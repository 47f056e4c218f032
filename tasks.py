"""Tasks for editors and developers: `invoke --list` shows them all."""

from __future__ import annotations

import http.server
import os
import sys
from pathlib import Path

from invoke import Exit, task

ROOT = Path(__file__).resolve().parent  # the engine
sys.path.insert(0, str(ROOT))
PY = sys.executable
# The site the tasks work on: this folder (the demo), or a town made with `invoke init`, whose
# tasks.py sets SITE_ROOT to its own folder and runs these tasks from its engine/ submodule.
SITE = Path(os.environ.get("SITE_ROOT") or ROOT)
OUTPUT = SITE / "output"


def _build(
    output: Path = OUTPUT, date: str | None = None, settings: str = "pelicanconf.py"
) -> None:
    from plugins.site.build import run

    overrides = {"OUTPUT_PATH": str(output)}
    if date:
        overrides["SITE_BUILD_DATE"] = date
    code = run(str(SITE / settings), overrides)
    if code:
        raise Exit(code=code)


@task(help={"date": "build for this day (YYYY-MM-DD); default today"})
def build(c, date=None):
    """Build the site into output/."""
    _build(date=date)


@task(help={"strict": "treat warnings as errors (used in CI)"})
def check(c, strict=False):
    """Check all content (front matter, references, links) without writing anything."""
    from plugins.kit.i18n import message
    from plugins.site.build import run

    overrides = {
        "SITE_STRICT_WARNINGS": strict,
        "PLACEHOLDERS_WARN_ONLY": False,
        "TOWN_LAND_WARNINGS": True,  # the Land table's gaps and weak sources, at town.yml's land
    }
    code = run(str(SITE / "pelicanconf.py"), overrides, check_only=True)
    if code:
        raise Exit(code=code)
    print(message("Alle Inhalte sind in Ordnung."))


@task(help={"port": "port of the local server (default 8000)"})
def serve(c, port=8000):
    """Build the site and serve it on http://localhost:PORT/ (Ctrl+C stops)."""
    import functools

    from plugins.kit.i18n import message
    from plugins.site.serving import SiteRequestHandler, port_problem

    busy = port_problem(port, "serve")
    if busy:  # before the build: a site that cannot be served is built in vain
        raise Exit(busy, code=1)
    _build()
    handler = functools.partial(SiteRequestHandler, directory=str(OUTPUT))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", int(port)), handler)
    print(
        message(
            "Die Website ist unter http://localhost:{port}/ zu sehen — Strg+C beendet.", port=port
        )
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        server.server_close()


@task(help={"port": "port of the preview server (default 8000)"})
def livereload(c, port=8000):
    """Preview that rebuilds what an edit affects and reloads the browser (Ctrl+C stops)."""
    _preview(port, "livereload")


def _preview(port, command: str) -> None:
    """The preview; `command` is the task its messages name (livereload or edit)."""
    from plugins.site import preview

    site = ["--content", str(SITE / "content"), "--settings", str(SITE / "pelicanconf.py")]
    code = preview.main(["--output", str(OUTPUT), "--port", str(port), "--command", command, *site])
    if code:
        raise Exit(code=code)


@task(
    help={
        "type_name": "service, office, news, notice, event, poi, alert or page",
        "title": "the title of the new page, in quotes",
        "folder": "folder under content/",
    }
)
def new(c, type_name, title, folder=None):
    """Create a correctly filled file: invoke new service "Personalausweis beantragen"."""
    from plugins.kit.i18n import message
    from plugins.site.archetypes import create
    from plugins.site.build import import_plugins

    import_plugins(str(SITE / "pelicanconf.py"))
    try:
        path = create(SITE / "content", type_name, title, folder)
    except ValueError as error:
        raise Exit(str(error), code=1) from None
    print(
        message(
            "{path} ist angelegt — füllen Sie die Felder aus und ersetzen Sie die Beispieltexte, "
            "dann: invoke check",
            path=path.relative_to(SITE),
        )
    )


@task(help={"lang": "the language to report on (default en)"})
def translations(c, lang="en"):
    """List the German pages that have no version in LANG, by section."""
    from pathlib import Path as _Path

    from plugins.i18n import format_report
    from plugins.site.build import import_plugins
    from plugins.site.generator import load_site

    settings = import_plugins(str(SITE / "pelicanconf.py"))
    index = load_site(settings, _Path(settings["PATH"]))
    print(format_report(index, lang))


@task(
    help={
        "source": "fetch only this source (its name in EXTERNAL_SOURCES)",
        "full": "fetch everything again instead of only what changed",
        "strict": "exit with an error when any source failed (for monitoring)",
    }
)
def fetch(c, source=None, full=False, strict=False):
    """Fetch external data (council system, event feeds) into data/; builds read only those."""
    from plugins.fetch.run import main

    code = main(str(SITE / "pelicanconf.py"), only=source, full=full, strict=strict)
    if code:
        raise Exit(code=code)


@task
def lint(c):
    """Lint and check the formatting of the Python code (ruff)."""
    c.run(f"{PY} -m ruff check .")
    c.run(f"{PY} -m ruff format --check .")


@task(pre=[lint])
def test(c):
    """Run ruff and the whole test suite (builds the example site, runs the browser tests)."""
    workers = os.environ.get("TEST_WORKERS", "2")
    c.run(f"{PY} -m pytest -n {workers} --dist loadfile", pty=False)


# --- Publishing (plugins/publishing) -------------------------------------------------------------


@task(
    help={
        "target": "local:/folder or rsync:user@host:/folder (default: PUBLISH_TARGET)",
        "settings": "settings file (default publishconf.py)",
        "dry_run": "rsync targets: print the upload commands instead of running them",
    }
)
def publish(c, target=None, settings="publishconf.py", dry_run=False):
    """Build with production settings, run every check, then switch the live site atomically."""
    from plugins.kit.i18n import message
    from plugins.publishing.publish import publish as run_publish
    from plugins.publishing.release import PublishError

    try:
        run_publish(str(SITE / settings), target=target, dry_run=dry_run)
    except PublishError as error:
        unchanged = message("Veröffentlichen: an der öffentlichen Website wurde nichts geändert.")
        raise Exit(f"{unchanged}\n{error}", code=1) from None


@task(help={"target": "local:/folder (default: PUBLISH_TARGET from publishconf.py)"})
def rollback(c, target=None):
    """Serve the previous release again (running it twice goes forward again)."""
    from pelican.settings import read_settings

    from plugins.kit.i18n import message
    from plugins.publishing.release import PublishError, Target
    from plugins.publishing.release import rollback as run_rollback

    where = Target.parse(target or read_settings(str(SITE / "publishconf.py"))["PUBLISH_TARGET"])
    if where.kind != "local":
        raise Exit(
            message(
                "Zurückschalten über rsync geht nicht von hier: melden Sie sich per ssh auf dem "
                "Server an und rufen Sie dort invoke rollback auf"
            ),
            code=1,
        )
    try:
        release = run_rollback(Path(where.path))
        print(
            message(
                "Zurückgeschaltet: {folder}/current zeigt jetzt {release}",
                folder=where.path,
                release=release,
            )
        )
    except PublishError as error:
        raise Exit(str(error), code=1) from None


@task(name="check-links")
def check_links(c):
    """Build into a temporary folder with the internal link check switched on."""
    import tempfile

    from plugins.kit.i18n import message
    from plugins.site.build import run

    with tempfile.TemporaryDirectory() as folder:
        overrides = {"OUTPUT_PATH": folder, "PUBLISH_LINK_CHECK": True}
        if run(str(SITE / "pelicanconf.py"), overrides):
            raise Exit(code=1)
    print(message("Alle Links innerhalb der Website führen zu einer Seite."))


@task(name="check-external", help={"folder": "built site to scan (default output/)"})
def check_external(c, folder=None, timeout=10):
    """Ask every linked web address whether it still exists (needs internet; never in CI)."""
    from pelican.settings import read_settings

    from plugins.kit.i18n import message
    from plugins.publishing.external import check_external_links
    from plugins.publishing.publish import own_hosts

    hosts = own_hosts(read_settings(str(SITE / "publishconf.py")))
    broken = check_external_links(Path(folder or OUTPUT), float(timeout), hosts)
    for line in broken:
        print(line)
    if broken:
        raise Exit(
            message(
                "{count} Links auf andere Websites führen ins Leere oder antworten nicht.",
                count=len(broken),
            ),
            code=1,
        )
    print(message("Alle Links auf andere Websites antworten."))


# --- Editors: review dates and the editors' reference (plugins/lints, plugins/reference) ---------


@task(help={"date": "the day to report for (YYYY-MM-DD); default today"})
def stale(c, date=None):
    """List pages past their review_by date or unchanged for over a year, by section and office."""
    from plugins.lints.stale import format_stale, stale_pages
    from plugins.site.build import import_plugins
    from plugins.site.generator import load_site

    settings = import_plugins(str(SITE / "pelicanconf.py"))
    if date:
        settings["SITE_BUILD_DATE"] = date
    index = load_site(settings, Path(settings["PATH"]))
    print(format_stale(stale_pages(index, index.build_date), index.build_date))


@task
def docs(c):
    """Write the editors' front-matter reference docs/referenz.md from the content schemas."""
    from plugins.reference import write_reference
    from plugins.site.build import import_plugins
    from plugins.site.registry import active_types

    settings = import_plugins(str(ROOT / "pelicanconf.py"))
    path = write_reference(ROOT / "docs" / "referenz.md", active_types(settings))
    print(f"Wrote {path.relative_to(ROOT)}")


# --- Speed and the README's pictures ------------------------------------------------------


@task(
    help={
        "pages": "size of the generated site (default 5000)",
        "rounds": "edits per kind in the preview (default 5)",
        "repeat": "runs per build figure, the median is shown (default 3)",
        "photos": "camera-size photos in the generated site (default 30)",
        "work": "folder for the generated site and builds (default .cache/bench-build)",
    }
)
def bench(c, pages=5000, rounds=5, repeat=3, photos=30, work=None):
    """Build and preview speed against bare Pelican on the same generated content, then the page
    weight of the example site's tourism pages on a phone (fails over the 250 KB budget)."""
    flags = f"--pages {int(pages)} --rounds {int(rounds)} --repeat {int(repeat)}"
    flags += f" --photos {int(photos)}" + (f" --work {work}" if work else "")
    c.run(f"{PY} -m benchmarks.bench_build {flags}", pty=False)
    c.run(f"{PY} -m benchmarks.page_weight", pty=False)


@task
def screenshot(c):
    """Build the example site and photograph the start page, a service page, the tourism
    pages (landing, tours list, a tour; desktop and phone), the jobs list, the council meetings
    and the digital progress page for the README and docs/."""
    import functools
    import threading

    from playwright.sync_api import sync_playwright

    _build(date="2026-11-25")
    handler = functools.partial(_QuietHandler, directory=str(OUTPUT))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    shots = [  # (path, file name, width, whole page?)
        ("/", "start-page", 1280, False),
        ("/rathaus/leistungen/personalausweis/", "service", 1280, False),
        ("/tourismus/", "tourism-mobile", 390, False),
        ("/rathaus/politik/sitzungen/", "council-meetings", 1280, False),
        ("/rathaus/digitale-verwaltung/", "digital-progress", 1280, True),
    ]
    for path, name in (
        ("/tourismus/", "tours-tourism-landing"),
        ("/tourismus/touren/", "tours-list"),
        ("/tourismus/touren/eichberg-aussichtsturm/", "tours-tour-page"),
        ("/rathaus/stellenangebote/", "jobs-list"),
        ("/tourismus/uebernachten/", "lodging-directory"),
        ("/rathaus/abfall/", "waste-landing"),
        ("/rathaus/abfall/bezirk-4/", "waste-district"),
    ):
        shots += [(path, f"{name}-desktop", 1280, True), (path, f"{name}-phone", 360, True)]
    folder = ROOT / "docs" / "screenshots"
    folder.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
        )
        for path, name, width, whole in shots:
            page = browser.new_page(viewport={"width": width, "height": 900})
            page.goto(base + path, wait_until="networkidle")
            if whole:  # lazy pictures load as they scroll into view
                page.evaluate("window.scrollTo(0, document.body.scrollHeight)")
                page.wait_for_load_state("networkidle")
                page.evaluate("window.scrollTo(0, 0)")
            page.screenshot(path=str(folder / f"{name}.png"), full_page=whole)
            page.close()
            if whole:  # long pages: 256 colours keep the picture sharp at a third of the size
                _palette_png(folder / f"{name}.png")
            print(f"docs/screenshots/{name}.png")
        browser.close()
    server.shutdown()


@task(name="screenshot-town")
def screenshot_town(c):
    """Make the example town Beispielhausen (RP) with invoke init in a temp folder, build it and
    photograph its start page (docs/screenshots/town-rp-start.png)."""
    import datetime as dt
    import functools
    import subprocess
    import tempfile
    import threading

    from playwright.sync_api import sync_playwright

    from plugins.site.build import import_plugins
    from plugins.town.init import init_town

    import_plugins(str(ROOT / "pelicanconf.py"))
    with tempfile.TemporaryDirectory() as temp:
        town = init_town(
            "Beispielhausen", "RP", Path(temp) / "beispielhausen", source=str(ROOT),
            today=dt.date(2026, 11, 25),
        )  # fmt: skip
        (town / "engine" / "node_modules").symlink_to(ROOT / "node_modules")
        subprocess.run([PY, "-m", "invoke", "build", "--date", "2026-11-25"], cwd=town, check=True)
        handler = functools.partial(_QuietHandler, directory=str(town / "output"))
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        target = ROOT / "docs" / "screenshots" / "town-rp-start.png"
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(
                executable_path="/usr/bin/chromium", args=["--no-sandbox", "--disable-gpu"]
            )
            page = browser.new_page(viewport={"width": 1280, "height": 900})
            page.goto(f"http://127.0.0.1:{server.server_address[1]}/", wait_until="networkidle")
            page.screenshot(path=str(target), full_page=True)
            browser.close()
        server.shutdown()
    print(f"docs/screenshots/{target.name}")


def _palette_png(path: Path) -> None:
    from PIL import Image

    with Image.open(path) as image:
        reduced = image.convert("RGB").quantize(
            256, method=Image.Quantize.MEDIANCUT, dither=Image.Dither.NONE
        )
    reduced.save(path, optimize=True)


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@task(
    name="bench-images",
    help={
        "count": "number of generated camera-size JPEGs (default 200)",
        "avif": "also encode AVIF (slow)",
        "skip_baseline": "skip the plain serial Pillow loop",
    },
)
def bench_images(c, count=200, avif=False, skip_baseline=False):
    """Image pipeline: cold, warm and fresh-clone times against a plain serial Pillow loop."""
    flags = f"--count {int(count)}" + (" --avif" if avif else "")
    flags += " --skip-baseline" if skip_baseline else ""
    c.run(f"{PY} {ROOT / 'benchmarks' / 'images' / 'bench_images.py'} {flags}", pty=False)


# --- Editing in the browser (plugins/cms) --------------------------------------------------------


@task(help={"port": "port of the preview (default 8000)"})
def edit(c, port=8000):
    """Edit content in the browser: Sveltia CMS at http://localhost:8000/admin/ (Ctrl+C stops)."""
    from plugins.cms.admin import SVELTIA, not_installed
    from plugins.kit.i18n import message
    from plugins.site.serving import port_problem

    if not (SVELTIA / "dist").is_dir():
        raise Exit(str(not_installed(SVELTIA)), code=1)
    busy = port_problem(port, "edit")
    if busy:
        raise Exit(busy, code=1)
    # No proxy: the browser itself reads and writes the files of this folder (File System
    # Access API), once the editor has picked it; the preview rebuilds on every save.
    print(
        message(
            "Redaktion im Browser: öffnen Sie http://localhost:{port}/admin/ in Chrome oder Edge, "
            "klicken Sie auf „Mit lokalem Repository arbeiten“ und wählen Sie diesen Ordner: "
            "{folder}",
            port=port,
            folder=ROOT,
        )
    )
    print(
        message(
            "Was Sie speichern, landet in content/ und erscheint sofort in der Vorschau; "
            "übernehmen Sie es danach mit Git. Strg+C beendet."
        )
    )
    _preview(port, "edit")


# --- Search (plugins/search) ---------------------------------------------------------------------


@task(
    name="bench-search",
    help={
        "pages": "pages of the generated German/English site (default 5000)",
        "json": "also write the raw figures to this file",
    },
)
def bench_search(c, pages=5000, json=None):
    """Search: our lunr index against Pagefind on a generated site (build, size, bytes, latency)."""
    flags = f"--pages {int(pages)}" + (f" --json {json}" if json else "")
    c.run(f"{PY} {ROOT / 'benchmarks' / 'search' / 'bench_search.py'} {flags}", pty=False)


@task(
    help={
        "name": 'the town\'s name, in quotes: "Beispielhausen"',
        "land": "its Land, ISO 3166-2 without DE- (RP, NI, BY …)",
        "to": "the new folder, e.g. ../beispielhausen",
        "kind": "Stadt (default), Gemeinde, Verbandsgemeinde or Markt",
    }
)
def init(c, name, land=None, to=None, kind=None):
    """Make a new town's site: invoke init "Beispielhausen" --land RP --to ../beispielhausen."""
    from plugins.site.build import import_plugins
    from plugins.town.init import InitError, init_town
    from plugins.town.laender import UnknownLand

    if not (land and to):  # a short questionnaire for what the options left out
        land = land or _ask("Land (Kürzel, z. B. RP): ")
        kind = kind or _ask("Art (Stadt, Gemeinde, Verbandsgemeinde, Markt) [Stadt]: ")
        to = to or _ask(f"Ordner [../{name.lower()}]: ") or f"../{name.lower()}"
    import_plugins(str(ROOT / "pelicanconf.py"))  # every content type, for the examples
    try:
        folder = init_town(name, land, Path(to), kind=kind or "Stadt")
    except (InitError, UnknownLand) as error:
        raise Exit(str(error), code=1) from None
    print(f"Made {folder}. Next: fill in town.yml, then: cd {to} && invoke serve")


def _ask(question: str) -> str:
    try:
        return input(question).strip()
    except EOFError:  # no terminal (CI, a script): the options are needed
        raise Exit("Bitte --land und --to angeben.", code=1) from None


@task
def update(c):
    """Take the newest engine into this town's site (only engine/ changes), then build."""
    from plugins.kit.i18n import message
    from plugins.town.init import InitError, update_town

    try:
        commit = update_town(SITE)
    except InitError as error:
        raise Exit(str(error), code=1) from None
    print(
        message(
            "engine/ steht jetzt auf {commit}. Bauen Sie die Website, dann: "
            "git commit -m 'Engine aktualisiert'",
            commit=commit[:12],
        )
    )
