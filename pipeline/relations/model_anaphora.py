"""The transgenic or knockout animal as an anaphor of its gene: "… in the transgenic cartilage".

Abstracts on a mouse model name the engineered gene once ("We developed a mouse model expressing
human collagenase (matrix metalloproteinase-1, MMP-1) under the control of Col2a1 promoter",
"Sag-deficient mice", "mice lacking Nf1") and then report the findings of "the transgenic mice",
"the transgenic cartilage", "the knockout mice": "Immunological examination revealed … upregulation
of fibronectin and alpha(5)-integrin subunit in the transgenic cartilage" states what MMP-1
expression did (validation_en PMID17652426: MMP1 upregulates FN1 and ITGA5 in the gold). The
animal noun phrase is an anaphor of the model's gene (GUIDELINES 2, coreference: an anaphor that
clearly refers to an entity named before counts as that entity), as "this effect" is of the
previous sentence's agent in relations/cross_sentence.py.

Narrow on purpose:

* the model gene is the first GENE mention within a few words after "mice / a mouse model /
  transgenic mice … (over)expressing", or a gene right before "transgenic" ("MMP-1 transgenic
  mice"); a lost gene is one named by its loss (cross_sentence.is_lost) next to mice/animals;
* exactly one model gene of that kind in the document, else nothing;
* the anaphor is the word "transgenic" (gain) or "knockout / KO / null / deficient / mutant"
  before an animal, cell or tissue noun (loss), in a later sentence that does not name the gene
  and names another entity.

The added mention is ``CROSS_SENTENCE`` (``CROSS_SENTENCE_LOSS`` for a lost gene), so the pair
is weighed as a cross-sentence reading and a lost gene's sign is flipped (cross_sentence.bridged_label).
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.relations.cross_sentence import CROSS_SENTENCE, CROSS_SENTENCE_LOSS, is_lost

_ANIMAL = r"(?:mice|mouse|rats?|animals?|embryos|littermates|zebrafish)"
_EXPRESSING_BEFORE = lazy_re.compile(
    r"\b(?:mice|mouse(?:\s+model|\s+line)?|rats?|animals?|transgenic\s+(?:mice|rats|animals))\s+"
    r"(?:that\s+)?(?:over-?)?express(?:ing|es|ed)?\s+[^.;]{0,40}$",
    re.IGNORECASE,
)
_TRANSGENIC_AFTER = lazy_re.compile(r"^\s*[- ]?\s*(?:transgenic|Tg)\b")
_ANIMAL_NEAR = lazy_re.compile(r"\b" + _ANIMAL + r"\b", re.IGNORECASE)
_GAIN_ANAPHOR = lazy_re.compile(r"\btransgenic\b", re.IGNORECASE)
_LOSS_ANAPHOR = lazy_re.compile(
    r"\b(?:knock-?out|KO|null|deficient|mutant)(?=\s+(?:" + _ANIMAL + r"|cells|chondrocytes|osteoblasts|"
    r"osteoclasts|fibroblasts|MEFs|tissues?|cartilage|bones?)\b)",
    re.IGNORECASE,
)


def model_genes(text: str, mentions) -> tuple[set[str], set[str]]:
    """(genes expressed by a transgenic model, genes lost in a knockout model) named in ``text``.
    ``mentions``: objects with start, end, label, entity_id, offsets into ``text``."""
    genes = sorted((m for m in mentions if m.label == "GENE" and m.entity_id), key=lambda m: m.start)
    gained: set[str] = set()
    lost: set[str] = set()
    for i, m in enumerate(genes):
        before = _EXPRESSING_BEFORE.search(text[max(0, m.start - 120):m.start])
        first_after = before is not None and not any(
            o.start >= m.start - len(before.group()) and o.end <= m.start for o in genes[:i])
        if first_after or _TRANSGENIC_AFTER.match(text[m.end:m.end + 16]):
            gained.add(m.entity_id)
        elif is_lost(text, m.start, m.end) and _ANIMAL_NEAR.search(text[max(0, m.start - 40):m.end + 40]):
            lost.add(m.entity_id)
    return gained, lost


def model_anaphor(sentence: str, mentions, gained: str | None, lost: str | None) -> tuple[int, int, str, str] | None:
    """(start, end, gene id, how) of the anaphor of the model's gene in ``sentence``, or None.
    ``gained``/``lost``: the document's one model gene of each kind (or None)."""
    own = {m.entity_id for m in mentions if m.entity_id}
    for gene, anaphor, how in ((gained, _GAIN_ANAPHOR, CROSS_SENTENCE), (lost, _LOSS_ANAPHOR, CROSS_SENTENCE_LOSS)):
        if gene is None or gene in own or not own:
            continue
        hit = anaphor.search(sentence)
        if hit and not any(m.start < hit.end() and hit.start() < m.end for m in mentions):
            return hit.start(), hit.end(), gene, how
    return None
