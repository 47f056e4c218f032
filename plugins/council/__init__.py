"""Council information (Ratsinformation) from the town's council system, via OParl.

Fetching: `plugins/council/oparl.py` is an OParl 1.0/1.1 client registered as the kind "oparl" of
`invoke fetch` (plugins/fetch); it writes meetings, papers, organisations, persons, memberships
and legislative terms as JSON into `data/<source>/` (layout in oparl.py).

Building (reads only those files, through plugins/site/datafiles.py with root "data"):
- `<politik>/sitzungen/`: upcoming public meetings (Gremium, date, time, place, public agenda
  items with their papers, links to the files in the council system) with JSON-LD `Event`s, and
  the meetings of the last 12 months;
- `<politik>/gremien/`: the Gremien with their current members, and per Gremium
  `gremien/<slug>/sitzungen.ics`;
- `<politik>/vorlagen/`: each paper with its consultations;
- `index.council` for other plugins (the "Digitale Verwaltung" page lists papers from it).
English pages under `/en/…/politics/` (meetings, committees, papers).

Settings: a source `{"name": "rat", "kind": "oparl", "url": "https://…/oparl/v1/system"}` in
EXTERNAL_SOURCES, optionally with `"body": "<id of the Body>"` when the system serves several,
and "plugins.council.oparl" in FETCH_MODULES. `COUNCIL = {"past_months": 12,
"digital_terms": [...], "digital_paper_types": [...]}` (defaults in DEFAULTS).
"""

from __future__ import annotations

import logging

from plugins.site import signals
from plugins.site.datafiles import DataReader, register_reader

from .model import build_council, gather, read_council_file
from .pages import add_council_pages, write_gremium_calendars

log = logging.getLogger("council")

DEFAULTS = {
    "past_months": 12,
    # Papers on digitalisation for the "Digitale Verwaltung" page: a term in the name or keywords…
    "digital_terms": ["Digitalisierung", "digital", "Onlinezugang", "OZG", "E-Akte"],
    # … or one of these paper types.
    "digital_paper_types": [],
}


def council_settings(settings: dict) -> dict:
    return {**DEFAULTS, **(settings.get("COUNCIL") or {})}


READER = DataReader(
    name="council",
    patterns=(
        "*/meetings.json",
        "*/papers.json",
        "*/organizations.json",
        "*/persons.json",
        "*/memberships.json",
        "*/meta.json",
    ),
    read=read_council_file,
    root="data",
)


@signals.priority(10)  # before plugins.digital, which lists papers from index.council
def prepare_council(index):
    data = gather(index.data_files["council"])
    index.council = None
    if data is None:
        return
    index.council = build_council(data, index.build_date)
    add_council_pages(index, index.council, council_settings(index.settings))


@signals.runs_late  # .ics files: no page reads them while it is rendered
def write_council_files(index, output_path, **kwargs):
    log.info("council: wrote %d iCalendar files", write_gremium_calendars(index, output_path))


def register():
    register_reader(READER)
    signals.index_ready.connect(prepare_council)
    signals.site_written.connect(write_council_files)
