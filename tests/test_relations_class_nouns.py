"""Issue 14, stop 28: a protein class written as a common noun (classifier or generic plural) is no partner.

Real sentences of validation_en (PMID23195129, PMID21129471) and new_papers_en (PMID21251971), none of
whose gold rows names FPLX:Chemokine; PMID16806112 and PMID19811499 (validation_en) show what stays.
"""

from __future__ import annotations

from pipeline.relations.facts import facts_of

CATALPA = ("COE significantly inhibited serum total IgE; Th2 cytokines IL-4, IL-5 and IL-13; pro-inflammatory cytokines "
           "IL-1b, IL6 and TNF-a; the Th2 chemokine TARC and the pro-Th2 cytokine TSLP.")
MORUS = ("The mRNA levels of matrix metalloproteinase (MMP)-1/MMP-3, inflammatory cytokines (tumor necrosis factor "
         "(TNF)-a, interleukin (IL)-1b, IL-6), and chemokines (macrophage inflammatory protein (MIP)-1a, MIP-2) were "
         "decreased by Morus bombycis extract.")
REHMANNIA = ("Rehmannia glutinosa extract inhibits the development of AD in NC/Nga mice by suppressing the expression "
             "of cytokines, chemokines, and adhesion molecules.")
# what stays: an abbreviation after the class noun, and a class noun without a determiner before a designator
LIGUSTILIDE = "Ligustilide increased the activity of superoxide dismutase (SOD) and glutathione peroxidase (GPx) in the brain."


def _ids(annotator, text: str) -> tuple[set[str], set[frozenset[str]]]:
    facts = facts_of(annotator.annotate("t", text))
    mentions = {m.entity_id for s in facts.sentences for m in s.mentions}
    pairs = {frozenset((p.row[1], p.row[3])) for s in facts.sentences for p in s.typed_pairs()}
    return mentions, pairs


def test_a_classifier_before_a_name_is_no_partner(annotator, gene_id):
    for text in (CATALPA, MORUS):
        mentions, pairs = _ids(annotator, text)
        assert "FPLX:Chemokine" in mentions  # found by the matcher ...
        assert not any("FPLX:Chemokine" in p for p in pairs)  # ... but paired with nothing
    _, pairs = _ids(annotator, MORUS)
    assert any(gene_id("CCL3") in p for p in pairs)  # the named chemokine keeps its pairs


def test_a_generic_plural_among_generic_plurals_is_no_partner(annotator):
    mentions, pairs = _ids(annotator, REHMANNIA)
    assert "FPLX:Chemokine" in mentions
    assert not any("FPLX:Chemokine" in p for p in pairs)


def test_a_class_noun_before_its_own_abbreviation_stays(annotator):
    _, pairs = _ids(annotator, LIGUSTILIDE)
    assert frozenset(("CPD:ligustilide", "FPLX:SOD")) in pairs


# --- a compound class in an indefinite appositive after a name the dictionary may not know ----------

# PMID23567243 title (validation_en): gold has DICO -> Apoptosis only (DICO is not recognised)
DICO = "DICO, a novel nonaromatic B-ring flavonoid, induces G2/M cell cycle arrest and apoptosis in human hepatoma cells."
# PMID22619007 (validation_en), the same construction after a known name
SILIBININ = "Silibinin, a flavonoid compound, has shown to be of chemopreventive potential against many cancers."


def test_a_class_noun_in_an_indefinite_appositive_is_no_partner(annotator):
    from pipeline.relations.class_appositions import named_class_appositive

    mentions, pairs = _ids(annotator, DICO)
    assert "MESH:D005419" in mentions and not any("MESH:D005419" in p for p in pairs)
    for text in (DICO, SILIBININ):
        at = text.index("flavonoid")
        assert named_class_appositive(text, at, at + len("flavonoid"))
    # a class noun that is the subject, not an appositive, stays a partner
    plain = "Flavonoids, such as quercetin, inhibit Akt."
    assert not named_class_appositive(plain, 0, len("Flavonoids"))
