"""Shared by the batch tests: small synthetic corpora (bench/make_corpus.py) and configs."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pandas as pd

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
DICTIONARIES = REPO / "dictionaries"

_spec = importlib.util.spec_from_file_location("bench_make_corpus", REPO / "bench" / "make_corpus.py")
_module = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_module)
make_corpus = _module.make_corpus


def config(out: Path):
    from pipeline.config import Config

    return Config(dictionaries=DICTIONARIES, output_dir=out)


def same_results(a, b) -> None:
    """Two runs found the same mentions and relations (row for row)."""
    pd.testing.assert_frame_equal(a.mentions, b.mentions)
    pd.testing.assert_frame_equal(a.relations, b.relations)
