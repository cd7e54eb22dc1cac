"""Shared by the batch tests: small synthetic corpora (bench/make_corpus.py) and configs."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from bench_helpers import bench_module

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "tests" / "data"
DICTIONARIES = REPO / "dictionaries"

make_corpus = bench_module("make_corpus").make_corpus


def config(out: Path):
    from pipeline.config import Config

    return Config(dictionaries=DICTIONARIES, output_dir=out)


def same_results(a, b) -> None:
    """Two runs found the same mentions and relations (row for row)."""
    pd.testing.assert_frame_equal(a.mentions, b.mentions)
    pd.testing.assert_frame_equal(a.relations, b.relations)
