"""Lodging (Gastgeber): the Tourist-Information's directory of hosts.

What this plugin adds:
- the `lodging` type (`schema.py`): category, classification with its scheme (DEHOGA, DEHOGA G,
  DTV, BVCD), rooms, beds, price, amenities from a configured list (`settings.py`, `LODGING`),
  accessibility with the "Reisen für Alle" level, contact, booking link, season, image;
  stars outside the scheme, unknown amenities and an http booking link are reported at their
  line (`directory.check_host`);
- each host's page (`lodging.html`): facts, amenities, accessibility, contact, booking and the
  Tourist-Information's help, a click-to-load map and JSON-LD `LodgingBusiness` or its subtype
  (`structured_data.py`);
- the landing page of the hosts' folder becomes the directory (`directory.html`): cards,
  one pre-rendered page per filter value (category, classification, amenity, accessibility:
  `facets.py`) and one sorted by price, so filtering needs no JavaScript; `static/lodging.js`
  filters and sorts instantly and announces the count; a map of all hosts;
- `/gastgeber.geojson` and `/en/lodging.geojson`.
"""

from plugins.site import signals

from . import schema  # noqa: F401  (registers the type)
from .directory import prepare_lodging, write_geojson

REQUIRES = ("plugins.maps",)


@signals.runs_late  # no page reads the GeoJSON
def write_lodging_files(index, output_path, **kwargs):
    write_geojson(index, output_path)


# After the images plugin: the cards and the JSON-LD use the processed image.
@signals.priority(-10)
def prepare(index):
    prepare_lodging(index)


def register():
    signals.index_ready.connect(prepare)
    signals.site_written.connect(write_lodging_files)
