"""Stop 27, label accuracy: which words may type a pair — a verb's object list (not the
predicate of the subject), an attributive effect adjective (no cue), the object of an undirected
verb before a means phrase (the end, not an agent). Real sentences of corpus/validation
(tests/data/treatment_sentences.tsv)."""

from __future__ import annotations

import pytest
from nlp_helpers import sentences_tsv, typed_by_key

from pipeline.relations.coordination import object_right_after
from pipeline.relations.cue_scope import attributive_cues, undirected_end
from pipeline.relations.cues import find_cues
from pipeline.relations.effects import Span

SENTENCES = sentences_tsv("treatment_sentences.tsv")
MOUTAN = "HERB004013"
APOPTOSIS = "hsa04210"


@pytest.fixture(scope="module")
def typed(annotator):
    return typed_by_key(annotator, SENTENCES)


def test_every_object_of_a_verb_takes_its_label_and_activation_after_the_list(typed, gene_id):
    pairs = typed("moutan_induces_list_en")
    for gene in ("CASP8", "CASP3"):  # "induces caspase-8 and caspase-3 activation": their activity
        assert pairs[(MOUTAN, gene_id(gene))].label == "activates", gene
    assert pairs[(MOUTAN, "FPLX:PARP")].label == "downregulates"  # "PARP degradation"


def test_the_object_of_an_undirected_verb_is_the_end_of_the_means(typed, gene_id):
    pairs = typed("sag_degradation_en")
    for gene in ("PMAIP1", "NF1"):  # "regulates apoptosis … by promoting degradation of NOXA and NF1"
        assert pairs[(APOPTOSIS, gene_id(gene))].label == "associated", gene


def test_an_attributive_effect_adjective_types_nothing(typed, gene_id):
    pairs = typed("sag_degradation_en")
    for gene in ("CDKN1A", "CDKN1B", "DEPTOR"):  # "tumor suppressive substrates including … p21 and p27"
        assert pairs[(gene_id("RNF7"), gene_id(gene))].label != "upregulates", gene


def test_an_inhibitory_phosphorylation_keeps_its_cue(typed, gene_id):
    assert typed("craf_inhibitory_phosphorylation_en")[("AXIS:HGNC:7029/FPLX:AKT", gene_id("RAF1"))].label == "inhibits"


def test_the_scope_functions_on_their_own():
    text = "substrates of tumor suppressive proteins and an inhibitory effect on growth"
    cues = find_cues(text)
    dropped = attributive_cues(text, cues)
    assert text.index("suppressive") in dropped and text.index("inhibitory") not in dropped
    text = "SAG regulates apoptosis by promoting degradation of NOXA"
    assert undirected_end(text, text.index("apoptosis"), text.index("apoptosis") + 9, text.index("promoting"))
    text = "SAG induces apoptosis by promoting degradation of NOXA"
    assert not undirected_end(text, text.index("apoptosis"), text.index("apoptosis") + 9, text.index("promoting"))
    text = "X induces IL-6 and TNF-α"
    spans = [Span(10, 14, "GENE", "HGNC:6018"), Span(19, 24, "GENE", "HGNC:11892")]
    assert object_right_after(text, spans, text.index("induces") + 7, 19)
    assert not object_right_after("X expression was induced, and TNF-α", [Span(30, 35, "GENE", "HGNC:11892")], 24, 30)


# --- a reagent or gene named by what it inhibits (GUIDELINES 5.4 and 5.11) -------------------

def test_a_reagent_predicated_as_a_targets_inhibitor(typed, gene_id):
    pairs = typed("dasatinib_is_an_inhibitor_en")
    assert pairs[("MESH:D000069439", gene_id("ABL1"))].label == "inhibits"


def test_a_targets_inhibitor_named_with_its_abbreviation_before_the_reagent(typed, gene_id):
    assert typed("aminoguanidine_inos_inhibitor_en")[("MESH:C004479", gene_id("NOS2"))].label == "inhibits"


def test_a_gene_described_as_an_inhibitor_of_another(typed, gene_id):
    pair = typed("rcan1_endogenous_inhibitor_en")[(gene_id("RCAN1"), gene_id("NFATC1"))]
    assert (pair.label, pair.agent) == ("inhibits", gene_id("RCAN1"))
