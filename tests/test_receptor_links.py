"""A gene name grown over "receptor" names the receptor, not its ligand (gene_context.receptor_id).
Real sentences, sources given."""

from __future__ import annotations

from pipeline.nlp.gene_context import receptor_id


def test_tnf_receptors_are_not_tnf(mentions_of):
    # BC2GM train P09837907A0857: "TNF receptors" had TNF's id, so IL-4 "downregulated" TNF
    text = ("The decrease of TNF receptors by IL-4 was accompanied by down-regulation of TNF-induced activities, "
            "including cytotoxicity, caspase-3 activation, NF-kappaB and AP-1 activation, and c-Jun N-terminal kinase "
            "induction.")
    found = mentions_of(text)
    assert ("TNF receptors", "HGNC:11892") not in found
    assert ("TNF", "HGNC:11892") in found  # "TNF-induced": the ligand itself


def test_parathyroid_hormone_receptor_is_pth1r(mentions_of):
    # validation ChinaXiv-201712.00947V1, a reference title (was PTH; curated PTH1R synonym)
    text = "Molecular basis of parathyroid hormone receptor signaling and traficking:a family B GPCR paradigm"
    linked = dict(mentions_of(text))
    assert linked.get("parathyroid hormone receptor") == "HGNC:9608"
    assert "HGNC:9606" not in linked.values()


def test_a_receptor_named_by_its_own_symbol_keeps_it(mentions_of):
    # new_papers ChinaXiv-202207.00046V1, a reference title (gold: chlorpromazine-HTR2A): "5-HT2A" is HTR2A
    text = ("Ameliorativeeffectofchlorpromazine hydrochlorideonvisceralhypersensitivityin rats:possible involvement "
            "of 5-HT2A receptor[J]")
    assert ("5-HT2A receptor", "HGNC:5293") in mentions_of(text)


def test_receptor_id_order():
    names = {"notch receptor": "FPLX:Notch"}
    receptors = {"HGNC:5293"}
    assert receptor_id("notch receptors", "FPLX:Notch", names.get, receptors.__contains__) == "FPLX:Notch"
    assert receptor_id("5-HT2A receptor", "HGNC:5293", names.get, receptors.__contains__) == "HGNC:5293"
    assert receptor_id("RANKL receptor", "HGNC:11926", names.get, receptors.__contains__) == ""
