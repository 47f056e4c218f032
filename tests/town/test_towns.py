"""Two towns made by `invoke init`: Beispielhausen (Rheinland-Pfalz) and Neudorf (Niedersachsen).

Both build with `invoke build` in their own folder; their legal pages name their own Land's law
and bodies (from plugins/town/laender.yml) and their own contacts (from their town.yml); not one
"Musterstadt" in their output; `invoke check` flags exactly the Leichte Sprache and DGS
placeholders; a brand colour that fails contrast stops the build with its ratio.
"""

from __future__ import annotations

import re
import subprocess
import sys

import pytest
from bs4 import BeautifulSoup

from plugins.town.colours import LIGHT_BACKGROUNDS, to_oklab, worst
from plugins.town.laender import land

from .towns import build, fill_placeholders, invoke, make_town, text_files

TOWNS = {"RP": ("Beispielhausen", "Stadt"), "NI": ("Neudorf", "Gemeinde")}


@pytest.fixture(scope="module")
def towns(tmp_path_factory):
    """{Land: (town folder, output of its first `invoke check`)} — each town built once."""
    made = {}
    for code, (name, kind) in TOWNS.items():
        town = make_town(tmp_path_factory.mktemp(code) / name.lower(), name, code, kind)
        checked = invoke(town, "check")
        fill_placeholders(town, name)
        result = build(town)
        assert result.returncode == 0, result.stdout + result.stderr
        made[code] = (town, checked)
    return made


def main_text(town, path: str) -> str:
    html = (town / "output" / path).read_text(encoding="utf-8")
    return " ".join(BeautifulSoup(html, "html.parser").find("main").get_text(" ").split())


@pytest.mark.parametrize("code", TOWNS)
def test_a_new_town_is_a_repository_with_the_engine_as_submodule(towns, code):
    town, _ = towns[code]
    assert (town / ".gitmodules").read_text().count("path = engine") == 1
    for name in ("town.yml", "pelicanconf.py", "publishconf.py", "tasks.py", "README.md"):
        assert (town / name).is_file(), name
    assert (town / ".github" / "workflows" / "site.yml").is_file()
    examples = sorted(p.stem for p in (town / "beispiele").glob("*.md"))
    assert {"event", "news", "office", "page", "service"} <= set(examples)
    assert not (town / "content" / "beispiele").exists()  # examples are never built


@pytest.mark.parametrize("code", TOWNS)
def test_check_flags_exactly_the_easy_and_sign_language_placeholders(towns, code):
    _, checked = towns[code]
    assert checked.returncode != 0
    problems = [
        line for line in checked.stderr.splitlines() if re.match(r"^[\w/.-]+\.md:\d+: ", line)
    ]
    assert sorted({line.split(":")[0] for line in problems}) == [
        "gebaerdensprache/index.md",
        "index.ls.md",
    ], checked.stderr
    assert "Beispieltext" in checked.stderr
    # `invoke check` also warns, at the town file's land line, about the Land's weak facts.
    assert re.search(rf"^Warnung: .*town\.yml:\d+: Land {code}: ", checked.stderr, re.MULTILINE)


@pytest.mark.parametrize("code", TOWNS)
def test_accessibility_statement_names_the_lands_law_and_bodies(towns, code):
    town, _ = towns[code]
    row = land(code)
    text = main_text(town, "barrierefreiheit/index.html")
    assert row.accessibility_law.name in text
    assert row.enforcement_body.name in text
    assert " ".join(row.enforcement_body.address_lines) in text
    assert row.monitoring_body.name in text
    assert f"Landes {row.name}" in text
    name, kind = TOWNS[code]
    assert f"{kind} {name}" in text
    assert f"barrierefreiheit@{name.lower()}.de" in text
    other = land("NI" if code == "RP" else "RP")
    assert other.enforcement_body.name not in text  # the other Land's body never appears


@pytest.mark.parametrize("code", TOWNS)
def test_privacy_statement_names_the_lands_authority_and_act(towns, code):
    town, _ = towns[code]
    row = land(code)
    text = main_text(town, "datenschutz/index.html")
    assert row.data_protection_authority.name in text
    assert " ".join(row.data_protection_authority.address_lines) in text
    assert row.data_protection_act.title in text
    assert f"datenschutz@{TOWNS[code][0].lower()}.de" in text


@pytest.mark.parametrize("code", TOWNS)
def test_imprint_names_the_town_and_the_responsible_person(towns, code):
    town, _ = towns[code]
    name, kind = TOWNS[code]
    text = main_text(town, "impressum/index.html")
    assert f"Anbieterin {kind} {name}, Rathausplatz 1" in text
    assert "§ 18 Abs. 2 Medienstaatsvertrag" in text


@pytest.mark.parametrize("code", TOWNS)
def test_header_footer_and_titles_are_the_towns(towns, code):
    town, _ = towns[code]
    name, kind = TOWNS[code]
    soup = BeautifulSoup((town / "output" / "index.html").read_text("utf-8"), "html.parser")
    assert soup.select_one(".ms-header__name").get_text(strip=True) == f"{kind} {name}"
    assert soup.title.get_text().startswith(f"{kind} {name} – ")
    imprint = BeautifulSoup(
        (town / "output/impressum/index.html").read_text("utf-8"), "html.parser"
    )
    assert imprint.title.get_text() == f"Impressum – {kind} {name}"
    footer = soup.select_one(".ms-footer").get_text(" ")
    assert f"rathaus@{name.lower()}.de" in footer
    assert (town / "output" / "town" / "wappen.svg").is_file()
    brand = [
        link["href"] for link in soup.select('link[rel="stylesheet"]') if "brand." in link["href"]
    ]
    assert len(brand) == 1 and (town / "output" / brand[0].lstrip("/")).is_file()


@pytest.mark.parametrize("code", TOWNS)
def test_no_musterstadt_in_the_output(towns, code):
    town, _ = towns[code]
    found = [
        str(path.relative_to(town / "output"))
        for path, text in text_files(town / "output")
        if re.search("musterstadt|musterland", text, re.IGNORECASE)
    ]
    assert not found


def test_a_brand_colour_that_fails_contrast_stops_the_build_with_its_ratio(towns):
    town, _ = towns["RP"]
    path = town / "town.yml"
    original = path.read_text(encoding="utf-8")
    try:
        path.write_text(original.replace('primary: "#0b4f8a"', 'primary: "#ffbf47"'), "utf-8")
        result = build(town)
    finally:
        path.write_text(original, encoding="utf-8")
    assert result.returncode != 0
    line = next(n for n, text in enumerate(original.splitlines(), 1) if "primary:" in text)
    found = re.search(
        rf"town\.yml:{line}: Hauptfarbe #ffbf47 hat auf der Hinweisfläche \(#e8f1fb\) nur ein "
        r"Kontrastverhältnis von 1,43:1; WCAG 2.2 AA verlangt für Text mindestens 4,5:1 — "
        r"die nächste Farbe, die besteht, ist (#[0-9a-f]{6})",
        result.stderr,
    )
    assert found, result.stderr
    suggestion = found.group(1)
    assert worst(suggestion, LIGHT_BACKGROUNDS.values()) >= 4.5
    assert to_oklab(suggestion)[0] < to_oklab("#ffbf47")[0]  # darker, same hue


def test_the_production_build_uses_the_towns_address_and_contacts(towns, tmp_path):
    town, _ = towns["NI"]
    output = tmp_path / "published"
    command = [sys.executable, "-m", "plugins.site.build", "--output", str(output)]
    result = subprocess.run(
        [*command, "--settings", str(town / "publishconf.py")],
        cwd=town / "engine",  # the town's engine runs, as in `invoke publish`
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr  # with the internal link check
    security = (output / ".well-known" / "security.txt").read_text(encoding="utf-8")
    assert "Contact: mailto:rathaus@neudorf.de" in security.splitlines()
    assert "Canonical: https://www.neudorf.de/.well-known/security.txt" in security.splitlines()
    home = BeautifulSoup((output / "index.html").read_text(encoding="utf-8"), "html.parser")
    assert home.find("link", rel="canonical")["href"] == "https://www.neudorf.de/"
