"""Definite descriptions of the studied extract: "the extract", "the polysaccharide fractions", 该提取物.

Abstracts on a herb extract name the herb once ("… treating with the polysaccharide fractions from Artemisia
and ginseng …", "Cordyceps militaris extract remarkably suppressed …") and then refer to the material by a
definite noun phrase whose head is the material's kind: "In addition, the polysaccharide fractions
significantly ameliorated … HIF-1a and ICAM1." (validation_en PMID25337542), "Extract treatment in mouse
model … resulted in … down-regulation of VEGF expression" (PMID24789042), "The extract inhibited
[(3)H]-GABA uptake" (PMID21089181). A definite description with the head noun of an entity introduced
before is *direct anaphora* (Poesio & Vieira 1998, "A corpus-based investigation of definite description
use", Computational Linguistics 24(2): about 30 % of definite descriptions in their corpus, resolved to the
most recent antecedent with the same head); the gold counts such an anaphor as the entity it refers to
(corpus/gold/GUIDELINES.md section 2, coreference).

Narrow on purpose (a wrong antecedent is a false relation with a plausible sentence):

* the head is an extract noun only (extract, fraction, 提取物, 提取液): what a HERB entity is in these
  papers (compounds are named, and "the compound"/"this drug" opening a sentence is nlp/coreference.py);
* the noun phrase is definite ("the / this / these / such …", or "Extract treatment / administration"
  opening a sentence, where the article is dropped as in headlines; or the bare noun as the object of a
  treatment word, "Coadministration of extract significantly reduced …" (validation_en PMID19761039), "BDL
  rats treated with extract": an article-less mass noun of the material under study, which in the methods
  register of pharmacology abstracts is a definite reference to the study's extract, as a headline noun is)
  and has no post-modifier naming its
  source ("the extract of S. miltiorrhiza", "fractions from Artemisia": then the source is named, and
  recognising it is the matcher's job);
* the antecedent is the herb of the most recent earlier sentence of the paragraph that names a herb:
  exactly one herb for a singular head, up to three for a plural one ("the fractions" of two herbs);
* the sentence itself names no herb (else the description may be that herb's) and names a gene or pathway
  (else there is nothing to relate).

The added mention has ``how`` = ``cross_sentence.CROSS_SENTENCE``: its pairs are weighed as a
cross-sentence reading (below a stated pair of the same cue, relations/cross_sentence.py
``bridged_label``) and typed by the sentence's own cue. A compound mention inside the description ("the
polysaccharide fractions": CPD:polysaccharides, the material's chemical class) is replaced by it: the
fractions, not polysaccharides in general, are what acted.
"""

from __future__ import annotations

import re

from pipeline.nlp.matcher import Mention
from pipeline.relations.cross_sentence import CROSS_SENTENCE

_PLURAL_HEADS = frozenset({"extracts", "fractions"})
# "the polysaccharide fractions", "this ethanolic extract", "these two extracts"; not "the extract of X",
# "fractions from X", "the extract (EAa)" (a definition), "the extraction"
_EN = re.compile(
    r"\b(?:[Tt]he|[Tt]his|[Tt]hese|[Tt]hose|[Ss]uch)\s+(?:[A-Za-z][\w-]*\s+){0,2}?(?P<head>extracts?|fractions?)\b"
    r"(?!\s*\(|\s+(?:of|from|obtained|prepared|derived|isolated)\b|-)"
    r"|^(?:(?:Moreover|In addition|Furthermore|Additionally|Also|However|Similarly)\s*,?\s+)?"
    r"(?P<bare>Extract)\s+(?:treatment|administration|supplementation)\b"
    r"|\b(?:(?:[Cc]o-?|[Pp]re-?)?(?:[Tt]reatment|[Aa]dministration|[Ss]upplementation)\s+(?:of|with)"
    r"|(?:co-?|pre-?)?(?:treated|administered|supplemented)\s+with)\s+(?P<object>extracts?)\b"
    r"(?!\s*\(|\s+(?:of|from|obtained|prepared|derived|isolated)\b|-)"
)
_ZH = re.compile(r"(?:该|此|上述|这一|这种|这些)(?P<head>提取物|提取液)(?![的之]?(?:来源|由))")
MAX_PLURAL = 3


def descriptions(sentence: str, lang: str) -> list[tuple[int, int, bool]]:
    """(start, end, plural) of the definite descriptions of an extract in ``sentence``."""
    out = []
    for m in (_ZH if lang == "zh" else _EN).finditer(sentence):
        if m.group("head") is not None:
            out.append((m.start(), m.end(), m.group("head") in _PLURAL_HEADS or m.group(0).lower().startswith("these")))
        elif m.group("bare") is not None:  # "Extract treatment": the description is the word "Extract"
            out.append((m.start("bare"), m.end("bare"), False))
        else:  # "Coadministration of extract", "rats treated with extract": the bare object of a treatment
            out.append((m.start("object"), m.end("object"), m.group("object") == "extracts"))
    return out


def antecedents(herbs: list[str], plural: bool) -> list[str]:
    """The herbs a description refers to, given ``herbs``: the distinct herb ids of the most recent earlier
    sentence naming any (in order): one for a singular head, up to MAX_PLURAL for a plural one."""
    if not herbs or len(herbs) > (MAX_PLURAL if plural else 1):
        return []
    return herbs


def herbs_named(mentions, skip: frozenset[str]) -> list[str]:
    """Distinct HERB ids of ``mentions`` in order, leaving out mentions whose ``how`` is in ``skip``
    (no partners: relations/pairs.py NO_PARTNER)."""
    seen: list[str] = []
    for m in sorted(mentions, key=lambda m: m.start):
        if m.label == "HERB" and m.entity_id and m.how not in skip and m.entity_id not in seen:
            seen.append(m.entity_id)
    return seen


def resolve(sentence_text: str, sentence_start: int, mentions: list[Mention], last_herbs: list[str], lang: str,
            skip: frozenset[str] = frozenset()) -> list[Mention]:
    """``mentions`` of the sentence (paragraph offsets) with a mention of the antecedent herb(s) at each
    definite description of an extract (``CROSS_SENTENCE``), compound mentions inside it dropped;
    unchanged when the rule does not apply. ``last_herbs``: ``herbs_named`` of the most recent earlier
    sentence of the paragraph that names a herb."""
    if not last_herbs or herbs_named(mentions, skip):
        return mentions
    if not any(m.label in ("GENE", "PATHWAY") and m.how not in skip for m in mentions):
        return mentions
    added: list[Mention] = []
    out = list(mentions)
    for a, b, plural in descriptions(sentence_text, lang):
        start, end = sentence_start + a, sentence_start + b
        inside = [m for m in out if m.start < end and start < m.end]
        herbs = antecedents(last_herbs, plural)
        if not herbs or any(m.label != "COMPOUND" or m.start < start or m.end > end for m in inside):
            continue  # no antecedent, or the description overlaps a gene, a herb or a longer name
        out = [m for m in out if m not in inside]
        added += [Mention(start, end, herb, "HERB", CROSS_SENTENCE, sentence_text[a:b]) for herb in herbs]
    if not added:
        return mentions
    return sorted([*added, *out], key=lambda m: (m.start, -m.end))
