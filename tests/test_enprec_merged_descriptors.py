"""A chemical whose MeSH descriptor was merged into a broader one is found under that one (GUIDELINES 5.14).

2,3,7,8-TCDD: MeSH now indexes it under Polychlorinated Dibenzodioxins (MESH:D000072317) and keeps no entry
term for it; BioRED (shared/data/dev/annotated, doc 20401977) annotates the full name with that id and the
validation abstract PMID23639626 writes the name once and "TCDD" throughout. Before, the paper-compound rule
gave it an id of its own (``PCPD:2,3,7,8-tetrachlorodibenzo-p-dioxin``), so none of its rows met the gold."""

TCDD = "MESH:D000072317"


def test_tcdd_and_its_full_name_are_the_merged_descriptor(mentions_of):
    # PMID23639626, verbatim
    title = ("TCDD induces the expression of insulin-like growth factor binding protein 4 in 5L rat hepatoma "
             "cells: a cautionary tale of the use of this cell line in studies of the dioxin receptor.")
    assert ("TCDD", TCDD) in mentions_of(title)
    defined = ("Previous quantitative proteomic studies on the actions of 2,3,7,8-tetrachlorodibenzo-p-dioxin (TCDD) "
               "in 5L rat hepatoma cells, a cell model frequently used for investigating the mechanisms of TCDD "
               "toxicity, had indicated that dioxin exposure reduced the abundance of numerous proteins which are "
               "regulated at the level of protein synthesis initiation.")
    found = mentions_of(defined)
    assert ("2,3,7,8-tetrachlorodibenzo-p-dioxin", TCDD) in found and ("TCDD", TCDD) in found
