"""A Dask ``LocalCluster`` whose worker processes share one Annotator.

Each Dask worker process normally builds its own Annotator (jieba's word list, the compiled
dictionary matcher, the fuzzy linker's index: ~450 MB), so a 2-worker cluster with its client
held 1.76 GB at 200 papers where a 2-process pool holds under 1 GB. The pool stays small
because its workers are forked from a process that has already built the Annotator: the pages
are shared copy-on-write and only what a worker writes is its own.

``local_cluster`` does the same for Dask: it builds the Annotator in this process, freezes
the garbage collector (so a collection in a worker does not touch — and copy — the shared
objects' headers), and starts the cluster with ``distributed.worker.multiprocessing-method``
set to ``fork``, so each nanny forks its worker from this process with the Annotator already
in ``batch.worker._annotators``. This process then drops its own reference: the workers keep
theirs. Where ``fork`` is not available, the workers are spawned and build their own
(Dask's default behaviour, more memory, same results).

Dask's developer logs are turned off for a batch (``DASK_SETTINGS`` for the scheduler and the
workers, ``CLIENT_SETTINGS`` for the client): they keep the last
``distributed.admin.low-level-log-length`` (1,000) entries, and the logs of recent messages
(``BatchedSend.recent_message_log``) hold each scheduler -> worker ``compute-task`` message and
each client -> scheduler graph update with the task's arguments — here a whole file's bytes.
At 2,000 papers that kept most files' bytes in the scheduler's process (found by walking
``gc.get_referrers`` from a ``FileTask`` left after its result had come back). The workers'
statistical profiler (a sample every 10 ms, a call tree per second kept for 1,000 s) is off
too: nothing reads it in a batch. Measured on 600 papers, USS growth from file 100 to 600:
scheduler's process +72 -> +31 MB, each worker +49 -> +41 MB; the 2,000-paper batch's peak
PSS (``bench/scale.py run ... --dask``) 1,074-1,105 -> 911-960 MB (four runs).

The worker processes die with this process (``die_with_parent`` run by an ``os.register_at_fork``
hook at the instant each is forked): Dask's own watch of its parent (a thread of the worker
process reading a pipe) starts only later in the worker's start-up, so a kill -9 of the batch
during that window left workers behind (tests/test_batch_scale.py, 1 run in 3).

Results are streamed back by ``runner._dask`` (``as_completed``, a bounded window of tasks in
flight), never gathered; the cluster is closed when the annotation phase ends, so its memory is
given back before aggregation.
"""

from __future__ import annotations

import contextlib
import logging
import multiprocessing
from collections.abc import Iterator

from pipeline.errors import BatchError

LOCAL = "local"  # the ``--scheduler`` value that starts a LocalCluster on this machine

LOG_LENGTH = 0  # entries kept by Dask's developer logs (default 1,000: tasks with their arguments)
CLIENT_SETTINGS = {"distributed.admin.low-level-log-length": LOG_LENGTH}
DASK_SETTINGS = {**CLIENT_SETTINGS, "distributed.worker.profile.enabled": False}


_forking_workers = False  # while a LocalCluster runs from this process (inherited by each fork)
_pid_before_fork = 0
_hooked = False


def _remember_forking_pid() -> None:
    global _pid_before_fork
    import os

    _pid_before_fork = os.getpid()


def _die_with_forking_parent() -> None:
    """``os.register_at_fork(after_in_child=...)``: a process forked while a LocalCluster of this
    module runs here (its workers, and a nanny's restart of one) dies with the process that forked it, from its first instruction
    on (or exits now if that one is already gone). Its own forks are left alone."""
    global _forking_workers
    if _forking_workers:
        _forking_workers = False
        from pipeline.batch.worker import die_with_parent

        die_with_parent(_pid_before_fork)


@contextlib.contextmanager
def _workers_die_with_this_process() -> Iterator[None]:
    global _forking_workers, _hooked
    import os

    if not _hooked and hasattr(os, "register_at_fork"):
        os.register_at_fork(before=_remember_forking_pid, after_in_child=_die_with_forking_parent)
        _hooked = True
    _forking_workers = True
    try:
        yield
    finally:
        _forking_workers = False


@contextlib.contextmanager
def local_cluster(n_workers: int, dictionaries: str) -> Iterator[str]:
    """Start a LocalCluster of ``n_workers`` single-threaded worker processes that share this
    process's Annotator for ``dictionaries``; yields the scheduler's address; closes it on exit."""
    try:
        import dask
        from distributed import LocalCluster
    except ImportError:  # pragma: no cover - the cluster extra is not installed
        raise BatchError("--scheduler local needs dask.distributed: pip install 'tcm-pipeline[cluster]'") from None
    from pipeline.batch import collector
    from pipeline.batch.worker import annotator, release_annotators, return_freed_memory_promptly

    fork = "fork" in multiprocessing.get_all_start_methods()
    if fork:
        return_freed_memory_promptly()  # inherited by the workers, as Dask sets it for spawned ones
        annotator(dictionaries)  # inherited by the forked workers
        collector.freeze()
    method = "fork" if fork else dask.config.get("distributed.worker.multiprocessing-method")
    try:
        # held while the cluster runs: the scheduler reads them when a client connects too;
        # the nannies pass them on to the workers
        with dask.config.set({**DASK_SETTINGS, "distributed.worker.multiprocessing-method": method}), \
                _workers_die_with_this_process():
            cluster = LocalCluster(n_workers=n_workers, threads_per_worker=1, processes=True,
                                   dashboard_address=None, silence_logs=logging.ERROR)
            try:
                yield cluster.scheduler_address
            finally:
                cluster.close()
    finally:
        if fork:
            collector.thaw()
            release_annotators()
