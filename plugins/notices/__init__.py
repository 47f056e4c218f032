"""Public notices (amtliche Bekanntmachungen): the `notice` type with attachments."""

from . import schema  # noqa: F401  (registers the type)


def register():
    """The type registers on import; lists, archive and feed come from this plugin's receivers."""
