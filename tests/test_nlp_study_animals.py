"""Medicinal animals named as study animals (pipeline/nlp/study_animals.py): sentences of
ChinaXiv-201711.00393V1 (corpus/validation/zh, validation47_zh), a review of fish appetite factors where
金鱼 (HERB Carassius auratus), 鲤鱼 and 河豚 became herb partners of NPY, LEP, HCRT and AMPK."""

from __future__ import annotations

from pipeline.nlp.matcher import Mention
from pipeline.nlp.study_animals import drop_study_animals, is_study_animal, studied_animals

GOLDFISH = "HERB002967"  # 金鱼, Carassius auratus (dictionaries/herbs.tsv)
CARP = "HERB003341"  # 鲤鱼, Cyprinus carpio


def _herbs(mentions_of, text: str) -> set[str]:
    return {eid for _, eid in mentions_of(text) if eid.startswith("HERB")}


def _mention(text: str, word: str, eid: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return Mention(start, start + len(word), eid, "HERB", "dictionary", word)


def test_goldfish_injected_in_its_brain_ventricle_is_no_herb(mentions_of):
    """"注射入金鱼脑室" and "金鱼的摄食活动": the animal the agonists were injected into."""
    text = ("将Y1受体激动剂注射入金鱼脑室可促进由 NPY 诱导的摄食活动，但供给金鱼脑室Y2受体激动剂2h后并不能明显"
            "促进金鱼的摄食活动。")
    assert GOLDFISH not in _herbs(mentions_of, text)
    assert is_study_animal(text, _mention(text, "金鱼", GOLDFISH))


def test_species_listed_with_other_fishes_are_no_herbs(mentions_of):
    """A list of the fishes whose leptin genes were cloned: 金鱼, 河豚 and 鲤鱼 between 罗非鱼, 虹鳟, 鲫鱼."""
    text = ("目前关于鱼类leptin的研究主要是对leptin和LEPR基因的克隆，如斑马鱼、草鱼、大西洋鲑、罗非鱼、大麻哈鱼、金鱼、"
            "河豚、虹鳟、鲫鱼、鲤鱼、条纹鲈等[.17]，也有关于leptin基因结构、重组表达和功能的少量研究[18]。")
    assert _herbs(mentions_of, text) == set()
    assert is_study_animal(text, _mention(text, "鲤鱼", CARP))


def test_the_study_frame_and_tissues_read_the_animal():
    """"在金鱼上发现…", "金鱼各组织中AMPK蛋白磷酸化水平"; a preparation (鲤鱼汤 is a formula, 蟾蜍提取物 a
    drug) keeps the herb for the whole document."""
    frame = "在金鱼上发现将食欲肽A激动剂注射入金鱼脑室可促进摄食活动"
    tissue = "同样，金鱼各组织中AMPK蛋白磷酸化水平在低氧条件下无显著变化[117]"
    assert is_study_animal(frame, _mention(frame, "金鱼", GOLDFISH))
    assert is_study_animal(tissue, _mention(tissue, "金鱼", GOLDFISH))
    paragraphs = [(frame, [_mention(frame, "金鱼", GOLDFISH)]), (tissue, [_mention(tissue, "金鱼", GOLDFISH)])]
    assert studied_animals(paragraphs) == {GOLDFISH}
    drug = "金鱼提取物可改善症状"
    assert studied_animals([*paragraphs, (drug, [_mention(drug, "金鱼", GOLDFISH)])]) == frozenset()
    poisoning = "蟾蜍中毒可致心律失常"  # the toad's venom, the drug's own sense: no study frame
    assert not is_study_animal(poisoning, _mention(poisoning, "蟾蜍", "HERB000002"))


def test_one_sense_per_document_drops_the_english_binomial_too():
    """The review's references name the same animal in English ("goldfish (Carassius auratus)"): once the
    document reads 金鱼 as its study animal, every mention of the entity goes; other herbs stay."""
    ref = Mention(17, 34, GOLDFISH, "HERB", "dictionary", "Carassius auratus")
    other = Mention(0, 2, "HERB000001", "HERB", "dictionary", "人参")
    assert drop_study_animals([ref, other], frozenset({GOLDFISH})) == [other]


def test_a_plant_herb_in_a_study_frame_is_not_read():
    """Only names headed by an animal morpheme are read: "在人参中" keeps the plant herb."""
    text = "在人参中发现多种皂苷"
    m = Mention(1, 3, "HERB000001", "HERB", "dictionary", "人参")
    assert studied_animals([(text, [m])]) == frozenset()
