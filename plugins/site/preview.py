"""The editors' preview (`invoke livereload`): serve the output, rebuild on save, reload.

watchfiles reports changed files as the operating system sees them (inotify on Linux), instead of
livereload's own polling, which looks at every file only every 0.8 s and walks 5,000 files to do
so. Its reports reach livereload's server through livereload's `Watcher` interface:

- only Markdown under the content folder changed: `LiveSite.update()` re-renders what the edit
  affects, and the browser reloads as soon as those pages are written;
- anything else (a template, a setting, an image, a translation): a full build.

    python -m plugins.site.preview [--content content] [--output output] [--port 8000]
                                   [--cache .cache]
"""

from __future__ import annotations

import argparse
import errno
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import watchfiles
from livereload import Server
from livereload.handlers import LiveReloadHandler, StaticFileHandler
from livereload.watcher import Watcher
from pelican.settings import read_settings
from tornado.ioloop import IOLoop

from plugins.frontmatter import ContentError
from plugins.kit.i18n import german, message

from .datafiles import is_data_file
from .incremental import LiveSite
from .serving import NOT_FOUND_PAGE, port_problem

ROOT = Path(__file__).resolve().parent.parent.parent
PLUGINS = ROOT / "plugins"
PLUGIN_FOLDERS = ("templates", "translations", "static")  # what a full rebuild picks up
WATCHING = german("Die Vorschau achtet jetzt auf Änderungen.")


class ChangeWatcher(Watcher):
    """Collects what watchfiles reports in a thread; rebuilds on the server's loop."""

    def __init__(self, paths: list[Path], rebuild: Callable[[set[str]], None]):
        super().__init__()
        self.paths = [str(path) for path in paths]
        self.rebuild = rebuild
        self.pending: set[str] = set()
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        for path in self.paths:
            self.watch(path)  # listed as livereload's tasks (else it watches the working folder)

    def start(self, callback) -> bool:
        loop = IOLoop.current()
        threading.Thread(target=self._watch, args=(loop, callback), daemon=True).start()
        return True  # livereload does not poll

    def _watch(self, loop: IOLoop, callback) -> None:
        # step: how long to wait for more changes of the same save (editors write a file in
        # steps); the first empty answer after rust_timeout proves the watches are in place.
        ready = False
        for changes in watchfiles.watch(
            *self.paths, step=30, rust_timeout=500, yield_on_timeout=True, stop_event=self.stopping
        ):
            if not ready:
                ready = True
                print(message(WATCHING), flush=True)
            if changes:
                with self.lock:
                    self.pending |= {path for _, path in changes}
                loop.add_callback(callback)

    def examine(self):
        """Called by livereload: rebuild for what changed; (a changed path, no delay)."""
        self._changes.clear()  # livereload's "reload after a restart": nothing to rebuild
        with self.lock:
            changed, self.pending = self.pending, set()
        if not changed:
            return None, None
        self.rebuild(changed)
        return sorted(changed)[0], None


def only_content_text(changed: set[str], content: Path, settings: dict | None = None) -> bool:
    """True when every changed file is Markdown under the content folder, or a data file a
    plugin reads (`plugins.site.datafiles`)."""
    root = str(content.resolve())
    return all(
        (path.endswith(".md") and path.startswith(root))
        or (settings is not None and is_data_file(path, settings))
        for path in changed
    )


def report(step) -> None:
    """Run a build step and say what it did; content problems are shown, the server goes on."""
    start = time.perf_counter()
    try:
        result = step()
    except ContentError as error:
        print("\n".join(str(problem) for problem in error.problems), flush=True)
        print(
            message(
                "Beheben Sie die Probleme oben und speichern Sie erneut; die Vorschau zeigt bis "
                "dahin den letzten fehlerfreien Stand."
            ),
            flush=True,
        )
        return
    seconds = f"{time.perf_counter() - start:.2f}"
    if isinstance(result, tuple):
        done = message("{count} Seiten neu gebaut in {seconds} s", count=result[0], seconds=seconds)
    else:
        done = message("Alles neu gebaut in {seconds} s", seconds=seconds)
    print(done, flush=True)


class SiteFileHandler(StaticFileHandler):
    """livereload's file handler, answering an unknown path with the site's own 404 page."""

    def write_error(self, status_code: int, **kwargs) -> None:
        page = Path(self.root) / NOT_FOUND_PAGE
        if status_code != 404 or not page.is_file():
            super().write_error(status_code, **kwargs)
            return
        self.set_header("Content-Type", "text/html; charset=UTF-8")
        self.finish(page.read_bytes())


def serve(settings: dict, port: int, watched: list[Path], command: str = "livereload") -> int:
    """Build once, then serve on localhost and rebuild on every save until Ctrl+C."""
    site = LiveSite(settings)
    content = Path(settings["PATH"])
    report(site.full)

    def rebuild(changed: set[str]) -> None:
        # Until one full build has succeeded (the first one may stop at a broken file), there is
        # nothing to update: build everything again.
        incremental = site.state is not None and only_content_text(changed, content, settings)
        report(site.update if incremental else site.full)

    # livereload skips reloads less than 3 s apart (against storms of polled changes); a save
    # here is one batch and one rebuild, so every rebuild reloads.
    LiveReloadHandler.DEFAULT_RELOAD_TIME = 0
    server = Server(watcher=ChangeWatcher(watched, rebuild))
    server.SFH = SiteFileHandler
    print(
        message(
            "Vorschau unter http://localhost:{port}/ — Änderungen erscheinen beim Speichern. "
            "Strg+C beendet sie.",
            port=port,
        ),
        flush=True,
    )
    print(
        message("Nach einer Änderung am Python-Code unter plugins/ starten Sie den Befehl neu."),
        flush=True,
    )
    try:
        server.serve(root=settings["OUTPUT_PATH"], port=port, host="127.0.0.1", restart_delay=0)
    except OSError as error:  # taken by another program while the site was being built
        if error.errno != errno.EADDRINUSE:
            raise
        print(port_problem(port, command), file=sys.stderr)
        return 1
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--content", default=str(ROOT / "content"))
    parser.add_argument("--output", default=str(ROOT / "output"))
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--settings", default=str(ROOT / "pelicanconf.py"))
    parser.add_argument("--cache", help="build cache folder (default: the setting)")
    parser.add_argument("--command", default="livereload", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    busy = port_problem(args.port, args.command)
    if busy:  # before the build: a site that cannot be served is built in vain
        print(busy, file=sys.stderr)
        return 1
    content = Path(args.content).resolve()
    overrides = {"PATH": str(content), "OUTPUT_PATH": str(Path(args.output).resolve())}
    if args.cache:
        overrides["SITE_CACHE_DIR"] = args.cache
    settings = read_settings(args.settings, override=overrides)
    return serve(settings, args.port, watched_paths(settings, args.settings), args.command)


def watched_paths(settings: dict, settings_file: str) -> list[Path]:
    """What the preview watches: content, theme, settings, the plugins' templates and
    translations, and the data folder `invoke fetch` writes (DATA_PATH), so a fetch shows."""
    plugin_files = [p for kind in PLUGIN_FOLDERS for p in sorted(PLUGINS.glob(f"*/{kind}"))]
    watched = [Path(settings["PATH"]), Path(settings["THEME"]), Path(settings_file), *plugin_files]
    if settings.get("TOWN_FILE") and Path(settings["TOWN_FILE"]).is_file():
        watched.append(Path(settings["TOWN_FILE"]))  # name, colours, contacts (plugins/town)
    data = settings.get("DATA_PATH")
    if data and Path(data).is_dir():
        watched.append(Path(data))
    return watched


if __name__ == "__main__":
    sys.exit(main())
