"""Stop 35 (s35-labelsen): a herb named in English as a compound's source with a plain "from"/"in" is a
``contains`` row (GUIDELINES 1), by a class apposition ("X, an alkaloid from H") or a verb of obtaining ("obtain
X … from H"); relations/compound_sources.py. Sentences copied from the documents named."""

from __future__ import annotations

from nlp_helpers import typed_pairs

# validation PMID8073369
CONIINE = "Coniine, an alkaloid from Conium maculatum (poison hemlock), has been shown to be teratogenic in livestock."
# new_papers PMID24973886
DIOSGENIN = ("Diosgenin is a steroidal saponin from therapeutic herbs, fenugreek (T. foenum-graceum L.), has been "
             "well-known to have anticancer properties.")
# sample ChinaXiv-202107.00008V2 (reference title)
ERICIFOLIN = "Ericifolin: a novel antitumor compound from allspice that silences androgen receptor in prostate cancer."
# validation PMID25352883
PSORALEN = ("OBJECTIVE: To obtain coumarin compounds - psoralen and isopsoralen - from traditional Chinese medicine "
            "Psoralea corylifolia L. using chromatographic techniques and isolation and purification methods, and to "
            "observe the transplanted tumor growth inhibitory effects and adverse reactions of psoralen and isopsoralen "
            "in nude rats with osteosarcoma.")
# sample ChinaXiv-202010.00047V1 (reference title)
POLYSACCHARIDES = ("Studyon the technology of extracting polysaccharides from dried stems of Dendrobium officinale "
                   "Kimura et Migo by microwave method [J].")
# validation PMID16651713: a solvent of an extract is no constituent
SOLVENT = ("The ethanol extract of A. altissima (EAa) inhibited generation of the cyclooxygenase-2 (COX-2) dependent "
           "phases of prostaglandin D2 in bone marrow-derived mast cells (BMMC) in a concentration-dependent manner with "
           "an IC50 value of 214.6 microg/ml.")


def _herb_pair(typed: dict, compound: str) -> tuple[str, str]:
    return next((a, b) for a, b in typed if a.startswith("HERB") and b == compound)


def test_an_alkaloid_from_a_herb_is_contained(annotator):
    typed = typed_pairs(annotator, CONIINE)
    assert typed[_herb_pair(typed, "CPD:coniine")].label == "contains"


def test_a_saponin_from_therapeutic_herbs_is_contained(annotator):
    typed = typed_pairs(annotator, DIOSGENIN)
    assert typed[_herb_pair(typed, "CPD:diosgenin")].label == "contains"


def test_a_novel_compound_from_a_herb_is_contained(annotator):
    typed = typed_pairs(annotator, ERICIFOLIN)
    pair = next((a, b) for a, b in typed if a.startswith("HERB") and b.startswith(("CPD:", "MESH:")))
    assert typed[pair].label == "contains"


def test_compounds_obtained_from_a_herb_are_contained_but_not_their_class(annotator):
    typed = typed_pairs(annotator, PSORALEN)
    assert typed[_herb_pair(typed, "CPD:psoralen")].label == "contains"
    assert typed[_herb_pair(typed, "CPD:isopsoralen")].label == "contains"
    assert typed[_herb_pair(typed, "CPD:coumarin")].label != "contains"  # "coumarin compounds": the class


def test_extracting_a_compound_from_a_herbs_stems_is_contained(annotator):
    typed = typed_pairs(annotator, POLYSACCHARIDES)
    assert typed[_herb_pair(typed, "CPD:polysaccharides")].label == "contains"


def test_the_solvent_of_an_extract_is_not_contained(annotator):
    typed = typed_pairs(annotator, SOLVENT)
    assert all(pl.label != "contains" for (a, b), pl in typed.items())
