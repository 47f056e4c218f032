"""Site: reads the whole content tree into a site index and writes one page per item.

Adds the `SiteGenerator` (replacing Pelican's article/page model: every file under `content/` is
an item with a type, a language and a key; folders are sections; URLs mirror the folders), the
Markdown renderer with checked links between files, navigation, breadcrumbs, the language switch,
and the `index_ready` / `site_written` signals that capability plugins connect to.
"""

from pelican import signals as pelican_signals

from .generator import SiteGenerator


def add_generator(pelican):
    return SiteGenerator


def register():
    pelican_signals.get_generators.connect(add_generator)
