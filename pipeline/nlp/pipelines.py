"""Blank spaCy pipelines: ``zh`` with the jieba segmenter, ``en`` with scispacy's tokenizer.

No trained model is needed (none can be installed here); when one is installed it could be
used instead, but nothing below depends on it.

spaCy is imported on the first call, not with this module: importing it takes most of a
second, and an annotator that makes no Docs (``Config.make_docs=False``) never needs it.
"""

from __future__ import annotations

import warnings
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Span


@lru_cache(maxsize=1)
def register_extensions() -> None:
    """The Doc and Span extensions our components set (once per process)."""
    from spacy.tokens import Doc, Span

    for name, default in (("doc_id", None), ("section", None), ("sentence_id", None), ("paragraph", None)):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=default)
    if not Span.has_extension("how"):
        Span.set_extension("how", getter=_get_how, setter=_set_how)


# spaCy keys a Span's extension values by its character offsets alone (Underscore._get_key), so a
# gene and the pathway it names at the same offsets ("mTOR 和 Nrf2/Keap1 信号通路": MTOR and hsa04150,
# nlp/pathway_lists.py) would share one ``how``: it is kept per (offsets, label, entity) instead.
def _how_key(span) -> tuple:
    return ("how", span.start_char, span.end_char, span.label, span.kb_id)


def _get_how(span) -> str | None:
    return span.doc.user_data.get(_how_key(span))


def _set_how(span, value: str | None) -> None:
    span.doc.user_data[_how_key(span)] = value


def blank_pipeline(lang: str) -> Language:
    """A new blank pipeline with our tokenizer: ``zh`` (jieba) or ``en`` (scispacy's)."""
    import spacy

    register_extensions()
    if lang == "zh":
        return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    nlp = spacy.blank("en")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # a regex in scispacy's tokenizer rules
        nlp.tokenizer = combined_rule_tokenizer(nlp)
    return nlp


@lru_cache(maxsize=1)
def zh_pipeline() -> Language:
    return blank_pipeline("zh")


@lru_cache(maxsize=1)
def en_pipeline() -> Language:
    return blank_pipeline("en")


def pipeline_for(lang: str) -> Language:
    return zh_pipeline() if lang == "zh" else en_pipeline()


def displayed(spans: list[Span]) -> list[Span]:
    """The non-overlapping entities for ``doc.ents``: a composite pathway whose members are
    mentions of their own gives way to them; otherwise the earliest, then the longest."""
    ents: list[Span] = []
    last = -1
    for span in sorted(spans, key=lambda sp: (sp.start, -(sp.end - sp.start))):
        if span._.how == "pathway-composition" and any(
            o.start >= span.start and o.end <= span.end and o is not span for o in spans
        ):
            continue  # show the members; the composite lives in doc.spans["pathways"]
        if span.start >= last:
            ents.append(span)
            last = span.end
    return ents
