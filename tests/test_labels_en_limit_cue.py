"""Stop 52 (s52-en-under): "limit" with its object is a verb of reduction (cues.py, class inhibit): "Moreover, they
limited the release of pro-inflammatory factors, like monocyte chemotactic protein-1" (validation_en PMID23466460, gold:
quercetin, EGCG and curcumin each ``downregulates`` MCP-1; "they" is read as the three polyphenols, cross_sentence.py)."""

from __future__ import annotations

from pathlib import Path

from nlp_helpers import typed_sentence

from pipeline.relations.cues import find_cues

VALIDATION = Path(__file__).resolve().parents[1] / "corpus" / "validation" / "en"


def test_limiting_the_release_of_a_cytokine_lowers_it(annotator, gene_id):
    doc = (VALIDATION / "23466460.txt").read_text(encoding="utf-8")
    _, typed = typed_sentence(annotator, "PMID23466460", doc, "they limited the release")
    for agent in ("CPD:quercetin", "CPD:epigallocatechin-gallate", "CPD:curcumin"):
        result = typed(agent, gene_id("CCL2"))
        assert (result.label, result.agent, result.cue.text) == ("downregulates", agent, "limited")


def test_limited_as_an_adjective_or_a_passive_is_no_cue():
    # BioRED train PMID28098423 and PMID19707748, validation_en PMID23563356: no object after the word
    for text in ("The clinical application of doxorubicin (Dox) is limited by its adverse effect of cardiotoxicity",
                 "The search was limited to studies published in English",
                 "mice lacking lrp5 have increased expression of tph1, the rate limiting enzyme for the production of serotonin"):
        assert not [c for c in find_cues(text) if c.text.lower().startswith("limit")]
