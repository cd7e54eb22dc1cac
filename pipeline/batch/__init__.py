"""Batch runs over folders of papers: incremental (SQLite store), parallel, on a Dask cluster.

    store.py    the per-document store (files and documents tables)
    worker.py   one file in, its documents' results out (runs in any process)
    runner.py   run_batch(): discover, hash, dispatch, commit, aggregate
    outputs.py  manifest.csv and the BioC / PubTator files
"""

from __future__ import annotations

__all__ = ["run_batch", "summary", "write_batch_outputs"]


def __getattr__(name: str):
    if name in ("run_batch", "summary"):
        from pipeline.batch import runner

        return getattr(runner, name)
    if name == "write_batch_outputs":
        from pipeline.batch.outputs import write_batch_outputs

        return write_batch_outputs
    raise AttributeError(name)
