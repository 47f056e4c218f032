"""The benchmark's generated site is valid content: it builds without problems, with every type."""

from __future__ import annotations

from benchmarks.generate_site import write_bare, write_site
from tests.conftest import build_site


def test_generated_site_builds_with_photos_and_every_type(tmp_path):
    site = tmp_path / "site"
    count = write_site(site, 400, photos=2)
    assert count >= 400
    code, report = build_site(site, tmp_path / "out", SITE_CACHE_DIR=str(tmp_path / "cache"))
    assert code == 0, report
    out = tmp_path / "out"
    for folder in ("leistungen", "aemter", "aktuelles", "bekanntmachungen"):
        assert list(out.glob(f"rathaus/{folder}/*/index.html")), folder
    for folder in ("veranstaltungen", "sehenswuerdigkeiten"):
        assert list(out.glob(f"tourismus/{folder}/*/index.html")), folder
    assert list(out.glob("en/**/index.html")), "no English pages"
    hero = (out / "tourismus/sehenswuerdigkeiten/poi-0/index.html").read_text(encoding="utf-8")
    assert "<picture" in hero and "foto-00" in hero
    assert list(out.glob("tourismus/veranstaltungen/*/*.ics"))


def test_bare_copy_has_the_same_bodies_and_photos(tmp_path):
    site = tmp_path / "site"
    write_site(site, 200, photos=1)
    pages = write_bare(site, tmp_path / "bare")
    assert pages == len(list(site.rglob("*.md")))
    assert [p.name for p in (tmp_path / "bare" / "images").iterdir()] == ["foto-00.jpg"]
