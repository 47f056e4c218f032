"""The town file: the demo's is valid; mistakes become German messages with file:line."""

from __future__ import annotations

import pytest

from plugins.kit.i18n import set_editor_language
from plugins.town.townfile import town_settings
from tests.helpers import ROOT

GOOD = (ROOT / "town.yml").read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def german():
    set_editor_language("de")
    yield
    set_editor_language(None)


def settings_of(tmp_path, text: str) -> dict:
    (tmp_path / "town").mkdir(exist_ok=True)
    (tmp_path / "town" / "wappen.svg").write_text("<svg/>", encoding="utf-8")
    path = tmp_path / "town.yml"
    path.write_text(text, encoding="utf-8")
    return town_settings(path)


def messages(settings: dict) -> list[str]:
    return [
        f"{p.path.rsplit('/', 1)[-1]}:{p.line}: {p.what} — {p.fix}"
        for p in settings["TOWN_PROBLEMS"]
    ]


def line_of(text: str, start: str) -> int:
    return next(n for n, line in enumerate(text.splitlines(), 1) if line.startswith(start))


def test_the_demo_town_file_is_valid_and_gives_the_settings():
    settings = town_settings(ROOT / "town.yml")
    assert settings["TOWN_PROBLEMS"] == []
    assert settings["SITENAME"] == "Musterstadt"
    assert settings["AUTHOR"] == "Stadt Musterstadt"
    assert settings["SITE_NAME_EN"] == "Town of Musterstadt"
    assert settings["LAND"] == "HE"
    assert settings["TOP_TASKS"][0] == "personalausweis"
    assert settings["CLOSING_DAYS"] == [
        {"date": "2027-02-08", "name": "Rosenmontag", "from": "12:00"}
    ]
    assert settings["TOWN"]["address"]["postal_code"] == "64283"  # a text, never a number


def test_a_missing_required_field_is_named(tmp_path):
    text = GOOD.replace("land: HE", "# land: HE")
    found = messages(settings_of(tmp_path, text))
    assert any("das Pflichtfeld 'land' fehlt in der Stadtdatei" in m for m in found), found


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        (
            "kind: Stadt",
            "kind: Dorf",
            "'kind': 'Dorf' ist keine Art von Gemeinde — erlaubt sind Stadt",
        ),
        ("land: HE", "land: XY", "Unbekanntes Land 'XY'"),
        (
            "email: stadtverwaltung@musterstadt.example",
            "email: rathaus",
            "'email': 'rathaus' ist ungültig",
        ),
        (
            '  postal_code: "64283"',
            '  postal_code: "6428"',
            "'6428' ist keine fünfstellige Postleitzahl",
        ),
        (
            "name: Musterstadt",
            "name: Musterstadt\nnmae: Tippfehler",
            "unbekanntes Feld 'nmae' in der Stadtdatei",
        ),
        (
            "logo: town/wappen.svg",
            "logo: town/fehlt.svg",
            "'logo': die Datei 'town/fehlt.svg' gibt es nicht",
        ),
        ('    from: "12:00"', '    from: "mittags"', "'closing_days': 'mittags' ist keine Uhrzeit"),
    ],
)
def test_wrong_values_are_reported_at_their_line(tmp_path, old, new, expected):
    text = GOOD.replace(old, new)
    assert text != GOOD
    found = messages(settings_of(tmp_path, text))
    line = line_of(text, new.splitlines()[-1])
    assert any(m.startswith(f"town.yml:{line}: ") and expected in m for m in found), found


def test_an_unquoted_colour_is_a_yaml_comment_and_the_message_says_so(tmp_path):
    text = GOOD.replace('primary: "#0b4f8a"', "primary: #0b4f8a")
    found = messages(settings_of(tmp_path, text))
    assert any("'colours': das Feld 'primary' fehlt" in m for m in found), found


def test_a_failing_colour_names_its_ratio_and_a_passing_suggestion(tmp_path):
    text = GOOD.replace('accent: "#5b2c83"', 'accent: "#8cc4ff"')
    found = messages(settings_of(tmp_path, text))
    line = line_of(text, '  accent: "#8cc4ff"')
    assert found == [
        f"town.yml:{line}: Akzentfarbe #8cc4ff hat auf der Hinweisfläche (#e8f1fb) nur ein "
        "Kontrastverhältnis von 1,60:1; WCAG 2.2 AA verlangt für Text mindestens 4,5:1 — die "
        "nächste Farbe, die besteht, ist #3b70a6 (4,53:1 auf dem schwierigsten Hintergrund)"
    ]


def test_broken_yaml_is_one_message_with_its_line(tmp_path):
    found = messages(settings_of(tmp_path, "name: X\nkind: [Stadt\n"))
    assert len(found) == 1 and "kein gültiges YAML" in found[0], found


def test_a_town_file_that_is_missing_still_gives_settings(tmp_path):
    settings = town_settings(tmp_path / "fehlt.yml")
    assert settings["SITENAME"] and "die Stadtdatei fehlt" in settings["TOWN_PROBLEMS"][0].what


def test_a_bad_town_file_stops_the_build_with_its_messages(tmp_path, monkeypatch):
    from tests.helpers import check_files

    town = tmp_path / "t"
    town.mkdir()
    bad = GOOD.replace("kind: Stadt", "kind: Dorf")
    (town / "town").mkdir()
    (town / "town" / "wappen.svg").write_text("<svg/>", encoding="utf-8")
    (town / "town.yml").write_text(bad, encoding="utf-8")
    monkeypatch.setenv("SITE_TOWN_FILE", str(town / "town.yml"))
    code, report = check_files(tmp_path, {"index.md": "---\ntitle: Start\n---\nText.\n"})
    assert code == 1
    assert f"town.yml:{line_of(bad, 'kind:')}: 'kind': 'Dorf' ist keine Art von Gemeinde" in report


def test_every_message_of_the_town_file_has_its_english_entry():
    import ast

    import yaml

    from plugins.town import colours

    folder = ROOT / "plugins" / "town"
    english = yaml.safe_load((folder / "translations" / "en.yaml").read_text(encoding="utf-8"))
    texts = {*colours.ROLE_NAMES.values(), *colours.LIGHT_BACKGROUNDS}
    for name in ("townfile.py", "colours.py", "__init__.py", "init.py"):
        for node in ast.walk(ast.parse((folder / name).read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", None) == "message"
                and isinstance(node.args[0], ast.Constant)
            ):
                texts.add(node.args[0].value)
    assert len(texts) > 30
    assert sorted(texts - set(english)) == []
