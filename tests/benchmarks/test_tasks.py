"""Every benchmark task runs, at a tiny size, so that none can rot unnoticed (figures are not
judged here: benchmarks measure, tests check)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from tests.helpers import ROOT

INVOKE = [sys.executable, "-m", "invoke"]


def run(*args: str) -> str:
    # As from a shell without EDITOR_LANGUAGE: the tasks' own messages are German then.
    env = {**os.environ, "EDITOR_LANGUAGE": "de"}
    done = subprocess.run(
        [*INVOKE, *args],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.mark.parametrize(
    ("task", "expected"),
    [
        (("bench-images", "--count", "2", "--skip-baseline"), "| originals |"),
        (("bench-search", "--pages", "30"), "expected page first"),
    ],
)
def test_benchmark_task_runs(task, expected):
    assert expected in run(*task)


def test_build_benchmark_runs_with_every_row(tmp_path):
    out = run(
        "bench", "--pages", "60", "--rounds", "1", "--repeat", "1", "--photos", "1",
        "--work", str(tmp_path),
    )  # fmt: skip
    rows = ("cold build", "warm build", "rebuild after editing one page", "preview, ", "waste")
    for row in rows:
        assert row in out, out


def test_benchmarks_import_no_test_code():
    for path in (ROOT / "benchmarks").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "from tests" not in text and "import tests" not in text, path
