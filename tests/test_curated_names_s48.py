"""Curated dictionary rows of stop 48 (dictionaries/curated/), on sentences of validation47_zh
(corpus/validation/zh/ChinaXiv-201711.00393V1) where each gave false pairs before."""

from __future__ import annotations

GTP, GDP = "MESH:D006160", "MESH:D006153"
COCAINE, AMPHETAMINE = "CPD:cocaine", "CPD:amphetamine"


def test_the_nucleotide_a_gtpase_binds_is_no_relation_partner(annotator):
    """"Rheb-GTP水解形成Rheb-GDP" names Rheb's bound state (endogenous_compounds.tsv, as ATP/ADP): GTP
    and GDP stay compounds, as endogenous mentions that take no relation partner (relations/pairs.py)."""
    text = "TSC2是GTPase激活蛋白，可使Rheb-GTP水解形成Rheb-GDP状态，从而失活，对TOR进行负调节。"
    hows = {(m.entity_id, m.how) for s in annotator.annotate("t", text).sentences for m in s.mentions}
    assert {(GTP, "endogenous"), (GDP, "endogenous")} <= hows


def test_cart_written_out_is_the_gene_not_two_drugs(mentions_of, gene_id):
    """The reference titles write CART's name out: "cocaine- and amphetamine-regulated transcript" is
    CARTPT (gene_synonyms.tsv), not cocaine and amphetamine paired with NPY, AGRP and LEP."""
    text = ("Characterization, tissue distribution, and regulation of agouti-related protein (AgRP), cocaine- and "
            "amphetamine-regulated transcript (CART) and neuropeptide Y (NPY) in goldfish")
    ids = {eid for _, eid in mentions_of(text)}
    assert gene_id("CARTPT") in ids
    assert not ids & {COCAINE, AMPHETAMINE}


def test_sugars_given_as_secretagogues_are_compounds(mentions_of):
    """"受…葡萄糖、乳糖、核糖、精氨酸…的刺激而分泌" (gold: lactose and ribose upregulate INS): drugs_zh.tsv
    gives the sugars their Chinese names; 核糖 inside 核糖体 (ribosome) and 核糖核酸 (RNA) stays no sugar."""
    text = "胰岛素是由胰岛β细胞受内源性或外源性物质如葡萄糖、乳糖、核糖、精氨酸、胰高血糖素等的刺激而分泌的一种蛋白质激素。"
    ids = {eid for _, eid in mentions_of(text)}
    assert {"CPD:lactose", "CPD:ribose"} <= ids
    assert "CPD:betaine" in {eid for _, eid in mentions_of("研究发现亮氨酸、酪氨酸、谷氨酸、甜菜碱以及支链氨基酸等对胰岛素的分泌也有刺激作用。")}
    assert "CPD:ribose" not in {eid for _, eid in mentions_of("核糖体S6蛋白激酶是TOR下游效应器，核糖核酸的合成增加。")}


def test_npy_receptor_subtypes_by_their_short_names(mentions_of, gene_id):
    """"将Y1受体激动剂注射入金鱼脑室", "Y1和Y5受体": HGNC lists "Y2 receptor" for NPY2R but not Y1/Y5."""
    assert gene_id("NPY1R") in {eid for _, eid in mentions_of("将Y1受体激动剂注射入金鱼脑室可促进由 NPY 诱导的摄食活动。")}
    assert gene_id("NPY5R") in {eid for _, eid in mentions_of("NPY通过与Y1样受体(Y1和Y5受体)而不是Y2受体对摄食起调控作用。")}


def test_amino_acids_show_an_english_name_that_is_never_matched(annotator, mentions_of):
    """MeSH Amino Acids is kept only by the curated Chinese term 氨基酸 ("amino acid(s)" is a chemical stop
    term: a sequence unit in English); the row showed 氨基酸 as its name. The build now shows the stopped
    English name, flagged stoplisted-name (build_chemicals.stopped_display_name)."""
    from pipeline.dictionaries.build_chemicals import stopped_display_name

    row = annotator.dictionary.entities["MESH:D000596"]
    assert (row.name, row.name_zh) == ("Amino Acids", "氨基酸") and "stoplisted-name" in row.note
    assert "MESH:D000596" not in {eid for _, eid in mentions_of("Amino acids inhibit Agrp gene expression via an "
                                                                   "mTOR-dependent mechanism")}
    assert stopped_display_name(["Amino Acids", "amino acid"], ["氨基酸"], {"amino acids", "amino acid"}) == "Amino Acids"
    assert stopped_display_name(["Lead", "Pb"], ["Pb"], {"lead"}) is None  # an English name is kept: no change
