"""Editors' reference: writes docs/referenz.md from the content schemas (`invoke docs`).

Every type's fields, their help texts and a filled-in example file come from the same schemas the
validator uses; tests/docs regenerates the file and fails when the committed one differs.
"""

from .reference import render_reference, write_reference

__all__ = ["register", "render_reference", "write_reference"]


def register():
    """Nothing to connect: the reference is written by `invoke docs`, not during a build."""
