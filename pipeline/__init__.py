"""Bilingual (Chinese/English) biomedical text mining: herbs, compounds, genes, pathways.

``pipeline.run(paths)`` annotates documents and returns mentions and co-mention relations
as pandas DataFrames together with the spaCy Docs; ``python -m pipeline run`` wraps it.
"""

from __future__ import annotations

__all__ = ["Config", "run"]


def __getattr__(name: str):
    if name == "run":
        from pipeline.api import run

        return run
    if name == "Config":
        from pipeline.config import Config

        return Config
    raise AttributeError(name)
