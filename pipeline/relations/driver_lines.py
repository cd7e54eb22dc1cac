"""A Cre driver line's promoter gene and the drug that switches the recombinase on are no partners.

Mouse genetics abstracts name the tool that deletes or expresses a gene in one tissue by the
promoter that drives the recombinase: "Shh(CreERT2)", "Alb-Cre;gankyrin(f/f)", "Mx1-Cre", "Ltf-Cre
mice", "Ltf Cre/+", "Pdx1-Cre", "endothelial-cadherin-Cre mice", "CCSP-rtTA". The promoter gene
says where the floxed gene is lost, not what acts: "We modulated the b-catenin gene conditionally in
endodermal epithelia by utilizing tamoxifen-inducible Cre driver line (Shh(CreERT2))" states no
relation of SHH with b-catenin or with tamoxifen. And the drug that activates an inducible
recombinase ("tamoxifen-inducible Cre", "a tamoxifen-inducible Cre recombinase") is a switch of
the experiment, not an agent whose targets are reported. validation39_en PMID24632946 gave three
such false rows (tamoxifen–SHH, tamoxifen–CTNNB1, SHH–CTNNB1); the construction recurs in BioRED
(Alb-Cre and Mx1-Cre PMID28777492, Ltf-Cre PMID28368537, VE-cadherin-Cre PMID28346429, Pdx1-Cre
PMID26516699; tamoxifen-inducible Cre recombinase PMID29049388). corpus/gold/GUIDELINES.md counts a
knockout as the gene's loss of function (5.5): the floxed gene ("gankyrin(f/f)", "LKB1(flox/flox)")
is the one under study and is not touched here (relations/model_subjects.py reads its genotype);
only the driver's promoter and the switch are dropped as relation partners (the mention stays, so
entity recognition is unchanged; relations/pairs.py ``partner_mentions``).
"""

from __future__ import annotations

import re

# right after the promoter gene: "-Cre", " Cre", "(CreERT2)", "::Cre", "^CreER", "-rtTA" (a Tet driver)
_DRIVER_AFTER = re.compile(r"(?:\s?[-:;^(]{1,2}\s?|\s)(?:Cre(?:ERT?2?|-?ER(?:\(?T2\)?)?)?|r?tTA)(?![a-z])")
# the switch of an inducible recombinase: "tamoxifen-inducible Cre", "tamoxifen (TAM)-inducible Cre
# recombinase", "tamoxifen-induced Cre-mediated deletion"
_SWITCH_AFTER = re.compile(
    r"(?:\s?\([\w-]{1,8}\))?[-\s](?:inducible|induced|dependent|activated)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:Cre|CreER\w*|recombinase|recombination)(?![a-z])")


def is_driver_promoter(text: str, end: int) -> bool:
    """Is the gene mention ending at ``end`` the promoter of a Cre (or Tet) driver line ("Shh(CreERT2)",
    "Alb-Cre", "Ltf Cre")?"""
    return _DRIVER_AFTER.match(text, end) is not None


def is_recombinase_switch(text: str, end: int) -> bool:
    """Is the compound mention ending at ``end`` the drug that switches an inducible recombinase on
    ("tamoxifen-inducible Cre driver line")?"""
    return _SWITCH_AFTER.match(text, end) is not None
