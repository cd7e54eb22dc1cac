"""A pool worker's state, built in this process, for per-document CPU measurements (bench/cpu_ab.py
``--process-file``, bench/sample_profile.py): ``init_worker`` on the bundled dictionaries, 20 files
annotated (caches filled), the heap frozen (``gc.freeze``) so the collector does not rescan it — as a
pool worker runs ``process_file``."""

from __future__ import annotations

import gc
from pathlib import Path


def warm_tasks(corpus: Path) -> list:
    """The corpus's files as ``FileTask``s, after the worker's state is built and warmed."""
    from pipeline.batch import worker as W
    from pipeline.config import bundled_path

    folder = str(bundled_path("dictionaries"))
    W.init_worker(folder)
    tasks = [W.FileTask(str(p), p.stem, p.read_bytes(), folder) for p in sorted(corpus.iterdir())]
    for task in tasks[:20]:
        W.process_file(task)
    gc.collect()
    gc.freeze()
    return tasks
