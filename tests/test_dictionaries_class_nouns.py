"""A structural class listed among a TCMSP molecule's names is no synonym of the molecule
(pipeline/dictionaries/build_compounds.py ``split_tcmsp_name``)."""

import pytest

from pipeline.dictionaries.build_compounds import split_tcmsp_name


@pytest.mark.parametrize(
    "raw, names",
    [
        # TCMSP tcm09842 (苦参): made "alkaloids" of sample ChinaXiv-202010.00047V1 this compound
        ("1,4-diazaindan-type,alkaloid,flavascensine", ["1,4-diazaindan-type", "flavascensine"]),
        ("Sitosterol,Β-Sitosterol", ["Sitosterol", "β-Sitosterol"]),  # a list of names stays whole
    ],
)
def test_a_class_noun_in_a_synonym_list_is_dropped(raw, names):
    assert split_tcmsp_name(raw) == names


def test_the_class_is_not_one_compound(mentions_of):
    text = "The main antitumor active ingredients are polysaccharides,alkaloids, phenanthrenes"  # sample ChinaXiv-202010.00047V1
    ids = {m[1] for m in mentions_of(text)}
    assert "CPD:1-4-diazaindan-type" not in ids
