"""Stop 36: "X functions as / serves as an inhibitor of Y" names X's role on Y as "X is / acts as an inhibitor of Y"
does (relations/inhibitor.py ``inhibitor_of``), also as the second predicate of its subject ("Deptor has recently
been identified as … and functions as an endogenous inhibitor of … TORC1 and TORC2", validation_en PMID23362262,
gold ``inhibits`` both; GUIDELINES 5.11, descriptors that state a role).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations.inhibitor import inhibitor_of


# "X functions as an inhibitor of Y": the copular "functions as" / "serves as" names the subject's role as "is" and
# "acts as" do (relations/inhibitor.py ``inhibitor_of``)
DEPTOR = ("Deptor has recently been identified as an mTOR interacting protein and functions as an endogenous inhibitor "
          "of the kinase activity for both TORC1 and TORC2.")  # validation_en PMID23362262 (gold: inhibits both)


def test_functions_as_an_inhibitor_of_names_the_role(annotator, gene_id):
    typed = typed_pairs(annotator, DEPTOR)
    for complex_ in ("FPLX:mTORC1", "FPLX:mTORC2"):
        pair = typed[(gene_id("DEPTOR"), complex_)]
        assert (pair.label, pair.agent) == ("inhibits", gene_id("DEPTOR"))


def test_the_role_predicate_forms():
    assert inhibitor_of(" functions as an inhibitor of ") == -1
    assert inhibitor_of(" serves as an activator of ") == 1
    assert inhibitor_of(" has been identified as an interacting protein and functions as an inhibitor of ") == -1
    # a role in another clause, or an effect verb after the role noun, names no role of the subject
    assert inhibitor_of(" inhibited Y; Z functions as an inhibitor of ") is None
    assert inhibitor_of(" functions as an inhibitor of the cells that activate ") is None
