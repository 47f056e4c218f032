"""Search: per-language lunr indexes built at build time, queried in the browser.

Adds to the build:
- `/suche/` and `/en/search/` (template `search.html`): the search page, with links to the A–Z
  index, events and sights for visitors without JavaScript; `search_links` for the header form;
- after the pages are written, `output/search/`: the browser files and one index per language
  (`de` also holds the Leichte Sprache pages) from every published item (`documents.py`),
  rebuilt only when the documents changed (`site_files.py`).

`indexer.build_search_files(documents, lang, out_dir, base_url)` writes the index files of one
language (term-sharded title and body indexes, document chunks, manifest.json); the browser side
is `static/search.js` (form enhancement), `static/search-worker.js` and `static/search-core.js`
(Web Worker with lunr + lunr-languages). Text analysis matches in Python and in the browser
(`analysis.py`), German compounds are split at build time from the site's own words
(`compounds.py`).
"""

from pathlib import Path

from plugins.kit.urls import site_owner
from plugins.site import signals
from plugins.site.pages import OutputPage
from plugins.site.registry import active_types, catalogues

from .documents import search_documents, search_types, site_prefix
from .site_files import write_search_files

ROOT = Path(__file__).resolve().parent.parent.parent
SEARCH_PAGES = {"de": "/suche/", "en": "/en/search/"}
# Shown to visitors without JavaScript: where to look instead (keys of content items; the
# German page where a translation is missing, marked with its language).
FALLBACK_KEYS = ("leistungen", "veranstaltungen", "sehenswuerdigkeiten")


def add_search_pages(index) -> None:
    index.globals["search_links"] = dict(SEARCH_PAGES)
    for lang, url in SEARCH_PAGES.items():
        links = [item for key in FALLBACK_KEYS if (item := index.get(key, lang))]
        index.pages.append(
            OutputPage(
                url=url,
                template="search/search.html",
                lang=lang,
                title=index.label("Suche", lang),
                context={"search_fallback_links": links, "description": description(index, lang)},
                translations={other: u for other, u in SEARCH_PAGES.items() if other != lang},
            )
        )


def description(index, lang: str) -> str:
    """The search page's meta description: what search engines show under its title."""
    owner = site_owner(index.settings, lang)
    return index.label(
        "Suche auf allen Seiten der {owner}: Leistungen, Ämter, Termine und mehr.",
        lang,
        owner=owner,
    )


@signals.runs_late  # no page reads the index: a preview writes it after the reload
def write_search(index, output_path: Path, **_) -> None:
    types = active_types(index.settings)
    write_search_files(
        search_documents(index, types),
        Path(output_path) / "search",
        ROOT / "node_modules",
        site_prefix(index.settings.get("SITEURL", "")),
        {lang: search_types(types, lang, catalogues(index.settings)) for lang in ("de", "en")},
    )


def register():
    signals.index_ready.connect(add_search_pages)
    signals.site_written.connect(write_search)
