"""Pelican settings for building and previewing the Musterstadt site.

Production settings are in publishconf.py."""

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent
if str(ROOT) not in sys.path:  # our plugins are the package `plugins` in this folder
    sys.path.insert(0, str(ROOT))

SITENAME = "Musterstadt"
SITE_NAME_EN = "Town of Musterstadt"
SITEURL = ""
AUTHOR = "Stadt Musterstadt"
TIMEZONE = "Europe/Berlin"
DEFAULT_LANG = "de"

PATH = "content"
THEME = "theme"
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
    "plugins.publishing",  # keep last: sitemap, link check, minify and compression see all output
]

# The town's Land (ISO 3166-2 code without "DE-"): `PH` in opening hours means its public holidays,
# the waste calendar moves collections after them, the legal pages name its bodies.
LAND = "HE"
# The town's own closing days, for every office: {date, name, from (optional time)}.
CLOSING_DAYS: list[dict] = [{"date": "2027-02-08", "name": "Rosenmontag", "from": "12:00"}]

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

# Most-used services on the start page ("top tasks"): keys of service pages.
TOP_TASKS = [
    "personalausweis",
    "wohnsitz-anmelden",
    "sperrmuell",
    "gewerbe-anmelden",
    "fuehrungszeugnis",
    "bewohnerparkausweis",
]

# Pages every page links to (keys of content items).
LEGAL_PAGES = ["impressum", "datenschutz", "barrierefreiheit"]
ACCESSIBILITY_PAGE = "barrierefreiheit"
SIGN_LANGUAGE_PAGE = "gebaerdensprache"
# Absolute address used in canonical links, feeds and sitemaps (publishconf sets the real one).
SITE_PUBLIC_URL = "http://localhost:8000"


# Main menu: keys of the section landing pages, in this order (the menu never grows with content).
MAIN_MENU = ["rathaus", "tourismus"]


# Data from outside (plugins/fetch): `invoke fetch` writes what these sources send into DATA_PATH,
# one folder per source name; builds read only those files and never fetch. The folder is
# committed to Git (reviewable changes, builds a pure function of the repository).
# Each source: name (folder name), kind, an http(s) url, plus the kind's own keys.
EXTERNAL_SOURCES = [
    # The council information system (OParl). The demo ships data recorded from a local test
    # server (data/rat/); this address is fictitious, so `invoke fetch` keeps those files.
    {"name": "rat", "kind": "oparl", "url": "https://ratsinfo.musterstadt.example/oparl/v1/system"},
    # Event feeds, kept as received (data/<name>/feed.ics); their events join the calendar
    # (plugins/events/imports.py). The demo ships recorded feeds; these addresses are fictitious.
    # Keys: organizer (shown as the source), category (default), location (optional key).
    {
        "name": "vereine",
        "kind": "ical",
        "url": "https://vereinsring-musterstadt.example/termine.ics",
        "organizer": "Vereinsring Musterstadt",
    },
    {
        "name": "region",
        "kind": "ical",
        "url": "https://tourismus-musterland.example/veranstaltungen.ics",
        "organizer": "Tourismusverband Musterland",
        "category": "Ausflüge",
    },
]
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
