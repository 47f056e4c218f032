"""The build ends with a true summary (pages by type and language, files copied, time,
warnings) instead of Pelican's "Done: Processed 0 articles, … 0 pages"."""

from __future__ import annotations

import re

from plugins.site.build import import_plugins
from tests.helpers import ROOT, build_files

# Registers the core (plugins.site) as a full build would: Pelican itself loads only PLUGINS.
import_plugins(str(ROOT / "pelicanconf.py"))

SITE = {
    "index.md": "---\ntitle: Start\n---\nWillkommen.\n",
    "index.en.md": "---\ntitle: Home\n---\nWelcome.\n",
    "rathaus/index.md": "---\ntitle: Rathaus\n---\nDas Rathaus.\n",
    "rathaus/aemter/amt.md": "---\ntype: office\ntitle: Amt\n---\nAufgaben.\n",
    "rathaus/aemter/amt.en.md": "---\ntype: office\ntitle: Office\n---\nTasks.\n",
    "rathaus/aemter/plan.pdf": b"%PDF-1.4\n",
    # a warning: the same title as rathaus/index.md
    "rathaus/hinweis.md": "---\ntitle: Rathaus\n---\nMehr zum Rathaus.\n",
}
ONLY = {"PLUGINS": ["plugins.offices"]}  # no generated pages of other plugins


def summary_lines(report: str) -> list[str]:
    start = next(i for i, line in enumerate(report.splitlines()) if line.startswith("Done in"))
    return report.splitlines()[start:]


def test_the_summary_counts_pages_by_type_and_language(tmp_path, capsys):
    code, report, output = build_files(tmp_path, SITE, **ONLY)
    assert code == 0, report
    lines = summary_lines(report)
    assert re.fullmatch(r"Done in \d+(\.\d)? s\.", lines[0])
    assert lines[1].split() == ["Pages", "written", "de", "en"]
    assert lines[2].split() == ["Page", "(page)", "3", "1"]
    assert lines[3].split() == ["Office", "/", "facility", "(office)", "1", "1"]
    assert lines[4].split() == ["Overviews", "and", "lists", "1", "0"]  # the 404 page
    assert lines[5].split() == ["total", "5", "2"]
    assert len(list(output.rglob("index.html"))) + len(list(output.glob("404.html"))) == 5 + 2
    assert "Done: Processed" not in capsys.readouterr().out + report


def test_the_summary_counts_copied_files_and_warnings(tmp_path, capsys):
    code, report, output = build_files(tmp_path, SITE, **ONLY)
    assert code == 0, report
    lines = summary_lines(report)
    copied = re.fullmatch(
        r"  Files copied: (\d+) \(1 from content/, (\d+) for the design\)", lines[6]
    )
    assert copied, lines[6]
    static = [p for p in (output / "theme").rglob("*") if p.is_file()]
    static += [p for p in (output / "static").rglob("*") if p.is_file()]
    assert int(copied[2]) == len(static)
    assert int(copied[1]) == len(static) + 1
    assert (output / "rathaus/aemter/plan.pdf").is_file()
    assert lines[7] == "  Warnings: 1 (see above)"
    warned = capsys.readouterr().err  # printed while the build goes on, above the summary
    assert "warning: rathaus/index.md:2: the page has the same title “Rathaus”" in warned


def test_the_summary_in_german(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR_LANGUAGE", "de")
    files = {k: v for k, v in SITE.items() if k != "rathaus/hinweis.md"}
    code, report, _ = build_files(tmp_path, files, **ONLY)
    assert code == 0, report
    lines = report.splitlines()
    assert re.fullmatch(r"Fertig nach \d+(,\d)? s\.", lines[0]), report
    assert lines[1].split() == ["Seiten", "geschrieben", "de", "en"]
    assert lines[3].split()[-2:] == ["1", "1"] and lines[3].startswith("  Amt / Einrichtung")
    assert lines[4].split() == ["Übersichten", "und", "Listen", "1", "0"]
    assert lines[5].split() == ["zusammen", "4", "2"]
    assert lines[6].startswith("  Dateien kopiert: ") and "1 aus content/" in lines[6]
    assert lines[7] == "  Warnungen: keine"


def test_a_failed_build_has_no_summary(tmp_path):
    code, report, _ = build_files(tmp_path, {"index.md": "---\ntitel: Start\n---\n"}, **ONLY)
    assert code == 1
    assert "1 problem found; nothing was published." in report  # titel: says all
    assert "Done in" not in report
