"""A metabolite named as what a pathway makes, breaks down or lacks is no agent (measured_readouts.py).

"cholesterol biosynthesis", "胆固醇的代谢", "葡萄糖饥饿", "glucose deprivation-induced": the metabolite is the
product, substrate or missing nutrient of a process (GUIDELINES 1.3, 5.15: metabolic read-outs are no entities);
the agent of such a sentence is the enzyme, the drug or the deprivation, and a deprived nutrient would even get
the opposite sign. Administered ones ("高糖", "high glucose-induced") keep their pairs.
"""

from __future__ import annotations

from pipeline.relations.facts import facts_of
from pipeline.relations.measured_readouts import is_measured_readout

# validation_zh ChinaXiv-201711.00864V1 (no gold row with cholesterol)
METABOLISM_ZH = "这说明血脂水平的高低影响体内胆固醇的代谢，因此研究苜蓿皂苷对胆固醇代谢的影响时应考虑血脂水平的差异。"
# sample ChinaXiv-201711.01551V1: glucose starvation, not glucose, activates ULK1 through AMPK
STARVATION_ZH = ("研究发现，在细胞饥饿（葡萄糖饥饿）时，AMPK诱导ULK1丝氨酸的317和777位点磷酸化，促发自噬；而在营养充足的情况下，"
                 "mTOR使ULK1的丝氨酸757位点磷酸化，使 AMPK对ULK1的调控被打乱[18-19]。")
# BioRED train PMID15099351
BIOSYNTHESIS_EN = ("Proprotein convertase subtilisin/kexin type 9 (PCSK9) is at a locus for autosomal dominant "
                   "hypercholesterolemia, and recent data indicate that the PCSK9 gene is involved in cholesterol "
                   "biosynthesis.")
# BC2GM train P09792702A0754
DEPRIVATION_EN = ("Expression of a dominant-negative mutant of JNK1 also suppressed glucose deprivation-induced JNK1 "
                  "activation as well as HSP70 gene expression.")
# validation_zh ChinaXiv-201712.01205V1 (gold: glucose activates hsa04310)
HIGH_GLUCOSE_ZH = "2.2高糖激活血管平滑肌细胞WNT信号通路"


def _at(text: str, word: str, n: int = 0) -> tuple[int, int]:
    start = -1
    for _ in range(n + 1):
        start = text.index(word, start + 1)
    return start, start + len(word)


def _partners(annotator, text: str, entity: str) -> set[str]:
    facts = facts_of(annotator.annotate("t", text))
    return {x for s in facts.sentences for p in s.typed_pairs() for x in (p.a[1], p.b[1])
            if entity in (p.a[1], p.b[1])} - {entity}


def test_a_metabolised_metabolite_is_a_read_out():
    assert is_measured_readout(METABOLISM_ZH, *_at(METABOLISM_ZH, "胆固醇"))
    assert is_measured_readout(METABOLISM_ZH, *_at(METABOLISM_ZH, "胆固醇", 1))
    assert is_measured_readout(BIOSYNTHESIS_EN, *_at(BIOSYNTHESIS_EN, "cholesterol biosynthesis")[:1],
                               _at(BIOSYNTHESIS_EN, "cholesterol biosynthesis")[0] + len("cholesterol"))


def test_a_deprived_nutrient_is_a_read_out():
    assert is_measured_readout(STARVATION_ZH, *_at(STARVATION_ZH, "葡萄糖"))
    assert is_measured_readout(DEPRIVATION_EN, *_at(DEPRIVATION_EN, "glucose"))


def test_starved_glucose_and_synthesised_cholesterol_are_no_agents(annotator):
    assert not _partners(annotator, STARVATION_ZH, "CPD:glucose")
    assert not _partners(annotator, BIOSYNTHESIS_EN, "CPD:cholesterol")


def test_administered_glucose_keeps_its_pairs(annotator):
    assert "hsa04310" in _partners(annotator, HIGH_GLUCOSE_ZH, "CPD:glucose")
    text = "The role of the p38 MAPK signaling pathway in high glucose-induced epithelial-mesenchymal transition"
    assert not is_measured_readout(text, *_at(text, "glucose"))
    # a metabolite merely before a noun that is no process stays a candidate
    text = "Glucose activates ChREBP in hepatocytes."
    assert not is_measured_readout(text, *_at(text, "Glucose"))


# --- the inducer of a dysfunction is the model, not the agent of the finding (model_inducers.py) --------------

# BioRED train PMID28098423 (title): the Akt activation is BDNF's, not doxorubicin's
DOXORUBICIN_EN = ("Brain-derived neurotrophic factor attenuates doxorubicin-induced cardiac dysfunction through activating "
                  "Akt signalling in rats.")
# validation_en PMID25009697: "scopolamine-induced cholinergic dysfunction" is the model
SCOPOLAMINE_EN = "We also investigated the effects of HCW against scopolamine-induced cholinergic dysfunction in mice"


def test_the_inducer_of_a_dysfunction_is_a_model_inducer():
    from pipeline.relations.model_inducers import is_model_inducer
    for text, word in ((DOXORUBICIN_EN, "doxorubicin"), (SCOPOLAMINE_EN, "scopolamine")):
        assert is_model_inducer(text, *_at(text, word))


def test_the_inducer_of_a_dysfunction_is_not_paired_with_the_treatments_target(annotator):
    facts = facts_of(annotator.annotate("t", DOXORUBICIN_EN))
    ids = {m.entity_id for s in facts.sentences for m in s.mentions}
    doxorubicin = next(i for i in ids if "doxorubicin" in i.lower() or i == "MESH:D004317")
    assert not _partners(annotator, DOXORUBICIN_EN, doxorubicin)
