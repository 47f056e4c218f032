"""Every kind of bad input stops the build with `file:line: what — fix`, never a traceback."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from plugins.site.build import run
from tests.conftest import ROOT
from tests.helpers import check_files

OFFICE = """\
---
type: office
title: Bürgerbüro
opening_hours: Mo-Fr 08:00-12:00
---
"""


def check(tmp_path: Path, files: dict[str, str]) -> tuple[int, str]:
    return check_files(tmp_path, {"amt.md": OFFICE, **files})


CASES = {
    "broken_yaml_colon_in_value": (
        {"x.md": "---\ntitle: Rathaus: Öffnungszeiten\n---\n"},
        "— a value contains ': ' — put the whole value in double quotes",
    ),
    "missing_title": (
        {"x.md": "---\nsummary: Text\n---\n"},
        "x.md:1: the field 'title' is required — add 'title: Personalausweis beantragen'",
    ),
    "missing_summary_for_service": (
        {"x.md": "---\ntype: service\ntitle: Test\n---\n"},
        "x.md:1: the field 'summary' is required",
    ),
    "wrong_type_number": (
        {"x.md": "---\ntitle: Test\norder: zehn\n---\n"},
        "x.md:3: field 'order': must be a number, YAML read 'zehn' — write digits, e.g. 10",
    ),
    "unknown_key_did_you_mean": (
        {"x.md": "---\ntitle: Test\nsumary: Text\n---\n"},
        "x.md:3: unknown field 'sumary' — did you mean 'summary'?",
    ),
    "unknown_nested_key": (
        {
            "x.md": OFFICE.replace("---\n\n", "")
            .replace(
                "opening_hours: Mo-Fr 08:00-12:00\n",
                "opening_hours: Mo-Fr 08:00-12:00\naddress:\n  strasse: Markt 1\n",
            )
            .replace("Bürgerbüro", "Amt Zwei")
        },
        "x.md:6: in 'address': unknown field 'strasse'",
    ),
    "missing_office": (
        {"s.md": "---\ntype: service\ntitle: T\nsummary: S\noffice: nirgendwo\n---\n"},
        "s.md:5: field 'office': there is no page of type 'office' with the key 'nirgendwo' — "
        "possible keys: amt",
    ),
    "end_before_start": (
        {
            "e.md": "---\ntype: event\ntitle: T\nsummary: S\nstart: 2027-05-02 18:00\n"
            "end: 2027-05-01 20:00\n---\n"
        },
        "e.md:6: field 'end': the event ends",
    ),
    "malformed_leika": (
        {"s.md": "---\ntype: service\ntitle: T\nsummary: S\nleika: 9910201310\n---\n"},
        "s.md:5: field 'leika': expected a LeiKa key of exactly 14 digits, YAML read '9910201310'",
    ),
    "malformed_url": (
        {
            "s.md": "---\ntype: service\ntitle: T\nsummary: S\n"
            "online_service: www.example.org\n---\n"
        },
        "s.md:5: field 'online_service': expected a web address starting with https://",
    ),
    "malformed_opening_hours": (
        {"o.md": "---\ntype: office\ntitle: O\nopening_hours: Mo-Fr 08:00-12:xx\n---\n"},
        "o.md:4: field 'opening_hours': cannot read '12:xx'",
    ),
    "wrong_date": (
        {"n.md": "---\ntype: news\ntitle: T\nsummary: S\ndate: 31.12.\n---\n"},
        "n.md:5: field 'date': expected a date like 2027-05-01, YAML read '31.12.'",
    ),
    "invalid_rrule": (
        {
            "e.md": "---\ntype: event\ntitle: T\nsummary: S\nstart: 2027-05-01\n"
            "recurrence: FREQ=WEEK\n---\n"
        },
        "e.md:6: field 'recurrence': unknown FREQ 'WEEK'",
    ),
    "unknown_type": (
        {"x.md": "---\ntype: servis\ntitle: T\n---\n"},
        "x.md:2: unknown type 'servis' — did you mean 'service'?",
    ),
    "no_front_matter": (
        {"x.md": "# Nur Text\n"},
        "x.md:1: the file does not start with front matter",
    ),
    "unclosed_front_matter": (
        {"x.md": "---\ntitle: T\n"},
        "x.md:1: the front matter is not closed",
    ),
    "duplicate_key": (
        {"x.md": "---\ntitle: A\ntitle: B\n---\n"},
        "x.md:3: the field 'title' appears twice",
    ),
    "link_to_missing_page": (
        {"x.md": "---\ntitle: T\n---\nText\n\nSiehe [das Amt](gibtsnicht.md).\n"},
        "x.md:6: the link 'gibtsnicht.md' points to a page that does not exist",
    ),
    "image_without_alt": (
        {"x.md": "---\ntitle: T\n---\n![](bild.jpg)\n"},
        "x.md:4: image has no alt text — describe what the image shows",
    ),
    "script_in_content": (
        {"x.md": "---\ntitle: T\n---\n\n<script>alert(1)</script>\n"},
        "x.md:5: embeds and scripts are not allowed in content",
    ),
    "javascript_link": (
        {"x.md": "---\ntitle: T\n---\n[klick](javascript:alert(1))\n"},
        "x.md:4:",
    ),
    "duplicate_translation_key": (
        {
            "a.md": "---\ntitle: A\ntranslation_key: same\n---\n",
            "b.md": "---\ntitle: B\ntranslation_key: same\n---\n",
        },
        "already has the key 'same' in language 'de'",
    ),
    "unknown_lang": (
        {"x.md": "---\ntitle: T\nlang: fr\n---\n"},
        "x.md:3: field 'lang': must be one of de, en, ls, YAML read 'fr'",
    ),
    "translation_with_other_type": (
        {
            "p.md": "---\ntitle: P\n---\n",
            "p.en.md": "---\ntype: news\ntitle: P\nsummary: S\ndate: 2026-01-01\n---\n",
        },
        "p.md:1: this de version is of type 'page', but its translation 'p.en.md' is of type "
        "'news'",
    ),
    "geo_out_of_range": (
        {"p.md": "---\ntype: poi\ntitle: P\nsummary: S\ngeo:\n  lat: 149.8\n  lon: 8.6\n---\n"},
        "p.md:6: field 'geo.lat': must be at most 90",
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_input_is_reported_with_file_line_and_fix(tmp_path, case):
    files, expected = CASES[case]
    code, report = check(tmp_path, files)
    assert code == 1, report
    assert expected in report, report
    assert "Traceback" not in report


def test_every_problem_in_every_file_is_reported(tmp_path):
    code, report = check(
        tmp_path,
        {
            "a.md": "---\ntitle: A\norder: x\nfoo: 1\n---\n",
            "b.md": "---\ntype: news\ntitle: B\n---\n",
        },
    )
    assert code == 1
    assert "a.md:3: field 'order'" in report
    assert "a.md:4: unknown field 'foo'" in report
    assert "b.md:1: the field 'summary' is required" in report
    assert "b.md:1: the field 'date' is required" in report
    assert "4 problems found" in report


def test_the_command_line_exits_1_without_traceback(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "x.md").write_text("---\ntitle: [unclosed\n---\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "plugins.site.build", "--check", "--content", str(content)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 1
    assert "x.md:" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_a_failed_build_writes_nothing(tmp_path):
    content = tmp_path / "content"
    content.mkdir()
    (content / "x.md").write_text("---\ntitle: T\nfoo: 1\n---\n", encoding="utf-8")
    stream = io.StringIO()
    out = tmp_path / "out"
    code = run(
        str(ROOT / "pelicanconf.py"), {"PATH": str(content), "OUTPUT_PATH": str(out)}, stream=stream
    )
    assert code == 1
    assert not any(out.rglob("*.html"))
