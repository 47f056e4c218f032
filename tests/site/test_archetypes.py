"""`invoke new` files: valid as created, and still valid with every optional field switched on."""

from __future__ import annotations

import datetime as dt

import pytest

from plugins.frontmatter import Problems
from plugins.frontmatter.schema import TYPES
from plugins.frontmatter.validate import check
from plugins.frontmatter.yamlblock import parse
from plugins.site.archetypes import create, render
from plugins.site.build import import_plugins
from tests.conftest import ROOT

import_plugins(str(ROOT / "pelicanconf.py"))
TODAY = dt.date(2026, 11, 25)


def problems_of(text: str, type_name: str) -> list[str]:
    problems = Problems()
    check(parse(text), TYPES[type_name], "new.md", problems)
    return [str(p) for p in problems.items]


def uncomment(text: str) -> str:
    """Switch on every optional field as an editor would: delete the '# ' of its lines."""
    lines = [line for line in text.splitlines() if not line.startswith("## ")]
    return "\n".join(line.removeprefix("# ") for line in lines) + "\n"


@pytest.mark.parametrize("type_name", sorted(TYPES))
def test_a_new_file_is_valid(type_name):
    text = render(TYPES[type_name], "Sommerfest: Musik und Markt", TODAY, True)
    assert problems_of(text, type_name) == []


@pytest.mark.parametrize("type_name", sorted(TYPES))
def test_a_new_file_with_every_field_switched_on_is_valid(type_name):
    text = uncomment(render(TYPES[type_name], "Titel", TODAY, True))
    assert "# " not in text.split("---")[1]
    assert problems_of(text, type_name) == []


def test_create_puts_the_file_in_the_types_folder(tmp_path):
    path = create(tmp_path, "service", "Reisepass beantragen", today=TODAY)
    assert path == tmp_path / "rathaus" / "leistungen" / "reisepass-beantragen.md"
    with pytest.raises(ValueError, match="exists already"):
        create(tmp_path, "service", "Reisepass beantragen", today=TODAY)


def test_unknown_type_names_the_known_ones(tmp_path):
    with pytest.raises(ValueError, match="unknown type 'servis' — did you mean 'service'"):
        create(tmp_path, "servis", "X")


def test_unknown_type_reads_in_german(tmp_path, monkeypatch):
    monkeypatch.setenv("EDITOR_LANGUAGE", "de")
    with pytest.raises(ValueError) as raised:
        create(tmp_path, "servis", "X")
    assert str(raised.value).startswith(
        "Unbekannter Typ 'servis' — meinten Sie 'service'? nehmen Sie einen von: "
    )
