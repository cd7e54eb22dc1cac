"""Stop 36: the long form "nuclear factor-kappaB" names the NF-κB family (dictionaries/curated/family_synonyms.tsv).

FamPlex lists only the short forms (NF-kappaB, NF-κB, NFkB); the long form was no mention, so an item of a list
written with it broke the list, and the stimulus' participle reached only the items before it: "decreased the
cisplatin-induced overexpression of inducible nitric oxide synthase, nuclear factor-kappaB, caspase-3 and p53"
(BioRED train PMID20510337) gave cisplatin a label for iNOS only. The long form is written with a hyphen, a space
or none ("nuclear factor-kappaB", "nuclear factor kappa B", "nuclear factor-kappa B": validation_en PMID19811499,
new_papers_en PMID24849405, BioRED train); longer names that contain it keep their own entity (RANKL's
"receptor activator of nuclear factor kappa B ligand", new_papers_en PMID17049513).
"""

from __future__ import annotations

import pytest
from nlp_helpers import typed_pairs

COENZYME = ("Immunohistochemical analysis revealed that coenzyme Q10 significantly decreased the cisplatin-induced "
            "overexpression of inducible nitric oxide synthase, nuclear factor-kappaB, caspase-3 and p53 in renal "
            "tissue.")  # BioRED train PMID20510337
MAC = ("MAC also efficiently blocked protein expression of inducible nitric oxide synthase (iNOS), cyclooxygenase-2 "
       "(COX-2), and phosphorylation of mitogen-activated protein kinases (MAPKs) and inhibited the degradation of "
       "nuclear factor-kappa B (NF-kB) and IkBa.")  # new_papers_en PMID24849405
RANKL = ("Imatinib was also found to inhibit M-CSF-induced osteoclast survival as well as M-CSF-induced osteoclast bone "
         "resorbing activity, but was without effect on interleukin 1alpha (IL-1alpha) and receptor activator of nuclear "
         "factor kappa B ligand (RANKL)-induced inhibition of osteoclasts apoptosis.")  # new_papers_en PMID17049513
CISPLATIN = "MESH:D002945"


@pytest.mark.parametrize("text", [
    "Independent and cooperative roles of tumor necrosis factor-alpha, nuclear factor-kappaB, and bone morphogenetic "
    "protein-2 in regulation of metastasis.",  # validation_en PMID19811499 (title, shortened)
    MAC,
    "Curcumin inhibited the activation of nuclear factor kappa B in macrophages.",
    "Curcumin inhibited the activation of Nuclear factor kappaB in macrophages.",
])
def test_the_long_form_names_the_nfkb_family(mentions_of, text):
    assert ("FPLX:NFkappaB" in {entity for _, entity in mentions_of(text)})


def test_a_longer_name_that_contains_it_keeps_its_own_entity(mentions_of, gene_id):
    found = mentions_of(RANKL)
    assert any(entity == gene_id("TNFSF11") for _, entity in found)
    assert "FPLX:NFkappaB" not in {entity for _, entity in found}


def test_the_stimulus_reaches_every_item_of_a_list_with_the_long_form(annotator, gene_id):
    typed = typed_pairs(annotator, COENZYME)
    for target in ("FPLX:NFkappaB", gene_id("CASP3"), gene_id("TP53")):
        pair = typed[(CISPLATIN, target)]
        assert (pair.label, pair.agent) == ("upregulates", CISPLATIN)
