"""Blank spaCy pipelines: ``zh`` with the jieba segmenter, ``en`` with scispacy's tokenizer.

No trained model is needed (none can be installed here); when one is installed it could be
used instead, but nothing below depends on it.
"""

from __future__ import annotations

import warnings
from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

for _name, _default in (("doc_id", None), ("section", None), ("sentence_id", None), ("paragraph", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)
if not Span.has_extension("how"):
    Span.set_extension("how", default=None)


@lru_cache(maxsize=1)
def zh_pipeline() -> Language:
    return spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})


@lru_cache(maxsize=1)
def en_pipeline() -> Language:
    from scispacy.custom_tokenizer import combined_rule_tokenizer

    nlp = spacy.blank("en")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", FutureWarning)  # a regex in scispacy's tokenizer rules
        nlp.tokenizer = combined_rule_tokenizer(nlp)
    return nlp


def pipeline_for(lang: str) -> Language:
    return zh_pipeline() if lang == "zh" else en_pipeline()
