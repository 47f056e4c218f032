"""Real editor mistakes, checked by the real `invoke check`: each message reads in German by
default and in English with EDITOR_LANGUAGE = "en", word for word, with file:line and the fix."""

from __future__ import annotations

import pytest

from plugins.frontmatter.yamlblock import FrontMatterError, parse
from plugins.kit.i18n import editor_language, message
from tests.conftest import ROOT
from tests.helpers import check_files

OFFICES = {
    "aemter/buergerbuero.md": "---\ntype: office\ntitle: Bürgerbüro\n---\n",
    "aemter/standesamt.md": "---\ntype: office\ntitle: Standesamt\n---\n",
}


def service(office: str) -> str:
    return f"---\ntype: service\ntitle: Hundesteuer\nsummary: S\noffice: {office}\n---\n"


MISTAKES = {
    "impossible date": (
        {"n.md": "---\ntype: news\ntitle: N\nsummary: S\ndate: 31.02.2027\n---\n"},
        "n.md:5: Feld 'date': Den Tag '31.02.2027' gibt es nicht: der Februar 2027 hat nur "
        "28 Tage — prüfen Sie Tag und Monat",
        "n.md:5: field 'date': there is no day '31.02.2027': February 2027 has only 28 days — "
        "check the day and the month",
    ),
    "no month 13": (
        {"n.md": "---\ntype: news\ntitle: N\nsummary: S\ndate: 2027-13-01\n---\n"},
        "n.md:5: Feld 'date': Den Monat 13 gibt es nicht ('2027-13-01'): ein Jahr hat 12 Monate "
        "— prüfen Sie Tag und Monat",
        "n.md:5: field 'date': there is no month 13 ('2027-13-01'): a year has 12 months — "
        "check the day and the month",
    ),
    "indented too far": (
        {
            "amt.md": "---\ntype: office\ntitle: Bürgerbüro\nsummary: Pässe\n"
            "opening_hours: Mo-Fr 08:00-12:00\nphone: 06151 12-3456\n"
            "  email: buergerbuero@musterstadt.example\n---\n"
        },
        "amt.md:7: Die Einrückung stimmt nicht: diese Zeile ist weiter eingerückt als die Felder "
        "darüber — rücken Sie die Zeile genau so weit ein wie die Felder, zu denen sie gehört "
        "(mit Leerzeichen, nicht mit Tabulatoren)",
        "amt.md:7: the indentation is wrong: this line is indented further than the fields above "
        "it — indent the line exactly as far as the fields it belongs to (with spaces, not tabs)",
    ),
    "unknown office key": (
        {**OFFICES, "s.md": service("buergerbureo")},
        "s.md:5: Feld 'office': es gibt keine Seite vom Typ 'office' mit dem Schlüssel "
        "'buergerbureo' — meinten Sie 'buergerbuero'? möglich sind: buergerbuero, standesamt",
        "s.md:5: field 'office': there is no page of type 'office' with the key 'buergerbureo' "
        "— did you mean 'buergerbuero'? possible keys: buergerbuero, standesamt",
    ),
    "display name instead of a key": (
        {**OFFICES, "s.md": service("Bürgerbüro")},
        "s.md:5: Feld 'office': erwartet wird der Schlüssel einer Seite vom Typ 'office', hier "
        "steht 'Bürgerbüro' — schreiben Sie den Dateinamen ohne '.md', z. B. buergerbuero",
        "s.md:5: field 'office': expected the key of a page of type 'office', but found "
        "'Bürgerbüro' — write the file name without '.md', e.g. buergerbuero",
    ),
    "misspelt field": (
        {"x.md": "---\ntitle: Partnerstädte\nsumary: Drei Städte.\n---\n"},
        "x.md:3: Unbekanntes Feld 'sumary' — meinten Sie 'summary'?",
        "x.md:3: unknown field 'sumary' — did you mean 'summary'?",
    ),
    "missing title": (
        {"x.md": "---\nsummary: Text\n---\n"},
        "x.md:1: Das Feld 'title' fehlt — ergänzen Sie 'title: Personalausweis beantragen'",
        "x.md:1: the field 'title' is required — add 'title: Personalausweis beantragen'",
    ),
    "colon in a value": (
        {"x.md": "---\ntitle: Rathaus: Öffnungszeiten\n---\n"},
        "x.md:2: Die Felder am Anfang der Datei lassen sich nicht lesen (YAML meldet: mapping "
        "values are not allowed in this context) — ein Wert enthält ': ' — setzen Sie den ganzen "
        'Wert in doppelte Anführungszeichen, z. B. title: "Rathaus: Öffnungszeiten"',
        "x.md:2: the front matter is not valid YAML (mapping values are not allowed in this "
        "context) — a value contains ': ' — put the whole value in double quotes, e.g. "
        'title: "Rathaus: Öffnungszeiten"',
    ),
    "link to a missing page": (
        {"p.md": "---\ntitle: P\n---\n\nSiehe [Bürgerbüro](aemter/buergerbuero.md).\n"},
        "p.md:5: Der Link 'aemter/buergerbuero.md' führt zu einer Seite, die es nicht gibt — "
        "prüfen Sie den Dateinamen; Links gehen von dieser Datei aus",
        "p.md:5: the link 'aemter/buergerbuero.md' points to a page that does not exist — "
        "check the file name; links are relative to this file",
    ),
    "weekday the rule does not include": (
        {
            "e.md": "---\ntype: event\ntitle: Markt\nsummary: Wochenmarkt.\n"
            "start: 2027-05-03\nrecurrence: FREQ=WEEKLY;BYDAY=SA\n---\n"
        },
        "e.md:6: Feld 'recurrence': Der Beginn 2027-05-03 ist ein Montag, den die Regel nicht "
        "enthält — legen Sie den Beginn auf den ersten Termin der Reihe",
        "e.md:6: field 'recurrence': the start 2027-05-03 is a Monday, which the rule does not "
        "include — move the start to the first date of the series",
    ),
}


@pytest.mark.parametrize("case", sorted(MISTAKES))
def test_a_mistake_reads_in_german_and_in_english(tmp_path, case):
    files, german, english = MISTAKES[case]
    code, report = check_files(tmp_path / "de", files, EDITOR_LANGUAGE="de")
    assert code == 1
    assert german in report.splitlines(), report
    assert "1 Problem gefunden; nichts wurde veröffentlicht." in report
    code, report = check_files(tmp_path / "en", files, EDITOR_LANGUAGE="en")
    assert code == 1
    assert english in report.splitlines(), report
    assert "1 problem found; nothing was published." in report


def test_german_is_the_default_without_a_setting(tmp_path, monkeypatch):
    monkeypatch.delenv("EDITOR_LANGUAGE")
    files, german, _ = MISTAKES["misspelt field"]
    _, report = check_files(tmp_path, files)
    assert german in report.splitlines(), report


def test_the_environment_chooses_english(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR_LANGUAGE", "en")
    files, _, english = MISTAKES["misspelt field"]
    _, report = check_files(tmp_path, files)
    assert english in report.splitlines(), report


def test_an_indentation_error_does_not_suggest_quotes(tmp_path):
    files = MISTAKES["indented too far"][0]
    _, report = check_files(tmp_path, files, EDITOR_LANGUAGE="de")
    assert "Anführungszeichen" not in report, report


def test_many_keys_give_the_nearest_ones_and_how_many_there_are(tmp_path):
    offices = {f"aemter/amt-{n:02}.md": "---\ntype: office\ntitle: A\n---\n" for n in range(20)}
    files = {**offices, "s.md": service("amt-7")}
    _, report = check_files(tmp_path, files, EDITOR_LANGUAGE="de")
    (line,) = [line for line in report.splitlines() if line.startswith("s.md:5:")]
    assert "die ähnlichsten 12 von 20 Schlüsseln: " in line, line
    assert "…" not in line
    assert len(line.split(": ")[-1].split(", ")) == 12


def test_a_lint_warning_reads_in_german(tmp_path):
    files = {"p.md": "---\ntitle: P\n---\n\nMehr Informationen [hier](https://example.org/).\n"}
    code, report = check_files(tmp_path, files, EDITOR_LANGUAGE="de")
    assert code == 0, report
    assert (
        "Warnung: p.md:5: Der Linktext 'hier' sagt nicht, wohin der Link führt — nennen Sie das "
        "Ziel, z. B. [Antrag auf Wohngeld](…) statt [hier](…); wer einen Screenreader nutzt, "
        "hört Linktexte ohne Zusammenhang"
    ) in report.splitlines(), report


def test_no_message_says_a_office(tmp_path):
    files = {**OFFICES, "s.md": service("Bürgerbüro"), "t.md": service("nirgends")}
    for lang in ("de", "en"):
        _, report = check_files(tmp_path / lang, files, EDITOR_LANGUAGE=lang)
        assert " a office" not in report and "einer office" not in report, report


def test_a_placeholder_may_be_called_text():
    assert message("Der Linktext ist eine bloße Webadresse '{text}'", text="x").endswith("'x'")


def test_the_guide_quotes_the_message_as_the_check_writes_it(tmp_path):
    page = (
        "---\ntype: service\ntitle: Reisepass\nsummary: S\n"
        + "\n" * 7
        + "leika: 9910201310400\n---\n"
    )
    _, report = check_files(
        tmp_path, {"rathaus/leistungen/reisepass.md": page}, EDITOR_LANGUAGE="de"
    )
    (line,) = [line for line in report.splitlines() if line.startswith("rathaus/")]
    assert line.startswith("rathaus/leistungen/reisepass.md:12: "), line
    assert line in (ROOT / "docs" / "anleitung.md").read_text(encoding="utf-8")


def test_a_misspelt_required_field_is_one_problem_not_two(tmp_path):
    files = {**OFFICES, "s.md": service("buergerbuero").replace("summary:", "sumary:")}
    code, report = check_files(tmp_path, files, EDITOR_LANGUAGE="de")
    assert code == 1
    assert "s.md:4: Unbekanntes Feld 'sumary' (beim Typ 'service') — meinten Sie 'summary'?" in (
        report.splitlines()
    ), report
    assert "fehlt" not in report
    assert "1 Problem gefunden" in report


def test_a_reference_to_a_broken_file_points_to_that_file(tmp_path):
    broken = "---\ntype: office\ntitle: Sozialamt\nphone: 06151 12-4100\n  email: s@x.de\n---\n"
    files = {**OFFICES, "aemter/sozialamt.md": broken, "s.md": service("sozialamt")}
    _, report = check_files(tmp_path, files, EDITOR_LANGUAGE="de")
    assert (
        "s.md:5: Feld 'office': es gibt keine Seite vom Typ 'office' mit dem Schlüssel "
        "'sozialamt' — die Datei aemter/sozialamt.md hat selbst einen Fehler (siehe dort); "
        "beheben Sie zuerst diesen"
    ) in report.splitlines(), report
    assert "aemter/sozialamt.md:5: Die Einrückung stimmt nicht" in report


YAML_MISTAKES = {
    "a tab": (
        "---\ntitle: Amt\n\tsummary: x\n---\n",
        3,
        "Die Einrückung stimmt nicht: die Zeile ist mit einem Tabulator eingerückt",
    ),
    "a field indented less than its group": (
        "---\ntitle: Amt\naddress:\n  street: Markt 1\n city: M\n---\n",
        5,
        "Die Einrückung stimmt nicht: diese Zeile ist weniger weit eingerückt als die Felder "
        "darüber",
    ),
    "an unclosed quote": (
        '---\ntitle: Amt\nsummary: "Das Amt\nkeywords: [a]\n---\n',
        3,
        "Die Felder am Anfang der Datei lassen sich nicht lesen (YAML meldet: found unexpected "
        "end of stream)",
    ),
}


@pytest.mark.parametrize("case", sorted(YAML_MISTAKES))
def test_a_yaml_mistake_names_its_line_and_cause(case, monkeypatch):
    monkeypatch.setenv("EDITOR_LANGUAGE", "de")
    text, line, what = YAML_MISTAKES[case]
    with pytest.raises(FrontMatterError) as raised:
        parse(text)
    assert (raised.value.line, raised.value.what) == (line, what)


def test_a_builds_language_setting_ends_with_the_build(tmp_path):
    check_files(tmp_path, {"x.md": "---\ntitle: X\n---\n"}, EDITOR_LANGUAGE="de")
    assert editor_language() == "en"  # the suite's environment again
