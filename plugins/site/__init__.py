"""Site: reads the whole content tree into a site index and writes one page per item.

Adds the `SiteGenerator` (replacing Pelican's article/page model: every file under `content/` is
an item with a type, a language and a key; folders are sections; URLs mirror the folders), the
Markdown renderer with checked links between files, navigation, breadcrumbs, the language switch,
the `index_ready` / `site_written` signals that capability plugins connect to, the plugin and
type registry (`registry.py`) and data files that are not Markdown (`datafiles.py`).
"""

from pelican import signals as pelican_signals

from .datafiles import unpublished_patterns
from .generator import SiteGenerator


def add_generator(pelican):
    return SiteGenerator


def keep_data_files_out(pelican):
    """Data files that plugins read and do not publish (a waste company's CSV) are not copied
    into the site as static files."""
    ignored = pelican.settings.setdefault("IGNORE_FILES", [])
    ignored += [p for p in unpublished_patterns(pelican.settings) if p not in ignored]


def register():
    pelican_signals.initialized.connect(keep_data_files_out)
    pelican_signals.get_generators.connect(add_generator)
