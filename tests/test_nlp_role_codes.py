"""A development code that the sentence names an agent (nlp/drug_codes.role_codes, stop 48).

The code takes MeSH's id when MeSH lists it (BV6, FX11: dictionaries/compound_codes.tsv), else a paper
compound's (EPZ015666).

Sentences are quoted from BioRED training abstracts (PMID given). No dictionary lists these codes
(MeSH knows FX11 and BV6 only as supplementary records, whose bare codes are not admitted), so every
finding of the paper lost its agent: BioRED states 13 chemical–gene relations of the three."""

import pipeline
from pipeline.nlp.drug_codes import role_codes
from pipeline.nlp.matcher import Mention


def test_a_code_named_by_its_role_or_its_use_is_a_paper_compound():
    # PMID27860244
    assert role_codes("An inhibitor of PRMT5 (EPZ015666) and short interference RNA (siRNA) against PRMT5 were "
                      "used to inhibit PRMT5 expression.", []) == {"EPZ015666": "PCPD:EPZ015666"}
    # PMID27014915
    assert role_codes("A sublethal dose of Smac mimetic BV6 induces cIAP1 and cIAP2 degradation to increase tumor "
                      "cell sensitivity to radiation-induced cell death in vitro", []) == {"BV6": "MESH:C582180"}
    # PMID25983002: an action "of <target> by" the code, and its treatment
    assert role_codes("Attenuated expression of LDHA by siRNA or inhibition of LDHA activities by FX11 inhibited "
                      "cell proliferation", []) == {"FX11": "MESH:C547455"}
    assert role_codes("reduced expression of MMP-9, PLAU, and cathepsin B were found after LDHA knockdown or FX11 "
                      "treatment in PC-3 and DU145 cells.", []) == {"FX11": "MESH:C547455"}


def test_a_mention_of_ours_a_cell_line_or_a_bare_code_is_no_role_code():
    text = "Smac mimetic BV6 induces cIAP1 and cIAP2 degradation"
    bv6 = Mention(13, 16, "MESH:C582180", "COMPOUND", "dictionary", "BV6")
    assert role_codes(text, [bv6]) == {}  # a listed drug keeps its own id
    # PMID25983002: the cell lines after "treatment in" and an unnamed code are left alone
    assert role_codes("Attenuated expression of LDHA by siRNA inhibited cell proliferation, migration, invasion, "
                      "and promoted cell apoptosis of PC-3 and DU145 cells.", []) == {}
    assert role_codes("inhibitor-resistant HCT116 cells", []) == {}


def test_the_code_is_the_agent_of_the_papers_findings():
    # PMID27860244 (two sentences)
    doc = pipeline.annotate("An inhibitor of PRMT5 (EPZ015666) and short interference RNA (siRNA) against PRMT5 were "
                            "used to inhibit PRMT5 expression. Furthermore, EPZ015666 restrained the phosphorylation "
                            "of IkB kinaseb and IkBa, as well as nucleus transsituation of p65 as well as AKT in FLSs.")
    codes = [e for e in doc.spans["entities"] if e.text == "EPZ015666"]
    assert len(codes) == 2 and {e.kb_id_ for e in codes} == {"PCPD:EPZ015666"}
    assert any("PCPD:EPZ015666" in {r.a.kb_id_, r.b.kb_id_} for r in doc._.relations)


def test_a_formula_or_a_split_code_is_no_role_code():
    # validation_en PMID23603382 writes sodium arsenite as its formula (nlp/salt_formulas.py reads it)
    assert role_codes("05) in the combined Na2SeO3+NaAsO2 treatment group.", []) == {}
    # a reference of validation45_zh ChinaXiv-201812.00297V1: "LY-411,575" is one code, its first half none
    assert role_codes("Chronic treatment with the $\\gamma$ -secretase inhibitor LY-411,575inhibits $\\beta$ "
                      "-amyloid peptide production", []) == {}


def test_a_code_with_its_role_in_an_apposition_is_a_paper_compound():
    # BC5CDR PMID869641 and PMID2322844
    assert role_codes("FLA-63, a dopamine-beta-oxidase inhibitor, did not have any effect on the hypotension, "
                      "bradycardia or reflex-enhancing effect of L-dopa.", []) == {"FLA-63": "PCPD:FLA-63"}
    assert role_codes("was blocked by simultaneous injection of a substance P antagonist (greater than or equal to "
                      "100 ng) but not by AH6809, a prostanoid EP1-receptor antagonist.", []) == {"AH6809": "PCPD:AH6809"}


def test_a_code_mesh_lists_is_a_compound_under_meshs_id_in_the_relations():
    # PMID25983002 (two sentences); BioRED keys FX11 as MESH:C547455 and relates it to MMP9 and PLAU
    doc = pipeline.annotate("Attenuated expression of LDHA by siRNA or inhibition of LDHA activities by FX11 inhibited "
                            "cell proliferation, migration, invasion, and promoted cell apoptosis of PC-3 and DU145 "
                            "cells. Mechanistically, decreased Warburg effect as demonstrated by reduced glucose "
                            "consumption and lactate secretion and reduced expression of MMP-9, PLAU, and cathepsin B "
                            "were found after LDHA knockdown or FX11 treatment in PC-3 and DU145 cells.")
    codes = [e for e in doc.spans["entities"] if e.text == "FX11"]
    assert len(codes) == 2 and {(e.kb_id_, e.label_) for e in codes} == {("MESH:C547455", "COMPOUND")}
    partners = {r.b.kb_id_ if r.a.kb_id_ == "MESH:C547455" else r.a.kb_id_ for r in doc._.relations
                if "MESH:C547455" in {r.a.kb_id_, r.b.kb_id_}}
    assert "HGNC:6535" in partners  # LDHA
