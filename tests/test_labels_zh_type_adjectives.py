"""Stop 32: Chinese type adjectives in 型/性 ("激活型caspase-3", "抑制性Smad") are no verbs
(relations/type_adjectives.py), and the active form's level is the protein's activation.

Real sentences of the validation texts (the document named at each); the verb 激活 right before the type
adjective of the same word ("TβRI可以激活胞质中的受体激活型 Smads 蛋白") must keep its reading.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import type_adjectives
from pipeline.relations.cues import find_cues

COLISTED = "本实验发现经烟草提取物处理后的RLE-6TN细胞,PLTP和激活型caspase-3蛋白的表达上调(图3)。"  # ChinaXiv-201712.00859V1
ACTIVE = "烟草提取物处理组激活型caspase-3的蛋白表达上调。"  # ChinaXiv-201712.00859V1, gold tobacco activates caspase-3
SMADS = ("该信号转导过程还涉及TGF-β信号通路中的转录因子Smads,包括受体调节性Smads(Smad1,Smad5),共同作用性Smad(Smad4)和"
         "抑制性Smad(Smad6)[16]。")  # ChinaXiv-201812.00642V1
VERB = ("磷酸化具有激酶活性的TβRI可以激活胞质中的受体激活型Smads蛋白(receptor-regulated Smads,R-Smads,Smad2/3),"
        "将信号传到磷酸化的受体。")  # ChinaXiv-201711.00749V1


def test_a_type_adjective_is_no_verb_between_co_listed_genes(annotator, gene_id):
    typed = typed_pairs(annotator, COLISTED)
    assert typed[(gene_id("PLTP"), gene_id("CASP3"))].label == "associated"  # was PLTP upregulates caspase-3


def test_the_level_of_the_active_form_is_activation(annotator, gene_id):
    typed = typed_pairs(annotator, ACTIVE)
    pair = next(v for k, v in typed.items() if gene_id("CASP3") in k and k[0].startswith("HERB"))
    assert pair.label == "activates"  # gold: activates (was upregulates, read off the adjective)


def test_an_inhibitory_smad_inhibits_no_listed_smad(annotator, gene_id):
    typed = typed_pairs(annotator, SMADS)
    assert typed[(gene_id("SMAD4"), gene_id("SMAD6"))].label == "associated"


def test_the_verb_before_the_adjective_keeps_its_object(annotator, gene_id):
    typed = typed_pairs(annotator, VERB)
    pair = typed[(gene_id("TGFBR1"), "FPLX:SMAD2_3")]
    assert (pair.label, pair.agent) == ("activates", gene_id("TGFBR1"))


def test_only_the_adjective_stem_is_dropped():
    text = "TβRI可以激活胞质中的受体激活型Smads蛋白,并具有抑制性作用。"
    cues = find_cues(text)
    dropped = type_adjectives.type_adjective_cues(text, cues)
    assert [text[c.start:c.end] for c in cues if c.start in dropped] == ["激活"]
    assert text.index("受体激活型") + 2 in dropped  # the adjective's stem, not the verb at "可以激活"
