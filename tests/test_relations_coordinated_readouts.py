"""Read-outs listed side by side, each with its own change, are no agents of one another.

Stop 37 (s37b-cueen): the first wave's reading of the false rows in the top |gold| of validation_en found
"co-mention promoted by a cue of another pair" the largest cause; one recurring construction is a list of
read-outs, each the object of its own change noun or carrying its own activity head, where the change cue of
the next item made the item before it its agent (relations/coordination.py ``coordinated_readouts``).
Sentences copied from corpus/validation/en.
"""

from __future__ import annotations

from pipeline.relations import coordination
from pipeline.relations.facts import facts_of

# validation_en PMID15870944 (gold: AECM/蛹虫草 rows only; no BCL2–CASP3 row)
AECM = ("We observed the down-regulation of anti-apoptotic Bcl-2 expression and proteolytic activation of caspase-3 "
        "in AECM-treated U937 cells.")
# validation_en PMID23523949 (no CASP3–BAX/BCL2 row in the gold)
DZN = ("These effects were associated with increased MDA level, lower level of reduced GSH and induction of apoptosis "
       "through elevation of Bax/Bcl2 ratio (both protein and mRNA levels), cytochrome c release to the cytosol and "
       "activation caspase 3 in cardiac tissue.")
# validation_en PMID23571107 (no ERK–IHH row in the gold)
NF1 = ("Those include dwarfism, constitutive ERK1/2 activation, strongly reduced Ihh expression and decreased "
       "chondrocyte proliferation and maturation, increased chondrocytic expression of Rankl, matrix "
       "metalloproteinase 9 (Mmp9) and Mmp13 and enhanced growth plate osteoclastogenesis, as well as increased "
       "sensitivity to caspase-9 mediated apoptosis.")


def labels(annotator, text: str) -> dict[frozenset[str], str]:
    """The label of each pair the batch keeps for ``text`` (relations/pairs.py ``sentence_pairs``)."""
    facts = facts_of(annotator.annotate("t", text))
    return {frozenset((p.a[1], p.b[1])): p.row[5] for s in facts.sentences for p in s.typed_pairs()}


def test_a_down_regulated_readout_is_no_agent_of_the_next_items_activation(pairs_of, gene_id):
    typed = pairs_of(AECM)[(gene_id("BCL2"), gene_id("CASP3"))]
    assert typed.label == "associated" and typed.agent == ""


def test_items_of_a_ratio_are_no_agents_of_a_later_activation(annotator, gene_id):
    pairs = labels(annotator, DZN)
    for gene in ("BAX", "BCL2"):
        assert pairs[frozenset((gene_id(gene), gene_id("CASP3")))] == "associated"


def test_a_readout_with_its_own_activity_head_is_no_agent_of_the_next_change(pairs_of, gene_id):
    typed = pairs_of(NF1)[("FPLX:ERK", gene_id("IHH"))]
    assert typed.label == "associated"


def test_the_rule_reads_the_gaps_of_the_list():
    text = "the down-regulation of anti-apoptotic Bcl-2 expression and proteolytic activation of caspase-3"
    first, cue, second = text.index("Bcl-2"), text.index("activation"), text.index("caspase-3")
    own_end = text.index(" of anti")
    assert coordination.coordinated_readouts(text, [], first, first + 5, own_end, cue, cue + 10, second)
    # a sequence word states a chain, left to the chain rules
    chained = text.replace("proteolytic", "subsequent")
    cue, second = chained.index("activation"), chained.index("caspase-3")
    assert not coordination.coordinated_readouts(chained, [], first, first + 5, own_end, cue, cue + 10, second)
    # a finite verb between them is a statement, no list
    stated = "the down-regulation of Bcl-2 expression was followed by activation of caspase-3"
    first, cue, second = stated.index("Bcl-2"), stated.index("activation"), stated.index("caspase-3")
    assert not coordination.coordinated_readouts(stated, [], first, first + 5, stated.index(" of Bcl"), cue, cue + 10,
                                                 second)


# Stop 43 (s43-en-labels): the change noun's "in" object and a class noun opening a bracketed list of objects.
# validation_en PMID16806112 (gold: LIG rows only; no BCL2–BAX or BCL2–CASP3 row)
LIG = ("In addition, LIG provided a great increase in Bcl-2 expression as well as a significant decrease in Bax and "
       "caspase-3 immunoreactivities in the ischemic cortex.")
# free pool (/tmp/s43/free/en, never annotated): a condition's read-outs, no agent among them (GUIDELINES 1, mere listing)
T2D = ("T2D rats also exhibited an up-regulation of NF-kB and increase in the concentrations of pro-inflammatory "
       "cytokines (IL-1b, IL-6 and TNF-a) in the renal and cardiac tissues.")


def test_a_readout_increased_in_is_no_agent_of_the_next_items_decrease_in(pairs_of, gene_id):
    typed = pairs_of(LIG)
    for gene in ("BAX", "CASP3"):
        pair = typed[(gene_id("BCL2"), gene_id(gene))]
        assert (pair.label, pair.agent) == ("associated", "")


def test_a_class_noun_opening_a_bracketed_list_is_the_next_items_object(pairs_of, gene_id):
    typed = pairs_of(T2D)
    for gene in ("IL1B", "IL6", "TNF"):
        pair = typed[("FPLX:NFkappaB", gene_id(gene))]
        assert (pair.label, pair.agent) == ("associated", "")


def test_in_after_a_participle_is_no_object():
    text = "Bcl-2 expression increased and decreased in LPS-treated cells"
    first, cue = text.index("Bcl-2"), text.index("decreased")
    # "decreased in …" is a place or group, not the participle's object
    assert not coordination.coordinated_readouts(text, [], first, first + 5, None, cue, cue + 9, text.index("LPS"))
    noun = "an increase in Bcl-2 expression and a decrease in Bax"
    first, cue = noun.index("Bcl-2"), noun.index("decrease")
    assert coordination.coordinated_readouts(noun, [], first, first + 5, noun.index(" in Bcl"), cue, cue + 8,
                                             noun.index("Bax"))
