"""Pelican plugins of the Musterstadt site: one folder per capability."""
