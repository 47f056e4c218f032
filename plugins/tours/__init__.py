"""Tours (Touren): walking, cycling and accessible routes with a GPX file beside each page.

What this plugin adds:
- the `tour` type (`schema.py`): activity, difficulty, start (a sight or an address), public
  transport, season, signposting, accessibility, the sights along the way, and `gpx`;
- every `*.gpx` file under content/ is read once (`tracks.py`, a data reader that also publishes
  the file for download); bad files are reported at their line, a missing one at the page's
  `gpx:` line;
- each tour page (`tour.html`): the figures (length, ascent, descent, highest and lowest point,
  walking time by DIN 33466 or riding time at `TOURS["cycling_speed_kmh"]`), the elevation
  profile as inline SVG with its key points as a table, a click-to-load map with the track and
  the sights along it (`plugins/maps`), the GPX download and JSON-LD `TouristTrip`;
- the landing page of the tours folder lists the tours as cards (`tours.html`), with one
  pre-rendered page per activity, difficulty and length band that some tour has (`filters.py`):
  filtering needs no JavaScript.

The pure pieces: `gpx.py` (GPX → figures, points, map line), `profile.py` (SVG and key points),
`formatting.py` (figures in German and English), `settings.py` (the `TOURS` setting).
"""

from plugins.site import signals
from plugins.site.datafiles import register_reader

from . import schema  # noqa: F401  (registers the type)
from .pages import prepare_tours
from .tracks import GPX_READER, publish_gpx_files

# Tours show their start and the sights along the way on the shared map component.
REQUIRES = ("plugins.maps", "plugins.sights")


def write_gpx_files(index, output_path, **kwargs):
    publish_gpx_files(index, output_path)


def register():
    register_reader(GPX_READER)
    signals.index_ready.connect(prepare_tours)
    signals.site_written.connect(write_gpx_files)
