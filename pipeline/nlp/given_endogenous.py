"""An endogenous ion or metabolite the text gives as a treatment is a relation partner (GUIDELINES 1.3).

curated/endogenous_compounds.tsv marks iron, calcium, zinc, ATP, GSH, H2O2 … as no relation partners: the
body's own ions and metabolites are read-outs, "not entities … except when the text uses them as an
administered treatment" (GUIDELINES 1.3; 5.x "a salt given to produce an overload is the agent"). That
exception was not detected (the file's header said so), so a paper that exposes cells to H2O2 lost every row
of it: "Following a 30 min exposure of the cells to H2O2 (150 microM), a marked decrease in … activities of
glutathione peroxidase and catalase" (validation38_en PMID15350833, two gold rows), "wogonin inhibited
H2O2-induced phosphorylation of caveolin-1" (new_papers_en PMID23246481), "Conjugated linoleic acid and
calcium co-supplementation improves bone health" (validation_en PMID23578644), all "co-mentioned but not
extracted"; BioRED train lists the same class among its chemical–gene units we co-mention and drop
(bench/biored_norow.py).

A mention is given when a word of giving stands right after it (a participle "H2O2-treated/-induced/
-exposed/-loaded", "calcium (co-)supplementation", a dose in brackets "H2O2 (150 microM)"; Chinese 处理, 诱导,
刺激, 孵育, 干预) or right before it ("exposure of the cells to", "treated with", "supplemented with",
"administration of"; 添加, 补充, 给予, 用). The same cues as nlp/body_lipids.py, widened to the nouns of giving.
Reactive species and peroxidation products (ROS, superoxide, hydroxyl radical, nitric oxide, lipid
peroxides, MDA, GSSG, protein aggregates) are never given under that name — "ROS-induced apoptosis" is the
cell's own ROS — so they stay no partners whatever follows. Calcium, sodium, potassium and magnesium are given
only by a word of giving, not by a participle of causing ("Ca(2+)-induced current inhibition", BioRED train
PMID15184369, is the channel's own calcium); an ion that begins a protein's or a drug class's name ("calcium
channel blockers") and a percentage-strength laboratory solution ("3%H2O2" quenching peroxidase before staining)
are no treatment either.

The mention only becomes a partner again; the relation rules (model inducers, stimuli, measured read-outs)
still judge it like any other compound.
"""

from __future__ import annotations

import re

from pipeline import lazy_re

# made by the cell, never named as what is given: "ROS-induced", "NO-stimulated" are the cell's own
NEVER_GIVEN = frozenset({
    "MESH:D017382",  # Reactive Oxygen Species
    "MESH:D013481",  # Superoxides
    "MESH:D017665",  # Hydroxyl Radical
    "MESH:D009569",  # Nitric Oxide
    "MESH:D008054",  # Lipid Peroxides
    "CPD:malondialdehyde",
    "MESH:D019803",  # Glutathione Disulfide
    "MESH:D066329",  # Protein Aggregates
    "MESH:D008903",  # Minerals
    # membrane phospholipids: "phosphatidylserine exposure" is their turning outward on a dying cell (the annexin V
    # assay, validation_zh ChinaXiv-201712.00999V1), not a treatment
    "CPD:phosphatidyl-l-serine", "CPD:phosphatidyl-ethanolamine",
})
# a percentage strength before the name is a laboratory solution, not a dose: "3%H2O2处理内源性过氧化氢酶"
# (validation_zh ChinaXiv-201812.00642V1), "3% H2O2 in methanol" quench the tissue's own peroxidase before staining
_SOLUTION_BEFORE = lazy_re.compile(r"\d+(?:\.\d+)?\s?%\s?$")
# the cell's signalling ions: "Ca(2+)-induced current inhibition" (BioRED train PMID of TRPV6), "Ca2+-induced Ca2+
# release" are the cell's own flux, so for them a participle of causing is no giving (a verb of giving still is)
SIGNALLING_IONS = frozenset({"MESH:D002118", "MESH:D012964", "MESH:D011188", "MESH:D008274"})  # Ca, Na, K, Mg
# a participle of causing right after the name: "H2O2-induced", "ATP-stimulated", "H2O2诱导"
_CAUSED_AFTER = lazy_re.compile(r"\s?-?\s?(?:induced|stimulated)\b|\s?(?:诱导|刺激)", re.IGNORECASE)
# a word of giving right after the name: "H2O2-treated", "calcium co-supplementation", "H2O2 (150 microM)", "H2O2处理"
_GIVEN_AFTER = lazy_re.compile(
    r"\s?-?\s?(?:pre-?)?(?:treated|treatment|exposed|exposure|loaded|loading|challenged|supplemented)\b"
    r"|\s(?:co-?)?supplementation\b"
    r"|\s?\(\s?\d+(?:\.\d+)?\s?(?:[µμu]M|mM|nM|micro[Mm]|mmol/L|[µμu]mol/L|mg/kg|[µμu]g/ml|mg/ml)\b"
    r"|\s?(?:预?处理|孵育|干预)", re.IGNORECASE)
# a word of giving right before it: "exposure of the cells to", "treated with", "administration of", "添加"
_GIVEN_BEFORE = lazy_re.compile(
    r"(?:\b(?:(?:pre-?)?treated|treating|incubated|supplemented|exposed|challenged|stimulated|loaded)"
    r"(?:\s+\w+){0,2}?\s+(?:with|to)\s+"
    r"|\b(?:exposure|(?:pre-?)?treatment|administration|addition|supplementation|injection|infusion)"
    r"(?:\s+of\s+(?:the\s+)?\w+)?\s+(?:to|with|of)\s+"
    r"|(?:添加|补充|给予|加入|(?<!作)用|灌胃))(?:(?:exogenous|extracellular)\s+|外源性?)?$", re.IGNORECASE)
# the ion names a protein or a drug class, not itself: "administration of calcium channel blockers"
_PART_OF_NAME = lazy_re.compile(r"[\s-]?(?:channels?|sensing|sensors?|binding|dependent|transporters?|pumps?|ionophores?"
                                r"|chelators?|antagonists?|blockers?|通道|敏感)", re.IGNORECASE)
LOOK_BACK = 40  # characters before the mention read for a verb or noun of giving


def is_given(entity_id: str, text: str, start: int, end: int) -> bool:
    """Does ``text`` give the endogenous compound ``entity_id`` named at text[start:end] as a treatment
    (module docstring)? Reactive species (:data:`NEVER_GIVEN`) never are."""
    if entity_id in NEVER_GIVEN or _PART_OF_NAME.match(text, end) \
            or _SOLUTION_BEFORE.search(text, max(0, start - 8), start):
        return False
    return (_GIVEN_AFTER.match(text, end) is not None
            or (entity_id not in SIGNALLING_IONS and _CAUSED_AFTER.match(text, end) is not None)
            or _GIVEN_BEFORE.search(text, max(0, start - LOOK_BACK), start) is not None)
