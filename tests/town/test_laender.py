"""The Land table: all 16 Länder with sources, the typed loader, its errors and its gap report."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from urllib.parse import urlsplit

import holidays
import pytest
import yaml

from plugins.frontmatter import ContentError, Problems
from plugins.kit.i18n import set_editor_language
from plugins.town import laender
from plugins.town.laender import (
    BODY_KINDS,
    CONFIDENCE_LABELS,
    CONFIDENCES,
    TABLE,
    UnknownLand,
    all_lands,
    doubtful_groups,
    land,
    load_table,
    unknown_fields,
    warn_about_gaps,
)

CODES = (
    "BB", "BE", "BW", "BY", "HB", "HE", "HH", "MV", "NI", "NW", "RP", "SH", "SL", "SN", "ST", "TH",
)  # fmt: skip
RAW = yaml.safe_load(TABLE.read_text(encoding="utf-8"))  # read apart from the loader, to check it
TEXT = TABLE.read_text(encoding="utf-8")
EN = yaml.safe_load((TABLE.parent / "translations" / "en.yaml").read_text(encoding="utf-8"))
BODY_GROUPS = ("enforcement_body", "monitoring_body", "data_protection_authority")
LAW_GROUPS = ("accessibility_law", "accessibility_regulation", "data_protection_act")


@pytest.fixture(autouse=True)
def german_messages(monkeypatch):
    """These tests read the German messages editors see (the suite's default is English)."""
    monkeypatch.setenv("EDITOR_LANGUAGE", "de")


@pytest.fixture
def editor_language():
    """Set the editors' language for one test and put the default back afterwards."""
    yield set_editor_language
    set_editor_language(None)


def groups(row: dict):
    """(name, dict) of every group of a raw row that has fields of its own."""
    for name in (*LAW_GROUPS, *BODY_GROUPS):
        value = row[name]
        if isinstance(value, dict) and not value.get("same_as_enforcement"):
            yield name, value


def line_of(text: str, needle: str, after: str = "") -> int:
    """The 1-based line of the first `needle` after `after`."""
    return text[: text.index(needle, text.index(after))].count("\n") + 1


def write_variant(tmp_path: Path, old: str, new: str, after: str = "\nRP:\n") -> tuple[Path, int]:
    """The real table with the first `old` after `after` replaced by `new`: its path and the
    line of the change."""
    at = TEXT.index(old, TEXT.index(after))
    path = tmp_path / "laender.yml"
    path.write_text(TEXT[:at] + new + TEXT[at + len(old) :], encoding="utf-8")
    return path, TEXT[:at].count("\n") + 1


# --- the table ------------------------------------------------------------------------------


def test_the_table_has_a_row_for_each_of_the_16_laender():
    assert sorted(key for key in RAW if key != "checked") == list(CODES)
    assert [row.code for row in all_lands()] == list(CODES)


@pytest.mark.parametrize("code", CODES)
def test_each_code_is_a_german_subdivision_of_the_holidays_package(code):
    assert code in holidays.Germany.subdivisions
    # the name in the table is the one the holidays package knows for that code
    assert holidays.Germany.subdivisions_aliases[land(code).name] == code
    assert holidays.country_holidays("DE", subdiv=code, years=2027)


@pytest.mark.parametrize("code", CODES)
def test_each_row_rests_on_sources_that_are_web_addresses(code):
    sources = RAW[code]["sources"]
    assert any(url.startswith("https://") for url in sources)
    assert len(sources) == len(set(sources)), "a source is listed twice"
    for url in sources:
        parts = urlsplit(url)
        assert parts.scheme in ("http", "https") and "." in parts.netloc, url
        assert not re.search(r"\s", url), url


@pytest.mark.parametrize("code", CODES)
def test_links_for_the_pages_are_https_and_emails_and_postal_codes_are_well_formed(code):
    for name, group in groups(RAW[code]):
        if group.get("url") is not None:
            assert urlsplit(group["url"]).scheme == "https", f"{code}.{name}.url"
        if group.get("email") is not None:
            assert re.fullmatch(r"[^@\s]+@[^@\s]+\.[a-z]{2,}", group["email"], re.I)
        if group.get("postal_code") is not None:
            assert isinstance(group["postal_code"], str), f"{code}.{name}: quote the postal code"
            assert re.fullmatch(r"\d{5}", group["postal_code"]), f"{code}.{name}.postal_code"


@pytest.mark.parametrize("code", CODES)
def test_names_are_never_empty_and_unknown_is_null(code):
    row = RAW[code]
    assert row["name"].strip()
    assert row["accessibility_law"]["name"].strip()  # every Land's law is known by name
    assert row["data_protection_act"]["name"].strip()
    assert row["data_protection_authority"]["name"].strip()
    assert row["enforcement_body"]["kind"] in BODY_KINDS

    def strings(value):
        if isinstance(value, dict):
            for item in value.values():
                yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)
        elif isinstance(value, str):
            yield value

    assert all(text.strip() for text in strings(row)), "write null for unknown, not ''"


@pytest.mark.parametrize("code", CODES)
def test_every_group_says_how_well_it_is_supported_and_why_when_in_doubt(code):
    row = RAW[code]
    for name, group in groups(row):
        assert group["confidence"] in CONFIDENCES, f"{code}.{name}"
        if group["confidence"] != "confirmed":
            assert group.get("note"), f"{code}.{name} is {group['confidence']} without a note"
    assert row["start_page_confidence"] in CONFIDENCES
    if row["start_page_confidence"] != "confirmed":
        assert row.get("start_page_note")
    # a duty nobody could confirm is unknown, not a guessed yes or no
    if row["start_page_confidence"] in ("unconfirmed", "conflict"):
        assert row["easy_language_required"] is None and row["sign_language_required"] is None


def test_the_table_is_dated_and_tells_towns_to_check_the_live_source():
    assert str(RAW["checked"]) == "2026-12-03"
    assert {row.checked for row in all_lands()} == {RAW["checked"]}
    header = TEXT[: TEXT.index("checked:")]
    assert "Live-Quelle" in header


def test_facts_the_notes_confirm_for_the_example_laender():
    rp, ni, by = land("RP"), land("NI"), land("BY")
    assert rp.enforcement_body.kind == "Durchsetzungsstelle"
    assert rp.enforcement_body.address_lines == ("Bauhofstraße 9", "55116 Mainz")
    assert rp.enforcement_body.email == "durchsetzungsstelle@mastd.rlp.de"
    assert rp.data_protection_authority.address_lines == ("Postfach 30 40", "55020 Mainz")
    assert rp.accessibility_regulation.title == (
        "Barrierefreie-Informationstechnik-Verordnung Rheinland-Pfalz (BITV RP)"
    )
    assert ni.enforcement_body.kind == "Schlichtungsstelle"
    assert ni.data_protection_act.short == "NDSG"
    assert (by.easy_language_required, by.sign_language_required) == (False, False)
    assert by.monitoring_same_as_enforcement and by.monitoring_body is by.enforcement_body


# --- the loader -----------------------------------------------------------------------------


@pytest.mark.parametrize("written", ["rp", "RP", "DE-RP", "de-rp", " DE-RP "])
def test_the_code_may_be_written_in_any_usual_form(written):
    assert land(written).code == "RP"
    assert land(written) is land("RP")  # read once, cached
    assert land(written).iso_code == "DE-RP"


def test_the_table_is_read_once(monkeypatch):
    load_table(TABLE)
    monkeypatch.setattr(Path, "read_text", lambda *a, **k: pytest.fail("read again"))
    assert land("HE").name == "Hessen"


@pytest.mark.parametrize("code", ["XY", "DE-XX", "", "Rheinland-Pfalz", "DE"])
def test_an_unknown_code_is_a_german_error_that_names_it_and_the_known_ones(code, editor_language):
    editor_language("de")
    with pytest.raises(UnknownLand) as raised:
        land(code)
    text = str(raised.value)
    assert text.startswith(f"Unbekanntes Land '{code}' — schreiben Sie eines der Kürzel")
    assert ", ".join(CODES) in text
    assert raised.value.what and raised.value.fix  # the halves Problems.add takes


def test_the_unknown_land_error_speaks_english_when_the_editor_language_is_english(
    monkeypatch, editor_language
):
    editor_language(None)
    monkeypatch.setenv("EDITOR_LANGUAGE", "en")
    with pytest.raises(UnknownLand, match=r"^Unknown Land 'XY' — write one of the codes BB, BE"):
        land("XY")
    monkeypatch.setenv("EDITOR_LANGUAGE", "de")
    with pytest.raises(UnknownLand, match=r"^Unbekanntes Land 'XY'"):
        land("XY")
    editor_language("en")  # the build's setting wins over the environment
    with pytest.raises(UnknownLand, match=r"^Unknown Land"):
        land("XY")


def test_a_land_missing_from_the_table_is_an_error_not_a_blank(tmp_path, editor_language):
    only_rp = {"checked": RAW["checked"], "RP": RAW["RP"]}
    path = tmp_path / "laender.yml"
    path.write_text(yaml.safe_dump(only_rp, allow_unicode=True), encoding="utf-8")
    assert land("rp", path=path).name == "Rheinland-Pfalz"
    editor_language("de")
    with pytest.raises(UnknownLand) as raised:
        land("DE-NI", path=path)
    assert str(raised.value) == (
        f"Das Land NI fehlt in der Ländertabelle {path} — ergänzen Sie dort seine Zeile mit"
        " Quellen; die Tabelle kennt RP"
    )
    editor_language("en")
    with pytest.raises(UnknownLand, match=r"^The Land NI is missing from the Land table"):
        land("NI", path=path)


def test_unknown_fields_lists_exactly_the_needed_facts_that_are_null():
    needed_law = ("name", "short", "url")
    needed_body = ("name", "street", "postal_code", "city", "email", "url")
    for row in all_lands():
        raw = RAW[row.code]
        expected = []
        for name in LAW_GROUPS:
            if raw[name] is not None:
                expected += [f"{name}.{f}" for f in needed_law if raw[name][f] is None]
        if raw["accessibility_law"]["binds_municipalities"] is None:
            expected.append("accessibility_law.binds_municipalities")
        for name, group in groups(raw):
            if name in BODY_GROUPS:
                for field in needed_body:
                    value = group[field]
                    if field == "street":
                        value = value or group.get("po_box")
                    if value is None:
                        expected.append(f"{name}.{field}")
        expected += [
            f for f in ("easy_language_required", "sign_language_required") if raw[f] is None
        ]
        assert sorted(unknown_fields(row)) == sorted(expected), row.code


def test_unknown_fields_of_examples():
    assert "monitoring_body.name" in unknown_fields(land("SL"))  # ✗ in the notes
    assert "easy_language_required" in unknown_fields(land("TH"))
    assert not any(f.startswith("enforcement_body") for f in unknown_fields(land("RP")))
    # a Postfach is an address; Berlin has no regulation, which is not a gap
    assert "data_protection_authority.street" not in unknown_fields(land("RP"))
    assert not any(f.startswith("accessibility_regulation") for f in unknown_fields(land("BE")))


def test_doubtful_groups_follow_the_confidence_in_the_table():
    for row in all_lands():
        raw = RAW[row.code]
        expected = {n: g["confidence"] for n, g in groups(raw) if g["confidence"] != "confirmed"}
        if raw["start_page_confidence"] != "confirmed":
            expected["start_page"] = raw["start_page_confidence"]
        assert doubtful_groups(row) == expected, row.code
    assert doubtful_groups(land("HH"))["monitoring_body"] == "conflict"


def test_gaps_become_build_warnings_at_the_town_files_land_line(editor_language):
    editor_language("de")
    problems = Problems()
    warn_about_gaps(land("SL"), problems, "town.yml", 4)
    assert not problems.errors
    texts = [str(p) for p in problems.warnings]
    assert texts[0].startswith("town.yml:4: Land SL: die Ländertabelle kennt ")
    assert "monitoring_body.name" in texts[0] and "bitte ergänzen" in texts[0]
    assert "town.yml:4: Land SL: „monitoring_body“ ist von keiner Quelle belegt — prüfen" in (
        "\n".join(texts)
    )
    assert len(texts) == 1 + len(doubtful_groups(land("SL")))


# --- a broken table is reported as file:line, all at once ------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ('postal_code: "55116"', "postal_code: 55116", "keine fünfstellige Postleitzahl"),
        (
            "phone: null\n    confidence: partial",
            "phone: ''\n    confidence: partial",
            "nie einen leeren Text",
        ),
        ("url: https://inklusion.rlp.de", "url: http://inklusion.rlp.de", "keine https-Adresse"),
        ("email: durchsetzungsstelle@mastd.rlp.de", "email: durchsetzungsstelle", "keine E-Mail"),
        ("kind: Durchsetzungsstelle", "kind: Amt", "keine bekannte Art von Stelle"),
        (
            "confidence: confirmed\n  data_protection_act",
            "confidence: sicher\n  data_protection_act",
            "keine Belegstärke",
        ),
        ("easy_language_required: true", "easy_language_required: ja", "true, false oder null"),
        ("  start_page_note: >-", "  start_page_nte: >-", "unbekanntes Feld 'start_page_nte'"),
        ("    note: Die Stelle nennt", "    nots: Die Stelle nennt", "sagt aber nicht warum"),
        (
            "    - https://lexaris.io/book/version/documentflat/head/1328314\n",
            "    - lexaris.io\n",
            "keine Webadresse",
        ),
    ],
)
def test_a_wrong_value_is_reported_with_file_line_and_fix(
    tmp_path, editor_language, old, new, expected
):
    editor_language("de")
    path, changed_line = write_variant(tmp_path, old, new)
    with pytest.raises(ContentError) as raised:
        load_table(path)
    problems = [p for p in raised.value.problems if expected in str(p)]
    assert problems, [str(p) for p in raised.value.problems]
    assert problems[0].path == str(path)
    assert problems[0].line in range(changed_line - 1, changed_line + 2)  # the key, or its group


def test_a_missing_field_asks_for_null_instead(tmp_path, editor_language):
    editor_language("de")
    path, _ = write_variant(
        tmp_path, "    phone: null\n    confidence: partial\n", "    confidence: partial\n"
    )
    with pytest.raises(ContentError) as raised:
        load_table(path)
    group_line = line_of(path.read_text(encoding="utf-8"), "  monitoring_body:", after="\nRP:\n")
    assert [str(p) for p in raised.value.problems] == [
        f"{path}:{group_line}: 'RP.monitoring_body': das Feld 'phone' fehlt — schreiben Sie"
        " 'phone: null', wenn der Wert unbekannt ist"
    ]


def test_every_problem_in_the_table_is_reported_at_once(tmp_path):
    text = TEXT.replace('postal_code: "55116"', "postal_code: 55116").replace(
        "\nSL:\n", "\nXX:\n  name: Nirgendwo\nSL:\n"
    )
    path = tmp_path / "laender.yml"
    first_st_source = "  sources:\n    - https://lexaris.de/book/version/documentflat/head/1313961"
    text = text.replace(first_st_source, first_st_source.replace("sources", "sourcez"))
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_table(path)
    whats = " | ".join(p.what for p in raised.value.problems)
    assert "Postleitzahl" in whats and "'XX' ist kein Land" in whats and "'sources' fehlt" in whats


def test_invalid_yaml_names_the_line(tmp_path):
    path = tmp_path / "laender.yml"
    path.write_text("checked: 2026-12-03\nRP:\n  name: [Rheinland-Pfalz\n", encoding="utf-8")
    with pytest.raises(ContentError) as raised:
        load_table(path)
    assert raised.value.problems[0].line in (3, 4)
    assert "YAML" in raised.value.problems[0].what


# --- messages -------------------------------------------------------------------------------


def message_texts() -> set[str]:
    """Every German text the module passes to message(), and the confidence labels."""
    tree = ast.parse(Path(laender.__file__).read_text(encoding="utf-8"))
    found = {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and getattr(node.func, "id", None) == "message"
        and node.args
        and isinstance(node.args[0], ast.Constant)
    }
    return found | set(CONFIDENCE_LABELS.values())


def test_every_message_has_an_english_entry_with_the_same_placeholders():
    texts = message_texts()
    assert len(texts) > 30  # the walk found the module's messages
    missing = texts - set(EN)
    assert not missing, f"add to plugins/town/translations/en.yaml: {sorted(missing)}"
    for text in texts:
        assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", EN[text])), text
