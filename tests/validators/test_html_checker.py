"""The current Nu HTML Checker finds no error in the built example site: every HTML page, the
SVG images and our own CSS. The vendored Leaflet CSS is left out: it is Leaflet's (it uses
old IE `behavior` and a newer `mix-blend-mode` value the checker does not know), not ours.

One Java run checks the site and, beside it, a few deliberately bad files: they prove that this
very run reports what the old checker missed (a skipped heading level) and checks SVG and CSS.
"""

from pathlib import Path

import pytest

from .vnu import VnuMessage, message, run_vnu

VENDORED = ("static/maps/leaflet/",)

BAD_FILES = {
    "skipped_heading.html": (
        '<!doctype html><html lang="de"><head><meta charset="utf-8"><title>X</title></head>'
        "<body><h1>Titel</h1><h3>Unterpunkt</h3></body></html>"
    ),
    "bad.svg": '<svg xmlns="http://www.w3.org/2000/svg"><rect widht="1"/></svg>',
    "bad.css": "p { colour: red; }\n",
}


def site_files(site: Path) -> list[Path]:
    """HTML, SVG and CSS of the built site, the vendored CSS left out."""
    found = []
    for pattern in ("*.html", "*.svg", "*.css"):
        for path in site.rglob(pattern):
            if not path.relative_to(site).as_posix().startswith(VENDORED):
                found.append(path)
    return sorted(found)


@pytest.fixture(scope="module")
def checked(site, tmp_path_factory) -> dict:
    """{"site": messages about the site, "bad": messages about the planted files, "files": n}."""
    bad = tmp_path_factory.mktemp("bad")
    for name, text in BAD_FILES.items():
        (bad / name).write_text(text, encoding="utf-8")
    files = site_files(site)
    raw = run_vnu([*files, *(bad / name for name in BAD_FILES)])
    messages = [message(entry, site) for entry in raw]
    return {
        "site": [m for m in messages if not m.file.is_absolute()],
        "bad": [message(entry, bad) for entry in raw if str(bad.resolve()) in entry.get("url", "")],
        "files": files,
    }


def test_every_page_svg_and_stylesheet_is_valid(checked):
    messages: list[VnuMessage] = checked["site"]
    assert not messages, f"{len(messages)} errors:\n" + "\n".join(map(str, messages))


def test_the_check_covers_pages_images_and_stylesheets(checked, site):
    suffixes = {path.suffix for path in checked["files"]}
    assert suffixes == {".html", ".svg", ".css"}
    assert len(checked["files"]) > 200
    assert not any("leaflet" in path.as_posix() for path in checked["files"])


def test_the_same_run_reports_skipped_headings_svg_and_css_errors(checked):
    by_file = {}
    for found in checked["bad"]:
        by_file.setdefault(found.file.name, []).append(found.message)
    assert any("skipping 1 heading level" in text for text in by_file["skipped_heading.html"])
    assert any("widht" in text for text in by_file["bad.svg"])
    assert any("colour" in text for text in by_file["bad.css"])
