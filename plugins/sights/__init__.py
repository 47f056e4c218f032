"""Sights (Sehenswürdigkeiten): the `poi` type."""

from . import schema  # noqa: F401  (registers the type)


def register():
    """The type registers on import; maps and GeoJSON are added by this plugin's receivers."""
