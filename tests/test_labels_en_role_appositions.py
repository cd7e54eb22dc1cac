"""Stop 32: a reagent named by its role in an apposition (relations/role_appositions.py).

"ketamine, an N-methyl d-aspartate receptor (NMDAR) antagonist" (the target a bracketed short form after
its long form) and "3-methyladenine (3MA), a specific inhibitor on autophagy" (another preposition than
"of"): the reagent ``inhibits`` the target (GUIDELINES 5.4). Pinned on sentences of two validation documents;
the BioRED sentence of the same shape keeps its label; "the effect of … inhibitors on …" names no role.
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import role_appositions

KETAMINE = ("However, recent clinical studies have shown that a single low-dose injection of ketamine, an N-methyl "
            "d-aspartate receptor (NMDAR) antagonist, has rapid antidepressant effects that are observed within hours "
            "and are long lasting.")  # validation_en PMID23337256
THREE_MA = ("METHODS: 3-methyladenine (3MA), a specific inhibitor on autophagy was used in a heart failure model of rats "
            "induced by adriamycin.")  # validation_en PMID18619688
DISULFIRAM = ("Cocaine-induced anxiety was also attenuated in Dbh +/- mice following administration of disulfiram, a "
              "dopamine beta-hydroxylase (DBH) inhibitor.")  # BioRED train PMID18083142
EFFECT_ON = ("A cross-sectional evaluation of the effect of risperidone and selective serotonin reuptake inhibitors on "
             "bone mineral density in boys.")  # BioRED train / BC5CDR dev, a title


def test_the_bracketed_target_of_a_long_form_apposition_is_inhibited(annotator):
    pair = typed_pairs(annotator, KETAMINE)[("MESH:D007649", "FPLX:GRIN")]
    assert (pair.label, pair.agent) == ("inhibits", "MESH:D007649")


def test_an_inhibitor_on_a_process_inhibits_it(annotator):
    pair = typed_pairs(annotator, THREE_MA)[("CPD:3-methyladenine", "hsa04140")]
    assert (pair.label, pair.agent) == ("inhibits", "CPD:3-methyladenine")
    # the model inducer named in the same sentence is no partner of the inhibitor
    assert typed_pairs(annotator, THREE_MA)[("CPD:3-methyladenine", "MESH:D004317")].label == "associated"


def test_the_same_apposition_with_a_long_form_mention_keeps_its_label(annotator, gene_id):
    pair = typed_pairs(annotator, DISULFIRAM)[("MESH:D004221", gene_id("DBH"))]
    assert (pair.label, pair.agent) == ("inhibits", "MESH:D004221")


def test_a_role_noun_without_an_apposition_names_no_role():
    start = EFFECT_ON.index(" and selective")
    end = EFFECT_ON.index("bone")
    assert role_appositions.role_sign(EFFECT_ON[start:end], EFFECT_ON[end:]) is None


def test_a_verb_inside_the_long_form_is_no_role_noun_phrase():
    assert role_appositions.role_sign(", an agent that inhibits nitric oxide synthase (", ") activity") is None
    assert role_appositions.role_sign(", a receptor (", ") agonist") == 1
