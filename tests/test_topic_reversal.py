"""Pairs never stated in one sentence (issue 14, stop 33): the study agent named by a bare treatment noun
(nlp/definite_descriptions.py) and a model's changes undone in the next sentence (nlp/model_reversal.py).

Real sentences of corpus/validation/en (PMID23261676, PMID23424207, PMID19761039, PMID11273016) and of
BC5CDR/BioRED (shared/data/dev/annotated); each pair asserted was missed before ("both recognised, never
in one sentence") and is in the gold."""

import pytest
from nlp_helpers import best_labels
from test_nlp_discourse_anaphors import CADMIUM, CADMIUM_DEFINED  # validation PMID23424207, read there too

from pipeline.config import ScoringConfig
from pipeline.nlp.definite_descriptions import descriptions
from pipeline.nlp.model_reversal import changes, reversal_object
from pipeline.relations.comention import aggregate

EPICATECHIN = ("Isoproterenol induced myocardial infarcted rats showed a significant increase in the levels of cardiac "
               "diagnostic markers, heart mitochondrial lipid peroxidation, calcium, and a significant decrease in the "
               "activities/levels of heart mitochondrial glutathione peroxidase, glutathione reductase, reduced "
               "glutathione, isocitrate, succinate, malate, α-ketoglutarate and NADH-dehydrogenases, "
               "cytochrome-C-oxidase and adenosine triphosphate. (-) Epicatechin pretreatment showed significant "
               "protective effects on all the biochemical parameters evaluated.")
HIBISCUS = ("Reserpine treated rats significantly developed vacuous chewing movements and tongue protrusions however, "
            "coadministration of Hibiscus rosa sinensis roots extract (100, 200 and 300 mg/kg, per orally) attenuated "
            "the effects. Biochemical analysis of brain revealed that the reserpine treatment significantly increased "
            "lipid peroxidation and decreased levels of superoxide dismutase (SOD), catalase (CAT) and glutathione "
            "reductase (GSH), an index of oxidative stress process. Coadministration of extract significantly reduced "
            "the lipid peroxidation and reversed the decrease in brain SOD, CAT and GSH levels.")

EPICATECHIN_ID, SELENIUM_ID, CADMIUM_ID = "CPD:epicatechin", "CPD:selenium", "MESH:D002104"
SOD, CAT, GPX, GSR, GST, COX = "FPLX:SOD", "HGNC:1516", "FPLX:GPX", "HGNC:4623", "FPLX:GST", "FPLX:COX"
HIBISCUS_ID = "HERB001762"


def test_the_agent_restores_what_the_model_lowered(facts):
    doc = facts(EPICATECHIN)
    pairs = best_labels(doc)
    for gene in (GPX, GSR, COX):  # "a significant decrease in the activities/levels of …": activates
        label, weight = pairs[(EPICATECHIN_ID, gene)]
        assert label == "activates" and weight < 1  # a cross-sentence reading weighs less than a stated pair
    # the listed genes are no partners of each other in the reversal sentence: every pair there is the agent's
    assert all(EPICATECHIN_ID in (p.a[1], p.b[1]) for p in doc.sentences[-1].typed_pairs())
    assert ("MESH:D007545", GPX) not in pairs or pairs[("MESH:D007545", GPX)][0] != "activates"  # not the inducer


def test_reversal_of_another_abstract_and_its_inducer(facts):
    # PMID23424207 with its agents written out (the abstract's "RUT"/"Se" are short forms the matcher misses)
    doc = facts(CADMIUM_DEFINED + CADMIUM.replace("RUT and Se reversed", "rutin and selenium reversed"))
    pairs = best_labels(doc)
    for gene in (SOD, CAT, GPX, GSR, GST):  # "decreased activity of the antioxidant defence system (…)"
        assert pairs[(SELENIUM_ID, gene)][0] == "activates"
        assert pairs[(CADMIUM_ID, gene)][0] != "activates"  # Cd is named in both sentences: the model, no agent
    # in the reversal sentence only the agents' pairs take its sign: "Cd-induced alterations" names the model
    last = {frozenset((p.a[1], p.b[1])): p.label for p in doc.sentences[-1].typed_pairs()}
    assert last[frozenset((SELENIUM_ID, GPX))] == "activates"
    assert all(label != "activates" for pair, label in last.items() if CADMIUM_ID in pair)
    evidence = [e.text for (a, b), s in aggregate([doc], ScoringConfig()).stats.items()
                if {a[1], b[1]} == {SELENIUM_ID, GST} for e in s.sentences]
    assert any("Acute intoxication with Cd" in t and "reversed" in t for t in evidence)  # both sentences shown


def test_the_change_word_before_each_gene_gives_its_sign():
    # the model sentence of PMID23424207; "reduced glutathione" (PMID23261676) is a name, not a change
    class M:
        def __init__(self, text, sentence, label, eid, how="dictionary"):
            self.start = sentence.index(text)
            self.end, self.label, self.entity_id, self.how = self.start + len(text), label, eid, how
    sentence = CADMIUM.split(". Treatment")[0]
    got = changes(sentence, [M("superoxide dismutase", sentence, "GENE", SOD), M("catalase", sentence, "GENE", CAT)])
    assert got == {SOD: "activates", CAT: "activates"}
    text = "a significant increase in calcium and levels of reduced glutathione and catalase"
    got = changes(text, [M("reduced glutathione", text, "COMPOUND", "CPD:glutathione", "endogenous"),
                         M("catalase", text, "GENE", CAT)], frozenset({"endogenous"}))
    assert got == {CAT: "downregulates"}  # the amount the model raised, lowered: "increase", not "reduced"


@pytest.mark.parametrize("sentence,anaphor", [
    ("(-) Epicatechin pretreatment showed significant protective effects on all the biochemical parameters "
     "evaluated.", "all the biochemical parameters"),
    ("Topiramate prevented all the alterations observed, showing novel neuroprotective properties.",  # BC5CDR
     "all the alterations"),
    ("Treatment with antithrombin attenuated the puromycin aminonucleoside-induced hematological abnormalities.",
     "the puromycin aminonucleoside-induced hematological abnormalities"),
    # negated or asked: no reading (BC5CDR, BioRED)
    ("Hypoxia was unable to alter the high PPARa expression or reverse the metabolic changes caused by the "
     "high-fat diet, with the result that [ATP] and contractile function decreased significantly.", None),
    ("On this basis, we investigated whether repeated OB treatment prevented the functional and neurochemical "
     "changes observed in the colon of rats", None),
])
def test_reversal_objects(sentence, anaphor):
    span = reversal_object(sentence, "en")
    assert (sentence[span[0]:span[1]] if span else None) == anaphor


def test_no_reversal_when_the_sentence_names_its_own_genes(facts):
    text = EPICATECHIN.replace("on all the biochemical parameters evaluated",
                               "on all the biochemical parameters evaluated, with higher catalase")
    last = facts(text).sentences[-1]
    assert not [m for m in last.mentions if m.how.startswith("reversal-")]


def test_a_bare_extract_after_a_treatment_word_is_the_herb(facts):
    pairs = best_labels(facts(HIBISCUS))
    for gene in (SOD, CAT):  # "Coadministration of extract … reversed the decrease in brain SOD, CAT"
        label, weight = pairs[(HIBISCUS_ID, gene)]
        assert label == "upregulates" and weight < 1


def test_bare_extract_objects():
    # PMID11273016: "rats treated with extract"; not "treatment with extracts of cells" (a source is named)
    sentence = "The liver hydroxyproline content in BDL rats treated with extract was also reduced to 68%"
    assert [sentence[a:b] for a, b, _ in descriptions(sentence, "en")] == ["extract"]
    assert descriptions("heparin lyase treatment of extracts of cells expressing recombinant protein", "en") == []
