"""Second messengers rank as no partner (relations/second_messengers.py, relations/ranking.py ``no_partner``).

A review of phosphatidylinositol signalling (validation46_zh ChinaXiv-201711.00400V1) names IP3, DAG and PIP2 in
each step of the cascade; the sentence below paired IP3 with PKC ("upregulates", score 3.8, the third row of its
set, not gold: GUIDELINES 1, an endogenous metabolite is no entity). The pair stays a row (recall is unchanged) but
ranks with the disease-map factor, below a gene–gene statement of the same paper."""

import pytest

from pipeline.api import run
from pipeline.config import Config
from pipeline.dictionaries.loader import load_dictionary
from pipeline.relations.ranking import no_partner
from pipeline.relations.second_messengers import SECOND_MESSENGERS

from conftest import REPO

# verbatim (validation46_zh ChinaXiv-201711.00400V1, body)
CASCADE = "当细胞上的G偶联蛋白受体接受刺激最终产生IP3, Ca2+浓度升高,PKC便会转移到质膜内表面被DAG活化。"
# verbatim (the same paper, body): a gold pair of two genes, for comparison
GENES = ("AMPK的磷酸化能增强沉默调节蛋白1(SIRT1)及其下游叉头框蛋白O1(FOXO1)活性、消弱雷帕霉素靶蛋白(mTOR)活性,"
         "进而激活促食神经元神经肽Y(NPY)/刺鼠相关蛋白(AgRP)或抑制抑食神经元前阿黑皮质素原(POMC)/可卡因安非他明调节转录肽"
         "(CART)而促进动物采食[29-30]。")
IP3, PKC = "MESH:D015544", "FPLX:PKC"


@pytest.fixture(scope="module")
def dictionary():
    return load_dictionary(REPO / "dictionaries")


def test_every_id_of_the_class_is_a_compound_of_the_dictionary(dictionary):
    for entity_id in SECOND_MESSENGERS:
        assert dictionary[entity_id].type == "compound", entity_id
        assert no_partner(dictionary[entity_id])


def test_drugs_and_supplements_of_the_same_families_stay_partners(dictionary):
    by_name = {e.name.lower(): e for e in dictionary.entities.values() if e.type == "compound"}
    for name in ("forskolin", "inositol", "metformin"):
        assert not no_partner(by_name[name]), name


def test_the_cascade_pair_ranks_below_a_statement_of_two_genes(tmp_path):
    (tmp_path / "ChinaXiv-201711.00400V1.txt").write_text(CASCADE + "\n\n" + GENES + "\n", encoding="utf-8")
    rows = run([tmp_path], Config(dictionaries=REPO / "dictionaries")).relations
    score = {frozenset((r.a_id, r.b_id)): r.score for r in rows.itertuples()}
    assert frozenset((IP3, PKC)) in score  # still a row: ranking only
    ampk_sirt1 = score[frozenset(("FPLX:AMPK", "HGNC:14929"))]
    assert score[frozenset((IP3, PKC))] < ampk_sirt1 / 3
