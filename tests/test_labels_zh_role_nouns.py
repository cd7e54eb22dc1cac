"""Stop 39: a Chinese effect word inside a role noun that names the mention after it ("抑制凋亡因子Bcl-2",
"凋亡抑制子Bcl-2", "翻译抑制蛋白4E-BPs") is no verb (relations/role_nouns.py): it does not make an entity
named before it act on the named one.

Real sentences of the development texts (validation38_zh, the document named at each).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import post_nominal, role_nouns
from pipeline.relations.cues import find_cues

# ChinaXiv-201712.00232V1 (gold: fasudil upregulates BCL2; ATG5/BECN1–BCL2 are co-read-outs, no relation)
ANTI_APOPTOTIC = "与单纯I/R组相比,Fasudil组Atg5和Beclin1mRNA表达增加,抑制凋亡因子Bcl-2表达增加,Bcl-2/Bax比值增高;"
# ChinaXiv-201711.01073V1 (three genes introduced by their roles: no relation between them)
INHIBITOR_OF_APOPTOSIS = ("Wareski等[17]发现凋亡相关因子如调亡启动子Bax、凋亡抑制子Bcl-2和凋亡操纵子Caspase-3在整个泌乳期都表达,"
                          "Bax和Caspase-3表达的上调伴随着BMECs死亡的持续性增加以及干乳期凋亡细胞数目的增多。")
# ChinaXiv-201712.01150V1 (4E-BPs are the translation repressors; EIF4E is listed beside them, not their agent)
REPRESSOR = ("有文献说明,AKT的活化直接磷酸化mTOR使之活化后作用于下游与翻译有关的P70S6K,EIF4E及翻译抑制蛋白4E-BPs,"
             "并能直接磷酸化PTEN,激活蛋白的转录,从而在转录水平和翻译水平上对肿瘤细胞的蛋白进行调节[9-10]。")


def test_a_role_noun_gives_no_co_listed_gene_a_verb(annotator, gene_id):
    typed = typed_pairs(annotator, ANTI_APOPTOTIC)
    for gene in ("ATG5", "BECN1"):
        assert typed[(gene_id(gene), gene_id("BCL2"))].label == "associated"  # was downregulates (the noun's 抑制)


def test_the_named_genes_own_level_is_read_for_the_treatment(annotator, gene_id):
    typed = typed_pairs(annotator, ANTI_APOPTOTIC)
    pair = next(v for k, v in typed.items() if k[1] == gene_id("BCL2") and not k[0].startswith(("HGNC", "FPLX", "AXIS")))
    assert pair.label == "upregulates"  # gold: fasudil upregulates BCL2 (was downregulates)


def test_an_inhibitor_noun_after_a_process_is_no_verb(annotator, gene_id):
    typed = typed_pairs(annotator, INHIBITOR_OF_APOPTOSIS)
    assert typed[(gene_id("BAX"), gene_id("BCL2"))].label == "associated"  # was BAX inhibits BCL2


def test_a_repressor_noun_is_no_verb_between_listed_genes(annotator, gene_id):
    typed = typed_pairs(annotator, REPRESSOR)
    assert typed[(gene_id("EIF4E"), "FPLX:EIF4EBP")].label != "inhibits"


def test_only_the_role_noun_is_dropped():
    text = "Fasudil可抑制凋亡因子Bax的表达,凋亡抑制子Bcl-2表达增加,并抑制蛋白激酶C,抑制因子IKB降解。"
    cues = find_cues(text)
    dropped = role_nouns.role_noun_cues(text, cues, [])
    assert dropped == {text.index("抑制子Bcl-2"), text.index("抑制因子IKB")}  # not the verbs after 可 and 并


def test_a_pronoun_causees_change_has_no_object(annotator, gene_id):
    # "mTOR使之活化后作用于…4E-BPs": 活化 is mTOR's own change (之), mTOR then acts on 4E-BPs with no direction
    typed = typed_pairs(annotator, REPRESSOR)
    assert typed[(gene_id("MTOR"), "FPLX:EIF4EBP")].label == "associated"  # gold associated


def test_the_pronoun_rule_keeps_a_named_causee():
    text = "AKT的磷酸化使mTOR活化,使之活化后作用于下游。"
    cues = find_cues(text)
    owned = post_nominal.pronoun_changes(text, cues)
    assert owned == {text.index("之活化") + 1}  # not the 活化 of the named causee mTOR


# validation_zh ChinaXiv-201812.00711V1 (活化蛋白, "activator protein" AP-1, is a list item: no verb between p38/JNK and NF-κB)
LISTED_ROLE = "这些信号网络涉及到的接头蛋白和蛋白酶激酶主要包括p38丝裂原活化蛋白激酶酶、c-Jun氨基末端激酶、活化蛋白以及NF-κB[14]。"
# validation_zh ChinaXiv-201711.00749V1 (co-activators and co-repressors: no verb on Smad4)
COACTIVATORS = ("磷酸化具有激酶活性的TβRI可以激活胞质中的受体激活型Smads蛋白(receptor-regulated Smads,R-Smads,Smad2/3),将信号传到"
                "磷酸化的受体,并与通用型Smads(commonmediator Smads,Co-Smads,Smad4)结合将TGF-β的信号由胞浆传递至胞核内作用于特定基因的"
                "启动子,与许多辅助活化因子和辅助抑制因子协同作用调节靶基因的转录,诱导下游目的基因的表达,进而引发一系列的生物学效应。")


def test_a_role_noun_in_a_list_is_no_verb(annotator):
    typed = typed_pairs(annotator, LISTED_ROLE)
    assert typed[("FPLX:p38", "FPLX:NFkappaB")].label == "associated"  # was p38 activates NF-κB
    assert typed[("FPLX:JNK", "FPLX:NFkappaB")].label == "associated"


def test_co_activator_nouns_are_no_verbs():
    cues = find_cues(COACTIVATORS)
    dropped = role_nouns.role_noun_cues(COACTIVATORS, cues, [])
    assert dropped == {COACTIVATORS.index("活化因子和"), COACTIVATORS.index("抑制因子协同")}  # not 可以激活, 诱导下游


def test_a_verb_before_a_protein_noun_is_kept():
    text = "X可抑制蛋白表达,抑制蛋白质合成,并激活蛋白激酶。"
    assert role_nouns.role_noun_cues(text, find_cues(text), []) == frozenset()
