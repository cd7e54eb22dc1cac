"""Bilingual (Chinese/English) biomedical text mining: herbs, compounds, genes, pathways.

One text, as a spaCy Doc with entity Spans (``kb_id_``), sentences and ``doc._.relations``:

    >>> import pipeline
    >>> doc = pipeline.annotate("淫羊藿苷通过上调GPX4的表达抑制成骨细胞铁死亡。")  # doctest: +SKIP
    >>> [(e.text, e.label_, e.kb_id_) for e in doc.ents]                          # doctest: +SKIP

``pipeline.load()`` gives the spaCy pipeline itself, ``pipeline.annotate_many(texts)`` many
Docs, ``pipeline.run(paths)`` mentions and relations of files as pandas DataFrames
(``python -m pipeline run`` writes them). See docs/api.md.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for type checkers and IDEs; at run time imported on first use (spaCy is slow to import)
    from pipeline.api import RunResult, annotate, annotate_many, load, run
    from pipeline.config import Config
    from pipeline.nlp.components import Relation

__all__ = ["Config", "Relation", "RunResult", "annotate", "annotate_many", "load", "run"]

_WHERE = {
    "annotate": "pipeline.api", "annotate_many": "pipeline.api", "load": "pipeline.api", "run": "pipeline.api",
    "RunResult": "pipeline.api", "Config": "pipeline.config", "Relation": "pipeline.nlp.components",
}


def __getattr__(name: str):
    if name in _WHERE:
        import importlib

        return getattr(importlib.import_module(_WHERE[name]), name)
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
