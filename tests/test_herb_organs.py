"""The organ written after a herb's bracketed binomial names HERB's organ row (pipeline/nlp/herb_organs.py).

Sentences (real, copied verbatim):
* validation PMID16707202 (corpus/validation/en/16707202.txt, title and abstract): gold 杜仲叶 (HERB001410);
* pubmed_topical_dev PMID14561529 (../shared/data/dev/pubmed/pubmed_topical_dev.jsonl, title).
"""

from __future__ import annotations

from nlp_helpers import herb_uses

from pipeline.nlp.herb_organs import organ_mentions
from pipeline.nlp.matcher import Mention

DU_ZHONG_TITLE = "Du-Zhong (Eucommia ulmoides Oliv.) leaves inhibits CCl4-induced hepatic damage in rats."
DU_ZHONG_ABSTRACT = (
    "The protective effects of water extract of Du-Zhong (Eucommia ulmoides Oliv.) leaves (WEDZ) and its active "
    "compound (protocatechuic acid; PCA) on liver damage were evaluated by carbon tetrachloride (CCl4)-induced "
    "chronic hepatotoxicity in rats. Treatment with WEDZ or PCA also significantly (p<0.05) increased the GSH content "
    "and significantly (p<0.05) decreased the MDA content in liver."
)
TOCHU_TITLE = ("Tochu (Eucommia ulmoides) leaf extract prevents ammonia and vitamin C deficiency induced gastric "
               "mucosal injury.")
LEAF, BARK = "HERB001410", "HERB001409"  # 杜仲叶, 杜仲 (Cortex Eucommiae)


def test_name_and_binomial_before_the_organ_are_the_organ_row(annotator):
    uses = herb_uses(annotator, DU_ZHONG_TITLE)
    assert uses["Du-Zhong"] == {LEAF}
    assert uses["Eucommia ulmoides Oliv"] == {LEAF}


def test_the_abbreviation_defined_after_the_organ_follows_it(annotator):
    uses = herb_uses(annotator, DU_ZHONG_ABSTRACT)
    assert uses.get("WEDZ") == {LEAF}  # before: no definition (the phrase stopped at "Oliv.)")


def test_a_common_name_the_paper_defines_by_the_binomial_follows_the_organ(annotator):
    uses = herb_uses(annotator, TOCHU_TITLE)
    assert uses["Eucommia ulmoides"] == {LEAF}
    assert uses["Tochu"] == {LEAF}


def test_no_organ_row_or_no_organ_word_keeps_the_herb():
    text = "Du-Zhong (Eucommia ulmoides Oliv.) extract"
    mentions = [Mention(0, 8, BARK, "HERB", "dictionary", "Du-Zhong"),
                Mention(10, 32, BARK, "HERB", "dictionary", "Eucommia ulmoides Oliv")]
    assert organ_mentions(text, mentions, lambda s: LEAF) == mentions  # no organ word after the bracket
    organ = "Du-Zhong (Eucommia ulmoides Oliv.) leaves"
    assert organ_mentions(organ, mentions, lambda s: None) == mentions  # the dictionary names no organ row
    assert [m.entity_id for m in organ_mentions(organ, mentions, lambda s: LEAF)] == [LEAF, LEAF]
