"""The search files of a built site: browser files in output/search/, one index per language.

An index is rebuilt only when its documents (or the search code) changed: a stamp file beside the
index holds the hash of what it was built from. 5,000 pages take seconds to index; a rebuild
after a template change takes none.
"""

from __future__ import annotations

import hashlib
import json
import logging
from pathlib import Path

from .assets import copy_search_assets
from .indexer import TYPES, build_search_files

log = logging.getLogger("search")
CODE = [Path(__file__).parent / name for name in ("indexer.py", "analysis.py", "compounds.py")]
STAMP = "source.sha256"


def documents_hash(documents: list[dict], lang: str, base_url: str, types=()) -> str:
    """Hash of everything an index depends on: documents, language, URL prefix, result types,
    indexer code."""
    digest = hashlib.sha256()
    for path in CODE:
        digest.update(path.read_bytes())
    payload = [lang, base_url, documents, [list(pair) for pair in types]]
    digest.update(json.dumps(payload, ensure_ascii=False).encode())
    return digest.hexdigest()


def write_search_files(
    documents: dict[str, list[dict]],
    search_dir: Path,
    node_modules: Path,
    base_url: str,
    types: dict[str, tuple] | None = None,
) -> dict[str, dict | None]:
    """Copy the browser files and (re)build each language's index; {lang: stats or None (kept)}."""
    copy_search_assets(search_dir, node_modules)
    result = {}
    for lang, docs in documents.items():
        out_dir = search_dir / lang
        stamp = out_dir / STAMP
        kinds = (types or {}).get(lang, TYPES)
        wanted = documents_hash(docs, lang, base_url, kinds)
        if (out_dir / "manifest.json").exists() and stamp.exists() and stamp.read_text() == wanted:
            log.info("search: %s index unchanged (%d documents)", lang, len(docs))
            result[lang] = None
            continue
        stats = build_search_files(docs, lang, out_dir, base_url=base_url, types=kinds)
        stamp.write_text(wanted)
        log.info("search: %s index: %d documents, %d files", lang, len(docs), stats["files"])
        result[lang] = stats
    return result
