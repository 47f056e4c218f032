"""Towns made with `invoke init` in temp folders, built the way a town builds: `invoke build`
in its own folder, in a separate process, so the engine it runs is its `engine/` submodule.

The engine is cloned from this repository's committed HEAD (never from the network), so these
tests see committed code only.
"""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

from plugins.site.build import import_plugins
from plugins.town.init import init_town
from tests.helpers import BUILD_DATE, ROOT

EASY_LANGUAGE = """\
---
title: {name} in Leichter Sprache
summary: Hier steht in Leichter Sprache, was auf unserer Internet-Seite steht.
---
Das ist die Internet-Seite von {name}.
Hier finden Sie Informationen über das Rat-Haus.
"""
SIGN_LANGUAGE = """\
---
title: Informationen in Deutscher Gebärdensprache
summary: Videos in Deutscher Gebärdensprache über diese Website.
---
Auf dieser Seite zeigen wir Videos in Deutscher Gebärdensprache. Unter jedem Video steht
derselbe Inhalt als Text.
"""


def make_town(folder: Path, name: str, land: str, kind: str = "Stadt", engine: Path = ROOT):
    """A town made by `invoke init` from `engine` (a Git repository), ready to build."""
    import_plugins(str(ROOT / "pelicanconf.py"))  # every content type, for the examples
    town = init_town(
        name,
        land,
        folder,
        kind=kind,
        engine=engine,
        source=str(engine),
        today=dt.date(2026, 11, 25),
    )
    # The engine's JavaScript packages (Leaflet, Sveltia …): a town runs `npm ci` in engine/.
    (town / "engine" / "node_modules").symlink_to(ROOT / "node_modules")
    return town


def fill_placeholders(town: Path, name: str) -> None:
    """What an editor does first: the Leichte Sprache and DGS texts."""
    (town / "content" / "index.ls.md").write_text(EASY_LANGUAGE.format(name=name), "utf-8")
    (town / "content" / "gebaerdensprache" / "index.md").write_text(SIGN_LANGUAGE, "utf-8")


def invoke(town: Path, *args: str) -> subprocess.CompletedProcess:
    """`invoke ARGS` in the town's folder, as its editors run it."""
    env = {**os.environ, "EDITOR_LANGUAGE": "de"}
    env.pop("SITE_ROOT", None)
    env.pop("SITE_TOWN_FILE", None)
    return subprocess.run(
        [sys.executable, "-m", "invoke", *args],
        cwd=town,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )


def build(town: Path) -> subprocess.CompletedProcess:
    return invoke(town, "build", "--date", BUILD_DATE)


def text_files(output: Path):
    """(path, text) of every text file of a built site."""
    for path in sorted(output.rglob("*")):
        if path.is_file() and path.suffix in {
            ".html",
            ".xml",
            ".json",
            ".txt",
            ".ics",
            ".css",
            ".js",
            ".yml",
            ".geojson",
            ".webmanifest",
        }:
            yield path, path.read_text(encoding="utf-8", errors="replace")
