"""The word "protein" after a gene name is not part of the gene mention (pipeline/nlp/gene_context.py
``_HEAD_AFTER`` and ``_INNER_ABBREVIATION``): it names the gene's product, as "gene" and "mRNA" name
its other forms. Real sentences of BioRED train (PMID given), whose gold spans stop before it."""

from nlp_helpers import genes


def test_protein_after_a_numbered_name_is_not_in_the_span(annotator):
    # BioRED 28468941: gold "caveolin-1"
    text = ("This frameshift mutation leads to a caveolin-1 protein that contains all known functional "
            "domains but has a change in only the final 20 amino acids of the C-terminus.")
    found = genes(annotator, text)
    assert "caveolin-1" in found
    assert "caveolin-1 protein" not in found


def test_protein_after_the_last_of_a_list_of_symbols_is_not_in_the_span(annotator):
    # BioRED 28279980: gold "GLUT10"
    text = "Overload increased GLUT1, GLUT3, GLUT6, and GLUT10 protein levels twofold to fivefold."
    found = genes(annotator, text)
    assert "GLUT10" in found
    assert "GLUT10 protein" not in found


def test_protein_after_a_name_with_its_short_form_is_not_in_the_span(annotator):
    # BioRED 19692487: gold "aquaporin-2" and "AQP2"
    text = ("Immunoblotting, immunohistochemistry, and quantitative (q) RT-PCR consistently detected a "
            "significant decrease in aquaporin-2 (AQP2) protein expression in both the renal cortex and "
            "medulla of lithium-treated +/+ mice.")
    found = genes(annotator, text)
    assert not any(f.endswith("protein") for f in found)


def test_a_kinase_or_receptor_after_a_name_stays_in_the_span(annotator):
    # BC2GM keeps the head of another protein: "EGF receptor" is not EGF
    text = "Binding of EGF to the EGF receptor activates its kinase."
    assert "EGF receptor" in genes(annotator, text)
