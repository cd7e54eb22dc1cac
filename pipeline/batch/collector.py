"""The garbage collector during a batch run's tail: leave the long-lived objects alone.

A batch process holds millions of long-lived objects (the annotator, the dictionary, the
parsed facts of every document). Aggregation and output writing then allocate millions of
short-lived ones, which sets off full collections that walk every object of the process
again — measured 0.3 s of a 0.9 s aggregation tail and 0.4-0.8 s of a ~2.5 s outputs phase
on 640 documents. ``gc.freeze`` moves what exists into a permanent generation the collector
skips; new garbage is still collected.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def collecting_only_new_objects() -> Iterator[None]:
    """The garbage collector leaves alone what existed before the block (``gc.freeze``).

    Writing the outputs allocates millions of short-lived objects; the full collections this
    sets off walk every object of the process (865k after a batch run over 640 documents:
    the annotator, the facts) and took 0.4-0.8 s (one or two of them, measured with
    ``gc.callbacks``) of a ~2.5 s outputs phase; frozen, collections take 0.05 s in all.
    Nothing changes when the collector is off or something else already froze objects."""
    if not gc.isenabled() or gc.get_freeze_count():
        yield
        return
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
