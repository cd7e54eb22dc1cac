"""Stop 49 (English labels): genes listed in brackets after a process's adjective and a gene noun ("apoptotic genes
(caspase-3 and caspase-9)") are the process's members, as after "apoptosis-related proteins" (relations/
process_members.py; GUIDELINES 2, ``member_of``); a role adjective ("anti-apoptotic proteins") is not read so, and the
bracket closes the list."""

from __future__ import annotations

from nlp_helpers import sentence_rows

SIO2 = ("Quantitative real-time polymerase chain reaction analysis showed that following the exposure of cells to SiO(2) "
        "NPs, the messenger RNA level of apoptotic genes (caspase-3 and caspase-9) were upregulated in a dose-dependent "
        "manner.")  # validation_en PMID23315277 (gold CASP3, CASP9 member_of Apoptosis)
CROCIN = ("Levels of apoptotic proteins (Bax, Bcl2, caspase 3) and cytosolic cytochrome c were analyzed by Western "
          "blotting.")  # validation_en PMID23523949


def test_genes_bracketed_after_a_process_adjective_are_its_members(annotator, gene_id):
    rows = sentence_rows(annotator, SIO2)
    for symbol in ("CASP3", "CASP9"):
        pair = rows[(gene_id(symbol), "hsa04210")]
        assert (pair.label, pair.agent) == ("member_of", gene_id(symbol))


def test_the_bracket_closes_the_adjectives_list(annotator, gene_id):
    rows = sentence_rows(annotator, CROCIN)
    assert rows[(gene_id("CASP3"), "hsa04210")].label == "member_of"
    assert rows[(gene_id("CYCS"), "hsa04210")].label != "member_of"


def test_a_role_adjective_names_no_members():
    from pipeline.relations.process_members import related_noun_end

    text = "Curcumin decreased the anti-apoptotic proteins (Bcl-2 and Bcl-xL)."
    assert related_noun_end(text, text.index(" proteins")) is None
    assert related_noun_end(SIO2, SIO2.index(" genes (")) is not None
