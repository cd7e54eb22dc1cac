"""The same batch on a Dask distributed cluster (a LocalCluster on loopback) as on this machine."""

from __future__ import annotations

import shutil

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


def test_an_unreachable_scheduler_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr("pipeline.batch.runner.DASK_CONNECT_TIMEOUT", "1s")
    corpus = tmp_path / "corpus"
    make_corpus(corpus, n=1, seed=12)
    with pytest.raises(BatchError, match="cannot reach the Dask scheduler at tcp://127.0.0.1:9"):
        run_batch([corpus], config(tmp_path / "out"), scheduler="tcp://127.0.0.1:9", progress=False)
