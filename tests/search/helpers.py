"""Helpers of the search tests: run the browser's query code in Node, write a test site."""

import json
import os
import subprocess
from pathlib import Path

HERE = Path(__file__).parent


def node_search(index_dir: Path, queries: list[str], tmp_path: Path, top: int = 5) -> list[dict]:
    """Results of queries as the browser's worker computes them (lunr.js in Node)."""
    queries_file = tmp_path / "queries.json"
    queries_file.write_text(json.dumps(queries))
    result = subprocess.run(
        ["node", str(HERE / "node_search.js"), str(index_dir), str(queries_file)],
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "TOP": str(top)},
    )
    return json.loads(result.stdout)


ROOT = HERE.parent.parent
SEARCH_PAGE = """<!doctype html>
<html lang="{lang}">
<head><meta charset="utf-8"><title>{title}</title>
<script src="/search/search.js" defer></script></head>
<body><main><h1>{title}</h1>
<form role="search" action="/a-z/" data-search-form="page" data-search-base="/search/">
<label for="q">{label}</label> <input type="search" id="q" name="q">
<button type="submit">{label}</button>
</form>
<div data-search-results="page"></div>
</main></body></html>
"""
RESULT_PAGE = '<!doctype html><html lang="de"><meta charset="utf-8"><title>{0}</title><h1>{0}</h1>'


def write_test_site(root: Path, corpus: dict[str, list[dict]]) -> None:
    """A small static site: /suche/ (de), /en/search/ (en), one stub page per document."""
    from plugins.search.assets import copy_search_assets
    from plugins.search.indexer import build_search_files

    copy_search_assets(root / "search", ROOT / "node_modules")
    (root / "favicon.ico").write_bytes(b"")  # Chromium asks for it; a 404 is a console error
    for lang, docs in corpus.items():
        build_search_files(docs, lang, root / "search" / lang, "")
        for doc in docs:
            page = root / doc["url"].strip("/") / "index.html"
            page.parent.mkdir(parents=True, exist_ok=True)
            page.write_text(RESULT_PAGE.format(doc["title"]), encoding="utf-8")
    pages = {"suche": ("de", "Suche", "Suchbegriff"), "en/search": ("en", "Search", "Search")}
    for path, (lang, title, label) in pages.items():
        (root / path).mkdir(parents=True, exist_ok=True)
        html = SEARCH_PAGE.format(lang=lang, title=title, label=label)
        (root / path / "index.html").write_text(html, encoding="utf-8")
