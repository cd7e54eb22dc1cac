"""English receptor and enzyme names read as the right gene (issue 14, the stop-28 held-out
abstracts): a receptor named with a bracket inside its name (nlp/receptor_names.py), one-word
enzyme class names that named one gene (dictionaries/build_genes.enzyme_class_words), isoform
and common enzyme names (curated/gene_synonyms.tsv), acid phosphatase as a plasma read-out."""

from pipeline.dictionaries.build_genes import enzyme_class_words
from pipeline.nlp.matcher import Mention
from pipeline.nlp.receptor_names import bracket_receptor_mentions, mark_ligand_modifiers
from pipeline.relations.pairs import NO_PARTNER


def _mentions(annotator, text):
    adoc = annotator.annotate("t", text)
    return [(m.text, m.label, m.entity_id, m.how) for item in adoc.sentences for m in item.mentions]


def _ids(annotator, text, label="GENE"):
    return {name: eid for name, lab, eid, _ in _mentions(annotator, text) if lab == label}


def test_ligand_with_bracketed_subtype_names_the_receptor(annotator):
    # validation PMID21089181: the GABA(A) and GABA(B) receptors, not the compound GABA
    found = _mentions(annotator, "Passiflora incarnata inhibited concentration dependently the binding of [(3) H]- "
                                 "SR95531 to GABA(A) -receptors and of [(3) H]-CGP 54626 to GABA(B) -receptors.")
    genes = {eid for _, label, eid, _ in found if label == "GENE"}
    assert genes == {"FPLX:GABR", "FPLX:GABBR"}
    assert not any(text.startswith("GABA") and label == "COMPOUND" for text, label, _, _ in found)
    # coordinated subtypes share the head noun
    ids = _ids(annotator, "In conclusion, the first evidence was shown that numerous pharmacological effects of "
                          "Passiflora incarnata are mediated via modulation of the GABA system including affinity to "
                          "GABA(A) and GABA(B) receptors, and effects on GABA uptake.")
    assert set(ids.values()) == {"FPLX:GABR", "FPLX:GABBR"}
    # BC5CDR: another ligand and subtype
    ids = _ids(annotator, "These results suggest facilitation of object memory by Ro4368554 and, possibly, other "
                          "5-HT(6) receptor antagonists.")
    assert list(ids.values()) == ["HGNC:5301"]  # HTR6


def test_abbreviation_bracketed_inside_a_receptor_name_is_the_receptor(annotator):
    # validation PMID23404093: "NK1" alone is an alias of CD160
    ids = _ids(annotator, "The use of a combination of a serotonin 5-HT3 receptor antagonist, dexamethasone and a "
                          "neurokinin 1 (NK1) receptor antagonist has significantly improved the control of acute and "
                          "delayed emesis in single-day chemotherapy.")
    # TACR1, as the bracketed abbreviation or (since stop 47, when the dictionary learned "neurokinin 1
    # receptor") as the whole name grown over its inner abbreviation, "neurokinin 1 (NK1) receptor"
    assert ids.get("NK1", ids.get("neurokinin 1 (NK1) receptor")) == "HGNC:11526"  # TACR1
    assert "HGNC:17013" not in ids.values()
    # BioRED / BC5CDR: the abbreviation of another receptor
    ids = _ids(annotator, "Earlier experiments showed greater than 95% homology with the rat gamma-aminobutyric acid B "
                          "(GABAB) receptor.")
    assert ids["GABAB"] == "FPLX:GABBR"


def test_a_bracket_not_followed_by_receptor_is_left_alone():
    text = "levels of interleukin 6 (IL6) were raised"
    il6 = Mention(25, 28, "HGNC:6018", "GENE", "dictionary", "IL6")
    assert bracket_receptor_mentions(text, [il6], lambda name: "X") == [il6]


def test_ligand_before_its_receptor_is_no_relation_partner(annotator):
    # validation PMID23404093: the ligand classifies the receptor
    found = _mentions(annotator, "The use of a combination of a serotonin 5-HT3 receptor antagonist and dexamethasone "
                                 "improved the control of emesis.")
    assert [how in NO_PARTNER for text, _, _, how in found if text == "serotonin"] == [True]
    assert [how in NO_PARTNER for text, _, _, how in found if text == "dexamethasone"] == [False]
    text = "serotonin 5-HT3 receptor"
    ligand = Mention(0, 9, "CPD:serotonin", "COMPOUND", "dictionary", "serotonin")
    receptor = Mention(10, 24, "FPLX:HTR3", "GENE", "dictionary", "5-HT3 receptor")
    mark_ligand_modifiers(text, [ligand, receptor])
    assert ligand.how in NO_PARTNER
    alone = Mention(0, 9, "CPD:serotonin", "COMPOUND", "dictionary", "serotonin")
    mark_ligand_modifiers("serotonin and 5-HT3 receptor", [alone, Mention(14, 28, "FPLX:HTR3", "GENE", "dictionary",
                                                                          "5-HT3 receptor")])
    assert alone.how == "dictionary"


def test_enzyme_class_words_are_the_heads_many_names_qualify():
    names = [f"substance{i} dehydrogenase {i}" for i in range(12)] + ["tyrosinase", "tyrosinase related protein 1",
                                                                      "lysine demethylase 1"]
    assert enzyme_class_words(names) == frozenset({"dehydrogenase"})
    assert enzyme_class_words(names, min_genes=1) >= {"dehydrogenase", "demethylase"}


def test_enzyme_names_no_longer_read_as_one_gene_by_their_class_word(annotator):
    # validation PMID23424207 (testicular steroidogenic enzymes) and PMID22815248 (hepatic enzymes)
    ids = _ids(annotator, "Cd decreased plasma testosterone, lactate dehydrogenase, acid phosphatase, alkaline "
                          "phosphatase and testicular steroidogenic enzymes: 3β-hydroxysteroid dehydrogenase (HSD), "
                          "17β-HSD activities as well as epididymal sperm counts and motility.")
    assert ids["3β-hydroxysteroid dehydrogenase"] == "HGNC:5217"  # HSD3B1, not PDK4 ("Dehydrogenase")
    assert "HGNC:8812" not in ids.values()
    found = _mentions(annotator, "The activities of ethylmorphine-N-demethylase and aniline hydroxylase were "
                                 "decreased by CCl4.")
    assert not any(eid == "HGNC:6917" for _, _, eid, _ in found)  # MBD2 ("Demethylase")


def test_acid_phosphatase_in_plasma_is_a_read_out(annotator):
    found = _mentions(annotator, "Cd decreased plasma testosterone, lactate dehydrogenase, acid phosphatase and alkaline "
                                 "phosphatase.")
    acid = [how for text, _, _, how in found if text == "acid phosphatase"]
    assert acid and all(how in NO_PARTNER for how in acid)


def test_isoform_and_common_enzyme_names(annotator):
    # validation PMID24789042 ("p38a": α typed as a) and PMID21089181 (GABA transaminase)
    ids = _ids(annotator, "This was followed by mitigation of Akt1 and GSK-3b activation, while p38a phosphorylation "
                          "levels were increased.")
    assert ids["p38a"] == "HGNC:6876"  # MAPK14
    ids = _ids(annotator, "Inhibition of p38α MAPK but not of p38β reduced the response.")
    assert "HGNC:6876" in ids.values() and "HGNC:6873" in ids.values()
    ids = _ids(annotator, "The extract inhibited [(3) H]-GABA uptake into rat cortical synaptosomes but had no effect "
                          "on GABA release and GABA transaminase activity.")
    assert ids["GABA transaminase"] == "HGNC:23"  # ABAT


def test_a_compound_naming_a_binding_site_is_no_relation_partner(annotator):
    # validation PMID21089181 and BC5CDR: the site is part of the receptor, named after its ligand
    found = _mentions(annotator, "In contrast, the ethanol- and the benzodiazepine-site of the GABA(A) -receptor were "
                                 "not affected by this extract.")
    assert [how in NO_PARTNER for text, label, _, how in found if label == "COMPOUND"] == [True, True]
    found = _mentions(annotator, "The aim of the present study was to assess the contribution of the glycine site of NMDA "
                                 "receptors in the striatum to the antiparkinsonian-like effects.")
    assert [how in NO_PARTNER for text, _, _, how in found if text == "glycine"] == [True]
    found = _mentions(annotator, "Ethanol and benzodiazepine treatment increased GABA release at the injection site.")
    assert [how in NO_PARTNER for text, _, _, how in found if text in ("Ethanol", "benzodiazepine")] == [False, False]
