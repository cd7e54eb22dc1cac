"""Gene mentions decided by context (pipeline/nlp/gene_context.py) and the herb dictionary's
customary names and corrections, on real sentences (BC2GM train, cshan TCM train; dev splits)."""

from pathlib import Path

from nlp_helpers import genes

from pipeline.dictionaries.check_herbs import herb_problems
from pipeline.nlp.gene_context import extend_left, shape_spans

REPO = Path(__file__).resolve().parents[1]


def test_and_1_does_not_fold_into_the_symbol_and_1(annotator):
    # BC2GM P00222102A0227
    text = (
        "Treatment of 2 patients with pseudohypoparathyroidism type I with vitamin-D-3 and 1 "
        "alpha-Hydroxycholecalciferol consecutively resulted in a nonuniform response."
    )
    assert "and 1" not in genes(annotator, text)


def test_camp_is_a_metabolite_and_the_receptor_protein_a_gene_mention(annotator):
    # BC2GM P01333035T0000
    text = (
        "Mapping the cAMP receptor protein contact site on the alpha subunit of Escherichia "
        "coli RNA polymerase."
    )
    found = genes(annotator, text)
    assert "cAMP" not in found
    assert "cAMP receptor protein" in found
    assert "cAMP receptor" not in found  # one mention, not two overlapping ones


def test_class_noun_grows_over_its_modifiers(annotator):
    # BC2GM P00001606T0076: "alkaline phosphatases" is the gold mention, "phosphatases" alone no gene
    found = genes(annotator, "Comparison with alkaline phosphatases and 5-nucleotidase")
    assert "alkaline phosphatases" in found
    assert "phosphatases" not in found


def test_proteins_is_not_protein_s(annotator):
    found = genes(annotator, "These proteins bind DNA.")
    assert "proteins" not in found


def test_extend_left_stops_at_function_words():
    text = "the activity of chloramphenicol acetyltransferase"
    head = text.index("acetyltransferase")
    assert text[extend_left(text, head) : head] == "chloramphenicol "


def test_symbol_shapes_skip_formulas_ions_and_cell_lines():
    text = "GCN4 binds while CO2 and Ca2+ rise in HepG2 cells"
    spans = [text[a:b] for a, b in shape_spans(text, [], frozenset())]
    assert spans == ["GCN4"]


def test_classical_herb_abbreviations_are_found(annotator):
    # cshan TCM train: 犀角地黄汤加减 … 生地 … 丹皮
    text = "方用清营汤加减。水牛角，生地，丹皮，银花，山栀，苡仁。"
    adoc = annotator.annotate("t", text)
    herbs = {m.text for item in adoc.sentences for m in item.mentions if m.label == "HERB"}
    assert {"生地", "丹皮", "银花", "山栀", "苡仁"} <= herbs


def test_herb_check_fails_on_a_known_source_error(tmp_path):
    (tmp_path / "curated").mkdir()
    for name in ("curated/herb_corrections.tsv", "curated/herb_overrides.tsv"):
        (tmp_path / name).write_text(
            (REPO / "dictionaries" / name).read_text(encoding="utf-8"), encoding="utf-8"
        )
    herbs = (REPO / "dictionaries" / "herbs.tsv").read_text(encoding="utf-8")
    assert herb_problems(tmp_path, {}) == []  # no herbs.tsv: nothing to check
    (tmp_path / "herbs.tsv").write_text(
        herbs.replace("Rhizoma Drynariae\t骨碎补", "Rhizoma Dryriae\t骨碎补"), encoding="utf-8"
    )
    problems = herb_problems(tmp_path, {})
    assert any("Rhizoma Dryriae" in p[2] for p in problems)
    assert herb_problems(REPO / "dictionaries", {}) == []


def test_capitalised_symbol_inside_a_sentence_is_the_gene(annotator):
    # BC2GM P01549129A0356
    text = (
        "It is believed that these domains are important for directing specific protein-protein "
        "interactions necessary for the proper functioning of Src."
    )
    assert "Src" in genes(annotator, text)


def test_viral_prefix_joins_the_symbol(annotator):
    # BC2GM P01545818A0696
    text = "The p130 and p62 tyrosine-phosphorylated proteins that complexed v-Src SH2 in vitro."
    found = genes(annotator, text)
    assert "v-Src" in found and "SH2" in found


def test_lower_case_oncogene_next_to_a_gene_cue(annotator):
    # BC2GM P01328197A0985
    text = (
        "These findings suggest that the MAP kinase activator/MAP kinase system may be the "
        "downstream components of ras signal transduction pathways."
    )
    assert "ras" in genes(annotator, text)


def test_restriction_enzymes_by_their_naming_scheme():
    # BC2GM P00154430A0906
    text = "a 1.8 kb HindIII-EcoRI fragment"
    assert [text[a:b] for a, b in shape_spans(text, [], frozenset())] == ["HindIII-EcoRI"] or {
        text[a:b] for a, b in shape_spans(text, [], frozenset())
    } <= {"HindIII", "EcoRI", "HindIII-EcoRI"}


def test_cd_antigens_are_symbols_but_dose_measures_are_not():
    text = "CD25 expression rose while the LD50 and IC50 were unchanged"
    assert [text[a:b] for a, b in shape_spans(text, [], frozenset())] == ["CD25"]


def test_sequence_variants_are_no_gene_symbols():
    text = "The Val175Met and G12D variants and rs1800795 were typed"
    assert shape_spans(text, [], frozenset()) == []


def test_english_herb_names_preparations_and_their_abbreviations(annotator):
    # issue 13's examples, as English papers write them
    text = (
        "Total saponins of Panax notoginseng (PNS) protect bone. PNS increased ALP expression, "
        "as did Ginkgo biloba extract (EGb 761) and Scutellaria baicalensis."
    )
    adoc = annotator.annotate("t", text)
    herbs = [
        (m.text, m.entity_id) for item in adoc.sentences for m in item.mentions if m.label == "HERB"
    ]
    surfaces = [s for s, _ in herbs]
    assert "Total saponins of Panax notoginseng" in surfaces
    assert surfaces.count("PNS") == 2  # defined, then used
    assert "Ginkgo biloba extract" in surfaces and "Scutellaria baicalensis" in surfaces
    assert len({i for s, i in herbs if s in ("Total saponins of Panax notoginseng", "PNS")}) == 1


def test_processed_herb_is_a_mention_of_its_base_herb(annotator):
    # cshan TCM train: "…法半夏，茯苓，当归，生姜，炙甘草。"
    adoc = annotator.annotate("t", "陈皮，法半夏，茯苓，当归，生姜，炙甘草。")
    herbs = {
        m.text: m.entity_id for item in adoc.sentences for m in item.mentions if m.label == "HERB"
    }
    plain = {
        m.text: m.entity_id
        for item in annotator.annotate("u", "甘草。").sentences
        for m in item.mentions
    }
    assert "甘草" in herbs and "炙甘草" not in herbs
    assert herbs["甘草"] == plain["甘草"]


def test_cell_lines_named_like_gene_aliases_are_no_genes(annotator):
    # ChinaXiv dev sample: ChinaXiv-201712.00938V1 (INS-1 is an HGNC alias of FOXM1), the
    # HK-2 and HEC-1-B papers of the same sample (HK2 hexokinase, HEC1 = NDC80)
    assert genes(annotator, "牛蒡子苷元可通过激活AMPK信号通路减轻棕榈酸盐诱导的INS-1细胞内质网应激。") == []
    assert "HK-2" not in genes(annotator, "将体外培养的人肾小管上皮细胞(HK-2细胞)分为3组。")
    assert not genes(annotator, "We studied epithelial-to-mesenchymal transition in HK-2 cells by inhibiting it.")
    text = "取对数生长期的HEC-1-B细胞，检测HEC-1-B中β-catenin的表达。"
    assert genes(annotator, text) == ["β-catenin"]
    # the gene itself, written as a gene, stays
    assert "HK2" in genes(annotator, "Silencing HK2 reduced glycolysis in tumour cells.")


def test_a_herb_compound_named_after_its_herb_is_the_compound(annotator):
    # ChinaXiv dev sample (牛蒡子苷 / AOPPs paper): 牛蒡子苷 is arctiin, not the herb 牛蒡子
    adoc = annotator.annotate("t", "此外,AOPPs+牛蒡子苷组E-cadherin的蛋白和mRNA表达水平较AOPPs组明显升高。")
    found = {(m.text, m.label, m.entity_id) for s in adoc.sentences for m in s.mentions}
    assert ("牛蒡子苷", "COMPOUND", "CPD:arctiin") in found
    assert not any(label == "HERB" for _, label, _ in found)


def test_figure_and_table_labels_are_no_genes(annotator):
    # ChinaXiv-201707.00654V1 and ChinaXiv-201712.00769V1 (CC BY 4.0), captions: "Fig.1" was
    # linked to IL4I1 (alias FIG1), "Fig.4" to FIG4 and "Tab.1" to the TAB family, and stood in
    # the top |gold| rows of the Chinese development gold
    for caption in ("Fig.1 Chemical structure of W4O and its effect on different cancer cells",
                    "Fig. 4 Effects of W40 on the expression of Bcl-2 in GLC-82 cells",
                    "FIG.1 Effects of W40 on migration",
                    "表1各组大鼠肺功能的比较 Tab.1 Comparison of pulmonary function between the groups",
                    "表2 Tab.2 Comparison of expressions of Notch receptors and ligands in the rats"):
        found = genes(annotator, caption)
        assert not [g for g in found if g.lower().startswith(("fig", "tab"))], (caption, found)
    assert "Bcl-2" in genes(annotator, "Fig. 4 Effects of W40 on the expression of Bcl-2 in GLC-82 cells")
    assert "FIG4" in genes(annotator, "Mutations in FIG4 cause Charcot-Marie-Tooth disease type 4J.")


def test_disease_short_forms_skips_only_texts_that_cannot_match():
    # the paragraph filter (a "(X;" / "(X," must be present) is exact: on the bundled reviews,
    # the ChinaXiv and PubMed excerpts and a sentence that defines a short form so, it finds
    # what the full search of every paragraph finds
    from pipeline.nlp import gene_context

    texts = [p for path in [*sorted((REPO / "corpus").glob("*.md")), *sorted((REPO / "tests" / "data_core").glob("*.md"))]
             for p in path.read_text(encoding="utf-8").split("\n\n")]
    texts.append("X-linked hypophosphatemic rickets (XLH; OMIM 307800) is caused by mutations of PHEX.")
    unfiltered = {hit.group(hit.lastindex) for t in texts for hit in gene_context._DISEASE_PAREN.finditer(t)}
    assert "XLH" in unfiltered
    assert gene_context.disease_short_forms({}, texts) == unfiltered
