"""News (Pressemitteilungen): the `news` type."""

from . import schema  # noqa: F401  (registers the type)


def register():
    """The type registers on import; lists and feeds are added by this plugin's receivers."""
