"""Search: per-language lunr indexes built at build time, queried in the browser.

`indexer.build_search_files(documents, lang, out_dir, base_url)` writes the index files of one
language (term-sharded title and body indexes, document chunks, manifest.json); the browser side
is `static/search.js` (form enhancement), `static/search-worker.js` and `static/search-core.js`
(Web Worker with lunr + lunr-languages). Text analysis matches in Python and in the browser
(`analysis.py`), German compounds are split at build time (`compounds.py`).
"""


def register():
    """Placeholder: the lead wires the search files into the site build."""
    return None
