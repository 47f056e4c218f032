"""Pelican plugins of the town site engine: one folder per capability."""
