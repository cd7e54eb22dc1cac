"""Stop 44: a stimulus participle reaches every item of the list it opens, an item that names no entity of ours
included ("TNBS-increased myeloperoxidase activity pro-inflammatory cytokine expression and NF-kB activation",
"the activin+GnRH-induced stimulation of FSHbeta mRNA and FSH secretion"; coordination.listed_after_heads).

An item without a mention (a modifier or three before its own head noun) broke the list, and a bare "mRNA" head was
no head noun, so the later items were read as bare co-mentions of the stimulus (validation_en PMID24009834, gold TNBS
``activates`` NF-kB; validation39_en PMID18310445, gold GnRH ``upregulates`` FSH).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

from pipeline.relations import coordination
from pipeline.relations.effects import Span

# validation_en PMID24009834
TNBS = ("Kalopanaxsaponin B, a main constituent of KP, inhibited TNBS-induced colonic inflammation, including colon "
        "shortening, and TNBS-increased myeloperoxidase activity pro-inflammatory cytokine expression and NF-kB "
        "activation in mice.")
# validation39_en PMID18310445 (the abstract's sentence names FSH once before, "no effect on FSH production": its
# first mention is read there, so the clause is quoted from the participle on)
GNRH = ("BMP-4 enhanced the activin+GnRH-induced stimulation of FSHbeta mRNA and FSH secretion, without any effect on "
        "follistatin mRNA.")


def test_a_participle_reaches_past_an_unnamed_item_of_its_list(annotator):
    pair = typed_pairs(annotator, TNBS)[("MESH:D014302", "FPLX:NFkappaB")]
    assert (pair.label, pair.agent) == ("activates", "MESH:D014302")


def test_a_bare_mrna_head_closes_a_list_item(annotator):
    pair = typed_pairs(annotator, GNRH)[("FPLX:GNRH", "FPLX:FSH")]
    assert (pair.label, pair.agent) == ("upregulates", "FPLX:GNRH")


def test_an_unnamed_item_is_words_before_a_head_noun_not_a_phrase_with_a_verb_or_preposition():
    def listed(text: str, first: str, second: str) -> bool:
        a = Span(text.index(first), text.index(first) + len(first), "GENE", "A")
        b = Span(text.index(second), text.index(second) + len(second), "GENE", "B")
        return coordination.listed_after_heads(text, [a, b], a, b)
    assert listed("LPS-induced AAA activity, cytokine expression and BBB activation", "AAA", "BBB")
    assert not listed("LPS-induced AAA activity in the liver and BBB activation", "AAA", "BBB")
    assert not listed("LPS-induced AAA activity and inhibited BBB activation", "AAA", "BBB")
