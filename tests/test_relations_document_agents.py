"""Findings whose agent is the abstract's one treatment, named in an earlier sentence only
(relations/document_agents.py).

Real abstracts of the validation set (corpus/validation/en, read whole from the repository): PMID23567243 (DICO),
PMID25373392 (FSREE), PMID22972179 (2-deoxyglucose), PMID8073369 (coniine and nicotine), PMID23362262 (TGFβ)."""

from pathlib import Path

import pytest
from nlp_helpers import best_evidence

from pipeline.relations.comention import document_entity_sets
from pipeline.relations.cross_sentence import CROSS_SENTENCE_FACTOR, DOCUMENT_AGENT
from pipeline.relations.document_agents import WEIGHT_FACTOR, names_other_cause
from pipeline.relations.effects import WEIGHTS
from pipeline.relations.facts import MentionFacts
from pipeline.relations.pairs import document_agent_pairs

ABSTRACTS = Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en"
DICO = "MESH:C585838"
CASPASE_3, CASPASE_9 = "HGNC:1504", "HGNC:1511"


def _doc(facts, pmid: str):
    return facts((ABSTRACTS / f"{pmid}.txt").read_text(encoding="utf-8"))


def _guessed(doc, agent: str) -> list[str]:
    """The texts of the sentences that do not name ``agent`` yet hold a pair of it."""
    return [s.text for s in doc.sentences if any(agent in p.row[:4] for p in s.typed_pairs())
            and not any(m.entity_id == agent for m in s.mentions)]


def test_the_abstracts_one_agent_types_a_later_agentless_change(facts):
    # "… DICO decreased Bcl-2 level … . Subsequently, caspase-9 and caspase-3 were activated." (gold: activates)
    pairs = best_evidence(_doc(facts, "23567243"))
    for caspase in (CASPASE_3, CASPASE_9):
        label, weight, evidence = pairs[(DICO, caspase)]
        assert label == "activates"
        assert "Subsequently, caspase-9 and caspase-3 were activated." in evidence
        # a guess at the agent weighs less than the same statement in one sentence, and less than an anaphor's reading
        assert weight <= WEIGHTS["activates"] * CROSS_SENTENCE_FACTOR * WEIGHT_FACTOR + 1e-9


def test_a_read_outs_level_stated_after_it(facts):
    # "It was also observed that the levels of cytochrome c were elevated in the cytoplasm, …" (gold: FSREE's herb
    # upregulates CYCS); the sentence names "FSEER", which no dictionary links: no agent of its own
    label, _, evidence = best_evidence(_doc(facts, "25373392"))[("HERB003361", "HGNC:19986")]
    assert label == "upregulates"
    assert "levels of cytochrome c were elevated" in evidence


def test_the_agent_is_no_mention_of_the_sentence(facts):
    doc = _doc(facts, "23567243")
    sentence = next(s for s in doc.sentences if s.text.startswith("Subsequently"))
    assert {(p.row[1], p.row[3]) for p in sentence.typed_pairs()} >= {(DICO, CASPASE_3), (DICO, CASPASE_9)}
    assert DOCUMENT_AGENT not in {m.how for m in sentence.mentions}  # no mentions.csv row, no co-mention count
    _, sentences = document_entity_sets(doc)
    assert {("GENE", CASPASE_9), ("GENE", CASPASE_3)} in sentences


def test_a_change_the_sentence_gives_another_entity_is_not_the_agents(facts):
    # "… activation of AMPK represses global protein synthesis … through inhibition of mTORC1 signaling": the
    # inhibition is AMPK's; the activation of AMPK is the only change left to the treatment (2-deoxyglucose, which the
    # title does not name: the rule itself leaves this abstract alone, the pairing is asked directly)
    doc = _doc(facts, "22972179")
    s = next(s for s in doc.sentences if s.text.startswith("Collectively"))
    agent = MentionFacts(0, 0, 0, 0, "", "COMPOUND", "MESH:D003847", DOCUMENT_AGENT)
    pairs = document_agent_pairs(s.text, agent, s.mentions, s.typed_pairs())
    assert {(p.row[1], p.row[3], p.row[5]) for p in pairs} == {("MESH:D003847", "FPLX:AMPK", "activates")}


def test_two_agents_named_again_and_again_give_no_document_agent(facts):
    # coniine and nicotine are both compared through the abstract
    doc = _doc(facts, "8073369")
    assert _guessed(doc, "CPD:coniine") == [] and _guessed(doc, "CPD:nicotine") == []


def test_a_sentence_naming_a_stimulus_is_not_read(facts):
    # "These data reveal the requirement of both early and late activation of mTOR for TGFβ-induced protein synthesis."
    # (PP242, the abstract's only compound, is a tool of a paper about TGFβ and mTOR: not in the title, no agent)
    assert [text for text in _guessed(_doc(facts, "23362262"), "MESH:C572919") if "TGFβ" in text] == []


# BioRED train PMID20588063 (../shared/data/dev/annotated/biored, Train.filtered.PubTator): its title and two
# sentences of its abstract, as written there
PAN_NEPHROSIS = ("Permeability, ultrastructural changes, and distribution of novel proteins in the glomerular barrier in "
                 "early puromycin aminonucleoside nephrosis.\n\n"
                 "Using puromycin aminonucleoside nephrosis (PAN) rats, we studied early ultrastructural and permeability "
                 "changes in relation to the expression of the podocyte-associated molecules nephrin, a-actinin, dendrin, "
                 "and plekhh2, the last two of which were only recently discovered in podocytes. "
                 "The amount of nephrin was reduced in both diseased and normal areas.\n")


def test_the_compound_that_makes_the_model_is_no_treatment(facts):
    # "… in early puromycin aminonucleoside nephrosis": the reduced nephrin is the model's finding, not a treatment's
    assert _guessed(facts(PAN_NEPHROSIS), "MESH:D011692") == []


@pytest.mark.parametrize("sentence, other", [
    # validation_en PMID23362262, PMID25591455, PMID26102294; BioRED train PMID19692487 (as PAN_NEPHROSIS's source)
    ("These data reveal the requirement of both early and late activation of mTOR for TGFβ-induced protein synthesis.",
     True),
    ("T2D rats also exhibited an up-regulation of NF-kB and increase in the concentrations of pro-inflammatory "
     "cytokines (IL-1b, IL-6 and TNF-a) in the renal and cardiac tissues.", True),
    ("Together, these findings imply that OCT4A induction following DNA damage in PA-1 cells, performs a cell stress, "
     "rather than self-renewal, function by moderating the expression of p21Cip1", True),
    ("In contrast, the dowregulation of renal medullary NKCC2 expression was significantly attenuated in the -/- mice.",
     True),
    # validation_en PMID23567243, PMID25373392: the treatment's own findings
    ("Subsequently, caspase-9 and caspase-3 were activated.", False),
    ("It was also observed that the levels of cytochrome c were elevated in the cytoplasm, accounting for the loss of "
     "mitochondrial membrane potential in the TE-13 cells upon treatment with FSEER.", False),
])
def test_a_sentence_naming_another_cause_is_not_read(sentence, other):
    assert names_other_cause(sentence) is other
