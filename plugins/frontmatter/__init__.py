"""Front matter: YAML read without type guessing, typed per field, validated per content type.

Adds the field types (`fields.py`), the schema registry that capability plugins add their content
types to (`schema.py`), and the collector that turns every problem into `file:line: what — fix`.
The site plugin reads content through this; nothing here touches Pelican's own readers.
"""

from .problems import ContentError, Problem, Problems
from .schema import TYPES, Schema, register_type

__all__ = ["TYPES", "ContentError", "Problem", "Problems", "Schema", "register", "register_type"]


def register():
    """Nothing to connect: the schemas register on import; kept so PLUGINS can list this folder."""
