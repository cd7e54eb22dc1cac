"""An organ's hypertrophy induced by a compound is the disease model, not a partner of the findings made in it
(relations/model_inducers.py ``_DISEASE_HEAD``)."""

from pipeline.relations.model_inducers import is_model_inducer

# validation44_zh ChinaXiv-201812.00761V1, reference [20], verbatim
TITLE = ("[20] 李胜陶,王洪新,杨娟,等.黄芪多糖对异丙肾上腺素诱导大鼠心肌肥厚中TLR4/NF- κ B 信号通路的影响[J].中成药,"
         "2014,36(4):674-679.")


def _span(text, word):
    start = text.index(word)
    return start, start + len(word)


def test_inducer_of_cardiac_hypertrophy_is_the_model():
    start, end = _span(TITLE, "异丙肾上腺素")
    assert is_model_inducer(TITLE, start, end, TITLE.index("TLR4"))



# new_papers_zh ChinaXiv-201712.00938V1, reference title, verbatim: a cell's hypertrophy; the gold keeps
# ATF6 pathway -- Advanced Oxidation Protein Products
AOPP = ("ATF6 pathway of unfolded protein response mediates advanced oxidation protein product-induced hypertrophy and "
        "epithelial-to-mesenchymal transition in HK-2 cells")


def test_a_cells_hypertrophy_keeps_its_inducer():
    start, end = _span(AOPP, "advanced oxidation protein product")
    assert not is_model_inducer(AOPP, start, end, None)
