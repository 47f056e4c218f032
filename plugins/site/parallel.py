"""Use every core for work that is independent per page (Markdown, templates).

Worker processes are forked, so they inherit the site index and the Jinja environment as they
are: nothing is pickled on the way in, only the results (strings, problems) on the way out.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections.abc import Callable
from contextlib import contextmanager

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


@contextmanager
def running_forked(calls: list[Callable[[], None]]):
    """Run each call in a forked process of its own while the `with` block runs in this one
    (calls may use `run_in_chunks` themselves); at the block's end, wait for all of them and
    raise the first error one of them raised."""
    sys.stdout.flush()  # else the forked processes print what is buffered a second time
    sys.stderr.flush()
    running = [_start(call) for call in calls]
    try:
        yield
    finally:
        errors = [_outcome(process, receive) for process, receive in running]
    for error in errors:
        if error is not None:
            raise error


def _start(call: Callable[[], None]):
    fork = multiprocessing.get_context("fork")
    receive, send = fork.Pipe(duplex=False)
    process = fork.Process(target=_call_and_report, args=(call, send))
    process.start()
    send.close()
    return process, receive


def _call_and_report(call: Callable[[], None], send) -> None:
    try:
        call()
    except BaseException as error:  # handed to the parent, which raises it
        try:
            send.send(error)
        except Exception:  # not picklable: its text still says what went wrong
            send.send(RuntimeError(f"{type(error).__name__}: {error}"))
        return
    send.send(None)


def _outcome(process, receive) -> BaseException | None:
    try:
        error = receive.recv()
    except EOFError:  # the process died without a word (killed, out of memory)
        process.join()
        return RuntimeError(f"a build process ended with exit code {process.exitcode}")
    process.join()
    return error
