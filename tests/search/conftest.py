import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from plugins.search.indexer import build_search_files

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

from corpus import ENGLISH, GERMAN  # noqa: E402

CORPUS = {"de": GERMAN, "en": ENGLISH}


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


@pytest.fixture(scope="session")
def corpus_site(tmp_path_factory) -> Path:
    """The test corpus built into <tmp>/search/{de,en}/."""
    out = tmp_path_factory.mktemp("site") / "search"
    for lang, docs in CORPUS.items():
        build_search_files(docs, lang, out / lang, "")
    return out
