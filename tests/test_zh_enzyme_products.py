"""Stop 43 (issue 14, Chinese labels): an enzyme ``upregulates`` the compound its reaction makes
(relations/enzyme_products.py; effects._enzyme_product).

"在X作用下生成P", "X催化S水解成…P", "P是由X催化…产生的": no effect cue names the link, the verb is one of making and the
enzyme its catalyst; the gold types each as the enzyme ``upregulates`` the product (GUIDELINES 2: the amount of a
compound). The substrate, consumed, is not typed.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import enzyme_products

# new_papers_zh ChinaXiv-202207.00046V1 (gold DDC ``upregulates`` serotonin)
SEROTONIN = ("色氨酸是合成5-HT的底物,在色氨酸羟化酶(tryptophan hydroxylase,TPH)的催化作用下生成5-羟色氨酸,再在5-羟色氨酸"
             "脱羧酶作用下生成5-HT,储存于囊泡内[5-6]。")
# validation38_zh ChinaXiv-201712.01110V1 (gold PLC ``upregulates`` inositol phosphates and diacylglycerol)
PLC = ("PTHR1受体至少通过两种途径激活PKC，其一为激活PLC,PLC催化磷脂酰肌醇4,5-二磷酸(PIP2)分子水解成磷酸肌醇(IP)和二酰基"
       "甘油(DAG),引起胞内钙离子的释放，进而激活PKC,此途径为PKC激活的经典途径。")


def test_enzyme_under_whose_action_the_product_forms(annotator, gene_id):
    pair = typed_pairs(annotator, SEROTONIN)[(gene_id("DDC"), "CPD:serotonin")]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("DDC"))  # was associated
    # TPH makes 5-hydroxytryptophan, not 5-HT (a clause break between): no row of this sentence says TPH makes 5-HT
    assert typed_pairs(annotator, SEROTONIN)[(gene_id("TPH1"), "CPD:serotonin")].label == "associated"


def test_catalysed_hydrolysis_makes_each_listed_product(annotator):
    typed = typed_pairs(annotator, PLC)
    for product in ("MESH:D007295", "CPD:diacylglycerol"):
        pair = typed[("FPLX:PLC", product)]
        assert (pair.label, pair.agent) == ("upregulates", "FPLX:PLC"), product  # was associated
    assert typed[("FPLX:PLC", "MESH:D019269")].label == "associated"  # PIP2, the substrate


def test_made_by_as_pure_function():
    text = "一氧化氮是由一氧化氮合酶（NOS）催化氧化L-精氨酸产生的弱氧化剂"  # free ChinaXiv pool ChinaXiv-201812.00835V1
    start = text.index("一氧化氮合酶")
    assert enzyme_products.made_by(text, start, start + 6, 0, 4) is not None
    # the verb of making names another product, a clause away
    text = "TPH的催化作用下生成5-羟色氨酸,再储存为5-HT"
    assert enzyme_products.made_by(text, 0, 3, text.index("5-HT"), len(text)) is None


def test_the_product_row_weighs_as_any_stated_upregulation(annotator, gene_id):
    # the rule built its PairLabel without a weight, so the row kept the dataclass default, `associated`'s 0.4: a stated
    # upregulation weighed as a bare co-mention (English biosynthesis rows weigh 1.0)
    from pipeline.relations.effects import WEIGHTS

    pair = typed_pairs(annotator, SEROTONIN)[(gene_id("DDC"), "CPD:serotonin")]
    assert pair.weight == WEIGHTS["upregulates"]
