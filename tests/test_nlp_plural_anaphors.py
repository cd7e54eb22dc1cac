"""plural_anaphors: "they", "the investigated polyphenols" refer to the compounds a sentence before named together.

validation_en PMID23466460 names quercetin, epigallocatechin gallate and curcumin in one coordination, calls them
"the investigated polyphenols" and then states "Moreover, they limited the release of … monocyte chemotactic
protein-1": the gold has each of the three with CCL2, which no sentence names together (a "never in one sentence"
miss at main db9f12c)."""

import pytest

from pipeline.nlp.matcher import Mention
from pipeline.relations.cross_sentence import CROSS_SENTENCE_FACTOR
from pipeline.relations.effects import WEIGHTS
from pipeline.relations.facts import facts_of
from pipeline.relations.pairs import sentence_pairs
from pipeline.nlp.plural_anaphors import Seen, antecedent, coordination, group_fits, opening
from tests.nlp_helpers import tsv_rows

THREE = ("CPD:quercetin", "CPD:epigallocatechin-gallate", "CPD:curcumin")
NAMES = {"CPD:quercetin": "Quercetin", "CPD:epigallocatechin-gallate": "Epigallocatechin gallate",
         "CPD:curcumin": "Curcumin", "CPD:berberine": "Berberine", "CPD:palmatine": "Palmatine"}.get


def _texts():
    return {r["key"]: r for r in tsv_rows("plural_anaphor_texts.tsv")}


def _group_mentions(annotator, key):
    row = _texts()[key]
    adoc = annotator.annotate(key, f"{row['title']}\n\n{row['abstract']}")
    return [(m.text, m.entity_id) for item in adoc.sentences for m in item.mentions if m.how == "cross-sentence-group"]


def test_opening_reads_pronoun_and_plural_descriptions():
    assert opening("Moreover, they limited the release of pro-inflammatory factors")[2] is None
    assert opening("The investigated polyphenols had beneficial effects")[2] == "polyphenols"
    assert opening("Both compounds significantly reduced TNF-α")[2] == "compounds"
    for text in ("All compounds induced damage to the cell membranes",  # every compound tested: no one coordination
                 "These results suggest", "Theyer et al. reported", "The compounds were dissolved in DMSO"):
        assert opening(text) is None, text


def test_coordination_is_one_list_of_two_to_four_compounds():
    sentence = "the effects exerted in vitro by quercetin, epigallocatechin gallate and curcumin on membrane fluidity"
    spans = [(sentence.index(t), t, i) for t, i in zip(("quercetin", "epigallocatechin gallate", "curcumin"), THREE)]
    mentions = [Mention(a, a + len(t), i, "COMPOUND", "dictionary", t) for a, t, i in spans]
    assert coordination(sentence, mentions) == THREE
    assert coordination(sentence, mentions[:1]) is None  # one compound is no set
    apart = "quercetin was given before curcumin"
    assert coordination(apart, [Mention(0, 9, THREE[0], "COMPOUND", "dictionary", "quercetin"),
                                Mention(27, 35, THREE[2], "COMPOUND", "dictionary", "curcumin")]) is None


def test_a_class_fits_by_the_text_or_the_names():
    title = Seen(0, 0, "membranar effects exerted in vitro by polyphenols - quercetin, epigallocatechin gallate and "
                       "curcumin - on huvec", frozenset(THREE), THREE, frozenset({"polyphenol"}))
    assert group_fits("polyphenols", THREE, [title], NAMES)  # the title calls them so
    assert not group_fits("polyphenols", THREE, [], NAMES)
    assert not group_fits("alkaloids", THREE, [title], NAMES)
    assert group_fits("alkaloids", ("CPD:berberine", "CPD:palmatine"), [], NAMES)  # "-ine"
    assert group_fits("compounds", THREE, [], NAMES)


def test_they_needs_the_previous_sentence_to_be_about_the_set():
    listed = Seen(1, 2, "… by quercetin, epigallocatechin gallate and curcumin …", frozenset(THREE), THREE, frozenset())
    other = Seen(1, 3, "the cells were exposed to high glucose", frozenset(), None, frozenset())
    called = Seen(1, 3, "results showed that the investigated polyphenols had beneficial effects", frozenset(), None,
                  frozenset({"polyphenol"}))
    title = Seen(0, 0, "by polyphenols - quercetin, epigallocatechin gallate and curcumin -", frozenset(THREE), THREE,
                 frozenset({"polyphenol"}))
    they = (0, 4, None)
    assert antecedent(they, 1, 4, [title, listed, called], NAMES) == THREE
    assert antecedent(they, 1, 4, [title, listed, other], NAMES) is None  # "they" may be the cells
    assert antecedent(they, 1, 3, [title, listed], NAMES) == THREE  # right after the list
    assert antecedent((0, 14, "compounds"), 1, 5, [title, listed, other], NAMES) is None  # beyond WINDOW


def test_they_limited_is_the_three_polyphenols(annotator):
    found = _group_mentions(annotator, "polyphenols_they")
    assert sorted(found) == sorted(("they", i) for i in THREE)


def test_they_not_tested_is_no_finding(annotator):
    assert _group_mentions(annotator, "olive_not_tested") == []


def test_the_pairs_weigh_as_cross_sentence_readings_and_the_members_are_no_partners(annotator):
    row = _texts()["polyphenols_they"]
    facts = facts_of(annotator.annotate("polyphenols_they", f"{row['title']}\n\n{row['abstract']}"))
    sentence = next(s for s in facts.sentences if any(m.how == "cross-sentence-group" for m in s.mentions))
    pairs = {frozenset((p.a[1], p.b[1])): p for p in sentence_pairs(sentence.text, sentence.mentions)}
    for i in THREE:
        pair = pairs[frozenset((i, "HGNC:10618"))]  # CCL2 (monocyte chemotactic protein-1)
        # "they limited the release of …" types the pair (cues.py, stop 52); as a cross-sentence reading it weighs half
        # of what the same label stated in one sentence weighs
        assert pair.typed.label == "downregulates", pair.typed
        assert pair.weight == pytest.approx(WEIGHTS["downregulates"] * CROSS_SENTENCE_FACTOR), pair
    assert not any(frozenset((a, b)) in pairs for a in THREE for b in THREE if a != b)
