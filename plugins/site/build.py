"""Run a build or a content check in-process and report problems the way editors need them.

`python -m plugins.site.build [--check] [--output DIR] [--settings FILE]` prints every problem as
`file:line: what — fix` and exits 1 on any; a plugin that fails to load fails the build too
(Pelican itself would only log it).
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from plugins.frontmatter import ContentError, Problem
from plugins.kit.i18n import editor_language_restored, message, set_editor_language

from . import summary
from .registry import PluginError


class _ErrorCounter(logging.Handler):
    """Pelican logs some failures (a plugin that does not load) and carries on: remember them."""

    def __init__(self):
        super().__init__(level=logging.ERROR)
        self.messages: list[str] = []

    def emit(self, record):
        self.messages.append(record.getMessage())


def _settings(settings_file: str, overrides: dict) -> dict:
    """The settings, with the core plugins (front matter, site) always listed first: a build
    with a subset of plugins still has its reader and generator."""
    from pelican.settings import read_settings

    from .registry import listed

    settings = read_settings(settings_file, override=overrides)
    settings["PLUGINS"] = list(listed(settings))
    return settings


def import_plugins(settings_file: str = "pelicanconf.py") -> dict:
    """Import and register every plugin in PLUGINS, as a build would; return the settings."""
    import importlib

    settings = _settings(settings_file, {})
    for name in settings.get("PLUGINS") or ():
        importlib.import_module(name).register()
    return settings


def _report(problems: list[Problem], stream) -> None:
    errors = [p for p in problems if not p.warning]
    for problem in sorted(problems):
        if problem.warning:
            print(message("Warnung: {problem}", problem=problem), file=stream)
        else:
            print(problem, file=stream)
    if len(errors) == 1:
        print("\n" + message("1 Problem gefunden; nichts wurde veröffentlicht."), file=stream)
    elif errors:
        found = message(
            "{count} Probleme gefunden; nichts wurde veröffentlicht.", count=len(errors)
        )
        print("\n" + found, file=stream)


def run(settings_file="pelicanconf.py", overrides=None, check_only=False, stream=None) -> int:
    """Build (or only check) the site; return the exit code. A build ends with its summary."""
    with editor_language_restored():
        return _run(settings_file, overrides, check_only, stream)


def _run(settings_file, overrides, check_only, stream) -> int:
    from pelican import Pelican
    from pelican import signals as pelican_signals

    from .generator import load_site

    stream = stream or sys.stderr
    started = time.perf_counter()
    pelican_signals.all_generators_finalized.connect(summary.remember_generators)
    summary.forget()
    counter = _ErrorCounter()
    logging.getLogger().addHandler(counter)
    try:
        settings = _settings(settings_file, dict(overrides or {}))
        set_editor_language(settings.get("EDITOR_LANGUAGE"))  # until the end of this run
        pelican = Pelican(settings)
        if counter.messages:
            raise RuntimeError("; ".join(counter.messages))
        if check_only:
            index = load_site(settings, Path(settings["PATH"]))
            _report(index.problems.items, stream)
            return 1 if index.problems.errors else 0
        with summary.without_pelican_summary():
            pelican.run()
    except ContentError as error:
        _report(error.problems, stream)
        return 1
    except PluginError as error:  # the settings name plugins wrongly: say what to change
        print(str(error), file=stream)
        return 1
    except Exception as error:  # a bug, not an editor's mistake: say so without a traceback
        if os.environ.get("SITE_DEBUG"):
            raise
        failed = f"{type(error).__name__}: {error}"
        print(message("Der Bau ist abgebrochen: {error}", error=failed), file=stream)
        print(
            message(
                "Das ist ein Fehler der Website-Software, nicht Ihrer Inhalte: bitte sagen Sie "
                "dem Web-Team Bescheid (SITE_DEBUG=1 zeigt die Einzelheiten)."
            ),
            file=stream,
        )
        return 1
    finally:
        logging.getLogger().removeHandler(counter)
    if counter.messages:
        failed = "; ".join(counter.messages)
        print(message("Der Bau ist abgebrochen: {error}", error=failed), file=stream)
        return 1
    done = summary.last_summary(settings, time.perf_counter() - started)
    if done is not None:
        print(summary.format_summary(done), file=stream)
    return 0


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="validate content, write nothing")
    parser.add_argument("--settings", default="pelicanconf.py")
    parser.add_argument("--output", help="output folder (default: the setting OUTPUT_PATH)")
    parser.add_argument("--content", help="content folder (default: the setting PATH)")
    parser.add_argument("--timings", action="store_true", help="print how long each phase took")
    parser.add_argument("--cache", help="cache folder (default: .cache)")
    parser.add_argument("--date", help="build date YYYY-MM-DD (default: today)")
    args = parser.parse_args(argv)
    if args.timings:
        timings = logging.getLogger("site")
        timings.setLevel(logging.INFO)
        timings.addHandler(logging.StreamHandler(sys.stderr))
    overrides = {}
    if args.output:
        overrides["OUTPUT_PATH"] = args.output
    if args.date:
        overrides["SITE_BUILD_DATE"] = args.date
    if args.cache:
        overrides["SITE_CACHE_DIR"] = args.cache
    if args.content:
        overrides["PATH"] = str(Path(args.content).resolve())
    return run(args.settings, overrides, check_only=args.check)


if __name__ == "__main__":
    sys.exit(main())
