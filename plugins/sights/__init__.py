"""Sights (Sehenswürdigkeiten): the `poi` type, its pages, the overview with a map, GeoJSON.

- Each sight page (`poi.html`) gets opening-hours tables, static map links, a click-to-load map
  (`plugins/maps`) and JSON-LD `TouristAttraction` (in `item.data`).
- The landing page of the sights folder (de and en) becomes the overview (`sights.html`): sights
  by category and a map of all of them.
- `/poi.geojson` and `/en/poi.geojson`: every sight as a GeoJSON FeatureCollection.
- A "Sehenswürdigkeiten" block on the start page (first sights by `order`).
"""

from plugins.site import signals

from . import schema  # noqa: F401  (registers the type)
from .overview import add_home_block, prepare_sight, use_overview_template, write_geojson

REQUIRES = ("plugins.maps",)  # sights are shown on maps and in the GeoJSON


def prepare_sights(index):
    for item in index.of_type("poi"):
        prepare_sight(index, item)
    use_overview_template(index)
    add_home_block(index)


@signals.runs_late  # GeoJSON and GPX files: no page reads them while it is rendered
def write_sight_files(index, output_path, **kwargs):
    write_geojson(index, output_path)


def register():
    signals.index_ready.connect(prepare_sights)
    signals.site_written.connect(write_sight_files)
