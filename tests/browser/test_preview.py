"""The editors' preview (`invoke livereload`): a saved edit reaches an open browser by itself."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, expect

from benchmarks.preview_process import CONNECTED, PreviewProcess
from tests.conftest import BUILD_DATE, ROOT


@pytest.fixture
def content(tmp_path) -> Path:
    folder = tmp_path / "content"
    shutil.copytree(ROOT / "content", folder)
    return folder


@pytest.fixture
def preview(content, tmp_path) -> Iterator[PreviewProcess]:
    with PreviewProcess(content, tmp_path / "output", tmp_path, BUILD_DATE) as server:
        yield server


@pytest.fixture
def open_page(preview, browser: Browser) -> Iterator[Page]:
    """The page of tourismus/anreise.md in Chromium, its livereload connection made."""
    page = browser.new_page()
    page.goto(preview.url + "/tourismus/anreise/")
    page.wait_for_function(CONNECTED)
    yield page
    page.close()


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_saved_edit_reloads_the_open_page(preview, content, open_page: Page):
    edit(content / "tourismus/anreise.md", "\n\n", "\n\nDer Zauberwortbahnhof liegt nah.\n\n")
    line = preview.wait_for("Rebuilt")
    assert "pages" in line, line  # an incremental rebuild, not everything
    expect(open_page.locator("main")).to_contain_text("Zauberwortbahnhof", timeout=10_000)


def test_a_broken_edit_names_the_file_and_the_preview_goes_on(preview, content, open_page: Page):
    edit(content / "tourismus/anreise.md", "title:", "titel:")
    problem = preview.wait_for("tourismus/anreise.md:")
    assert "title" in problem, problem
    preview.wait_for("Fix the problems above")
    expect(open_page.locator("h1")).to_be_visible()  # the last good build is still served
    edit(content / "tourismus/anreise.md", "titel:", "title:")
    assert "pages" in preview.wait_for("Rebuilt")


def test_a_changed_file_that_is_not_markdown_rebuilds_everything(preview, content):
    attachment = content / "rathaus/bekanntmachungen/haushaltssatzung-2026.pdf"
    attachment.write_bytes(attachment.read_bytes() + b"\n% corrected\n")
    assert preview.wait_for("Rebuilt").startswith("Rebuilt everything")


def test_a_preview_started_with_a_broken_file_builds_once_it_is_fixed(content, tmp_path):
    edit(content / "tourismus/anreise.md", "title:", "titel:")
    with PreviewProcess(content, tmp_path / "output", tmp_path, BUILD_DATE) as server:
        edit(content / "tourismus/anreise.md", "titel:", "title:")
        assert server.wait_for("Rebuilt").startswith("Rebuilt everything")
        assert (tmp_path / "output" / "tourismus" / "anreise" / "index.html").is_file()
