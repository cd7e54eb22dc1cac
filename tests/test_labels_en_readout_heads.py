"""Stop 32: two small widenings of effects.py's English grammar, each a construction class.

* coordinated means with the preposition repeated: "induced apoptosis … by upregulating Bax, caspase-3 and
  caspase-9, and by downregulating Bcl-2" — the second gerund is a further means of the same list
  (effects._MEANS_GO_ON), so Bcl-2 ``inhibits`` apoptosis by the mechanism-chain rule of GUIDELINES 2;
* a tissue or compartment premodifier between an activity noun and its enzyme: "a significant decrease in the
  activities/levels of heart mitochondrial glutathione peroxidase, glutathione reductase, …" reads the enzymes'
  activity (GUIDELINES 2: ``inhibits``), as "activities of glutathione peroxidase" already did
  (effects._COMPARTMENT in _ACTIVITY_BEFORE).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import effects

CASSIA = ("Cassia tora L. significantly induced apoptosis in cancer cells (P<0.05) by upregulating Bax, caspase-3 and "
          "caspase-9, and by downregulating Bcl-2.")  # validation_en PMID23426077
ISOPROTERENOL = ("Isoproterenol induced myocardial infarcted rats showed a significant increase in the levels of cardiac "
                 "diagnostic markers, heart mitochondrial lipid peroxidation, calcium, and a significant decrease in the "
                 "activities/levels of heart mitochondrial glutathione peroxidase, glutathione reductase, reduced "
                 "glutathione, isocitrate, succinate, malate, α-ketoglutarate and NADH-dehydrogenases, "
                 "cytochrome-C-oxidase and adenosine triphosphate.")  # validation_en PMID23261676
APOPTOSIS, ISOPROTERENOL_ID = "hsa04210", "MESH:D007545"


def test_a_means_after_a_repeated_by_is_a_further_means_of_the_list(annotator, gene_id):
    typed = typed_pairs(annotator, CASSIA)
    assert (typed[(gene_id("BCL2"), APOPTOSIS)].label, typed[(gene_id("BCL2"), APOPTOSIS)].agent) == \
        ("inhibits", gene_id("BCL2"))
    assert typed[(gene_id("BAX"), APOPTOSIS)].label == "activates"  # the first means, as before


def test_a_compartment_word_before_the_enzyme_keeps_the_activity_reading(annotator, gene_id):
    typed = typed_pairs(annotator, ISOPROTERENOL)
    for target in ("FPLX:GPX", gene_id("GSR")):
        pair = typed[(ISOPROTERENOL_ID, target)]
        assert (pair.label, pair.agent) == ("inhibits", ISOPROTERENOL_ID)


def test_the_compartment_words_do_not_turn_a_level_into_an_activity():
    assert effects._ACTIVITY_BEFORE.search("reduced the levels of serum ") is None
    assert effects._ACTIVITY_BEFORE.search("increased activity of serum ") is not None
    assert effects._ACTIVITY_BEFORE.search("the activity of the extract in serum ") is None
