"""Stop 34: the agent of an English action noun named before it (relations/agent_nouns.py).

"PTH stimulation of IGF-binding protein-5 mRNA", "Kappa opioid receptor activation of p38 MAPK" (a noun
before a deverbal head is its subject, the of-phrase its object), "p53-mediated myocardin transcription",
"CD40-mediated p38 MAPK activation" (the participle's agent brings about the event the head names) and
"TAK1 mediates Smad1 phosphorylation", "Src and Cas mediate JNK activation but not ERK1/2 and p38 kinases"
(the mediating subject is the event's agent; the excluded objects take the label negated, GUIDELINES 5.8).
Each pair was left ``associated`` before. Real sentences, copied verbatim (source ids beside them).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import agent_nouns

PTH = "The role of protein kinase C-delta in PTH stimulation of IGF-binding protein-5 mRNA in UMR-106-01 cells"
# validation_zh ChinaXiv-201712.00947V1, a reference title
KOR = "Kappa opioid receptor activation of p38 MAPK is GRK3-and arrestin-dependent in neurons and astrocytes"
# validation_zh ChinaXiv-201712.01073V1, a reference title
PAEONIFLORIN = ("Paeoniflorin inhibition of 6- hydroxydopamine-induced apoptosis in PC12 cells via suppressing reactive "
                "oxygen species- mediated PKC8/NF- kBpathway")  # new_papers_zh ChinaXiv-201806.00141V1, a reference title
P53 = ("LncRNA CAIF inhibitsautophagyand atenuates myocardialinfarctionbyblocking p53-mediated myocardin transcription")
# validation_zh ChinaXiv-202207.00209V1, a reference title
CD40 = ("In contrast, TRAF2 deficiency had no effect on CD40-mediated p38 MAPK activation but significantly reduced "
        "BCR-mediated p38 activation.")  # BioRED dev PMID22711886
TAK1 = "TAK1 mediates Smad1 phosphorylation at C-terminal serine residues."  # validation_en PMID19536134
CAS = "Src and Cas mediate JNK activation but not ERK1/2 and p38 kinases by reactive Oxygen species"
# validation_zh ChinaXiv-201712.01073V1, a reference title


def test_a_noun_before_stimulation_of_is_its_agent(annotator, gene_id):
    pair = typed_pairs(annotator, PTH)[(gene_id("PTH"), gene_id("IGFBP5"))]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("PTH"))  # "… mRNA": a level


def test_a_receptor_before_activation_of_activates_the_object(annotator, gene_id):
    pair = typed_pairs(annotator, KOR)[(gene_id("OPRK1"), "FPLX:p38")]
    assert (pair.label, pair.agent) == ("activates", gene_id("OPRK1"))


def test_a_compound_before_inhibition_of_a_stimulus_induced_process_inhibits_the_process(annotator):
    typed = typed_pairs(annotator, PAEONIFLORIN)
    pair = typed[("CPD:paeoniflorin", "hsa04210")]
    assert (pair.label, pair.agent) == ("inhibits", "CPD:paeoniflorin")
    # the stimulus right after "of" is the model, not the object (GUIDELINES 5.7)
    assert typed[("CPD:paeoniflorin", "MESH:D016627")].label == "associated"


def test_mediated_transcription_raises_the_level(annotator, gene_id):
    pair = typed_pairs(annotator, P53)[(gene_id("TP53"), gene_id("MYOCD"))]
    assert (pair.label, pair.agent) == ("upregulates", gene_id("TP53"))


def test_mediated_activation_after_the_target_activates_it(annotator, gene_id):
    pair = typed_pairs(annotator, CD40)[(gene_id("CD40"), "FPLX:p38")]
    assert (pair.label, pair.agent, pair.negated) == ("activates", gene_id("CD40"), False)


def test_the_subject_of_mediates_is_the_agent_of_the_event(annotator, gene_id):
    pair = typed_pairs(annotator, TAK1)[(gene_id("MAP3K7"), gene_id("SMAD1"))]
    assert (pair.label, pair.agent) == ("activates", gene_id("MAP3K7"))


def test_but_not_objects_take_the_event_negated(annotator, gene_id):
    typed = typed_pairs(annotator, CAS)
    jnk = typed[(gene_id("BCAR1"), "FPLX:JNK")]
    assert (jnk.label, jnk.agent, jnk.negated) == ("activates", gene_id("BCAR1"), False)
    for other in ("FPLX:ERK", "FPLX:p38"):
        pair = typed[(gene_id("BCAR1"), other)]
        assert (pair.label, pair.agent, pair.negated) == ("activates", gene_id("BCAR1"), True)


def test_a_level_noun_names_no_agent_before_it():
    # "Bcl-2 expression of …" is no agent noun; an object of a verb before the mention is no agent either
    text = "X expression of Y"
    assert agent_nouns.agent_noun(text, 0, 1, 16, 17) is None
    text = "MG132 suppressed AMPK activation of the cells"
    assert agent_nouns.agent_noun(text, 17, 21, 40, 45) is None
    text = "the AMPK activation of mTOR"
    assert agent_nouns.agent_noun(text, 4, 8, 23, 27) == (9, 19, "activate", 1)
