"""`invoke init "Beispielhausen" --land RP --to ../beispielhausen`: a new town's own site.

The new folder is a Git repository of the town's own files only; the engine (plugins, theme,
tasks, the Land table) is the Git submodule `engine/`, pinned to one commit of this
repository:

    beispielhausen/
      town.yml            the town file (name, Land, contacts, colours …): docs/stadtdatei.md
      town/wappen.svg     logo and coat of arms (a neutral shield until the town puts its own)
      content/            start page, Rathaus and Tourismus, legal pages, Leichte Sprache, DGS
      beispiele/          one commented example file per content type (not built)
      data/               what `invoke fetch` stores (the town's data sources)
      pelicanconf.py      runs engine/pelicanconf.py with this town file; own settings below it
      publishconf.py      production settings
      tasks.py            the engine's tasks, working on this folder
      .github/workflows/site.yml, README.md, .gitignore
      engine/             the submodule

An update (`invoke update`) moves `engine/` to the engine's newest commit: the town's files are
never written by it, so an update cannot conflict with the town's content or town file.

The Leichte Sprache start page and the DGS page are written as `invoke new` writes a page:
with example text that `invoke check` reports until an editor replaces it (placeholders.py).
The preview builds regardless (PLACEHOLDERS_WARN_ONLY in the town's pelicanconf.py);
`invoke check` and `invoke publish` refuse them.
"""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

from plugins.frontmatter.schema import TYPES
from plugins.kit.i18n import message
from plugins.site.archetypes import render
from plugins.site.items import slugify

from .laender import land
from .townfile import KINDS

ENGINE_ROOT = Path(__file__).resolve().parent.parent.parent


class InitError(ValueError):
    """Why a town cannot be made there (said to the person running `invoke init`)."""


def git(*args: str, cwd: Path) -> str:
    """Run git; local engine paths need the file protocol allowed for submodules."""
    result = subprocess.run(
        ["git", "-c", "protocol.file.allow=always", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
    )
    if result.returncode:
        raise InitError(f"git {' '.join(args)}: {result.stderr.strip()}")
    return result.stdout.strip()


def engine_source(engine: Path = ENGINE_ROOT) -> str:
    """Where the town clones the engine from: its `origin`, else this folder."""
    try:
        return git("remote", "get-url", "origin", cwd=engine)
    except InitError:
        return str(engine)


def init_town(
    name: str,
    land_code: str,
    target: Path,
    kind: str = "Stadt",
    engine: Path = ENGINE_ROOT,
    source: str | None = None,
    today: dt.date | None = None,
) -> Path:
    """Make the town's repository at `target`; return it. `source` is the engine's address for
    the submodule (default: engine_source())."""
    row = land(land_code)  # an unknown Land stops here, with the editor's message
    if kind not in KINDS:
        raise InitError(
            message(
                "Unbekannte Art '{kind}' — nehmen Sie eine von: {kinds}",
                kind=kind,
                kinds=", ".join(KINDS),
            )
        )
    target = Path(target).resolve()
    if target.exists() and any(target.iterdir()):
        raise InitError(
            message(
                "{folder} gibt es schon und ist nicht leer — wählen Sie einen neuen Ordner",
                folder=target,
            )
        )
    target.mkdir(parents=True, exist_ok=True)
    today = today or dt.date.today()
    git("init", "-q", "-b", "main", cwd=target)
    git("submodule", "add", "-q", source or engine_source(engine), "engine", cwd=target)
    commit = git("rev-parse", "HEAD", cwd=engine)
    git("checkout", "-q", commit, cwd=target / "engine")
    files = town_files(name, row.code, kind, today)
    for relative, text in files.items():
        path = target / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    git("add", "-A", cwd=target)
    git(
        "-c",
        "user.name=invoke init",
        "-c",
        "user.email=init@localhost",
        "commit",
        "-q",
        "-m",
        f"Website von {kind} {name}, angelegt mit invoke init",
        cwd=target,
    )
    return target


def update_town(town: Path) -> str:
    """Move the town's `engine/` to the newest commit of the engine's branch; return the new
    commit. Only the submodule pointer changes: the town commits it after a build."""
    town = Path(town).resolve()
    if not (town / "engine" / ".git").exists():
        raise InitError(
            message(
                "{folder} hat kein Untermodul engine/ — ist die Website mit invoke init angelegt?",
                folder=town,
            )
        )
    git("submodule", "update", "--init", "--remote", "engine", cwd=town)
    git("add", "engine", cwd=town)
    return git("rev-parse", "HEAD", cwd=town / "engine")


def host_of(name: str) -> str:
    return slugify(name) or "gemeinde"


def town_files(name: str, land_code: str, kind: str, today: dt.date) -> dict[str, str]:
    """{relative path: text} of a new town."""
    slug = host_of(name)
    files = {
        "town.yml": town_yml(name, land_code, kind, slug),
        "town/wappen.svg": shield_svg(name),
        "pelicanconf.py": PELICANCONF.format(owner=f"{kind} {name}"),
        "publishconf.py": PUBLISHCONF,
        "tasks.py": TASKS,
        ".gitignore": "output/\n.cache/\n__pycache__/\n.venv\nnode_modules\n",
        ".github/workflows/site.yml": WORKFLOW,
        "README.md": README.format(owner=f"{kind} {name}"),
        "data/.gitkeep": "",
    }
    files.update(content_files(name, kind, today))
    files.update(example_files(today))
    return files


def town_yml(name: str, land_code: str, kind: str, slug: str) -> str:
    return TOWN_YML.format(name=name, kind=kind, land=land_code, slug=slug)


def shield_svg(name: str) -> str:
    """A plain shield with the town's initial: a stand-in until the town adds its arms."""
    initial = (name.strip()[:1] or "?").upper()
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 48" width="40" height="48">'
        '<path d="M2 2h36v22c0 12-8 19-18 22C10 43 2 36 2 24z" fill="#ffffff" '
        'stroke="#1b1f24" stroke-width="2"/>'
        f'<text x="20" y="31" font-family="sans-serif" font-size="20" font-weight="700" '
        f'text-anchor="middle" fill="#1b1f24">{initial}</text></svg>\n'
    )


def page(front: dict[str, str], body: str) -> str:
    lines = ["---", *(f"{key}: {value}" for key, value in front.items()), "---", body.strip(), ""]
    return "\n".join(lines)


def content_files(name: str, kind: str, today: dt.date) -> dict[str, str]:
    """The required pages. The legal pages hold only the town's own text: the Land's law,
    bodies and the town's contacts are added from town.yml (plugins/town)."""
    owner = f"{kind} {name}"
    date = today.isoformat()
    pages = {
        "content/index.md": page(
            {
                "title": f"Willkommen in {name}",
                "summary": f"Die Website der {owner} mit Bürgerservice, Rathaus und Tourismus.",
                "order": "1",
                "modified": date,
            },
            "Auf dieser Website finden Sie die Leistungen der Verwaltung im"
            " [Rathaus]({filename}/rathaus/index.md) und alles für Ihren Besuch unter"
            " [Tourismus]({filename}/tourismus/index.md).\n\nWichtige Informationen gibt es"
            " auch in [Leichter Sprache]({filename}/index.ls.md) und in"
            " [Deutscher Gebärdensprache]({filename}/gebaerdensprache/index.md).",
        ),
        "content/index.en.md": page(
            {
                "title": f"Welcome to {name}",
                "summary": f"The website of {kind} {name} for residents and visitors.",
                "order": "1",
                "modified": date,
            },
            "Most pages of this website are in German. The Rathaus section lists the services"
            " of the administration, the Tourismus section everything for your visit.",
        ),
        "content/rathaus/index.md": page(
            {
                "title": "Rathaus & Service",
                "summary": f"Leistungen, Ämter und Bekanntmachungen der {owner}.",
                "order": "2",
            },
            "Hier finden Sie den schnellsten Weg zu Ihrem Anliegen.",
        ),
        "content/tourismus/index.md": page(
            {
                "title": "Tourismus & Freizeit",
                "summary": f"Sehenswertes, Veranstaltungen und Unterkünfte in {name}.",
                "order": "3",
            },
            "Alles für Ihren Besuch.",
        ),
        "content/impressum.md": page(
            {
                "title": "Impressum",
                "summary": f"Anbieterkennzeichnung der Website der {owner}.",
                "order": "90",
                "modified": date,
            },
            "## Haftung für Links\n\nFür die Inhalte verlinkter Websites sind deren Anbieter"
            " verantwortlich. Werden uns Rechtsverletzungen bekannt, entfernen wir den Link.",
        ),
        "content/datenschutz.md": page(
            {
                "title": "Datenschutzerklärung",
                "summary": f"Welche personenbezogenen Daten die {owner} auf dieser Website"
                " verarbeitet.",
                "order": "91",
                "modified": date,
            },
            "## Keine Cookies, keine Analyse\n\nDiese Website setzt keine Cookies, nutzt keine"
            " Analyse- oder Trackingdienste und lädt keine Inhalte von fremden Servern.\n\n"
            "## Server-Protokolle\n\nDer Server speichert die gekürzte IP-Adresse, Datum, Uhrzeit"
            " und aufgerufene Adresse für 7 Tage, um Störungen und Angriffe zu erkennen"
            " (Art. 6 Abs. 1 Satz 1 lit. e DSGVO).",
        ),
        "content/barrierefreiheit.md": page(
            {
                "title": "Erklärung zur Barrierefreiheit",
                "summary": f"Wie barrierefrei die Website der {owner} ist und wie Sie Barrieren"
                " melden.",
                "order": "92",
                "modified": date,
            },
            "## Stand der Vereinbarkeit mit den Anforderungen\n\nDiese Website ist"
            " **teilweise mit den Anforderungen vereinbar**. Die Prüfung der Website steht noch"
            " aus; die nicht barrierefreien Inhalte nennen wir hier nach der Prüfung.\n\n"
            f"## Erstellung dieser Erklärung\n\nDiese Erklärung wurde am {today:%d.%m.%Y}"
            " erstellt.",
        ),
    }
    # Leichte Sprache and DGS: the example text of `invoke new`, flagged until replaced.
    schema = TYPES["page"]
    pages["content/index.ls.md"] = render(schema, f"{name} in Leichter Sprache", today, False)
    pages["content/gebaerdensprache/index.md"] = render(
        schema, "Informationen in Deutscher Gebärdensprache", today, False
    )
    return pages


def example_files(today: dt.date) -> dict[str, str]:
    """One commented example per content type, outside content/ (never built): copy one into
    the folder named in its first line, or run `invoke new TYPE "Titel"`."""
    files = {}
    for name, schema in sorted(TYPES.items()):
        text = render(schema, f"Beispiel: {schema.label}", today, True)
        where = schema.folder or "content/"
        header = (
            f"# Beispiel für den Inhaltstyp {name} ({schema.label}). Neue Dateien dieses Typs"
            f" gehören nach content/{where.removeprefix('content/')}; am einfachsten:"
            f' invoke new {name} "Titel".\n'
        )
        files[f"beispiele/{name}.md"] = header + text
    return files


TOWN_YML = """\
# Die Stadtdatei von {kind} {name}: alles, was diese Website von der einer anderen Gemeinde
# unterscheidet. Jedes Feld ist in engine/docs/stadtdatei.md beschrieben. Der Build prüft die
# Datei (Meldungen mit Zeile). Ein Update der Software (invoke update) ändert sie nie.
#
# Bitte prüfen: alle Angaben unten sind Vorschläge von invoke init.

name: {name}
kind: {kind}  # Stadt, Gemeinde, Verbandsgemeinde oder Markt
land: {land}  # Feiertage und Landesrecht (Barrierefreiheit, Datenschutz)
url: https://www.{slug}.de
address:
  street: Rathausplatz 1
  postal_code: "00000"      # bitte prüfen
  city: {name}
phone: 01234 5678-0         # bitte prüfen
email: rathaus@{slug}.de

accessibility_contact:
  name: Digitale Barrierefreiheit
  email: barrierefreiheit@{slug}.de

tourist_information:
  name: Tourist-Information {name}
  email: tourismus@{slug}.de

logo: town/wappen.svg
coat_of_arms: town/wappen.svg

# Markenfarben (in Anführungszeichen), beide mit mindestens 4,5:1 Kontrast auf Weiß.
colours:
  primary: "#0b4f8a"
  accent: "#5b2c83"

impressum:
  represented_by: die Bürgermeisterin oder den Bürgermeister   # bitte mit Namen
  responsible:
    name: Vorname Nachname   # bitte ersetzen: verantwortlich nach § 18 Abs. 2 MStV
    role: Pressestelle
    email: presse@{slug}.de

data_protection_officer:
  name: Vorname Nachname     # bitte ersetzen
  email: datenschutz@{slug}.de

top_tasks: []                # Schlüssel der meistgenutzten Leistungen, z. B. - personalausweis
closing_days: []             # z. B. - date: 2027-02-08 / name: Rosenmontag / from: "12:00"
"""

PELICANCONF = '''\
"""Settings of the website of {owner}: the engine's settings (engine/pelicanconf.py) with this
town's town.yml. Town facts belong in town.yml, not here; settings below override the engine's
(for example LODGING, MAIN_MENU). An engine update (invoke update) never changes this file."""

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ENGINE = HERE / "engine"
sys.path.insert(0, str(ENGINE))

_engine = runpy.run_path(
    str(ENGINE / "pelicanconf.py"), init_globals={{"TOWN_FILE": str(HERE / "town.yml")}}
)
globals().update({{key: value for key, value in _engine.items() if key.isupper()}})

PATH = str(HERE / "content")
OUTPUT_PATH = str(HERE / "output")
DATA_PATH = str(HERE / "data")
# Until the Leichte Sprache and DGS pages have their texts, the preview builds and names them;
# `invoke check` and publishing refuse them.
PLACEHOLDERS_WARN_ONLY = True
'''

PUBLISHCONF = '''\
"""Production settings: this town's pelicanconf.py plus what a production build adds
(as engine/publishconf.py does for the demo)."""

import os
import runpy
from pathlib import Path

HERE = Path(__file__).resolve().parent
_town = runpy.run_path(str(HERE / "pelicanconf.py"))
globals().update({key: value for key, value in _town.items() if key.isupper()})

SITEURL = os.environ.get("SITE_URL", PUBLIC_URL).rstrip("/")  # noqa: F821 (from town.yml)
SITE_PUBLIC_URL = SITEURL
RELATIVE_URLS = False
PUBLISH_LINK_CHECK = True
PUBLISH_FINGERPRINT = True
PUBLISH_MINIFY = True
PUBLISH_PRECOMPRESS = True
PUBLISH_HTML_CHECK = True
SECURITY_POLICY = ""
SECURITY_LANGUAGES = "de, en"
PUBLISH_TARGET = os.environ.get("PUBLISH_TARGET", "local:" + str(Path.home() / "www" / "stadt"))
PLACEHOLDERS_WARN_ONLY = False  # example texts never go online
'''

TASKS = '''\
"""Tasks of this town's website: the engine's tasks (engine/tasks.py) working on this folder.
`invoke --list` shows them; `invoke update` takes the newest engine."""

import importlib.util
import os
import sys
from pathlib import Path

from invoke import Collection

HERE = Path(__file__).resolve().parent
os.environ["SITE_ROOT"] = str(HERE)
sys.path.insert(0, str(HERE / "engine"))
_spec = importlib.util.spec_from_file_location("engine_tasks", HERE / "engine" / "tasks.py")
engine_tasks = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(engine_tasks)
namespace = Collection.from_module(engine_tasks)
'''

WORKFLOW = """\
# Checks and builds the town's website on every push (the engine comes as the submodule).
name: site
on:
  push:
  pull_request:
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          submodules: true
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - uses: actions/setup-node@v4
        with:
          node-version: "20"
      - run: python -m venv .venv && .venv/bin/pip install -r engine/requirements.txt
      - run: cd engine && npm ci
      - run: .venv/bin/invoke check --strict
      - run: .venv/bin/invoke build
"""

README = """\
# Website der {owner}

Gebaut mit der Stadtwebsite-Software, die als Git-Submodul unter `engine/` liegt.

    git clone --recurse-submodules <dieses Repository> && cd <Ordner>
    python3 -m venv .venv && .venv/bin/pip install -r engine/requirements.txt
    (cd engine && npm ci) && .venv/bin/invoke serve

- `town.yml`: Name, Land, Kontakte, Farben, Verantwortliche (engine/docs/stadtdatei.md).
- `content/`: die Seiten. Zuerst ersetzen: `content/index.ls.md` (Leichte Sprache) und
  `content/gebaerdensprache/index.md` (DGS); `invoke check` nennt, was noch Beispieltext ist.
- `beispiele/`: je Inhaltstyp eine kommentierte Beispieldatei; neue Seiten mit
  `invoke new service "Reisepass beantragen"`.
- Update der Software: `invoke update`, dann `invoke build`, dann
  `git commit -m "Engine aktualisiert" engine`. Ein Update ändert nur `engine/`, nie Ihre Inhalte
  oder die Stadtdatei.
"""
