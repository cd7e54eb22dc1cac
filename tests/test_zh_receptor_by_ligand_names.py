"""A Chinese ligand name before 受体 names the receptor, read through the ligand's English names
(pipeline/nlp/zh_receptor_names.py ``receptor_of_entity``; annotator ``_receptor_of_entity``)."""

from nlp_helpers import named

IGF1, IGF1R = "HGNC:5464", "HGNC:5465"


def test_long_chinese_receptor_name_is_the_receptor_not_its_ligand(annotator):
    # validation38_zh ChinaXiv-201711.01073V1, introduction: the receptor (defined as IGF-IR) activates PI3K;
    # IGF-I itself is named only later in the sentence
    text = ("此外，类胰岛素样生长因子-I受体(insulin like growthfactor-I receptor,IGF-IR)可以激活 PI3K、MAPK、"
            "Janus 激酶(Janus kinase,JAK)等多种胞内亚单位6，产生级联信号转导反应，通过启动相关的信号通路来抑制"
            "细胞凋亡，这3条信号途径对细胞的存活都是必需的，当其中有信号通路被阻断后，IGF-I就不能对抗多种因素引起的细胞凋亡反应")
    found = named(annotator, text)
    assert ("胰岛素样生长因子-I受体", IGF1R) in found
    assert [t for t, i in found if i == IGF1] == ["IGF-I"]


def test_reference_title_names_the_receptor(annotator):
    # validation38_zh ChinaXiv-201711.01073V1, reference 6 (no hyphen before the numeral)
    found = named(annotator, "[6]王俊宏.胰岛素样生长因子I受体与细胞凋亡信号转导[J].国外医学·生理、病理科学与临床分册,2002,22(5):445-447.")
    assert ("胰岛素样生长因子I受体", IGF1R) in found
    assert IGF1 not in {i for _, i in found}


def test_symbol_ligand_receptor_read_through_symbol_r(annotator):
    # development sample ChinaXiv-201812.00846V1: soluble TNF-α receptors, not TNF-α, inhibit the synthesis
    text = "IL-6在机体内有非常广泛的作用，在免疫应答反应和细胞生长中起着很大的作用，同时刺激IL-1受体拮抗剂和可溶性TNF-α受体抑制IL-1、TNF-α等致炎因子的早期合成[21]"
    found = named(annotator, text)
    assert ("TNF-α受体", "FPLX:TNFRSF") in found
    assert [t for t, i in found if i == "HGNC:11892"] == ["TNF-α"]


def test_compound_ligand_read_through_its_canonical_name_only(annotator):
    # 三磷酸肌醇受体 (the IP3 receptor; free ChinaXiv pool) is ITPR through "Inositol 1,4,5-Trisphosphate receptor";
    # retinoic acid's synonym "beta-Retinoic acid" would give RARB, one subtype: a compound's other names are not read
    assert annotator._receptor_of_entity("MESH:D015544") == "FPLX:ITPR"
    assert annotator._receptor_of_entity("CPD:retinoic-acid") is None
    # a gene's synonyms vote: IGF1's six names agree on IGF1R
    assert annotator._receptor_of_entity(IGF1) == IGF1R


def test_second_half_of_a_slash_name_is_left_alone():
    from pipeline.nlp.matcher import Mention
    from pipeline.nlp.zh_receptor_names import zh_receptor_mentions

    # the TIR domain's standard Chinese name (Toll/interleukin-1 receptor homology region), as TLR papers gloss it;
    # no development text has it (three papers of the free ChinaXiv pool do, not copied here)
    text = "Toll/白细胞介素-1受体同源区"
    m = Mention(text.index("白"), text.index("受体"), "FPLX:IL1", "GENE", "dictionary", "白细胞介素-1")
    assert zh_receptor_mentions(text, [m], lambda _: None, lambda _: "HGNC:5993") == [m]
