"""Stop 51: one English verb governs every object of its list, an event nominal among them too
("inhibited … IL-1b, IL-6 and TNF-a as well as the activation of NF-kB"; relations/listed_objects.py).

The nominal ("the activation of") nearest the target typed the pair by itself: the herb "activated" NF-kB. The verb
before the list decides, its sign times the nominal's (effects.py ``_outer_cue``), as for "inhibited the activation
of NF-kB". A participle used as an adjective ("of reduced GSH and induction of apoptosis") is no verb of a list.
"""

from __future__ import annotations

from pipeline.relations import listed_objects
from pipeline.relations.facts import facts_of

# validation_en PMID24009834 (gold Kalopanax pictum–NF-kB inhibits); the first sentence defines the abbreviation KP
KP = ("The stem-bark of Kalopanax pictus (KP, family Araliaceae), of which main constituent is kalopanaxsaponin B, has "
      "been used for asthma, rhinitis, and arthritis in Chinese traditional medicine. KP BuOH fraction also potently "
      "inhibited the expression of the pro-inflammatory cytokines, IL-1b, IL-6 and TNF-a as well as the activation "
      "of NF-kB.")
# validation_en PMID23523949: "reduced" names the glutathione, it governs nothing
GSH = ("These effects were associated with increased MDA level, lower level of reduced GSH and induction of apoptosis "
       "through elevation of Bax/Bcl2 ratio (both protein and mRNA levels), cytochrome c release to the cytosol and "
       "activation caspase 3 in cardiac tissue.")
# validation_zh ChinaXiv-201712.00999V1, reference 17 (gold MG132–p38/JNK activates; the words glued in the PDF)
MG132 = ("Proteasome inhibitor MG132 induces selective apoptosis in glioblastoma cells throughinhibitionofPI3K/Akt"
         "andNFkappaBpathways, mitochondrial dysfunction,and activation of p38-JNK1/2 signaling")


def labels(annotator, text: str) -> dict[tuple[str, str], str]:
    """{(entity id, entity id): label} of the pairs the batch keeps for ``text`` (relations/pairs.py)."""
    facts = facts_of(annotator.annotate("t", text))
    return {(p.a[1], p.b[1]): p.label for s in facts.sentences for p in s.typed_pairs()}


def test_the_verb_before_an_object_list_governs_its_last_nominal(annotator, gene_id):
    found = labels(annotator, KP)
    assert found[("HERB007147", "FPLX:NFkappaB")] == "inhibits"
    assert found[("HERB007147", gene_id("IL6"))] == "downregulates"  # the list's first items keep their reading


def test_a_participle_before_a_noun_governs_no_list():
    verb = GSH.index("reduced")
    assert not listed_objects.governs_listed_nominal(GSH, verb, verb + len("reduced"), GSH.index("induction"))
    start = KP.index("inhibited")
    assert listed_objects.governs_listed_nominal(KP, start, start + len("inhibited"), KP.index("activation of NF"))


def test_a_nominal_with_a_predicate_of_its_own_is_not_the_verbs_object():
    # the KP sentence rewritten so the nominal opens a clause of its own: the verb's list ends before it
    text = KP.replace("as well as the activation of NF-kB.", "and the activation of NF-kB was not changed.")
    start = text.index("inhibited")
    assert not listed_objects.governs_listed_nominal(text, start, start + len("inhibited"), text.index("activation of NF"))


def test_an_activity_nominal_under_induce_is_activity_not_level(annotator):
    # "induces … and activation of p38-JNK1/2": the verb governs the nominal, which states activity (GUIDELINES 5.12),
    # so the "induces IL-6" → upregulates reading is not taken for the JNK named inside the slash chain
    found = labels(annotator, MG132)
    assert found[("MESH:C072553", "FPLX:JNK")] == "activates"
