"""A protein class written as a common noun names a kind of protein, not a partner.

FamPlex gives classes such as "chemokine(s)" a family id, and the matcher finds them in running
text; but an English abstract uses the common noun in two ways that name no protein at all:

- as a CLASSIFIER before a proper name: "the Th2 chemokine TARC and the pro-Th2 cytokine TSLP"
  (PMID23195129), "chemokines (macrophage inflammatory protein (MIP)-1a, MIP-2)" (PMID21251971).
  In an English noun phrase "the N Name" the common noun N says what the name is (a close
  apposition, Quirk et al. 1985, *A Comprehensive Grammar*, §17.86: "the poet Burns"); the name is
  the referent. It is the mirror of ``nlp/chain_elements.member_with_class_noun`` ("p38 MAP
  kinase": a class noun after the symbol). FamPlex itself does not always know the name is a
  member (CCL17/TARC is filed under CCL, not Chemokine), so the rule is the word order, not the
  hierarchy;
- as a GENERIC PLURAL in a list of other generic plurals: "suppressing the expression of
  cytokines, chemokines, and adhesion molecules" (PMID21129471), "cytokines and chemokines"
  (PMID21540101). A bare plural coordinated with bare plurals that are no entities names a
  category of read-outs (Carlson 1977, bare plurals as kind-denoting), and the agent of the
  sentence was paired with "Chemokine" as if it had been measured (Radix Rehmanniae → Chemokine
  downregulates, 3.82, the top false positive of validation_en); no gold set has a row for it.

Named families stay partners: an upper-case or numbered family ("MMPs", "ERK1/2", "caspase-3"),
a family not followed by a name, and a plural not listed among generic plurals ("activation of
caspases", validation_en's gold Silibinin — Caspase).
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# a common noun: lower-case letters, hyphens and spaces only ("chemokine", "cation channels")
_COMMON_NOUN = lazy_re.compile(r"[a-z][a-z\- ]*[a-z]")
# between the class noun and the name it classifies: one space, or " (" opening a list of names
_CLASSIFIER_GAP = lazy_re.compile(r"\s(?:\(\s*)?")
# a close apposition opens with a determiner ("the Th2 chemokine TARC", "the pro-Th2 cytokine TSLP");
# without one the two words may be one name ("collagen IA1": COL1A1)
_DETERMINED = lazy_re.compile(r"\b(?:the|a|an|this|that|its|their|another)\s+(?:[\w\-]+\s+){0,2}$", re.IGNORECASE)
# a generic plural as a conjunct: "cytokines, chemokines, and adhesion molecules", "cytokines and chemokines"
_PLURAL = r"(?:[a-z][a-z\-]*\s+){0,2}(?!(?:this|thus|has|was|does|plus|across|versus|whereas|its|us)\b)[a-z][a-z\-]*[a-z]s"
_PLURAL_BEFORE = lazy_re.compile(r"\b" + _PLURAL + r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$")
_PLURAL_AFTER = lazy_re.compile(r"^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)(" + _PLURAL + r")\b")


def _common_family(text: str, m) -> bool:
    return m.label == "GENE" and m.entity_id.startswith("FPLX:") and \
        bool(_COMMON_NOUN.fullmatch(text[m.sentence_start:m.sentence_end]))


def _free(lo: int, hi: int, mentions) -> bool:
    """No mention overlaps ``[lo, hi)``: the words there are no entity."""
    return not any(m.sentence_start < hi and lo < m.sentence_end for m in mentions)


def _opens_list(text: str, family, name) -> bool:
    """A plural class noun before "(" heads the list of names in the brackets ("chemokines
    (MIP-1a, MIP-2)"); a single name closing the brackets is the class noun's abbreviation
    ("superoxide dismutase (SOD)", "mitogen-activated protein kinases (MAPKs)")."""
    return text[family.sentence_start:family.sentence_end].endswith("s") and \
        not re.match(r"\s*\)", text[name.sentence_end:name.sentence_end + 3])


def class_nouns(text: str, mentions) -> set[int]:
    """Indices of the family ``mentions`` (``sentence_start``/``sentence_end``, ``label``,
    ``entity_id``) of the sentence ``text`` that are a classifier before a name or a generic plural
    among generic plurals."""
    out: set[int] = set()
    genes = {m.sentence_start: m for m in mentions if m.label == "GENE"}
    for i, m in enumerate(mentions):
        if not _common_family(text, m):
            continue
        gap = _CLASSIFIER_GAP.match(text, m.sentence_end)
        name = genes.get(gap.end()) if gap else None
        if name is not None and name.entity_id != m.entity_id and (
                _opens_list(text, m, name) if "(" in gap.group(0) else _DETERMINED.search(text[:m.sentence_start])):
            out.add(i)  # "the Th2 chemokine TARC", "chemokines (MIP-1a, MIP-2)"
            continue
        if not text[m.sentence_start:m.sentence_end].endswith("s"):
            continue
        before = _PLURAL_BEFORE.search(text[max(0, m.sentence_start - 60):m.sentence_start])
        if before and _free(m.sentence_start - len(before.group(0)), m.sentence_start, mentions):
            out.add(i)  # "cytokines, chemokines"
            continue
        after = _PLURAL_AFTER.match(text[m.sentence_end:m.sentence_end + 60])
        if after and _free(m.sentence_end, m.sentence_end + after.end(), mentions):
            out.add(i)  # "chemokines and adhesion molecules"
    return out
