"""Run a function in a forked child process while this one goes on: the tail of a batch run.

After the workers are done, a batch run renders its outputs in the calling process. With
N worker processes the other cores are idle by then, so the two slowest independent pieces
(the BioC collection and the network figure) are drawn in forked children while this
process writes the CSVs and the report. Forking shares the inputs copy-on-write — nothing is
pickled on the way in, only the result (bytes) comes back.

Where ``fork`` is not the platform's default start method (Windows; macOS, where forking a
process that has loaded system frameworks is unsafe) or with ``parallel=False`` the function
runs inline and the result is the same.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor
from typing import Any

_JOBS: dict[int, tuple[Callable[..., Any], tuple]] = {}  # inherited by the forked child


def _run(job: int, parent: int) -> Any:
    from pipeline.batch.worker import die_with_parent

    die_with_parent(parent)
    fn, args = _JOBS[job]
    return fn(*args)


def start(fn: Callable[..., Any], *args: Any, parallel: bool = True) -> Future:
    """``fn(*args)`` in a forked child (when ``parallel`` and fork is the default start method),
    else inline now."""
    # the first of get_all_start_methods() is the platform's default
    method = multiprocessing.get_start_method(allow_none=True) or multiprocessing.get_all_start_methods()[0]
    if not parallel or method != "fork":
        future: Future = Future()
        try:
            future.set_result(fn(*args))
        except Exception as exc:  # noqa: BLE001 — re-raised by result(), as from a child
            future.set_exception(exc)
        return future
    job = id(args)
    _JOBS[job] = (fn, args)
    executor = ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("fork"))
    try:
        future = executor.submit(_run, job, os.getpid())  # forks here, with _JOBS[job] in place
    finally:
        _JOBS.pop(job, None)
        executor.shutdown(wait=False)
    return future
