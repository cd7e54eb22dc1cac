"""Receptors and enzymes named by description (issue 14, stop 30): receptor subtype names in the
word orders papers use (dictionaries/receptor_en.py, built into genes.tsv), names holding the
definition of a short form or a superscript in brackets, and lists of modifiers sharing one head
noun (nlp/receptor_names.py ``unbracketed_name_mentions``, ``shared_head_mentions``). Names written
with PubMed's bracketed subscripts are read after text/subscripts.py writes them inline:
tests/test_text_subscripts.py."""

import pytest

from pipeline.dictionaries.receptor_en import receptor_name_variants, receptor_variants_of


def _genes(annotator, text):
    adoc = annotator.annotate("t", text)
    return {m.text: m.entity_id for item in adoc.sentences for m in item.mentions if m.label == "GENE"}


def test_hgnc_receptor_names_give_the_subtype_first_orders():
    # HGNC writes "<ligand> receptor <subtype>", papers the subtype first or before the head
    assert "kappa opioid receptor" in receptor_variants_of(["opioid receptor kappa 1"])
    assert {"D2 dopamine receptor", "dopamine D2 receptor"} <= set(receptor_name_variants("dopamine receptor D2"))
    assert "type 1 angiotensin II receptor" in receptor_name_variants("angiotensin II receptor type 1")
    assert "alpha 2B adrenergic receptor" in receptor_name_variants("adrenoceptor alpha 2B")
    assert "Kappa opioid receptor" in receptor_name_variants("Kappa-type opioid receptor")  # UniProt
    assert "μ opioid receptors" in receptor_variants_of(["opioid receptor mu 1"])


def test_names_that_are_no_ligand_receptor_subtype_give_nothing():
    assert receptor_name_variants("interleukin 2 receptor subunit alpha") == []
    assert receptor_name_variants("G protein-coupled receptor 35") == []
    assert receptor_name_variants("LDL receptor related protein 1") == []
    assert receptor_name_variants("67 kDa laminin receptor") == []
    # the code may be part of the ligand's name: "prostaglandin D2 receptor" is not the D2 subtype
    assert receptor_name_variants("prostaglandin D2 receptor") == []


def test_subtype_before_the_ligand_is_the_subtype_gene(annotator):
    # validation ChinaXiv-201712.01073V1 (a reference title): OPRK1, not the opioid receptor family
    found = _genes(annotator, "Kappa opioid receptor activation of p38 MAPK is GRK3-and arrestin-dependent in "
                              "neurons and astrocytes")
    assert found.get("Kappa opioid receptor") == "HGNC:8154"
    # BioRED PMID19825989
    found = _genes(annotator, "H3 histamine receptor-mediated activation of protein kinase C")
    assert found.get("H3 histamine receptor") == "HGNC:5184"  # HRH3


@pytest.mark.parametrize("text, surface, gene", [
    # BC2GM P07918128A0000 (gold span the whole name)
    ("BACKGROUND: We conducted a phase I study with MDL 73,147EF, a new 5 hydroxytryptamine 3 (5-HT3) receptor "
     "antagonist, in 25 patients requiring emetogenic chemotherapy.",
     "5 hydroxytryptamine 3 (5-HT3) receptor", "FPLX:5_hydroxytryptamine_receptors_ionotropic"),
    # BC2GM P10972980A0295 (gold span the whole name)
    ("In several cell lines, mTOR or its downstream targets can be regulated by phosphatidylinositol (PI) 3-kinase; "
     "protein kinases A, B, and C; heterotrimeric G-proteins.", "phosphatidylinositol (PI) 3-kinase", "FPLX:PI3K"),
    # BC2GM P10733591A0146: p70<sup>S6</sup> kinase, the superscript kept in its bracket by the normaliser
    ("They share many downstream targets, including remodeling of the actin cytoskeleton, activation of p70(S6) "
     "kinase and c-jun N-terminal kinase (JNK), and regulation of transcription and cell proliferation.",
     "p70(S6) kinase", "FPLX:P70S6K"),
])
def test_a_bracket_inside_a_name_leaves_the_name_whole(annotator, text, surface, gene):
    assert _genes(annotator, text).get(surface) == gene


def test_modifiers_sharing_one_plural_head_each_name_an_enzyme(annotator):
    # validation PMID23261676: five dehydrogenases written with one head
    found = _genes(annotator, "Isoproterenol induced myocardial infarcted rats showed a significant decrease in the "
                              "activities/levels of heart mitochondrial glutathione peroxidase, glutathione reductase, "
                              "reduced glutathione, isocitrate, succinate, malate, α-ketoglutarate and "
                              "NADH-dehydrogenases, cytochrome-C-oxidase and adenosine triphosphate.")
    assert found.get("succinate") == "FPLX:ETC_complex_II"
    assert found.get("α-ketoglutarate") == "HGNC:8124"  # OGDH
    assert found.get("NADH-dehydrogenases") == "FPLX:NADH_dehydrogenase"
    # validation PMID16322797: the receptors of two prostaglandins, each with its short form
    found = _genes(annotator, "Mice lacking prostaglandin D(2) (PGD(2)) and prostaglandin E(2) (PGE(2)) receptors "
                              "had reduced flushing responses.")
    assert found.get("prostaglandin D2 (PGD2)") == "HGNC:9591"  # PTGDR (mention text normalised by text/subscripts.py)


def test_a_head_with_its_own_short_form_names_one_enzyme(annotator):
    # validation PMID16872560: glutathione is a compound here, glutathione reductase one enzyme
    found = _genes(annotator, "The antioxidants superoxide dismutase (SOD), catalase (CAT), reduced glutathione (GSH) "
                              "and glutathione reductase (GR) were measured in DMH treated rats.")
    assert "glutathione (GSH)" not in found


def test_receptor_class_named_by_its_agonist():
    from pipeline.dictionaries.receptor_en import class_receptor_names

    assert "nicotinic receptor" in class_receptor_names("nicotinic acetylcholine receptor")
    assert "muscarinic receptor" in class_receptor_names("cholinergic receptor muscarinic")
    assert class_receptor_names("Ionotropic Glutamate Receptor") == []  # the mechanism, not the agonist
    assert class_receptor_names("Lysophosphatidic Acid Receptor") == []


def test_nicotinic_receptor_is_the_acetylcholine_receptor_class(annotator):
    # validation PMID8073369: not HCAR2 ("Nicotinic acid receptor"), which the fuzzy linker chose
    found = _genes(annotator, "The major teratogenic outcome is arthrogryposis, presumably due to nicotinic receptor "
                              "blockade.")
    assert found.get("nicotinic receptor") == "FPLX:CHRN"


def test_kegg_biosynthesis_map_read_as_synthesis():
    from pipeline.dictionaries.build_pathways import synthesis_variants

    assert "Steroid hormone synthesis" in synthesis_variants("Steroid hormone biosynthesis")
    assert "synthesis of fatty acids" in synthesis_variants("Fatty acid biosynthesis")
    assert "unsaturated fatty acids synthesis" in synthesis_variants("Biosynthesis of unsaturated fatty acids")
    assert synthesis_variants("Glycosaminoglycan biosynthesis - keratan sulfate") == []


def test_steroid_hormone_synthesis_is_the_kegg_map(annotator):
    # validation PMID23435367
    adoc = annotator.annotate("t", "Ferredoxin 1 (FDX1; adrenodoxin) is an iron-sulfur protein that is involved in "
                                   "various metabolic processes, including steroid hormone synthesis in mammalian "
                                   "tissues.")
    found = {m.text: m.entity_id for item in adoc.sentences for m in item.mentions}
    assert found.get("steroid hormone synthesis") == "hsa00140"


def test_uniprot_inverted_names_with_the_qualifier_first():
    from pipeline.dictionaries.protein_name_order import qualifier_first_names

    assert qualifier_first_names("Nitric oxide synthase, endothelial") == ["endothelial nitric oxide synthase"]
    assert "manganese superoxide dismutase" in qualifier_first_names("Superoxide dismutase [Mn], mitochondrial")
    assert "copper/zinc superoxide dismutase" in qualifier_first_names("Superoxide dismutase [Cu-Zn]")
    assert qualifier_first_names("Tyrosine-protein kinase, putative") == []
    assert qualifier_first_names("solute carrier family 6 member 4") == []


def test_metal_and_isoform_qualifiers_name_the_enzyme(annotator):
    # BioRED PMID16167090-like wording and validation PMID23261676's mitochondrial enzymes
    found = _genes(annotator, "Manganese superoxide dismutase and copper/zinc superoxide dismutase protect the cell.")
    assert found.get("Manganese superoxide dismutase") == "HGNC:11180"  # SOD2
    assert found.get("copper/zinc superoxide dismutase") == "HGNC:11179"  # SOD1
    found = _genes(annotator, "The activity of mitochondrial malate dehydrogenase was decreased.")
    assert found.get("mitochondrial malate dehydrogenase") == "HGNC:6971"  # MDH2
