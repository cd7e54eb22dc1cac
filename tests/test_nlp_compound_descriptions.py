"""compound_descriptions: "the lignan glycoside", "this compound" refer back to the compound the document named.

validation38_en PMID26320688 names (+)-lariciresinol-4-O-β-D-glucopyranoside in its title and calls it "a lignan
glycoside: lariciresinol-…" once; its findings are stated of "the lignan glycoside", which the matcher read as
the class CPD:lignan (six gold rows were false positives on lignan and false negatives on the compound)."""

import pytest

from pipeline.nlp.compound_descriptions import Named, antecedent, descriptions, fits, is_class_noun
from tests.nlp_helpers import tsv_rows

LARI = "CPD:lariciresinol-4-beta-d-glucopyranoside"


def _texts():
    return {r["key"]: r for r in tsv_rows("compound_description_texts.tsv")}


def _mentions(annotator, key):
    row = _texts()[key]
    adoc = annotator.annotate(key, f"{row['title']}\n\n{row['abstract']}")
    return [(m.text, m.entity_id, m.how) for item in adoc.sentences for m in item.mentions if m.label == "COMPOUND"]


def test_descriptions_read_head_and_class_words():
    found = descriptions("We revealed that the lignan glycoside suppressed influenza A virus (H1N1)-induced "
                         "expression of the pro-inflammatory molecules IL-6.", "en")
    assert [(h, set(w)) for _a, _b, h, w in found] == [("glycoside", {"glycoside", "lignan"})]
    assert [h for *_x, h, _w in descriptions("However, this compound did not inhibit COX-2 protein expression", "en")] \
        == ["compound"]
    for kind in ("the drug-resistant cells", "the compound library", "the control drug", "the drug of choice",
                 "the compound 3", "the flavonoid content", "another alkaloid", "these compounds"):
        assert descriptions(kind, "en") == [], kind
    assert [h for *_x, h, _w in descriptions("该化合物可抑制NF-κB的活化", "zh")] == ["化合物"]


def test_class_nouns_are_no_specific_compound():
    assert is_class_noun("lignan", "lignan") and is_class_noun("flavonoids", "Flavonoids")
    assert not is_class_noun("lariciresinol-4-O-b-D- glucopyranoside", "Lariciresinol-4-beta-D-glucopyranoside")


def test_a_class_fits_by_the_text_or_the_name():
    lari = Named(LARI, {"Lariciresinol-4-O-b-D-glucopyranoside"})
    name = "Lariciresinol-4-beta-D-glucopyranoside"
    assert fits(lari, frozenset({"glycoside"}), name)  # -oside
    assert fits(lari, frozenset({"lignan"}), name)  # -resinol
    assert not fits(lari, frozenset({"alkaloid"}), name)
    assert fits(Named("CPD:berberine", {"berberine"}), frozenset({"alkaloid"}), "Berberine")
    said = Named("X", {"compound X"}, {"flavonoid"})  # the text called it a flavonoid
    assert fits(said, frozenset({"flavonoid"}), "compound X")


def test_antecedent_is_the_one_candidate_or_the_title_compound():
    names = {LARI: "Lariciresinol-4-beta-D-glucopyranoside", "CPD:quercetin": "Quercetin",
             "CPD:ginsenoside-rb1": "Ginsenoside Rb1"}.get
    lari = Named(LARI, {"lariciresinol-4-O-b-D-glucopyranoside"}, {"lignan", "glycoside"})
    glyco = frozenset({"glycoside", "lignan"})
    assert antecedent([lari], glyco, frozenset({LARI}), names) == LARI
    assert antecedent([Named("CPD:quercetin", {"quercetin"})], glyco, frozenset(), names) is None  # no fit
    rb1 = Named("CPD:ginsenoside-rb1", {"ginsenoside Rb1"})
    glycoside = frozenset({"glycoside"})
    assert antecedent([rb1, lari], glycoside, frozenset(), names) is None  # two glycosides, no focus
    assert antecedent([rb1, lari], glycoside, frozenset({LARI}), names) == LARI  # nearest and the title's
    # a general noun: only a compound of the title
    assert antecedent([Named("CPD:quercetin", {"quercetin"})], frozenset({"compound"}), frozenset(), names) is None


def test_the_lignan_glycoside_is_the_title_compound(annotator):
    found = _mentions(annotator, "lariciresinol")
    described = [(t, e) for t, e, how in found if how == "cross-sentence"]
    assert ("the lignan glycoside", LARI) in described
    assert not any(e == "CPD:lignan" and t == "lignan" for t, e, _h in found[2:]), found  # replaced


@pytest.mark.parametrize("key", ["extract_called_compound", "asparaginase_agent"])
def test_a_general_noun_without_a_title_compound_stays_unresolved(annotator, key):
    assert not any(how == "cross-sentence" for _t, _e, how in _mentions(annotator, key))
