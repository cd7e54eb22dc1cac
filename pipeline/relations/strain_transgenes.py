"""The transgenes that name a disease-model strain are no relation partners: "APP/PS1 mice".

A strain written as its transgenes joined by "/" ("APP/PS1 mice", "APP/PS1 AD mouse model", "APP/PS1双转基因小鼠")
names the animal the experiment is done in, the Alzheimer's disease model carrying mutant human APP and PSEN1;
the paper's findings are about the agent under study (a knockout crossed into it, "Elimination of KCa3.1 in
KCa3.1-/-/APP/PS1 mice corrected these abnormal responses"; a treatment), not about APP or PSEN1. BioRED train
PMID30442153 annotates APP and PS1 in "APP/PS1 mice" as gene mentions but relates them to no gene or chemical
(only to the disease: the strain models it), and validation39_en (the same abstract) has no APP or PSEN1 row;
BioRED train PMID24853300 ("amyloid precursor protein/presenilin transgenic mice") likewise relates neither.
corpus/gold/GUIDELINES.md: "a disease group compared with controls gives no rows"; a Cre driver line's promoter
(relations/driver_lines.py) is the same kind of name of the model.

The mentions stay (entity recognition is unchanged); relations/pairs.py ``partner_mentions`` drops them as
partners. A strain named by genes it lacks ("Ldlr/Apoe double knockout mice") is left alone: a knockout is the
genes' loss of function (GUIDELINES 5.5; relations/model_subjects.py reads its genotype), and so is one gene
before "transgenic mice" (relations/model_anaphora.py: "MMP-1 transgenic mice" studies MMP-1's gain).
"""

from __future__ import annotations

from pipeline import lazy_re
from pipeline.nlp.slash_lists import names_transgenic_strain

_SLASH = lazy_re.compile(r"\s?/\s?")


def strain_transgenes(text: str, mentions) -> set[int]:
    """Indices in ``mentions`` (with ``label``, ``sentence_start``, ``sentence_end``) of the gene mentions of a
    slash chain of two or more genes that names a transgenic strain ("APP/PS1 mice")."""
    if "/" not in text:
        return set()
    genes = sorted((i for i, m in enumerate(mentions) if m.label == "GENE"), key=lambda i: mentions[i].sentence_start)
    found: set[int] = set()
    chain: list[int] = []
    for i in [*genes, None]:
        if i is not None and chain and _SLASH.fullmatch(
                text, mentions[chain[-1]].sentence_end, mentions[i].sentence_start):
            chain.append(i)
            continue
        if len(chain) >= 2 and names_transgenic_strain(text, mentions[chain[-1]].sentence_end):
            found.update(chain)
        chain = [] if i is None else [i]
    return found
