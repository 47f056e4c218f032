from pathlib import Path

import pytest

from plugins.search.indexer import build_search_files
from tests.browser.conftest import (  # noqa: F401
    csp_server,
    new_context,
    off_site_requests,
    page,
)

# One Chromium per package (see tests/conftest.py): Playwright's sync API runs one instance per
# thread, and package scope ends it before another package starts its own.
from tests.conftest import browser as browser

from .corpus import ENGLISH, GERMAN

CORPUS = {"de": GERMAN, "en": ENGLISH}


@pytest.fixture(scope="session")
def corpus_site(tmp_path_factory) -> Path:
    """The test corpus built into <tmp>/search/{de,en}/."""
    out = tmp_path_factory.mktemp("site") / "search"
    for lang, docs in CORPUS.items():
        build_search_files(docs, lang, out / lang, "")
    return out
