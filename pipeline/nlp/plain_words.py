"""Pathway names that are ordinary English words, and symbols after a 5'/3' end label.

Reactome and KEGG name some entries with one ordinary word: Release, Translation, Disease,
Metabolism, Digestion, Reproduction, Ribosome, Asthma. In running text the lower-case word
("synthesis, release, binding to receptors", "regulation of translation initiation") is the
word, not a mention of the pathway: corpus/gold/GUIDELINES.md 1.1 makes a process a PATHWAY
entity only when it is named as that process. The process names that papers do use as
pathways in lower case are nouns formed as processes (apoptosis, ferroptosis, autophagy,
mitophagy, efferocytosis, angiogenesis, glycolysis), nouns of a process of becoming in
-escence (senescence: Latin -escere, "to become"; KEGG's Cellular senescence), and the adjectives of the
process nouns (-ptosis → -ptotic, -phagy → -phagic: "apoptotic cells", "anti-apoptotic effect", "induction of
autophagic vacuoles", which the gold reads as the process, GUIDELINES 1.1; new_papers_en PMID23380477,
validation38_en PMID21029769, validation40_en PMID11146047, validation_en PMID17652426 and PMID18809400);
a word of another form counts only when
a pathway head follows it ("translation pathway", "metabolism signalling", "代谢通路").

KEGG also names maps after an organelle or particle: Lysosome, Ribosome, Peroxisome, Phagosome,
Proteasome, Spliceosome (溶酶体, 核糖体, 过氧化物酶体, 吞噬体, 蛋白酶体). "与溶酶体结合", "自噬溶酶体",
"fusion with lysosomes" name the structure, not the pathway: a mention of such a name (English
-some, Chinese -体) counts only with a pathway head after it ("溶酶体通路", "lysosome pathway").

A symbol right after ``5'`` or ``3'`` names an end of a nucleic acid (5'TOP mRNA is the
5'-terminal oligopyrimidine motif, 3'UTR the untranslated region), not a gene or family.
"""

from __future__ import annotations

import re

from pipeline import lazy_re
from pipeline.nlp.matcher import Mention

# process nouns (-osis, -phagy, -genesis, -cytosis, -lysis, -poiesis, -ptosis, -escence), singular or plural,
# and the adjectives of -ptosis and -phagy (apoptotic, autophagic)
_PROCESS_NOUN = lazy_re.compile(
    r"(?:osis|oses|phagy|phagies|genesis|geneses|cytosis|lysis|lyses|poiesis|ptosis|escence|escences|ptotic|phagic)$"
)
_PATHWAY_HEAD_AFTER = lazy_re.compile(
    r"[\s-]*(?:signal(?:l)?ing|signals?|pathways?|cascades?|通路|信号|途径)(?![A-Za-z])", re.IGNORECASE
)
_STRUCTURE = lazy_re.compile(r"(?:some|somes|体)$", re.IGNORECASE)
_END_LABEL_BEFORE = lazy_re.compile(r"(?<![\w'′’])[35]['′’]-?$")  # glued: "the 5' VEGF untranslated region" keeps VEGF


def is_plain_word_pathway(text: str, m: Mention) -> bool:
    """A dictionary PATHWAY mention written as one lower-case word that is not a process noun
    and has no pathway head after it ("release", "translation", "disease")."""
    word = m.text
    return (
        m.label == "PATHWAY" and m.how == "dictionary" and word.isalpha() and word.isascii()
        and word.islower() and not _PROCESS_NOUN.search(word)
        and _PATHWAY_HEAD_AFTER.match(text, m.end) is None
    )


def is_structure_pathway(text: str, m: Mention) -> bool:
    """A dictionary PATHWAY mention naming an organelle or particle (lysosome, 溶酶体) with no
    pathway head after it."""
    return (
        m.label == "PATHWAY" and m.how == "dictionary" and _STRUCTURE.search(m.text) is not None
        and _PATHWAY_HEAD_AFTER.match(text, m.end) is None
    )


def after_end_label(text: str, m: Mention) -> bool:
    """A GENE mention glued after a 5'/3' end label (5'TOP, 3'-UTR): a nucleic-acid element.
    Written apart ("the 5' vascular endothelial growth factor untranslated region") the gene
    is named (BioRED tags it)."""
    return m.label == "GENE" and _END_LABEL_BEFORE.search(text, max(0, m.start - 4), m.start) is not None


_ADJECTIVE = lazy_re.compile(r"(?:ptotic|phagic)$", re.IGNORECASE)
_SENTENCE_END = lazy_re.compile(r"[.!?。！？]\s")


def is_redundant_adjective(text: str, m: Mention, mentions: list[Mention]) -> bool:
    """A process adjective ("apoptotic") in a sentence whose noun ("apoptosis") names the same process: the
    noun is the mention ("induce apoptosis of … cells via … Bim-mediated activation of the intrinsic apoptotic
    pathway", new_papers_en PMID23085435: the adjective's nearer cue had turned Bim's ``activates`` round)."""
    if m.label != "PATHWAY" or not _ADJECTIVE.search(m.text):
        return False
    for o in mentions:
        if o is m or o.entity_id != m.entity_id or _ADJECTIVE.search(o.text):
            continue
        a, b = (o.end, m.start) if o.end <= m.start else (m.end, o.start)
        if a <= b and not _SENTENCE_END.search(text, a, b + 1):
            return True
    return False


def drop_plain_words(text: str, mentions: list[Mention]) -> list[Mention]:
    """The paragraph's mentions without plain-word and structure pathways, 5'/3' element names and process
    adjectives beside their noun in one sentence."""
    return [m for m in mentions if not (
        is_plain_word_pathway(text, m) or is_structure_pathway(text, m) or after_end_label(text, m)
        or is_redundant_adjective(text, m, mentions))]
