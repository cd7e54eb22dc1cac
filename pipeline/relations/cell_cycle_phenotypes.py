""""Cell cycle arrest" names what happened to the cells, not the cell-cycle pathway.

"Acetone extract of Angelica sinensis inhibits proliferation … via inducing cell cycle arrest and
apoptosis" (PMID15261763), "Crude extract of Rheum palmatum L. Induces cell cycle arrest S phase and
apoptosis" (PMID25689151), "EEPS treatment significantly blocked G1 to S phase cell cycle progression"
(PMID25500894), "细胞周期阻滞": an arrest, a progression or a distribution of the cycle is a
read-out of cell growth, like cell proliferation, which GUIDELINES 1.1 names as no entity; the
process entities it lists are ferroptosis, autophagy, mitophagy, osteoclast differentiation and
apoptosis. The KEGG map "Cell cycle" (hsa04110) matched in such phrases was paired with the agent
as a finding ("Angelica sinensis activates Cell cycle"); none of the five gold sets has a row with
it, while apoptosis named beside it is gold (当归 activates Apoptosis).

A PATHWAY mention naming the cycle or a phase, followed by arrest / progression / distribution / transition / checkpoint (阻滞,
停滞, 分布, 进程) is no relation partner of its sentence (relations/pairs.py ``sentence_pairs``);
the same map named otherwise keeps its pairs.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

_PHENOTYPE_AFTER = lazy_re.compile(
    r"\s*-?\s*(?:\([^()]{0,20}\)\s*)?(?:arrest|progression|distribution|transition|checkpoint)\b"
    r"|\s*(?:阻滞|停滞|分布|进程)", re.IGNORECASE)
# the cycle or one of its phases, as written ("cell cycle", "cell-cycle", "S phase", "细胞周期", "G2期")
_CYCLE = lazy_re.compile(r"cell[\s-]*cycle|phase\s*$|细胞周期|期$", re.IGNORECASE)


def is_cycle_phenotype(text: str, start: int, end: int) -> bool:
    """Is the PATHWAY mention text[start:end] the cycle (or a phase) named as arrested,
    progressing or distributed ("cell cycle arrest", "cell-cycle progression", "细胞周期阻滞")?"""
    return bool(_CYCLE.search(text[start:end])) and _PHENOTYPE_AFTER.match(text, end) is not None
