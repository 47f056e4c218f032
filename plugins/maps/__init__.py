"""Maps: a click-to-load OpenStreetMap component shared by sights and events.

Adds the template `components/place_map.html` (static links always; an interactive Leaflet map
whose tiles load only after the visitor clicks), `static/maps.js` + `maps.css`, and copies
Leaflet from node_modules into the output at `/static/maps/leaflet/`.
"""

import logging
from pathlib import Path

from plugins.kit.i18n import message
from plugins.site import signals
from plugins.site.generator import write_if_changed

from .geo import TILE_URL

log = logging.getLogger("maps")
ROOT = Path(__file__).resolve().parent.parent.parent
LEAFLET_DIST = ROOT / "node_modules" / "leaflet" / "dist"
LEAFLET_FILES = ("leaflet.js", "leaflet.css", "images/*.png")
LEAFLET_URL = "/static/maps/leaflet/"


def add_map_globals(index):
    """Where templates find Leaflet and the tiles (one place to change a tile server)."""
    index.globals["map_config"] = {
        "leaflet_js": LEAFLET_URL + "leaflet.js",
        "leaflet_css": LEAFLET_URL + "leaflet.css",
        "tiles": TILE_URL,
    }


def copy_leaflet(index, output_path: Path, **kwargs):
    """Serve Leaflet ourselves: no CDN, so a visitor who never clicks contacts nobody else."""
    target = Path(output_path) / LEAFLET_URL.strip("/")
    copied = 0
    for pattern in LEAFLET_FILES:
        for source in sorted(LEAFLET_DIST.glob(pattern)):
            write_if_changed(target / source.relative_to(LEAFLET_DIST), source.read_bytes())
            copied += 1
    if not copied:
        raise FileNotFoundError(
            message(
                "Karten: Leaflet fehlt in {folder} — installieren Sie es einmal mit `npm ci`",
                folder=LEAFLET_DIST,
            )
        )
    log.info("maps: copied %d Leaflet files", copied)


def register():
    signals.index_ready.connect(add_map_globals)
    signals.site_written.connect(copy_leaflet)
