"""Use every core for work that is independent per page (Markdown, templates).

Worker processes are forked, so they inherit the site index and the Jinja environment as they
are: nothing is pickled on the way in, only the results (strings, problems) on the way out.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable

MIN_PER_WORKER = 150  # below this, starting processes costs more than it saves
_STATE: tuple | None = None


def worker_count(settings: dict) -> int:
    configured = settings.get("SITE_WORKERS") or os.environ.get("SITE_WORKERS")
    if configured:
        return max(1, int(configured))
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def _ranges(count: int, parts: int) -> list[tuple[int, int]]:
    size = -(-count // parts)
    return [(start, min(start + size, count)) for start in range(0, count, size)]


def _run(bounds: tuple[int, int]):
    task, state = _STATE
    return task(state, *bounds)


def run_in_chunks(task: Callable, state, count: int, workers: int) -> list:
    """`task(state, start, stop)` over range(count), split among forked workers; the results."""
    global _STATE
    if workers <= 1 or count < 2 * MIN_PER_WORKER:
        return [task(state, 0, count)]
    workers = min(workers, count // MIN_PER_WORKER)
    _STATE = (task, state)
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            # several chunks per worker even out pages that take longer than others
            return pool.map(_run, _ranges(count, workers * 4), chunksize=1)
    finally:
        _STATE = None
