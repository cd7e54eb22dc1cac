"""A gene mention that opens a phenotype's name is no relation partner of its sentence.

"胰岛素抵抗", "胰岛素敏感度", "鼠对胰岛素的敏感度", "insulin-resistant mice", "to inhibit insulin responses":
the words name a state of the animal (a phenotype), not the hormone or its gene; corpus/gold/GUIDELINES.md 1
gives phenotypes no rows ("Diseases, cell types, tissues, phenotypes … are not entities"), and the gold has no
INS row for such a sentence (validation44_zh ChinaXiv-201711.00914V1 "Kang等[28]指出血浆RBP4浓度的增加会降低
鼠对胰岛素的敏感度" keeps RBP4's rows only). relations/roles.py ``is_phenotype`` already lowers a pair whose
target is so named to a weak ``associated``, but only on one path of the labelling and for fewer words; the
pair itself stayed (stop 50's reading of the Chinese top false positives: 8 INS rows above the cut on the
TUNE sets, all from such phrases). Here the mention is dropped as a partner in relations/pairs.py
``partner_mentions``, like a model's inducer; the same gene named elsewhere in the sentence as itself
("瘦素可增强胰岛素诱导的信号通路IR/PI3K/Akt,改善大鼠胰岛素抵抗") keeps its pairs.

The phenotype words: resistance, sensitivity, tolerance (and their negations and participles), the
"responses" of a hormone (not "response to", which names what the gene responds to). Not "抵抗素"
(resistin, a gene) nor "敏感基因".
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_PHENOTYPE_AFTER = lazy_re.compile(
    r"(?:\s*-\s*|\s*)(?:的\s*)?(?:"
    r"抵抗(?![素])|抗性|不敏感|敏感性|敏感度|敏感(?!基因)|耐受|"
    r"(?:in)?sensitivity|(?:in)?sensitive\b|resistan(?:ce|t)\b|(?:in)?tolerance\b|(?:un)?responsiveness\b"
    r"|responses?\b(?!\s+(?:to|of)\b))",
    re.IGNORECASE)
_WORDS = ("抵抗", "抗性", "敏感", "耐受", "sensitiv", "resistan", "toleran", "respons")  # one is in every match


def may_name_phenotype(text: str) -> bool:
    """False only when no mention of the sentence can be ``names_phenotype``: asked once per sentence."""
    lower = text.lower()
    return any(word in lower for word in _WORDS)


def names_phenotype(text: str, end: int) -> bool:
    """Is the gene mention ending at ``end`` the first word of a phenotype's name ("胰岛素抵抗",
    "对胰岛素的敏感度", "insulin-resistant", "insulin responses")?"""
    return _PHENOTYPE_AFTER.match(text, end) is not None
