"""Waste calendar (Abfallkalender): collection dates by street, holiday shifts, subscriptions.

- the `waste` type (`schema.py`): the landing page; beside its index.md the company's data
  (`strassen.csv`, `termine.csv`, `bezirk-<name>.ics`, read by `data.py`) and/or rules in the
  front matter (`calendar.py`: rhythms, holiday shifts with the Land's holidays);
- the landing page: an A–Z street list with letter links (no JavaScript needed) and a street
  filter in the browser (`static/street-filter.js`: nothing of the address leaves the browser);
- one page per district: the next collection per fraction, then the dates by month, printable;
- files (`pages.py`): `abfuhrtermine.ics` per district and `<fraction>.ics` per district and
  fraction, for those who want only some bins (encoded once, cached, stable DTSTAMP),
  `abfuhrtermine.json` with all streets, districts and dates for apps, and `abfallfarben.css`
  (the bins' colours are data, and the CSP forbids style attributes).
"""

import logging

from plugins.site import signals
from plugins.site.datafiles import DataReader, register_reader

from . import schema  # noqa: F401  (registers the type)
from .data import read_waste_file
from .pages import prepare_waste, write_waste_files

log = logging.getLogger("waste")

READER = DataReader(
    name="waste",
    patterns=("strassen.csv", "termine.csv", "bezirk-*.ics"),
    read=read_waste_file,
    folder_type="waste",
)


@signals.runs_late  # no page reads the .ics and JSON files
def write_files(index, output_path, **kwargs):
    log.info("waste: wrote %d calendar files", write_waste_files(index, output_path))


def register():
    register_reader(READER)
    signals.index_ready.connect(prepare_waste)
    signals.site_written.connect(write_files)
