"""A gene named with the KEGG map named after it is no relation between the two (relations/ranking.py).

"reversed activations of NF-kappaB, mTOR and p38 signalling cascades" (validation_en PMID27248656), "suppressing
NF-kB and MAPK pathways" (new_papers_en PMID24849405), "阻断Wnt信号转导" (validation_zh ChinaXiv-201803.00487V1)
read the gene and its own map from the same words: 0 of the 29 such (document, pair) units of a default run are
gold (every one "associated"), 5 stood in the top |gold|. Like a disease map, they take DISEASE_FACTOR when
associated; a stated direction ("激活TGF-β信号通路", gold) keeps its rank."""

import pytest

from pipeline.dictionaries.loader import load_dictionary
from pipeline.relations.conflicts import DocumentBest
from pipeline.relations.ranking import DISEASE_FACTOR, document_scores, named_after, rank_score, score_factor

from conftest import REPO

# verbatim (PMID27248656)
SENTENCE = ("In our study, 17-dimethylaminoethylamino-17-demethoxygeldanamycin (17-DMAG) or Hsp90beta knockdown "
            "dramatically alleviated the high-salt-diet-induced proteinuria and renal damage without altering blood "
            "pressure significantly, when it reversed activations of NF-kappaB, mTOR and p38 signalling cascades.")


@pytest.fixture(scope="module")
def dictionary():
    return load_dictionary(REPO / "dictionaries")


def test_a_gene_and_the_map_named_after_it(dictionary):
    for gene, pathway in (("FPLX:NFkappaB", "hsa04064"), ("HGNC:3942", "hsa04150"), ("FPLX:MAPK", "hsa04010"),
                          ("FPLX:Wnt", "hsa04310")):
        assert named_after(dictionary[gene], dictionary[pathway])
        assert named_after(dictionary[pathway], dictionary[gene])  # either order
    assert not named_after(dictionary["FPLX:ERK"], dictionary["hsa04010"])  # a member, not the name
    assert not named_after(dictionary["HGNC:6081"], dictionary["hsa04910"])  # INS: "Insulin signaling pathway"
    assert not named_after(dictionary["HGNC:3942"], dictionary["hsa04064"])


def test_only_the_associated_unit_is_lowered():
    bare = DocumentBest("associated", False, 0.6, "body", 1, False, 0, SENTENCE, len(SENTENCE))
    stated = DocumentBest("activates", False, 0.6, "body", 1, True, 0, SENTENCE, len(SENTENCE))
    scores = document_scores({"PMID27248656": bare, "other": stated}, "GENE", "PATHWAY", False, 2,
                             self_named=True)
    assert scores["PMID27248656"] == pytest.approx(
        rank_score(0.6, DISEASE_FACTOR, "GENE", "PATHWAY", "associated", 1, 2, "body", False), abs=1e-6)
    assert scores["other"] == pytest.approx(
        rank_score(0.6, score_factor("GENE", "PATHWAY", "activates"), "GENE", "PATHWAY", "activates", 1, 2, "body",
                   True), abs=1e-6)
