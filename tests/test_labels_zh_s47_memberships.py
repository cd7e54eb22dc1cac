"""Stop 47: Chinese membership statements read at any pair of mentions, with glosses, co-members and the family's
own gloss between (relations/member_statements.py), and role nouns before a name (relations/role_premodifiers.py).

Sentences from the development review papers of validation44_zh, validation45_zh and validation46_zh (was: ``associated``).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

# ChinaXiv-201711.01011V1 (validation45_zh): the list follows the family's second mention
PPARS = ("PPARs是属于核受体超家族的成员,在脂类分解代谢和储存中起重要作用,目前为止,已经鉴定PPARs家族有3种亚型,"
         "即PPARα、PPARβ/δ和PPARγ[10-11]。")
# ChinaXiv-201812.00297V1 (validation45_zh): a gloss, and a co-member, before the copula
NOX1 = "NADPH氧化酶1(NOX1)是NADPH氧化酶家族成员之一,在结肠上皮细胞中高水平表达[14]。"
DUOX2 = "NOX1和双氧化酶2(Duox2)是NADPH氧化酶家族成员,在肠上皮细胞中高度表达[33]。"
# ChinaXiv-201805.00425V1 (validation46_zh): 属于 with the family's gloss; the doubled copula and the family's abbreviation
FOSB = "FosB属于转录因子AP-1(transcription activator -1)家族,是一组可调控成骨细胞分化和骨形成的蛋白。"
TRPV4 = "TRPV4通道是是瞬时受体电位通道家族(TRP)的成员,属非选择性钙离子通道。"
# ChinaXiv-201711.00914V1 (validation44_zh): a pathway's place noun
P38 = "p38促分裂原活化蛋白激酶(p38MAPK)是MAPK信号通路其中的激酶之一。"
# ChinaXiv-201711.01011V1 (validation45_zh): the pathway first, its part after 中
S6K1 = "雷帕霉素处理前体脂肪细胞是降低C/EBPβ表达量从而抑制前体脂肪细胞的克隆增生,这一过程受到mTOR通路中S6K1的调控[6]。"
# ChinaXiv-201812.00767V1 (validation46_zh): a complex counting its parts
MTORC1 = ("mTORC1由3个重要部分构成:哺乳动物雷帕霉素靶蛋白(mammalian target ofrapamycin,mTOR)、mTOR调控相关蛋白"
          "(regulatory-associated protein of mTOR,Raptor)及哺乳动物SEC13致死蛋白8(mammalian lethal with SEC13 protein 8,"
          "mLST8,又称GβL)[13]。")
# a frame "在…通路中," is frame_members.py's; an effect after 中的 is no list (ChinaXiv-201711.00871V1, validation44_zh)
MAPKS = ("其中,MAPKs通路中的细胞外信号调节激酶(ERK)和c-Jun氨基末端激酶(JNK)是正向调控,而p38 MAPK是负向调控[13]。")


def _member(typed, part: str, whole: str) -> bool:
    pair = typed[(part, whole)]
    return (pair.label, pair.agent) == ("member_of", part)


def test_family_list_after_its_second_mention(annotator, gene_id):
    typed = typed_pairs(annotator, PPARS)
    for symbol in ("PPARA", "PPARD", "PPARG"):
        assert _member(typed, gene_id(symbol), "FPLX:PPAR"), symbol


def test_gloss_and_co_member_before_the_copula(annotator, gene_id):
    assert _member(typed_pairs(annotator, NOX1), gene_id("NOX1"), "FPLX:NADPH_oxidase")
    typed = typed_pairs(annotator, DUOX2)
    assert _member(typed, gene_id("NOX1"), "FPLX:NADPH_oxidase")
    assert _member(typed, gene_id("DUOX2"), "FPLX:NADPH_oxidase")
    assert typed[(gene_id("NOX1"), gene_id("DUOX2"))].label == "associated"  # co-members: no membership of each other


def test_belongs_to_a_glossed_family(annotator, gene_id):
    assert _member(typed_pairs(annotator, FOSB), gene_id("FOSB"), "FPLX:AP1")
    assert _member(typed_pairs(annotator, TRPV4), gene_id("TRPV4"), "FPLX:TRP")


def test_a_pathways_place_noun(annotator):
    assert _member(typed_pairs(annotator, P38), "FPLX:p38", "hsa04010")


def test_part_named_inside_the_pathway(annotator, gene_id):
    typed = typed_pairs(annotator, S6K1)
    assert _member(typed, gene_id("RPS6KB1"), "hsa04150")
    assert typed[(gene_id("RPS6KB1"), gene_id("CEBPB"))].label != "member_of"
    typed = typed_pairs(annotator, MAPKS)
    assert _member(typed, "FPLX:ERK", "hsa04010") and _member(typed, "FPLX:JNK", "hsa04010")
    assert typed[("FPLX:p38", "hsa04010")].label != "member_of"  # after the clause's predicate: no list of the pathway's


def test_complex_counts_its_parts(annotator, gene_id):
    typed = typed_pairs(annotator, MTORC1)
    for symbol in ("MTOR", "RPTOR", "MLST8"):
        assert _member(typed, gene_id(symbol), "FPLX:mTORC1"), symbol


# ChinaXiv-201711.00914V1 (validation44_zh) and ChinaXiv-201711.01377V1 (validation45_zh): a role noun before the name
PGC1B = "p38MAPK通过下调SREBP-1c和SREBP-1c的协同激活剂PGC-1β的转录作用抑制肝脏脂肪的合成[29];"
GSK3B = ("而采用Westerm blot法的研究发现,虽然ATRA不能显著改变Wnt/β catenin信号负性调控因子糖原合成激酶3β(glycogen synthase "
         "kinase3β,GSK3β)的表达,但ATRA能通过激活磷脂酰肌醇3-激酶(PI3K)/丝氨酸/苏氨酸激酶(Akt)信号使GSK3β磷酸化。")
CGI58 = ("这与比目鱼肌ATGL及其共激活剂比较基因识别-58(comparative gene identification-58,CGI-58)蛋白质表达量的提高有关,"
         "说明IL-6抑制动物脂肪组织的脂肪酸氧化和脂肪的分解。")
# ChinaXiv-201711.00914V1 (validation44_zh): the copula's object glossed before 的抑制剂
ACC = "此外,ACC是肉毒碱棕榈酰转移酶-1(CPT-1)的抑制剂,所以维生素A缺乏的鼠肝脏线粒体内CPT-1活性及其基因表达增加,使得脂肪酸氧化增加了30%[11]。"


def test_role_noun_before_the_name(annotator, gene_id):
    pair = typed_pairs(annotator, PGC1B)[(gene_id("PPARGC1B"), gene_id("SREBF1"))]
    assert (pair.label, pair.agent) == ("activates", gene_id("PPARGC1B"))
    typed = typed_pairs(annotator, GSK3B)
    axis = next(k[1] for k in typed if k[0] == gene_id("GSK3B") and k[1].startswith("AXIS:"))
    pair = typed[(gene_id("GSK3B"), axis)]
    assert (pair.label, pair.agent, pair.negated) == ("inhibits", gene_id("GSK3B"), False)  # ATRA's 不能 is not its
    assert typed[(gene_id("GSK3B"), gene_id("CTNNB1"))].label != "inhibits"  # β-catenin only named inside the axis
    pair = typed_pairs(annotator, CGI58)[(gene_id("ABHD5"), gene_id("PNPLA2"))]
    assert (pair.label, pair.agent) == ("activates", gene_id("ABHD5"))


def test_copula_role_noun_after_a_glossed_object(annotator, gene_id):
    pair = typed_pairs(annotator, ACC)[("FPLX:ACC", gene_id("CPT1A"))]
    assert (pair.label, pair.agent) == ("inhibits", "FPLX:ACC")


# ChinaXiv-201711.00914V1 (validation44_zh; the same sentence in ChinaXiv-201711.01377V1, validation45_zh): a topic chain
STATS = ("Janus激酶(JAK)-信号传导及转录激活因子(STAT)信号通路是重要的细胞内信号转导通路,也转导脂类代谢相关信号给动物机体维持体内平衡,"
         "STATs主要包括STAT1\\~4、5A、5B和6等成员,是JAK-STAT信号通路中的主要转录因子,具有细胞和组织特异性。")
# ChinaXiv-201711.01440V1 (validation45_zh): one of the family, 家族(gloss)中
TLR4 = ("Toll 样受体 4(Tollike receptor 4,TLR4)是Toll样受体家族(Toll like receptors,TLRs)中发现最早、研究最多、应用最广的"
        "一种免疫受体。")


def test_topic_chain_copula_after_the_members_list(annotator, gene_id):
    typed = typed_pairs(annotator, STATS)
    pathway = next(k[1] for k in typed if k[0] == "FPLX:STAT" and k[1].startswith("hsa"))
    assert _member(typed, "FPLX:STAT", pathway)
    assert _member(typed, gene_id("STAT3"), "FPLX:STAT")
    assert typed[(gene_id("STAT3"), pathway)].label != "member_of"  # an item of the first predicate's list: no subject


def test_one_of_the_family(annotator, gene_id):
    assert _member(typed_pairs(annotator, TLR4), gene_id("TLR4"), "FPLX:TLR")


# what is no membership: a glossed superfamily (ChinaXiv-201707.00667V1, GUIDELINES 5.16), a word of a longer name
# (ChinaXiv-201711.01377V1: "Jun-氨基末端激酶" is JNK), the list's exception (ChinaXiv-201707.00667V1)
BMPS = ("骨形态发生蛋白(Bone Morphogenetic Proteins,BMPs)属于转化生长因子β(TransformingGrowth Factorsβ,TGFβ)超家族成员,"
        "因其具有诱导骨形成的能力而得名[2]。")
MAPKS_LISTED = ("细胞外信号调节激酶(extracellular signal-regulated kinases,ERK)1/2、ERK5、Jun-氨基末端激酶(Jun amino-terminal "
                "kinases,JNK)1-3和p38MAPK是MAPK家族的主要成员,其中ERK1/2通过在Ser600位点磷酸化HSL,提高其催化活性[34]。")
BMP1 = "BMP是从成人骨组织中提取的一种富含谷氨酸的高度保守糖蛋白,除了BMP-1均属于TGF-β家族[22]。"


def test_no_superfamily_word_or_exception(annotator, gene_id):
    typed = typed_pairs(annotator, BMPS)
    assert all(p.label != "member_of" for (a, b), p in typed.items() if "FPLX:TGFB" in (a, b))
    typed = typed_pairs(annotator, MAPKS_LISTED)
    for part in ("FPLX:JNK", "FPLX:p38", gene_id("MAPK7")):
        assert _member(typed, part, "FPLX:MAPK"), part
    assert typed[(gene_id("JUN"), "FPLX:MAPK")].label != "member_of"
    typed = typed_pairs(annotator, BMP1)
    assert typed[(gene_id("BMP1"), "FPLX:TGFB")].label != "member_of"
