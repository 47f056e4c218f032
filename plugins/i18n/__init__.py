"""Languages: which German pages still lack an English version (`invoke translations`).

German is the default at the site root, English under /en/, Leichte Sprache under
/leichte-sprache/ — all in one build (see plugins/site). This plugin adds the editors' report.
"""

from .report import format_report, missing_translations

__all__ = ["format_report", "missing_translations", "register"]


def register():
    """Nothing to connect: the report runs on a loaded site index."""
