"""The same batch on a Dask distributed cluster (a LocalCluster on loopback) as on this machine."""

from __future__ import annotations

import shutil
import time

import pytest
from batch_helpers import DATA, config, make_corpus, same_results

from pipeline.batch.runner import run_batch
from pipeline.errors import BatchError

distributed = pytest.importorskip("distributed")


def test_a_dask_cluster_gives_the_same_results_as_a_local_run(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=6, seed=11, formats=("md", "html"))
    shutil.copy(DATA / "formats" / "abstracts.pubtator", corpus)
    shutil.copy(DATA / "bad" / "malformed.bioc.xml", corpus)
    local = run_batch([corpus], config(tmp_path / "local"), workers=1, progress=False)
    with distributed.LocalCluster(n_workers=1, threads_per_worker=1, processes=False, protocol="tcp://",
                                  host="127.0.0.1", dashboard_address=None) as cluster:
        assert cluster.scheduler_address.startswith("tcp://127.0.0.1:")
        on_dask = run_batch([corpus], config(tmp_path / "dask"), scheduler=cluster.scheduler_address,
                            progress=False)
    assert on_dask.stats.executor.startswith("dask tcp://127.0.0.1") and on_dask.stats.annotated_files == 8
    same_results(local, on_dask)
    assert local.errors == on_dask.errors and len(on_dask.errors) == 1
    assert local.manifest.equals(on_dask.manifest)


def test_a_local_cluster_started_for_the_run_gives_the_same_results(tmp_path):
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=5, seed=13, formats=("md", "html"))
    shutil.copy(DATA / "bad" / "malformed.bioc.xml", corpus)
    local = run_batch([corpus], config(tmp_path / "local"), workers=1, progress=False)
    on_dask = run_batch([corpus], config(tmp_path / "dask"), workers=2, scheduler="local", progress=False)
    assert on_dask.stats.executor == "dask LocalCluster (2 workers)" and on_dask.stats.annotated_files == 6
    same_results(local, on_dask)
    assert local.errors == on_dask.errors and len(on_dask.errors) == 1


def _annotators_held():
    from pipeline.batch import worker

    return sorted(worker._annotators)


def test_the_local_cluster_s_workers_start_with_the_annotator_already_built(tmp_path):
    # forked from the process that built it: the pages are shared, not built again per worker
    from pipeline.batch import worker
    from pipeline.batch.cluster import local_cluster
    from pipeline.config import Config

    dictionaries = str(Config().dictionaries)
    with local_cluster(2, dictionaries) as address, distributed.Client(address) as client:
        held = client.run(_annotators_held)
        assert len(held) == 2 and all(v == [dictionaries] for v in held.values()), held
    assert not worker._annotators  # this process gave its reference back with the cluster


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr("pipeline.batch.runner.DASK_CONNECT_TIMEOUT", "1s")
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=1, seed=12)
    with pytest.raises(BatchError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        run_batch([corpus], config(tmp_path / "out"), scheduler="tcp://127.0.0.1:9", progress=False)


def _task_inputs_held() -> int:
    import gc

    from pipeline.batch.worker import FileTask

    gc.collect()
    return sum(isinstance(o, FileTask) for o in gc.get_objects())


def test_the_local_cluster_keeps_no_task_s_input_once_its_result_is_back(tmp_path):
    # Dask's logs of recent messages (scheduler -> worker, client -> scheduler) and each worker's
    # log of recent stimuli hold the last 1,000 tasks with their arguments: every file's bytes
    # at a 2,000-paper batch. Measured there: the scheduler's process grew 103 -> 176 MB.
    from pipeline.batch.cluster import local_cluster
    from pipeline.batch.runner import _dask
    from pipeline.batch.worker import FileTask
    from pipeline.config import Config

    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=6, seed=14, formats=("md",))
    dictionaries = str(Config().dictionaries)
    tasks = (FileTask(str(p), p.stem, p.read_bytes(), dictionaries) for p in sorted(corpus.iterdir()))
    with local_cluster(2, dictionaries) as address:
        results = list(_dask(tasks, address))
        assert len(results) == 6 and all(r.documents[0].status == "ok" for r in results)
        with distributed.Client(address, set_as_default=False) as client:
            held = {}
            for _ in range(20):  # the scheduler forgets a worker's last task a moment after its result
                held = {"scheduler": client.run_on_scheduler(_task_inputs_held), **client.run(_task_inputs_held)}
                if not any(held.values()):
                    break
                time.sleep(0.5)
            assert len(held) == 3 and not any(held.values()), held


def _pdeathsig_of_a_fork() -> int:
    """The parent-death signal (prctl PR_GET_PDEATHSIG) a process forked now starts with."""
    import ctypes
    import os

    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: report and leave at once
        signal = ctypes.c_int(-1)
        ctypes.CDLL(None).prctl(2, ctypes.byref(signal), 0, 0, 0)  # PR_GET_PDEATHSIG
        os.write(write, str(signal.value).encode())
        os._exit(0)
    os.close(write)
    os.waitpid(pid, 0)
    with os.fdopen(read) as handle:
        return int(handle.read())


def test_workers_forked_while_the_cluster_starts_die_with_it_from_their_first_instruction():
    # Dask's own watch of the nanny (a thread reading a pipe) starts late in a worker's start-up:
    # a kill -9 of the batch before then left workers behind (test_batch_scale, 1 CI run in 3)
    import signal
    import sys

    if not sys.platform.startswith("linux"):
        pytest.skip("PR_SET_PDEATHSIG is Linux's")
    from pipeline.batch.cluster import _workers_die_with_this_process

    assert _pdeathsig_of_a_fork() == 0
    with _workers_die_with_this_process():
        assert _pdeathsig_of_a_fork() == signal.SIGKILL
    assert _pdeathsig_of_a_fork() == 0  # only while a cluster runs from this process
