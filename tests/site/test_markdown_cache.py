"""The Markdown cache: a cached body is reused only while each of its links resolves the same."""

from __future__ import annotations

import pickle

from tests.conftest import build_site, read_html

PAGE = "---\ntitle: {title}\n{extra}---\n{body}\n"


def write(folder, name: str, title: str, body: str = "Text.", extra: str = "") -> None:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(PAGE.format(title=title, extra=extra, body=body), encoding="utf-8")


def site_with_a_link(tmp_path):
    content = tmp_path / "content"
    write(content, "index.md", "Start")
    write(content, "rathaus/index.md", "Rathaus")
    write(content, "rathaus/ziel.md", "Ziel")
    write(content, "rathaus/quelle.md", "Quelle", body="Siehe [das Ziel](ziel.md).")
    return content


def build(content, tmp_path, name: str):
    output = tmp_path / name
    code, report = build_site(content, output, SITE_CACHE_DIR=str(tmp_path / "cache"))
    assert code == 0, report
    return output


def test_a_moved_link_target_renders_the_linking_body_again(tmp_path):
    content = site_with_a_link(tmp_path)
    first = build(content, tmp_path, "first")
    assert 'href="/rathaus/ziel/"' in read_html(first, "/rathaus/quelle/")
    write(content, "rathaus/ziel.md", "Ziel", extra="slug: neues-ziel\n")
    second = build(content, tmp_path, "second")
    assert 'href="/rathaus/neues-ziel/"' in read_html(second, "/rathaus/quelle/")


def test_a_deleted_link_target_is_reported_not_served_from_the_cache(tmp_path):
    content = site_with_a_link(tmp_path)
    build(content, tmp_path, "first")
    (content / "rathaus/ziel.md").unlink()
    code, report = build_site(content, tmp_path / "second", SITE_CACHE_DIR=str(tmp_path / "cache"))
    assert code == 1
    assert "rathaus/quelle.md:4: the link 'ziel.md' points to a page that does not exist" in report


def test_unrelated_pages_do_not_invalidate_cached_bodies(tmp_path):
    content = site_with_a_link(tmp_path)
    build(content, tmp_path, "first")
    cache_file = next((tmp_path / "cache").glob("markdown-v*.pickle"))
    before = pickle.loads(cache_file.read_bytes())
    write(content, "rathaus/neu.md", "Eine neue Seite")
    build(content, tmp_path, "second")
    after = pickle.loads(cache_file.read_bytes())
    assert set(before) <= set(after)  # every entry kept: the new page changed no key
    for key, (html, links) in before.items():
        assert after[key] == (html, links)
    assert any(links for _, links in after.values())  # the linking body recorded its link
