"""Gene mentions decided by context (pipeline/nlp/gene_context.py) and the herb dictionary's
customary names and corrections, on real sentences (BC2GM train, cshan TCM train; dev splits)."""

from pathlib import Path

from pipeline.dictionaries.check_herbs import herb_problems
from pipeline.nlp.gene_context import extend_left, shape_spans

REPO = Path(__file__).resolve().parents[1]


def genes(annotator, text):
    adoc = annotator.annotate("t", text)
    out = []
    for item in adoc.sentences:
        out += [m.text for m in item.mentions if m.label == "GENE"]
        out += [m.text for m in item.unlinked]
    return out


def test_and_1_does_not_fold_into_the_symbol_and_1(annotator):
    # BC2GM P00222102A0227
    text = ("Treatment of 2 patients with pseudohypoparathyroidism type I with vitamin-D-3 and 1 "
            "alpha-Hydroxycholecalciferol consecutively resulted in a nonuniform response.")
    assert "and 1" not in genes(annotator, text)


def test_camp_is_a_metabolite_and_the_receptor_protein_a_gene_mention(annotator):
    # BC2GM P01333035T0000
    text = ("Mapping the cAMP receptor protein contact site on the alpha subunit of Escherichia "
            "coli RNA polymerase.")
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
    assert text[extend_left(text, head):head] == "chloramphenicol "


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
        (tmp_path / name).write_text((REPO / "dictionaries" / name).read_text(encoding="utf-8"), encoding="utf-8")
    herbs = (REPO / "dictionaries" / "herbs.tsv").read_text(encoding="utf-8")
    assert herb_problems(tmp_path, {}) == []  # no herbs.tsv: nothing to check
    (tmp_path / "herbs.tsv").write_text(herbs.replace("Rhizoma Drynariae\t骨碎补", "Rhizoma Dryriae\t骨碎补"),
                                        encoding="utf-8")
    problems = herb_problems(tmp_path, {})
    assert any("Rhizoma Dryriae" in p[2] for p in problems)
    assert herb_problems(REPO / "dictionaries", {}) == []
