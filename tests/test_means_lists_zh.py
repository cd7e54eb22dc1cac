"""以及 ("as well as") joins the items of a means list; it is not 以 ("in order to") opening a chain.

Sentence copied from the normalised text of sample ChinaXiv-202010.00047V1.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

MEANS_LIST = ("在对Huh7癌细胞的增殖抑制作用中,毛兰素是通过抑制Akt激酶活性、下调Mcl-1蛋白表达活性以及激活PARP活性的方式"
              "来实现的(苏鹏,2011)。")


def test_the_items_of_a_means_list_are_co_targets(annotator):
    typed = typed_pairs(annotator, MEANS_LIST)
    assert typed[("CPD:erianin", "FPLX:AKT")].label == "inhibits"
    assert typed[("CPD:erianin", "FPLX:PARP")].label == "activates"
    # Akt and Mcl-1 are what erianin changes, not agents of PARP's activation
    assert typed[("FPLX:AKT", "FPLX:PARP")].label == "associated"
    assert typed[("HGNC:6943", "FPLX:PARP")].label == "associated"
