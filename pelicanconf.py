"""Pelican settings of the engine, for building and previewing a town's site.

Everything that differs from town to town (name, Land, contacts, colours, top tasks, closing
days, data sources …) is in the town file `town.yml` (docs/stadtdatei.md), read at the end of
this file; the environment variable SITE_TOWN_FILE names another one (tests, a second town).
Production settings are in publishconf.py. A town made with `invoke init` has its own
pelicanconf.py that runs this one from the engine/ submodule and reads its own town file."""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:  # our plugins are the package `plugins` in this folder
    sys.path.insert(0, str(ROOT))

from plugins.town.townfile import town_settings  # noqa: E402

SITEURL = ""
TIMEZONE = "Europe/Berlin"
DEFAULT_LANG = "de"

PATH = "content"
THEME = str(ROOT / "theme")  # absolute: a town's own settings file lives elsewhere
OUTPUT_PATH = "output"

# Every Markdown file is read by the site plugin; Pelican's own article/page model stays unused.
ARTICLE_PATHS: list[str] = []
PAGE_PATHS: list[str] = []
DIRECT_TEMPLATES: list[str] = []
READERS = {"md": None, "markdown": None, "mkd": None, "mdown": None, "html": None, "htm": None}
STATIC_PATHS = [""]  # attachments and images beside their pages
STATIC_EXCLUDES = ["_drafts"]
IGNORE_FILES = [".*", "*.md", "*.tmp"]
FEED_ALL_ATOM = FEED_ALL_RSS = CATEGORY_FEED_ATOM = TRANSLATION_FEED_ATOM = None
AUTHOR_FEED_ATOM = AUTHOR_FEED_RSS = None
ARCHIVES_SAVE_AS = AUTHORS_SAVE_AS = CATEGORIES_SAVE_AS = TAGS_SAVE_AS = ""
DELETE_OUTPUT_DIRECTORY = False
CACHE_CONTENT = False

PLUGIN_PATHS: list[str] = []
PLUGINS = [
    "plugins.frontmatter",
    "plugins.site",
    "plugins.offices",
    "plugins.services",
    "plugins.news",
    "plugins.notices",
    "plugins.jobs",
    "plugins.council",
    "plugins.digital",
    "plugins.maps",
    "plugins.events",
    "plugins.sights",
    "plugins.tours",
    "plugins.lodging",
    "plugins.waste",
    "plugins.alerts",
    "plugins.i18n",
    "plugins.lints",
    "plugins.images",
    "plugins.cms",
    "plugins.search",
    "plugins.town",  # the town file's checks, brand colours, legal page sections
    "plugins.publishing",  # keep last: sitemap, link check, minify and compression see all output
]

# The day the site is built for; tests and previews of date-dependent output set it.
# The environment variable SITE_BUILD_DATE (YYYY-MM-DD) overrides it.
SITE_BUILD_DATE = None

# The Gastgeberverzeichnis: the amenities editors may name, and the office that helps with booking.
LODGING = {
    "amenities": [
        "WLAN",
        "Parkplatz",
        "Frühstück",
        "Restaurant",
        "Haustiere erlaubt",
        "E-Ladestation",
        "Fahrradfreundlich",
        "Aufzug",
        "Sauna",
        "Küche",
        "Familienfreundlich",
        "Stromanschluss",
    ],
    "booking_help": "tourist-information",
}

# Pages every page links to (keys of content items).
LEGAL_PAGES = ["impressum", "datenschutz", "barrierefreiheit"]
# The legal pages whose German version gets sections generated from the town file and the
# Land table (plugins/town/templates/legal/<section>.html) below the editor's own text.
LEGAL_TEXTS = {
    "barrierefreiheit": "accessibility",
    "datenschutz": "privacy",
    "impressum": "imprint",
}
ACCESSIBILITY_PAGE = "barrierefreiheit"
SIGN_LANGUAGE_PAGE = "gebaerdensprache"
# Absolute address used in canonical links, feeds and sitemaps (publishconf sets the real one).
SITE_PUBLIC_URL = "http://localhost:8000"


# Main menu: keys of the section landing pages, in this order (the menu never grows with content).
MAIN_MENU = ["rathaus", "tourismus"]


# Data from outside (plugins/fetch): `invoke fetch` writes what these sources send into DATA_PATH,
# one folder per source name; builds read only those files and never fetch. The folder is
# committed to Git (reviewable changes, builds a pure function of the repository).
# The sources themselves (council system, event feeds) are the town's: `data_sources` in the
# town file. Each source: name (folder name), kind, an http(s) url, plus the kind's own keys.
EXTERNAL_SOURCES: list[dict] = []
DATA_PATH = str(ROOT / "data")  # absolute, so builds and `invoke fetch` agree from any folder
FETCH_CACHE_PATH = ".cache/fetch"  # ETag/Last-Modified of the last good run (CI caches .cache)
# Modules that register source kinds ("ical" is built into plugins/fetch).
FETCH_MODULES = ["plugins.council.oparl"]
# Limits for every source (a source may set its own): seconds a server may stay silent, further
# attempts with back-off (seconds, doubling), sizes in MB, pages of one paginated list.
FETCH_LIMITS = {
    "timeout": 20,
    "retries": 2,
    "backoff": 2,
    "max_response_mb": 20,
    "max_source_mb": 200,
    "max_pages": 500,
}

# The town file last: its values (SITENAME, AUTHOR, LAND, CLOSING_DAYS, TOP_TASKS, TOWN, …)
# are the town's. Its problems are reported by plugins.town when the build starts.
# A town's own pelicanconf.py runs this file with TOWN_FILE already set (runpy's init_globals).
TOWN_FILE = globals().get("TOWN_FILE") or os.environ.get("SITE_TOWN_FILE") or str(ROOT / "town.yml")
globals().update(town_settings(TOWN_FILE))
