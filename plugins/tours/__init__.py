"""Tours (Touren): walking, cycling and accessible routes with a GPX file.

So far the pieces that need no build wiring, each a pure module:
- `gpx.py`: a GPX file → `Track` (figures: length, ascent, descent, lowest and highest point,
  walking time by DIN 33466 or riding time; every point with its distance; a simplified map line;
  waypoints); bad files become problems with file and line.
- `profile.py`: the elevation profile as inline SVG, and its key points for a table.
- `formatting.py`: the figures as visitors read them, in German and English.
- `settings.py`: the `TOURS` setting (cycling speed).

The `tour` content type (schema, pages, cards, map, JSON-LD `TouristTrip`) is registered once the
engine's type registry is in place; until then this package has no `register()` and is not in
PLUGINS.
"""
