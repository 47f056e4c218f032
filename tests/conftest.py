"""Shared fixtures: the example site and a small fixture site, each built once per test session,
and one headless Chromium per test package."""

from __future__ import annotations

import io
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from plugins.site.build import run
from tests.helpers import BUILD_DATE, ROOT, settings_for

__all__ = ["BUILD_DATE", "CHROMIUM", "CHROMIUM_ARGS", "ROOT", "build_site", "read_html"]

# Editors read messages in German; the tests read the English catalogue by default (each German
# text must have its English entry), and tests of German wording set the language themselves.
os.environ.setdefault("EDITOR_LANGUAGE", "en")

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
    "--disable-sync",
]


def build_site(content: Path, output: Path, **overrides) -> tuple[int, str]:
    """Build `content` into `output`; return (exit code, what the build reported)."""
    stream = io.StringIO()
    code = run(
        str(ROOT / "pelicanconf.py"), settings_for(content, output, **overrides), stream=stream
    )
    return code, stream.getvalue()


@pytest.fixture(scope="package")
def browser() -> Iterator[Browser]:
    """One headless Chromium for a test package (starting one costs about a second).

    Package scope, not session: Playwright's sync API runs one instance per thread at a time, and
    other test modules start their own after the package is done. Pytest ties a package-scoped
    fixture to the package whose conftest.py defines it, so a package that uses this one imports
    it into its own conftest.py (`from tests.conftest import browser as browser`); defined
    only here, it would live as long as the whole tests/ package."""
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The example site in content/, built at the fixed build date."""
    output = tmp_path_factory.mktemp("site")
    code, report = build_site(ROOT / "content", output)
    assert code == 0, f"the example site does not build:\n{report}"
    return output


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("mini")
    code, report = build_site(ROOT / "tests" / "fixtures" / "mini", output)
    assert code == 0, report
    return output


def read_html(site: Path, url: str) -> str:
    path = site / url.lstrip("/")
    if url.endswith("/"):
        path = path / "index.html"
    return path.read_text(encoding="utf-8")
