"""Stop 37: the subject of an agentless passive acts on nothing through its verb (relations/passive_subjects.py).

"NFkappaB activity was decreased in … cocaine treated rats, … whereas nNOS activity … was increased" reported two
read-outs of one treatment; the typer read the first read-out as the agent of its own passive verb on every later
mention ("NFkappaB inhibits nNOS"). Pinned on BioRED train sentences (text no rule was written from) and one
validation sentence; a verb of blocking keeps its loss-of-function reading, and a mention inside the subject's
treatment adjunct is no subject. The read-out of a whereas/while clause takes the main clause's agent with the sign
of its own verb (BioRED train PMID25946186, PMID20477932; validation_en PMID21195946, two gold rows).
"""

from __future__ import annotations

from pathlib import Path

from nlp_helpers import typed_pairs, typed_sentence

from pipeline.relations import passive_subjects

COCAINE = ("NFkappaB activity was decreased in the frontal cortex of cocaine treated rats, as well as GSH concentration "
           "and glutathione peroxidase activity in the hippocampus, whereas nNOS activity in the hippocampus was "
           "increased.")  # BioRED train PMID20477932
TSPO = ("TSPO was up-regulated in Iba1(+) cells from brains of patients with ICH and in CD11b(+)CD45(int) cells from "
        "mice subjected to collagenase-induced ICH.")  # BioRED train PMID28416580
GLUT1 = ("The glucose and lactate transporters GLUT1 and MCT4 are induced in distal hypoxic cells in a HIF1a-dependent "
         "fashion, indicative of glycolysis.")  # validation_en PMID27134166
GLUCAGON = ("These data suggest that when glucagon activity is blocked in the setting of type 1 diabetes, the plasma "
            "ghrelin level rises, preventing hypoglycemia.")  # BioRED train PMID28487437
RES = ("the m RNA expressions of SIRT1,AMPKα, caspase-3 and $B a x$ after treatment with different concentrations of "
       "RE S were significantly or extremely significantly increased")  # sample ChinaXiv-201711.00904V1 abstract_en


def test_a_read_out_reported_in_a_treated_group_does_not_act_on_the_next_read_out(annotator, gene_id):
    typed = typed_pairs(annotator, COCAINE)
    assert typed[("FPLX:NFkappaB", gene_id("NOS1"))].label == "associated"
    assert typed[("FPLX:NFkappaB", "FPLX:GPX")].label == "associated"
    # the treated group still reads as the agent of the first read-out
    pair = typed[("FPLX:NFkappaB", "CPD:cocaine")]
    assert (pair.label, pair.agent) == ("inhibits", "CPD:cocaine")


def test_a_gene_up_regulated_in_marked_cells_does_not_regulate_the_marker(annotator, gene_id):
    assert typed_pairs(annotator, TSPO)[(gene_id("TSPO"), gene_id("AIF1"))].label == "associated"


def test_genes_induced_in_cells_are_not_the_agents_of_their_inducer(annotator, gene_id):
    pair = typed_pairs(annotator, GLUT1)[(gene_id("SLC2A1"), gene_id("HIF1A"))]
    assert pair.agent != gene_id("SLC2A1")


def test_a_blocked_subject_keeps_its_loss_of_function_reading(annotator, gene_id):
    pair = typed_pairs(annotator, GLUCAGON)[(gene_id("GCG"), gene_id("GHRL"))]
    assert (pair.label, pair.agent) == ("downregulates", gene_id("GCG"))


def test_a_mention_in_the_treatment_adjunct_is_no_subject():
    start = RES.index("RE S")
    cue = RES.index("increased")
    assert not passive_subjects.agentless_subject(RES, start, start + 4, cue, cue + len("increased"))
    sirt1 = RES.index("SIRT1")
    assert not passive_subjects.agentless_subject(RES, sirt1, sirt1 + 5, cue, cue + len("increased"))
    nf = COCAINE.index("NFkappaB")
    verb = COCAINE.index("decreased")
    assert passive_subjects.agentless_subject(COCAINE, nf, nf + 8, verb, verb + len("decreased"))


# --- the read-out of a whereas/while clause keeps its own verb, the agent is the main clause's -----------------
TIPE2 = ("In TIPE2 over-expression cells, caspase-3, caspase-9, and Bax were significantly up-regulated while Bcl-2 "
         "was down-regulated.")  # BioRED train PMID25946186
BDNF = ("Protein level of BDNF was reduced in Dox-treated rat ventricles, whereas BDNF and its receptor "
        "tropomyosin-related kinase B (TrkB) were markedly up-regulated after BDNF administration.")  # BioRED train PMID28098423
VALIDATION = Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en" / "21195946.txt"


def test_an_over_expressed_gene_lowers_the_read_out_of_the_contrast_clause(annotator, gene_id):
    pair = typed_pairs(annotator, TIPE2)[(gene_id("TNFAIP8L2"), gene_id("BCL2"))]
    assert (pair.label, pair.agent) == ("downregulates", gene_id("TNFAIP8L2"))


def test_the_treated_group_acts_on_the_read_out_of_the_contrast_clause(annotator, gene_id):
    pair = typed_pairs(annotator, COCAINE)[("CPD:cocaine", gene_id("NOS1"))]
    assert (pair.label, pair.agent) == ("activates", "CPD:cocaine")


def test_the_by_agent_of_the_main_clause_lowers_the_read_outs_of_the_contrast_clause(annotator, gene_id):
    sentence, label = typed_sentence(annotator, "PMID21195946", VALIDATION.read_text(encoding="utf-8"),
                                     "whereas the levels of the T(H)2 cytokines")
    herb = next(m.entity_id for m in sentence.mentions if m.label == "HERB")
    for symbol in ("IL4", "IL5"):
        pair = label(herb, gene_id(symbol))
        assert (pair.label, pair.agent) == ("downregulates", herb)
    # the main clause's read-out is no agent of the contrast clause's read-outs
    assert label(gene_id("IL12B"), gene_id("IL4")).label == "associated"


def test_a_contrast_clause_with_its_own_adjunct_is_not_the_main_agents():
    start = BDNF.index("TrkB")
    verb = BDNF.index("up-regulated")
    agent_end = BDNF.index("Dox") + 3
    assert passive_subjects.contrast_readout(BDNF, agent_end, start, start + 4, [(verb, verb + 12)]) == \
        (verb, verb + 12, True)
    nnos, increased = COCAINE.index("nNOS"), COCAINE.index("increased")
    assert passive_subjects.contrast_readout(COCAINE, COCAINE.index("cocaine") + 7, nnos, nnos + 4,
                                             [(increased, increased + 9)]) == (increased, increased + 9, False)
