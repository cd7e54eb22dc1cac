"""A gene name grown over a relation word and a head noun names another protein (gene_context.named_part_id),
and "matrix metalloproteinase(s)" is the MMP family (linker spelling fold). Real sentences, sources given."""

from __future__ import annotations

import pytest

from pipeline.nlp.gene_context import named_part_id


def _linked(mentions_of, text: str) -> dict[str, str]:
    return dict(mentions_of(text))


def test_cyclin_dependent_kinases_are_cdks_not_cyclins(mentions_of):
    # BC2GM train P07636179A0000: the plural is the CDK family (the singular is in the dictionary)
    text = ("The normal cell cycle is regulated by several molecules, such as the tumor-suppressor protein pRb, "
            "the G1 cyclins, the cyclin-dependent kinases, and their inhibitors")
    linked = _linked(mentions_of, text)
    assert linked["cyclin-dependent kinases"] == "FPLX:CDK"
    assert linked["cyclins"] == "FPLX:Cyclin"


@pytest.mark.parametrize("text, short_id", [
    # BioRED train 27172902: MHC class I/II molecules are no myosin heavy chains
    ("Cisplatin-treated DCs down-regulated the expression of cell surface molecules (CD80, CD86, MHC class I and II) "
     "and up-regulated endocytic capacity in a dose-dependent manner.", "FPLX:MYH"),
])
def test_grown_name_does_not_keep_the_short_names_id(mentions_of, text, short_id):
    assert short_id not in {entity for _surface, entity in mentions_of(text)}


def test_a_partner_named_in_the_grown_name_keeps_its_id(mentions_of):
    # validation PMID23362262 (gold: DEPTOR-MTOR associated, from this sentence): "X interacting protein",
    # "X-binding proteins" state X as the partner
    text = ("Deptor has recently been identified as an mTOR interacting protein and functions as an endogenous "
            "inhibitor of the kinase activity for both TORC1 and TORC2.")
    assert "HGNC:3942" in {entity for _surface, entity in mentions_of(text)}


def test_pth_related_peptide_receptor_is_not_pth(mentions_of):
    # validation ChinaXiv-201712.00947V1, a reference title: "parathyroid hormone (PTH)" is PTH, the
    # "PTH-related peptide receptors" (PTH1R) are not
    text = ("Cloned,stably expressed parathyroid hormone (PTH)/PTH-related peptide receptors activate multiple "
            "messenger signals and biological responses in LLC-PK1 cells")
    pth = [surface for surface, entity in mentions_of(text) if entity == "HGNC:9606"]
    assert pth and all("related" not in surface for surface in pth)


# BC2GM train P09685226A0000
PTHRP = ("The role of calcitonin, and other agonists which activate the cAMP pathway, in regulating transcription of "
         "the human parathyroid hormone-related protein (PTHrP) gene was investigated in a human lung cancer cell line "
         "(BEN).")


def test_pthrp_full_name_is_pthlh(mentions_of):
    # the name bone papers give PTHLH (curated synonym; HGNC's table has only its symbols). BC2GM train
    # writes it so
    linked = _linked(mentions_of, PTHRP)
    assert linked.get("parathyroid hormone-related protein") == "HGNC:9607"
    assert "HGNC:9606" not in linked.values()


def test_named_part_id_reads_the_singular_and_gives_nothing_unknown():
    known = {"cyclin-dependent kinase": "FPLX:CDK"}
    assert named_part_id("cyclin-dependent kinases", known.get) == "FPLX:CDK"
    assert named_part_id("PTH-related peptide", known.get) == ""


@pytest.mark.parametrize("text, surface", [
    # validation ChinaXiv-201712.00248V1, a reference title
    ("Changes in matrix metalloproteinases and their endogenous inhibitors during tumor progression in the "
     "uterine cervix [J].", "matrix metalloproteinases"),
    # BioRED train 18439317 (MMP19 before: the linker's "Matrix metalloproteinase RASI")
    ("BACKGROUND: Matrix metalloproteinases (MMPs) are involved in the degradation of the extracellular matrix of "
     "the intervertebral disc.", "Matrix metalloproteinases"),
])
def test_matrix_metalloproteinases_are_the_mmp_family(mentions_of, text, surface):
    linked = _linked(mentions_of, text)
    assert linked[surface] == "FPLX:MMP"
    assert "HGNC:7165" not in linked.values()  # MMP19 ("Matrix metalloproteinase RASI")


def test_cd_number_belongs_to_its_uniprot_cd_antigen(mentions_of):
    # BioRED train 25263533: CD25 is IL2RA (HGNC also lists it as an old alias of ISG20; the shared-alias
    # rule had dropped it from both, so the mention named no gene)
    text = ("Conjugates formed with CD25(+) BCl6(low) Tfh cells included B cells expressing higher levels of "
            "activation-induced cytidine deaminase (AID), memory marker CD45RO, surface IgG or IgA, and MHC class II "
            "compared to B-cell conjugates including CD25(-) Bcl6(hi) Tfh cells.")
    assert ("CD25", "HGNC:6008") in mentions_of(text)


def test_cd_antigen_owners_reads_uniprot_cd_names():
    from pipeline.dictionaries.build_genes import cd_antigen_owners

    terms = {"HGNC:6008": {"CD25": "HGNC", "CD antigen CD25": "UniProt"}, "HGNC:6130": {"CD25": "HGNC"},
             "HGNC:3613": {"CD antigen CD64": "UniProt"}}
    assert cd_antigen_owners(terms) == {"CD25": "HGNC:6008", "CD64": "HGNC:3613"}
