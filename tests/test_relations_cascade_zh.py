"""Chinese cascade sentences (pipeline/relations/cascade.py): a clause that opens with its own
subject takes the cue; earlier subjects of the chain do not reach it. Real sentences of the
validation reviews (corpus/validation/zh), whose gold pairs adjacent links only."""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.cascade import opens_with_contrast_subject, opens_with_subject
from pipeline.relations.effects import Span

LPS, TLR4, MYD88, IRAK1, TNF = "MESH:D008070", "HGNC:11850", "HGNC:7562", "HGNC:6112", "HGNC:11892"
MYD88_SENTENCE = ("MyD88依赖途径:在细胞间,脂多糖、IL-1和TNF等炎症因子与TLR4相结合,TLR4将信号传递到细胞内,"
                  "TLR4的TIR区与MyD88的羧基端结合,并且MyD88的氨基端与IL-1受体相关激酶的氨基端结合,进而激活"
                  "白细胞介素受体相关激酶(IRAK)自身的磷酸化,获得的IRAK1、IRAK2、IRAK4和IRAK6激活下游通路。")


def test_the_stimuli_and_the_receptor_of_the_first_clauses_do_not_activate_the_kinases(annotator):
    """ChinaXiv-201812.00711V1: 激活 is MyD88's (its clause "并且MyD88的氨基端…" comes before it);
    lipopolysaccharide, TNF and TLR4 were typed `activates` IRAK1 (score 3.5 for the stimulus)."""
    typed = typed_pairs(annotator, MYD88_SENTENCE)
    for agent in (LPS, TNF, TLR4):
        assert typed[(agent, IRAK1)].label == "associated"
    assert typed[(MYD88, IRAK1)].label == "activates"  # the adjacent link (gold)


def test_a_clause_opens_with_a_subject_only_after_a_connective_or_a_short_modifier():
    """"并且MyD88的氨基端…" opens with MyD88; "能够改变TGF-β的构象" (ChinaXiv-201711.00749V1, THBS1
    activates TGF-β) names TGF-β after a verb: an object, so the cue stays THBS1's."""
    text = "THB-S1是TGF-β的重要活化剂,能够改变TGF-β的构象,暴露其与细胞受体结合位点进而激活TGF-β信号通路。"
    start = text.index("能够")
    tgfb = Span(text.index("TGF-β", start), text.index("TGF-β", start) + 5, "GENE", "FPLX:TGFB")
    assert not opens_with_subject(text, [tgfb], start, text.index(",", start), ("HGNC:11785", "hsa04350"))
    clause = "并且MyD88的氨基端与IL-1受体相关激酶的氨基端结合"
    myd88 = Span(2, 7, "GENE", MYD88)
    assert opens_with_subject(clause, [myd88], 0, len(clause), (TLR4, IRAK1))


def test_a_clause_whose_subject_is_no_entity_takes_the_cue_too(annotator):
    """ChinaXiv-201812.00711V1: "…抑制IL-1β引起的NF-KB活性,唾液链球菌也可抑制TLR-NF-KB信号通路的发生,
    下调IL-8的分泌": the bacterium lowers IL-8, IL-1β does not raise it (was `upregulates`); a
    temporal opening ("当AMP/ATP比率增加时激活进而调节自噬", jin2025) keeps the earlier subject."""
    typed = typed_pairs(annotator, "Sokol等[25]研究发现,普拉梭菌DSM17677能够抑制IL-1β引起的NF-KB活性,"
                                   "唾液链球菌也可抑制TLR-NF-KB信号通路的发生,下调IL-8的分泌来防止炎症反应。")
    assert typed[("HGNC:5992", "HGNC:6025")].label == "associated"
    typed = typed_pairs(annotator, "AMPK是一种高度保守的丝氨酸/苏氨酸蛋白激酶,当AMP/ATP比率增加时激活进而调节自噬,"
                                   "与真核细胞生长代谢和自噬密切相关。")
    assert typed[("FPLX:AMPK", "hsa04140")].label != "associated"


def test_genes_many_clauses_apart_in_a_cascade_weigh_less():
    """ChinaXiv-201812.00711V1's NF-κB cascade: IRAK1 (first clause) and NF-kB (fifth) are links of
    one chain, not one stated link; neighbours keep their weight."""
    from pipeline.relations.cascade import chain_factor, clause_gap

    text = ("其中IRAK1、IRAK2和IRAK4激活肿瘤坏死因子受体,IRAK6激活IKK复合物,IKK复合物使IkB磷酸化,"
            "IkB被泛素连接酶泛素化而降解,进而使NF-kB从休眠状态激活。")
    import re

    at = lambda word, eid: [Span(m.start(), m.end(), "GENE", eid) for m in re.finditer(re.escape(word), text)]
    irak1, nfkb = at("IRAK1", IRAK1), at("NF-kB", "FPLX:NFkappaB")
    assert clause_gap(text, irak1, nfkb) == 4
    assert chain_factor(text, irak1, nfkb, "GENE", "GENE") == 0.25
    assert chain_factor(text, at("IkB", "FPLX:IKB"), nfkb, "GENE", "GENE") == 1.0  # two clauses: neighbours
    assert chain_factor(text, irak1, nfkb, "COMPOUND", "GENE") == 1.0  # an agent's findings are not links


def test_an_english_clause_opened_by_but_has_its_own_subject(annotator):
    """"…, but the lignan glycoside reduced the expression of IP-10 and TNF-a" (PubMed 26320688, a PPR
    plant abstract of shared/data/dev/pubmed): the cue is the lignan's, not the chemokines' of the
    clause before (cascade.opens_with_contrast_subject)."""
    text = ("Moreover, the cytokines and chemokines profiles induced by H9N2 virus resembled those of influenza "
            "virus H1N1, but the lignan glycoside reduced the expression of IP-10 and TNF-a.")
    pairs = typed_pairs(annotator, text)
    assert pairs[("CPD:lignan", "HGNC:10637")].label == "downregulates"
    assert pairs[("FPLX:Chemokine", "HGNC:10637")].label == "associated"


def test_and_still_joins_the_subjects_of_one_verb():
    text = "Baicalin, wogonin and baicalein reduced IL-6."
    spans = [Span(0, 8, "COMPOUND", "CPD:baicalin"), Span(10, 17, "COMPOUND", "CPD:wogonin"),
             Span(22, 31, "COMPOUND", "CPD:baicalein"), Span(40, 44, "GENE", "HGNC:6018")]
    assert not opens_with_contrast_subject(text, spans, 9, 45, ("CPD:baicalin", "HGNC:6018"))
