"""Entity false positives found on real papers (issue 13): LaTeX spelled letter by letter,
cell-line names, pathway names that are ordinary words, 5'/3' elements, assay reagents.

Sentences are quoted from ChinaXiv papers (CC BY 4.0: /work/shared/data/dev/chinaxiv/sample and
corpus/new_papers/zh) and PubMed abstracts (corpus/new_papers/en), as the files have them.
"""

from pipeline.nlp.cell_lines import cell_line_names, is_cell_line_shape
from pipeline.nlp.matcher import is_micro_unit, letter_spaced_fragment
from pipeline.relations.facts import facts_of
from pipeline.relations.pairs import REAGENT

DUOXA1, GAPDH, PCSK9, MB, ANXA5, DNTT = "HGNC:26507", "HGNC:4141", "HGNC:20001", "HGNC:6915", "HGNC:543", "HGNC:2983"
FITC = "MESH:D016650"


def _mentions(annotator, text, doc_id="t"):
    return [m for item in annotator.annotate(doc_id, text).sentences for m in item.mentions]


def test_a_unit_spelled_letter_by_letter_is_no_gene(mentions_of):
    # ChinaXiv-201801.00669V1: "m o l" of "m m o l" was DUOXA1 (alias "mol"), 49 times in the dev run
    found = mentions_of("1.2.1体外制备AOPP-BSA将不含游离氨基酸、碳水化合物、脂类成分的胎牛血清白蛋白(BSA)与"
                        "$2 0 0 \\mathrm { m m o l } / \\mathrm { L }$ 次氯酸按1:140混合，避光室温反应 "
                        "$3 0 \\mathrm { m i n }$ 后，制备出不含糖基化终产物结构的AOPP-BSA")
    assert DUOXA1 not in {eid for _, eid in found}
    # corpus/new_papers/zh/ChinaXiv-201707.00654V1: "\\mu m o l / L" and "\\pm 1" left unrendered
    found = mentions_of("结果显示，W40 作用于乳腺癌MDA-MB-231、肺癌GLC-82和PC-9 细胞的 $\\mathrm { I C } _ { 5 0 }$ "
                        "分别为47.13±1.60、 $1 5 . 8 1 \\pm 0 . 4 7$ 和 $6 9 . 8 6 \\pm 1 . 3 1 ~ \\mathrm "
                        "{ \\mu m o l / L }$ ；而W40作用于肝癌HepG2和肺癌A549 细胞的 $\\mathrm { I C } _ { 5 0 }$ "
                        "均大于 $8 0 \\mathrm { \\textmu m o l / L }$")
    assert DUOXA1 not in {eid for _, eid in found}
    assert not [t for t, _ in found if t.startswith("pm") or " " in t], found  # "\\pm 1" was HGNC:16823


def test_a_symbol_spelled_letter_by_letter_as_a_whole_is_kept(mentions_of):
    # ChinaXiv-201712.00816V1 (antibody list): GAPDH written \mathrm { G A P D H } is the gene
    found = mentions_of("TBST、TBS洗膜后一抗 $\\mathrm { W n t } 7 \\mathrm { a } ( 1 { : } 2 0 0$ 稀释）"
                        "Frizzled-7(1:200 稀释）、phospho- $\\mathrm { { A k t } } ( 1 : 1 0 0 0$ 稀释）、"
                        "phospho-mTOR( $\\left( 1 : 1 0 0 0 \\right.$ 稀释） $\\mathrm { \\cdot { G A P D H } } "
                        "( 1 : 2 0 0$ 稀释)$4 \\mathrm { { ^ \\circ C } }$ 过夜")
    assert GAPDH in {eid for _, eid in found}  # "GAPDH" since the fragment (45 characters) is rendered


def test_letter_spaced_fragments():
    text = "与 \\mathrm { m m o l } 和 \\mathrm { \\ D D A + } 和 \\mathrm { G A P D H } 和 \\mathrm { O s x }"
    at = text.index("m o l")
    assert letter_spaced_fragment(text, at, at + 5)  # lower case, and a piece of "m m o l"
    at = text.index("D D")
    assert letter_spaced_fragment(text, at, at + 3)  # a piece of "D D A"
    at = text.index("G A P D H")
    assert not letter_spaced_fragment(text, at, at + 9)
    at = text.index("O s x")
    assert not letter_spaced_fragment(text, at, at + 5)
    assert not letter_spaced_fragment("cyclin A and B", 0, 8)  # a word and a letter: not letters
    assert is_micro_unit("μol") and is_micro_unit("µg") and not is_micro_unit("μ-calpain")


def test_cell_lines_named_as_cells_drop_the_genes_inside_them(annotator):
    # corpus/new_papers/zh/ChinaXiv-201707.00654V1, methods and caption of one paper: MB
    # (myoglobin) inside MDA-MB-231 and PC-9 (= PCSK9 alias PC9) were genes of the caption's list
    text = ("1.2.1细胞培养 用DMEM/F12培养液(含有 $10 \\%$ FBS)培养HepG2细胞、MDA-MB-231细胞、GLC-82细胞、"
            "PC-9细胞和A549细胞，置于 $3 7 \\mathrm { ~ \\textdegree C }$ 、含 $5 \\% \\mathrm { C O } _ { 2 }$ "
            "的恒温培养箱中常规培养。\n\n"
            "(a) The chemical structure of W40 (b-f) HepG2, MDA-MB-231, PC-9, GLC-82 and A549 cells were "
            "treated with W4O at various concentrations for $4 8 \\mathrm { h }$.")
    ids = {m.entity_id for m in _mentions(annotator, text)}
    assert MB not in ids and PCSK9 not in ids
    assert cell_line_names([text]) >= {"MDA-MB-231", "PC-9", "GLC-82"}


def test_a_cell_bank_catalogue_number_is_no_gene(mentions_of, gene_id):
    # ChinaXiv-202107.00008V2 (dev/chinaxiv/sample), methods: "CCL-2" is HeLa's ATCC catalogue number,
    # not the chemokine CCL2; it gave penicillin and streptomycin -> CCL2 rows in the sample batch
    text = ("培养HeLa细胞（ATCC，CCL-2）用含有 $10 \\%$ 的胎牛血清、 100U/ml青霉素和0.1μg/μl链霉素的DMEM细胞培养液。")
    assert gene_id("CCL2") not in {i for _, i in mentions_of(text)}
    assert "CCL-2" in cell_line_names([text])
    # a primer that happens to hold ATCC is no catalogue ("…TAGCATCCATCA" in the same paper's table)
    assert cell_line_names(["IL-6 R:CCAGTTTGGTAGCATCCATCA-3'"]) == frozenset()
    # the chemokine itself keeps its gene
    assert gene_id("CCL2") in {i for _, i in mentions_of("LPS显著上调CCL-2的表达。")}


def test_cell_line_shapes_leave_gene_markers():
    assert all(map(is_cell_line_shape, ["MDA-MB-231", "PC-9", "HT-29", "MC3T3-E1", "SH-SY5Y", "RAW264.7", "BRL-3A"]))
    assert not any(map(is_cell_line_shape, ["CD4", "Th17", "HepG2", "A549", "GPX4"]))
    # 细胞因子 (cytokine) is no "cells" after IL-6
    assert cell_line_names(["IL-6细胞因子水平升高，CD4 细胞增多"]) == frozenset()


def test_ordinary_words_are_no_pathways(mentions_of):
    # reference titles in corpus/new_papers/zh (ChinaXiv-201712.00816V1, ChinaXiv-201801.00669V1)
    found = mentions_of("Regulation of translation initiation by FRAP/mTOR[J]")
    assert not [t for t, eid in found if t == "translation"]
    found = mentions_of("Extracelular release of annexin a2 is enhanced upon oxidative stress response via "
                        "the p38 MAPK pathway after Low-Dose X-Ray irradiation［J]")
    assert not [t for t, eid in found if t == "release"]
    # a process noun stays a pathway in lower case
    assert ("apoptosis", "hsa04210") in mentions_of("Dioscin-induced autophagy mitigates cell apoptosis.")


def test_a_symbol_after_a_5_prime_label_is_no_gene(mentions_of):
    # corpus/new_papers/zh/ChinaXiv-201712.00816V1, reference title: 5'TOP is no topoisomerase family
    found = mentions_of("Rapamycin suppresses 5'TOP mRNA translation through inhibition of p70s6k[J]")
    assert "FPLX:TOP" not in {eid for _, eid in found}
    assert "CPD:rapamycin" in {eid for _, eid in found}


def test_assay_reagents_are_recognised_but_form_no_pairs(annotator):
    # corpus/new_papers/zh/ChinaXiv-201707.00654V1 abstract: the stain paired with apoptosis
    text = "通过细胞划痕实验检测W40对细胞迁移的影响;通过AnnexinV-FITC /PI双染法检测W40对细胞凋亡的诱导;"
    found = {m.entity_id: m for m in _mentions(annotator, text)}
    assert found[FITC].how == REAGENT and found[ANXA5].how == REAGENT
    assert "hsa04210" in found
    facts = facts_of(annotator.annotate("t", text))
    pairs = [p for s in facts.sentences for p in s.pairs]
    assert not [p for p in pairs if {FITC, ANXA5} & {p.a[1], p.b[1]}]


def test_tunel_enzyme_is_a_reagent_but_the_gene_symbol_is_not(annotator):
    # corpus/new_papers/en/23325562 (PubMed abstract)
    text = ("Ursolic acid significantly exerted cytotoxicity, increased the sub-G1 population and the number "
            "of ethidium homodimer and terminal deoxynucleotidyl transferase(TdT) mediated dUTP nick end "
            "labeling positive cells in HepG2 cells.")
    dntt = [m for m in _mentions(annotator, text) if m.entity_id == DNTT]
    assert dntt and all(m.how == REAGENT for m in dntt)
    gene = [m for m in _mentions(annotator, "DNTT expression was high in the leukemia cells.") if m.entity_id == DNTT]
    assert gene and gene[0].how != REAGENT


def test_a_cell_line_in_brackets_after_cell_is_no_gene(annotator):
    # corpus/new_papers/en/16335796 (PubMed abstract): THP-1 was GLI2 (alias THP1) and paired with LPS
    text = "Human monocytic cell (THP-1) derived macrophages were incubated with lipopolysaccharide (LPS) for 24 h."
    assert "HGNC:4318" not in {m.entity_id for m in _mentions(annotator, text)}


def test_an_organelle_is_no_pathway_without_a_pathway_head(mentions_of):
    # corpus/new_papers/zh/ChinaXiv-201712.00767V1: "Bafilomycin A1 -> Lysosome" was the zh gold set's top FP
    found = mentions_of("巴弗洛霉素A1(BAF-A1),是一种囊泡型H+-ATP酶抑制剂,能够抑制自噬体与溶酶体结合而抑制自噬过程[5]。")
    assert "hsa04142" not in {eid for _, eid in found}
    assert ("溶酶体通路", "hsa04142") in mentions_of("溶酶体通路被激活。") or "hsa04142" in {
        eid for _, eid in mentions_of("溶酶体通路被激活。")}


def test_a_culture_medium_is_no_gene(mentions_of):
    # corpus/new_papers/zh/ChinaXiv-201707.00654V1: DMEM/F12 gave the gene F12 six times
    found = mentions_of("1.2.1细胞培养 用DMEM/F12培养液(含有 $10 \\%$ FBS)培养HepG2细胞、MDA-MB-231细胞。")
    assert "HGNC:3530" not in {eid for _, eid in found}


def test_a_gene_written_apart_from_a_5_prime_label_stays(mentions_of):
    # BioRED 15579441 (dev annotated data): VEGF is tagged in "the 5' ... untranslated region"
    found = mentions_of("We constructed a vector using a hypoxia-responsive element of the 5' vascular endothelial "
                        "growth factor untranslated region.")
    assert any(t == "vascular endothelial growth factor" for t, _ in found)


def test_cell_lines_coordinated_after_a_cell_line_word():
    # ChinaXiv-202010.00047V1 (sample) and corpus/new_papers/en/23246481
    names = cell_line_names(["Caco-2和HT-29细胞,肝癌HepG2细胞,胃瘤癌MNK45细胞, 肺癌A549细胞,三阴性乳腺癌细胞株MDA-MB-231和MDA-MB-453",
                             "抑制乳腺癌细胞MDA-MB-231和MDA-MB-468的活力和迁移能力",
                             "transendothelial cell migration of the human breast carcinoma cell MDA-MB-231"])
    assert names >= {"MDA-MB-231", "MDA-MB-453", "MDA-MB-468", "HT-29", "Caco-2"}
    # a gene right after 细胞 stays a gene
    assert not cell_line_names(["巨噬细胞IL-6表达升高，肝细胞SLC7A11表达降低"])


def test_a_word_after_a_cell_word_ends_the_list_of_cell_lines(annotator):
    # BioRED 27172902 (dev annotated data): IL-10 is the gene, "IL-10-producing" no cell line
    text = ("In vivo investigations revealed a unique T cell population, IL-10-producing CD3+CD4+LAG-3+CD49b+"
            "CD25-Foxp3- T cells.")
    assert not cell_line_names([text])
    assert any(m.text == "IL-10" for m in _mentions(annotator, text))


def test_a_compound_named_as_the_substrate_of_an_enzyme_is_no_compound(mentions_of):
    # corpus/new_papers/zh/ChinaXiv-201810.00267V1 (CC BY 4.0): 天门冬氨酸 inside the (OCR-damaged)
    # enzyme name made the herb extract act on aspartate
    found = mentions_of("张正光发现细柱五加果实乙醇提取物通过降低血清中丙氨酸氨基转移酶(ALT)、天门冬氨酸氨基转氨酶CAST)"
                        "的活性及肝组织中丙二醛的含量")
    ids = {eid for _, eid in found}
    assert "CPD:aspartate" not in ids
    assert "CPD:malondialdehyde" in ids  # a compound followed by 的含量 is the compound
    found = mentions_of("血清谷氨酸脱氢酶水平升高,而谷氨酸含量降低")
    assert [t for t, eid in found if eid == "CPD:glutamate"] == ["谷氨酸"]  # the second one only


def test_methotrexate_under_its_variant_character_and_its_group_abbreviation(mentions_of):
    # corpus/new_papers/zh/ChinaXiv-201712.00769V1 (CC BY 4.0) writes 甲氨喋呤 (喋 for 蝶); MTX was
    # then read as the gene MTX1 in "与MC组相比,MTX组Jagged1升高"
    found = mentions_of("大鼠随机分为正常对照(NC)组、模型(MC)组、甲氨喋呤(MTX)组、TPT组。与MC组相比,MTX组Jagged1升高")
    assert {eid for t, eid in found if t in ("甲氨喋呤", "MTX")} == {"MESH:D008727"}
