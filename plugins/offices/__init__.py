"""Offices: contact details and opening hours."""

from . import schema  # noqa: F401  (registers the type)


def register():
    """The type registers on import; opening-hours tables are added by this plugin's receivers."""
