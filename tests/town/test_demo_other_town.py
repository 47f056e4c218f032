"""The demo built with another town file shows not one "Musterstadt": no town fact is left in
theme/, plugins/ or the engine's settings.

The demo's own content and data name Musterstadt on purpose; the test copies them with every
"Musterstadt" (and "Musterland") replaced, so whatever "Musterstadt" remains in the output came
from the engine. The PDF attachments say "Musterstadt" too and cannot be rewritten as text;
the search index holds their words, so it is left out of the scan (its HTML pages are not).
"""

from __future__ import annotations

import io
import re
import shutil

from plugins.site.build import run
from tests.helpers import BUILD_DATE, ROOT

from .towns import text_files

TEXT_SUFFIXES = {".md", ".yml", ".yaml", ".json", ".ics", ".gpx", ".csv", ".xml", ".txt", ".svg"}
DEMO_NAMES = re.compile(r"muster(stadt|land|bezirk)", re.IGNORECASE)


def copy_without_demo_names(source, target) -> None:
    shutil.copytree(source, target)
    for path in target.rglob("*"):
        if path.is_file() and path.suffix in TEXT_SUFFIXES:
            try:
                text = path.read_text(encoding="utf-8")
            except UnicodeDecodeError:  # a Latin-1 street list: it names no town
                continue
            if DEMO_NAMES.search(text):
                path.write_text(DEMO_NAMES.sub("Quellort", text), encoding="utf-8")


def other_town_file(folder) -> None:
    text = (ROOT / "town.yml").read_text(encoding="utf-8")
    text = re.sub(r"musterstadt", "anderswo", text)
    text = re.sub(r"Musterstadt", "Anderswo", text)
    text = re.sub(r"Muster(land|bezirk)", "Nachbarkreis", text)
    text = text.replace("land: HE", "land: NI")
    (folder / "town.yml").write_text(text, encoding="utf-8")
    (folder / "town").mkdir()
    (folder / "town" / "wappen.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 4"><rect width="4" height="4"/>'
        "</svg>",
        encoding="utf-8",
    )


def test_the_demo_with_another_town_file_names_only_that_town(tmp_path, monkeypatch):
    copy_without_demo_names(ROOT / "content", tmp_path / "content")
    copy_without_demo_names(ROOT / "data", tmp_path / "data")
    other_town_file(tmp_path)
    monkeypatch.setenv("SITE_TOWN_FILE", str(tmp_path / "town.yml"))
    output, stream = tmp_path / "out", io.StringIO()
    settings = {
        "PATH": str(tmp_path / "content"),
        "OUTPUT_PATH": str(output),
        "DATA_PATH": str(tmp_path / "data"),
        "SITE_BUILD_DATE": BUILD_DATE,
    }
    assert run(str(ROOT / "pelicanconf.py"), settings, stream=stream) == 0, stream.getvalue()
    found = sorted(
        f"{path.relative_to(output)}: …{text[max(m.start() - 60, 0) : m.end() + 20]}…"
        for path, text in text_files(output)
        if path.relative_to(output).parts[0] != "search" or path.suffix == ".html"
        for m in [DEMO_NAMES.search(text)]
        if m
    )
    assert not found, "\n".join(found[:20])
    home = (output / "index.html").read_text(encoding="utf-8")
    assert "Stadt Anderswo" in home and "stadtverwaltung@anderswo.example" in home
    privacy = (output / "datenschutz" / "index.html").read_text(encoding="utf-8")
    assert "Der Landesbeauftragte für den Datenschutz Niedersachsen" in privacy
