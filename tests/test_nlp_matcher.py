"""Dictionary matching on real sentences: boundaries, variants, case rules.

Sentences are quoted from the two reviews (normalised) unless marked otherwise.
"""

import pytest

from conftest import JIN, LI

HGNC_GPX4, HGNC_SLC7A11, HGNC_NFE2L2 = "HGNC:4556", "HGNC:11059", "HGNC:7782"


def ids(mentions):
    return {entity_id for _, entity_id in mentions}


def surfaces(mentions, entity_id):
    return [text for text, eid in mentions if eid == entity_id]


def test_danggui_is_not_found_inside_yingdang_guiyu(mentions_of):
    # constructed: 应当归于 ("should be attributed to") contains the herb name 当归
    found = mentions_of("这种作用应当归于补肾中药对骨髓间充质干细胞的调节。")
    assert not any(text == "当归" for text, _ in found)
    herb = mentions_of("当归补血汤中的当归能够促进成骨细胞增殖。")
    assert [t for t, _ in herb].count("当归") >= 1


def test_baicalein_is_a_compound_not_the_herb_huangqin_plus_su(mentions_of):
    found = mentions_of("黄芩素作为黄芩的重要活性成分之一,拥有包括抗氧化、抗炎、提高代谢以及神经保护等多种药理效应。")
    assert ("黄芩素", "CPD:baicalein") in found
    assert [t for t, _ in found].count("黄芩") == 1  # only the herb itself, not inside 黄芩素


def test_chinese_full_gene_name_with_spaces_from_pdf(mentions_of):
    found = mentions_of("糖尿病组大鼠骨质丢失骨组织中溶质载体家族 7 成员 11 和 GPX4 的表达明显减弱。")
    assert ("溶质载体家族7成员11", HGNC_SLC7A11) in found
    assert ("GPX4", HGNC_GPX4) in found


@pytest.mark.parametrize("text,expected", [
    ("The NSUN5-FTH1/FTL pathway mediates ferroptosis in bone marrow-derived mesenchymal stem cells",
     {"NSUN5", "FTH1", "FTL"}),
    ("铁超载通过ASK1-p38通路介导的铁死亡途径抑制成骨细胞功能", {"MAP3K5", "FPLX:p38"}),
    ("研究表明黄芩素通过上调溶质载体家族7成员11/GPX4轴来阻止BMSCs的铁死亡。", {"SLC7A11", "GPX4"}),
])
def test_gene_symbols_inside_slash_and_hyphen_compounds(mentions_of, gene_id, text, expected):
    expected_ids = {e if e.startswith("FPLX:") else gene_id(e) for e in expected}
    assert expected_ids <= ids(mentions_of(text))


def test_nrf2_and_chinese_full_name_both_link_to_nfe2l2(mentions_of, gene_id):
    keap1 = gene_id("KEAP1")
    zh = mentions_of("研究发现二氢山柰酚 3-鼠李糖苷通过激活核因子 E2 相关因子 2/Kelch 样 ECH 关联蛋白 1 信号通路减轻埃拉斯汀诱导的氧化应激损伤")
    assert HGNC_NFE2L2 in ids(zh) and keap1 in ids(zh)
    assert ("二氢山柰酚3-鼠李糖苷", "CPD:engeletin") in zh
    en = mentions_of("Engeletin alleviates erastin-induced oxidative stress and protects against ferroptosis via Nrf2/Keap1 pathway")
    assert ("Nrf2", HGNC_NFE2L2) in en and ("Keap1", keap1) in en


@pytest.mark.parametrize("variant", ["NF-κB", "NF-kappaB", "NF-kB", "NFκB", "NF-$\\kappa$B"])
def test_greek_and_hyphen_variants_of_nf_kappa_b(mentions_of, variant):
    found = mentions_of(f"Timosaponin BII suppresses the mTOR/{variant} signaling in osteoblasts.")
    assert "FPLX:NFkappaB" in ids(found)


def test_hyphen_variants_gata1_and_lc3ii(mentions_of, gene_id):
    found = mentions_of("白藜芦醇可以通过转录因子 GATA-1 磷酸化 AMPK $\\alpha$ 并激活一些未知分子,导致自噬相关基因 LC3II 和 ATG7 的表达增加。")
    assert any(t.endswith("GATA-1") and eid == "HGNC:4170" for t, eid in found)
    assert ("LC3II", "FPLX:MAP1LC3") in found
    assert gene_id("ATG7") in ids(found)
    other = mentions_of("Resveratrol induces proliferation in preosteoblast cell MC3T3-E1 via GATA1 and LC3-II.")
    assert ("GATA1", "HGNC:4170") in other and any(t == "LC3-II" for t, _ in other)


def test_symbols_that_are_english_words_need_their_case(mentions_of):
    # constructed: ordinary words that are also gene symbols (CAT, MET, SET, CAN)
    found = mentions_of("The cat met a set of patients who can recall the Met office.")
    assert not any(eid.startswith("HGNC:") for _, eid in found)
    assert ("CAT", "HGNC:1516") in mentions_of("Catalase (CAT) and SOD activity were measured.")


def test_abbreviation_case_osteoclast_is_not_osteocalcin(mentions_of):
    found = mentions_of("破骨细胞(osteoclast, OC)是负责骨吸收的主要功能细胞。研究表明唑来膦酸可以抑制OC的细胞活力,促进OC铁死亡的发生。")
    assert not any(text == "OC" for text, _ in found)
    assert ("唑来膦酸", "CPD:zoledronic-acid") in found


def test_gpx4_long_forms_and_short_form_all_link_to_gpx4(mentions_of):
    found = mentions_of("研究表明淫羊藿苷通过降低铁蛋白转运蛋白 1 的表达并增加谷胱甘肽过氧化物酶 4 (glutathione peroxidase 4, GPX4) 的表达,缓解胱氨酸代谢的抑制。")
    assert {"谷胱甘肽过氧化物酶4", "glutathione peroxidase 4", "GPX4"} <= set(surfaces(found, HGNC_GPX4))
    assert ("铁蛋白转运蛋白1", "HGNC:10909") in found  # SLC40A1 (ferroportin)
    assert ("淫羊藿苷", "CPD:icariin") in found


def test_generic_serine_threonine_kinase_is_not_akt(mentions_of):
    # 苏氨酸蛋白激酶 is the ferroptosis review's name for AKT, but here it ends a generic class name
    found = mentions_of("AMPK 是一种高度保守的丝氨酸/苏氨酸蛋白激酶,当 AMP/ATP 比率增加时激活进而调节自噬。")
    assert "FPLX:AKT" not in ids(found)
    assert "FPLX:AMPK" in ids(found)


def test_compiled_matcher_cache_is_keyed_by_dictionary_content(tmp_path, annotator):
    from pipeline.nlp.matcher import TermIndex

    first = TermIndex(annotator.dictionary, cache_dir=tmp_path)
    assert len(list(tmp_path.glob("matcher-*.pickle"))) == 1
    again = TermIndex(annotator.dictionary, cache_dir=tmp_path)
    assert again.n_keys == first.n_keys
    other = TermIndex(annotator.dictionary, stop_phrases=["铁死亡"], cache_dir=tmp_path)
    assert len(list(tmp_path.glob("matcher-*.pickle"))) == 2
    boundaries = lambda _pos: frozenset(range(10))
    assert [m.entity_id for m in first.match("抑制铁死亡", boundaries)] == ["hsa04216"]
    assert other.match("抑制铁死亡", boundaries) == []


def test_lazy_jieba_edges_equal_the_real_segmentation_on_every_corpus_sentence(annotator):
    """The matcher asks ``pos in SentenceEdges`` instead of segmenting each sentence; the
    answer must be jieba's (dictionary words, HMM off, our user words loaded) at every
    position of every sentence of both reviews — including the crossed ones (应当|归于)."""
    from pipeline.nlp.boundaries import SentenceEdges, crossed
    from pipeline.nlp.segmenter import token_boundaries
    from pipeline.text.sections import split_sections
    from pipeline.text.sentences import split_sentences

    checked = crossings = 0
    for path in (LI, JIN):
        for s in split_sentences(split_sections(path.stem, path.read_text(encoding="utf-8"))):
            if not any("\u4e00" <= c <= "\u9fd5" for c in s.text):
                continue
            real = token_boundaries(s.text)
            for p in range(len(s.text) + 1):
                crossings += p < len(s.text) and crossed(s.text, p)
                assert (p + 7 in SentenceEdges(s.text, offset=7)) == (p in real), (s.text, p)
                checked += 1
    assert checked > 10_000 and crossings > 2_000  # both paths of the shortcut were exercised
    edges = SentenceEdges("这种作用应当归于补肾中药", 0)
    assert 5 not in edges or 7 not in edges  # 当归 is not a token here: one of its edges is missing


def test_bovine_serum_albumin_is_a_control_reagent_not_the_human_gene_alb(mentions_of):
    # ChinaXiv-201712.00938V1 (CC BY 4.0), abstract: the BSA control group became ALB and
    # "AOPPs upregulates ALB" stood second in the sample batch's relations.csv
    zh = mentions_of("将体外培养的人肾小管上皮细胞(HK-2细胞)分为3组:牛血清白蛋白(BSA)组、AOPPs组。")
    en = mentions_of("HK-2 cells were treated with bovine serum albumin (BSA) or AOPPs.")
    assert "HGNC:399" not in ids(zh) | ids(en)
    assert ("人血清白蛋白", "HGNC:399") in mentions_of("人血清白蛋白水平降低。")
