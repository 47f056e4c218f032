"""docs/referenz.md is generated from the schemas the validator uses, and stays in step."""

from __future__ import annotations

import pytest

from plugins.frontmatter import Problems
from plugins.frontmatter.schema import TYPES
from plugins.frontmatter.validate import check
from plugins.frontmatter.yamlblock import parse
from plugins.reference import render_reference
from plugins.reference.reference import example_file, field_rows
from plugins.site.build import import_plugins
from tests.conftest import ROOT

REFERENCE = ROOT / "docs" / "referenz.md"
GUIDE = ROOT / "docs" / "anleitung.md"


@pytest.fixture(scope="module", autouse=True)
def all_types():
    import_plugins(str(ROOT / "pelicanconf.py"))


def test_committed_reference_is_generated_from_the_schemas():
    assert REFERENCE.read_text(encoding="utf-8") == render_reference(), (
        "docs/referenz.md differs from the schemas: run `invoke docs` and commit the file"
    )


@pytest.mark.parametrize("name", ["page", "service", "office", "news", "notice", "event", "poi"])
def test_every_example_file_passes_the_validator(name):
    schema = TYPES[name]
    doc = parse(example_file(schema))
    problems = Problems()
    values = check(doc, schema, f"{name}.md", problems)
    assert [str(p) for p in problems.items] == []
    assert set(values) >= {n for n, f in schema.fields.items() if f.required}


def test_alert_example_passes_the_validator():
    problems = Problems()
    assert check(parse(example_file(TYPES["alert"])), TYPES["alert"], "a.md", problems)
    assert problems.items == []


def test_every_field_of_every_type_is_in_the_reference():
    text = REFERENCE.read_text(encoding="utf-8")
    for schema in TYPES.values():
        assert f"## {schema.label} (`{schema.name}`)" in text
        assert f'`invoke new {schema.name} "' in text
        for row in field_rows(schema.all_fields()):
            if row.split("|")[1].strip().strip("`") in schema.fields:
                assert row in text


def test_a_field_that_changes_changes_the_reference():
    field = TYPES["service"].fields["leika"]
    before = render_reference()
    original = field.help
    field.help = "Geänderter Hilfetext"
    try:
        assert render_reference() != before
        assert "| `leika` |  | Geänderter Hilfetext |" in render_reference()
    finally:
        field.help = original


def test_guide_links_the_reference_and_every_type():
    guide = GUIDE.read_text(encoding="utf-8")
    assert "(referenz.md)" in guide
    for name in TYPES:
        assert f"invoke new {name} " in guide or f"`{name}`" in guide
