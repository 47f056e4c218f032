"""Forked build processes: their work happens, and their errors reach the build whole."""

from __future__ import annotations

import os

import pytest

from plugins.frontmatter import ContentError
from plugins.frontmatter.problems import Problem
from plugins.site.parallel import run_in_chunks, running_forked

PROBLEM = Problem("rathaus/a.md", 3, "the field 'date' is not a date", "write 2026-11-25")


def write(path, text):
    path.write_text(text, encoding="utf-8")


def test_calls_run_in_other_processes_while_the_block_runs_here(tmp_path):
    calls = [lambda n=n: write(tmp_path / f"{n}.txt", str(os.getpid())) for n in range(3)]
    with running_forked(calls):
        here = os.getpid()
    pids = {(tmp_path / f"{n}.txt").read_text() for n in range(3)}
    assert len(pids) == 3 and str(here) not in pids


def test_a_content_error_arrives_with_its_problems():
    def fails():
        raise ContentError([PROBLEM])

    with pytest.raises(ContentError) as caught, running_forked([fails]):
        pass
    assert caught.value.problems == [PROBLEM]
    assert "rathaus/a.md:3" in str(caught.value)


def test_a_process_that_dies_is_an_error_with_its_exit_code():
    with pytest.raises(RuntimeError, match="exit code 3"), running_forked([lambda: os._exit(3)]):
        pass


def chunk_sums(numbers, start, stop):
    return sum(numbers[start:stop])


def test_run_in_chunks_covers_every_item_once():
    numbers = list(range(1000))
    assert sum(run_in_chunks(chunk_sums, numbers, len(numbers), workers=2)) == sum(numbers)
