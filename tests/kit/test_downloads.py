"""plugins/kit/downloads.py: link text of a download, and the files an item names beside it."""

from pathlib import Path

import pytest

from plugins.frontmatter import Problems
from plugins.kit.downloads import file_type, read_downloads, size_text
from plugins.site.items import Item


@pytest.mark.parametrize(
    ("name", "kind"), [("a.pdf", "PDF"), ("A.DOCX", "Word"), ("x.gpx", "GPX"), ("x.abc", "ABC")]
)
def test_file_type(name, kind):
    assert file_type(name) == kind


@pytest.mark.parametrize(
    ("size", "lang", "text"), [(10, "de", "1 KB"), (1_300_000, "de", "1,2 MB")]
)
def test_size_text(size, lang, text):
    assert size_text(size, lang) == text


def item(files: list[str]) -> Item:
    meta = {"documents": [{"title": f, "file": f} for f in files]}
    lines = {("documents", n, "file"): 5 + 2 * n for n in range(len(files))}
    return Item(
        source="amt/stelle.md", type="job", lang="de", key="s", slug="s", folder=("amt",),
        is_index=False, meta=meta, body="", body_line=1, lines=lines,
    )  # fmt: skip


def test_read_downloads_reports_each_bad_entry_at_its_line(tmp_path: Path):
    (tmp_path / "amt").mkdir()
    (tmp_path / "amt" / "da.pdf").write_bytes(b"%PDF" + b"x" * 2048)
    problems = Problems()
    found = read_downloads(
        item(["da.pdf", "fehlt.pdf", "../weg.pdf", "text.docx"]), "documents", tmp_path,
        problems, (".pdf",),
    )  # fmt: skip
    assert [(d.url, d.file_type, d.size) for d in found] == [("/amt/da.pdf", "PDF", 2052)]
    assert [p.line for p in problems.items] == [7, 9, 11]
    assert "fehlt.pdf" in problems.items[0].what and "PDF" in problems.items[2].what
