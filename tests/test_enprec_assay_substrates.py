"""A compound that is the substrate of an activity assay is how the activity was measured, no agent.

nlp/assay_reagents.py marks it a reagent: an enzyme name built on it ("aniline 4-hydroxylase",
"ethylmorphine-N-demethylase"), an activity "determined as hydroxylation of" it, a "substrates"
list. Before, validation PMID23578993 gave aniline -> CYP2E1, PMID22815248 aniline and ethylmorphine
-> CYP, PMID23327877 the model substrates -> OATP1B1/OATP1B3.
"""

from __future__ import annotations

from types import SimpleNamespace

from pipeline.nlp.assay_reagents import is_assay_substrate


def _compound(text: str, name: str) -> SimpleNamespace:
    start = text.index(name)
    return SimpleNamespace(label="COMPOUND", start=start, end=start + len(name))


def test_the_substrate_an_enzyme_or_an_assay_is_named_by():
    text = ("pre-treatment with PSM or silymarin resulted in significantly increased activities of "
            "ethylmorphine-N-demethylase and aniline 4-hydroxylase activity and cytochrome P450")  # PMID22815248
    assert is_assay_substrate(text, _compound(text, "ethylmorphine"))
    assert is_assay_substrate(text, _compound(text, "aniline"))
    assert not is_assay_substrate(text, _compound(text, "silymarin"))
    text = "Cytochrome P450 2E1 (CYP 450 2E1), activity was determined as hydroxylation of aniline in liver microsomes."
    assert is_assay_substrate(text, _compound(text, "aniline"))  # PMID23578993


def test_a_word_in_ase_that_names_no_enzyme_makes_no_substrate():
    # validation PMID23639191 and PMID22878908: "release" and "increase" are no enzymes
    text = "In H2O2-treated cells, calycopterin also suppressed cytochrome C release to cytosol"
    assert not is_assay_substrate(text, _compound(text, "cytochrome C"))
    text = "Multiple clinical trials demonstrated that TZDs increase the risk of fractures in postmenopausal women"
    assert not is_assay_substrate(text, _compound(text, "TZDs"))


def test_a_drug_given_before_the_assay_is_not_its_substrate():
    # the method noun phrase holds no verb or preposition before the compound
    text = "MPO activity was measured by ELISA after treatment with curcumin."
    assert not is_assay_substrate(text, _compound(text, "curcumin"))


def test_every_item_of_a_substrate_list_is_a_reagent_and_the_transporters_get_no_rows(annotator):
    from pipeline.relations.facts import facts_of

    text = ("Uptake of the radiolabeled model substrates estradiol 17β-glucuronide, estrone 3-sulfate, and "
            "dehydroepiandrosterone sulfate (DHEAS) was determined in the absence and presence of compounds 1-6 "
            "using Chinese hamster ovary (CHO) cells stably expressing either OATP1B1 or OATP1B3.")  # PMID23327877
    adoc = annotator.annotate("t", text)
    compounds = [m for s in adoc.sentences for m in s.mentions if m.label == "COMPOUND"]
    assert compounds and all(m.how == "reagent" for m in compounds)
    rows = [p.row for s in facts_of(adoc).sentences for p in s.typed_pairs()]
    assert not [r for r in rows if "COMPOUND" in (r[0], r[2])]
