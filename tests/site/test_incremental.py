"""Preview rebuilds render only what an edit affects, and give the same files as a full build."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pelican.settings import read_settings

from plugins.site.incremental import LiveSite
from tests.conftest import BUILD_DATE, ROOT, build_site


def tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def differences(a: Path, b: Path) -> list[str]:
    left, right = tree(a), tree(b)
    missing = sorted(set(left) ^ set(right))
    changed = sorted(k for k in set(left) & set(right) if left[k] != right[k])
    return [f"only in one: {k}" for k in missing] + [f"differs: {k}" for k in changed]


def edit(content: Path, name: str, old: str, new: str) -> None:
    path = content / name
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{name} does not contain {old!r}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


EVENT = """---
type: event
title: Neues Konzert im Park
summary: Ein Sommerkonzert unter freiem Himmel.
start: 2027-06-12 19:00
location: stadtpark
categories: [Musik]
---
Eintritt frei.
"""

EDITS = [
    (
        "change a page",
        lambda c: edit(
            c,
            "rathaus/leistungen/personalausweis.md",
            "title: Personalausweis beantragen",
            "title: Personalausweis neu beantragen",
        ),
    ),
    (
        "change a service's office",
        lambda c: edit(
            c,
            "rathaus/leistungen/bewohnerparkausweis.md",
            "office: ordnungsamt",
            "office: buergerbuero",
        ),
    ),
    (
        "add an event",
        lambda c: (c / "tourismus/veranstaltungen/parkkonzert.md").write_text(
            EVENT, encoding="utf-8"
        ),
    ),
    (
        "rename a page",
        lambda c: (c / "tourismus/veranstaltungen/parkkonzert.md").rename(
            c / "tourismus/veranstaltungen/sommerkonzert.md"
        ),
    ),
    ("delete a page", lambda c: (c / "tourismus/veranstaltungen/sommerkonzert.md").unlink()),
    (
        "change a news title (lists, feed, start page)",
        lambda c: edit(
            c,
            "rathaus/aktuelles/2026-07-14-radwege-innenstadt.md",
            "title: Neue Radwege in der Innenstadt freigegeben",
            "title: Neue Radwege in der Innenstadt eröffnet",
        ),
    ),
    (
        "change an office's opening hours",
        lambda c: edit(
            c, "rathaus/aemter/standesamt.md", "Fr 08:30-12:00; PH off", "Fr 08:30-13:00; PH off"
        ),
    ),
    (
        "move an event to another day",
        lambda c: edit(
            c,
            "tourismus/veranstaltungen/herbstmarkt-2027.md",
            "start: 2027-10-03 11:00\nend: 2027-10-03 18:00",
            "start: 2027-10-10 11:00\nend: 2027-10-10 18:00",
        ),
    ),
    (
        "change a notice's summary",
        lambda c: edit(
            c,
            "rathaus/bekanntmachungen/haushaltssatzung-2026.md",
            "und von der Aufsichtsbehörde genehmigten",
            "und genehmigten",
        ),
    ),
    ("change a body", lambda c: edit(c, "tourismus/anreise.md", "\n\n", "\n\nNeu: Ein Satz.\n\n")),
]


@pytest.fixture
def live(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    overrides = {
        "PATH": str(content),
        "OUTPUT_PATH": str(tmp_path / "live"),
        "SITE_BUILD_DATE": BUILD_DATE,
        "SITE_CACHE_DIR": str(tmp_path / "cache"),
    }
    site = LiveSite(read_settings(str(ROOT / "pelicanconf.py"), override=overrides))
    site.full()
    return site, content


def test_incremental_rebuilds_equal_full_builds(live, tmp_path):
    site, content = live
    rendered = {}
    for number, (name, change) in enumerate(EDITS):
        change(content)
        rendered[name], _ = site.update()
        assert site.wait(), f"late files after '{name}'"
        fresh = tmp_path / f"fresh-{number}"
        code, report = build_site(
            content, fresh, SITE_CACHE_DIR=str(tmp_path / "c2"), DATA_PATH=str(ROOT / "data")
        )
        assert code == 0, report
        assert differences(site.output, fresh) == [], f"after '{name}'"
    total = len(site.generator.index.pages)
    assert rendered["change a body"] < total / 2, rendered
    # Lists show the news title: more than the page itself, far fewer than everything.
    assert 1 < rendered["change a news title (lists, feed, start page)"] < total / 2, rendered


def test_late_files_follow_the_edit(live):
    """The search index is written after update() returns, and matches the edit after wait()."""
    site, content = live
    edit(content, "tourismus/anreise.md", "\n\n", "\n\nDer Zauberwortbahnhof liegt nah.\n\n")
    site.update()
    assert site.wait()
    index_files = (site.output / "search" / "de").rglob("*.json")
    assert any("zauberwortbahnhof" in path.read_text(encoding="utf-8") for path in index_files)
