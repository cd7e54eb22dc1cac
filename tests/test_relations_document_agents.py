"""Findings whose agent is the abstract's one treatment, named in an earlier sentence only
(relations/document_agents.py).

Real abstracts of the validation set (corpus/validation/en, read whole from the repository): PMID23567243 (DICO),
PMID25373392 (FSREE), PMID22972179 (2-deoxyglucose), PMID8073369 (coniine and nicotine), PMID23362262 (TGFβ)."""

from pathlib import Path

from nlp_helpers import best_evidence

from pipeline.relations.comention import document_entity_sets
from pipeline.relations.cross_sentence import CROSS_SENTENCE_FACTOR, DOCUMENT_AGENT
from pipeline.relations.document_agents import WEIGHT_FACTOR
from pipeline.relations.effects import WEIGHTS

ABSTRACTS = Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en"
DICO = "MESH:C585838"
CASPASE_3, CASPASE_9 = "HGNC:1504", "HGNC:1511"


def _doc(facts, pmid: str):
    return facts((ABSTRACTS / f"{pmid}.txt").read_text(encoding="utf-8"))


def _guessed(doc) -> list[str]:
    """The texts of the sentences the document's agent was added to."""
    return [s.text for s in doc.sentences if any(m.how == DOCUMENT_AGENT for m in s.mentions)]


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


def test_the_agent_is_no_co_mention_of_the_sentence(facts):
    doc = _doc(facts, "23567243")
    sentence = next(s for s in doc.sentences if s.text.startswith("Subsequently"))
    assert [m.entity_id for m in sentence.mentions if m.how == DOCUMENT_AGENT] == [DICO]
    _, sentences = document_entity_sets(doc)
    assert {("GENE", CASPASE_9), ("GENE", CASPASE_3)} in sentences  # that sentence's set, without DICO


def test_a_change_the_sentence_gives_another_entity_is_not_the_agents(facts):
    # "… activation of AMPK represses global protein synthesis … through inhibition of mTORC1 signaling": the
    # inhibition is AMPK's; the activation of AMPK is the only change left to 2-deoxyglucose
    doc = _doc(facts, "22972179")
    collectively = next(s for s in doc.sentences if s.text.startswith("Collectively"))
    guessed = {(p.row[1], p.row[3], p.row[5]) for p in collectively.typed_pairs() if "MESH:D003847" in p.row[:4]}
    assert guessed == {("MESH:D003847", "FPLX:AMPK", "activates")}


def test_two_agents_named_again_and_again_give_no_document_agent(facts):
    # coniine and nicotine are both compared through the abstract
    assert _guessed(_doc(facts, "8073369")) == []


def test_a_sentence_naming_a_stimulus_is_not_read(facts):
    # "These data reveal the requirement of both early and late activation of mTOR for TGFβ-induced protein synthesis."
    assert not [text for text in _guessed(_doc(facts, "23362262")) if "TGFβ" in text]
