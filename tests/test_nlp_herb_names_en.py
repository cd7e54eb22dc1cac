"""English herbs named without their binomial: a code whose phrase names no herb, a common name
the paper defines beside the binomial, pharmaceutical Latin in another case (stop 25).

On the validation abstracts "the acetone extract (AE-AS)" of an Angelica sinensis paper, "Goka
fruit (GF)" after "Acanthopanax senticosus (Rupr. et Maxim.) Harms (Goka)" and the title's
"Rhizoma polygonati odorati" found no herb, and every later finding lost its agent; in a
development abstract "Licorice (Glycyrrhiza uralensis Fisch., Leguminosae)" left licorice the
dictionary's COMPOUND. Rules: pipeline/nlp/extract_abbreviations.py (sole_herb_code),
pipeline/nlp/common_names.py, pipeline/nlp/latin_names.py (case_variant_mentions).
"""

from __future__ import annotations

from nlp_helpers import herb_uses, sentences_tsv, typed_pairs

from pipeline.nlp.common_names import common_name, common_name_definitions
from pipeline.nlp.extract_abbreviations import bare_extract_phrase, sole_herb_code
from pipeline.nlp.latin_names import case_variant_mentions, case_variant_table, latin_drug_name
from pipeline.nlp.matcher import Mention

SENTENCES = sentences_tsv("herb_extract_sentences_en.tsv")


def _herbs_of(annotator, key: str) -> dict[str, set[str]]:
    return herb_uses(annotator, SENTENCES[key])


def _herb(text: str, name: str, herb: str) -> Mention:
    start = text.index(name)
    return Mention(start, start + len(name), herb, "HERB", "dictionary", name)


# --- a code whose own phrase names no herb -------------------------------------------------

def test_a_code_of_a_bare_extract_phrase_names_the_papers_only_herb(annotator):
    assert _herbs_of(annotator, "aeas")["AE-AS"] == {"HERB001210"}  # 当归
    pairs = typed_pairs(annotator, SENTENCES["aeas"])
    assert ("HERB001210", "HGNC:990") in pairs  # AE-AS-triggered apoptosis … suppression of Bcl-2


def test_the_bare_phrase_is_only_extract_solvent_and_part_words():
    assert bare_extract_phrase("showed that the acetone extract ") == "the acetone extract"
    assert bare_extract_phrase("the effects of the extract of soybean ") is None  # another word last
    assert bare_extract_phrase("in high-fat diet ") is None  # no extract or part word


def test_a_sole_herb_code_needs_one_herb_and_the_letters():
    before = "Bio-based assays for extracts of Angelica sinensis showed that the acetone extract "
    one = {"HERB001210": "extracts of Angelica sinensis"}
    assert sole_herb_code("AE-AS", before, one) == "HERB001210"
    assert sole_herb_code("AE-AS", before, {**one, "HERB000001": "Panax ginseng"}) is None  # two herbs
    assert sole_herb_code("AE-AS", before, {}) is None  # none named before
    assert sole_herb_code("XQ", before, one) is None  # letters the phrase and herb do not hold


# --- common names defined beside a binomial ------------------------------------------------

def test_a_common_name_in_parentheses_after_the_binomial_and_its_code(annotator):
    herbs = _herbs_of(annotator, "goka")
    assert herbs["Goka"] == {"HERB000940"} and herbs["GF"] == {"HERB000940"}  # 刺五加
    pairs = typed_pairs(annotator, SENTENCES["goka"])
    assert ("HERB000940", "HGNC:3594") in pairs  # GF … down-regulation of fatty acid synthase


def test_a_common_name_before_the_binomial_names_the_plant_not_the_compound(annotator):
    herbs = _herbs_of(annotator, "licorice")
    assert herbs["Licorice"] == herbs["licorice"] == herbs["Glycyrrhiza uralensis Fisch"]


def test_common_name_shapes_read_around_a_binomial():
    text = ("Tochu (Eucommia ulmoides) leaf extract prevents ammonia … "
            "made from a tropical fruit (Morinda citrifolia), during the past 4 weeks.")
    found = common_name_definitions(text, [_herb(text, "Eucommia ulmoides", "H1"),
                                           _herb(text, "Morinda citrifolia", "H2")])
    assert [(name, herb) for name, herb, *_ in found] == [("Tochu", "H1")]  # "fruit" is a part word


def test_an_authority_in_parentheses_is_no_common_name():
    text = "Polygonatum odoratum (Mill.) Druce belongs to the genus Polygonatum."
    assert common_name_definitions(text, [_herb(text, "Polygonatum odoratum", "H1")]) == []
    assert not common_name("Araliaceae") and not common_name("TCM") and not common_name("leaves")
    # a conserved family name (development PMID 21718777): no common name
    text = "Scutellaria baicalensis Georgi (Labiatae) has been used"
    assert common_name_definitions(text, [_herb(text, "Scutellaria baicalensis", "H1")]) == []
    # "Job's tears (Coix lacryma-jobi Linn.)" (development PMID 27125591): "tears" is only the end
    # of the name, and an ordinary word: the whole name is defined
    text = "Job's tears (Coix lacryma-jobi Linn.) is used"
    found = common_name_definitions(text, [_herb(text, "Coix lacryma-jobi", "H1")])
    assert [(name, herb) for name, herb, *_ in found] == [("Job's tears", "H1")]
    assert common_name("Du-Zhong") and common_name("green tea")


def test_a_chemical_or_gene_before_a_binomial_keeps_its_entity():
    text = "Curcumin (Curcuma longa) inhibited NF-kB."
    curcumin = Mention(0, 8, "CPD:curcumin", "COMPOUND", "dictionary", "Curcumin")
    assert common_name_definitions(text, [curcumin, _herb(text, "Curcuma longa", "H1")]) == []


# --- pharmaceutical Latin in another case --------------------------------------------------

def test_lower_case_pharmaceutical_latin_is_the_herb(annotator):
    assert _herbs_of(annotator, "rpo_title")["Extracts of Rhizoma polygonati odorati"] == {"HERB006754"}  # 玉竹


def test_only_latin_drug_names_are_folded():
    assert latin_drug_name("Rhizoma Polygonati Odorati") and latin_drug_name("Polygonati Odorati Rhizoma")
    assert not latin_drug_name("Green Tea") and not latin_drug_name("Hippocampus")  # English / one word
    table = case_variant_table([("H1", "Radix Astragali"), ("H2", "Sea Horse"), ("H3", "Hippocampus")])
    assert table == {"radix astragali": "H1"}


def test_case_variants_add_a_mention_only_where_none_is():
    table = {"radix astragali": "H1"}
    text = "mice given radix astragali and RADIX ASTRAGALI showed the hippocampus"
    found = case_variant_mentions(text, [], table)
    assert [(m.text, m.entity_id) for m in found] == [("radix astragali", "H1"), ("RADIX ASTRAGALI", "H1")]
    kept = [_herb(text, "radix astragali", "H9")]
    assert [m.entity_id for m in case_variant_mentions(text, kept, table)] == ["H9", "H1"]


def test_the_dictionarys_case_table_holds_no_english_word(annotator):
    # "hippocampus" is HERB's 海马 (Hippocampus) through the dictionary matcher itself, not this
    # rule; the folded names are Latin drug names only, so no English word joins it
    table = annotator.latin_cases()
    assert table["rhizoma polygonati odorati"] == "HERB006754"
    assert not any(key in table for key in ("hippocampus", "green tea", "sea horse", "licorice root"))
    assert all(latin_drug_name(key) for key in table)
