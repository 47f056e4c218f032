"""Checks that catch what slipped through: site paths in bodies, example values left from
`invoke new`, and two pages with the same title or slug."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from plugins.site.archetypes import create
from plugins.site.build import import_plugins
from tests.helpers import ROOT, build_files, check_files, write_files

import_plugins(str(ROOT / "pelicanconf.py"))

BASE = {
    "index.md": "---\ntitle: Start\n---\n",
    "rathaus/index.md": "---\ntitle: Rathaus\n---\n",
    "rathaus/aktuelles/index.md": "---\ntitle: Aktuelles\ndefault_type: news\n---\n",
    "rathaus/aktuelles/markt.md": (
        "---\ntitle: Markt\nsummary: Der Markt öffnet.\ndate: 2026-11-20\n---\nAm Samstag.\n"
    ),
    "rathaus/leistungen/index.md": "---\ntitle: Leistungen\ndefault_type: service\n---\n",
    "rathaus/leistungen/hundesteuer.md": (
        "---\ntitle: Hundesteuer\nsummary: Die Steuer für Hunde.\n---\nBitte anmelden.\n"
    ),
    "rathaus/formulare/antrag.pdf": b"%PDF-1.4\n",
}


def body_page(body: str) -> dict:
    return {**BASE, "rathaus/links.md": f"---\ntitle: Links\n---\n\nEinleitung.\n\n{body}\n"}


# --- Site paths in a body -------------------------------------------------------------------

GOOD_LINKS = [
    "[Hundesteuer](/rathaus/leistungen/hundesteuer/)",
    "[Hundesteuer, Abschnitt](/rathaus/leistungen/hundesteuer/#kosten)",
    "[Start](/)",
    "[Suche](/suche/?q=Hund)",  # a page the search plugin adds
    "[Jahr 2026](/rathaus/aktuelles/2026/)",  # a year archive of the news plugin
    "[Leistungen A–Z](/rathaus/leistungen/)",
    "[Feed](/rathaus/aktuelles/feed.atom)",  # written after the pages, beside the news list
    "[Antrag (PDF, 1 KB)](/rathaus/formulare/antrag.pdf)",  # a file beside the content
    "[Stil](/theme/css/site.css)",
    "[Karte](/static/maps/leaflet/leaflet.js)",
    "[Nicht gefunden](/404.html)",
]


@pytest.mark.parametrize("link", GOOD_LINKS)
def test_site_paths_to_pages_and_generated_files_pass(tmp_path, link):
    code, report = check_files(tmp_path, body_page(link))
    assert code == 0, report


BROKEN_LINKS = [
    (
        "[Hundesteuer](/rathaus/leistungen/hundesteur/)",
        "the link '/rathaus/leistungen/hundesteur/' leads to no page of this site — "
        "did you mean '/rathaus/leistungen/hundesteuer/'?",
    ),
    (
        "[Hundesteuer](/rathaus/leistungen/hundesteuer)",
        "the link '/rathaus/leistungen/hundesteuer' leads to no page: page addresses end with / "
        "— write '/rathaus/leistungen/hundesteuer/'",
    ),
    (
        "[Antrag (PDF, 1 KB)](/rathaus/formulare/antrg.pdf)",
        "the link '/rathaus/formulare/antrg.pdf' leads to no page of this site",
    ),
    (
        "[Feed](/tourismus/aktuelles/feed.atom)",  # no such list to sit beside
        "the link '/tourismus/aktuelles/feed.atom' leads to no page of this site",
    ),
]


@pytest.mark.parametrize(("link", "expected"), BROKEN_LINKS)
def test_a_broken_site_path_is_reported_with_file_and_line(tmp_path, link, expected):
    code, report = check_files(tmp_path, body_page(link))
    assert code == 1
    assert f"rathaus/links.md:7: {expected}" in report


def test_every_build_checks_site_paths_too(tmp_path):
    code, report, output = build_files(tmp_path, body_page("[Weg](/rathaus/nirgends/)"))
    assert code == 1
    assert "rathaus/links.md:7: the link '/rathaus/nirgends/' leads to no page" in report
    assert not (output / "rathaus" / "links" / "index.html").exists()


def test_a_cached_body_is_checked_again_when_its_target_goes(tmp_path):
    """The Markdown cache must not keep a link alive whose page was deleted."""
    files = body_page("[Hundesteuer](/rathaus/leistungen/hundesteuer/)")
    cache = {"SITE_CACHE_DIR": str(tmp_path / "cache")}
    assert build_files(tmp_path / "a", files, **cache)[0] == 0
    del files["rathaus/leistungen/hundesteuer.md"]
    code, report, _ = build_files(tmp_path / "b", files, **cache)
    assert code == 1
    assert "rathaus/links.md:7: the link '/rathaus/leistungen/hundesteuer/'" in report


def test_broken_site_path_in_german(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR_LANGUAGE", "de")
    code, report = check_files(tmp_path, body_page("[Weg](/rathaus/nirgends/)"))
    assert code == 1
    assert (
        "rathaus/links.md:7: Der Link '/rathaus/nirgends/' führt zu keiner Seite dieser Website "
        "— prüfen Sie die Adresse, oder verlinken Sie die Datei der Seite" in report
    )


# --- Example values left from `invoke new` ------------------------------------------------


def new_file(tmp_path, type_name: str, title: str, edit=lambda text: text):
    """A file made by `invoke new` in a content folder with BASE, changed by `edit`."""
    content = write_files(tmp_path / "content", BASE)
    path = create(content, type_name, title, today=dt.date(2026, 11, 25))
    path.write_text(edit(path.read_text(encoding="utf-8")), encoding="utf-8")
    return path, path.read_text(encoding="utf-8").splitlines()


def switch_on(*names: str):
    """Switch optional fields on as an editor does: delete the '# ' before them."""

    def edit(text: str) -> str:
        for name in names:
            text = re.sub(rf"^# ({name}:.*)$", r"\1", text, flags=re.M)
        return text

    return edit


def line_of(lines: list[str], start: str) -> int:
    return next(n for n, line in enumerate(lines, start=1) if line.startswith(start))


def test_a_new_service_left_as_created_fails_with_every_example(tmp_path):
    _, lines = new_file(tmp_path, "service", "Reisepass", switch_on("office", "fees"))
    (tmp_path / "content/rathaus/aemter").mkdir(parents=True)
    (tmp_path / "content/rathaus/aemter/buergerbuero.md").write_text(
        "---\ntype: office\ntitle: Bürgerbüro\n---\n", encoding="utf-8"
    )
    code, report = check_files(tmp_path, {})
    assert code == 1
    name = "rathaus/leistungen/reisepass.md"
    assert (
        f"{name}:{line_of(lines, 'summary:')}: field 'summary': it still holds the example text "
        "“Hier beantragen Sie einen neuen Personalausweis.” — replace the example text with one "
        "or two sentences about this page" in report
    )
    assert (
        f"{name}:{line_of(lines, 'office:')}: field 'office': it still holds the example value "
        "“buergerbuero” from invoke new — replace the example text; if the value is right, "
        "delete line 2 (“## Neu angelegt mit invoke new …”)" in report
    )
    assert f"{name}:{line_of(lines, 'fees:')}: field 'fees[1]': it still holds" in report
    body = line_of(lines, "Was die Leistung ist")
    assert f"{name}:{body}: the text still holds the example text" in report


def test_the_example_message_in_german(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR_LANGUAGE", "de")
    _, lines = new_file(tmp_path, "news", "Neue Öffnungszeiten")
    code, report = check_files(tmp_path, {})
    assert code == 1
    assert (
        f"rathaus/aktuelles/neue-oeffnungszeiten.md:{line_of(lines, 'summary:')}: Feld 'summary': "
        "hier steht noch der Beispieltext „Hier beantragen Sie einen neuen Personalausweis.“ — "
        "ersetzen Sie den Beispieltext" in report
    )


def test_replaced_examples_pass(tmp_path):
    def fill(text: str) -> str:
        text = switch_on("fees")(text)
        text = text.replace("Hier beantragen Sie einen neuen Personalausweis.", "Für Reisen.")
        text = text.replace("37,00 Euro (ab 24 Jahren)", "70,00 Euro")
        return text.replace("Was die Leistung ist und für wen sie gilt.", "Für alle.")

    new_file(tmp_path, "service", "Reisepass", fill)
    code, report = check_files(tmp_path, {})
    assert code == 0, report


def test_an_example_value_kept_on_purpose_passes_once_the_first_line_is_gone(tmp_path):
    """The example office may be the right one: deleting the marker line confirms it."""

    def fill(text: str) -> str:
        text = switch_on("fees")(text).replace("Hier beantragen Sie", "So beantragen Sie")
        text = text.replace("Was die Leistung ist und für wen sie gilt.", "Für alle.")
        return "\n".join(line for line in text.splitlines() if "invoke new" not in line) + "\n"

    new_file(tmp_path, "service", "Reisepass", fill)
    code, report = check_files(tmp_path, {})
    assert code == 0, report


def test_real_values_that_equal_examples_pass_without_the_marker(tmp_path):
    """The example site's Bürgerbüro has the example phone number: not a placeholder there."""
    office = "---\ntype: office\ntitle: Amt\nphone: 06151 12-3456\n---\nAufgaben des Amts.\n"
    code, report = check_files(tmp_path, {**BASE, "rathaus/amt.md": office})
    assert code == 0, report


# --- The same title or slug twice -------------------------------------------------------------

TWINS = {
    **BASE,
    "rathaus/leistungen/anmelden.md": "---\ntitle: Anmelden\nsummary: Wohnsitz.\n---\nText.\n",
    "rathaus/leistungen/hunde/anmelden.md": (  # its own key: else the file names collide
        "---\ntype: service\ntitle: Hund anmelden\ntranslation_key: hund-anmelden\n"
        "summary: Hund.\n---\nText.\n"
    ),
    "rathaus/leistungen/gewerbe.md": "---\ntitle: '  anmelden '\nsummary: Gewerbe.\n---\nText.\n",
}


def test_the_same_title_or_slug_twice_is_a_warning_naming_both_files(tmp_path):
    code, report = check_files(tmp_path, TWINS)
    assert code == 0, report
    assert (
        "warning: rathaus/leistungen/gewerbe.md:2: the page has the same title “anmelden” as "
        "'rathaus/leistungen/anmelden.md' (same type, same language) — give one of the two "
        "pages a title that tells them apart" in report
    )
    assert (
        "warning: rathaus/leistungen/hunde/anmelden.md:1: the page's address ends in "
        "“anmelden/” like that of 'rathaus/leistungen/anmelden.md'" in report
    )


def test_strict_treats_twins_as_errors(tmp_path):
    code, report = check_files(tmp_path, TWINS, SITE_STRICT_WARNINGS=True)
    assert code == 1
    assert "rathaus/leistungen/gewerbe.md:2: the page has the same title" in report
    assert "2 problems found" in report


def test_the_same_title_in_another_type_or_language_is_fine(tmp_path):
    files = {
        **BASE,
        "rathaus/steuern.md": "---\ntitle: Hundesteuer\n---\nEine Seite, keine Leistung.\n",
        "rathaus/leistungen/hundesteuer.en.md": (
            "---\ntitle: Hundesteuer\nsummary: Dog tax.\n---\nText.\n"
        ),
    }
    code, report = check_files(tmp_path, files, SITE_STRICT_WARNINGS=True)
    assert code == 0, report
