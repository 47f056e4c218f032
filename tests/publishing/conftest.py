"""Fixtures: the example site built as for production, and a small site to break on purpose."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import ROOT, build_site

# What publishconf.py switches on, with the address of the machine the tests run on.
PRODUCTION = {
    "PUBLISH_LINK_CHECK": True,
    "PUBLISH_FINGERPRINT": True,
    "PUBLISH_MINIFY": True,
    "PUBLISH_PRECOMPRESS": True,
}


def copy_mini(target: Path) -> Path:
    """The lead's mini fixture plus the Leichte Sprache start page every header links to."""
    shutil.copytree(ROOT / "tests" / "fixtures" / "mini", target)
    (target / "index.ls.md").write_text(
        "---\ntitle: Leichte Sprache\nsummary: Die Stadt in Leichter Sprache.\n---\nHallo.\n",
        encoding="utf-8",
    )
    return target


@pytest.fixture(scope="session")
def published(tmp_path_factory) -> Path:
    """content/ built with the production switches, served from a domain's root."""
    output = tmp_path_factory.mktemp("published")
    cache = tmp_path_factory.mktemp("published-cache")
    code, report = build_site(ROOT / "content", output, SITE_CACHE_DIR=str(cache), **PRODUCTION)
    assert code == 0, report
    return output


@pytest.fixture
def mini_content(tmp_path) -> Path:
    return copy_mini(tmp_path / "content")
