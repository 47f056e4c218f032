"""The front-matter reader keeps what editors typed, whatever YAML 1.1 would guess."""

from __future__ import annotations

import datetime as dt

import pytest

import plugins.offices  # noqa: F401  (registers the office type)
from plugins.frontmatter import Problems
from plugins.frontmatter.fields import BERLIN, DateTime, Invalid, ListOf, Text
from plugins.frontmatter.schema import TYPES
from plugins.frontmatter.validate import check
from plugins.frontmatter.yamlblock import FrontMatterError, parse
from plugins.site.items import slugify, split_name


def typed(text: str, type_name: str = "office") -> dict:
    problems = Problems()
    values = check(parse(text), TYPES[type_name], "x.md", problems)
    assert not problems.items, [str(p) for p in problems.items]
    return values


def test_postal_code_with_leading_zero_stays_text():
    values = typed(
        "---\ntitle: Amt\naddress:\n  street: A 1\n  postal_code: 01067\n  city: Dresden\n---\n"
    )
    assert values["address"]["postal_code"] == "01067"


def test_no_stays_the_word_in_a_text_field():
    assert typed("---\ntitle: Amt\naccessibility: no\n---\n")["accessibility"] == "no"


def test_title_that_yaml_reads_as_a_number_stays_text():
    assert typed("---\ntitle: 2024\n---\n", "page")["title"] == "2024"


def test_single_value_where_a_list_is_expected_is_a_one_item_list():
    assert typed("---\ntitle: T\nkeywords: Perso\n---\n", "page")["keywords"] == ["Perso"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2027-05-01 18:00", dt.datetime(2027, 5, 1, 18, 0, tzinfo=BERLIN)),
        ("2027-05-01T18:00", dt.datetime(2027, 5, 1, 18, 0, tzinfo=BERLIN)),
        ("1.5.2027 18:00", dt.datetime(2027, 5, 1, 18, 0, tzinfo=BERLIN)),
        ("2027-05-01", dt.date(2027, 5, 1)),
    ],
)
def test_date_times_are_berlin_time(text, expected):
    assert DateTime().convert(text) == expected


def test_time_14_00_is_not_base_60():
    value = DateTime().convert("2027-05-01 14:00")
    assert (value.hour, value.minute) == (14, 0)


def test_nested_problems_carry_their_path():
    with pytest.raises(Invalid) as caught:
        ListOf(item=Text()).convert(["a", ["b"]])
    assert caught.value.problems[0][0] == (1,)


def test_line_numbers_of_nested_fields():
    doc = parse("---\ntitle: T\ncontacts:\n  - name: A\n  - name: B\n    role: X\n---\nBody\n")
    assert doc.line_of(("contacts", 1, "role")) == 6
    assert doc.body == "Body\n"
    assert doc.body_line == 8


def test_tabs_give_a_fix():
    with pytest.raises(FrontMatterError) as caught:
        parse("---\ntitle: T\n\tsummary: S\n---\n")
    assert caught.value.line == 3


@pytest.mark.parametrize(
    ("text", "slug"),
    [
        ("Bürgerbüro", "buergerbuero"),
        ("Straße der Einheit", "strasse-der-einheit"),
        ("Öffnungszeiten & Kontakt", "oeffnungszeiten-kontakt"),
        ("Café Élysée", "cafe-elysee"),
    ],
)
def test_slugs_transliterate_german(text, slug):
    assert slugify(text) == slug


def test_language_suffix_of_file_names():
    from pathlib import PurePosixPath

    assert split_name(PurePosixPath("a/schloss.en.md")) == ("schloss", "en")
    assert split_name(PurePosixPath("a/schloss.md")) == ("schloss", None)
    assert split_name(PurePosixPath("a/v1.2.md")) == ("v1.2", None)
