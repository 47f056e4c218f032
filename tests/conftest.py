"""Shared fixtures: the example site and a small fixture site, each built once per test session."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from plugins.site.build import run

ROOT = Path(__file__).resolve().parent.parent
BUILD_DATE = "2026-11-25"  # fixed, so upcoming events and expired notices are reproducible


def build_site(content: Path, output: Path, **overrides) -> tuple[int, str]:
    """Build `content` into `output`; return (exit code, what the build reported)."""
    stream = io.StringIO()
    settings = {
        "PATH": str(content),
        "OUTPUT_PATH": str(output),
        "SITE_BUILD_DATE": BUILD_DATE,
        **overrides,
    }
    code = run(str(ROOT / "pelicanconf.py"), settings, stream=stream)
    return code, stream.getvalue()


@pytest.fixture(scope="session")
def site(tmp_path_factory) -> Path:
    """The example site in content/, built at the fixed build date."""
    output = tmp_path_factory.mktemp("site")
    code, report = build_site(ROOT / "content", output)
    assert code == 0, f"the example site does not build:\n{report}"
    return output


@pytest.fixture(scope="session")
def mini_site(tmp_path_factory) -> Path:
    output = tmp_path_factory.mktemp("mini")
    code, report = build_site(ROOT / "tests" / "fixtures" / "mini", output)
    assert code == 0, report
    return output


def read_html(site: Path, url: str) -> str:
    path = site / url.lstrip("/")
    if url.endswith("/"):
        path = path / "index.html"
    return path.read_text(encoding="utf-8")
