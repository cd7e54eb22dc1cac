"""A TCMSP molecule name in lower case with a comma is one name whose space the table wrote as a
comma ("isoaromadendrene,epoxide" = isoaromadendrene epoxide, tcm12946), not a list of synonyms
(pipeline/dictionaries/build_compounds.py ``split_tcmsp_name``). Read as a list, "epoxide" was a
synonym of isoaromadendrene and MeSH's Epoxy Compounds (D004852) was merged into that compound."""

import pytest

from pipeline.dictionaries.build_compounds import split_tcmsp_name


@pytest.mark.parametrize(
    "raw, names",
    [
        ("isoaromadendrene,epoxide", ["isoaromadendrene epoxide"]),  # TCMSP tcm12946
        ("chrysophanol,triglucoside", ["chrysophanol triglucoside"]),
        ("ononitol,monohydrate", ["ononitol monohydrate"]),
        ("phenethyl,vanillate", ["phenethyl vanillate"]),
        ("3,5-di-o-caffeoylquinic,acid", ["3,5-di-o-caffeoylquinic acid"]),
        ("neocerotic acid,tricosyl ester", ["neocerotic acid tricosyl ester"]),
        # synonym lists are written with capitals: they stay lists
        ("3'-methoxyluteolin,Chrysoeriol", ["3'-methoxyluteolin", "Chrysoeriol"]),
        ("Dimethylesculetin,Scoparone", ["Dimethylesculetin", "Scoparone"]),
    ],
)
def test_a_lower_case_name_with_a_comma_is_one_name(raw, names):
    assert split_tcmsp_name(raw) == names


def test_epoxide_names_the_class_only(annotator):
    # "epoxide" (MeSH Epoxy Compounds, a class) was a synonym of CPD:isoaromadendrene in the built table
    owners = [e for e in annotator.dictionary.entities.values()
              if "epoxide" in {n.casefold() for n in (e.name, *e.synonyms)}]
    assert owners
    assert all("epoxy compounds" in {n.casefold() for n in (e.name, *e.synonyms)} for e in owners)
