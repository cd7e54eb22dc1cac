"""English short spellings of herb/compound abstracts' entities (issue 14, validation_en misses).

Real sentences of the validation abstracts (corpus/validation/en); each failed before:
γ typed as ``y`` (nlp/typed_greek.py), a cytokine subunit glued to its cytokine (IL-12p40), the
CDK5 activator pair p25/p35, a formula naming nanoparticles (SiO(2) NPs) and 4-hydroxynonenal's
abbreviation (curated rows in dictionaries/curated/gene_synonyms.tsv, chemical_terms.tsv,
gene_context.tsv).
"""

from __future__ import annotations

import pytest

import pipeline
from pipeline.nlp.matcher import Mention
from pipeline.nlp.typed_greek import typed_gamma_mentions


def _ents(text: str) -> list[tuple[str, str, str]]:
    return [(e.text, e.label_, e.kb_id_) for e in pipeline.annotate(text, lang="en").ents]


def test_interferon_y_is_interferon_gamma():
    # PMID21195946
    text = ("In isolated splenocytes, the production of the T(H)1 cytokines IL-12p40 and interferon-y was "
            "upregulated by P grandiflorum.")
    ents = _ents(text)
    assert ("interferon-y", "GENE", "HGNC:5438") in ents
    assert ("IL-12p40", "GENE", "HGNC:5970") in ents


def test_typed_gamma_needs_a_gene_under_the_greek_name():
    gene_of = {"IFN-γ": "HGNC:5438"}.get
    text = "IFN-y and day-y"
    ms = [Mention(0, 5, "FPLX:Interferon", "GENE", "dictionary", "IFN-y"),
          Mention(10, 13, "HGNC:1", "GENE", "dictionary", "day")]
    out = typed_gamma_mentions(text, ms, gene_of)
    assert [(m.text, m.entity_id) for m in out] == [("IFN-y", "HGNC:5438"), ("day", "HGNC:1")]


def test_p25_p35_pair_is_cdk5r1():
    # PMID25009697
    text = "In primary neuronal cells, HCW inhibited the phosphorylation of tau by regulating p25/p35 expression."
    assert ("p25/p35", "GENE", "HGNC:1775") in _ents(text)


@pytest.mark.parametrize("text", [
    # PMID23315277, two sentences of one abstract
    "In medicine, the use of silica nanoparticles (SiO(2) NPs) offers new perspectives in biosensor, drug delivery "
    "and cancer therapy.",
    "This study suggested that SiO(2) NPs induce cytotoxicity and apoptosis in A431 and A549 cells.",
])
def test_silica_nanoparticles_are_silica_and_no_gene(text):
    ents = _ents(text)
    assert ("SiO(2)", "COMPOUND", "CPD:silica") in ents
    assert not [e for e in ents if e[1] == "GENE"]


def test_hydroxynonenal_and_its_abbreviation():
    # PMID23231502
    text = ("4-Hydroxynonenal (HNE), a common product of oxidative damage to lipids, adducts proteins at exposed Cys, "
            "His, or Lys residues. Pin1 is highly susceptible to HNE modification.")
    ents = _ents(text)
    assert ("4-Hydroxynonenal", "COMPOUND", "MESH:C027576") in ents
    assert [e for e in ents if e[0] == "HNE"] == [("HNE", "COMPOUND", "MESH:C027576")] * 2


# PMID25009697: "Ab" (amyloid beta, APP's peptide: a gene mention, GUIDELINES 5.11 peptides are their
# gene) induces the model's neurotoxicity, so it is no partner of the sentence's findings (GUIDELINES
# 5.7, relations/model_inducers: "-toxicity" compounds like neurotoxicity, hepatotoxicity are such heads)
_HCW = ("We investigated the effects of water extracts of H. cordata herb (HCW) on tauopathies. "
        "In mice with Ab-induced neurotoxicity, HCW improved cognitive impairment, as assessed with behavioral tasks. "
        "HCW also inhibited the degeneration of neurons in the CA3 region of the hippocampus in Ab-induced "
        "neurotoxicity.")


def test_inducer_of_a_toxicity_compound_is_no_partner():
    from pipeline.relations.model_inducers import is_model_inducer

    text = "In mice with Ab-induced neurotoxicity, HCW improved cognitive impairment."
    assert is_model_inducer(text, text.index("Ab"), text.index("Ab") + 2)
    rels = pipeline.annotate("Houttuynia cordata (Saururaceae). " + _HCW, lang="en")._.relations
    assert not [r for r in rels if "Ab" in (r.a.text, r.b.text)]


def test_hippocampus_is_the_brain_region_not_the_sea_horse_drug():
    ents = _ents(_HCW)
    assert not [e for e in ents if e[0] == "hippocampus"]


@pytest.mark.parametrize("text, name, entity", [
    # validation_en PMID11238807
    ("AGE inhibits the activation of the oxidant-induced transcription factor, nuclear factor (NF)-kappa B, which "
     "has clinical significance in human immunodeficiency virus gene expression and atherogenesis.",
     "nuclear factor (NF)-kappa B", "FPLX:NFkappaB"),
    ("Treatment lowered the levels of tumor necrosis factor (TNF)-alpha in serum.",
     "tumor necrosis factor (TNF)-alpha", "HGNC:11892"),
    ("Expression of transforming growth factor (TGF)-b1 was reduced.", "transforming growth factor (TGF)-b1",
     "HGNC:11766"),
])
def test_numbered_abbreviation_with_a_greek_designator(text, name, entity):
    assert (name, "GENE", entity) in _ents(text)


def test_latin_lookalike_greek_pair_after_a_slash():
    # validation_en PMID26174316: IKK-alpha/beta typed "Ikk-a/b" (CHUK and IKBKB)
    text = ("Expression of inflammatory cytokines (i.e., NF-kB, TNF-a, IL-1b, COX, IkB-a, Ikk-a/b) and adhesion "
            "molecules in the aorta were measured by western blot analysis.")
    ents = _ents(text)
    assert ("Ikk-a", "GENE", "HGNC:1974") in ents
    assert ("b", "GENE", "HGNC:5960") in ents


def test_lookalike_members_need_a_slash_letter():
    from pipeline.nlp.gene_partners import lookalike_members

    text = "Ikk-a/b and Ikk-a/5 and TNF-a/IL"
    assert lookalike_members(text, 0, 5) == [(6, 7, "Ikk-β")]
    assert lookalike_members(text, 12, 17) == []
    assert lookalike_members(text, 24, 29) == []
