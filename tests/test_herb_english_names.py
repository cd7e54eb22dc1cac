"""English common names and current binomials of herbs (curated/herb_names_en.tsv) and the rule that keeps
ordinary English words out of them (dictionaries/herb_english.py). Sentences are real, each with its source."""

from __future__ import annotations

import pytest

from pipeline.dictionaries.build_common import BuildError
from pipeline.dictionaries.build_herbs import _add_english_names
from pipeline.dictionaries.build_common import RuleStats
from pipeline.dictionaries.herb_english import ambiguous_english_name, plain_words
from pipeline.dictionaries.schema import Entity
from tests.nlp_helpers import herb_uses
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize(("text", "surface", "herb"), [
    # validation44_en (development since stop 45)
    ("Phenolic profiles and antioxidant activity of litchi pulp of different cultivars cultivated in Southern China.",
     "litchi", "HERB003344"),  # PMID23194511, 荔枝
    ("Inhibitory activity of a decoction of meadowsweet, given postnatally, was studied in rats at risk for neurogenic "
     "and renal tumors initiated by transplacental exposure to ethylnitrosourea (ENU).",
     "decoction of meadowsweet", "HERB006273"),  # PMID27838807 (the preparation span), 旋果蚊子草 (Filipendula ulmaria)
    ("Staghorn sumac (Rhus hirta L.) is a native tree in Eastern Canada whose fruit has been used by aboriginal "
     "peoples to treat various illnesses, and has recently been found to be a good source of antioxidants.",
     "Rhus hirta", "HERB003532"),  # PMID23411251, 鹿角漆树 (Rhus typhina)
    ("Staghorn sumac (Rhus hirta L.) is a native tree in Eastern Canada whose fruit has been used by aboriginal "
     "peoples to treat various illnesses, and has recently been found to be a good source of antioxidants.",
     "Staghorn sumac", "HERB003532"),
    ("However, the phytochemical composition of R. hirta is not known.", "R. hirta", "HERB003532"),
    ("Aim of the review to provide an up-to-date overview of the botany, phytochemistry, traditional uses, "
     "pharmacological activities and toxicity data of Waltheria indica.", "Waltheria indica", "HERB002187"),  # PMID23608240
])
def test_english_and_current_names_link_to_the_herb(annotator, text, surface, herb):
    assert herb_uses(annotator, text).get(surface) == {herb}


def test_short_names_and_plain_words_are_refused():
    plain = plain_words(REPO / "dictionaries" / "curated")
    assert "impact" in plain  # learned plain word (plain_words_learned.tsv)
    assert ambiguous_english_name("rue", plain)  # too short
    assert ambiguous_english_name("Impact", plain)  # a single plain word
    assert ambiguous_english_name("EGb 761", plain) is None  # a code: letters and digits count
    for safe in ("meadowsweet", "staghorn sumac", "Rhus hirta", "litchi", "St John's wort"):
        assert ambiguous_english_name(safe, plain) is None, safe


def test_a_plain_word_in_the_curated_file_stops_the_build(tmp_path):
    (tmp_path / "plain_words_learned.tsv").write_text("word\tuses\ttexts\nimpact\t3\t2\n", encoding="utf-8")
    (tmp_path / "herb_names_en.tsv").write_text("herb_name_zh\tsynonyms\treason\n荔枝\timpact\ttest\n", encoding="utf-8")
    herb = Entity(id="HERB003344", type="herb", name="Litchi chinensis", name_zh="荔枝", pinyin="")
    with pytest.raises(BuildError, match="plain English word"):
        _add_english_names(tmp_path, {"HERB003344": herb}, {"荔枝": "HERB003344"}, {}, RuleStats())
