"""The lints in a real build: warnings by default, errors with SITE_STRICT_WARNINGS (--strict)."""

from __future__ import annotations

import io
from pathlib import Path

from plugins.site.build import run
from tests.conftest import ROOT, build_site

FIXTURE = Path(__file__).parent / "fixtures" / "site"
EXPECTED = [
    "sperrmuell.md:6: the link text 'hier' does not say where the link leads — name the target, "
    "e.g. [Antrag auf Wohngeld](…) instead of [hier](…); screen-reader users hear link texts "
    "out of context",
    "sperrmuell.md:8: heading level 3 follows level 1: a level is skipped — write '## ' here, "
    "or add the missing level above",
]


def check(strict: bool) -> tuple[int, str]:
    stream = io.StringIO()
    overrides = {"PATH": str(FIXTURE), "SITE_STRICT_WARNINGS": strict, "SITE_CACHE_DIR": ""}
    code = run(str(ROOT / "pelicanconf.py"), overrides, check_only=True, stream=stream)
    return code, stream.getvalue()


def test_check_reports_warnings_and_passes():
    code, report = check(strict=False)
    assert code == 0
    assert report.splitlines() == [f"warning: {line}" for line in EXPECTED]


def test_strict_check_turns_warnings_into_errors():
    code, report = check(strict=True)
    assert code == 1
    assert report.splitlines()[:2] == EXPECTED
    assert "2 problems found; nothing was published." in report


def test_build_writes_the_site_despite_warnings(tmp_path):
    code, report = build_site(FIXTURE, tmp_path, SITE_CACHE_DIR="")
    assert code == 0, report
    assert (tmp_path / "sperrmuell" / "index.html").is_file()


def test_strict_build_fails(tmp_path):
    code, report = build_site(FIXTURE, tmp_path, SITE_CACHE_DIR="", SITE_STRICT_WARNINGS=True)
    assert code == 1
    assert EXPECTED[0] in report


def test_example_content_passes_strict():
    stream = io.StringIO()
    overrides = {"SITE_STRICT_WARNINGS": True, "SITE_BUILD_DATE": "2026-11-25"}
    code = run(str(ROOT / "pelicanconf.py"), overrides, check_only=True, stream=stream)
    assert (code, stream.getvalue()) == (0, "")
