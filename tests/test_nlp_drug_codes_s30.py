"""A compound's development code dosed in the parentheses after it (nlp/drug_codes.dosed_codes).

Sentences are quoted from BioRED and BC5CDR training abstracts (PMID given); no dictionary has
these codes, and the gene-shape reader took them for gene symbols.
"""

from pipeline.nlp.drug_codes import dosed_codes
from pipeline.nlp.matcher import Mention


def test_a_dosed_code_name_is_a_paper_compound():
    # BC5CDR PMID16005948
    text = ("A dramatic reduction of cocaine toxicity was observed with the higher dose of GNC92H2 (190 mg/kg), "
            "where premorbid behaviors were reduced up to 40%.")
    assert dosed_codes(text, []) == {"GNC92H2": "PCPD:GNC92H2"}
    # BioRED PMID20558148: two codes, one already a dictionary mention (MK-801) and left to it
    text = ("Intra-VTA injections of glutamate NMDA receptor antagonists, MK-801 (15 or 30 mmol/0.5 microl) "
            "and AP7 (10 or 20 nmol/0.5 microl), or of the NMDA receptor agonist")
    mk801 = Mention(text.index("MK-801"), text.index("MK-801") + 6, "MESH:D016291", "COMPOUND", "dictionary", "MK-801")
    # MeSH lists AP7 (2-amino-7-phosphonoheptanoic acid): its record's id (dictionaries/compound_codes.tsv, stop 48)
    assert dosed_codes(text, [mk801]) == {"AP7": "MESH:C031231"}


def test_genes_counts_units_and_one_letter_hormones_are_no_dosed_codes():
    assert dosed_codes("cells were stimulated with IL6 (10 ng/ml) for 24 h", [
        Mention(27, 30, "HGNC:6018", "GENE", "dictionary", "IL6")]) == {}
    assert dosed_codes("HepG2 (1 x 10^5 cells) were seeded", []) == {}
    assert dosed_codes("T3 (10 nM) raised the expression", []) == {}
    assert dosed_codes("heparin (100 U/ml) was added", []) == {}


def test_every_use_of_a_dosed_code_is_the_compound(annotator):
    # BC5CDR PMID9869257 (shortened): PG-9 dosed once, then used bare
    adoc = annotator.annotate("t", "The effects of PG-9 (10-30 mg/kg, i.p.) on learning were studied. "
                                   "PG-9 increased nerve growth factor synthesis.")
    uses = [m for item in adoc.sentences for m in item.mentions if m.text == "PG-9"]
    assert len(uses) == 2 and all(m.label == "COMPOUND" and m.entity_id == "PCPD:PG-9" for m in uses)
