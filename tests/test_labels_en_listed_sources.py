"""Stop 41: every item of a subject list whose predicate places the list in a herb ("… have been identified in
motherwort", "… are the main components of P. corylifolia", "… are the major bioactive compounds extracted from the
root of S. baicalensis") is ``contains`` (relations/compound_sources.py ``listed_in_source``).

Before, the composition cue of these predicates reached only the list item next to it (or none across the list's
commas): the other items were typed ``associated`` (validation41_en, annotated blind).
"""

from __future__ import annotations

from nlp_helpers import typed_pairs

# validation41_en PMID23042598
MOTHERWORT = ("Compounds belonging to the group of monoterpenes, diterpenes, triterpenes, nitrogen- containing compounds, "
              "phenylpropanoids, flavonoids and phenolic acids, as well as volatile oils, sterols and tannins, have been "
              "identified in motherwort.")
# validation41_en PMID26916913 (the first sentence defines the short name the second uses)
PSORALEA = ("Psoralea corylifolia Linn. (P. corylifolia) is an important medicinal plant with thousands of years of "
            "clinical application. Phytochemical studies indicated that coumarins, flavonoids, and meroterpenes are the "
            "main components of P. corylifolia, and most of these components are present in the seeds or fruits.")
# validation41_en PMID27730005
SCUTELLARIA = ("Flavones such as baicalin, wogonoside and their aglycones baicalein wogonin are the major bioactive "
               "compounds extracted from the root of S. baicalensis.")
# validation41_en PMID25779384: the list before "is the principal bioactive compound" is another clause's subject
LIQUORICE = ("While glycyrrhizin, a sweet-tasting triterpene saponin, is the principal bioactive compound, several "
             "bioactive flavonoids and isoflavonoids are also present in the roots of this plant.")


def _herb_of(typed, compound: str) -> str:
    herbs = {a for (a, b) in typed if b == compound and a.startswith("HERB")}
    assert len(herbs) == 1, herbs
    return herbs.pop()


def test_every_item_of_a_list_identified_in_the_herb_is_contained(annotator):
    typed = typed_pairs(annotator, MOTHERWORT)
    herb = _herb_of(typed, "CPD:sterol")
    for compound in ("MESH:D039821", "MESH:D004224", "CPD:triterpene", "MESH:D005419", "MESH:D009822", "CPD:sterol",
                     "CPD:tannin"):
        pair = typed[(herb, compound)]
        assert (pair.label, pair.agent) == ("contains", herb), compound


def test_the_first_item_of_a_list_of_main_components_is_contained(annotator):
    typed = typed_pairs(annotator, PSORALEA)
    herb = _herb_of(typed, "MESH:D003374")
    for compound in ("MESH:D003374", "MESH:D005419"):  # coumarins (was associated), flavonoids
        pair = typed[(herb, compound)]
        assert (pair.label, pair.agent) == ("contains", herb), compound


def test_a_class_exemplified_before_the_major_compounds_extracted_from_a_herb_is_contained(annotator):
    typed = typed_pairs(annotator, SCUTELLARIA)
    herb = _herb_of(typed, "MESH:D047309")
    for compound in ("MESH:D047309", "CPD:baicalin", "CPD:wogonoside", "CPD:wogonin"):
        pair = typed[(herb, compound)]
        assert (pair.label, pair.agent) == ("contains", herb), compound


def test_a_subject_of_another_clause_is_no_list_item():
    from types import SimpleNamespace as S

    from pipeline.relations import compound_sources

    text = LIQUORICE
    glycyrrhizin = S(start=text.index("glycyrrhizin"), end=text.index("glycyrrhizin") + 12, label="COMPOUND")
    flavonoids = S(start=text.index("flavonoids"), end=text.index("flavonoids") + 10, label="COMPOUND")
    # the herb's place taken by "this plant" (an anaphor the annotator does not link)
    plant = S(start=text.index("this plant"), end=text.index("this plant") + 10, label="HERB")
    spans = [glycyrrhizin, flavonoids, plant]
    assert compound_sources.listed_in_source(text, spans, flavonoids, plant) is not None
    assert compound_sources.listed_in_source(text, spans, glycyrrhizin, plant) is None


# validation41_en PMID25779384 (three sentences of its abstract: the herb, then "this plant" two sentences later)
LIQUORICE_ABSTRACT = ("Glycyrrhiza glabra L. (Fabaceae), commonly known as 'liquorice', is a well-known medicinal plant. "
                      "Previous pharmacological and clinical studies have revealed its antitussive, antiinflammatory, "
                      "antiviral, antimicrobial, antioxidant, immunomodulatory, hepatoprotective and cardioprotective "
                      "properties. " + LIQUORICE)


def test_this_plant_is_the_herb_named_before_and_contains_the_listed_constituents(annotator):
    # nlp/definite_descriptions.py: "this plant" -> the herb of the last sentence naming one
    typed = typed_pairs(annotator, LIQUORICE_ABSTRACT)
    pair = typed[("HERB001779", "MESH:D005419")]  # 甘草 (Glycyrrhiza glabra) – flavonoids
    assert (pair.label, pair.agent) == ("contains", "HERB001779")


def test_a_plant_description_reads_only_the_plant_itself():
    from pipeline.nlp.definite_descriptions import descriptions

    found = [LIQUORICE[a:b] for a, b, _ in descriptions(LIQUORICE, "en")]
    assert found == ["this plant"]
    # validation38_en PMID26968675: "The plant extract" is the extract rule's (one description, not two)
    text = "The plant extract inhibits cancer cell growth by inducing apoptosis, cell cycle arrest, autophagy."
    assert [text[a:b] for a, b, _ in descriptions(text, "en")] == ["The plant extract"]


# validation38_en PMID26968675 (the herb named by its binomial here; the abstract says "The plant")
MOMORDICA = ("Momordica charantia is rich in bioactive chemical constituents like cucurbitane type triterpenoids, "
             "triterpene glycosides, phenolic acids, flavonoids, essential oils, saponins, fatty acids, and proteins.")
# validation41_en PMID23042598: the herb is inside a participle phrase ("gathered during"), not the subject of "contain"
MOTHERWORT_PHARMACOPOEIA = ("Motherwort (Leonuri cardiacae herba) consists of aerial parts of Leonurus cardiaca gathered "
                            "during the flowering period, dried at 35   C and, according to European Pharmacopoeia 7th "
                            "edition, should contain a minimum of 0.2% flavonoids, expressed as hyperoside.")


def test_every_item_of_the_object_list_of_a_composition_verb_is_contained(annotator):
    typed = typed_pairs(annotator, MOMORDICA)
    herb = _herb_of(typed, "MESH:D005419")
    for compound in ("MESH:D005419", "MESH:D009822", "MESH:D012503"):  # flavonoids, essential oils, saponins
        pair = typed[(herb, compound)]
        assert (pair.label, pair.agent) == ("contains", herb), compound


def test_a_herb_inside_a_participle_phrase_is_no_subject_of_the_verb():
    from types import SimpleNamespace as S

    from pipeline.relations import compound_sources

    text = MOTHERWORT_PHARMACOPOEIA
    at = text.index("Leonurus cardiaca")
    herb = S(start=at, end=at + len("Leonurus cardiaca"), label="HERB")
    at = text.index("hyperoside")
    hyperoside = S(start=at, end=at + len("hyperoside"), label="COMPOUND")
    at = text.index("flavonoids")
    flavonoids = S(start=at, end=at + len("flavonoids"), label="COMPOUND")
    assert compound_sources.listed_after_cue(text, [herb, flavonoids, hyperoside], hyperoside, herb) is None


# validation38_en PMID15114505: a list, then the participle "isolated from" (a reduced relative)
SOPHORA = ("Four prenylflavonoids, kurarinone ( 1), a chalcone of 1, kuraridin ( 2), kurarinol ( 3), kushenol H ( 4) and "
           "kushenol K ( 5) isolated from the roots of Sophora flavescens were investigated for their inhibitory effects "
           "on diacylglycerol acyltransferase (DGAT).")


def test_every_item_of_a_list_before_isolated_from_is_contained(annotator):
    typed = typed_pairs(annotator, SOPHORA)
    herb = _herb_of(typed, "CPD:kuraridin")
    for compound in ("CPD:kuraridin", "CPD:kurarinol", "CPD:kushenol-h", "CPD:kushenol-k"):
        pair = typed[(herb, compound)]
        assert (pair.label, pair.agent) == ("contains", herb), compound
    assert typed[(herb, "CPD:chalcone")].label != "contains"  # "a chalcone of 1": a description of kurarinone
